"""Writes the demo's setting: the engagement, subjects, locations, segments, the journey map
(stages, touchpoints, flows, barriers) and the checklist template with its criteria."""

from __future__ import annotations

from typing import Any

from cxdesk import records
from cxdesk.demo import content
from cxdesk.workspace import Workspace, new_id


def _insert(ws: Workspace, table: str, values: dict[str, Any]) -> str:
    return records.insert(ws, table, values)


def write_setting(ws: Workspace) -> dict[str, Any]:
    """Insert everything that does not grow with the scale; returns the ids by demo key."""
    ids: dict[str, Any] = {"subjects": {}, "locations": {}, "segments": {}, "stages": {},
                           "touchpoints": {}, "criteria": {}, "choices": {}}
    ids["engagement"] = engagement = _insert(ws, "engagements", dict(content.ENGAGEMENT))
    for position, (key, name, own, notes) in enumerate(content.SUBJECTS):
        ids["subjects"][key] = _insert(ws, "subjects", {
            "engagement_id": engagement, "name": name, "own": int(own), "position": position,
            "notes": notes})
    for key, subject, name, kind, address, lat, lon in content.LOCATIONS:
        ids["locations"][key] = _insert(ws, "locations", {
            "engagement_id": engagement, "subject_id": ids["subjects"][subject], "name": name,
            "kind": kind, "address": address, "latitude": lat, "longitude": lon})
    for key, name, description in content.SEGMENTS:
        ids["segments"][key] = _insert(ws, "segments", {
            "engagement_id": engagement, "name": name, "description": description})
    ids["map"] = map_id = _insert(ws, "maps", {
        "engagement_id": engagement, "segment_id": ids["segments"][content.MAP["segment"]],
        "name": content.MAP["name"], "kind": content.MAP["kind"], "position": 0})
    for position, (key, name, description) in enumerate(content.STAGES):
        ids["stages"][key] = _insert(ws, "stages", {
            "map_id": map_id, "name": name, "description": description, "position": position})
    stage_of: dict[str, str] = {}
    positions: dict[str, int] = {}
    for key, stage, name, channel, interaction, department, standard, emotion, description in (
            content.TOUCHPOINTS):
        stage_of[key] = stage
        positions[stage] = positions.get(stage, -1) + 1
        ids["touchpoints"][key] = _insert(ws, "touchpoints", {
            "stage_id": ids["stages"][stage], "name": name, "description": description,
            "channel": channel, "interaction": interaction, "department": department,
            "has_standard": int(bool(standard)), "standard_text": standard, "emotion": emotion,
            "position": positions[stage]})
    for source, target, kind, label in content.FLOWS:
        _insert(ws, "flows", {"map_id": map_id, "source_id": ids["touchpoints"][source],
                              "target_id": ids["touchpoints"][target], "kind": kind,
                              "label": label})
    for touchpoint, description, kind, severity in content.BARRIERS:
        _insert(ws, "barriers", {"touchpoint_id": ids["touchpoints"][touchpoint],
                                 "description": description, "kind": kind,
                                 "severity": severity})
    ids["template"] = _write_template(ws, engagement, map_id, ids, stage_of)
    return ids


def _write_template(ws: Workspace, engagement: str, map_id: str, ids: dict[str, Any],
                    stage_of: dict[str, str]) -> str:
    touchpoint_rows = {t[0]: t for t in content.TOUCHPOINTS}
    template = _insert(ws, "templates", {
        "engagement_id": engagement, "map_id": map_id, "family_id": new_id(), "version": 1,
        "name": content.TEMPLATE["name"], "language": "ru", "status": "current",
        "description": content.TEMPLATE["description"]})
    for position, crit in enumerate(content.CRITERIA_BY_KEY.values()):
        on_touchpoint = crit.place in content.TOUCHPOINT_KEYS
        channel = interaction = None
        if on_touchpoint:
            channel, interaction = touchpoint_rows[crit.place][3:5]
        values: dict[str, Any] = {
            "template_id": template,
            "stage_id": ids["stages"][stage_of[crit.place]] if on_touchpoint else None,
            "touchpoint_id": ids["touchpoints"][crit.place] if on_touchpoint else None,
            "section": "" if on_touchpoint else crit.place, "position": position,
            "text": crit.text, "should_be": crit.should_be, "should_not_be": crit.should_not_be,
            "channel": channel, "interaction": interaction, "answer_type": crit.kind,
            "weight": crit.weight, "critical": crit.critical,
            "required_checks": crit.required_checks, "photo": crit.photo,
        }
        if crit.kind == "number":
            _, values["unit"], values["threshold"], values["direction"] = crit.answer
        ids["criteria"][crit.key] = criterion = _insert(ws, "criteria", values)
        if crit.kind == "choice":
            ids["choices"][crit.key] = [
                _insert(ws, "criterion_choices", {"criterion_id": criterion, "label": label,
                                                  "points": points, "position": i})
                for i, (label, points) in enumerate(crit.answer[1])]
    return template
