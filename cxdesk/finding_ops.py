"""Named operations on findings: create, edit and delete one (each returning what undo needs),
link the checks and answers behind it and its photos, and turn a failed criterion into a
finding in one step (``failed_answers`` offers them, ``finding_from_answer`` makes one)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.evidence import link_photo
from cxdesk.findings import CATEGORIES, FINDING_KINDS
from cxdesk.records import Removal
from cxdesk.scoring import FAIL_BELOW, SCORE_SQL
from cxdesk.workspace import Workspace

#: The columns of a finding that ``create_finding`` and ``update_finding`` accept.
FIELDS = ("kind", "category", "title", "description", "root_cause", "severity", "subject_id",
          "touchpoint_id", "problem_id")


def _validated(ws: Workspace, engagement_id: str, values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise InvalidValue(f"not a field of a finding: {', '.join(sorted(unknown))}")
    out = dict(values)
    if "kind" in out and out["kind"] not in FINDING_KINDS:
        raise InvalidValue(f"unknown kind of finding: {out['kind']!r}")
    if "category" in out:
        out["category"] = out["category"] or None
        if out["category"] is not None and out["category"] not in CATEGORIES:
            raise InvalidValue(f"unknown category: {out['category']!r}")
    if "title" in out:
        out["title"] = (out["title"] or "").strip()
        if not out["title"]:
            raise InvalidValue("a finding needs a title")
    for text in ("description", "root_cause"):
        if text in out:
            out[text] = (out[text] or "").strip()
    if "severity" in out and out["severity"] not in (1, 2, 3):
        raise InvalidValue("severity is 1 (low), 2 (medium) or 3 (high)")
    if out.get("subject_id"):
        subject = records.get(ws, "subjects", out["subject_id"], "subject")
        if subject["engagement_id"] != engagement_id:
            raise InvalidValue("the subject belongs to another engagement")
    if out.get("touchpoint_id"):
        owner = ws.scalar(
            """SELECT m.engagement_id FROM touchpoints t JOIN stages s ON s.id = t.stage_id
               JOIN maps m ON m.id = s.map_id WHERE t.id = ?""", (out["touchpoint_id"],))
        if owner is None:
            records.get(ws, "touchpoints", out["touchpoint_id"], "touchpoint")
        if owner != engagement_id:
            raise InvalidValue("the touchpoint belongs to another engagement")
    for key in ("subject_id", "touchpoint_id", "problem_id"):
        if key in out:
            out[key] = out[key] or None
    return out


def create_finding(ws: Workspace, engagement_id: str, *, kind: str, title: str,
                   description: str = "", root_cause: str = "", category: str | None = None,
                   severity: int = 2, subject_id: str | None = None,
                   touchpoint_id: str | None = None, problem_id: str | None = None) -> str:
    """Record a finding of the engagement; returns its id (``delete_finding`` undoes)."""
    records.get(ws, "engagements", engagement_id, "engagement")
    values = _validated(ws, engagement_id, {
        "kind": kind, "title": title, "description": description, "root_cause": root_cause,
        "category": category, "severity": severity, "subject_id": subject_id,
        "touchpoint_id": touchpoint_id, "problem_id": problem_id})
    with ws.transaction():
        return records.insert(ws, "findings", {"engagement_id": engagement_id, **values})


def update_finding(ws: Workspace, finding_id: str, **changes: Any) -> dict[str, Any]:
    """Change fields of a finding; returns their previous values (pass them back to undo)."""
    finding = records.get(ws, "findings", finding_id, "finding")
    values = _validated(ws, finding["engagement_id"], changes)
    with ws.transaction():
        return records.update(ws, "findings", finding_id, values)


def delete_finding(ws: Workspace, finding_id: str) -> Removal:
    """Delete a finding with its source and photo links; ``records.restore`` undoes."""
    return records.remove(ws, "findings", finding_id, "finding")


# -- what supports a finding -----------------------------------------------------------------
def link_source(ws: Workspace, finding_id: str, *, check_id: str,
                answer_id: str | None = None) -> str:
    """Name a check (and optionally one of its answers) behind a finding; an identical link is
    reused. Returns the link's id (``unlink`` undoes)."""
    finding = records.get(ws, "findings", finding_id, "finding")
    check = records.get(ws, "checks", check_id, "check")
    if check["engagement_id"] != finding["engagement_id"]:
        raise InvalidValue("the check belongs to another engagement")
    if answer_id and records.get(ws, "answers", answer_id, "answer")["check_id"] != check_id:
        raise InvalidValue("the answer belongs to another check")
    existing = ws.scalar(
        "SELECT id FROM finding_sources WHERE finding_id = ? AND check_id = ? AND answer_id IS ?",
        (finding_id, check_id, answer_id))
    if existing:
        return existing
    with ws.transaction():
        return records.insert(ws, "finding_sources", {
            "finding_id": finding_id, "check_id": check_id, "answer_id": answer_id})


