"""The look of the PDF report: fonts (DejaVu Sans, so Cyrillic renders), colours, paragraph and
table styles, the page template (running header, "page X of Y" footer) and the contents.

Imported only when a PDF is written: reportlab is not loaded at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#6b7785")
ACCENT = colors.HexColor("#1d4e89")
ACCENT_LIGHT = colors.HexColor("#e8eef6")
RULE = colors.HexColor("#cfd6de")
ZEBRA = colors.HexColor("#f5f7fa")
GOOD = colors.HexColor("#2e7d32")
BAD = colors.HexColor("#c62828")
WARN_BG = colors.HexColor("#fff4e5")
WARN = colors.HexColor("#a15c00")
LATE_BG = colors.HexColor("#fdecea")
#: Bar colours: the own company first, then the competitors.
SERIES = [colors.HexColor(c) for c in ("#1d4e89", "#e08a2c", "#7a9cc6", "#8d6e63", "#9e9d24",
                                        "#6a1b9a")]

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN


def register_fonts() -> None:
    """Register DejaVu Sans and Bold once (they carry Cyrillic glyphs)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONTS_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base = {"fontName": FONT, "fontSize": 9, "leading": 12.5, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass
class Styles:
    body: ParagraphStyle = field(default_factory=lambda: _style("body", spaceAfter=4))
    small: ParagraphStyle = field(default_factory=lambda: _style(
        "small", fontSize=7.5, leading=9.5, textColor=MUTED))
    cell: ParagraphStyle = field(default_factory=lambda: _style("cell", fontSize=8, leading=10))
    cell_bold: ParagraphStyle = field(default_factory=lambda: _style(
        "cell_bold", fontName=BOLD, fontSize=8, leading=10))
    cell_right: ParagraphStyle = field(default_factory=lambda: _style(
        "cell_right", fontSize=8, leading=10, alignment=TA_RIGHT))
    head: ParagraphStyle = field(default_factory=lambda: _style(
        "head", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=colors.white))
    head_right: ParagraphStyle = field(default_factory=lambda: _style(
        "head_right", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=colors.white,
        alignment=TA_RIGHT))
    h1: ParagraphStyle = field(default_factory=lambda: _style(
        "h1", fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=8))
    h2: ParagraphStyle = field(default_factory=lambda: _style(
        "h2", fontName=BOLD, fontSize=12, leading=15, textColor=ACCENT, spaceBefore=10,
        spaceAfter=5))
    h3: ParagraphStyle = field(default_factory=lambda: _style(
        "h3", fontName=BOLD, fontSize=9.5, leading=12.5, spaceBefore=6, spaceAfter=3))
    caption: ParagraphStyle = field(default_factory=lambda: _style(
        "caption", fontSize=7.5, leading=9.5, textColor=MUTED, spaceBefore=2))
    figure: ParagraphStyle = field(default_factory=lambda: _style(
        "figure", fontName=BOLD, fontSize=22, leading=26, textColor=ACCENT, alignment=TA_CENTER))
    figure_label: ParagraphStyle = field(default_factory=lambda: _style(
        "figure_label", fontSize=7.5, leading=9.5, textColor=MUTED, alignment=TA_CENTER))
    warning: ParagraphStyle = field(default_factory=lambda: _style(
        "warning", fontSize=8, leading=10.5, textColor=WARN, backColor=WARN_BG, borderPadding=4,
        spaceBefore=4, spaceAfter=6))
    cover_title: ParagraphStyle = field(default_factory=lambda: _style(
        "cover_title", fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=10))
    cover_sub: ParagraphStyle = field(default_factory=lambda: _style(
        "cover_sub", fontSize=13, leading=17, textColor=MUTED, spaceAfter=24))
    toc1: ParagraphStyle = field(default_factory=lambda: _style("toc1", fontSize=10, leading=15))
    toc2: ParagraphStyle = field(default_factory=lambda: _style(
        "toc2", fontSize=8.5, leading=12, leftIndent=12, textColor=MUTED))


#: User text longer than this is cut in the PDF (with a visible marker): a table row must fit
#: on a page, and the full text is in the workbook.
TEXT_LIMIT = 1500


def esc(value: object, limit: int = TEXT_LIMIT) -> str:
    """User text made safe for a Paragraph: ``<b>``, ``&``, ``<img …>`` print as typed; line
    breaks kept (at most 30); over ``limit`` characters cut with a visible "[…]"."""
    text = "" if value is None else str(value)
    text = "".join(c for c in text if c >= " " or c == "\n")  # control characters out
    if len(text) > limit:
        text = text[:limit].rstrip() + " […]"
    lines = text.split("\n")
    if len(lines) > 30:
        lines = [*lines[:30], "[…]"]
    return escape("\n".join(lines)).replace("\n", "<br/>")


def p(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text (escaped)."""
    return Paragraph(esc(text), style)


def markup(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of the report's own markup; any user text in it must already be esc()-ed."""
    return Paragraph(text, style)


def data_table(rows: list[list[Any]], widths: list[float], *, header_rows: int = 1,
               zebra: bool = True, extra: list[tuple] | None = None) -> Table:
    """A table with a dark header row repeated on each page, light zebra rows and hairlines."""
    # a row taller than a page (a very long text) splits rather than failing the layout
    table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT", splitInRow=1)
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, RULE),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
                     ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM")]
    if zebra:
        for i in range(header_rows + 1, len(rows), 2):
            commands.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


class Heading(Paragraph):
    """A section (level 0) or sub-section (level 1) heading: it reports itself to the contents.
    ``keep_headings`` keeps it with the block that follows."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(esc(text), style)
        self.toc_text, self.level, self.key = text, level, key


def heading(text: str, styles: Styles, level: int = 0, key: str = "") -> list[Flowable]:
    """The heading with room for a good part of a page after it (a new section does not
    start at the foot of a page)."""
    style = styles.h1 if level == 0 else styles.h2
    return [CondPageBreak(90 * mm if level == 0 else 45 * mm),
            Heading(text, style, level, key or text)]


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """Headings (one or two in a row) followed by a block that must stay together join that
    block, so that no heading is left alone at the foot of a page. (reportlab's keepWithNext
    would nest one KeepTogether in another, which always breaks the page.)"""
    out: list[Flowable] = []
    pending: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Heading):
            pending.append(flowable)
            continue
        if pending and isinstance(flowable, CondPageBreak):
            pending.append(flowable)
            continue
        if pending and isinstance(flowable, KeepTogether):
            out.append(KeepTogether([*pending, *flowable._content]))
        else:
            out += pending
            out.append(flowable)
        pending = []
    return out + pending


@dataclass
class Pagination:
    """What one layout pass learnt and the next one uses: each heading's page, the total."""

    entries: list[tuple[int, str, int, str]] = field(default_factory=list)  # level, text, page, key
    pages: int = 0


class ReportDoc(BaseDocTemplate):
    """A4 portrait; the cover page has no header or footer."""

    def __init__(self, target: Any, *, title: str, running: str, footer: str, author: str,
                 known: Pagination, labels: Any) -> None:
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN, title=title,
                         author=author, creator="CX Desk", lang=labels.lang)
        self.running, self.footer, self.known, self.labels = running, footer, known, labels
        self.found = Pagination()
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=self._cover_page),
                               PageTemplate("page", [frame], onPage=self._page)])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.found.entries.append((flowable.level, flowable.toc_text, self.page,
                                       flowable.key))
            key = f"h{len(self.found.entries)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.level)

    def afterPage(self) -> None:
        self.found.pages = self.page

    def _cover_page(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_H - 14 * mm, PAGE_W, 14 * mm, stroke=0, fill=1)
        canv.rect(0, 0, PAGE_W, 6 * mm, stroke=0, fill=1)
        canv.restoreState()

    def _page(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        top = PAGE_H - MARGIN + 1 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, top - 2 * mm, PAGE_W - MARGIN, top - 2 * mm)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, top, _fit(self.running, FONT, 7.5, CONTENT_W * 0.72))
        canv.drawRightString(PAGE_W - MARGIN, top, _fit(self.footer, FONT, 7.5, CONTENT_W * 0.26))
        total = self.known.pages or self.page
        canv.line(MARGIN, MARGIN - 5 * mm, PAGE_W - MARGIN, MARGIN - 5 * mm)
        canv.drawString(MARGIN, MARGIN - 9 * mm, self.labels("confidential"))
        canv.drawRightString(PAGE_W - MARGIN, MARGIN - 9 * mm,
                             self.labels("page_of", self.page, max(total, self.page)))
        canv.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text cut with an ellipsis to fit ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class ContentsLine(Flowable):
    """One line of the table of contents: the heading, a dotted leader and its page (from the
    previous layout pass)."""

    def __init__(self, level: int, text: str, page: int | None) -> None:
        super().__init__()
        self.level, self.text, self.page = level, text, page
        self.height = 18 if level == 0 else 13

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        return avail_w, self.height

    def draw(self) -> None:
        canv = self.canv
        font, size = (BOLD, 10) if self.level == 0 else (FONT, 8.5)
        indent = 0 if self.level == 0 else 14
        number = str(self.page) if self.page else ""
        canv.setFont(font, size)
        canv.setFillColor(INK if self.level == 0 else MUTED)
        label = _fit(self.text, font, size, self.width - indent - 40)
        canv.drawString(indent, 4, label)
        canv.drawRightString(self.width, 4, number)
        start = indent + pdfmetrics.stringWidth(label, font, size) + 4
        end = self.width - pdfmetrics.stringWidth(number, font, size) - 4
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.setDash(0.6, 2.4)
        if end > start:
            canv.line(start, 4, end, 4)
        canv.setDash()


def contents(entries: list[tuple[int, str, int, str]]) -> list[Flowable]:
    """The table of contents lines of the headings the previous pass found."""
    return [ContentsLine(level, text, page) for level, text, page, _ in entries]
