"""The people at the front line (DOMAIN.md §6): employees (a code is enough, names are
optional), their assessment results by area, the training register (who, when, what; the last
training of each; a calendar by month), and the consultant's conclusions per area."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.records import Removal
from cxdesk.voice_common import check_refs, iso_date, only_fields, text
from cxdesk.workspace import Workspace

#: Areas with measured results (tests, cases, the engagement survey).
ASSESSMENT_AREAS = ("product_knowledge", "standards_knowledge", "customer_orientation",
                    "engagement")
#: Areas the conclusions cover (DOMAIN.md §6), in report order.
CONCLUSION_AREAS = (*ASSESSMENT_AREAS, "hiring", "training", "kpi_motivation",
                    "working_conditions")
EMPLOYEE_FIELDS = ("code", "name", "role", "subject_id", "location_id")
ASSESSMENT_FIELDS = ("area", "score", "max_score", "assessed_on", "notes", "check_id")
TRAINING_FIELDS = ("held_on", "topic", "trainer")


@dataclass(frozen=True)
class EmployeeRow:
    id: str
    code: str
    name: str = ""
    role: str = ""
    subject_id: str | None = None
    subject: str = ""
    location_id: str | None = None
    location: str = ""
    results: dict[str, float] = field(default_factory=dict)  # area → mean % of max
    last_training_on: str | None = None
    last_training: str = ""
    trainings: int = 0

    @property
    def label(self) -> str:
        return f"{self.code} · {self.name}" if self.name else self.code


@dataclass(frozen=True)
class AssessmentRow:
    id: str
    employee_id: str
    employee: str  # code
    area: str
    score: float
    max_score: float
    assessed_on: str | None
    notes: str
    check_id: str | None

    @property
    def percent(self) -> float:
        return 100 * self.score / self.max_score


@dataclass(frozen=True)
class AreaResult:
    area: str
    mean: float | None  # mean % over employees assessed
    employees: int
    lowest: float | None
    highest: float | None


@dataclass(frozen=True)
class TrainingRow:
    id: str
    held_on: str | None
    topic: str
    trainer: str
    participant_ids: tuple[str, ...]
    participants: tuple[str, ...]  # codes

    @property
    def month(self) -> str:
        return (self.held_on or "")[:7]


# -- employees --------------------------------------------------------------------------------
def _employee_values(ws: Workspace, engagement_id: str, values: dict[str, Any],
                     ident: str | None = None) -> dict[str, Any]:
    only_fields(values, EMPLOYEE_FIELDS, "an employee")
    out = dict(values)
    for key in ("code", "name", "role"):
        if key in out:
            out[key] = text(out[key])
    if "code" in out:
        if not out["code"]:
            raise InvalidValue("an employee needs a code (a name is optional)")
        codes = {r[0].casefold() for r in ws.rows(
            "SELECT code FROM employees WHERE engagement_id = ? AND id IS NOT ?",
            (engagement_id, ident))}
        if out["code"].casefold() in codes:
            raise InvalidValue(f"there is an employee with the code {out['code']!r} already")
    check_refs(ws, engagement_id, out, {"subject_id": "subjects", "location_id": "locations"})
    return out


def add_employee(ws: Workspace, engagement_id: str, *, code: str, name: str = "",
                 role: str = "", subject_id: str | None = None,
                 location_id: str | None = None) -> str:
    records.get(ws, "engagements", engagement_id, "engagement")
    out = _employee_values(ws, engagement_id, {"code": code, "name": name, "role": role,
                                               "subject_id": subject_id,
                                               "location_id": location_id})
    with ws.transaction():
        return records.insert(ws, "employees", {"engagement_id": engagement_id, **out})


def update_employee(ws: Workspace, employee_id: str, **changes: Any) -> dict[str, Any]:
    row = records.get(ws, "employees", employee_id, "employee")
    out = _employee_values(ws, row["engagement_id"], changes, employee_id)
    with ws.transaction():
        return records.update(ws, "employees", employee_id, out)


def remove_employee(ws: Workspace, employee_id: str) -> Removal:
    """Remove an employee with their assessments and training participation (undo restores)."""
    return records.remove(ws, "employees", employee_id, "employee")


def list_employees(ws: Workspace, engagement_id: str) -> list[EmployeeRow]:
    results: dict[str, dict[str, list[float]]] = {}
    for r in ws.rows(
        """SELECT a.employee_id, a.area, 100.0 * a.score / a.max_score AS pct
           FROM employee_assessments a JOIN employees e ON e.id = a.employee_id
           WHERE e.engagement_id = ?""", (engagement_id,)):
        results.setdefault(r[0], {}).setdefault(r[1], []).append(r[2])
    return [EmployeeRow(
        id=r["id"], code=r["code"], name=r["name"], role=r["role"], subject_id=r["subject_id"],
        subject=r["subject"], location_id=r["location_id"], location=r["location"],
        results={area: sum(v) / len(v) for area, v in results.get(r["id"], {}).items()},
        last_training_on=r["last_on"], last_training=r["last_topic"] or "",
        trainings=r["trainings"],
    ) for r in ws.rows(
        """SELECT e.*, coalesce(s.name, '') AS subject, coalesce(l.name, '') AS location,
              (SELECT count(*) FROM training_participants p WHERE p.employee_id = e.id)
                  AS trainings,
              (SELECT t.held_on FROM training_participants p JOIN trainings t
                  ON t.id = p.training_id WHERE p.employee_id = e.id
                  ORDER BY t.held_on DESC LIMIT 1) AS last_on,
              (SELECT t.topic FROM training_participants p JOIN trainings t
                  ON t.id = p.training_id WHERE p.employee_id = e.id
                  ORDER BY t.held_on DESC LIMIT 1) AS last_topic
           FROM employees e LEFT JOIN subjects s ON s.id = e.subject_id
           LEFT JOIN locations l ON l.id = e.location_id
           WHERE e.engagement_id = ? ORDER BY l.name, e.code""", (engagement_id,))]


# -- assessments ------------------------------------------------------------------------------
def _assessment_values(ws: Workspace, engagement_id: str, values: dict[str, Any],
                       before: dict[str, Any] | None = None) -> dict[str, Any]:
    only_fields(values, ASSESSMENT_FIELDS, "an assessment")
    out = dict(values)
    if "area" in out and out["area"] not in ASSESSMENT_AREAS:
        raise InvalidValue(f"the area is one of {', '.join(ASSESSMENT_AREAS)}")
    for key in ("score", "max_score"):
        if key in out:
            try:
                out[key] = float(out[key])
            except (TypeError, ValueError):
                raise InvalidValue(f"the {key.replace('_', ' ')} is a number") from None
    score = out.get("score", before["score"] if before else 0.0)
    top = out.get("max_score", before["max_score"] if before else 10.0)
    if top <= 0 or not 0 <= score <= top:
        raise InvalidValue(f"the score is from 0 to the maximum ({top:g}), not {score:g}")
    if "assessed_on" in out:
        out["assessed_on"] = iso_date(out["assessed_on"], "assessment date")
    if "notes" in out:
        out["notes"] = text(out["notes"])
    check_refs(ws, engagement_id, out, {"check_id": "checks"})
    return out


def add_assessment(ws: Workspace, employee_id: str, *, area: str, score: float,
                   max_score: float = 10.0, assessed_on: str | None = None, notes: str = "",
                   check_id: str | None = None) -> str:
    """Record one result of an employee in an area (a test, a case, a survey, or the employee
    part of a check); returns its id."""
    employee = records.get(ws, "employees", employee_id, "employee")
    out = _assessment_values(ws, employee["engagement_id"], {
        "area": area, "score": score, "max_score": max_score, "assessed_on": assessed_on,
        "notes": notes, "check_id": check_id})
    with ws.transaction():
        return records.insert(ws, "employee_assessments", {"employee_id": employee_id, **out})


def update_assessment(ws: Workspace, assessment_id: str, **changes: Any) -> dict[str, Any]:
    row = records.get(ws, "employee_assessments", assessment_id, "assessment")
    employee = records.get(ws, "employees", row["employee_id"], "employee")
    out = _assessment_values(ws, employee["engagement_id"], changes, row)
    with ws.transaction():
        return records.update(ws, "employee_assessments", assessment_id, out)


def remove_assessment(ws: Workspace, assessment_id: str) -> Removal:
    return records.remove(ws, "employee_assessments", assessment_id, "assessment")


def list_assessments(ws: Workspace, engagement_id: str) -> list[AssessmentRow]:
    return [AssessmentRow(r["id"], r["employee_id"], r["code"], r["area"], r["score"],
                          r["max_score"], r["assessed_on"], r["notes"], r["check_id"])
            for r in ws.rows(
                """SELECT a.*, e.code FROM employee_assessments a
                   JOIN employees e ON e.id = a.employee_id WHERE e.engagement_id = ?
                   ORDER BY e.code, a.area, a.assessed_on""", (engagement_id,))]


def area_results(ws: Workspace, engagement_id: str) -> list[AreaResult]:
    """Per assessment area: the mean of the employees' results (each employee's own mean
    first, so one employee tested often does not weigh more), the lowest and the highest."""
    per_area: dict[str, list[float]] = {area: [] for area in ASSESSMENT_AREAS}
    for e in list_employees(ws, engagement_id):
        for area, value in e.results.items():
            per_area.setdefault(area, []).append(value)
    return [AreaResult(area, sum(v) / len(v) if v else None, len(v),
                       min(v) if v else None, max(v) if v else None)
            for area, v in per_area.items()]


# -- trainings --------------------------------------------------------------------------------
def _training_values(values: dict[str, Any]) -> dict[str, Any]:
    only_fields(values, TRAINING_FIELDS, "a training")
    out = dict(values)
    if "topic" in out:
        out["topic"] = text(out["topic"])
        if not out["topic"]:
            raise InvalidValue("a training needs a topic")
    if "trainer" in out:
        out["trainer"] = text(out["trainer"])
    if "held_on" in out:
        out["held_on"] = iso_date(out["held_on"], "training date")
    return out


def add_training(ws: Workspace, engagement_id: str, *, topic: str, held_on: str | None = None,
                 trainer: str = "", participant_ids: list[str] | tuple[str, ...] = ()) -> str:
    records.get(ws, "engagements", engagement_id, "engagement")
    out = _training_values({"topic": topic, "held_on": held_on, "trainer": trainer})
    with ws.transaction():
        training = records.insert(ws, "trainings", {"engagement_id": engagement_id, **out})
        set_participants(ws, training, participant_ids)
    return training


def update_training(ws: Workspace, training_id: str, **changes: Any) -> dict[str, Any]:
    out = _training_values(changes)
    with ws.transaction():
        return records.update(ws, "trainings", training_id, out)


def remove_training(ws: Workspace, training_id: str) -> Removal:
    return records.remove(ws, "trainings", training_id, "training")


def set_participants(ws: Workspace, training_id: str,
                     employee_ids: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Make exactly these employees the training's participants; returns the previous ones."""
    training = records.get(ws, "trainings", training_id, "training")
    wanted = list(dict.fromkeys(employee_ids))
    for ident in wanted:
        if records.get(ws, "employees", ident, "employee")["engagement_id"] \
                != training["engagement_id"]:
            raise InvalidValue("the employee belongs to another engagement")
    before = tuple(r[0] for r in ws.rows(
        "SELECT employee_id FROM training_participants WHERE training_id = ?"
        " ORDER BY created_at", (training_id,)))
    with ws.transaction():
        for ident in set(before) - set(wanted):
            ws.conn.execute("DELETE FROM training_participants WHERE training_id = ?"
                            " AND employee_id = ?", (training_id, ident))
        for ident in wanted:
            if ident not in before:
                records.insert(ws, "training_participants",
                               {"training_id": training_id, "employee_id": ident})
    return before


