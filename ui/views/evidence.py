"""Evidence: the engagement's photos as a thumbnail grid with badges and a filter bar; a
double-click opens the viewer with the print copy and the original's hash and capture data.

Thumbnails load lazily: the model decodes a thumbnail only when the delegate paints its row,
and keeps the decoded pixmaps in a bounded cache. There is never one widget per photo."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cxdesk.gallery import GalleryPhoto, list_gallery, photo_image
from cxdesk.workspace import Workspace
from ui.context import CHECKS, EVIDENCE, FINDINGS, LOCATIONS, SUBJECTS
from ui.views.base import View
from ui.views.kit import (
    ACCENT,
    BAD,
    INFO,
    ROOT,
    WARN,
    Header,
    Page,
    blend,
    muted_color,
    refilter,
    scaled_font,
    set_muted,
    tone_color,
    tone_fill,
    vbox,
)

THUMB = 176  # the thumbnail's box; the cell adds the caption lines
CELL_W, CELL_H = THUMB + 20, THUMB + 70
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1
PIXMAP_ROLE = Qt.ItemDataRole.UserRole + 2


class PhotoModel(QAbstractListModel):
    """The photos, with thumbnails decoded on request and cached (LRU, ``cache_size``)."""

    def __init__(self, parent=None, cache_size: int = 400) -> None:
        super().__init__(parent)
        self.photos: list[GalleryPhoto] = []
        self.ws: Workspace | None = None
        self.cache_size = cache_size
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self.decoded = 0  # thumbnails decoded so far (for tests and diagnostics)

    def set_photos(self, ws: Workspace | None, photos: list[GalleryPhoto]) -> None:
        self.beginResetModel()
        if ws is not self.ws:
            self._cache.clear()
        self.ws = ws
        self.photos = photos
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.photos)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        photo = self.photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or photo.file_name
        if role == PHOTO_ROLE:
            return photo
        if role == PIXMAP_ROLE:
            return self.thumbnail(photo.photo_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [photo.caption or photo.file_name, photo.subject, photo.location,
                     photo.criterion]
            return "\n".join(line for line in lines if line)
        return None

    def thumbnail(self, photo_id: str) -> QPixmap | None:
        pixmap = self._cache.get(photo_id)
        if pixmap is not None:
            self._cache.move_to_end(photo_id)
            return pixmap
        if self.ws is None:
            return None
        data = photo_image(self.ws, photo_id, "thumb")
        pixmap = QPixmap()
        if not data or not pixmap.loadFromData(data):
            pixmap = QPixmap()
        self.decoded += 1
        self._cache[photo_id] = pixmap
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return pixmap

    @property
    def cached(self) -> int:
        return len(self._cache)


class PhotoFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.subject_id: str | None = None
        self.location: str | None = None
        self.flag: str | None = None

    def set_filter(self, subject_id: str | None, location: str | None,
                   flag: str | None) -> None:
        def change() -> None:
            self.subject_id, self.location, self.flag = subject_id, location, flag
        refilter(self, change)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        photo: GalleryPhoto = self.sourceModel().photos[row]
        if self.subject_id is not None and photo.subject_id != self.subject_id:
            return False
        if self.location is not None and photo.location != self.location:
            return False
        return self.flag is None or bool(flags(photo).get(self.flag))


def flags(photo: GalleryPhoto) -> dict[str, bool]:
    return {"time": photo.time_mismatch or photo.missing_time, "annotated": photo.annotated,
            "redacted": photo.redacted, "finding": photo.in_finding}


class PhotoDelegate(QStyledItemDelegate):
    """A tile: the thumbnail (fitted, letterboxed), badges on it, caption and place below."""

    def __init__(self, view: View) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(CELL_W, CELL_H)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        photo: GalleryPhoto = index.data(PHOTO_ROLE)
        pal = option.palette
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        rect = QRectF(option.rect).adjusted(6, 6, -6, -6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tone_fill(INFO, pal, 0.2))
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 8, 8)
        frame = QRectF(rect.left(), rect.top(), rect.width(), THUMB)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(blend(base, text, 0.08))
        painter.drawRoundedRect(frame, 6, 6)
        pixmap: QPixmap | None = index.data(PIXMAP_ROLE)
        if pixmap is not None and not pixmap.isNull():
            # fill the square tile (cropping the overflow), clipped to its rounded corners
            size = pixmap.size().scaled(int(frame.width()), int(frame.height()),
                                        Qt.AspectRatioMode.KeepAspectRatioByExpanding)
            target = QRectF(frame.center().x() - size.width() / 2,
                            frame.center().y() - size.height() / 2, size.width(), size.height())
            clip = QPainterPath()
            clip.addRoundedRect(frame, 6, 6)
            painter.save()
            painter.setClipPath(clip)
            painter.drawPixmap(target.toRect(), pixmap)
            painter.restore()
        else:
            painter.setPen(muted_color(pal))
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("EvidenceView", "no preview"))
        self._badges(painter, frame, photo, pal)
        # caption and place
        font = scaled_font(option.font, 0, bold=True)
        painter.setFont(font)
        painter.setPen(text)
        caption = photo.caption or photo.file_name or "—"
        line = QFontMetrics(font).height()
        top = frame.bottom() + 6
        painter.drawText(QRectF(rect.left() + 2, top, rect.width() - 4, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(font).elidedText(caption, Qt.TextElideMode.ElideRight,
                                                       int(rect.width() - 4)))
        small = scaled_font(option.font, -1)
        painter.setFont(small)
        painter.setPen(muted_color(pal))
        small_line = QFontMetrics(small).height()
        for i, detail in enumerate((photo.subject, photo.location)):
            if not detail:
                continue
            painter.drawText(QRectF(rect.left() + 2, top + line + 2 + i * small_line,
                                    rect.width() - 4, small_line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight,
                                                            int(rect.width() - 4)))
        painter.restore()

    def _badges(self, painter: QPainter, frame: QRectF, photo: GalleryPhoto,
                pal: QPalette) -> None:
        badges = []
        if photo.missing_time:
            badges.append(("◷?", WARN))
        elif photo.time_mismatch:
            badges.append(("⚠", WARN))
        if photo.annotated:
            badges.append(("✎", INFO))
        if photo.redacted:
            badges.append(("▣", ACCENT))
        if photo.in_finding:
            badges.append(("★", BAD))
        font = scaled_font(painter.font(), 0, bold=True)
        painter.setFont(font)
        x = frame.left() + 6
        for glyph, tone in badges:
            width = QFontMetrics(font).horizontalAdvance(glyph) + 12
            badge = QRectF(x, frame.top() + 6, width, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(badge, 10, 10)
            painter.setPen(tone_color(tone, pal))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, glyph)
            x += width + 4


class EvidenceView(View):
    name = "evidence"
    topics = frozenset({EVIDENCE, CHECKS, FINDINGS, SUBJECTS, LOCATIONS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.subject_filter = QComboBox()
        self.location_filter = QComboBox()
        self.flag_filter = QComboBox()
        for combo in (self.subject_filter, self.location_filter, self.flag_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter)
            self.header.tools.addWidget(combo)
        self.model = PhotoModel(self)
        self.proxy = PhotoFilter(self)
        self.proxy.setSourceModel(self.model)
        self.grid = QListView()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)  # no size query per row: nothing decoded unseen
        self.grid.setGridSize(QSize(CELL_W + 8, CELL_H + 8))
        self.grid.setSpacing(0)
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)
        self.grid.setBatchSize(200)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setFrameShape(QListView.Shape.NoFrame)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setItemDelegate(PhotoDelegate(self))
        self.grid.setModel(self.proxy)
        self.grid.setContentsMargins(12, 8, 12, 8)
        self.grid.setViewportMargins(12, 4, 12, 4)
        self.grid.doubleClicked.connect(self.open_viewer)
        self.legend = QLabel(self.tr("★ used in a finding   ✎ annotated   ▣ redacted   "
                                     "⚠ taken far from the check's time   ◷? no capture time"
                                     "   ·   double-click a photo to open it"))
        self.legend.setContentsMargins(20, 6, 20, 8)
        set_muted(self.legend)
        body = QWidget()
        body_layout = vbox(body)
        body_layout.addWidget(self.grid, 1)
        body_layout.addWidget(self.legend)
        self.page = Page(body, "▧")
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self._filling = False

    def title(self) -> str:
        return self.tr("Evidence")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        self._filters_visible(False)
        if ws is None or not eid:
            self.model.set_photos(None, [])
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to see its photo evidence."))
            return
        photos = list_gallery(ws, eid)
        self.model.set_photos(ws, photos)
        if not photos:
            self.page.show_empty(
                self.tr("No photos yet"),
                self.tr("Photos are the evidence behind checks and findings: a dirty floor, an "
                        "old price tag, an empty reception desk. Add them to a check's answers "
                        "in the field, or drop phone photos onto a check."))
            return
        self.page.show_content()
        self._filters_visible(True)
        self._fill_filters(photos)
        flagged = sum(1 for p in photos if p.missing_time or p.time_mismatch)
        parts = [self.tr("%n photo(s)", "", len(photos))]
        if flagged:
            parts.append(self.tr("%n with a doubtful capture time", "", flagged))
        self.header.set_text(self.title(), " · ".join(parts))

    def _filters_visible(self, visible: bool) -> None:
        for combo in (self.subject_filter, self.location_filter, self.flag_filter):
            combo.setVisible(visible)

    def _fill_filters(self, photos: list[GalleryPhoto]) -> None:
        self._filling = True
        chosen = (self.subject_filter.currentData(), self.location_filter.currentData(),
                  self.flag_filter.currentData())
        self.subject_filter.clear()
        self.subject_filter.addItem(self.tr("All subjects"), None)
        subjects: dict[str, str] = {}
        for p in sorted(photos, key=lambda p: (not p.own, p.subject)):
            if p.subject_id:
                subjects.setdefault(p.subject_id, p.subject)
        for ident, name in subjects.items():
            self.subject_filter.addItem(name, ident)
        self.location_filter.clear()
        self.location_filter.addItem(self.tr("All locations"), None)
        for name in sorted({p.location for p in photos if p.location}):
            self.location_filter.addItem(name, name)
        self.flag_filter.clear()
        self.flag_filter.addItem(self.tr("Any flag"), None)
        for key, label in (("time", self.tr("Doubtful capture time")),
                           ("annotated", self.tr("Annotated")),
                           ("redacted", self.tr("Redacted")),
                           ("finding", self.tr("Used in a finding"))):
            if any(flags(p)[key] for p in photos):
                self.flag_filter.addItem(label, key)
        for combo, value in zip((self.subject_filter, self.location_filter, self.flag_filter),
                                chosen, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._filling = False
        self._filter()

    def _filter(self) -> None:
        if self._filling:
            return
        self.proxy.set_filter(self.subject_filter.currentData(),
                              self.location_filter.currentData(),
                              self.flag_filter.currentData())

    def open_viewer(self, index: QModelIndex):
        """Open the viewer on a photo; returns the dialog (shown, not modal)."""
        from ui.views.photo_viewer import PhotoViewer

        photo = index.data(PHOTO_ROLE)
        if photo is None or self.context.ws is None:
            return None
        dialog = PhotoViewer(self.context.ws, photo, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
