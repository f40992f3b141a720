"""Photos in the PDF report: the stored print copy's JPEG bytes go into the PDF as they are (no
decoding, no re-encoding), each photo once however often it is shown, drawn at a fixed size.

Layout passes (for the contents and "page X of Y") draw a placeholder of the same size; in the
final pass each photo's bytes are read only as the file is written (``LazyJpeg``), and
``pdf_output`` streams the file to disk, so memory stays flat however many photos there are.
"""

from __future__ import annotations

import functools
import io
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfutils
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cxdesk.errors import NotFound
from cxdesk.gallery import GalleryPhoto
from cxdesk.reports.labels import Labels
from cxdesk.reports.pdf_style import CONTENT_W, RULE, ZEBRA, Styles, esc, markup
from cxdesk.workspace import Workspace

GRID_COLUMNS = 2
GRID_GAP = 6 * mm
PHOTO_BOX_H = 62 * mm


@dataclass
class PhotoSource:
    """Where photos come from: the print copies' sizes up front, the bytes on demand."""

    ws: Workspace
    sizes: dict[str, tuple[int, int]]
    placeholders: bool = True  # layout passes: draw boxes, read nothing
    drawn: Callable[[], None] = lambda: None  # called as each photo is embedded

    @classmethod
    def load(cls, ws: Workspace, photo_ids: Sequence[str]) -> PhotoSource:
        wanted = list(dict.fromkeys(photo_ids))
        sizes: dict[str, tuple[int, int]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for row in ws.rows(
                    f"""SELECT photo_id, kind, width, height FROM photo_derivatives
                        WHERE photo_id IN ({','.join('?' * len(chunk))})
                        ORDER BY kind = 'print' DESC""", chunk):
                sizes.setdefault(row["photo_id"], (row["width"], row["height"]))
        return cls(ws, sizes)

    def jpeg(self, photo_id: str) -> bytes | None:
        data = self.ws.scalar(
            """SELECT data FROM photo_derivatives WHERE photo_id = ?
               ORDER BY kind = 'print' DESC LIMIT 1""", (photo_id,))
        return bytes(data) if data is not None else None


class Photo(Flowable):
    """A photo fitted into a ``box_w`` × ``box_h`` box (aspect kept, centred at the top)."""

    def __init__(self, source: PhotoSource, photo_id: str, box_w: float, box_h: float) -> None:
        super().__init__()
        self.source, self.photo_id = source, photo_id
        px_w, px_h = source.sizes.get(photo_id, (4, 3))
        scale = min(box_w / max(px_w, 1), box_h / max(px_h, 1))
        self.draw_w, self.draw_h = px_w * scale, px_h * scale
        self.box_w = box_w

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.box_w, self.draw_h

    def draw(self) -> None:
        canv = self.canv
        x = (self.box_w - self.draw_w) / 2
        if self.source.placeholders or self.photo_id not in self.source.sizes:
            canv.setFillColor(ZEBRA)
            canv.setStrokeColor(RULE)
            canv.rect(x, 0, self.draw_w, self.draw_h, stroke=1, fill=1)
            return
        name = f"photo{self.photo_id.replace('-', '')}"
        reg = canv._doc.getXObjectName(name)
        if canv._doc.idToObject.get(reg) is None:
            image = LazyJpeg(name, self.source, self.photo_id)
            canv._setXObjects(image)
            canv._doc.Reference(image, reg)
            canv._doc.addForm(name, image)
            self.source.drawn()
        canv.saveState()
        canv.translate(x, 0)
        canv.scale(self.draw_w, self.draw_h)
        canv._code.append(f"/{reg} Do")
        canv.restoreState()
        canv._formsinuse.append(name)
        canv._currentPageHasImages = 1


@functools.cache
def _stand_in_jpeg() -> bytes:
    """A small grey JPEG drawn where a photo's print copy cannot be read."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), (236, 239, 243)).save(buffer, "JPEG")
    return buffer.getvalue()


class LazyJpeg(pdfdoc.PDFImageXObject):
    """An image XObject whose JPEG bytes are read from the workspace only when the PDF file is
    written, go in unchanged (DCTDecode, no ASCII85) and are let go at once."""

    def __init__(self, name: str, source: PhotoSource, photo_id: str) -> None:
        super().__init__(name)
        self.source, self.photo_id = source, photo_id
        self.bitsPerComponent, self._filters, self.mask = 8, ("DCTDecode",), None

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        data = self.source.jpeg(self.photo_id)
        if data is None:
            raise NotFound("print copy of photo", self.photo_id)
        try:  # a damaged print copy must not stop the report: a grey box stands in for it
            if not data.startswith(b"\xff\xd8"):
                raise ValueError("not a JPEG")
            width, height, components = pdfutils.readJPEGInfo(io.BytesIO(data))[:3]
        except (ValueError, struct.error, pdfdoc.PDFError):
            data = _stand_in_jpeg()
            width, height, components = pdfutils.readJPEGInfo(io.BytesIO(data))[:3]
        self.width, self.height = width, height
        self.colorSpace = {1: "DeviceGray", 3: "DeviceRGB"}.get(components, "DeviceCMYK")
        self._dotrans = 1 if components == 4 else 0
        self.streamContent = data
        try:
            return super().format(document)
        finally:
            self.streamContent = b""


def photo_flags(photo: GalleryPhoto, t: Labels) -> list[str]:
    flags = []
    if photo.missing_time:
        flags.append(t("flag_no_time"))
    if photo.time_mismatch:
        flags.append(t("flag_time_mismatch"))
    if photo.gps_far:
        flags.append(t("flag_gps_far"))
    if photo.redacted:
        flags.append(t("flag_redacted"))
    elif photo.annotated:
        flags.append(t("flag_annotated"))
    return flags


def photo_caption(photo: GalleryPhoto, t: Labels, styles: Styles, *,
                  caption: str | None = None) -> Paragraph:
    """The caption (escaped), where and when it was taken, and its flags in colour."""
    text = caption if caption is not None else photo.caption
    lines = []
    if text:
        lines.append(f"<font name='DejaVuSans-Bold' color='#1f2933'>{esc(text)}</font>")
    where = " · ".join(esc(v) for v in (photo.subject, photo.location,
                                         photo.criterion or photo.touchpoint) if v)
    when = t.datetime(photo.captured_at) if photo.captured_at else ""
    meta = " · ".join(v for v in (where, esc(when)) if v)
    if meta:
        lines.append(meta)
    flags = photo_flags(photo, t)
    if flags:
        lines.append("<font color='#a15c00'>⚠ " + esc(", ".join(flags)) + "</font>")
    return markup("<br/>".join(lines) or esc(photo.file_name), styles.caption)


def photo_grid(photos: Sequence[GalleryPhoto], source: PhotoSource, t: Labels, styles: Styles,
               *, captions: dict[str, str] | None = None, box_h: float = PHOTO_BOX_H,
               tick: Callable[[], None] | None = None) -> list[Flowable]:
    """Photos two to a row, each with its caption; rows never split across pages."""
    cell_w = (CONTENT_W - GRID_GAP * (GRID_COLUMNS - 1)) / GRID_COLUMNS
    out: list[Flowable] = []
    for start in range(0, len(photos), GRID_COLUMNS):
        cells = []
        for photo in photos[start:start + GRID_COLUMNS]:
            caption = (captions or {}).get(photo.photo_id)
            cells.append([Photo(source, photo.photo_id, cell_w, box_h),
                          photo_caption(photo, t, styles, caption=caption)])
            if tick:
                tick()
        cells += [""] * (GRID_COLUMNS - len(cells))
        widths = []
        row = []
        for i, cell in enumerate(cells):
            row.append(cell)
            widths.append(cell_w)
            if i < GRID_COLUMNS - 1:
                row.append("")
                widths.append(GRID_GAP)
        table = Table([row], colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        out += [table, Spacer(1, 4 * mm)]  # a one-row table never splits
    return out

