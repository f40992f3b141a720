"""The read-only screens, each on real data: the sample engagement (``build_demo``) and an
engagement with nothing in it."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent

from cxdesk import engagements
from cxdesk.checklists import list_templates, load_checklist
from cxdesk.checks import check_answers, list_checks
from cxdesk.coverage import coverage
from cxdesk.demo import build_demo
from cxdesk.evidence import list_engagement_photos
from cxdesk.feedback import load_feedback
from cxdesk.findings import FINDING_KINDS, list_findings
from cxdesk.journey import list_maps, load_map
from cxdesk.workspace import Workspace
from ui.context import EVERYTHING, AppContext
from ui.views import VIEWS
from ui.views.base import View
from ui.views.kit import BAD, tone_color

MINE = ["map", "checklists", "checks", "coverage", "evidence", "findings", "feedback",
        "actions"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The sample engagement, built once: these screens only read it."""
    ws = Workspace.open(tmp_path_factory.mktemp("demo") / "demo.cxd", create=True)
    engagement_id = build_demo(ws, workers=0)
    empty = engagements.create_engagement(ws, name="Пустой проект").id
    yield ws, engagement_id, empty
    ws.close()


@pytest.fixture
def context(demo):
    ws, engagement_id, _ = demo
    ctx = AppContext()
    ctx.ws = ws
    ctx.engagement_id = engagement_id
    return ctx


def make(name: str, context: AppContext, qtbot, size=(1280, 800)) -> View:
    _, module, cls = next(v for v in VIEWS if v[0] == name)
    view = getattr(importlib.import_module(module), cls)(context)
    qtbot.addWidget(view)
    view.resize(*size)
    view.refresh()
    view.show()
    qtbot.waitExposed(view)
    return view


# -- the contract ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", MINE)
def test_each_view_follows_the_contract(name, context, qtbot):
    view = make(name, context, qtbot)
    assert isinstance(view, View) and view.name == name
    assert view.title() and view.topics and view.topics <= EVERYTHING
    assert not view.page.is_empty


@pytest.mark.parametrize("name", MINE)
def test_an_engagement_with_nothing_shows_an_empty_state_that_says_what_to_do(
        name, context, demo, qtbot):
    context.engagement_id = demo[2]
    view = make(name, context, qtbot)
    assert view.page.is_empty
    assert len(view.page.empty.text()) > 40  # a headline and what to do about it


@pytest.mark.parametrize("name", MINE)
def test_without_a_workspace_the_view_asks_for_an_engagement(name, qtbot):
    view = make(name, AppContext(), qtbot)
    assert view.page.is_empty
    view.refresh()  # and refreshing again is harmless


def test_checks_empty_state_explains_where_checks_come_from(context, demo, qtbot):
    context.engagement_id = demo[2]
    view = make("checks", context, qtbot)
    assert view.page.empty.headline.text() == "No checks yet"
    assert "in the field" in view.page.empty.body.text()


# -- journey maps --------------------------------------------------------------------------------
def test_map_scene_has_a_card_per_touchpoint_and_an_arrow_per_flow(context, demo, qtbot):
    ws, engagement_id, _ = demo
    view = make("map", context, qtbot)
    journey = load_map(ws, list_maps(ws, engagement_id)[0].id)
    scene = view.scene
    assert set(scene.cards) == {t.id for t in journey.touchpoints}
    assert set(scene.arrows) == {f.id for f in journey.flows}
    assert set(scene.columns) == {s.id for s in journey.stages}
    dashed = {f.id for f in journey.flows if f.kind == "self"}
    assert {i for i, a in scene.arrows.items() if a.kind == "self"} == dashed
    # stages run left to right by position, cards sit inside their stage's column
    lefts = [scene.columns[s.id].rect.left() for s in journey.stages]
    assert lefts == sorted(lefts)
    for tp in journey.touchpoints:
        column = scene.columns[tp.stage_id].rect
        card = scene.cards[tp.id].sceneBoundingRect()
        assert column.left() <= card.left() and card.right() <= column.right()
    # barriers and the live scores (on the cards) are drawn from the data
    with_barriers = {b.touchpoint_id for b in journey.barriers}
    assert {i for i, c in scene.cards.items() if c.barriers} == with_barriers
    assert any(c.own is not None for c in scene.cards.values()) and scene.emotion is not None


