"""``feedback import``: customer responses from a CSV or xlsx file (docs/CLI.md "Feedback
file"). The file is read and validated whole first; only a file without a single problem is
written, in one transaction. Each response gets a fingerprint (its normalised content plus its
occurrence among identical rows of the file), so importing the same file again adds nothing,
while two identical rows of one file are both kept. Reading the file (encodings, separators,
the sheet) is cxdesk/feedback_read.py; here the header row is found (a title may come before it),
the cells are validated (scores like ``10,0``; dates ``YYYY-MM-DD``, ``DD.MM.YYYY``, ``DD.MM.YY``,
Excel date cells and serials) and the responses written.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.feedback_ops import SAMPLINGS
from cxdesk.feedback_read import (
    PROGRESS_ROWS,
    FeedbackFileError,
    Problem,
    Progress,
    Table,
    blank,
    columns_of,
    find_header,
    norm,
    norm_header,
    read_table,
)
from cxdesk.workspace import Workspace, new_id

#: column → the headers that name it (compared as feedback_read.norm_header does)
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
_HEADER_OF = {norm_header(h): col for col, names in HEADERS.items() for h in names}
#: Whole numbers in this range in a date column are Excel date serials (1954 … 2119).
EXCEL_SERIALS = range(20_000, 80_000)
_EXCEL_EPOCH = dt.date(1899, 12, 30)

_norm = norm


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
    #: how the file names the columns (for messages), and the xlsx sheet read
    labels: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    sheet: str | None = None

    def where(self, column: str) -> str:
        """``sheet 'X', row N, column Y`` as messages name a cell."""
        return Problem("", self.row, self.labels.get(column, column), self.sheet).place()

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


@dataclass(frozen=True)
class PreparedFile:
    """A feedback file read, validated and fingerprinted, not yet written anywhere (a worker
    thread prepares it; :func:`import_feedback` writes it)."""

    path: Path
    responses: list[ParsedResponse]
    fingerprints: list[str]
    sha256: str


# -- parsing ----------------------------------------------------------------------------------
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


def _excel_serial(value: Any) -> str | None:
    """An Excel date serial (a number cell, or its text in a CSV) → ISO date; None if not."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = value
    elif re.fullmatch(r"\d{5}(?:[.,]\d+)?", str(value).strip()):
        number = float(str(value).strip().replace(",", "."))
    else:
        return None
    if int(number) not in EXCEL_SERIALS:
        return None
    return (_EXCEL_EPOCH + dt.timedelta(days=int(number))).isoformat()


