"""Checklist templates in Excel: the workbook format of docs/CLI.md, read, imported and written.

Reading parses the file into plain records and validates all of it, collecting every problem
(sheet, row as the spreadsheet shows it, column and reason) before any is reported; importing
then resolves stages and touchpoints against the journey map and writes everything in one
transaction. Nothing is written unless the whole file is valid. openpyxl is imported only
inside the functions that need it: start-up stays fast.
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.templates import (
    MAX_TEXT,
    clean_text,
    format_answer_type,
    parse_answer_type,
    parse_number,
)
from cxdesk.workspace import Workspace, new_id

#: (key, English header, Russian header), in the order an exported workbook has them.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("stage", "stage", "Стадия"),
    ("touchpoint", "touchpoint", "Точка контакта"),
    ("section", "section", "Раздел"),
    ("criterion", "criterion", "Критерий"),
    ("should_be", "should_be", "Как должно быть"),
    ("should_not_be", "should_not_be", "Как не должно быть"),
    ("channel", "channel", "Канал"),
    ("interaction", "interaction", "Взаимодействие"),
    ("answer", "answer", "Тип ответа"),
    ("unit", "unit", "Единица"),
    ("threshold", "threshold", "Порог"),
    ("direction", "direction", "Направление"),
    ("weight", "weight", "Вес"),
    ("critical", "critical", "Критичный"),
    ("required_checks", "required_checks", "Необходимое количество проверок"),
    ("photo", "photo", "Фото"),
)
CRITERIA_SHEET = "criteria"
TEMPLATE_SHEET = "template"
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a zip bomb is refused before openpyxl parses it
MAX_ROWS = 5000
MAX_REQUIRED_CHECKS = 10_000  # far above any audit plan; 1e20 would not fit an SQLite integer
#: Columns read: the format has 16, a consultant adds a few; a stray cell at XFD1 must not
#: make every row 16,384 cells long.
MAX_COLUMNS = 100
#: Title rows (a merged heading, a note) looked through for the header row.
MAX_TITLE_ROWS = 10
MAX_NAME = 300  # stage, touchpoint, section and template names
MAX_PROBLEMS = 200  # reported one per line; beyond this a count

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


def _norm(text: Any) -> str:
    """For matching names and words: case-, space- and ё-insensitive."""
    return " ".join(str(text).replace("ё", "е").replace("Ё", "Е").split()).casefold()


def _header_norm(text: Any) -> str:
    return _norm(str(text).replace("_", " "))


_HEADERS = {_header_norm(h): key for key, en, ru in COLUMNS for h in (en, ru)}
_CHANNELS = {"online": "online", "онлайн": "online", "offline": "offline", "офлайн": "offline",
             "оффлайн": "offline"}
_INTERACTIONS = {"person": "person", "человек": "person", "product": "product",
                 "продукт": "product"}
_YES_NO = {"yes": True, "да": True, "true": True, "1": True, "y": True, "истина": True,
           "no": False, "нет": False, "false": False, "0": False, "n": False, "ложь": False}
_PHOTO = {"none": "none", "нет": "none", "no": "none", "optional": "optional",
          "по желанию": "optional", "required": "required", "обязательно": "required"}
_DIRECTIONS = {"lower_is_better": "lower_is_better", "lower is better": "lower_is_better",
               "higher_is_better": "higher_is_better", "higher is better": "higher_is_better",
               "меньше лучше": "lower_is_better", "меньше — лучше": "lower_is_better",
               "больше лучше": "higher_is_better", "больше — лучше": "higher_is_better"}
_LANGUAGES = {"ru": "ru", "русский": "ru", "russian": "ru", "en": "en", "english": "en",
              "английский": "en"}
_TEMPLATE_KEYS = {"name": "name", "название": "name", "language": "language", "язык": "language",
                  "map": "map", "карта": "map", "description": "description",
                  "описание": "description"}
#: How exported values read in a Russian workbook (either spelling imports).
_RU_VALUES = {"channel": {"online": "онлайн", "offline": "офлайн"},
              "interaction": {"person": "человек", "product": "продукт"},
              "critical": {True: "да", False: "нет"},
              "photo": {"none": "нет", "optional": "по желанию", "required": "обязательно"}}
_EN_VALUES = {"critical": {True: "yes", False: "no"}}


# -- records --------------------------------------------------------------------------------
@dataclass(frozen=True)
class CriterionRow:
    """One criterion as the workbook gives it: names, not ids."""

    text: str
    stage: str = ""
    touchpoint: str = ""
    section: str = ""
    should_be: str = ""
    should_not_be: str = ""
    channel: str | None = None
    interaction: str | None = None
    answer_type: str = "yes_no"
    choices: tuple[tuple[str, float], ...] = ()
    unit: str = ""
    threshold: float | None = None
    direction: str | None = None
    weight: float = 1.0
    critical: bool = False
    required_checks: int = 1
    photo: str = "none"
    row: int = 0  # the spreadsheet row it came from (0 when it did not come from one)


@dataclass(frozen=True)
class ParsedTemplate:
    name: str
    language: str = "ru"
    map_name: str = ""
    description: str = ""
    criteria: tuple[CriterionRow, ...] = ()
    sheet: str = CRITERIA_SHEET  # where the criteria were read, for problems found later
    columns: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (letter, header)
    #: columns that are not part of the format ("№", "Примечание"…): read past, and said so
    ignored: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a workbook, and where."""

    reason: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None  # the column letter
    header: str | None = None

    def __str__(self) -> str:
        where = []
        if self.sheet is not None:
            where.append(f"sheet {self.sheet!r}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None or self.header is not None:
            col = f"column {self.column}" if self.column else "column"
            where.append(f"{col} {self.header!r}" if self.header else col)
        return f"{', '.join(where)}: {self.reason}" if where else self.reason


class TemplateFileError(InvalidValue):
    """A template workbook that cannot be imported, with every problem found in it."""

    def __init__(self, path: str | os.PathLike[str], problems: list[Problem]) -> None:
        self.path = Path(path)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        shown = [f"{self.path}: {p}" for p in self.problems[:MAX_PROBLEMS]]
        if len(self.problems) > MAX_PROBLEMS:
            shown.append(f"{self.path}: … and {len(self.problems) - MAX_PROBLEMS} more problems")
        return shown


# -- reading --------------------------------------------------------------------------------
def _fail(path: Path, reason: str) -> TemplateFileError:
    return TemplateFileError(path, [Problem(reason)])


def _load(path: Path) -> Any:
    """Open a workbook (cached values of formulas), refusing what is not a readable xlsx."""
    if not path.exists():
        raise _fail(path, "there is no such file")
    if path.is_dir():
        raise _fail(path, "is a folder, not an Excel workbook")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
            if head.startswith(_OLE_MAGIC):
                data = fh.read(min(size, MAX_FILE_BYTES))
                if "EncryptedPackage".encode("utf-16-le") in data:
                    raise _fail(path, "the workbook is password-protected; save a copy without"
                                      " a password and import that")
                raise _fail(path, "an old Excel 97–2003 (.xls) workbook; save it as .xlsx")
    except OSError as exc:
        raise _fail(path, f"cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise _fail(path, "the file is empty, not an Excel workbook")
    if not head.startswith(_ZIP_MAGIC):
        raise _fail(path, "not an Excel .xlsx workbook")
    if size > MAX_FILE_BYTES:
        raise _fail(path, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(i.file_size for i in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise _fail(path, "the workbook unpacks to more than "
                                  f"{MAX_UNPACKED_BYTES // 2**20} MB; not a checklist template")
    except zipfile.BadZipFile:
        raise _fail(path, "the workbook is damaged (not a readable .xlsx file)") from None
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unsupported extensions, styles: not our concern
            return openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged package
        detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise _fail(path, f"the workbook is damaged or not a valid .xlsx ({detail})") from None


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _sheet_rows(sheet: Any) -> tuple[list[tuple[int, list[Any]]], set[int]]:
    """The sheet's rows as (row number, values), vertical merges filled down; and the rows
    that a merge across several columns covers (heading bands)."""
    fill: dict[int, list[tuple[int, Any]]] = {}
    bands: set[int] = set()
    for merged in sheet.merged_cells.ranges:
        top = sheet.cell(merged.min_row, merged.min_col).value
        if merged.min_col == merged.max_col:
            for r in range(merged.min_row + 1, min(merged.max_row, MAX_ROWS + 1) + 1):
                fill.setdefault(r, []).append((merged.min_col, top))
        else:
            bands.update(range(merged.min_row, min(merged.max_row, MAX_ROWS + 1) + 1))
    rows = []
    last = min(_last_filled_row(sheet), MAX_ROWS + 1)
    for r, values in enumerate(sheet.iter_rows(min_row=1, max_row=last, values_only=True,
                                               max_col=min(sheet.max_column, MAX_COLUMNS)),
                               start=1):
        values = list(values)
        for column, value in fill.get(r, ()):
            if column <= len(values):
                values[column - 1] = value
        rows.append((r, values))
    return rows, bands


def _last_filled_row(sheet: Any) -> int:
    """The last row holding a value: cells only formatted (a whole styled column) or a stray
    far cell's dimension do not count."""
    cells = getattr(sheet, "_cells", None)
    if cells is None:
        return sheet.max_row
    return max((r for (r, _), cell in cells.items() if cell.value is not None), default=0)


def _is_header(values: list[Any]) -> bool:
    return any(_HEADERS.get(_header_norm(_cell_text(v))) == "criterion"
               for v in values if v is not None)


def _blank(values: Iterable[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _RowReader:
    """Reads one criterion row, noting every problem with its cell."""

    def __init__(self, sheet: str, row: int, values: list[Any],
                 columns: dict[str, int], headers: dict[str, str], problems: list[Problem]):
        self.sheet, self.row, self.values = sheet, row, values
        self.columns, self.headers, self.problems = columns, headers, problems
        self.no_place_column = "touchpoint" not in columns and "section" not in columns

    def raw(self, key: str) -> Any:
        index = self.columns.get(key)
        if index is None or index >= len(self.values):
            return None
        value = self.values[index]
        return None if isinstance(value, str) and not value.strip() else value

    def problem(self, key: str, reason: str) -> None:
        index = self.columns.get(key)
        self.problems.append(Problem(
            reason, self.sheet, self.row, _column_letter(index + 1) if index is not None else None,
            self.headers.get(key, key)))

    def text(self, key: str, limit: int = MAX_TEXT) -> str:
        raw = _cell_text(self.raw(key))
        try:
            text = clean_text(raw)
        except InvalidValue:
            text = raw[:limit + 1]
        if len(text) > limit:  # noted; the text stays, so no second problem follows from it
            self.problem(key, f"the text is longer than {limit} characters")
        return text

    def word(self, key: str, allowed: dict[str, Any], what: str, default: Any = None) -> Any:
        value = self.raw(key)
        if value is None:
            return default
        if isinstance(value, bool):
            value = "true" if value else "false"
        found = allowed.get(_norm(_cell_text(value)), ...)
        if found is ...:
            self.problem(key, f"{_shorten(value)!r} is not {what}")
            return default
        return found

    def number(self, key: str) -> float | None:
        value = self.raw(key)
        if value is None:
            return None
        try:
            return parse_number(value)
        except ValueError:
            return ...  # type: ignore[return-value]


def _shorten(value: Any, limit: int = 60) -> str:
    text = clean_text(_cell_text(value)[:1000]) if value is not None else ""
    return text if len(text) <= limit else text[:limit] + "…"


def _read_criterion(reader: _RowReader) -> CriterionRow | None:
    before = len(reader.problems)
    text = reader.text("criterion")
    if not text:
        reader.problem("criterion", "the criterion is missing (what is checked)")
    stage = reader.text("stage", MAX_NAME)
    touchpoint = reader.text("touchpoint", MAX_NAME)
    section = reader.text("section", MAX_NAME)
    if not touchpoint and not section and not reader.no_place_column:
        reader.problem("touchpoint", "give a touchpoint or a section")
    answer_type, choices = "yes_no", ()
    raw_answer = reader.raw("answer")
    if raw_answer is not None:
        try:
            spec = parse_answer_type(_cell_text(raw_answer)[:MAX_TEXT])
            answer_type, choices = spec.answer_type, spec.choices
        except InvalidValue as exc:
            reader.problem("answer", str(exc))
            answer_type = "?"
    unit = reader.text("unit", MAX_NAME)
    threshold = reader.number("threshold")
    if threshold is ...:
        reader.problem("threshold", f"the threshold must be a number, not "
                                    f"{_shorten(reader.raw('threshold'))!r}")
        threshold = None
    direction = reader.word("direction", _DIRECTIONS, "lower_is_better or higher_is_better")
    if answer_type == "number":
        if threshold is None and reader.raw("threshold") is None:
            reader.problem("threshold", "a number criterion needs a threshold (its pass limit)")
        if direction is None and reader.raw("direction") is None:
            reader.problem("direction", "a number criterion needs a direction: "
                                        "lower_is_better or higher_is_better")
    else:  # only a number has a unit, a threshold and a direction
        unit, threshold, direction = "", None, None
    weight = reader.number("weight")
    if weight is ... or (weight is not None and weight <= 0):
        reader.problem("weight", f"the weight must be a number greater than 0, not "
                                 f"{_shorten(reader.raw('weight'))!r}")
    required = reader.number("required_checks")
    if required is ... or (required is not None and (not required.is_integer() or required < 1
                                                     or required > MAX_REQUIRED_CHECKS)):
        reader.problem("required_checks", "the required number of checks must be a whole "
                                          f"number from 1 to {MAX_REQUIRED_CHECKS}, not "
                                          f"{_shorten(reader.raw('required_checks'))!r}")
    critical = reader.word("critical", _YES_NO, "yes or no (да/нет, true/false, 1/0)", False)
    photo = reader.word("photo", _PHOTO,
                        "none, optional or required (нет, по желанию, обязательно)", "none")
    channel = reader.word("channel", _CHANNELS, "online or offline (онлайн/офлайн)")
    interaction = reader.word("interaction", _INTERACTIONS,
                              "person or product (человек/продукт)")
    should_be = reader.text("should_be")
    should_not_be = reader.text("should_not_be")
    if len(reader.problems) > before:
        return None
    return CriterionRow(
        text=text, stage=stage, touchpoint=touchpoint, section=section, should_be=should_be,
        should_not_be=should_not_be, channel=channel, interaction=interaction,
        answer_type=answer_type, choices=choices, unit=unit, threshold=threshold,
        direction=direction, weight=1.0 if weight is None else weight,
        critical=bool(critical), required_checks=1 if required is None else int(required),
        photo=photo, row=reader.row)


def _find_sheet(workbook: Any, names: tuple[str, ...]) -> Any:
    for sheet in workbook.worksheets:
        if _norm(sheet.title) in names:
            return sheet
    return None


def _read_settings(sheet: Any, problems: list[Problem]) -> dict[str, str]:
    settings: dict[str, str] = {}
    for r, values in enumerate(sheet.iter_rows(min_row=1, max_row=min(sheet.max_row, 100),
                                               max_col=2, values_only=True), start=1):
        key_raw, value = (list(values) + [None, None])[:2]
        if _blank((key_raw, value)):
            continue
        key = _TEMPLATE_KEYS.get(_norm(_cell_text(key_raw)))
        if key is None:
            problems.append(Problem(f"unknown setting {_shorten(key_raw)!r}; the settings are "
                                    "name, language, map and description",
                                    sheet.title, r, "A", None))
            continue
        try:
            text = clean_text(_cell_text(value))
        except InvalidValue:
            problems.append(Problem("the text is too long", sheet.title, r, "B", key))
            continue
        if key == "language" and text:
            if _norm(text) not in _LANGUAGES:
                problems.append(Problem(f"the language must be ru or en, not {_shorten(text)!r}",
                                        sheet.title, r, "B", key))
                continue
            text = _LANGUAGES[_norm(text)]
        elif key in ("name", "map") and len(text) > MAX_NAME:
            problems.append(Problem(f"the {key} is longer than {MAX_NAME} characters",
                                    sheet.title, r, "B", key))
            continue
        settings[key] = text
    return settings


def read_template_workbook(path: str | os.PathLike[str]) -> ParsedTemplate:
    """Read and validate a template workbook. Raises :class:`TemplateFileError` listing every
    problem found (nothing is half-read)."""
    path = Path(path)
    workbook = _load(path)
    problems: list[Problem] = []
    try:
        settings_sheet = _find_sheet(workbook, (TEMPLATE_SHEET, "шаблон"))
        sheet = _find_sheet(workbook, (CRITERIA_SHEET, "критерии"))
        if sheet is None:  # the first sheet with a criterion header (a note may come first)
            others = [s for s in workbook.worksheets if s is not settings_sheet]
            sheet = next((s for s in others if any(
                _is_header(list(values)) for values in s.iter_rows(
                    max_row=min(s.max_row, MAX_TITLE_ROWS * 2),
                    max_col=min(s.max_column, MAX_COLUMNS), values_only=True))),
                others[0] if others else None)
        if sheet is None:
            raise _fail(path, "the workbook has no sheet of criteria")
        settings = _read_settings(settings_sheet, problems) if settings_sheet else {}
        rows, bands = _sheet_rows(sheet)
        title = sheet.title
        data = [(r, values) for r, values in rows if not _blank(values)]
        if not data:
            raise TemplateFileError(path, [*problems, Problem("the sheet is empty", title)])
        # a merged title or a note above the header (as clients' workbooks have) is skipped
        start = next((i for i, (_, values) in enumerate(data[:MAX_TITLE_ROWS])
                      if _is_header(values)), 0)
        header_row, header_values = data[start]
        columns: dict[str, int] = {}
        headers: dict[str, str] = {}
        ignored: list[str] = []
        russian = english = 0
        for index, value in enumerate(header_values):
            if value is None or not str(value).strip():
                continue
            shown = _shorten(value)
            key = _HEADERS.get(_header_norm(_cell_text(value)))
            letter = _column_letter(index + 1)
            if key is None:  # a "№" or a notes column of the consultant's: not ours, not an error
                ignored.append(str(Problem("not a column of the template format; ignored",
                                           title, header_row, letter, shown)))
            elif key in columns:
                problems.append(Problem(
                    f"the column appears twice (also column {_column_letter(columns[key] + 1)})",
                    title, header_row, letter, shown))
            else:
                columns[key], headers[key] = index, shown
                if re.search("[а-яё]", shown, re.IGNORECASE):
                    russian += 1
                else:
                    english += 1
        if "criterion" not in columns:
            problems.append(Problem("there is no 'criterion' (Критерий) column in the header row",
                                    title, header_row))
            raise TemplateFileError(path, problems)
        if "touchpoint" not in columns and "section" not in columns:
            problems.append(Problem("there is neither a 'touchpoint' (Точка контакта) nor a "
                                    "'section' (Раздел) column: each criterion needs one",
                                    title, header_row))
        if _last_filled_row(sheet) > MAX_ROWS + 1:
            problems.append(Problem(f"more than {MAX_ROWS} rows; a template holds at most "
                                    f"{MAX_ROWS} criteria", title))
        criteria: list[CriterionRow] = []
        for r, values in data[start + 1:]:
            reader = _RowReader(title, r, values, columns, headers, problems)
            if r in bands and reader.raw("criterion") is None:
                continue  # a heading band merged across the row: layout, not a criterion
            found = _read_criterion(reader)
            if found is not None:
                criteria.append(found)
        if not criteria and not problems:
            problems.append(Problem("no criteria below the header row", title))
        if problems:
            raise TemplateFileError(path, problems)
    finally:
        workbook.close()
    language = settings.get("language") or ("ru" if russian > english else "en")
    name = settings.get("name") or clean_text(path.stem)[:MAX_NAME] or "Checklist"
    return ParsedTemplate(name=name, language=language, map_name=settings.get("map", ""),
                          description=settings.get("description", ""),
                          criteria=tuple(criteria), sheet=title,
                          columns={k: (_column_letter(i + 1), headers[k])
                                   for k, i in columns.items()},
                          ignored=tuple(ignored))


# -- importing ------------------------------------------------------------------------------
@dataclass
class _MapIndex:
    map_id: str | None
    stages: dict[str, str] = field(default_factory=dict)  # norm name -> id
    touchpoints: dict[tuple[str, str], str] = field(default_factory=dict)  # (stage, norm) -> id
    by_name: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # norm -> [(tp, st)]
    stage_positions: int = 0
    touchpoint_positions: dict[str, int] = field(default_factory=dict)


def _index_map(ws: Workspace, map_id: str | None) -> _MapIndex:
    index = _MapIndex(map_id)
    if map_id is None:
        return index
    for row in ws.rows("SELECT id, name, position FROM stages WHERE map_id = ?"
                       " ORDER BY position, name", (map_id,)):
        index.stages.setdefault(_norm(row["name"]), row["id"])
        index.stage_positions = max(index.stage_positions, row["position"] + 1)
    for row in ws.rows("""SELECT t.id, t.name, t.stage_id, t.position FROM touchpoints t
                          JOIN stages s ON s.id = t.stage_id WHERE s.map_id = ?
                          ORDER BY s.position, t.position, t.name""", (map_id,)):
        index.touchpoints.setdefault((row["stage_id"], _norm(row["name"])), row["id"])
        index.by_name.setdefault(_norm(row["name"]), []).append((row["id"], row["stage_id"]))
        index.touchpoint_positions[row["stage_id"]] = max(
            index.touchpoint_positions.get(row["stage_id"], 0), row["position"] + 1)
    return index


def _choose_map(ws: Workspace, engagement_id: str, name: str) -> tuple[str | None, str]:
    """The map the criteria belong to: (its id or None to create it, its name)."""
    maps = ws.rows("SELECT id, name FROM maps WHERE engagement_id = ? ORDER BY position, name",
                   (engagement_id,))
    if name:
        found = next((m for m in maps if _norm(m["name"]) == _norm(name)), None)
        return (found["id"], found["name"]) if found else (None, name)
    if maps:
        return maps[0]["id"], maps[0]["name"]
    return None, ""


def import_template(ws: Workspace, engagement_id: str, path: str | os.PathLike[str], *,
                    warn: Callable[[str], None] | None = None) -> str:
    """Import a template workbook into the engagement as a new template; returns its id.
    ``warn`` hears of what was read past (columns outside the format).

    Everything is validated first (the engagement, the file, the names against the map);
    then one transaction writes the template, its criteria and any stages and touchpoints
    missing from the map (and the map itself when the engagement has none, or none of the
    name the ``template`` sheet gives)."""
    engagement = records.get(ws, "engagements", engagement_id, "engagement")
    parsed = read_template_workbook(path)
    for line in parsed.ignored if warn else ():
        warn(line)
    map_id, map_name = _choose_map(ws, engagement_id, parsed.map_name)
    index = _index_map(ws, map_id)
    problems = []
    for crit in parsed.criteria:
        if crit.touchpoint and not crit.stage:
            found = index.by_name.get(_norm(crit.touchpoint), [])
            if len(found) != 1:
                reason = (f"the touchpoint is on {len(found)} stages of the map; give its stage"
                          if found else f"the touchpoint is not on the map {map_name or '(new)'!r};"
                          " give its stage so that it can be created there")
                letter, header = parsed.columns.get("touchpoint", (None, "touchpoint"))
                problems.append(Problem(reason, parsed.sheet, crit.row, letter, header))
    if problems:
        raise TemplateFileError(path, problems)
    language = parsed.language or engagement["language"]
    with ws.transaction():
        if index.map_id is None:
            index.map_id = records.insert(ws, "maps", {
                "engagement_id": engagement_id,
                "name": map_name or ("Карта пути клиента" if language == "ru"
                                     else "Customer journey map"),
                "position": (ws.scalar("SELECT max(position) + 1 FROM maps WHERE engagement_id"
                                       " = ?", (engagement_id,)) or 0)})
        template_id = records.insert(ws, "templates", {
            "engagement_id": engagement_id, "map_id": index.map_id, "family_id": new_id(),
            "name": parsed.name, "language": language, "description": parsed.description})
        for position, crit in enumerate(parsed.criteria):
            stage_id = _stage(ws, index, crit.stage) if crit.stage else None
            touchpoint_id = None
            if crit.touchpoint:
                if stage_id is None:
                    touchpoint_id, stage_id = index.by_name[_norm(crit.touchpoint)][0]
                else:
                    touchpoint_id = _touchpoint(ws, index, stage_id, crit)
            criterion_id = records.insert(ws, "criteria", {
                "template_id": template_id, "stage_id": stage_id,
                "touchpoint_id": touchpoint_id, "section": crit.section, "position": position,
                "text": crit.text, "should_be": crit.should_be,
                "should_not_be": crit.should_not_be, "channel": crit.channel,
                "interaction": crit.interaction, "answer_type": crit.answer_type,
                "unit": crit.unit, "threshold": crit.threshold, "direction": crit.direction,
                "weight": crit.weight, "critical": int(crit.critical),
                "required_checks": crit.required_checks, "photo": crit.photo})
            for i, (label, points) in enumerate(crit.choices):
                records.insert(ws, "criterion_choices", {
                    "criterion_id": criterion_id, "label": label, "points": points,
                    "position": i})
    return template_id


def _stage(ws: Workspace, index: _MapIndex, name: str) -> str:
    key = _norm(name)
    if key not in index.stages:
        index.stages[key] = records.insert(ws, "stages", {
            "map_id": index.map_id, "name": name, "position": index.stage_positions})
        index.stage_positions += 1
    return index.stages[key]


def _touchpoint(ws: Workspace, index: _MapIndex, stage_id: str, crit: CriterionRow) -> str:
    key = (stage_id, _norm(crit.touchpoint))
    if key not in index.touchpoints:
        position = index.touchpoint_positions.get(stage_id, 0)
        index.touchpoints[key] = records.insert(ws, "touchpoints", {
            "stage_id": stage_id, "name": crit.touchpoint,
            "channel": crit.channel or "offline", "interaction": crit.interaction or "person",
            "position": position})
        index.touchpoint_positions[stage_id] = position + 1
    return index.touchpoints[key]


# -- exporting ------------------------------------------------------------------------------
def template_records(ws: Workspace, template_id: str) -> ParsedTemplate:
    """A stored template as the plain records a workbook holds (criteria in their stored order)."""
    from cxdesk.checklists import load_checklist

    checklist = load_checklist(ws, template_id)
    summary = checklist.template
    general = "Общее" if summary.language == "ru" else "General"
    placed = [(c, stage, group) for stage in checklist.stages for group in stage.groups
              for c in group.criteria]
    # the template's own order (the rows of the workbook it came from), not the view's
    placed.sort(key=lambda item: item[0].position)
    criteria = []
    for c, stage, group in placed:
        touchpoint = group.name if c.touchpoint_id else ""
        section = c.section or ("" if touchpoint else general)
        criteria.append(CriterionRow(
            text=c.text, stage=stage.name if c.stage_id else "", touchpoint=touchpoint,
            section=section, should_be=c.should_be, should_not_be=c.should_not_be,
            channel=c.channel, interaction=c.interaction, answer_type=c.answer_type,
            choices=tuple((ch.label, ch.points) for ch in c.choices), unit=c.unit,
            threshold=c.threshold, direction=c.direction, weight=c.weight,
            critical=c.critical, required_checks=c.required_checks, photo=c.photo))
    return ParsedTemplate(name=summary.name, language=summary.language,
                          map_name=summary.map_name, description=summary.description,
                          criteria=tuple(criteria))


def export_template(ws: Workspace, template_id: str, path: str | os.PathLike[str]) -> None:
    """Write a template in the workbook format: Russian headers and values for a Russian
    template, English otherwise; either way it imports back to the same criteria."""
    records_ = template_records(ws, template_id)
    if Path(path).resolve() == Path(ws.path).resolve():
        raise InvalidValue(f"{path}: is the workspace itself; write the template to another file")
    write_template_workbook(records_, path)


_WIDTHS = {"stage": 26, "touchpoint": 30, "section": 20, "criterion": 50, "should_be": 48,
           "should_not_be": 48, "answer": 34, "required_checks": 16, "direction": 18}
_WRAPPED = {"criterion", "should_be", "should_not_be", "answer"}


def _cell_value(key: str, crit: CriterionRow, russian: bool) -> Any:
    values = _RU_VALUES if russian else _EN_VALUES
    raw: Any = {
        "stage": crit.stage, "touchpoint": crit.touchpoint, "section": crit.section,
        "criterion": crit.text, "should_be": crit.should_be, "should_not_be": crit.should_not_be,
        "channel": crit.channel, "interaction": crit.interaction,
        "answer": format_answer_type(crit.answer_type, crit.choices), "unit": crit.unit,
        "threshold": crit.threshold, "direction": crit.direction, "weight": crit.weight,
        "critical": crit.critical, "required_checks": crit.required_checks, "photo": crit.photo,
    }[key]
    if key in values and raw is not None:
        raw = values[key].get(raw, raw)
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return None if raw == "" else raw


def _put(sheet: Any, row: int, column: int, value: Any) -> Any:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = clean_text(value)
        cell.value = value
        cell.data_type = "s"  # user text is a string, never a formula even if it starts "="
    else:
        cell.value = value
    return cell


def write_template_workbook(template: ParsedTemplate, path: str | os.PathLike[str]) -> None:
    """Write the records as a template workbook (atomically: a finished file or none)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    russian = template.language == "ru"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = CRITERIA_SHEET
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DCE6F1")
    for col, (_, en, ru) in enumerate(COLUMNS, start=1):
        cell = _put(sheet, 1, col, ru if russian else en)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    for r, crit in enumerate(template.criteria, start=2):
        for col, (key, _, _) in enumerate(COLUMNS, start=1):
            cell = _put(sheet, r, col, _cell_value(key, crit, russian))
            cell.alignment = wrap if key in _WRAPPED else top
    last_row = max(2, len(template.criteria) + 1)
    for col, (key, en, ru) in enumerate(COLUMNS, start=1):
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = _WIDTHS.get(key, max(12, len(ru if russian
                                                                            else en) + 3))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last_row}"
    lists = {
        "channel": ("онлайн,офлайн" if russian else "online,offline"),
        "interaction": ("человек,продукт" if russian else "person,product"),
        "critical": ("да,нет" if russian else "yes,no"),
        "photo": ("нет,по желанию,обязательно" if russian else "none,optional,required"),
        "direction": "lower_is_better,higher_is_better",
    }
    for col, (key, _, _) in enumerate(COLUMNS, start=1):
        if key in lists:
            rule = DataValidation(type="list", formula1=f'"{lists[key]}"', allow_blank=True)
            letter = get_column_letter(col)
            rule.add(f"{letter}2:{letter}{max(last_row, 500)}")
            sheet.add_data_validation(rule)
    settings = workbook.create_sheet(TEMPLATE_SHEET)
    for r, (key, value) in enumerate((("name", template.name), ("language", template.language),
                                      ("map", template.map_name),
                                      ("description", template.description)), start=1):
        _put(settings, r, 1, key).font = bold
        _put(settings, r, 2, value or None)
    settings.column_dimensions["A"].width = 14
    settings.column_dimensions["B"].width = 70
    _save(workbook, Path(path))


def _save(workbook: Any, path: Path) -> None:
    """Write through a temporary file in the same folder; errors name ``path``, not it."""
    if path.is_dir():
        raise InvalidValue(f"{path}: is a folder; name the .xlsx file to write")
    if not path.parent.is_dir():
        raise InvalidValue(f"{path}: the folder {path.parent} does not exist")
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".cxdesk-", suffix=".xlsx.tmp", dir=path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        workbook.save(tmp)
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        raise InvalidValue(f"{path}: cannot be written ({exc.strerror or exc})") from None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


__all__ = ["COLUMNS", "CriterionRow", "ParsedTemplate", "Problem", "TemplateFileError",
           "export_template", "import_template", "read_template_workbook", "template_records",
           "write_template_workbook"]
