"""Employee results from a check made with the employee assessment template (the ready
template's sections "Product knowledge", "Knowledge of standards", "Customer orientation:
cases", in English or Russian): the check's answers are scored by section, and each section
that names an assessment area becomes one result of the employee, out of 10."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk import records
from cxdesk.employees import add_assessment
from cxdesk.errors import InvalidValue
from cxdesk.scoring import SCORE_SQL
from cxdesk.workspace import Workspace

#: Word stems of a section's name (lower case) that name each assessment area.
SECTION_AREAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("customer_orientation", ("customer", "клиентоориент", "case", "кейс")),
    ("standards_knowledge", ("standard", "стандарт")),
    ("product_knowledge", ("product", "продукт")),
    ("engagement", ("engagement", "вовлеч")),
)


@dataclass(frozen=True)
class SectionResult:
    area: str
    score: float  # 0…10
    answers: int


def area_of_section(section: str) -> str | None:
    name = section.lower().replace("ё", "е")
    for area, stems in SECTION_AREAS:
        if any(stem in name for stem in stems):
            return area
    return None


def check_results(ws: Workspace, check_id: str) -> list[SectionResult]:
    """The check's weighted answer scores per assessment area (0…10), in area order."""
    records.get(ws, "checks", check_id, "check")
    sums: dict[str, list[float]] = {}
    for section, weight, score in ws.rows(
        f"""WITH best AS (SELECT criterion_id, max(points) AS points FROM criterion_choices
                          GROUP BY criterion_id)
            SELECT cr.section, cr.weight, {SCORE_SQL} AS score
            FROM answers a JOIN criteria cr ON cr.id = a.criterion_id
            LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
            LEFT JOIN best b ON b.criterion_id = a.criterion_id
            WHERE a.check_id = ?""", (check_id,)):
        area = area_of_section(section or "")
        if area is None or score is None:
            continue
        total = sums.setdefault(area, [0.0, 0.0, 0])
        total[0] += weight * score
        total[1] += weight
        total[2] += 1
    order = [a for a, _ in SECTION_AREAS]
    return [SectionResult(area, round(10 * w / ws_, 1), int(n))
            for area, (w, ws_, n) in sorted(sums.items(), key=lambda kv: order.index(kv[0]))
            if ws_ > 0]


def results_from_check(ws: Workspace, employee_id: str, check_id: str) -> list[str]:
    """Record the employee's results of a check (one per area its sections cover); returns
    the new assessment ids. Refused when the check has no answers in such sections."""
    employee = records.get(ws, "employees", employee_id, "employee")
    check = records.get(ws, "checks", check_id, "check")
    if check["engagement_id"] != employee["engagement_id"]:
        raise InvalidValue("the check belongs to another engagement")
    found = check_results(ws, check_id)
    if not found:
        raise InvalidValue("the check has no scored answers in employee assessment sections "
                           "(product knowledge, standards, customer orientation)")
    day = (check["started_at"] or "")[:10] or None
    with ws.transaction():
        return [add_assessment(ws, employee_id, area=r.area, score=r.score, max_score=10.0,
                               assessed_on=day, check_id=check_id,
                               notes=f"{r.answers} answers") for r in found]


def assessment_checks(ws: Workspace, engagement_id: str) -> list[tuple[str, str]]:
    """(id, "date · template · location") of the engagement's checks whose template has
    criteria in employee assessment sections, newest first."""
    found = []
    for r in ws.rows(
        """SELECT c.id, c.started_at, t.name AS template, coalesce(l.name, '') AS location,
                  group_concat(DISTINCT cr.section) AS sections
           FROM checks c JOIN templates t ON t.id = c.template_id
           JOIN criteria cr ON cr.template_id = t.id
           LEFT JOIN locations l ON l.id = c.location_id
           WHERE c.engagement_id = ? AND cr.section != ''
           GROUP BY c.id ORDER BY c.started_at DESC""", (engagement_id,)):
        if any(area_of_section(s) for s in (r["sections"] or "").split(",")):
            label = " · ".join(x for x in ((r["started_at"] or "")[:10], r["template"],
                                           r["location"]) if x)
            found.append((r["id"], label))
    return found
