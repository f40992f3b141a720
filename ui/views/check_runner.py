"""The check runner: fieldwork at speed, keyboard first. The checklist grouped by stage and
touchpoint on the left with ✓/✗/· marks; the current criterion on the right with what is
checked, how it should and should not be, and its answer. 1/0/N answer yes/no/not applicable,
digits answer scales and choices, Enter goes to the next criterion, Tab to the comment.
Every answer is saved the moment it is given, as one undo command; photos are attached by
"Add photos…" or by dropping image files onto the runner."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from cxdesk import fieldwork
from cxdesk.checklists import Criterion, load_checklist
from cxdesk.checks import AnswerRow, check_answers
from cxdesk.errors import CxDeskError
from cxdesk.evidence import photo_derivative
from cxdesk.finding_ops import answer_has_finding
from ui import messages
from ui.check_commands import AnswerCommand, AttachPhotosCommand
from ui.commands import execute
from ui.context import AppContext
from ui.evidence_import import dropped_files, start_import
from ui.views.check_answers import answer_words
from ui.views.checks_model import STATUS_TONES, method_name, status_name
from ui.views.kit import (
    BAD,
    GOOD,
    WARN,
    fmt_datetime,
    fmt_number,
    fmt_score,
    muted_color,
    scaled_font,
    score_tone,
    section_label,
    tone_color,
    tone_fill,
    vbox,
)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".mpo"}
#: a "1" followed this soon by a "0" answers 10 on a 0–10 scale
TEN_WINDOW_S = 0.8
ROLE_ID = Qt.ItemDataRole.UserRole


def short_mark(answer: AnswerRow) -> str:
    if not answer.answered:
        return "·"
    if answer.not_applicable:
        return "–"
    if answer.score is None:
        return "✎" if answer.value_text else "·"
    return "✗" if answer.failed else ("✓" if answer.score >= 0.999 else "~")


class NumberEdit(QLineEdit):
    """A number typed in; N answers "not applicable" instead."""

    not_applicable = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_N and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.not_applicable.emit()
            return
        super().keyPressEvent(event)


class AnswerPad(QFrame):
    """Where the keyboard lives while answering: focusable, its buttons are not (so that a
    key is always an answer, and Tab goes straight to the comment)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("answerPad")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 8, 8, 8)
        self.grid.setSpacing(6)


