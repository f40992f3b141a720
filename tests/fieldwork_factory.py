"""An engagement made for fieldwork: a checklist with one criterion of every answer type,
grouped under two touchpoints and a general section, one of them needing a photo."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from cxdesk import engagements, records
from cxdesk.workspace import Workspace


@dataclass
class Field:
    engagement_id: str
    own_id: str
    competitor_id: str
    location_id: str
    template_id: str
    assignment_id: str
    criteria: dict[str, str] = field(default_factory=dict)  # key -> criterion id
    choices: dict[str, str] = field(default_factory=dict)  # label -> choice id


# key, touchpoint (or None: the section "Appearance"), answer type, extra columns
CRITERIA = [
    ("greeting", "Reception", "yes_no", {"critical": 1, "text": "Greeted within 30 seconds",
                                         "should_be": "Stands up, smiles, introduces",
                                         "should_not_be": "Keeps talking on the phone"}),
    ("drink", "Reception", "yes_no", {"text": "Offered a drink"}),
    ("politeness", "Reception", "scale_0_10", {"text": "Politeness"}),
    ("needs", "Sales manager", "scale_1_5", {"text": "Asked about needs"}),
    ("wait", "Sales manager", "number", {"text": "Waiting time", "unit": "min",
                                         "threshold": 5, "direction": "lower_is_better"}),
    ("offer", "Sales manager", "choice", {"text": "Test drive offered"}),
    ("clean", None, "yes_no", {"text": "Showroom clean", "photo": "required"}),
    ("extras", None, "text", {"text": "Extra services noticed"}),
]


def build_field(ws: Workspace) -> Field:
    eng = engagements.create_engagement(ws, name="Audit «North Motors»", consultant="Anna",
                                        language="en")
    own = engagements.add_subject(ws, eng.id, name="North Motors", own=True)
    comp = engagements.add_subject(ws, eng.id, name="Competitor B")
    loc = engagements.add_location(ws, eng.id, name="Showroom Lenina", subject_id=comp.id)
    with ws.transaction():
        map_id = records.insert(ws, "maps", {"engagement_id": eng.id, "name": "As is"})
        stage = records.insert(ws, "stages", {"map_id": map_id, "name": "Purchase"})
        tps = {name: records.insert(ws, "touchpoints", {"stage_id": stage, "name": name,
                                                        "position": i})
               for i, name in enumerate(("Reception", "Sales manager"))}
        template = records.insert(ws, "templates", {
            "engagement_id": eng.id, "map_id": map_id, "family_id": "fam", "name": "Visit"})
        assignment = records.insert(ws, "assignments", {
            "engagement_id": eng.id, "subject_id": comp.id, "location_id": loc.id,
            "template_id": template, "method": "visit", "shopper": "Ivan",
            "scenario": "Family car", "due_date": "2026-11-20"})
        built = Field(eng.id, own.id, comp.id, loc.id, template, assignment)
        for position, (key, tp, kind, extra) in enumerate(CRITERIA):
            built.criteria[key] = records.insert(ws, "criteria", {
                "template_id": template, "touchpoint_id": tps[tp] if tp else None,
                "section": "" if tp else "Appearance", "answer_type": kind,
                "position": position, **extra})
        for i, (label, points) in enumerate((("Yes, at once", 2), ("When asked", 1),
                                             ("No", 0))):
            built.choices[label] = records.insert(ws, "criterion_choices", {
                "criterion_id": built.criteria["offer"], "label": label, "points": points,
                "position": i})
    return built


def png_bytes(colour: tuple[int, int, int] = (200, 40, 40), size=(64, 48)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()
