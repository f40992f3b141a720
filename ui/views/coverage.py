"""Coverage: touchpoints (grouped by stage) × subjects, each cell the checks done against the
checks required, coloured so that missing fieldwork shows at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cxdesk.coverage import Coverage, CoverageCell, coverage
from cxdesk.engagements import Subject, list_subjects
from cxdesk.journey import TouchpointPlace, touchpoint_places
from cxdesk.rounding import format_fixed, share_done
from ui.context import CHECKS, MAPS, SUBJECTS, TEMPLATES
from ui.views.base import View
from ui.views.kit import (
    BAD,
    GOOD,
    NEUTRAL,
    TONE_ROLE,
    WARN,
    Header,
    HeaderedTableModel,
    Page,
    blend,
    flat_headers,
    muted_color,
    scaled_font,
    tone_color,
    tone_fill,
    vbox,
)


def cell_tone(done: int, required: int) -> str:
    if required <= 0:
        return NEUTRAL
    if done >= required:
        return GOOD
    return WARN if done > 0 else BAD


@dataclass(frozen=True)
class Row:
    kind: str  # stage | touchpoint | total
    title: str
    touchpoint_id: str | None = None


class CoverageModel(HeaderedTableModel):
    """Rows: stage headings, their touchpoints, a totals row. Columns: subjects, then total."""

    def __init__(self, view: View) -> None:
        super().__init__(view, self._headers([]))
        self.view = view
        self.rows: list[Row] = []
        self.subjects: list[Subject] = []
        self.cells: dict[tuple[str, str], CoverageCell] = {}

    @staticmethod
    def _headers(subjects: list[Subject]) -> list[str]:
        return [QCoreApplication.translate("CoverageView", "Touchpoint"),
                *(s.name for s in subjects), QCoreApplication.translate("CoverageView", "Total")]

    def set_coverage(self, cov: Coverage, subjects: list[Subject],
                     places: dict[str, TouchpointPlace]) -> None:
        self.beginResetModel()
        self.subjects = subjects
        self.headers = self._headers(subjects)
        self.cells = {(c.touchpoint_id, c.subject_id): c for c in cov.cells}
        touchpoints = sorted({c.touchpoint_id for c in cov.cells},
                             key=lambda t: places[t].order if t in places else (9999,))
        several_maps = len({places[t].map_id for t in touchpoints if t in places}) > 1
        self.rows = []
        stage = None
        for tp in touchpoints:
            place = places.get(tp)
            key = (place.map_id, place.stage_id) if place else None
            if key != stage:
                stage = key
                if place is None:
                    title = QCoreApplication.translate("CoverageView", "Other touchpoints")
                elif several_maps:
                    title = f"{place.map_name} › {place.stage}"
                else:
                    title = place.stage
                self.rows.append(Row("stage", title))
            self.rows.append(Row("touchpoint", place.name if place else tp, tp))
        if touchpoints:
            self.rows.append(Row("total", QCoreApplication.translate("CoverageView", "Total")))
        self.endResetModel()

    def subject_at(self, column: int) -> Subject | None:
        return self.subjects[column - 1] if 1 <= column <= len(self.subjects) else None

    def header_tip(self, section: int) -> str | None:
        subject = self.subject_at(section)
        if subject is not None and subject.own:
            return QCoreApplication.translate("CoverageView", "The own company")
        return None

    def header_alignment(self, section: int) -> int | None:
        return int((Qt.AlignmentFlag.AlignLeft if section == 0
                    else Qt.AlignmentFlag.AlignHCenter) | Qt.AlignmentFlag.AlignVCenter)

    def figures(self, index: QModelIndex) -> tuple[int, int] | None:
        """(done, required) of a cell, counted up to the requirement for totals."""
        row = self.rows[index.row()]
        col = index.column()
        subject = self.subject_at(col)
        subject_ids = [subject.id] if subject else [s.id for s in self.subjects]
        if row.kind == "stage" or col == 0:
            return None
        if row.kind == "touchpoint":
            if subject is not None:
                cell = self.cells.get((row.touchpoint_id, subject_ids[0]))
                return (cell.done, cell.required) if cell else None
            cells = [self.cells[(row.touchpoint_id, s)] for s in subject_ids
                     if (row.touchpoint_id, s) in self.cells]
        else:
            cells = [c for c in self.cells.values() if c.subject_id in subject_ids]
        return sum(c.counted for c in cells), sum(c.required for c in cells)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if row.kind == "stage":
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return row.title
            if role == Qt.ItemDataRole.FontRole:
                return scaled_font(self.view.font(), bold=True)
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.title
            if role == Qt.ItemDataRole.FontRole and row.kind == "total":
                return scaled_font(self.view.font(), bold=True)
            return None
        figures = self.figures(index)
        if figures is None:
            return None
        done, required = figures
        total = row.kind == "total" or index.column() == len(self.subjects) + 1
        if role == Qt.ItemDataRole.DisplayRole:
            if total and required:
                return f"{done}/{required}  ·  {format_fixed(100 * share_done(done / required))} %"
            return f"{done}/{required}"
        if role == TONE_ROLE:
            return cell_tone(done, required)
        if role == Qt.ItemDataRole.UserRole:
            return figures
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self.headerData(index.column(), Qt.Orientation.Horizontal)
            return QCoreApplication.translate("CoverageView", "%1 — %2: %3 of %4 required checks done") \
                .replace("%1", row.title).replace("%2", str(name)) \
                .replace("%3", str(done)).replace("%4", str(required))
        return None


class CellDelegate(QStyledItemDelegate):
    """A coloured tile with "done/required"; stage rows as headings across the table."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        model: CoverageModel = index.model()
        row = model.rows[index.row()]
        pal = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if row.kind == "stage":
            painter.fillRect(option.rect, blend(pal.color(QPalette.ColorRole.Base),
                                                pal.color(QPalette.ColorRole.Text), 0.05))
            if index.column() == 0:
                painter.setFont(scaled_font(option.font, 0, bold=True))
                painter.setPen(pal.color(QPalette.ColorRole.Text))
                painter.drawText(QRectF(option.rect).adjusted(10, 0, 0, 0),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 index.data() or "")
            painter.restore()
            return
        text = index.data()
        if row.kind == "total":
            painter.setPen(blend(pal.color(QPalette.ColorRole.Base),
                                 pal.color(QPalette.ColorRole.Text), 0.25))
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
        if index.column() == 0:
            painter.setFont(scaled_font(option.font, 0, bold=row.kind == "total"))
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            indent = 10 if row.kind == "total" else 24
            painter.drawText(QRectF(option.rect).adjusted(indent, 0, -4, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(painter.font()).elidedText(
                                 text or "", Qt.TextElideMode.ElideRight,
                                 option.rect.width() - indent - 4))
            painter.restore()
            return
        if text:
            total = row.kind == "total" or index.column() == model.columnCount() - 1
            tone = index.data(TONE_ROLE)
            tile = QRectF(option.rect).adjusted(5, 4, -5, -4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tone_fill(tone, pal, 0.3 if not total else 0.18))
            painter.drawRoundedRect(tile, 6, 6)
            font = scaled_font(option.font, 0.5 if not total else 0, bold=True)
            painter.setFont(font)
            painter.setPen(tone_color(tone, pal))
            painter.drawText(tile, Qt.AlignmentFlag.AlignCenter, text)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(4, 3, -4, -3), 6, 6)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(metrics.horizontalAdvance("00/00 · 100 %") + 30, metrics.height() + 16)