def list_trainings(ws: Workspace, engagement_id: str) -> list[TrainingRow]:
    """Newest first."""
    people: dict[str, list[tuple[str, str]]] = {}
    for r in ws.rows(
        """SELECT p.training_id, e.id, e.code FROM training_participants p
           JOIN employees e ON e.id = p.employee_id JOIN trainings t ON t.id = p.training_id
           WHERE t.engagement_id = ? ORDER BY e.code""", (engagement_id,)):
        people.setdefault(r[0], []).append((r[1], r[2]))
    return [TrainingRow(r["id"], r["held_on"], r["topic"], r["trainer"],
                        tuple(i for i, _ in people.get(r["id"], [])),
                        tuple(c for _, c in people.get(r["id"], [])))
            for r in ws.rows("SELECT * FROM trainings WHERE engagement_id = ?"
                             " ORDER BY held_on IS NULL, held_on DESC, topic", (engagement_id,))]


def training_calendar(ws: Workspace, engagement_id: str) -> list[tuple[str, list[TrainingRow]]]:
    """The trainings by month (``YYYY-MM``, in time order; undated ones last, month "")."""
    months: dict[str, list[TrainingRow]] = {}
    for t in sorted(list_trainings(ws, engagement_id),
                    key=lambda t: (t.held_on is None, t.held_on or "", t.topic)):
        months.setdefault(t.month, []).append(t)
    return list(months.items())


# -- conclusions ------------------------------------------------------------------------------
def conclusions(ws: Workspace, engagement_id: str) -> dict[str, str]:
    """The conclusion text per area of CONCLUSION_AREAS ("" where none is written yet)."""
    found = {r["area"]: r["text"] for r in ws.rows(
        "SELECT area, text FROM conclusions WHERE engagement_id = ? ORDER BY created_at",
        (engagement_id,))}
    return {area: found.get(area, "") for area in CONCLUSION_AREAS}


def set_conclusion(ws: Workspace, engagement_id: str, area: str, body: str) -> str:
    """Write the conclusion of an area (one per area); returns the previous text."""
    records.get(ws, "engagements", engagement_id, "engagement")
    if area not in CONCLUSION_AREAS:
        raise InvalidValue(f"the area is one of {', '.join(CONCLUSION_AREAS)}")
    row = ws.row("SELECT id, text FROM conclusions WHERE engagement_id = ? AND area = ?",
                 (engagement_id, area))
    with ws.transaction():
        if row is None:
            records.insert(ws, "conclusions", {"engagement_id": engagement_id, "area": area,
                                               "text": text(body)})
            return ""
        records.update(ws, "conclusions", row["id"], {"text": text(body)})
        return row["text"]
