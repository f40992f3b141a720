"""The gallery's model, filter and tile painter.

Thumbnails load lazily: the model decodes a thumbnail only when the delegate paints its row,
and keeps the decoded pixmaps in a bounded cache. There is never one widget per photo. The
caption is edited in place (F2, or *Edit caption* in the context menu): the model hands the
new text to ``caption_edited`` (the view turns it into an undoable command)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import (
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cxdesk.evidence_links import PhotoLink
from cxdesk.gallery import GPS_FAR, NO_CAPTURE_TIME, TIME_FAR, GalleryPhoto, photo_image
from cxdesk.workspace import Workspace
from ui.views.kit import (
    ACCENT,
    BAD,
    INFO,
    ROOT,
    WARN,
    blend,
    muted_color,
    refilter,
    scaled_font,
    tone_color,
    tone_fill,
)

THUMB = 176  # the thumbnail's box; the cell adds the caption lines
CELL_W, CELL_H = THUMB + 20, THUMB + 70
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1
PIXMAP_ROLE = Qt.ItemDataRole.UserRole + 2
LINKS_ROLE = Qt.ItemDataRole.UserRole + 3

#: the filter's dimensions, in the order of the filter bar
DIMENSIONS = ("subject", "location", "stage", "touchpoint", "criterion", "finding", "flag")


class PhotoModel(QAbstractListModel):
    """The photos, with thumbnails decoded on request and cached (LRU, ``cache_size``)."""

    def __init__(self, parent=None, cache_size: int = 400) -> None:
        super().__init__(parent)
        self.photos: list[GalleryPhoto] = []
        self.links: dict[str, list[PhotoLink]] = {}
        self.revisions: dict[str, int] = {}
        self.ws: Workspace | None = None
        self.cache_size = cache_size
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self.decoded = 0  # thumbnails decoded so far (for tests and diagnostics)
        self.caption_edited: Callable[[str, str], bool] | None = None

    def set_photos(self, ws: Workspace | None, photos: list[GalleryPhoto],
                   links: dict[str, list[PhotoLink]] | None = None,
                   revisions: dict[str, int] | None = None) -> None:
        """Show these photos; a cached thumbnail whose photo changed revision (annotated
        since) is decoded afresh."""
        self.beginResetModel()
        if ws is not self.ws:
            self._cache.clear()
        for photo_id, revision in (revisions or {}).items():
            if self.revisions.get(photo_id, revision) != revision:
                self._cache.pop(photo_id, None)
        self.revisions = dict(revisions or {})
        self.ws = ws
        self.photos = photos
        self.links = links or {}
        self.endResetModel()

    def forget(self, photo_id: str) -> None:
        """Drop a cached thumbnail (its copy was rebuilt)."""
        self._cache.pop(photo_id, None)

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.photos)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        photo = self.photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or photo.file_name
        if role == Qt.ItemDataRole.EditRole:
            return photo.caption
        if role == PHOTO_ROLE:
            return photo
        if role == LINKS_ROLE:
            return self.links.get(photo.photo_id, [])
        if role == PIXMAP_ROLE:
            return self.thumbnail(photo.photo_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [photo.caption or photo.file_name, photo.subject, photo.location,
                     photo.criterion]
            return "\n".join(line for line in lines if line)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.caption_edited is None:
            return False
        photo = self.photos[index.row()]
        if str(value).strip() == photo.caption:
            return False
        # after the editor has closed: saving refreshes (resets) this model
        QTimer.singleShot(0, partial(self.caption_edited, photo.photo_id, str(value)))
        return True

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


def flags(photo: GalleryPhoto) -> dict[str, bool]:
    return {"time": photo.time_mismatch or photo.missing_time,
            NO_CAPTURE_TIME: photo.missing_time, TIME_FAR: photo.time_mismatch,
            GPS_FAR: GPS_FAR in photo.flags, "annotated": photo.annotated,
            "redacted": photo.redacted, "finding": photo.in_finding}


def values_of(photo: GalleryPhoto, links: list[PhotoLink], dimension: str) -> set[str]:
    """The values a photo has on a filter dimension (a photo linked twice may have two)."""
    if dimension == "subject":
        return {photo.subject_id} if photo.subject_id else set()
    if dimension == "location":
        return {photo.location} if photo.location else set()
    if dimension == "flag":
        return {key for key, on in flags(photo).items() if on}
    attribute = {"stage": "stage_id", "touchpoint": "touchpoint_id",
                 "criterion": "criterion_id", "finding": "finding_id"}[dimension]
    return {getattr(link, attribute) for link in links if getattr(link, attribute)}


class PhotoFilter(QSortFilterProxyModel):
    """Photos matching every chosen value (None: any)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chosen: dict[str, str | None] = dict.fromkeys(DIMENSIONS)

    @property
    def subject_id(self) -> str | None:
        return self.chosen["subject"]

    def set_filter(self, subject_id: str | None = None, location: str | None = None,
                   flag: str | None = None, **others: str | None) -> None:
        def change() -> None:
            self.chosen = dict.fromkeys(DIMENSIONS)
            self.chosen.update(subject=subject_id, location=location, flag=flag, **others)
        refilter(self, change)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: PhotoModel = self.sourceModel()
        photo = model.photos[row]
        links = model.links.get(photo.photo_id, [])
        return all(value is None or value in values_of(photo, links, dimension)
                   for dimension, value in self.chosen.items())


class PhotoDelegate(QStyledItemDelegate):
    """A tile: the thumbnail (fitted, letterboxed), badges on it, caption and place below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(CELL_W, CELL_H)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(QCoreApplication.translate("EvidenceView", "Caption"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: ANN001
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex) -> None:
        rect = option.rect.adjusted(4, THUMB + 6, -4, 0)
        rect.setHeight(editor.sizeHint().height())
        editor.setGeometry(rect)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        photo: GalleryPhoto = index.data(PHOTO_ROLE)
        pal = option.palette
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        rect = QRectF(option.rect).adjusted(6, 6, -6, -6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if option.state & QStyle.StateFlag.State_Selected:
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
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate("EvidenceView", "no preview"))
        self._badges(painter, frame, photo, pal)
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
        if GPS_FAR in photo.flags:
            badges.append(("◎", WARN))
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
