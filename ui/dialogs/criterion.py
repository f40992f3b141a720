"""Forms of the checklist editor: a criterion with every field, a new template, and the list
of problems a template workbook has. ``values()`` are in the shape ``cxdesk.templates`` takes;
the core checks them (``normalize_criterion``) before the dialog closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.checklists import Criterion
from cxdesk.errors import CxDeskError
from cxdesk.journey import JourneyMap
from cxdesk.template_workbook import Problem
from cxdesk.templates import normalize_criterion, parse_number
from ui.dialogs.forms import language_labels
from ui.views.kit import BAD, tone_color


def _text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _number(value: float) -> str:
    """A number to edit: the interface's decimal sign, no thousands separator (which
    ``parse_number`` would take for a decimal comma)."""
    return f"{value:.6g}".replace(".", QLocale().decimalPoint())


def _combo(parent: QWidget, items: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    combo = QComboBox(parent)
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


class CriterionDialog(QDialog):
    """Add or edit one criterion: what is checked and how it is scored, where it belongs."""

    def __init__(self, journey: JourneyMap | None, criterion: Criterion | None = None, *,
                 place: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit criterion") if criterion else self.tr("Add criterion"))
        self.setMinimumWidth(640)
        self.journey = journey
        c = criterion or Criterion(id="", template_id="", text="")
        place = place or {}
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)

        self.text = _text_box(self, 2)
        self.text.setPlainText(c.text)
        self.text.setPlaceholderText(self.tr("e.g. The administrator greeted within 30 seconds"))
        self.should_be = _text_box(self)
        self.should_be.setPlainText(c.should_be)
        self.should_not_be = _text_box(self)
        self.should_not_be.setPlainText(c.should_not_be)
        form.addRow(self.tr("What is checked"), self.text)
        form.addRow(self.tr("How it should be"), self.should_be)
        form.addRow(self.tr("How it should not be"), self.should_not_be)

        # where it belongs: a stage and a touchpoint of the map, or a general section
        stages = [(self.tr("General (no stage)"), None)]
        stages += [(s.name, s.id) for s in (journey.stages if journey else [])]
        self.stage = _combo(self, stages, place.get("stage_id", c.stage_id if criterion else None))
        self.touchpoint = QComboBox(self)
        self.section = QLineEdit(c.section or place.get("section", ""), self)
        self.section.setPlaceholderText(self.tr("e.g. Appearance, Employees"))
        self.stage.currentIndexChanged.connect(self._fill_touchpoints)
        self.touchpoint.currentIndexChanged.connect(self._place_changed)
        self._fill_touchpoints()
        self.touchpoint.setCurrentIndex(max(0, self.touchpoint.findData(
            place.get("touchpoint_id", c.touchpoint_id))))
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Touchpoint"), self.touchpoint)
        form.addRow(self.tr("Section"), self.section)

        self.channel = _combo(self, [("—", None), (self.tr("online"), "online"),
                                     (self.tr("offline"), "offline")], c.channel)
        self.interaction = _combo(self, [("—", None), (self.tr("with a person"), "person"),
                                         (self.tr("with the product"), "product")],
                                  c.interaction)
        row = QHBoxLayout()
        row.addWidget(self.channel, 1)
        row.addWidget(QLabel(self.tr("Interaction")))
        row.addWidget(self.interaction, 1)
        form.addRow(self.tr("Channel"), row)

        # the answer and its parameters
        self.answer = _combo(self, [
            (self.tr("Yes / No"), "yes_no"), (self.tr("Scale 0–10"), "scale_0_10"),
            (self.tr("Scale 1–5"), "scale_1_5"), (self.tr("Number"), "number"),
            (self.tr("Choice"), "choice"), (self.tr("Free text"), "text")], c.answer_type)
        form.addRow(self.tr("Answer"), self.answer)
        self.params = QWidget(self)
        params = QVBoxLayout(self.params)
        params.setContentsMargins(0, 0, 0, 0)
        number = self.number_row = QWidget(self)
        nrow = QHBoxLayout(number)
        nrow.setContentsMargins(0, 0, 0, 0)
        self.unit = QLineEdit(c.unit, number)
        self.unit.setPlaceholderText(self.tr("unit, e.g. min"))
        self.threshold = QLineEdit("" if c.threshold is None else _number(c.threshold),
                                   number)
        self.threshold.setPlaceholderText(self.tr("pass threshold"))
        self.direction = _combo(number, [(self.tr("lower is better"), "lower_is_better"),
                                         (self.tr("higher is better"), "higher_is_better")],
                                c.direction)
        for label, widget in ((self.tr("Unit"), self.unit),
                              (self.tr("Threshold"), self.threshold), (None, self.direction)):
            if label:
                nrow.addWidget(QLabel(label))
            nrow.addWidget(widget, 1)
        params.addWidget(number)
        choice = self.choice_row = QWidget(self)
        crow = QHBoxLayout(choice)
        crow.setContentsMargins(0, 0, 0, 0)
        self.choices = QTableWidget(0, 2, choice)
        self.choices.setHorizontalHeaderLabels([self.tr("Option"), self.tr("Points")])
        self.choices.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.choices.verticalHeader().hide()
        self.choices.setFixedHeight(130)
        for ch in c.choices:
            self._add_choice(ch.label, ch.points)
        buttons = QVBoxLayout()
        add = QPushButton(self.tr("Add option"), choice)
        add.clicked.connect(lambda: self._add_choice("", 0))
        remove = QPushButton(self.tr("Remove option"), choice)
        remove.clicked.connect(lambda: self.choices.removeRow(self.choices.currentRow()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        crow.addWidget(self.choices, 1)
        crow.addLayout(buttons)
        params.addWidget(choice)
        form.addRow("", self.params)
        self.answer.currentIndexChanged.connect(self._answer_changed)
        self._answer_changed()

        self.weight = QDoubleSpinBox(self)
        self.weight.setRange(0.01, 1000)
        self.weight.setDecimals(2)
        self.weight.setValue(c.weight)
        self.critical = QCheckBox(self.tr("Critical: failing it flags the whole check"), self)
        self.critical.setChecked(c.critical)
        row = QHBoxLayout()
        row.addWidget(self.weight)
        row.addSpacing(16)
        row.addWidget(self.critical, 1)
        form.addRow(self.tr("Weight"), row)
        self.required = QSpinBox(self)
        self.required.setRange(1, 999)
        self.required.setValue(c.required_checks)
        self.required.setSuffix(self.tr(" per subject"))
        self.required.setMinimumWidth(160)
        self.required.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Required checks"), self.required)
        self.photo = _combo(self, [(self.tr("not needed"), "none"),
                                   (self.tr("optional"), "optional"),
                                   (self.tr("required"), "required")], c.photo)
        form.addRow(self.tr("Photo"), self.photo)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {tone_color(BAD, self.palette()).name()}")
        self.problem.hide()
        outer.addWidget(self.problem)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer.addWidget(box)
        self.text.setFocus()

    # -- place ----------------------------------------------------------------------------
    def _fill_touchpoints(self) -> None:
        stage_id = self.stage.currentData()
        self.touchpoint.blockSignals(True)
        self.touchpoint.clear()
        self.touchpoint.addItem(self.tr("— none: a general section —"), None)
        if self.journey is not None and stage_id:
            for tp in self.journey.touchpoints_of(stage_id):
                self.touchpoint.addItem(tp.name, tp.id)
        self.touchpoint.blockSignals(False)
        self._place_changed()

    def _place_changed(self) -> None:
        self.section.setEnabled(self.touchpoint.currentData() is None)

    def _answer_changed(self) -> None:
        kind = self.answer.currentData()
        self.number_row.setVisible(kind == "number")
        self.choice_row.setVisible(kind == "choice")
        self.params.setVisible(kind in ("number", "choice"))
        if kind == "choice" and self.choices.rowCount() == 0:
            self._add_choice(self.tr("good"), 1)
            self._add_choice(self.tr("bad"), 0)

    def _add_choice(self, label: str, points: float) -> None:
        row = self.choices.rowCount()
        self.choices.insertRow(row)
        self.choices.setItem(row, 0, QTableWidgetItem(label))
        self.choices.setItem(row, 1, QTableWidgetItem(_number(points)))

    # -- values ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every field; ``choices`` only for a choice. Raises ValueError for a bad number."""
        kind = self.answer.currentData()
        touchpoint = self.touchpoint.currentData()
        values: dict[str, Any] = {
            "text": self.text.toPlainText(), "should_be": self.should_be.toPlainText(),
            "should_not_be": self.should_not_be.toPlainText(),
            "stage_id": self.stage.currentData(), "touchpoint_id": touchpoint,
            "section": "" if touchpoint else self.section.text(),
            "channel": self.channel.currentData(), "interaction": self.interaction.currentData(),
            "answer_type": kind, "weight": round(self.weight.value(), 4),
            "critical": self.critical.isChecked(), "required_checks": self.required.value(),
            "photo": self.photo.currentData(), "unit": "", "threshold": None,
            "direction": None,
        }
        if kind == "number":
            text = self.threshold.text().strip()
            values.update(unit=self.unit.text(), direction=self.direction.currentData(),
                          threshold=parse_number(text) if text else None)
        if kind == "choice":
            choices = []
            for row in range(self.choices.rowCount()):
                label = (self.choices.item(row, 0) or QTableWidgetItem()).text().strip()
                points = (self.choices.item(row, 1) or QTableWidgetItem()).text().strip()
                if label or points:
                    choices.append((label, parse_number(points or "0")))
            values["choices"] = choices
        return values

    def accept(self) -> None:
        try:
            normalize_criterion(self.values())
        except ValueError:
            self._show(self.tr("The threshold and the points must be numbers."))
            return
        except CxDeskError as exc:
            self._show(str(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class NewTemplateDialog(QDialog):
    """Name, language and journey map of a new, empty checklist template."""

    def __init__(self, maps: list[tuple[str, str]], language: str = "ru",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New checklist template"))
        self.setMinimumWidth(440)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Showroom visit"))
        self.language = _combo(self, [(label, code) for code, label in
                                      language_labels().items()], language)
        self.map = _combo(self, [(name, ident) for ident, name in maps]
                          or [(self.tr("— no journey map —"), None)])
        self.description = _text_box(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Journey map"), self.map)
        form.addRow(self.tr("Description"), self.description)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer.addWidget(box)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "language": self.language.currentData(),
                "map_id": self.map.currentData(),
                "description": self.description.toPlainText()}


class ProblemsDialog(QDialog):
    """Every problem of a template workbook that was not imported: sheet, row, column, why."""

    def __init__(self, file_name: str, problems: list[Problem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The template was not imported"))
        self.resize(820, 420)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Nothing was imported from %1. Fix the %n problem(s) below in the "
                               "file and import it again.", "", len(problems))
                       .replace("%1", file_name), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.table = QTableWidget(len(problems), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        head = self.table.horizontalHeader()
        for col in range(3):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, p in enumerate(problems):
            column = " ".join(x for x in (p.column or "", f"«{p.header}»" if p.header else "") if x)
            for col, text in enumerate((p.sheet or "", "" if p.row is None else str(p.row),
                                        column, p.reason)):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        outer.addWidget(self.table, 1)
        self.problems = problems
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = box.addButton(self.tr("Copy the list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        box.rejected.connect(self.reject)
        box.accepted.connect(self.accept)
        outer.addWidget(box)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(str(p) for p in self.problems))