class CoverageView(View):
    name = "coverage"
    topics = frozenset({CHECKS, TEMPLATES, MAPS, SUBJECTS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.overall = QLabel()
        self.overall.setTextFormat(Qt.TextFormat.RichText)
        self.header.tools.addWidget(self.overall)
        self.model = CoverageModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.setShowGrid(False)
        self.table.setFrameShape(QTableView.Shape.NoFrame)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setCornerButtonEnabled(False)
        metrics = QFontMetrics(self.font())
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 18)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        head.setMinimumSectionSize(110)
        head.setHighlightSections(False)
        flat_headers(self.table)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setContentsMargins(20, 8, 20, 10)
        body = QWidget()
        layout_body = vbox(body)
        layout_body.addWidget(self.table, 1)
        layout_body.addWidget(self.legend)
        self.page = Page(body, "▤")
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self.coverage: Coverage | None = None

    def title(self) -> str:
        return self.tr("Coverage")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        self.overall.clear()
        if ws is None or not eid:
            self.coverage = None
            self.model.set_coverage(Coverage([]), [], {})
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to see its fieldwork coverage."))
            return
        self.coverage = coverage(ws, eid)
        subjects = list_subjects(ws, eid)
        self.model.set_coverage(self.coverage, subjects, touchpoint_places(ws, eid))
        if not self.coverage.cells:
            self.page.show_empty(
                self.tr("Nothing to cover yet"),
                self.tr("Coverage compares the checks done of each touchpoint for each subject "
                        "with the checks its checklist requires. Add subjects and a checklist "
                        "whose criteria name touchpoints, then record checks."))
            return
        self.page.show_content()
        self._spans()
        cov = self.coverage
        missing = sum(max(0, c.required - c.done) for c in cov.cells)
        self.header.set_text(self.title(), self.tr(
            "%1 of %2 required checks done · %3 missing").replace("%1", str(cov.done))
            .replace("%2", str(cov.required)).replace("%3", str(missing)))
        share = cov.share or 0.0
        tone = GOOD if share >= 0.999 else WARN if share > 0 else BAD
        pal = self.palette()
        self.overall.setText(
            f"<span style='font-size:xx-large; font-weight:bold; "
            f"color:{tone_color(tone, pal).name()}'>{format_fixed(100 * share_done(share))} %</span>")
        muted = muted_color(pal).name()

        def chip(tone: str, text: str) -> str:
            return (f"<span style='background:{tone_fill(tone, pal, 0.3).name()}; "
                    f"color:{tone_color(tone, pal).name()}'>&nbsp;<b>{text}</b>&nbsp;</span>")
        note = self.tr("Totals count each cell up to its requirement, so extra checks in one "
                       "place do not hide missing ones in another.")
        done, partly, none = self.tr("done"), self.tr("partly done"), self.tr("not started")
        self.legend.setText(
            f"<span style='color:{muted}'>"
            f"{chip(GOOD, '3/3')} {done} &nbsp;&nbsp; "
            f"{chip(WARN, '1/3')} {partly} &nbsp;&nbsp; "
            f"{chip(BAD, '0/3')} {none} &nbsp;&nbsp;&nbsp; {note}</span>")

    def _spans(self) -> None:
        self.table.clearSpans()
        columns = self.model.columnCount()
        for r, row in enumerate(self.model.rows):
            if row.kind == "stage" and columns > 1:
                self.table.setSpan(r, 0, 1, columns)