def parse_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` (optionally with a time), ``DD.MM.YYYY`` or ``DD.MM.YY`` (optionally with
    a time), an Excel date cell or date serial → ISO date; raises ValueError for anything else."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    serial = _excel_serial(value)
    if serial:
        return serial
    text = str(value).strip()
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return dt.date(year if year >= 100 else 2000 + year, month, day).isoformat()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})"
                         r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
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


def parse_rows(path: Path, table: Table | list[list[Any]],
               progress: Progress | None = None) -> list[ParsedResponse]:
    """Validate every row; raise FeedbackFileError listing every problem found.
    ``progress(done, total)`` hears of the rows checked."""
    if not isinstance(table, Table):
        table = Table(table)
    sheet = table.sheet
    if all(blank(c) for row in table.rows for c in row):
        raise FeedbackFileError(path, [Problem("the file is empty; the first row must be the "
                                               "header (score, date, comment, …)", sheet=sheet)])
    header = find_header(table.rows, _HEADER_OF)
    if header is None:
        first = next(i for i, row in enumerate(table.rows) if not all(blank(c) for c in row))
        raise FeedbackFileError(path, [Problem(
            "no score column: the header row needs a column named score (оценка) with the "
            "0–10 rating", table.first_row + first, sheet=sheet)])
    columns = columns_of(table.rows[header], _HEADER_OF)
    labels = {name: _cell_text(table.rows[header][i]) or name for name, i in columns.items()}
    problems: list[Problem] = []
    parsed: list[ParsedResponse] = []

    def cell(row: list[Any], name: str) -> Any:
        index = columns.get(name)
        return row[index] if index is not None and index < len(row) else None

    def problem(message: str, number: int, name: str) -> None:
        problems.append(Problem(message, number, labels[name], sheet))

    start = table.first_row + header + 1
    body = table.rows[header + 1:]
    for number, row in enumerate(body, start=start):
        if progress is not None and (number - start) % PROGRESS_ROWS == 0:
            progress(number - start, len(body))
        if all(blank(c) for c in row):
            continue
        raw = cell(row, "score")
        score = None if blank(raw) else _whole(raw)
        if blank(raw):
            problem("the score is empty; it is required (0–10)", number, "score")
        elif score is None or not 0 <= score <= 10:
            problem(f"the score must be a whole number from 0 to 10, not {_cell_text(raw)!r}",
                    number, "score")
        raw_ces, ces = cell(row, "ces"), None
        if not blank(raw_ces):
            ces = _whole(raw_ces)
            if ces is None or not 1 <= ces <= 7:
                problem(f"the CES must be a whole number from 1 to 7, not "
                        f"{_cell_text(raw_ces)!r}", number, "ces")
                ces = None
        raw_date, responded_on = cell(row, "date"), None
        if not blank(raw_date):
            try:
                responded_on = parse_date(raw_date)
            except ValueError:
                problem(f"not a date (YYYY-MM-DD or DD.MM.YYYY): {_cell_text(raw_date)!r}",
                        number, "date")
        if score is not None and 0 <= score <= 10:
            parsed.append(ParsedResponse(
                number, score, responded_on, _cell_text(cell(row, "comment")),
                _cell_text(cell(row, "touchpoint")), _cell_text(cell(row, "subject")),
                _cell_text(cell(row, "segment")), _cell_text(cell(row, "channel")), ces,
                labels, sheet))
    if problems:
        raise FeedbackFileError(path, problems)
    if not parsed:
        raise FeedbackFileError(path, [Problem("the file has a header but no responses",
                                               sheet=sheet)])
    if progress is not None:
        progress(len(body), len(body))
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
    with ws.transaction():  # all or nothing, and one commit rather than one per response
        removals = [records.remove_many(ws, "feedback", list(result.ids))]
        if result.new_sample and result.sample_id:
            removals.append(records.remove(ws, "feedback_samples", result.sample_id, "sample"))
    return removals


def prepare_file(path: str | os.PathLike[str],
                 progress: Progress | None = None) -> PreparedFile:
    """Read, validate and fingerprint a feedback file without a workspace (so a worker thread
    can do it); raises FeedbackFileError as :func:`import_feedback` does, or Cancelled when
    ``progress`` raises it."""
    path = Path(path)
    responses = parse_rows(path, read_table(path, _HEADER_OF, progress), progress)
    return PreparedFile(path, responses, fingerprints(responses),
                        hashlib.sha256(path.read_bytes()).hexdigest())


def import_feedback(ws: Workspace, engagement_id: str, path: str | os.PathLike[str], *,
                    sampling: str = "unknown", invited: int | None = None,
                    warn: Callable[[str], None] | None = None,
                    prepared: PreparedFile | None = None) -> ImportResult:
    """Import a feedback file into an engagement (see the module's docstring); ``prepared``:
    the file as :func:`prepare_file` read it already."""
    records.get(ws, "engagements", engagement_id, "engagement")
    if sampling not in SAMPLINGS:
        raise InvalidValue(f"the sampling is one of {', '.join(SAMPLINGS)}, not {sampling!r}")
    if invited is not None and invited < 0:
        raise InvalidValue("the number invited cannot be negative")
    path = Path(path)
    if prepared is None:
        prepared = prepare_file(path)
    responses = prepared.responses
    if invited is not None and invited < len(responses):
        raise FeedbackFileError(path, [Problem(
            f"{len(responses)} responses but only {invited} clients invited; the number "
            f"invited counts everyone asked, so it cannot be smaller")])
    sha = prepared.sha256
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
    key = functools.lru_cache(maxsize=None)(_norm)  # a few names, on thousands of rows
    result = ImportResult()
    unknown: set[tuple[str, str]] = set()
    for r in responses:
        for kind in ("subject", "touchpoint", "segment"):
            name = getattr(r, kind)
            if name and key(name) not in lookups[kind] and (kind, key(name)) not in unknown:
                unknown.add((kind, key(name)))
                result.warnings.append(
                    f"{path}: {r.where(kind)}: unknown {kind} {name!r}; "
                    f"the response is kept unattached")
    for line in result.warnings:
        if warn:
            warn(line)
    existing = {r[0] for r in ws.rows(
        "SELECT fingerprint FROM feedback WHERE engagement_id = ? AND fingerprint IS NOT NULL",
        (engagement_id,))}
    pairs = zip(responses, prepared.fingerprints, strict=True)
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
            [(ident, engagement_id, sample, lookups["subject"].get(key(r.subject)),
              lookups["touchpoint"].get(key(r.touchpoint)),
              lookups["segment"].get(key(r.segment)), r.channel, r.responded_on, r.score,
              r.ces, r.comment, fp) for ident, (r, fp) in zip(result.ids, fresh, strict=True)])
    result.added, result.sample_id = len(fresh), sample
    return result
