"""Touchpoint checklists, read for display: a template's criteria arranged by stage and by
touchpoint (or by general section when a criterion checks no single touchpoint)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesk.errors import NotFound
from cxdesk.workspace import Workspace

ANSWER_TYPES = ("yes_no", "scale_0_10", "scale_1_5", "number", "choice", "text")
PHOTO_RULES = ("none", "optional", "required")


@dataclass(frozen=True)
class TemplateSummary:
    id: str
    name: str
    version: int
    status: str  # current | superseded
    family_id: str
    language: str = "ru"
    description: str = ""
    map_id: str | None = None
    map_name: str = ""
    criteria: int = 0
    critical: int = 0


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    points: float
    position: int = 0


@dataclass(frozen=True)
class Criterion:
    id: str
    template_id: str
    text: str
    stage_id: str | None = None
    touchpoint_id: str | None = None
    section: str = ""
    position: int = 0
    should_be: str = ""
    should_not_be: str = ""
    channel: str | None = None
    interaction: str | None = None
    answer_type: str = "yes_no"
    unit: str = ""
    threshold: float | None = None
    direction: str | None = None  # lower_is_better | higher_is_better
    weight: float = 1.0
    critical: bool = False
    required_checks: int = 1
    photo: str = "none"  # none | optional | required
    choices: tuple[Choice, ...] = ()


@dataclass
class CriteriaGroup:
    """The criteria of one touchpoint, or of one general section (``touchpoint_id`` None)."""

    name: str
    touchpoint_id: str | None = None
    criteria: list[Criterion] = field(default_factory=list)


@dataclass
class ChecklistStage:
    """A stage of the map, or the general part (``stage_id`` None) for criteria of no stage."""

    name: str
    stage_id: str | None = None
    groups: list[CriteriaGroup] = field(default_factory=list)

    @property
    def criteria(self) -> int:
        return sum(len(g.criteria) for g in self.groups)


@dataclass
class Checklist:
    template: TemplateSummary
    stages: list[ChecklistStage] = field(default_factory=list)

    def criteria(self) -> list[Criterion]:
        return [c for s in self.stages for g in s.groups for c in g.criteria]


_SUMMARY = """SELECT t.id, t.name, t.version, t.status, t.family_id, t.language, t.description,
       t.map_id, coalesce(m.name, '') AS map_name,
       (SELECT count(*) FROM criteria c WHERE c.template_id = t.id) AS criteria,
       (SELECT count(*) FROM criteria c WHERE c.template_id = t.id AND c.critical = 1) AS critical
FROM templates t LEFT JOIN maps m ON m.id = t.map_id"""


def _summary(row) -> TemplateSummary:
    return TemplateSummary(**{k: row[k] for k in row.keys()})


def list_templates(ws: Workspace, engagement_id: str) -> list[TemplateSummary]:
    """The engagement's templates: current versions first, then by name and newest version."""
    rows = ws.rows(f"{_SUMMARY} WHERE t.engagement_id = ?"
                   " ORDER BY t.status = 'superseded', t.name, t.version DESC", (engagement_id,))
    return [_summary(r) for r in rows]


def get_template(ws: Workspace, template_id: str) -> TemplateSummary:
    row = ws.row(f"{_SUMMARY} WHERE t.id = ?", (template_id,))
    if row is None:
        raise NotFound("checklist template", template_id)
    return _summary(row)


def load_checklist(ws: Workspace, template_id: str) -> Checklist:
    """The template's criteria arranged stage → touchpoint/section, each in position order."""
    checklist = Checklist(get_template(ws, template_id))
    choices: dict[str, list[Choice]] = {}
    for r in ws.rows(
        """SELECT ch.* FROM criterion_choices ch JOIN criteria c ON c.id = ch.criterion_id
           WHERE c.template_id = ? ORDER BY ch.position, ch.points DESC""", (template_id,)
    ):
        choices.setdefault(r["criterion_id"], []).append(
            Choice(r["id"], r["label"], r["points"], r["position"]))
    rows = ws.rows(
        """SELECT c.*, coalesce(c.stage_id, tp.stage_id) AS stage_ref,
                  s.name AS stage_name, s.position AS stage_pos,
                  tp.name AS tp_name, tp.position AS tp_pos
           FROM criteria c
           LEFT JOIN touchpoints tp ON tp.id = c.touchpoint_id
           LEFT JOIN stages s ON s.id = coalesce(c.stage_id, tp.stage_id)
           WHERE c.template_id = ?
           ORDER BY s.position IS NULL, s.position, tp.position IS NULL, tp.position,
                    c.position, c.text""",
        (template_id,),
    )
    stages: dict[str | None, ChecklistStage] = {}
    groups: dict[tuple[str | None, str | None, str], CriteriaGroup] = {}
    for r in rows:
        stage_id = r["stage_ref"]
        stage = stages.get(stage_id)
        if stage is None:
            stage = stages[stage_id] = ChecklistStage(r["stage_name"] or "", stage_id)
        tp_id = r["touchpoint_id"]
        key = (stage_id, tp_id, "" if tp_id else r["section"])
        group = groups.get(key)
        if group is None:
            group = groups[key] = CriteriaGroup(r["tp_name"] if tp_id else r["section"], tp_id)
            stage.groups.append(group)
        group.criteria.append(Criterion(
            id=r["id"], template_id=r["template_id"], text=r["text"], stage_id=stage_id,
            touchpoint_id=tp_id, section=r["section"], position=r["position"],
            should_be=r["should_be"], should_not_be=r["should_not_be"], channel=r["channel"],
            interaction=r["interaction"], answer_type=r["answer_type"], unit=r["unit"],
            threshold=r["threshold"], direction=r["direction"], weight=r["weight"],
            critical=bool(r["critical"]), required_checks=r["required_checks"],
            photo=r["photo"], choices=tuple(choices.get(r["id"], ())),
        ))
    checklist.stages = list(stages.values())
    return checklist
