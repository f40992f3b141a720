"""The evented journey-map model: every operation, its events, and undo data that restores the
same ids across a reopen of the workspace."""

from __future__ import annotations

import pytest
from sample_data import build_sample

from cxdesk.errors import InvalidValue, NotFound
from cxdesk.journey import load_map
from cxdesk.journey_maps import create_map, duplicate_map, remove_map
from cxdesk.journey_model import Clip, JourneyModel
from cxdesk.map_scores import map_scores
from cxdesk.workspace import Workspace


class Recorder:
    """Records every event of a model as (name, argument)."""

    def __init__(self, model: JourneyModel) -> None:
        self.seen: list[tuple[str, object]] = []
        for name in model.events.__dataclass_fields__:
            getattr(model.events, name).connect(
                lambda *args, _name=name: self.seen.append((_name, args[0] if args else None)))

    def names(self) -> list[str]:
        return [n for n, _ in self.seen]

    def clear(self) -> None:
        self.seen.clear()


@pytest.fixture
def sample(ws):
    return build_sample(ws)


@pytest.fixture
def model(ws, sample):
    return JourneyModel(ws, sample.map_id)


def reopened(ws: Workspace, map_id: str):
    """The map as a fresh connection reads it: what was persisted."""
    with Workspace.open(ws.path) as other:
        return load_map(other, map_id)


def shape(journey) -> tuple:
    return ([(s.id, s.name, s.position) for s in journey.stages],
            sorted((t.id, t.stage_id, t.name, t.position, t.emotion, t.lane_id)
                   for t in journey.touchpoints),
            sorted((f.id, f.source_id, f.target_id, f.kind) for f in journey.flows),
            sorted((b.id, b.touchpoint_id, b.description) for b in journey.barriers),
            [(la.id, la.name) for la in journey.lanes])


def test_adding_a_stage_inserts_it_and_announces_the_new_order(ws, model):
    events = Recorder(model)
    stage = model.add_stage("Ожидание", index=1)
    assert [s.name for s in model.stages][:3] == ["Поиск и оценка", "Ожидание", "Покупка"]
    assert events.names() == ["stage_added", "stages_reordered"]
    assert events.seen[0][1] == stage
    assert [s.position for s in reopened(ws, model.map_id).stages] == [0, 1, 2, 3]
    with pytest.raises(InvalidValue):
        model.add_stage("  ")


def test_renaming_and_reordering_stages(ws, model):
    events = Recorder(model)
    first = model.stages[0]
    assert model.rename_stage(first.id, "Поиск") == "Поиск и оценка"
    assert events.seen == [("stage_changed", model.stage(first.id))]
    old = model.move_stage(first.id, 2)
    assert old == 0 and model.stages[-1].id == first.id
    assert events.names()[-1] == "stages_reordered"
    # touchpoints follow their stages in journey order
    assert model.touchpoints[-1].stage_id == first.id
    persisted = reopened(ws, model.map_id)
    assert [s.id for s in persisted.stages] == [s.id for s in model.stages]
    assert persisted.stages[-1].name == "Поиск"


def test_deleting_a_stage_takes_its_touchpoints_barriers_and_flows_and_restore_brings_them_back(
        ws, model, sample):
    before = shape(reopened(ws, model.map_id))
    events = Recorder(model)
    stage = model.stages[1]  # Покупка: Ресепшн (2 barriers) and Менеджер, 3 flows touch them
    removal = model.remove_stage(stage.id)
    assert events.names().count("touchpoint_removed") == 2
    assert events.names().count("barrier_removed") == 2
    assert events.names().count("flow_removed") == 3
    assert events.names()[-1] == "stage_removed"
    assert len(model.touchpoints) == 3 and len(model.flows) == 1
    assert shape(model.journey) == shape(reopened(ws, model.map_id))
    events.clear()
    model.restore(removal)
    assert shape(reopened(ws, model.map_id)) == before
    assert shape(model.journey) == before
    assert events.names()[0] == "stage_added"
    assert events.names().count("touchpoint_added") == 2
    assert events.names().count("flow_added") == 3


def test_touchpoints_are_added_edited_moved_and_deleted(ws, model):
    events = Recorder(model)
    stage = model.stages[0]
    tp = model.add_touchpoint(stage.id, "Соцсети", index=0, channel="online",
                              interaction="product", emotion=1)
    assert events.seen[0] == ("touchpoint_added", tp)
    assert [t.name for t in model.touchpoints_of(stage.id)] == ["Соцсети", "Сайт", "Колл-центр"]
    events.clear()
    before = model.update_touchpoint(tp.id, name="ВКонтакте", department="Маркетинг",
                                     has_standard=True, standard_text="Ответ за 1 час")
    assert before == {"name": "Соцсети", "department": "", "has_standard": False,
                      "standard_text": ""}
    assert events.seen == [("touchpoint_changed", model.touchpoint(tp.id))]
    assert model.set_emotion(tp.id, -2) == 1
    with pytest.raises(InvalidValue):
        model.set_emotion(tp.id, 3)
    with pytest.raises(InvalidValue):
        model.update_touchpoint(tp.id, channel="carrier pigeon")
    # move into the next stage, second place
    target = model.stages[1]
    events.clear()
    place = model.move_touchpoint(tp.id, target.id, 1)
    assert place == (stage.id, 0, None)
    assert [t.name for t in model.touchpoints_of(target.id)] == ["Ресепшн", "ВКонтакте",
                                                                 "Менеджер"]
    assert "touchpoint_changed" in events.names()
    assert shape(model.journey) == shape(reopened(ws, model.map_id))
    model.move_touchpoint(tp.id, *place[:2], place[2])
    assert model.place_of(tp.id) == place
    removal = model.remove_touchpoint(tp.id)
    with pytest.raises(NotFound):
        model.touchpoint(tp.id)
    model.restore(removal)
    assert model.touchpoint(tp.id).name == "ВКонтакте"


