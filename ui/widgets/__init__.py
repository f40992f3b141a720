"""Small reusable widgets (cards, badges, meters) shared by the screens."""
