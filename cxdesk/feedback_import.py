"""``feedback import``: customer responses from a CSV or xlsx file (docs/CLI.md "Feedback
file"). The file is read and validated whole first; only a file without a single problem is
written, in one transaction. Each response gets a fingerprint (its normalised content plus its
occurrence among identical rows of the file), so importing the same file again adds nothing,
while two identical rows of one file are both kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.feedback_ops import SAMPLINGS
from cxdesk.workspace import Workspace, new_id

MAX_PROBLEMS = 20

#: column → the headers that name it (compared lower-case, spaces collapsed, ё as е)
HEADERS: dict[str, tuple[str, ...]] = {
    "score": ("score", "nps", "rating", "оценка", "балл", "оценка nps", "nps оценка"),
    "date": ("date", "responded_on", "дата", "дата ответа", "дата отзыва"),
    "comment": ("comment", "comments", "комментарий", "отзыв", "текст отзыва"),
    "touchpoint": ("touchpoint", "touch point", "точка контакта", "тк"),
    "subject": ("subject", "company", "субъект", "компания"),
    "segment": ("segment", "сегмент"),
    "channel": ("channel", "канал"),
    "ces": ("ces", "customer effort", "customer effort score", "усилия", "индекс усилий"),
}


def _norm(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value or "").strip().lower().replace("ё", "е"))


_HEADER_OF = {_norm(h): col for col, names in HEADERS.items() for h in names}


@dataclass(frozen=True)
class Problem:
    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


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


@dataclass(frozen=True)
class ParsedResponse:
    row: int  # as the file shows it (header = 1)
    score: int
    responded_on: str | None
    comment: str
    touchpoint: str
    subject: str
    segment: str
    channel: str
    ces: int | None

    def content_key(self) -> str:
        return "\x1f".join([str(self.score), self.responded_on or "", self.comment.strip(),
                            _norm(self.touchpoint), _norm(self.subject), _norm(self.segment),
                            _norm(self.channel), "" if self.ces is None else str(self.ces)])


@dataclass
class ImportResult:
    added: int = 0
    skipped: int = 0
    sample_id: str | None = None
    warnings: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)  # the responses added
    new_sample: bool = False  # the sample was made by this import


# -- reading ----------------------------------------------------------------------------------
def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path, data: bytes) -> list[list[Any]]:
    if b"\x00" in data[:4096]:
        raise FeedbackFileError(path, [Problem("not a text CSV file (binary content)")])
    content = decode(data)
    first = content.splitlines()[0] if content else ""
    try:
        return list(csv.reader(io.StringIO(content, newline=""), delimiter=_delimiter(first)))
    except csv.Error as exc:
        raise FeedbackFileError(path, [Problem(f"not a readable CSV file ({exc})")]) from None


def read_xlsx(path: Path) -> list[list[Any]]:
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise FeedbackFileError(path, [Problem(
            f"not a readable xlsx workbook ({type(exc).__name__})")]) from None
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_table(path: str | os.PathLike[str]) -> list[list[Any]]:
    """The file's rows (the header first), cells as read."""
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
    return read_xlsx(path) if suffix == ".xlsx" else read_csv(path, data)