def test_map_fits_the_view_when_shown_and_ctrl_wheel_zooms(context, qtbot):
    view = make("map", context, qtbot)
    canvas = view.canvas
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(canvas.sceneRect())
    assert canvas.zoom <= 1.0
    before = canvas.zoom
    centre = QPointF(canvas.viewport().rect().center())
    event = QWheelEvent(centre, canvas.mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    canvas.wheelEvent(event)
    assert canvas.zoom > before
    canvas.fit()
    assert canvas.zoom == pytest.approx(before)


# -- checklists -----------------------------------------------------------------------------------
def test_checklist_tree_holds_every_criterion_under_template_stage_and_touchpoint(
        context, demo, qtbot):
    ws, engagement_id, _ = demo
    view = make("checklists", context, qtbot)
    checklists = [load_checklist(ws, t.id) for t in list_templates(ws, engagement_id)]
    assert view.model.criteria_count() == sum(len(c.criteria()) for c in checklists)
    template = view.model.index(0, 0)
    stage = view.model.index(0, 0, template)
    group = view.model.index(0, 0, stage)
    criterion = view.model.index(0, 0, group)
    assert view.model.node(criterion).kind == "criterion"
    view.tree.setCurrentIndex(criterion)
    text = view.model.node(criterion).item.text
    assert text in view.detail.text()
    assert "Required checks" in view.detail.text()


def test_choice_criterion_detail_lists_the_options_with_points(context, demo, qtbot):
    view = make("checklists", context, qtbot)

    def walk(index):
        for row in range(view.model.rowCount(index)):
            child = view.model.index(row, 0, index)
            yield child
            yield from walk(child)

    choice = next(i for i in walk(view.model.index(-1, -1))
                  if view.model.node(i).kind == "criterion"
                  and view.model.node(i).item.answer_type == "choice")
    view.tree.setCurrentIndex(choice)
    for option in view.model.node(choice).item.choices:
        assert option.label in view.detail.text()


# -- checks ---------------------------------------------------------------------------------------
def test_selecting_a_check_lists_its_answers_grouped_by_stage_and_touchpoint(
        context, demo, qtbot):
    ws, engagement_id, _ = demo
    view = make("checks", context, qtbot)
    assert view.proxy.rowCount() == len(list_checks(ws, engagement_id))
    view.table.selectRow(2)
    check_id = view.proxy.index(2, 0).data(Qt.ItemDataRole.UserRole)
    answers = check_answers(ws, check_id)
    shown = [view.answers.answer(view.answers.index(r, 0, view.answers.index(g, 0)))
             for g in range(view.answers.rowCount())
             for r in range(view.answers.rowCount(view.answers.index(g, 0)))]
    assert [a.criterion_id for a in shown] == [a.criterion_id for a in answers if a.answered]
    view.show_unanswered.setChecked(True)
    total = sum(view.answers.rowCount(view.answers.index(g, 0))
                for g in range(view.answers.rowCount()))
    assert total == len(answers)


def test_checks_filter_by_subject_and_status(context, demo, qtbot):
    ws, engagement_id, _ = demo
    view = make("checks", context, qtbot)
    checks = list_checks(ws, engagement_id)
    own = next(c for c in checks if c.own)
    view.subject_filter.setCurrentIndex(view.subject_filter.findData(own.subject_id))
    assert view.proxy.rowCount() == sum(1 for c in checks if c.subject_id == own.subject_id)
    view.status_filter.setCurrentIndex(view.status_filter.findData("approved"))
    assert view.proxy.rowCount() == sum(1 for c in checks if c.subject_id == own.subject_id
                                        and c.status == "approved")


def test_checks_sort_by_score(context, qtbot):
    view = make("checks", context, qtbot)
    view.table.sortByColumn(view.model.SCORE, Qt.SortOrder.DescendingOrder)
    scores = [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)
              for r in range(view.proxy.rowCount())]
    values = [next(c.score for c in view.model.checks if c.id == i) or -1 for i in scores]
    assert values == sorted(values, reverse=True)


# -- coverage -------------------------------------------------------------------------------------
def test_coverage_cells_match_the_core_figures(context, demo, qtbot):
    ws, engagement_id, _ = demo
    view = make("coverage", context, qtbot)
    cells = {(c.touchpoint_id, c.subject_id): c for c in coverage(ws, engagement_id).cells}
    model = view.model
    seen = 0
    for r, row in enumerate(model.rows):
        if row.kind != "touchpoint":
            continue
        for col in range(1, len(model.subjects) + 1):
            cell = cells[(row.touchpoint_id, model.subjects[col - 1].id)]
            index = model.index(r, col)
            assert index.data() == f"{cell.done}/{cell.required}"
            seen += 1
    assert seen == len(cells)
    total = model.index(len(model.rows) - 1, len(model.subjects) + 1)
    cov = coverage(ws, engagement_id)
    assert total.data(Qt.ItemDataRole.UserRole) == (cov.done, cov.required)
    assert f"{100 * cov.share:.0f} %" in view.overall.text()


