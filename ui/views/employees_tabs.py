"""The tables and tab layouts of the Employees screen: the people with their results by area,
the results (by area and one by one), the training register and calendar, the conclusions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QWidget,
)

from cxdesk.employees import ASSESSMENT_AREAS
from cxdesk.rounding import format_fixed
from ui.views.kit import BAD, GOOD, WARN, fmt_date, section_label, set_muted, vbox
from ui.views.voice_kit import Column, RowsTable

# the translation of a string of the Employees screen (lupdate reads ``translate(context, …)``)
translate = QCoreApplication.translate


def result_tone(value: float | None) -> str | None:
    if value is None:
        return None
    return GOOD if value >= 80 else WARN if value >= 60 else BAD


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{format_fixed(value)} %"


def _pill(value: float | None) -> str:
    """A result for a pill column: nothing at all where there is none."""
    return "" if value is None else f"{format_fixed(value)} %"


def people_table(areas: dict[str, str]) -> RowsTable:
    """The employees, a result pill per assessment area, their last training."""
    short = {"product_knowledge": translate("EmployeesView", "Product"),
             "standards_knowledge": translate("EmployeesView", "Standards"),
             "customer_orientation": translate("EmployeesView", "Customer focus"),
             "engagement": translate("EmployeesView", "Engagement")}
    area_columns = [Column(short[a], lambda e, a=a: _pill(e.results.get(a)),
                           sort=lambda e, a=a: e.results.get(a, -1),
                           tone=lambda e, a=a: result_tone(e.results.get(a)),
                           tip=lambda e, a=a: areas[a], width=80)
                    for a in ASSESSMENT_AREAS]
    return RowsTable([
        Column(translate("EmployeesView", "Code"), lambda e: e.code, bold=lambda e: True),
        Column(translate("EmployeesView", "Name"), lambda e: e.name),
        Column(translate("EmployeesView", "Role"), lambda e: e.role),
        Column(translate("EmployeesView", "Location"), lambda e: e.location,
               tip=lambda e: e.location or None, stretch=True),
        *area_columns,
        Column(translate("EmployeesView", "Last training"),
               lambda e: fmt_date(e.last_training_on) or "—",
               sort=lambda e: e.last_training_on or "", tip=lambda e: e.last_training or None),
        Column(translate("EmployeesView", "Trainings"), lambda e: str(e.trainings),
               sort=lambda e: e.trainings, center=True, width=80),
    ])


def areas_table(areas: dict[str, str]) -> RowsTable:
    """The results summed up by area: mean, how many employees, lowest and highest."""
    return RowsTable([
        Column(translate("EmployeesView", "Area"), lambda r: areas[r.area], stretch=True),
        Column(translate("EmployeesView", "Mean"), lambda r: _pill(r.mean),
               sort=lambda r: r.mean or -1, tone=lambda r: result_tone(r.mean)),
        Column(translate("EmployeesView", "Employees"), lambda r: str(r.employees),
               center=True, sort=lambda r: r.employees),
        Column(translate("EmployeesView", "Lowest"), lambda r: _pct(r.lowest),
               sort=lambda r: r.lowest or -1),
        Column(translate("EmployeesView", "Highest"), lambda r: _pct(r.highest),
               sort=lambda r: r.highest or -1),
    ])


def results_table(areas: dict[str, str]) -> RowsTable:
    """Every result one by one: who, which area, the score, when, from what."""
    return RowsTable([
        Column(translate("EmployeesView", "Employee"), lambda a: a.employee),
        Column(translate("EmployeesView", "Area"), lambda a: areas.get(a.area, a.area)),
        Column(translate("EmployeesView", "Result"), lambda a: f"{a.score:g} / {a.max_score:g}",
               sort=lambda a: a.percent, tone=lambda a: result_tone(a.percent)),
        Column(translate("EmployeesView", "Date"), lambda a: fmt_date(a.assessed_on),
               sort=lambda a: a.assessed_on or ""),
        Column(translate("EmployeesView", "Source"),
               lambda a: translate("EmployeesView", "check") if a.check_id else a.notes,
               stretch=True),
    ])


def trainings_table() -> RowsTable:
    """The training register: date, topic, trainer, how many took part (who, in the tip)."""
    return RowsTable([
        Column(translate("EmployeesView", "Date"), lambda t: fmt_date(t.held_on),
               sort=lambda t: t.held_on or ""),
        Column(translate("EmployeesView", "Topic"), lambda t: t.topic, stretch=True),
        Column(translate("EmployeesView", "Trainer"), lambda t: t.trainer),
        Column(translate("EmployeesView", "Participants"), lambda t: str(len(t.participants)),
               sort=lambda t: len(t.participants), center=True,
               tip=lambda t: ", ".join(t.participants) or None),
    ])


def calendar_tree() -> QTreeWidget:
    """The trainings by month (filled by the view)."""
    calendar = QTreeWidget()
    calendar.setHeaderHidden(True)
    calendar.setRootIsDecorated(False)
    return calendar


def two_panes_tab(buttons: QLayout, left_title: str, left: QWidget, right_title: str,
                  right: QWidget, stretch: tuple[int, int]) -> QWidget:
    """A tab: a row of buttons over two titled panes side by side."""
    tab = QWidget()
    layout = vbox(tab)
    layout.addLayout(buttons)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for title, widget, margins, factor in ((left_title, left, (20, 0, 10, 0), stretch[0]),
                                           (right_title, right, (10, 0, 20, 0), stretch[1])):
        pane = QWidget()
        pane_layout = vbox(pane, margins, 4)
        pane_layout.addWidget(section_label(title))
        pane_layout.addWidget(widget, 1)
        row.addWidget(pane, factor)
    layout.addLayout(row, 1)
    return tab


def people_tab(hint: QLabel, buttons: QLayout, people: RowsTable) -> QWidget:
    """A tab: the hint shown while there is nobody, the buttons, the people."""
    hint.setWordWrap(True)
    hint.setContentsMargins(20, 10, 20, 10)
    set_muted(hint)
    tab = QWidget()
    layout = vbox(tab)
    layout.addWidget(hint)
    layout.addLayout(buttons)
    layout.addWidget(people, 1)
    return tab


def conclusions_tab(areas: QListWidget, text: QPlainTextEdit, save: QPushButton) -> QWidget:
    """A tab: the areas on the left, the chosen area's conclusion and its save button."""
    tab = QWidget()
    row = QHBoxLayout(tab)
    row.setContentsMargins(20, 10, 20, 10)
    row.addWidget(areas)
    editor = QWidget()
    editor_layout = vbox(editor, spacing=6)
    editor_layout.addWidget(text, 1)
    hint = QLabel(translate("EmployeesView",
                            "One conclusion per area; they go into the report."))
    set_muted(hint)
    buttons = QHBoxLayout()
    buttons.addWidget(hint, 1)
    buttons.addWidget(save)
    editor_layout.addLayout(buttons)
    row.addWidget(editor, 1)
    return tab