# -- parsing ----------------------------------------------------------------------------------
def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _whole(value: Any) -> int | None:
    """A whole number from a cell (``9``, ``9.0``, ``"9"``); None if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?\d+[.,]0+", text):
        return int(text.split(".")[0].split(",")[0])
    return None


def parse_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` (optionally with a time), ``DD.MM.YYYY`` or an Excel date cell → ISO
    date; raises ValueError for anything else."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return dt.date(year, month, day).isoformat()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?",
                         text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day).isoformat()
    raise ValueError(text)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_rows(path: Path, table: list[list[Any]]) -> list[ParsedResponse]:
    """Validate every row; raise FeedbackFileError listing every problem found."""
    if not table or all(_blank(c) for c in table[0]):
        raise FeedbackFileError(path, [Problem("the file is empty; the first row must be the "
                                               "header (score, date, comment, …)")])
    columns: dict[str, int] = {}
    problems: list[Problem] = []
    for index, header in enumerate(table[0]):
        name = _HEADER_OF.get(_norm(header))
        if name and name not in columns:
            columns[name] = index
    if "score" not in columns:
        raise FeedbackFileError(path, [Problem(
            "no score column: the header row needs a column named score (оценка) with the "
            "0–10 rating", 1)])
    parsed: list[ParsedResponse] = []

    def cell(row: list[Any], name: str) -> Any:
        index = columns.get(name)
        return row[index] if index is not None and index < len(row) else None

    for number, row in enumerate(table[1:], start=2):
        if all(_blank(c) for c in row):
            continue
        raw = cell(row, "score")
        score = None if _blank(raw) else _whole(raw)
        if _blank(raw):
            problems.append(Problem("the score is empty; it is required (0–10)", number, "score"))
        elif score is None or not 0 <= score <= 10:
            problems.append(Problem(f"the score must be a whole number from 0 to 10, not "
                                    f"{_cell_text(raw)!r}", number, "score"))
        raw_ces, ces = cell(row, "ces"), None
        if not _blank(raw_ces):
            ces = _whole(raw_ces)
            if ces is None or not 1 <= ces <= 7:
                problems.append(Problem(f"the CES must be a whole number from 1 to 7, not "
                                        f"{_cell_text(raw_ces)!r}", number, "ces"))
                ces = None
        raw_date, responded_on = cell(row, "date"), None
        if not _blank(raw_date):
            try:
                responded_on = parse_date(raw_date)
            except ValueError:
                problems.append(Problem(f"not a date (YYYY-MM-DD or DD.MM.YYYY): "
                                        f"{_cell_text(raw_date)!r}", number, "date"))
        if score is not None and 0 <= score <= 10:
            parsed.append(ParsedResponse(
                number, score, responded_on, _cell_text(cell(row, "comment")),
                _cell_text(cell(row, "touchpoint")), _cell_text(cell(row, "subject")),
                _cell_text(cell(row, "segment")), _cell_text(cell(row, "channel")), ces))
    if problems:
        raise FeedbackFileError(path, problems)
    if not parsed:
        raise FeedbackFileError(path, [Problem("the file has a header but no responses")])
    return parsed


def fingerprints(responses: list[ParsedResponse]) -> list[str]:
    """Content + occurrence index among identical rows, hashed."""
    seen: dict[str, int] = {}
    out = []
    for r in responses:
        key = r.content_key()
        seen[key] = seen.get(key, 0) + 1
        out.append(hashlib.sha256(f"{key}\x1e{seen[key]}".encode()).hexdigest())
    return out


# -- writing ----------------------------------------------------------------------------------
def _names(ws: Workspace, sql: str, engagement_id: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for ident, name in ws.rows(sql, (engagement_id,)):
        found.setdefault(_norm(name), ident)
    return found


def undo_import(ws: Workspace, result: ImportResult) -> list[records.Removal]:
    """Remove what an import added (its responses, and its sample if it made one); the
    removals, restored in order, redo it with the same ids."""
    removals = [records.remove(ws, "feedback", ident, "response") for ident in result.ids]
    if result.new_sample and result.sample_id:
        removals.append(records.remove(ws, "feedback_samples", result.sample_id, "sample"))
    return removals


def import_feedback(ws: Workspace, engagement_id: str, path: str | os.PathLike[str], *,
                    sampling: str = "unknown", invited: int | None = None,
                    warn: Callable[[str], None] | None = None) -> ImportResult:
    """Import a feedback file into an engagement (see the module's docstring)."""
    records.get(ws, "engagements", engagement_id, "engagement")
    if sampling not in SAMPLINGS:
        raise InvalidValue(f"the sampling is one of {', '.join(SAMPLINGS)}, not {sampling!r}")
    if invited is not None and invited < 0:
        raise InvalidValue("the number invited cannot be negative")
    path = Path(path)
    responses = parse_rows(path, read_table(path))
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    lookups = {
        "subject": _names(ws, "SELECT id, name FROM subjects WHERE engagement_id = ?"
                          " ORDER BY own DESC, position", engagement_id),
        "touchpoint": _names(ws, """SELECT t.id, t.name FROM touchpoints t
                             JOIN stages s ON s.id = t.stage_id JOIN maps m ON m.id = s.map_id
                             WHERE m.engagement_id = ? ORDER BY m.position, s.position,
                             t.position""", engagement_id),
        "segment": _names(ws, "SELECT id, name FROM segments WHERE engagement_id = ?"
                          " ORDER BY name", engagement_id),
    }
    result = ImportResult()
    unknown: set[tuple[str, str]] = set()
    for r in responses:
        for kind in ("subject", "touchpoint", "segment"):
            name = getattr(r, kind)
            if name and _norm(name) not in lookups[kind] and (kind, _norm(name)) not in unknown:
                unknown.add((kind, _norm(name)))
                result.warnings.append(
                    f"{path}: row {r.row}, column {kind}: unknown {kind} {name!r}; "
                    f"the response is kept unattached")
    for line in result.warnings:
        if warn:
            warn(line)
    existing = {r[0] for r in ws.rows(
        "SELECT fingerprint FROM feedback WHERE engagement_id = ? AND fingerprint IS NOT NULL",
        (engagement_id,))}
    pairs = zip(responses, fingerprints(responses), strict=True)
    fresh = [(r, f) for r, f in pairs if f not in existing]
    result.skipped = len(responses) - len(fresh)
    if not fresh:
        return result
    with ws.transaction():
        sample = ws.scalar("SELECT id FROM feedback_samples WHERE engagement_id = ? AND"
                           " source_sha256 = ?", (engagement_id, sha))
        result.new_sample = sample is None
        if sample is None:
            sample = records.insert(ws, "feedback_samples", {
                "engagement_id": engagement_id, "name": path.name, "sampling": sampling,
                "invited": invited, "source_sha256": sha})
        result.ids = [new_id() for _ in fresh]
        ws.conn.executemany(
            "INSERT INTO feedback (id, engagement_id, sample_id, subject_id, touchpoint_id,"
            " segment_id, channel, responded_on, score, ces, comment, fingerprint)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(ident, engagement_id, sample, lookups["subject"].get(_norm(r.subject)),
              lookups["touchpoint"].get(_norm(r.touchpoint)),
              lookups["segment"].get(_norm(r.segment)), r.channel, r.responded_on, r.score,
              r.ces, r.comment, fp) for ident, (r, fp) in zip(result.ids, fresh, strict=True)])
    result.added, result.sample_id = len(fresh), sample
    return result
