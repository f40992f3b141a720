"""The checks list and a check's answers, on their shared model bases: the header row (texts,
tooltips, alignment) and the two-level answers tree, on a small known engagement."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from cxdesk.checks import check_answers, list_checks
from ui.context import AppContext
from ui.views.checks import ChecksView

H = Qt.Orientation.Horizontal


@pytest.fixture
def view(ws, built, qtbot) -> ChecksView:
    context = AppContext()
    context.ws, context.engagement_id = ws, built.engagement_id
    view = ChecksView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    return view


def test_the_checks_table_headers_explain_the_two_line_columns(view):
    proxy = view.proxy
    assert [proxy.headerData(c, H) for c in range(proxy.columnCount())] == [
        "Subject", "Method", "Date", "Status", "Score"]
    assert [proxy.headerData(c, H, Qt.ItemDataRole.ToolTipRole)
            for c in range(proxy.columnCount())] == [
        "Subject and location", "Method and auditor", "Date and time", None, None]
    score = proxy.headerData(view.model.SCORE, H, Qt.ItemDataRole.TextAlignmentRole)
    assert score & Qt.AlignmentFlag.AlignRight
    assert proxy.headerData(view.model.SUBJECT, H, Qt.ItemDataRole.TextAlignmentRole) is None


def test_one_row_a_check_and_a_failed_critical_criterion_is_flagged(ws, built, view):
    checks = list_checks(ws, built.engagement_id)
    model = view.model
    assert model.rowCount() == len(checks) == 3
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table: rows have no children
    flagged = [c for c in checks if c.critical_failures]
    assert flagged
    for row in range(model.rowCount()):
        check = model.checks[row]
        score = model.index(row, model.SCORE)
        assert score.data().startswith("⚠") == bool(check.critical_failures)
        tip = score.data(Qt.ItemDataRole.ToolTipRole)
        assert (tip is not None and "critical" in tip) == bool(check.critical_failures)
        subject = model.index(row, model.SUBJECT)
        assert bool(subject.data(Qt.ItemDataRole.FontRole)) == check.own


def test_the_answers_tree_holds_each_answer_under_its_heading_in_every_column(ws, built,
                                                                             view):
    view.show_unanswered.setChecked(True)
    model = view.answers
    assert [model.headerData(c, H) for c in range(model.columnCount())] == [
        "Criterion", "Answer", "Score", "Photos"]
    for check_id in [c.id for c in list_checks(ws, built.engagement_id)]:
        view.select_check(check_id)
        assert view._current == check_id
        shown = []
        for g in range(model.rowCount()):
            heading = model.index(g, 0)
            assert model.answer(heading) is None and not heading.parent().isValid()
            for r in range(model.rowCount(heading)):
                answers = {id(model.answer(model.index(r, c, heading)))
                           for c in range(model.columnCount(heading))}
                assert len(answers) == 1  # one answer a row, whatever the column
                cell = model.index(r, model.MARK, heading)
                assert cell.parent() == heading
                assert model.rowCount(cell) == 0
                shown.append(model.answer(cell).criterion_id)
        assert shown == [a.criterion_id for a in check_answers(ws, check_id)]
        assert not model.index(model.rowCount(), 0).isValid()
        assert not model.index(0, model.columnCount()).isValid()
        assert not model.parent(QModelIndex()).isValid()
