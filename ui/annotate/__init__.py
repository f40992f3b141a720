"""The photo annotation editor (arrows, frames, text, blur and pixelate redactions)."""
