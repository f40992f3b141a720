"""The Reports view: choices, the export in a worker with progress and cancel, and what it
remembers."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from cxdesk import engagements
from ui import messages
from ui.context import AppContext
from ui.views import reports
from ui.views.reports import ReportsView


@pytest.fixture
def context(ws, built) -> AppContext:
    ctx = AppContext()
    ctx.ws = ws
    ctx.engagement_id = built.engagement_id
    return ctx


def make(context: AppContext, qtbot) -> ReportsView:
    view = ReportsView(context)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.refresh()
    view.show()
    return view


def _uncheck(widget, key: str) -> None:
    for i in range(widget.count()):
        if widget.item(i).data(Qt.ItemDataRole.UserRole) == key:
            widget.item(i).setCheckState(Qt.CheckState.Unchecked)


def test_exports_the_workbook_for_the_chosen_companies_through_a_worker(
        context, built, qtbot, tmp_path):
    view = make(context, qtbot)
    assert not view.page.is_empty and view.subjects.count() == 3
    assert view.output.text().endswith(".xlsx")
    assert view.language.currentData() == "en"  # the engagement's language, until chosen
    _uncheck(view.subjects, built.competitor_ids[1])
    _uncheck(view.sections, "evidence")
    target = tmp_path / "out" / "report"  # no extension: .xlsx is added
    target.parent.mkdir()
    view.output.setText(str(target))
    seen: list[tuple[int, int]] = []
    view.signals.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(view.finished, timeout=60000) as done:
        assert view.start_export()
        assert not view.export_button.isEnabled() and view.cancel_button.isEnabled()
    written = Path(done.args[0])
    assert written == tmp_path / "out" / "report.xlsx" and written.is_file()
    qtbot.waitUntil(lambda: view.worker is None, timeout=30000)
    assert seen and seen[-1][0] == seen[-1][1]
    book = openpyxl.load_workbook(written)
    assert book.sheetnames[0] == "Summary" and "Evidence index" not in book.sheetnames
    companies = {r[1] for r in book["Answers"].iter_rows(min_row=2, values_only=True)}
    assert companies == {"North Motors", "Competitor A"}
    assert view.export_button.isEnabled() and not view.cancel_button.isEnabled()
    assert str(written) in view.status.text()
    assert not view.open_file.isHidden() and not view.show_folder.isHidden()


def test_cancel_stops_the_export_and_keeps_the_previous_file(
        context, qtbot, tmp_path, monkeypatch):
    view = make(context, qtbot)
    target = tmp_path / "book.xlsx"
    target.write_bytes(b"last week's workbook")
    view.output.setText(str(target))
    real = reports.run_export

    def pressed_cancel_first(*args, **kwargs):
        view.cancel_event.set()  # as if Cancel was clicked before the first progress
        return real(*args, **kwargs)

    monkeypatch.setattr(reports, "run_export", pressed_cancel_first)
    with qtbot.waitSignal(view.finished, timeout=60000) as done:
        view.start_export()
    qtbot.waitUntil(lambda: view.worker is None, timeout=30000)
    assert done.args == [""]
    assert target.read_bytes() == b"last week's workbook"
    assert view.status.text() == "Cancelled: nothing was saved."
    assert messages.shown == [] and view.open_file.isHidden()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".book")] == []


def test_the_last_choices_are_remembered(context, qtbot, tmp_path):
    view = make(context, qtbot)
    view.language.setCurrentIndex(view.language.findData("en"))
    _uncheck(view.sections, "answers")
    view.output.setText(str(tmp_path / "a.xlsx"))
    with qtbot.waitSignal(view.finished, timeout=60000):
        view.start_export()
    qtbot.waitUntil(lambda: view.worker is None, timeout=30000)
    again = make(context, qtbot)
    assert again.language.currentData() == "en" and again.fmt == "xlsx"
    assert "answers" not in again.chosen_sections() and "summary" in again.chosen_sections()
    assert Path(again.output.text()).parent == tmp_path


def test_nothing_chosen_is_refused_with_a_message(context, qtbot, tmp_path):
    view = make(context, qtbot)
    for i in range(view.subjects.count()):
        view.subjects.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not view.start_export()
    assert messages.shown and "at least one company" in messages.shown[-1][1]


def test_pdf_options_only_for_the_pdf(context, qtbot):
    view = make(context, qtbot)
    assert not view.all_photos.isEnabled() and not view.per_location.isEnabled()
    view.pdf.setChecked(True)
    assert view.all_photos.isEnabled() and view.per_location.isEnabled()
    assert view.output.text().endswith(".pdf")
    view.per_location.setChecked(True)
    assert not view.output.text().endswith(".pdf")  # a folder for one report per location


def test_an_engagement_without_companies_says_what_to_do(ws, qtbot):
    ctx = AppContext()
    ctx.ws = ws
    ctx.engagement_id = engagements.create_engagement(ws, name="Empty").id
    view = make(ctx, qtbot)
    assert view.page.is_empty and "Engagement screen" in view.page.empty.text()


def test_exports_the_pdf_with_the_map_drawn_beforehand(context, qtbot, tmp_path):
    view = make(context, qtbot)
    view.pdf.setChecked(True)
    assert "map" in view.chosen_sections()
    target = tmp_path / "client.pdf"
    view.output.setText(str(target))
    with qtbot.waitSignal(view.finished, timeout=120000) as done:
        assert view.start_export()
        assert view.maps is not None and view.maps.files  # drawn on the GUI thread
    qtbot.waitUntil(lambda: view.worker is None, timeout=30000)
    assert done.args == [str(target)] and target.read_bytes()[:5] == b"%PDF-"
    assert view.maps is None  # the pictures were removed after the export


def test_one_pdf_per_location_into_a_folder(context, qtbot, tmp_path):
    view = make(context, qtbot)
    view.pdf.setChecked(True)
    view.per_location.setChecked(True)
    folder = tmp_path / "stores"
    view.output.setText(str(folder))
    with qtbot.waitSignal(view.finished, timeout=120000) as done:
        assert view.start_export()
    qtbot.waitUntil(lambda: view.worker is None, timeout=30000)
    assert done.args == [str(folder)]
    assert [p.name for p in folder.iterdir()] == ["Showroom Lenina.pdf"]
    assert view.open_file.isHidden() and not view.show_folder.isHidden()


def test_another_engagement_and_a_new_company_come_ticked(context, built, ws, qtbot):
    view = make(context, qtbot)
    _uncheck(view.subjects, built.competitor_ids[0])
    new = engagements.add_subject(ws, built.engagement_id, name="Competitor C")
    view.refresh()  # SUBJECTS changed: the unticked one stays unticked, the new one is ticked
    assert set(view.chosen_subjects()) == {built.own_id, built.competitor_ids[1], new.id}
    other = engagements.create_engagement(ws, name="Other")
    own = engagements.add_subject(ws, other.id, name="Own", own=True)
    rival = engagements.add_subject(ws, other.id, name="Rival")
    context.engagement_id = other.id
    view.refresh()
    assert view.chosen_subjects() == [own.id, rival.id]  # none left unticked by the first


def test_a_map_that_cannot_be_drawn_still_gives_the_pdf(context, qtbot, tmp_path, monkeypatch):
    def broken(*_args):
        raise RuntimeError("the map scene failed")

    monkeypatch.setattr(reports, "PrerenderedMaps", broken)
    view = make(context, qtbot)
    view.pdf.setChecked(True)
    target = tmp_path / "client.pdf"
    view.output.setText(str(target))
    with qtbot.waitSignal(view.finished, timeout=120000) as done:
        assert view.start_export()
    qtbot.waitUntil(lambda: view.worker is None, timeout=30000)
    assert done.args == [str(target)] and target.read_bytes()[:5] == b"%PDF-"
    assert messages.shown == []
