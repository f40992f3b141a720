"""The tables of the voice-of-the-customer screens (feedback, incidents, employees): a column
set to stretch fills the room the others leave, and is never squeezed to "…" when the others
take it all."""

from __future__ import annotations

from types import SimpleNamespace

from ui.views.voice_kit import STRETCH_FLOOR, Column, RowsTable


def table(qtbot, width: int) -> RowsTable:  # noqa: ANN001
    columns = [Column(f"A rather long header {i}", lambda r, i=i: f"value {i} " * 3)
               for i in range(6)]
    columns.insert(2, Column("Location", lambda r: r.place, stretch=True))
    view = RowsTable(columns)
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    view.set_rows([SimpleNamespace(id=str(n), place="Шоурум на Ленинском проспекте")
                   for n in range(5)])
    return view


def test_a_stretched_column_fills_the_room_the_others_leave(qtbot) -> None:  # noqa: ANN001
    view = table(qtbot, 2400)
    others = sum(view.columnWidth(i) for i in range(7) if i != 2)
    assert view.columnWidth(2) >= view.viewport().width() - others - 1


def test_a_stretched_column_is_not_squeezed_when_the_others_take_the_room(
        qtbot) -> None:  # noqa: ANN001
    view = table(qtbot, 600)
    wanted = view.fontMetrics().horizontalAdvance("Шоурум на Ленинском проспекте")
    assert view.columnWidth(2) >= min(wanted, STRETCH_FLOOR)
    view.resize(450, 300)  # and after a resize too
    assert view.viewport().width() <= 450
    assert view.columnWidth(2) >= min(wanted, STRETCH_FLOOR)
