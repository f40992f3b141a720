"""The findings tree on the shared two-level model: kinds as headings, their findings beneath,
one column; selecting a finding by id, on a small known engagement."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from cxdesk.findings import FINDING_KINDS, list_findings
from ui.context import AppContext
from ui.views.findings import FindingsView
from ui.views.findings_model import FINDING_ROLE, KIND_ROLE


def test_kinds_hold_their_findings_and_a_finding_can_be_chosen_by_id(ws, built, qtbot):
    context = AppContext()
    context.ws, context.engagement_id = ws, built.engagement_id
    view = FindingsView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    model = view.model
    findings = list_findings(ws, built.engagement_id)
    kinds = [k for k in FINDING_KINDS if any(f.kind == k for f in findings)]
    assert [model.index(g, 0).data(KIND_ROLE) for g in range(model.rowCount())] == kinds
    assert model.columnCount() == 1 and not model.index(0, 1).isValid()
    shown = []
    for g in range(model.rowCount()):
        heading = model.index(g, 0)
        assert heading.data(FINDING_ROLE) is None and not model.parent(heading).isValid()
        for r in range(model.rowCount(heading)):
            card = model.index(r, 0, heading)
            assert card.parent() == heading and model.rowCount(card) == 0
            assert card.data(KIND_ROLE) == heading.data(KIND_ROLE)
            shown.append(card.data(FINDING_ROLE).id)
    assert sorted(shown) == sorted(f.id for f in findings)
    assert not model.index(model.rowCount(), 0).isValid()
    assert not model.index(0, 0, model.index(0, 0, model.index(0, 0))).isValid()
    assert not model.parent(QModelIndex()).isValid()
    last = findings[-1]
    assert view.select_finding(last.id)
    assert view.selected().id == last.id
    assert view.edit_button.isEnabled() and view.delete_button.isEnabled()