# -- evidence -------------------------------------------------------------------------------------
def test_evidence_model_has_every_photo_and_decodes_thumbnails_only_when_painted(
        context, demo, qtbot):
    ws, engagement_id, _ = demo
    _, module, cls = next(v for v in VIEWS if v[0] == "evidence")
    view = getattr(importlib.import_module(module), cls)(context)
    qtbot.addWidget(view)
    view.refresh()
    photos = list_engagement_photos(ws, engagement_id)
    assert view.model.rowCount() == len(photos)
    assert view.model.decoded == 0  # nothing decoded before anything is painted
    view.resize(520, 420)  # room for a few tiles only
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.decoded > 0)
    assert view.model.decoded < len(photos)
    decoded = view.model.decoded
    view.grid.viewport().repaint()
    assert view.model.decoded == decoded  # painted again from the cache


def test_evidence_filters_by_subject(context, demo, qtbot):
    ws, engagement_id, _ = demo
    view = make("evidence", context, qtbot)
    photos = list_engagement_photos(ws, engagement_id)
    subject = photos[-1]["subject_id"]
    view.subject_filter.setCurrentIndex(view.subject_filter.findData(subject))
    assert view.proxy.rowCount() == sum(1 for p in photos if p["subject_id"] == subject)


def test_double_click_opens_the_viewer_with_the_print_copy_and_the_hash(context, qtbot):
    view = make("evidence", context, qtbot)
    dialog = view.open_viewer(view.proxy.index(0, 0))  # a child of the view, deleted on close
    assert not dialog.pixmap.isNull()
    sha = dialog.photo.sha256
    assert sha[:16] in dialog.info.text()
    dialog.close()


# -- findings -------------------------------------------------------------------------------------
def test_findings_are_grouped_by_kind_in_report_order(context, demo, qtbot):
    ws, engagement_id, _ = demo
    view = make("findings", context, qtbot)
    findings = list_findings(ws, engagement_id)
    expected = [k for k in FINDING_KINDS if any(f.kind == k for f in findings)]
    assert [kind for kind, _ in view.model.groups] == expected
    for g, (kind, rows) in enumerate(view.model.groups):
        assert view.model.rowCount(view.model.index(g, 0)) == len(rows)
        assert all(f.kind == kind for f in rows)


# -- feedback -------------------------------------------------------------------------------------
def test_feedback_headline_shows_nps_with_sample_quality(context, demo, qtbot):
    ws, engagement_id, _ = demo
    view = make("feedback", context, qtbot)
    summary = load_feedback(ws, engagement_id)
    assert view.nps_value.text() == f"{summary.nps.value:+.0f}"
    assert f"n = {summary.nps.n}" in view.nps_caption.text()
    assert view.distribution.counts == summary.distribution
    assert view.model.rowCount() == len(summary.responses)
    assert view.note.isVisible() == (summary.small_sample or summary.self_selected
                                     or summary.unknown_sampling)


# -- actions --------------------------------------------------------------------------------------
def test_overdue_actions_are_red_against_today(context, qtbot):
    view = make("actions", context, qtbot)
    view.today = dt.date(2026, 11, 22)
    view.refresh()
    model = view.model
    red = tone_color(BAD, view.palette())
    for row, action in enumerate(model.actions):
        due = model.index(row, model.DUE)
        overdue = action.overdue(view.today)
        assert (due.data(Qt.ItemDataRole.ForegroundRole) == red) == overdue
    assert any(a.overdue(view.today) for a in model.actions)


def test_choosing_another_map_draws_it_and_a_map_without_stages_says_so(ws, qtbot):
    from sample_data import build_sample

    from cxdesk.records import insert

    sample = build_sample(ws)
    with ws.transaction():
        insert(ws, "maps", {"engagement_id": sample.engagement_id, "name": "Новая карта",
                            "kind": "redesign", "position": 1})
    context = AppContext()
    context.ws, context.engagement_id = ws, sample.engagement_id
    view = make("map", context, qtbot)
    assert view.maps.rowCount() == 2 and view.list.isVisible()
    assert len(view.scene.cards) == 5
    view.list.setCurrentIndex(view.maps.index(1))
    assert view.scene.cards == {} and view.canvas_page.is_empty
    assert "Redesign" in view.header.subtitle.text()
    view.list.setCurrentIndex(view.maps.index(0))
    assert len(view.scene.cards) == 5 and not view.canvas_page.is_empty
