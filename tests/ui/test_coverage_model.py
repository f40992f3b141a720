"""The coverage table's header row: a touchpoint column, a column a subject (the own company
marked in its tooltip) and a total, on a small known engagement and without one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesk.engagements import list_subjects
from ui.context import AppContext
from ui.views.coverage import CoverageView

H = Qt.Orientation.Horizontal


def make(context: AppContext, qtbot) -> CoverageView:
    view = CoverageView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    return view


def test_a_column_a_subject_between_the_touchpoints_and_the_total(ws, built, qtbot):
    context = AppContext()
    context.ws, context.engagement_id = ws, built.engagement_id
    model = make(context, qtbot).model
    subjects = list_subjects(ws, built.engagement_id)
    assert [model.headerData(c, H) for c in range(model.columnCount())] == [
        "Touchpoint", *(s.name for s in subjects), "Total"]
    tips = [model.headerData(c, H, Qt.ItemDataRole.ToolTipRole)
            for c in range(model.columnCount())]
    assert tips == [None, *("The own company" if s.own else None for s in subjects), None]
    aligns = [model.headerData(c, H, Qt.ItemDataRole.TextAlignmentRole)
              for c in range(model.columnCount())]
    assert aligns[0] & Qt.AlignmentFlag.AlignLeft
    assert all(a & Qt.AlignmentFlag.AlignHCenter for a in aligns[1:])
    assert model.rowCount() == len(model.rows) > 0
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    # the header names the column in each cell's tooltip
    row = next(r for r, x in enumerate(model.rows) if x.kind == "touchpoint")
    assert subjects[0].name in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_without_an_engagement_only_the_touchpoint_and_total_columns_remain(ws, built,
                                                                            qtbot):
    context = AppContext()
    context.ws, context.engagement_id = ws, built.engagement_id
    view = make(context, qtbot)
    context.engagement_id = None
    view.refresh()
    assert view.page.is_empty
    assert [view.model.headerData(c, H) for c in range(view.model.columnCount())] == [
        "Touchpoint", "Total"]
    assert view.model.rowCount() == 0
