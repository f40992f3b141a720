"""The findings list of the Findings screen: kinds with their findings beneath, each finding
painted as a card (title, where it was seen, root cause, severity and its support); the
names of kinds, categories and severities."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cxdesk.findings import FindingRow, findings_by_kind
from ui.views.base import View
from ui.views.grouped_model import GroupedModel
from ui.views.kit import (
    ACCENT,
    BAD,
    GOOD,
    INFO,
    NEUTRAL,
    WARN,
    blend,
    muted_color,
    paint_pill,
    scaled_font,
    tone_color,
    tone_fill,
)

KIND_TONES = {"failure": BAD, "weak_spot": WARN, "strength": GOOD,
              "best_practice_comfort": INFO, "best_practice_wow": ACCENT}
SEVERITY_TONES = {3: BAD, 2: WARN, 1: NEUTRAL}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


def kind_name(kind: str) -> str:
    return {"failure": QCoreApplication.translate("FindingsView", "Failures"), "weak_spot": QCoreApplication.translate("FindingsView", "Weak spots"),
            "strength": QCoreApplication.translate("FindingsView", "Strengths"),
            "best_practice_comfort": QCoreApplication.translate("FindingsView", "Best practices — comfort"),
            "best_practice_wow": QCoreApplication.translate("FindingsView", "Best practices — wow")}.get(kind, kind)


def kind_single(kind: str) -> str:
    """The name of one finding of a kind (the form's choice)."""
    return {"failure": QCoreApplication.translate("FindingsView", "Failure"),
            "weak_spot": QCoreApplication.translate("FindingsView", "Weak spot"),
            "strength": QCoreApplication.translate("FindingsView", "Strength"),
            "best_practice_comfort": QCoreApplication.translate(
                "FindingsView", "Best practice — comfort"),
            "best_practice_wow": QCoreApplication.translate(
                "FindingsView", "Best practice — wow")}.get(kind, kind)


def category_name(category: str | None) -> str:
    return {"staff": QCoreApplication.translate("FindingsView", "Staff"), "process": QCoreApplication.translate("FindingsView", "Process"),
            "technical": QCoreApplication.translate("FindingsView", "Technical"), "premises": QCoreApplication.translate("FindingsView", "Premises"),
            "communication": QCoreApplication.translate("FindingsView", "Communication")}.get(category or "", category or "")


def severity_name(severity: int) -> str:
    return {3: QCoreApplication.translate("FindingsView", "High"), 2: QCoreApplication.translate("FindingsView", "Medium"), 1: QCoreApplication.translate("FindingsView", "Low")}.get(severity, "")


class FindingsModel(GroupedModel):
    """Kinds (only those with findings) with their findings beneath, in one column."""

    def __init__(self, view: View) -> None:
        super().__init__(view, [""])
        self.view = view

    def set_findings(self, findings: list[FindingRow]) -> None:
        self.beginResetModel()
        self.groups = [(k, rows) for k, rows in findings_by_kind(findings).items() if rows]
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            kind, rows = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{kind_name(kind)}  {len(rows)}"
            if role == KIND_ROLE:
                return kind
            return None
        kind, rows = self.groups[index.internalId() - 1]
        finding = rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.title
        if role == FINDING_ROLE:
            return finding
        if role == KIND_ROLE:
            return kind
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(t for t in (finding.title, finding.description,
                                            finding.root_cause) if t)
        return None


class FindingDelegate(QStyledItemDelegate):
    def __init__(self, view: View) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        if index.data(FINDING_ROLE) is None:
            return QSize(400, line + 30)
        finding: FindingRow = index.data(FINDING_ROLE)
        lines = 2 + bool(finding.root_cause) + bool(finding.description)
        return QSize(400, int(line * 1.25 * lines + 26))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        finding: FindingRow | None = index.data(FINDING_ROLE)
        tone = KIND_TONES.get(index.data(KIND_ROLE), NEUTRAL)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if finding is None:
            self._heading(painter, option, index, tone)
        else:
            self._card(painter, option, finding, tone)
        painter.restore()

    def _heading(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex,
                 tone: str) -> None:
        pal = option.palette
        rect = QRectF(option.rect).adjusted(18, 0, -18, 0)
        kind, rows = index.model().groups[index.row()]
        font = scaled_font(option.font, 2.5, bold=True)
        painter.setFont(font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tone_color(tone, pal))
        dot_y = rect.center().y() + 3
        painter.drawRoundedRect(QRectF(rect.left() + 2, dot_y - 7, 5, 14), 2, 2)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        title = kind_name(kind)
        title_rect = QRectF(rect.left() + 16, rect.top() + 6, rect.width() - 20, rect.height() - 6)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         title)
        width = QFontMetrics(font).horizontalAdvance(title)
        painter.setFont(scaled_font(option.font, 1))
        painter.setPen(muted_color(pal))
        painter.drawText(title_rect.adjusted(width + 10, 0, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         str(len(rows)))

    def _card(self, painter: QPainter, option: QStyleOptionViewItem, f: FindingRow,
              tone: str) -> None:
        pal = option.palette
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        muted = muted_color(pal)
        card = QRectF(option.rect).adjusted(20, 4, -20, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(pal.color(QPalette.ColorRole.Highlight) if selected
                       else blend(base, text, 0.14))
        painter.setBrush(tone_fill(INFO, pal, 0.08) if selected else base)
        painter.drawRoundedRect(card, 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tone_color(tone, pal))
        painter.drawRoundedRect(QRectF(card.left(), card.top(), 4, card.height()), 2, 2)
        inner = card.adjusted(16, 10, -14, -10)
        font = option.font
        line = QFontMetrics(font).height() * 1.25
        # right column: severity and support
        right_w = 170
        severity = severity_name(f.severity)
        small = scaled_font(font, -1, bold=True)
        if f.kind in ("failure", "weak_spot") and severity:
            paint_pill(painter, QRectF(inner.right() - right_w, inner.top() - 2, right_w, line),
                       severity, SEVERITY_TONES.get(f.severity), pal, small,
                       align=Qt.AlignmentFlag.AlignRight)
        support = " · ".join(s for s in (
            self.tr("%n photo(s)", "", f.photos) if f.photos else "",
            self.tr("%n check(s)", "", f.checks) if f.checks else "") if s)
        painter.setFont(scaled_font(font, -1))
        painter.setPen(muted)
        painter.drawText(QRectF(inner.right() - right_w, inner.top() + line, right_w, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, support)
        text_w = inner.width() - right_w - 12
        # title
        bold = scaled_font(font, 1, bold=True)
        painter.setFont(bold)
        painter.setPen(text)
        y = inner.top()
        painter.drawText(QRectF(inner.left(), y, text_w, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(f.title, Qt.TextElideMode.ElideRight,
                                                       int(text_w)))
        y += line
        # where: subject · stage › touchpoint · category
        where = " › ".join(p for p in (f.stage, f.touchpoint) if p)
        meta = " · ".join(p for p in (f.subject, where, category_name(f.category))
                          if p)
        painter.setFont(font)
        painter.setPen(muted)
        painter.drawText(QRectF(inner.left(), y, text_w, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(font).elidedText(meta, Qt.TextElideMode.ElideRight,
                                                       int(text_w)))
        y += line
        for label, body in ((None, f.description),
                            (QCoreApplication.translate("FindingsView", "Root cause:"), f.root_cause)):
            if not body:
                continue
            x = inner.left()
            if label:
                painter.setFont(scaled_font(font, 0, bold=True))
                painter.setPen(text)
                painter.drawText(QRectF(x, y, text_w, line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 label)
                x += QFontMetrics(painter.font()).horizontalAdvance(label) + 6
            painter.setFont(font)
            painter.setPen(text)
            painter.drawText(QRectF(x, y, inner.right() - x, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(font).elidedText(body, Qt.TextElideMode.ElideRight,
                                                           int(inner.right() - x)))
            y += line
