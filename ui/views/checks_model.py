"""The checks list of the Checks screen: one check a row (subject, method, date, status,
score) and the filter and sort over it; the names of methods and statuses."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cxdesk.checks import CheckRow
from ui.views.base import View
from ui.views.kit import (
    BAD,
    DETAIL_ROLE,
    GOOD,
    INFO,
    NEUTRAL,
    SORT_ROLE,
    TONE_ROLE,
    WARN,
    HeaderedTableModel,
    fmt_date,
    fmt_datetime,
    fmt_score,
    fmt_time,
    muted_color,
    refilter,
    scaled_font,
    score_tone,
    tone_color,
    tone_fill,
)

STATUS_TONES = {"draft": NEUTRAL, "submitted": INFO, "approved": GOOD, "returned": WARN}


def method_name(method: str, *, short: bool = False) -> str:
    """The method of a check; ``short`` for the table's narrow column (where a language needs
    a shorter word than its full name, e.g. Russian «Закупка» for «Контрольная закупка»)."""
    if short:
        shorter = {
            "test_purchase": QCoreApplication.translate("ChecksView", "Test purchase",
                                                        "check method, short for a table"),
            "call_listening": QCoreApplication.translate("ChecksView", "Call listening",
                                                         "check method, short for a table"),
        }.get(method)
        if shorter:
            return shorter
    return {
        "visit": QCoreApplication.translate("ChecksView", "Visit"), "call": QCoreApplication.translate("ChecksView", "Call"), "request": QCoreApplication.translate("ChecksView", "Request"),
        "test_purchase": QCoreApplication.translate("ChecksView", "Test purchase"), "call_listening": QCoreApplication.translate("ChecksView", "Call listening"),
        "web_check": QCoreApplication.translate("ChecksView", "Website check"),
    }.get(method, method)


def status_name(status: str) -> str:
    return {"draft": QCoreApplication.translate("ChecksView", "Draft"), "submitted": QCoreApplication.translate("ChecksView", "Submitted"),
            "approved": QCoreApplication.translate("ChecksView", "Approved"), "returned": QCoreApplication.translate("ChecksView", "Returned")}.get(status, status)


class ChecksModel(HeaderedTableModel):
    """One check a row, on two lines: subject over location, method over auditor, date over
    time (``DETAIL_ROLE`` holds the second line); then the status and the score."""

    SUBJECT, METHOD, WHEN, STATUS, SCORE = range(5)

    def __init__(self, view: View) -> None:
        super().__init__(view, [QCoreApplication.translate("ChecksView", "Subject"),
                                QCoreApplication.translate("ChecksView", "Method"),
                                QCoreApplication.translate("ChecksView", "Date"),
                                QCoreApplication.translate("ChecksView", "Status"),
                                QCoreApplication.translate("ChecksView", "Score")])
        self.view = view
        self.checks: list[CheckRow] = []
        self.header_tips = [QCoreApplication.translate("ChecksView", "Subject and location"),
                            QCoreApplication.translate("ChecksView", "Method and auditor"),
                            QCoreApplication.translate("ChecksView", "Date and time"), "", ""]

    def items(self) -> list[CheckRow]:
        return self.checks

    def set_checks(self, checks: list[CheckRow]) -> None:
        self.beginResetModel()
        self.checks = checks
        self.endResetModel()

    def header_tip(self, section: int) -> str | None:
        return self.header_tips[section] or None

    def header_alignment(self, section: int) -> int | None:
        if section == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        check, col = self.checks[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(check, col)
        if role == DETAIL_ROLE:
            if col == self.SUBJECT:
                return check.location
            if col == self.METHOD:
                return check.auditor
            if col == self.WHEN:
                return fmt_time(check.started_at)
            return None
        if role == SORT_ROLE:
            if col == self.SCORE:
                return -1.0 if check.score is None else check.score
            if col == self.WHEN:
                return check.started_at or ""
            if col == self.SUBJECT:
                return (0 if check.own else 1, check.subject, check.location)
            if col == self.METHOD:
                return (method_name(check.method), check.auditor)
            return self._text(check, col)
        if role == Qt.ItemDataRole.UserRole:
            return check.id
        if role == TONE_ROLE and col == self.STATUS:
            return STATUS_TONES.get(check.status, NEUTRAL)
        pal = self.view.palette()
        if role == Qt.ItemDataRole.FontRole and (
                (col == self.SUBJECT and check.own) or col == self.SCORE):
            return scaled_font(self.view.font(), bold=True)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.SCORE:
                return tone_color(BAD if check.critical_failures else score_tone(check.score),
                                  pal)
            if col == self.METHOD:
                return muted_color(pal)
        if role == Qt.ItemDataRole.BackgroundRole and check.own:
            return tone_fill(INFO, pal, 0.07)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SCORE and check.critical_failures:
                return self.tr("%n critical criterion(s) failed", "", check.critical_failures)
            if col == self.SUBJECT:
                lines = [check.subject, check.location]
                if check.own:
                    lines.append(QCoreApplication.translate("ChecksView", "The own company"))
                return "\n".join(line for line in lines if line)
            if col == self.METHOD:
                return "\n".join(t for t in (method_name(check.method), check.auditor) if t)
            if col == self.WHEN:
                return fmt_datetime(check.started_at)
        return None

    def _text(self, check: CheckRow, col: int) -> str:
        if col == self.SUBJECT:
            return check.subject
        if col == self.METHOD:
            return method_name(check.method, short=True)
        if col == self.WHEN:
            return fmt_date(check.started_at)
        if col == self.STATUS:
            return status_name(check.status)
        if col == self.SCORE:
            text = fmt_score(check.score)
            return f"⚠ {text}" if check.critical_failures else text
        return ""


class CheckFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.subject_id: str | None = None
        self.status: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, subject_id: str | None, status: str | None) -> None:
        def change() -> None:
            self.subject_id, self.status = subject_id, status
        refilter(self, change)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        check = self.sourceModel().checks[row]
        return ((self.subject_id is None or check.subject_id == self.subject_id)
                and (self.status is None or check.status == self.status))

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
