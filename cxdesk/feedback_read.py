"""Reading a feedback file into rows of cells, as real tools write them: CSV in UTF-8 (with or
without BOM), UTF-16 (Excel's "Unicode text"), or Windows-1251 (Excel in Russian locales); comma,
semicolon or tab separated; an optional ``sep=;`` first line; or an xlsx workbook (the first sheet
that has a score column, else the first sheet). Problems name the file, the sheet (xlsx), the row
as the file shows it and the column.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cxdesk.errors import InvalidValue

MAX_PROBLEMS = 20
#: The header row is looked for among the file's first rows (a title may come before it).
HEADER_SEARCH_ROWS = 10
DELIMITERS = (";", ",", "\t")
#: A comment may be long (a letter pasted in); the csv module's default cell limit is 128 KB.
MAX_CELL = 16 * 1024 * 1024
#: Cells read a row: the format has 8 columns; a stray cell at XFD must not make rows 16,384
#: cells long.
MAX_COLUMNS = 100
#: An xlsx that unpacks to more than this is refused before it is parsed (a zip bomb).
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
#: Rows between two calls of a progress callback.
PROGRESS_ROWS = 500

#: ``progress(done, total)``: rows read or checked so far; ``total`` is 0 while reading (the
#: number of rows is not known yet). It may raise :class:`Cancelled` to stop.
Progress = Callable[[int, int], None]


class Cancelled(Exception):  # noqa: N818 - a stop asked for, not an error
    """Raised by a progress callback to stop reading a file; nothing of it was imported."""


def norm(value: Any) -> str:
    """Lower case, spaces collapsed, ё as е: how names and headers are compared."""
    return re.sub(r"\s+", " ", str(value or "").strip().lower().replace("ё", "е"))


def norm_header(value: Any) -> str:
    """A header as compared: :func:`norm` without a trailing note in brackets, ``*`` or ``:``
    ("Оценка (0–10)", "Дата:", "score*")."""
    text = norm(value)
    text = re.sub(r"\s*[(\[].*[)\]]\s*$", "", text)
    return text.rstrip(" *:").strip()


@dataclass(frozen=True)
class Problem:
    message: str
    row: int | None = None
    column: str | None = None
    sheet: str | None = None

    def place(self) -> str:
        """``sheet 'X', row N, column Y`` (the parts known), or ""."""
        where = []
        if self.sheet:
            where.append(f"sheet {self.sheet!r}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return ", ".join(where)

    def __str__(self) -> str:
        place = self.place()
        return f"{place}: {self.message}" if place else self.message


class FeedbackFileError(InvalidValue):
    """A feedback file that cannot be imported; nothing of it was."""

    def __init__(self, path: str | os.PathLike[str], problems: list[Problem]) -> None:
        self.path = Path(path)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        shown = [f"{self.path}: {p}" for p in self.problems[:MAX_PROBLEMS]]
        if len(self.problems) > MAX_PROBLEMS:
            shown.append(f"{self.path}: … and {len(self.problems) - MAX_PROBLEMS} more problems")
        return shown


@dataclass
class Table:
    """The cells of a file's rows (row 1 first, blank rows kept so numbers match the file)."""

    rows: list[list[Any]] = field(default_factory=list)
    sheet: str | None = None  # the xlsx sheet read
    first_row: int = 1  # the file's number of rows[0] (2 after a ``sep=`` line)


