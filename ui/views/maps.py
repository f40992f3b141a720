"""Journey maps: the engagement's maps on the left, the chosen one drawn read-only."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.journey import MapSummary, list_maps, load_map, score_comparison
from ui.context import CHECKS, MAPS, SEGMENTS, SUBJECTS, TEMPLATES
from ui.map.scene import (
    JourneyScene,
    LaneTexts,
    glyph_building,
    glyph_globe,
    glyph_person,
    glyph_product,
)
from ui.map.view import MapCanvas
from ui.views.base import View
from ui.views.kit import (
    BAD,
    DETAIL_ROLE,
    GOOD,
    INFO,
    ROOT,
    WARN,
    Header,
    Page,
    line_color,
    muted_color,
    scaled_font,
    tone_color,
    tone_fill,
)


class MapListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.maps: list[MapSummary] = []
        self.kind_names: dict[str, str] = {}
        self.count_text = str

    def set_maps(self, maps: list[MapSummary]) -> None:
        self.beginResetModel()
        self.maps = maps
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.maps)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self.maps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.name
        if role == DETAIL_ROLE:
            parts = [self.kind_names.get(summary.kind, summary.kind)]
            if summary.segment:
                parts.append(summary.segment)
            parts.append(self.count_text(summary.touchpoints))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.name}\n{self.data(index, DETAIL_ROLE)}"
        return None


class TwoLineDelegate(QStyledItemDelegate):
    """A bold first line and a muted second line (``DETAIL_ROLE``)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        rect = option.rect.adjusted(12, 6, -10, -6)
        bold = scaled_font(option.font, 0, bold=True)
        painter.save()
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.HighlightedText if selected
                                 else QPalette.ColorRole.Text))
        line = QFontMetrics(bold).height()
        painter.drawText(rect.adjusted(0, 0, 0, -(rect.height() - line)),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(index.data() or "",
                                                       Qt.TextElideMode.ElideRight,
                                                       rect.width()))
        small = scaled_font(option.font, -1)
        painter.setFont(small)
        if not selected:
            painter.setPen(muted_color(pal))
        detail = index.data(DETAIL_ROLE) or ""
        painter.drawText(rect.adjusted(0, line + 2, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight,
                                                        rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 18)


class MapLegend(QWidget):
    """What the glyphs, arrows and colours of the map mean."""

    def __init__(self, texts: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.setMinimumHeight(30)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.setPen(QPen(line_color(pal), 1))
        painter.drawLine(0, 0, self.width(), 0)
        font = scaled_font(self.font(), -1)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x, mid = 14.0, self.height() / 2 + 1
        muted = muted_color(pal)

        def label(text: str) -> None:
            nonlocal x
            painter.setPen(muted)
            painter.drawText(QRectF(x, 0, metrics.horizontalAdvance(text) + 4, self.height()),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 18

        for glyph, key in ((glyph_globe, "online"), (glyph_building, "offline"),
                           (glyph_person, "person"), (glyph_product, "product")):
            painter.setPen(QPen(tone_color(INFO, pal), 1.3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            glyph(painter, QRectF(x, mid - 7, 13, 13))
            x += 19
            label(self.texts[key])
        for style, key in ((Qt.PenStyle.SolidLine, "sent"), (Qt.PenStyle.DashLine, "self")):
            pen = QPen(muted, 1.6, style)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, mid), QPointF(x + 24, mid))
            painter.setBrush(muted)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon([QPointF(x + 28, mid), QPointF(x + 21, mid - 4),
                                 QPointF(x + 21, mid + 4)])
            x += 34
            label(self.texts[key])
        for tone, key in ((GOOD, "good"), (WARN, "warn"), (BAD, "bad")):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tone_fill(tone, pal, 0.3))
            painter.drawRoundedRect(QRectF(x, mid - 7, 22, 14), 5, 5)
            painter.setBrush(tone_color(tone, pal))
            painter.drawRoundedRect(QRectF(x, mid - 7, 4, 14), 2, 2)
            x += 28
            label(self.texts[key])
        painter.end()


class MapsView(View):
    name = "map"
    topics = frozenset({MAPS, SEGMENTS, CHECKS, TEMPLATES, SUBJECTS})

    # the touchpoint whose card was selected ("" when none), for a properties panel
    touchpoint_selected = Signal(str)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.maps = MapListModel(self)
        self.maps.kind_names = self._kind_names()
        self.maps.count_text = lambda n: self.tr("%n touchpoint(s)", "", n)
        self.list = QListView()
        self.list.setModel(self.maps)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.setMinimumWidth(200)
        self.list.selectionModel().currentChanged.connect(self._map_chosen)

        self.scene = JourneyScene(self)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.canvas = MapCanvas(self.scene)
        self.canvas_page = Page(self.canvas, "▦")
        legend = MapLegend({
            "online": self.tr("online"), "offline": self.tr("offline"),
            "person": self.tr("person"), "product": self.tr("product"),
            "sent": self.tr("sent on"), "self": self.tr("goes by themselves"),
            "good": self.tr("≥ 80"), "warn": self.tr("60–79"), "bad": self.tr("< 60"),
        })
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.canvas_page, 1)
        right_layout.addWidget(legend)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 1000])

        for text, tip, slot in (("−", self.tr("Zoom out (Ctrl+wheel)"),
                                 lambda: self.canvas.zoom_by(1 / 1.2)),
                                (self.tr("Fit"), self.tr("Show the whole map (Ctrl+0)"),
                                 self.canvas.fit),
                                ("+", self.tr("Zoom in (Ctrl+wheel)"),
                                 lambda: self.canvas.zoom_by(1.2))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            self.header.tools.addWidget(button)

        self.page = Page(self.splitter, "▦")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self._current_map: str | None = None

    def _kind_names(self) -> dict[str, str]:
        return {"as_is": self.tr("As is"), "redesign": self.tr("Redesign"),
                "new": self.tr("New from scratch")}

    def _texts(self) -> LaneTexts:
        return LaneTexts(touchpoints=self.tr("Touchpoints"), emotion=self.tr("Emotion"),
                         score=self.tr("Score"), no_score=self.tr("no checks yet"),
                         online=self.tr("online"), offline=self.tr("offline"),
                         person=self.tr("with a person"), product=self.tr("with the product"),
                         barriers=self.tr("Barriers"),
                         critical=self.tr("critical criterion failed"))

    def title(self) -> str:
        return self.tr("Journey maps")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        if ws is None or not eid:
            self.maps.set_maps([])
            self._show_map(None)
            self.page.show_empty(
                self.tr("No engagement open"),
                self.tr("Choose an engagement (or create one) to see its customer journey "
                        "maps."))
            return
        maps = list_maps(ws, eid)
        self.maps.set_maps(maps)
        if not maps:
            self._show_map(None)
            self.page.show_empty(
                self.tr("No journey maps yet"),
                self.tr("A journey map lays out the stages a client goes through, the "
                        "touchpoints in each, and where the client is sent next. Create one "
                        "per client segment on the Engagement screen."))
            return
        self.page.show_content()
        self.header.set_text(self.title(), self.tr("%n map(s)", "", len(maps)))
        ids = [m.id for m in maps]
        row = ids.index(self._current_map) if self._current_map in ids else 0
        self.list.setCurrentIndex(self.maps.index(row))
        self._show_map(ids[row], force=True)
        self.list.setVisible(len(maps) > 1)

    def _map_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_map(current.data(Qt.ItemDataRole.UserRole))

    def _show_map(self, map_id: str | None, force: bool = False) -> None:
        if map_id == self._current_map and not force:
            return
        changed = map_id != self._current_map
        self._current_map = map_id
        ws = self.context.ws
        if map_id is None or ws is None:
            self.scene.set_map(None)
            return
        journey = load_map(ws, map_id)
        comparison = score_comparison(ws, journey.engagement_id)
        self.scene.setPalette(self.palette())
        self.scene.set_map(journey, comparison, self._texts(),
                           lambda n: self.tr("%n touchpoint(s)", "", n))
        kind = self._kind_names().get(journey.kind, journey.kind)
        parts = [journey.name, kind]
        if journey.segment:
            parts.append(self.tr("segment: %1").replace("%1", journey.segment))
        self.header.set_text(self.title(), " · ".join(parts))
        if not journey.stages:
            self.canvas_page.show_empty(
                self.tr("This map has no stages yet"),
                self.tr("Add stages (awareness, search, purchase, experience, repeat) and "
                        "their touchpoints to draw the journey."))
        else:
            self.canvas_page.show_content()
            if changed or force:
                self.canvas.refit()

    def _selection_changed(self) -> None:
        try:
            cards = [i for i in self.scene.selectedItems() if hasattr(i, "touchpoint_id")]
        except RuntimeError:  # the scene is being torn down
            return
        self.touchpoint_selected.emit(cards[0].touchpoint_id if cards else "")

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.scene.setPalette(self.palette())

    def sizeHint(self) -> QSize:
        return QSize(1000, 700)

