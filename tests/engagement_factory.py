"""A small, fully known engagement built with the core's own operations (no demo needed)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from cxdesk import engagements, records
from cxdesk.workspace import Workspace


@dataclass
class Built:
    engagement_id: str
    own_id: str
    competitor_ids: list[str]
    location_id: str
    segment_id: str
    touchpoint_ids: list[str]
    check_ids: dict[str, list[str]] = field(default_factory=dict)  # by subject id
    assignment_ids: list[str] = field(default_factory=list)


def build_engagement(ws: Workspace, *, name: str = "Audit «North Motors», Q4 2026") -> Built:
    """Own company + 2 competitors; a map of 2 stages and 3 touchpoints; a template of 3
    criteria (one critical); checks with answers; findings; actions; a photo; feedback."""
    eng = engagements.create_engagement(
        ws, name=name, client="North Motors", consultant="Anna Petrova",
        period_start="2026-10-01", period_end="2026-12-31", language="en")
    own = engagements.add_subject(ws, eng.id, name="North Motors", own=True)
    comp_a = engagements.add_subject(ws, eng.id, name="Competitor A")
    comp_b = engagements.add_subject(ws, eng.id, name="Competitor B")
    location = engagements.add_location(ws, eng.id, name="Showroom Lenina", subject_id=own.id,
                                        address="Lenina 1", latitude=55.7, longitude=37.6)
    segment = engagements.add_segment(ws, eng.id, name="Private buyers")
    with ws.transaction():
        map_id = records.insert(ws, "maps", {"engagement_id": eng.id, "name": "As is"})
        search = records.insert(ws, "stages", {"map_id": map_id, "name": "Search", "position": 0})
        buy = records.insert(ws, "stages", {"map_id": map_id, "name": "Purchase", "position": 1})
        tps = [
            records.insert(ws, "touchpoints", {"stage_id": search, "name": "Website",
                                               "channel": "online", "interaction": "product"}),
            records.insert(ws, "touchpoints", {"stage_id": buy, "name": "Reception"}),
            records.insert(ws, "touchpoints", {"stage_id": buy, "name": "Sales manager"}),
        ]
        template = records.insert(ws, "templates", {
            "engagement_id": eng.id, "map_id": map_id, "family_id": "fam", "name": "Visit"})
        criteria = [
            records.insert(ws, "criteria", {"template_id": template, "touchpoint_id": tp,
                                            "text": f"Criterion {i}", "critical": int(i == 2),
                                            "required_checks": 2, "position": i})
            for i, tp in enumerate(tps)
        ]
        built = Built(eng.id, own.id, [comp_a.id, comp_b.id], location.id, segment.id, tps)
        # own company: 2 checks; website fine, reception poor, manager fails a critical
        plans = {own.id: [(1, 0, 0), (1, 1, 0)], comp_a.id: [(1, 1, 1)], comp_b.id: []}
        for subject_id, checks in plans.items():
            built.check_ids[subject_id] = []
            for values in checks:
                assignment = records.insert(ws, "assignments", {
                    "engagement_id": eng.id, "subject_id": subject_id, "method": "visit",
                    "template_id": template, "location_id": location.id})
                check = records.insert(ws, "checks", {
                    "engagement_id": eng.id, "subject_id": subject_id, "template_id": template,
                    "method": "visit", "location_id": location.id, "assignment_id": assignment,
                    "status": "submitted"})
                built.assignment_ids.append(assignment)
                built.check_ids[subject_id].append(check)
                for criterion, value in zip(criteria, values, strict=True):
                    records.insert(ws, "answers", {"check_id": check, "criterion_id": criterion,
                                                   "value_number": value})
        records.insert(ws, "findings", {"engagement_id": eng.id, "subject_id": own.id,
                                        "touchpoint_id": tps[2], "kind": "failure",
                                        "title": "No greeting at reception",
                                        "created_at": "2026-11-01T10:00:00Z"})
        records.insert(ws, "findings", {"engagement_id": eng.id, "subject_id": comp_a.id,
                                        "kind": "best_practice_wow",
                                        "title": "Coffee while you wait",
                                        "created_at": "2026-11-02T10:00:00Z"})
        records.insert(ws, "actions", {"engagement_id": eng.id, "title": "Train receptionists",
                                       "owner": "HR", "due_date": "2026-01-15"})
        records.insert(ws, "actions", {"engagement_id": eng.id, "title": "Fix the website form",
                                       "owner": "IT", "due_date": "2099-01-01"})
        records.insert(ws, "actions", {"engagement_id": eng.id, "title": "Done already",
                                       "status": "done"})
        data = b"fake photo bytes"
        sha = hashlib.sha256(data).hexdigest()
        ws.conn.execute("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                        (sha, len(data), data))
        photo = records.insert(ws, "photos", {"sha256": sha, "mime": "image/jpeg",
                                              "size": len(data)})
        records.insert(ws, "evidence_links", {"photo_id": photo, "engagement_id": eng.id,
                                              "check_id": built.check_ids[own.id][0]})
        for score in (10, 9, 3):
            records.insert(ws, "feedback", {"engagement_id": eng.id, "score": score})
    return built


def snapshot(ws: Workspace, tables: list[str]) -> dict[str, list[tuple]]:
    """Every row of ``tables``, sorted: what must come back unchanged after an undo."""
    return {t: sorted(tuple(r) for r in ws.rows(f"SELECT * FROM {t}")) for t in tables}