def decode(data: bytes) -> str:
    """UTF-16 with a BOM; UTF-8 (a BOM is dropped) when the bytes are valid UTF-8; else
    Windows-1251."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def blank(value: Any) -> bool:
    """An empty cell (None or only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def columns_of(row: list[Any], headers: dict[str, str]) -> dict[str, int]:
    """column → index of the cells of ``row`` that name one (``headers``: normalised header
    → column); the first of two cells naming the same column wins."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(row):
        name = headers.get(norm_header(cell))
        if name and name not in columns:
            columns[name] = index
    return columns


def find_header(rows: list[list[Any]], headers: dict[str, str],
                required: str = "score") -> int | None:
    """The index of the header row: among the first HEADER_SEARCH_ROWS rows that are not
    blank, one with the ``required`` column that names the most columns (a title or notes may
    come before it); None when there is none."""
    best: tuple[int, int] | None = None
    filled = [(i, row) for i, row in enumerate(rows) if not all(blank(c) for c in row)]
    for index, row in filled[:HEADER_SEARCH_ROWS]:
        columns = columns_of(row, headers)
        if required in columns and (best is None or len(columns) > best[1]):
            best = (index, len(columns))
    return None if best is None else best[0]


def _quality(rows: list[list[Any]], headers: dict[str, str]) -> int:
    """How many columns the header row found in ``rows`` names (0: no header row)."""
    index = find_header(rows, headers)
    return 0 if index is None else len(columns_of(rows[index], headers))


def _delimiter(content: str, headers: dict[str, str]) -> str:
    """The separator under which a header row names the most columns; without a header row,
    the one used most on the first line."""
    sample = content[:65536]
    found: dict[str, int] = {}
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        found[delimiter] = _quality(rows[:HEADER_SEARCH_ROWS * 5], headers)
    best = max(DELIMITERS, key=lambda d: found.get(d, 0))
    if found.get(best):
        return best
    first = sample.splitlines()[0] if sample else ""
    best = max(DELIMITERS, key=first.count)
    return best if first.count(best) else ","


def read_csv(path: Path, data: bytes, headers: dict[str, str],
             progress: Progress | None = None) -> Table:
    content = decode(data).lstrip("\ufeff")
    if "\x00" in content[:4096]:
        raise FeedbackFileError(path, [Problem("not a text CSV file (binary content)")])
    if csv.field_size_limit() < MAX_CELL:
        csv.field_size_limit(MAX_CELL)
    first_row, parts = 1, re.split(r"\r\n|\r|\n", content, maxsplit=1)
    sep = re.fullmatch(r'"?sep=(.)"?,*;*', parts[0].strip())
    if sep:  # Excel's hint line: not part of the table
        content = parts[1] if len(parts) > 1 else ""
        first_row = 2
    delimiter = sep.group(1) if sep else _delimiter(content, headers)
    rows: list[list[Any]] = []
    try:
        for row in csv.reader(io.StringIO(content, newline=""), delimiter=delimiter):
            rows.append(row)
            if progress is not None and len(rows) % PROGRESS_ROWS == 0:
                progress(len(rows), 0)
    except csv.Error as exc:
        raise FeedbackFileError(path, [Problem(f"not a readable CSV file ({exc})")]) from None
    return Table(rows, None, first_row)


def _unpacked_size(path: Path) -> int:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return sum(i.file_size for i in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0  # openpyxl says what is wrong with it


def read_xlsx(path: Path, headers: dict[str, str], progress: Progress | None = None) -> Table:
    if _unpacked_size(path) > MAX_UNPACKED_BYTES:
        raise FeedbackFileError(path, [Problem(
            f"the workbook unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB;"
            " not a feedback file")])
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise FeedbackFileError(path, [Problem(
            f"not a readable xlsx workbook ({type(exc).__name__})")]) from None
    try:
        chosen: Table | None = None
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # a declared A1:XFD1048576 must not pad every row
            rows = []
            for row in sheet.iter_rows(values_only=True):
                rows.append(list(row[:MAX_COLUMNS]))
                if progress is not None and len(rows) % PROGRESS_ROWS == 0:
                    progress(len(rows), 0)
            table = Table(rows, sheet.title)
            if chosen is None:
                chosen = table
            if find_header(rows, headers) is not None:
                chosen = table
                break
        if chosen is None:
            raise FeedbackFileError(path, [Problem("the workbook has no worksheet")])
        return chosen
    except (FeedbackFileError, Cancelled):
        raise
    except Exception as exc:  # a damaged sheet inside a readable package
        raise FeedbackFileError(path, [Problem(
            f"not a readable xlsx workbook ({type(exc).__name__})")]) from None
    finally:
        book.close()


def read_table(path: str | os.PathLike[str], headers: dict[str, str],
               progress: Progress | None = None) -> Table:
    """The file's rows, cells as read; ``headers`` (normalised header → column) choose the
    CSV separator and the xlsx sheet; ``progress`` hears of the rows read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise FeedbackFileError(path, [Problem(
            "unsupported file type; a feedback file is .csv or .xlsx")])
    try:
        data = path.read_bytes() if suffix != ".xlsx" else b""
        if suffix == ".xlsx" and not path.is_file():
            raise FileNotFoundError(2, "No such file or directory")
    except OSError as exc:
        raise FeedbackFileError(path, [Problem(
            f"cannot read the file ({exc.strerror or exc})")]) from None
    if suffix == ".xlsx":
        return read_xlsx(path, headers, progress)
    return read_csv(path, data, headers, progress)
