"""Typed tables on write-only worksheets: the header row frozen, an autofilter over the table,
column widths; numbers as numbers, dates as dates, and user text always a literal text cell.

Write-only mode (memory flat) writes each row as it is appended, so a column's formatted cell
is one prototype reused row after row (as openpyxl itself reuses its cell), and plain values
go through untouched: only text that Excel would read as a formula (``=…``) or an error code
needs its own text-typed cell. ``+…``, ``-…`` and ``@…`` are plain strings to openpyxl and are
stored as shared strings: Excel shows them as typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

#: Excel's limit on a cell's text, in UTF-16 code units.
MAX_CELL_TEXT = 32767
#: What a cell may not hold: the control characters Excel forbids, and what XML 1.0 does not
#: allow at all (U+FFFE, U+FFFF, lone surrogates) — Excel and LibreOffice refuse such a file.
FORBIDDEN_RE = re.compile(ILLEGAL_CHARACTERS_RE.pattern + "|[\ufffe\uffff\ud800-\udfff]")

TEXT, INT, SCORE, NUMBER, PERCENT, DATE, DATETIME = (
    "text", "int", "score", "number", "percent", "date", "datetime")

_FORMATS = {INT: "0", SCORE: "0.0", NUMBER: "#,##0.00", PERCENT: "0.0%"}
_DATE_FORMATS = {"ru": ("DD.MM.YYYY", "DD.MM.YYYY HH:MM"), "en": ("YYYY-MM-DD",
                                                                  "YYYY-MM-DD HH:MM")}
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5D8A")
TITLE_FONT = Font(bold=True, size=13)
FLAG_FONT = Font(bold=True, color="C00000")


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def clean_text(value: Any, marker: str) -> str:
    """User text as Excel can hold it: forbidden control characters removed, and text over
    32 767 characters cut, ending with ``marker`` so the cut shows."""
    text = FORBIDDEN_RE.sub("", str(value))
    if len(text) > MAX_CELL_TEXT // 2 and _utf16_length(text) > MAX_CELL_TEXT:
        room = MAX_CELL_TEXT - _utf16_length(marker)
        cut = text[:room]
        while _utf16_length(cut) > room:
            cut = cut[:-(_utf16_length(cut) - room + 1) // 2 or -1]
        text = cut + marker
    return text


def parse_moment(value: Any) -> dt.date | dt.datetime | None:
    """An ISO date or date-time text as a date / naive datetime (wall-clock time as
    recorded); None when empty or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T")
                                         ).replace(tzinfo=None)
    except ValueError:
        return None


@dataclass(frozen=True)
class Column:
    heading: str
    kind: str = TEXT
    width: float = 14


class Table:
    """One table on a write-only sheet: call ``header`` (or ``start`` on a fresh sheet), then
    ``row`` for each row, then ``finish`` (the autofilter)."""

    def __init__(self, sheet: Any, columns: list[Column], *, lang: str, marker: str,
                 first_column: int = 1) -> None:
        self.sheet = sheet
        self.columns = columns
        self.lang = lang
        self.marker = marker
        self.first_column = first_column
        date_fmt, datetime_fmt = _DATE_FORMATS.get(lang, _DATE_FORMATS["en"])
        self._protos: list[Any] = []
        for c in columns:
            fmt = {DATE: date_fmt, DATETIME: datetime_fmt}.get(c.kind, _FORMATS.get(c.kind))
            proto = None
            if fmt is not None:
                proto = WriteOnlyCell(sheet)
                proto.number_format = fmt
            self._protos.append(proto)
        self._formula_text = [WriteOnlyCell(sheet) for _ in columns]
        self.header_row = 0
        self.rows = 0

    def setup_sheet(self, *, freeze_below: int | None = 1) -> None:
        """Widths, and the rows down to ``freeze_below`` (the header) frozen; only before the
        sheet's first row is appended."""
        for i, c in enumerate(self.columns, self.first_column):
            self.sheet.column_dimensions[get_column_letter(i)].width = c.width
        if freeze_below:
            self.sheet.freeze_panes = f"A{freeze_below + 1}"

    def header(self, row_index: int = 0) -> None:
        """Append the header row; ``row_index`` is its 1-based row on the sheet (needed only
        for ``ref`` and ``finish``)."""
        cells: list[Any] = [None] * (self.first_column - 1)
        for c in self.columns:  # a heading may hold a company's name: user text
            cell = WriteOnlyCell(self.sheet, value=clean_text(c.heading, self.marker))
            cell.data_type = "s"
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cells.append(cell)
        self.sheet.append(cells)
        self.header_row = row_index

    def text(self, index: int, value: Any) -> Any:
        if value is None or value == "":
            return None
        text = clean_text(value, self.marker)
        if text.startswith("=") or text in ERROR_CODES:
            cell = self._formula_text[index]
            cell.value = text
            cell.data_type = "s"
            return cell
        return text

    def row(self, values: Iterable[Any], *, flag: set[int] | None = None) -> None:
        """Append one row; ``values`` in column order, typed by the column's kind. Columns in
        ``flag`` are written bold red (an overdue action…)."""
        out: list[Any] = [None] * (self.first_column - 1)
        for i, (column, value) in enumerate(zip(self.columns, values, strict=True)):
            kind = column.kind
            if kind == TEXT:
                if not isinstance(value, (int, float)):  # a number in a text column stays one
                    value = self.text(i, value)
            elif value is not None and value != "":
                if kind in (DATE, DATETIME):
                    moment = parse_moment(value)
                    if moment is None:  # unreadable: keep what was stored, as text
                        value = self.text(i, value)
                    else:
                        if kind == DATE and isinstance(moment, dt.datetime):
                            moment = moment.date()
                        value = self._typed(i, moment)
                elif self._protos[i] is not None:
                    value = self._typed(i, value)
            else:
                value = None
            if flag and i in flag and value is not None:
                value = self._flagged(value)
            out.append(value)
        self.sheet.append(out)
        self.rows += 1

    def _flagged(self, value: Any) -> Any:
        """A cell of its own, bold red, with the value (and type and format) given."""
        cell = WriteOnlyCell(self.sheet)
        if isinstance(value, Cell):
            cell.value = value.value
            cell.data_type = value.data_type
            cell.number_format = value.number_format
        else:
            cell.value = value
        cell.font = FLAG_FONT
        return cell

    def _typed(self, index: int, value: Any) -> Any:
        cell = self._protos[index]
        cell.value = value
        return cell

    @property
    def ref(self) -> str:
        """The table's range, header included."""
        first = get_column_letter(self.first_column)
        last = get_column_letter(self.first_column + len(self.columns) - 1)
        return f"{first}{self.header_row}:{last}{self.header_row + max(self.rows, 1)}"

    def finish(self) -> None:
        """The autofilter over the table (write-only sheets write it after the rows)."""
        self.sheet.auto_filter.ref = self.ref


def title_row(sheet: Any, text: str) -> None:
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.font = TITLE_FONT
    sheet.append([cell])