def test_flows_connect_two_touchpoints_once(ws, model, sample):
    events = Recorder(model)
    a, b = sample.touchpoints["Сайт"], sample.touchpoints["Сервис"]
    flow = model.add_flow(a, b, kind="self", label="сам")
    assert events.seen == [("flow_added", flow)]
    with pytest.raises(InvalidValue):
        model.add_flow(a, b)
    with pytest.raises(InvalidValue):
        model.add_flow(a, a)
    model.update_flow(flow.id, kind="sent")
    assert model.flow(flow.id).kind == "sent"
    removal = model.remove_flow(flow.id)
    assert events.names()[-1] == "flow_removed"
    model.restore(removal)
    assert reopened(ws, model.map_id).flows[-1].id == flow.id


def test_barriers_crud(ws, model, sample):
    events = Recorder(model)
    tp = sample.touchpoints["Сайт"]
    barrier = model.add_barrier(tp, "Сайт не открывается", kind="technical", severity=3)
    assert events.seen == [("barrier_added", barrier)]
    assert model.update_barrier(barrier.id, severity=1) == {"severity": 3}
    assert events.names()[-1] == "barrier_changed"
    with pytest.raises(InvalidValue):
        model.update_barrier(barrier.id, kind="weather")
    removal = model.remove_barrier(barrier.id)
    assert events.names()[-1] == "barrier_removed"
    model.restore(removal)
    assert any(b.id == barrier.id and b.severity == 1 for b in reopened(ws, model.map_id).barriers)


def test_lanes_and_removing_a_lane_keeps_its_touchpoints(ws, model, sample):
    events = Recorder(model)
    lane = model.add_lane("Финансы")
    tp = sample.touchpoints["Менеджер"]
    model.move_touchpoint(tp, model.touchpoint(tp).stage_id, 0, lane.id)
    assert model.touchpoint(tp).lane_id == lane.id
    assert model.rename_lane(lane.id, "Финансовый директор") == "Финансы"
    removal = model.remove_lane(lane.id)
    assert model.touchpoint(tp).lane_id is None
    assert {"lane_added", "lane_changed", "lane_removed"} <= set(events.names())
    model.restore(removal)
    assert model.touchpoint(tp).lane_id == lane.id
    assert reopened(ws, model.map_id).touchpoint(tp).lane_id == lane.id


def test_copy_and_paste_makes_new_touchpoints_with_their_barriers_and_inner_flows(ws, model,
                                                                                   sample):
    ids = [sample.touchpoints["Колл-центр"], sample.touchpoints["Ресепшн"]]
    clip = Clip.from_dict(model.copy(ids).as_dict())
    assert len(clip.barriers) == 3 and len(clip.flows) == 1
    new = model.paste(clip)
    assert len(new) == 2 and not set(new) & set(ids)
    assert len(model.touchpoints) == 7
    assert sum(1 for b in model.barriers if b.touchpoint_id in new) == 3
    assert any(f.source_id == new[0] and f.target_id == new[1] for f in model.flows)
    assert shape(model.journey) == shape(reopened(ws, model.map_id))


def test_undo_data_survives_a_reopen(ws, sample):
    model = JourneyModel(ws, sample.map_id)
    before = shape(load_map(ws, sample.map_id))
    removal = model.remove_stage(model.stages[0].id)
    ws.close()
    with Workspace.open(ws.path) as again:
        JourneyModel(again, sample.map_id).restore(removal)
        assert shape(load_map(again, sample.map_id)) == before


def test_new_maps_from_templates_and_duplicate_as_redesign(ws, sample):
    default = load_map(ws, create_map(ws, sample.engagement_id, name="Новая"))
    assert [s.name for s in default.stages][0] == "Осознание потребности"
    assert len(default.stages) == 5 and not default.lanes
    assert not load_map(ws, create_map(ws, sample.engagement_id, name="Пустая",
                                       template="empty")).stages
    b2b = load_map(ws, create_map(ws, sample.engagement_id, name="B2B", template="b2b",
                                  language="en"))
    assert [la.name for la in b2b.lanes] == ["Procurement", "Finance", "End users"]
    copy = load_map(ws, duplicate_map(ws, sample.map_id))
    original = load_map(ws, sample.map_id)
    assert copy.kind == "redesign" and copy.based_on_id == sample.map_id
    assert [t.name for t in copy.touchpoints] == [t.name for t in original.touchpoints]
    assert len(copy.flows) == len(original.flows) and len(copy.barriers) == 3
    assert not {t.id for t in copy.touchpoints} & {t.id for t in original.touchpoints}
    removal = remove_map(ws, copy.id)
    with pytest.raises(NotFound):
        load_map(ws, copy.id)
    from cxdesk.records import restore
    restore(ws, removal)
    assert len(load_map(ws, copy.id).touchpoints) == 5


def test_map_scores_show_the_subject_and_competitor_with_checks_done_and_required(ws, sample):
    scores = map_scores(ws, sample.engagement_id, sample.own_id, sample.rival_id)
    assert not scores.empty
    own, rival = scores.of(sample.touchpoints["Ресепшн"])
    assert own.required >= 1 and rival is not None
    assert own.score is None or 0 <= own.score.value <= 100
    assert map_scores(ws, sample.engagement_id, None).empty