class CheckRunner(QWidget):
    """Runs one check. ``back`` asks to return to the list of checks."""

    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAcceptDrops(True)
        self.check: fieldwork.CheckInfo | None = None
        self.rows: list[AnswerRow] = []
        self.details: dict[str, Criterion] = {}
        self.current = 0
        self._last_key: tuple[str, float] | None = None  # (criterion id, time of a "1")
        self._thumbs: dict[str, QPixmap] = {}
        self._shown_criterion: str | None = None

        # -- the head: what is checked, the score, what is missing, the review ------------
        self.back_button = QPushButton(self.tr("◀ Checks"))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.back)
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 2, bold=True))
        self.meta = QLabel()
        for label in (self.title, self.meta):  # long names elide rather than widen the window
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status = QLabel()
        self.score = QLabel()
        self.score.setFont(scaled_font(self.font(), 8, bold=True))
        self.score_detail = QLabel()
        self.missing = QLabel()
        self.missing.setTextFormat(Qt.TextFormat.RichText)
        self.missing.linkActivated.connect(lambda _link: self.go_to_missing())
        self.submit_button = QPushButton(self.tr("Submit"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.return_button = QPushButton(self.tr("Return…"))
        for button in (self.submit_button, self.approve_button, self.return_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_for_changes)

        head = QWidget()
        head_layout = QGridLayout(head)
        head_layout.setContentsMargins(12, 8, 12, 6)
        head_layout.setHorizontalSpacing(12)
        head_layout.setVerticalSpacing(2)
        head_layout.addWidget(self.back_button, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        head_layout.addWidget(self.title, 0, 1)
        head_layout.addWidget(self.meta, 1, 1)
        score_box = QHBoxLayout()
        score_box.setSpacing(10)
        score_box.addWidget(self.score)
        score_box.addWidget(self.score_detail)
        head_layout.addLayout(score_box, 0, 2, 2, 1)
        head_layout.setColumnStretch(1, 1)
        review = QHBoxLayout()
        review.addWidget(self.status)
        review.addWidget(self.missing, 1)
        review.addWidget(self.submit_button)
        review.addWidget(self.approve_button)
        review.addWidget(self.return_button)
        head_layout.addLayout(review, 2, 0, 1, 3)

        # -- the checklist -----------------------------------------------------------------
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys answer; arrows move
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(12)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.setMinimumWidth(300)

        # -- the current criterion -----------------------------------------------------------
        self.position = QLabel()
        self.criterion = QLabel()
        self.criterion.setWordWrap(True)
        self.criterion.setFont(scaled_font(self.font(), 4, bold=True))
        self.critical = QLabel()
        self.should_be = QLabel()
        self.should_not_be = QLabel()
        for label in (self.should_be, self.should_not_be):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        self.pad = AnswerPad()
        self.number = NumberEdit()
        self.number.setPlaceholderText(self.tr("Type the number, Enter to save"))
        self.number.not_applicable.connect(lambda: self.give(not_applicable=True))
        self.text_answer = QLineEdit()
        self.text_answer.setPlaceholderText(self.tr("Type the answer, Enter to save"))
        self.given = QLabel()
        self.given.setFont(scaled_font(self.font(), 1, bold=True))
        self.keys = QLabel()
        self.make_finding = QPushButton(self.tr("Make a finding"))  # of a failed answer
        self.make_finding.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.make_finding.clicked.connect(self.make_finding_of_answer)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Comment on this criterion (Tab)"))
        self.comment.editingFinished.connect(self.save_comment)
        self.photo_strip = QListWidget()
        self.photo_strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_strip.setFlow(QListWidget.Flow.LeftToRight)
        self.photo_strip.setWrapping(False)
        self.photo_strip.setIconSize(QSize(96, 72))
        self.photo_strip.setFixedHeight(104)
        self.photo_strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.photo_strip.setMovement(QListWidget.Movement.Static)
        self.add_photos_button = QPushButton(self.tr("Add photos…"))
        self.add_photos_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_photos_button.clicked.connect(self.choose_photos)
        self.photo_hint = QLabel()
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.read_only = QLabel()
        self.read_only.setWordWrap(True)

        right = QWidget()
        rl = vbox(right, (20, 14, 20, 12), 8)
        rl.addWidget(self.read_only)
        top = QHBoxLayout()
        top.addWidget(self.position, 1)
        top.addWidget(self.critical)
        rl.addLayout(top)
        rl.addWidget(self.criterion)
        rl.addWidget(self.should_be)
        rl.addWidget(self.should_not_be)
        rl.addWidget(self.pad)
        answer_line = QHBoxLayout()
        answer_line.addWidget(self.given)
        answer_line.addWidget(self.make_finding)
        answer_line.addStretch(1)
        answer_line.addWidget(self.keys)
        rl.addLayout(answer_line)
        rl.addWidget(section_label(self.tr("Comment")))
        rl.addWidget(self.comment)
        photos_head = QHBoxLayout()
        photos_head.addWidget(section_label(self.tr("Photos")))
        photos_head.addWidget(self.photo_hint, 1)
        photos_head.addWidget(self.add_photos_button)
        rl.addLayout(photos_head)
        rl.addWidget(self.photo_strip)
        rl.addStretch(1)
        rl.addWidget(section_label(self.tr("Review history")))
        rl.addWidget(self.history)
        self.setTabOrder(self.pad, self.comment)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([380, 900])
        splitter.setStretchFactor(1, 1)
        layout = vbox(self)
        layout.addWidget(head)
        layout.addWidget(splitter, 1)
        self._comment_timer = QTimer(self)
        self._comment_timer.setSingleShot(True)
        self._comment_timer.setInterval(1500)
        self._comment_timer.timeout.connect(self.save_comment)
        self.comment.textEdited.connect(lambda _t: self._comment_timer.start())
        context.changed.connect(self._changed)

    def _changed(self, topics: frozenset[str]) -> None:
        if self.check is not None and topics & {"checks", "evidence"}:
            if "evidence" in topics:
                self._thumbs.clear()  # an annotated photo has a new thumbnail
            self.reload()

    # -- loading --------------------------------------------------------------------------
    def open_check(self, check_id: str, criterion_id: str | None = None) -> None:
        """Show a check, at ``criterion_id`` or at its first criterion without an answer."""
        self.check = None
        self._shown_criterion = None
        self._thumbs.clear()
        self._load(check_id)
        index = next((i for i, r in enumerate(self.rows) if r.criterion_id == criterion_id),
                     None)
        if index is None and self.check.editable:
            index = next((i for i, r in enumerate(self.rows) if not r.answered), 0)
        self.go_to(index or 0)

    def reload(self) -> None:
        """Read the check again (after an answer, an undo, a review step…)."""
        if self.check is not None:
            try:
                self._load(self.check.id)
            except CxDeskError:  # deleted (an undo of its creation)
                self.check = None
                self.back.emit()
                return
            self._show_criterion()

    def _load(self, check_id: str) -> None:
        ws = self.context.ws
        check = fieldwork.get_check(ws, check_id)
        if self.check is None or self.check.template_id != check.template_id:
            self.details = {c.id: c for c in load_checklist(ws, check.template_id).criteria()}
        self.check = check
        self.rows = check_answers(ws, check_id)
        self.photos = fieldwork.check_photos(ws, check_id)
        self.problems = fieldwork.completion_problems(ws, check_id)
        self.score_now = fieldwork.check_score(ws, check_id)
        self.reviews = fieldwork.review_history(ws, check_id)
        self.current = min(self.current, max(0, len(self.rows) - 1))
        self._fill_head()
        self._fill_tree()

    def _fill_head(self) -> None:
        check, pal = self.check, self.palette()
        self.title.setText(" · ".join(p for p in (check.subject, check.location) if p))
        meta = [method_name(check.method), fmt_datetime(check.started_at), check.auditor,
                check.scenario, check.template]
        self.meta.setText(" · ".join(m for m in meta if m))
        self.meta.setStyleSheet(f"color: {muted_color(pal).name()}")
        tone = STATUS_TONES.get(check.status)
        self.status.setText(f"  {status_name(check.status)}  ")
        self.status.setStyleSheet(
            f"background: {tone_fill(tone, pal, 0.25).name()}; border-radius: 9px;"
            f" padding: 2px 6px; font-weight: bold")
        score = self.score_now
        colour = tone_color(BAD if score.critical_failures else score_tone(score.value), pal)
        self.score.setText(fmt_score(score.value) + ("" if score.value is None else " %"))
        self.score.setStyleSheet(f"color: {colour.name()}")
        answered = sum(r.answered for r in self.rows)
        detail = [self.tr("%1 of %2 answered").replace("%1", str(answered))
                  .replace("%2", str(len(self.rows)))]
        if score.critical_failures:
            detail.append("⚠ " + self.tr("%n critical criterion(s) failed", "",
                                         score.critical_failures))
        self.score_detail.setText("\n".join(detail))
        self.score_detail.setStyleSheet(f"color: {muted_color(pal).name()}")
        answers = sum(p.kind == "answer" for p in self.problems)
        photos = len(self.problems) - answers
        editable = check.editable
        if self.problems and editable:
            parts = []
            if answers:
                parts.append(self.tr("%n required answer(s) missing", "", answers))
            if photos:
                parts.append(self.tr("%n required photo(s) missing", "", photos))
            link = self.tr("go to the first")
            self.missing.setText(
                f"<span style='color:{tone_color(WARN, pal).name()}'>⚠ "
                + " · ".join(parts) + f"</span> &nbsp;<a href='#missing'>{link}</a>")
            self.missing.setToolTip("\n".join(self._problem_text(p) for p in self.problems[:20]))
        elif editable:
            self.missing.setText(f"<span style='color:{tone_color(GOOD, pal).name()}'>✓ "
                                 + self.tr("Complete: ready to submit") + "</span>")
            self.missing.setToolTip("")
        else:
            self.missing.setText("")
            self.missing.setToolTip("")
        self.submit_button.setVisible(editable)
        self.submit_button.setEnabled(editable and not self.problems)
        self.submit_button.setToolTip(self.missing.toolTip() if self.problems else
                                      self.tr("Hand the check in for review"))
        self.approve_button.setVisible(check.status == "submitted")
        self.return_button.setVisible(check.status in ("submitted", "approved"))
        if editable:
            self.read_only.hide()
        else:
            self.read_only.setText(self.tr(
                "This check is %1 and read-only. A reviewer can return it for changes.")
                .replace("%1", status_name(check.status).lower()))
            self.read_only.setStyleSheet(
                f"background: {tone_fill(tone, pal, 0.18).name()}; padding: 6px;"
                " border-radius: 4px")
            self.read_only.show()
        self._fill_history()

    def _problem_text(self, problem: fieldwork.Problem) -> str:
        if problem.kind == "photo":
            return self.tr("Photo required: %1").replace("%1", problem.criterion)
        return self.tr("Not answered: %1").replace("%1", problem.criterion)

    def _fill_history(self) -> None:
        muted = muted_color(self.palette()).name()
        lines = []
        for review in self.reviews:
            moment = QDateTime.fromString(review.at, Qt.DateFormat.ISODateWithMs).toLocalTime()
            when = QLocale().toString(moment, "dd.MM.yyyy HH:mm") if moment.isValid() else ""
            line = f"<span style='color:{muted}'>{when}</span> &nbsp;<b>" \
                   f"{status_name(review.status)}</b>"
            if review.reviewer:
                line += f" · {_html(review.reviewer)}"
            if review.comment:
                line += f" — «{_html(review.comment)}»"
            lines.append(line)
        self.history.setText("<br>".join(lines[-6:]) or "–")

    def _fill_tree(self) -> None:
        """Stages, their touchpoints (or general sections) with a mark per criterion, and
        the criteria beneath."""
        pal = self.palette()
        self.tree.clear()
        self.items: list[QTreeWidgetItem] = []
        stage_item: QTreeWidgetItem | None = None
        group_item: QTreeWidgetItem | None = None
        stage = group = None
        marks: list[str] = []
        muted = QBrush(muted_color(pal))
        for i, row in enumerate(self.rows):
            if stage_item is None or row.stage != stage:
                stage = row.stage
                group = None
                stage_item = QTreeWidgetItem([(row.stage or self.tr("General")).upper(), ""])
                stage_item.setFont(0, scaled_font(self.font(), -1, bold=True))
                stage_item.setForeground(0, muted)
                stage_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(stage_item)
            if group_item is None or row.group != group or group_item.parent() is not stage_item:
                if group_item is not None:
                    group_item.setText(1, "".join(marks))
                group, marks = row.group, []
                group_item = QTreeWidgetItem([row.group or self.tr("General"), ""])
                group_item.setFont(0, scaled_font(self.font(), 0, bold=True))
                group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                stage_item.addChild(group_item)
            symbol = short_mark(row)
            marks.append(symbol)
            text = ("★ " if row.critical else "") + row.text
            item = QTreeWidgetItem([f"{symbol}  {text}", ""])
            item.setData(0, ROLE_ID, i)
            item.setToolTip(0, row.text)
            if symbol == "✗":
                item.setForeground(0, QBrush(tone_color(BAD, pal)))
            elif symbol in ("✓", "~"):
                item.setForeground(0, QBrush(tone_color(GOOD, pal)))
            elif symbol == "–":
                item.setForeground(0, muted)
            group_item.addChild(item)
            self.items.append(item)
        if group_item is not None:
            group_item.setText(1, "".join(marks))
        self.tree.expandAll()

    # -- moving -----------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not self.rows:
            return
        self.save_comment()
        self.current = max(0, min(index, len(self.rows) - 1))
        self._last_key = None
        self._show_criterion()

    def next(self) -> None:
        self.go_to(self.current + 1)

    def go_to_missing(self) -> None:
        if self.problems:
            ids = [r.criterion_id for r in self.rows]
            self.go_to(ids.index(self.problems[0].criterion_id))

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        index = item.data(0, ROLE_ID)
        if index is not None:
            self.go_to(index)

    @property
    def row(self) -> AnswerRow | None:
        return self.rows[self.current] if self.rows else None

    def _show_criterion(self) -> None:
        row = self.row
        if row is None or self.check is None:
            return
        pal = self.palette()
        detail = self.details.get(row.criterion_id)
        item = self.items[self.current]
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        group = [r for r in self.rows if (r.stage, r.group) == (row.stage, row.group)]
        place = group.index(row) + 1
        heading = row.group or row.stage or self.tr("General")
        self.position.setText(self.tr("%1 — %2 of %3").replace("%1", heading)
                              .replace("%2", str(place)).replace("%3", str(len(group))))
        self.position.setStyleSheet(f"color: {muted_color(pal).name()}")
        self.criterion.setText(row.text)
        self.critical.setText("★ " + self.tr("critical") if row.critical else "")
        self.critical.setStyleSheet(f"color: {tone_color(BAD, pal).name()}; font-weight: bold")
        should, should_not = (detail.should_be, detail.should_not_be) if detail else ("", "")
        should_label = self.tr("How it should be:")
        should_not_label = self.tr("How it should not be:")
        self.should_be.setText(f"<b style='color:{tone_color(GOOD, pal).name()}'>"
                               f"{should_label}</b> {_html(should)}")
        self.should_be.setVisible(bool(should))
        self.should_not_be.setText(f"<b style='color:{tone_color(BAD, pal).name()}'>"
                                   f"{should_not_label}</b> {_html(should_not)}")
        self.should_not_be.setVisible(bool(should_not))
        changed = self._shown_criterion != row.criterion_id
        self._shown_criterion = row.criterion_id
        self._build_pad(row, detail)
        self.given.setText(self.tr("Answer: %1").replace("%1", answer_words(row)))
        self.given.setStyleSheet(f"color: {self._tone_of(row).name()}")
        self.make_finding.setVisible(row.failed and row.answer_id is not None
                                     and not answer_has_finding(self.context.ws, row.answer_id))
        if changed or not self.comment.hasFocus():
            self.comment.setText(row.comment)
        editable = self.check.editable
        self.comment.setReadOnly(not editable)
        self.add_photos_button.setEnabled(editable)
        self._fill_photos(row)
        if changed and editable:
            target = {"number": self.number, "text": self.text_answer}.get(row.answer_type,
                                                                          self.pad)
            target.setFocus()
        elif changed:
            self.pad.setFocus()

    def make_finding_of_answer(self) -> bool:
        """Record the current failed answer as a finding (see the Findings screen)."""
        from ui.finding_commands import finding_from_answer

        row = self.row
        if row is None or row.answer_id is None:
            return False
        return execute(finding_from_answer(self.context, row.answer_id,
                                           self.tr("Make a finding")), self)

    def _tone_of(self, row: AnswerRow):  # noqa: ANN202 - a QColor
        pal = self.palette()
        if not row.answered or row.score is None:
            return muted_color(pal)
        return tone_color(BAD if row.failed else GOOD, pal)

    def _build_pad(self, row: AnswerRow, detail: Criterion | None) -> None:
        grid = self.pad.grid
        while grid.count():
            widget = grid.takeAt(0).widget()
            if widget is not None and widget not in (self.number, self.text_answer):
                widget.deleteLater()
            elif widget is not None:
                widget.hide()
        editable = bool(self.check and self.check.editable)
        buttons: list[tuple[str, dict, bool]] = []  # label, answer, chosen
        kind = row.answer_type
        value = None if row.not_applicable else row.value_number
        if kind == "yes_no":
            buttons = [(self.tr("1  Yes"), {"value": 1}, value == 1),
                       (self.tr("0  No"), {"value": 0}, value == 0)]
            keys = self.tr("1 yes · 0 no · N not applicable · Enter next")
        elif kind in ("scale_0_10", "scale_1_5"):
            low, high = (0, 10) if kind == "scale_0_10" else (1, 5)
            buttons = [(str(v), {"value": v}, value == v) for v in range(low, high + 1)]
            keys = self.tr("%1–%2 score · N not applicable · Enter next") \
                .replace("%1", str(low)).replace("%2", str(high))
            if high == 10:
                keys += " · " + self.tr("1 then 0 quickly for 10")
        elif kind == "choice":
            choices = detail.choices if detail else ()
            buttons = [(f"{i}  {c.label}", {"choice_id": c.id}, row.choice == c.label)
                       for i, c in enumerate(choices, start=1)]
            keys = self.tr("1–%1 choose · N not applicable · Enter next") \
                .replace("%1", str(len(choices)))
        elif kind == "number":
            unit = f" {row.unit}" if row.unit else ""
            if row.threshold is not None:
                sign = "≥" if row.direction == "higher_is_better" else "≤"
                self.number.setToolTip(self.tr("Passes at %1").replace(
                    "%1", f"{sign} {fmt_number(row.threshold)}{unit}"))
            self.number.setText("" if value is None else fmt_number(value))
            self.number.setReadOnly(not editable)
            grid.addWidget(self.number, 0, 0, 1, 3)
            self.number.show()
            keys = self.tr("type the number%1 · Enter save and next · N not applicable") \
                .replace("%1", unit)
        else:
            self.text_answer.setText(row.value_text or "")
            self.text_answer.setReadOnly(not editable)
            grid.addWidget(self.text_answer, 0, 0, 1, 3)
            self.text_answer.show()
            keys = self.tr("type the answer · Enter save and next")
        buttons.append((self.tr("N  Not applicable"), {"not_applicable": True},
                        row.not_applicable))
        columns = 6 if kind == "scale_0_10" else max(3, min(len(buttons), 6))
        start = 1 if kind in ("number", "text") else 0
        pal = self.palette()
        for i, (label, given, chosen) in enumerate(buttons):
            button = QPushButton(label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(36)
            button.setEnabled(editable)
            button.setCheckable(True)
            button.setChecked(chosen)
            if chosen:
                button.setStyleSheet(f"background: {tone_fill(self._tone_key(row), pal, 0.35).name()};"
                                     " font-weight: bold")
            button.clicked.connect(lambda _c=False, g=given: self.give(**g))
            position = start * columns + i
            grid.addWidget(button, position // columns, position % columns)
        self.keys.setText(keys)
        self.keys.setStyleSheet(f"color: {muted_color(pal).name()}")

    def _tone_key(self, row: AnswerRow) -> str | None:
        if row.score is None:
            return None
        return BAD if row.failed else GOOD

    def _fill_photos(self, row: AnswerRow) -> None:
        self.photo_strip.clear()
        mine = [p for p in self.photos if p.criterion_id == row.criterion_id]
        for photo in mine:
            item = QListWidgetItem(self._thumb(photo.photo_id), "")
            item.setToolTip(photo.file_name)
            item.setData(ROLE_ID, photo.link_id)
            self.photo_strip.addItem(item)
        detail = self.details.get(row.criterion_id)
        need = detail.photo if detail else "none"
        hint = {"required": self.tr("a photo is required"),
                "optional": self.tr("photos welcome")}.get(need, "")
        drop = self.tr("drop image files here")
        others = len(self.photos) - len(mine)
        parts = [p for p in (hint, drop) if p]
        if others:
            parts.append(self.tr("%n more on other criteria", "", others))
        self.photo_hint.setText(" · ".join(parts))
        colour = tone_color(WARN, self.palette()) if need == "required" and not mine \
            else muted_color(self.palette())
        self.photo_hint.setStyleSheet(f"color: {colour.name()}")

    def _thumb(self, photo_id: str) -> QIcon:
        if photo_id not in self._thumbs:
            pixmap = QPixmap()
            with contextlib.suppress(CxDeskError):
                pixmap.loadFromData(photo_derivative(self.context.ws, photo_id, "thumb"))
            self._thumbs[photo_id] = pixmap
        return QIcon(self._thumbs[photo_id])

    # -- answering ----------------------------------------------------------------------------
    def give(self, *, merge: bool = False, **answer) -> bool:  # noqa: ANN003
        """Save an answer to the current criterion at once, as one undo command."""
        row, check = self.row, self.check
        if row is None or check is None:
            return False
        if not check.editable:
            self._refuse_read_only()
            return False
        ws, check_id, criterion_id = self.context.ws, check.id, row.criterion_id
        comment = self.comment.text() if self.comment.text() != row.comment else None
        command = AnswerCommand(
            self.context, self.tr("Answer «%1»").replace("%1", _short(row.text)),
            lambda: fieldwork.answer(ws, check_id, criterion_id, comment=comment, **answer),
            mergeable=merge)
        return execute(command, self)

    def clear(self) -> None:
        row, check = self.row, self.check
        if row is None or check is None or not row.answered:
            return
        if not check.editable:
            self._refuse_read_only()
            return
        ws, check_id, criterion_id = self.context.ws, check.id, row.criterion_id
        execute(AnswerCommand(self.context,
                              self.tr("Clear the answer «%1»").replace("%1", _short(row.text)),
                              lambda: fieldwork.clear_answer(ws, check_id, criterion_id)), self)

    def save_comment(self) -> None:
        """Save the comment typed for the current criterion, if it changed."""
        self._comment_timer.stop()
        row, check = self.row, self.check
        if row is None or check is None or not check.editable:
            return
        if row.criterion_id != self._shown_criterion:
            return
        text = self.comment.text().strip()
        if text == row.comment:
            return
        ws, check_id, criterion_id = self.context.ws, check.id, row.criterion_id
        execute(AnswerCommand(self.context,
                              self.tr("Comment on «%1»").replace("%1", _short(row.text)),
                              lambda: fieldwork.set_comment(ws, check_id, criterion_id, text)),
                self)

    def _refuse_read_only(self) -> None:
        messages.info(self, self.tr("Read-only"), self.tr(
            "This check is submitted or approved and cannot be changed. A reviewer can return "
            "it for changes."))

    def _number_entered(self) -> None:
        text = self.number.text().strip()
        row = self.row
        if text and row is not None:
            number, ok = QLocale().toDouble(text)
            value = number if ok else text
            fresh = row.value_number is None or row.not_applicable or value != row.value_number
            if fresh and not self.give(value=value):
                return
        self.next()

    def _text_entered(self) -> None:
        text = self.text_answer.text().strip()
        row = self.row
        if text and row is not None and text != (row.value_text or "") \
                and not self.give(text=text):
            return
        self.next()

    def _comment_entered(self) -> None:
        self.save_comment()
        self.next()
        self.pad.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        row = self.row
        key = event.key()
        if row is None or event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                               | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # the line edits pass Enter on: say what it means where the focus is
            focus = self.focusWidget()
            if focus is self.number:
                self._number_entered()
            elif focus is self.text_answer:
                self._text_entered()
            elif focus is self.comment:
                self._comment_entered()
            else:
                self.next()
        elif key == Qt.Key.Key_Down:
            self.next()
        elif key == Qt.Key.Key_Up:
            self.go_to(self.current - 1)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.clear()
        elif key == Qt.Key.Key_N and row.answer_type != "text":
            self.give(not_applicable=True)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._digit(row, key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _digit(self, row: AnswerRow, digit: int) -> None:
        kind = row.answer_type
        if kind == "yes_no" and digit in (0, 1):
            self.give(value=digit)
        elif kind == "scale_0_10":
            last = self._last_key
            if (digit == 0 and last and last[0] == row.criterion_id
                    and time.monotonic() - last[1] <= TEN_WINDOW_S):
                self._last_key = None
                self.give(value=10, merge=True)
                return
            self._last_key = (row.criterion_id, time.monotonic()) if digit == 1 else None
            self.give(value=digit)
        elif kind == "scale_1_5" and 1 <= digit <= 5:
            self.give(value=digit)
        elif kind == "choice":
            detail = self.details.get(row.criterion_id)
            choices = detail.choices if detail else ()
            if 1 <= digit <= len(choices):
                self.give(choice_id=choices[digit - 1].id)

    # -- photos -------------------------------------------------------------------------------
    def choose_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "",
            self.tr("Images (%1)").replace("%1", " ".join(f"*{s}" for s in
                                                          sorted(IMAGE_SUFFIXES))))
        if names and self.check is not None:
            # the worker path of drops: progress, cancel, and each refused file named
            start_import(self.context, [Path(n) for n in names], self, check_id=self.check.id,
                         criterion_id=self.row.criterion_id if self.row else None)

    def attach_files(self, paths: list[Path]) -> bool:
        """Attach image files to the check and its current criterion, as one undo step."""
        row, check = self.row, self.check
        if not paths or check is None:
            return False
        if not check.editable:
            self._refuse_read_only()
            return False
        files = []
        for path in paths:
            try:
                files.append((path.name, path.read_bytes()))
            except OSError as exc:
                messages.error(self, self.tr("Cannot read the file"),
                               f"{path}: {exc.strerror or exc}")
                return False
        text = self.tr("Attach %n photo(s)", "", len(files))
        return execute(AttachPhotosCommand(self.context, check.id,
                                           row.criterion_id if row else None, files, text), self)

    @staticmethod
    def _image_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        return dropped_files(event.mimeData())

    def drop_target(self, pos: QPoint) -> str | None:
        """The criterion files dropped at ``pos`` go to: the criterion row under it in the
        checklist, none (the whole check) elsewhere on the checklist, else the current one."""
        viewport = self.tree.viewport()
        at = viewport.mapFrom(self, pos)
        if not viewport.rect().contains(at):
            return self.row.criterion_id if self.row else None
        item = self.tree.itemAt(at)
        index = item.data(0, ROLE_ID) if item is not None else None
        return self.rows[index].criterion_id if index is not None else None

    def import_dropped(self, paths: list[Path], pos: QPoint):  # noqa: ANN201 - an ImportJob
        """Import dropped files in a worker onto the check (and criterion) under ``pos``."""
        if self.check is None or not self.check.editable:
            self._refuse_read_only()
            return None
        return start_import(self.context, paths, self, check_id=self.check.id,
                            criterion_id=self.drop_target(pos))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.check is not None and self.check.editable and self._image_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = self._image_paths(event)
        if paths and self.import_dropped(paths, event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- review -------------------------------------------------------------------------------
    def _reviewer(self) -> str:
        engagement = self.context.engagement()
        return engagement.consultant if engagement else ""

    def _review(self, step) -> None:  # noqa: ANN001
        self.save_comment()
        try:
            step()
        except CxDeskError as exc:
            messages.error(self, self.tr("Not possible"), str(exc))
            return
        self.context.notify("checks")

    def submit(self) -> None:
        check = self.check
        if check is None:
            return
        self._review(lambda: fieldwork.submit_check(self.context.ws, check.id, by=check.auditor))

    def approve(self) -> None:
        check = self.check
        if check is None:
            return
        self._review(lambda: fieldwork.approve_check(self.context.ws, check.id,
                                                     reviewer=self._reviewer()))

    def ask_return_comment(self) -> str | None:
        """What the auditor has to fix; None when the reviewer cancels."""
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return for changes"),
            self.tr("What should the auditor fix?"))
        return text if ok else None

    def return_for_changes(self) -> None:
        check = self.check
        if check is None:
            return
        comment = self.ask_return_comment()
        if comment is None:
            return
        self._review(lambda: fieldwork.return_check(self.context.ws, check.id,
                                                    reviewer=self._reviewer(), comment=comment))


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
