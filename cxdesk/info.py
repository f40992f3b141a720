"""The workspace summary that ``main.py info --json`` prints (shape fixed by docs/CLI.md)."""

from __future__ import annotations

from typing import Any

from cxdesk.coverage import coverage
from cxdesk.nps import nps
from cxdesk.rounding import round_half_away
from cxdesk.workspace import Workspace

#: An answer counts as given when it is N/A or holds any value.
GIVEN = ("(a.not_applicable = 1 OR a.value_number IS NOT NULL OR a.value_text IS NOT NULL"
         " OR a.choice_id IS NOT NULL)")


def engagement_info(ws: Workspace, engagement: dict[str, Any]) -> dict[str, Any]:
    eid = engagement["id"]
    subjects = [
        {"id": r["id"], "name": r["name"], "own": bool(r["own"])}
        for r in ws.rows("SELECT id, name, own FROM subjects WHERE engagement_id = ?"
                         " ORDER BY own DESC, position, name", (eid,))
    ]
    maps = [
        {"id": r["id"], "name": r["name"], "kind": r["kind"],
         "touchpoints": r["touchpoints"], "flows": r["flows"]}
        for r in ws.rows(
            """SELECT m.id, m.name, m.kind,
                  (SELECT count(*) FROM touchpoints t JOIN stages s ON s.id = t.stage_id
                   WHERE s.map_id = m.id) AS touchpoints,
                  (SELECT count(*) FROM flows f WHERE f.map_id = m.id) AS flows
               FROM maps m WHERE m.engagement_id = ? ORDER BY m.position, m.name""", (eid,))
    ]
    templates = [
        {"id": r["id"], "name": r["name"], "criteria": r["criteria"], "version": r["version"],
         "status": r["status"]}
        for r in ws.rows(
            """SELECT t.id, t.name, t.version, t.status,
                  (SELECT count(*) FROM criteria c WHERE c.template_id = t.id) AS criteria
               FROM templates t WHERE t.engagement_id = ? ORDER BY t.name, t.version""", (eid,))
    ]
    checks = [
        {"id": r["id"], "subject_id": r["subject_id"], "location": r["location"],
         "method": r["method"], "status": r["status"], "template_id": r["template_id"],
         "started_at": r["started_at"], "auditor": r["auditor"]}
        for r in ws.rows(
            """SELECT c.id, c.subject_id, l.name AS location, c.method, c.status, c.template_id,
                      c.started_at, c.auditor
               FROM checks c LEFT JOIN locations l ON l.id = c.location_id
               WHERE c.engagement_id = ? ORDER BY c.started_at, c.id""", (eid,))
    ]
    answers = ws.scalar(
        f"SELECT count(*) FROM answers a JOIN checks c ON c.id = a.check_id"
        f" WHERE c.engagement_id = ? AND {GIVEN}", (eid,))
    photos = ws.scalar(
        "SELECT count(DISTINCT p.sha256) FROM evidence_links e JOIN photos p ON p.id = e.photo_id"
        " WHERE e.engagement_id = ? AND p.kind = 'photo'", (eid,))  # not recordings, documents
    cov = coverage(ws, eid)
    scores = [r[0] for r in ws.rows(
        """SELECT f.score FROM feedback f LEFT JOIN subjects s ON s.id = f.subject_id
           WHERE f.engagement_id = ? AND (f.subject_id IS NULL OR s.own = 1)""", (eid,))]
    result = nps(scores)
    return {
        "id": eid, "name": engagement["name"], "client": engagement["client"],
        "period": [engagement["period_start"], engagement["period_end"]],
        "subjects": subjects, "maps": maps, "templates": templates, "checks": checks,
        "answers": answers, "photos": photos,
        "findings": ws.scalar("SELECT count(*) FROM findings WHERE engagement_id = ?", (eid,)),
        "actions": ws.scalar("SELECT count(*) FROM actions WHERE engagement_id = ?", (eid,)),
        "coverage": {"done": cov.done, "required": cov.required},
        "nps": None if result is None else {
            "value": round_half_away(result.value, 1), "n": result.n,
            "margin": round_half_away(result.margin, 1)},
    }


def workspace_info(ws: Workspace) -> dict[str, Any]:
    engagements = ws.rows("SELECT * FROM engagements ORDER BY created_at, name")
    return {
        "schema_version": ws.schema_version,
        "workspace_id": ws.workspace_id,
        "engagements": [engagement_info(ws, dict(e)) for e in engagements],
    }