def link_finding_photo(ws: Workspace, finding_id: str, photo_id: str, *,
                       caption: str = "") -> str:
    """Attach a stored photo to a finding as its evidence; returns the link's id."""
    finding = records.get(ws, "findings", finding_id, "finding")
    return link_photo(ws, photo_id, engagement_id=finding["engagement_id"],
                      finding_id=finding_id, caption=caption)


def unlink(ws: Workspace, link_id: str) -> Removal:
    """Remove a source link (``finding_sources``) or a photo link of a finding."""
    if ws.scalar("SELECT 1 FROM finding_sources WHERE id = ?", (link_id,)):
        return records.remove(ws, "finding_sources", link_id, "finding source")
    link = records.get(ws, "evidence_links", link_id, "photo link")
    if not link["finding_id"]:
        raise InvalidValue("the photo link is not a finding's")
    return records.remove(ws, "evidence_links", link_id, "photo link")


@dataclass(frozen=True)
class FindingSource:
    link_id: str
    check_id: str
    answer_id: str | None
    subject: str
    criterion: str  # "" when the whole check is the source
    started_at: str | None


def finding_sources(ws: Workspace, finding_id: str) -> list[FindingSource]:
    rows = ws.rows(
        """SELECT fs.id, fs.check_id, fs.answer_id, s.name, coalesce(cr.text, '') AS criterion,
                  c.started_at
           FROM finding_sources fs JOIN checks c ON c.id = fs.check_id
           JOIN subjects s ON s.id = c.subject_id
           LEFT JOIN answers a ON a.id = fs.answer_id
           LEFT JOIN criteria cr ON cr.id = a.criterion_id
           WHERE fs.finding_id = ? ORDER BY fs.created_at""", (finding_id,))
    return [FindingSource(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]


def finding_photo_ids(ws: Workspace, finding_id: str) -> list[str]:
    return [r[0] for r in ws.rows(
        "SELECT photo_id FROM evidence_links WHERE finding_id = ? ORDER BY position, created_at",
        (finding_id,))]


# -- failed criteria offered as findings -----------------------------------------------------
@dataclass(frozen=True)
class FailedAnswer:
    """An answer scoring below the pass mark that no finding names yet."""

    answer_id: str
    check_id: str
    criterion_id: str
    criterion: str
    critical: bool
    score: float
    comment: str
    subject_id: str
    subject: str
    own: bool
    touchpoint_id: str | None
    touchpoint: str
    stage: str
    section: str
    method: str
    started_at: str | None
    location: str


_FAILED_SQL = f"""
    WITH best AS (SELECT criterion_id, max(points) AS points FROM criterion_choices
                  GROUP BY criterion_id)
    SELECT * FROM (
        SELECT a.id AS answer_id, a.check_id, a.criterion_id, cr.text AS criterion,
               cr.critical, a.comment, c.subject_id, s.name AS subject, s.own,
               cr.touchpoint_id, coalesce(tp.name, '') AS touchpoint,
               coalesce(st.name, cst.name, '') AS stage, cr.section, c.method, c.started_at,
               coalesce(l.name, '') AS location, cr.position,
               {SCORE_SQL} AS score
        FROM answers a
        JOIN checks c ON c.id = a.check_id
        JOIN subjects s ON s.id = c.subject_id
        JOIN criteria cr ON cr.id = a.criterion_id
        LEFT JOIN touchpoints tp ON tp.id = cr.touchpoint_id
        LEFT JOIN stages st ON st.id = tp.stage_id
        LEFT JOIN stages cst ON cst.id = cr.stage_id
        LEFT JOIN locations l ON l.id = c.location_id
        LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
        LEFT JOIN best b ON b.criterion_id = a.criterion_id
        WHERE c.engagement_id = ? {{where}}
          AND NOT EXISTS (SELECT 1 FROM finding_sources fs WHERE fs.answer_id = a.id)
        LIMIT -1 OFFSET 0)
    WHERE score < ?
    ORDER BY own DESC, subject, started_at, check_id, position"""


def _failed(row: Any) -> FailedAnswer:
    return FailedAnswer(
        answer_id=row["answer_id"], check_id=row["check_id"], criterion_id=row["criterion_id"],
        criterion=row["criterion"], critical=bool(row["critical"]), score=row["score"],
        comment=row["comment"], subject_id=row["subject_id"], subject=row["subject"],
        own=bool(row["own"]), touchpoint_id=row["touchpoint_id"], touchpoint=row["touchpoint"],
        stage=row["stage"], section=row["section"], method=row["method"],
        started_at=row["started_at"], location=row["location"])


def failed_answers(ws: Workspace, engagement_id: str, *,
                   check_id: str | None = None) -> list[FailedAnswer]:
    """Answers of the engagement's checks (or of one check) scoring below the pass mark (see
    ``cxdesk.scoring``) that are not yet behind any finding: own company first."""
    where, params = ("AND a.check_id = ?", [check_id]) if check_id else ("", [])
    rows = ws.rows(_FAILED_SQL.format(where=where),
                   [engagement_id, *params, FAIL_BELOW])
    return [_failed(r) for r in rows]


def finding_from_answer(ws: Workspace, answer_id: str) -> str:
    """Make a 'failure' finding of a failed answer: titled by the criterion, at the check's
    subject and the criterion's touchpoint, the comment as description, severity high for a
    critical criterion; the answer becomes its source and the answer's photos its evidence.
    Returns the finding's id (``delete_finding`` undoes all of it)."""
    answer = records.get(ws, "answers", answer_id, "answer")
    check = records.get(ws, "checks", answer["check_id"], "check")
    criterion = records.get(ws, "criteria", answer["criterion_id"], "criterion")
    photos = [r[0] for r in ws.rows(
        """SELECT DISTINCT photo_id FROM evidence_links
           WHERE check_id = ? AND criterion_id = ? AND finding_id IS NULL
           ORDER BY position, created_at""", (check["id"], criterion["id"]))]
    with ws.transaction():
        finding_id = create_finding(
            ws, check["engagement_id"], kind="failure", title=criterion["text"],
            description=answer["comment"], severity=3 if criterion["critical"] else 2,
            subject_id=check["subject_id"], touchpoint_id=criterion["touchpoint_id"])
        records.insert(ws, "finding_sources", {
            "finding_id": finding_id, "check_id": check["id"], "answer_id": answer_id})
        for photo_id in photos:
            link_photo(ws, photo_id, engagement_id=check["engagement_id"],
                       finding_id=finding_id)
    return finding_id


def touchpoint_choices(ws: Workspace, engagement_id: str) -> list[tuple[str, str]]:
    """(id, "Stage › Touchpoint") of the engagement's touchpoints, in journey order."""
    return [(r[0], f"{r[1]} › {r[2]}") for r in ws.rows(
        """SELECT tp.id, st.name, tp.name FROM touchpoints tp
           JOIN stages st ON st.id = tp.stage_id JOIN maps m ON m.id = st.map_id
           WHERE m.engagement_id = ?
           ORDER BY m.position, m.created_at, st.position, tp.position, tp.created_at""",
        (engagement_id,))]


def answer_has_finding(ws: Workspace, answer_id: str) -> bool:
    """Whether a finding names this answer as its source already."""
    return ws.scalar("SELECT 1 FROM finding_sources WHERE answer_id = ? LIMIT 1",
                     (answer_id,)) is not None
