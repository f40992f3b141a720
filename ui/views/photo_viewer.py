"""The photo viewer: the print copy (with its annotations baked in) zoomed by the wheel, Fit
and 100 %, next/previous through the gallery's photos (←/→), the original's evidence data
beside it, and *Annotate…* to draw over it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.errors import CxDeskError
from cxdesk.gallery import GPS_FAR, GalleryPhoto, photo_image
from cxdesk.workspace import Workspace
from ui import messages
from ui.context import EVIDENCE, AppContext
from ui.map.view import MapCanvas
from ui.views.kit import fmt_datetime, fmt_size, muted_color


class PhotoCanvas(MapCanvas):
    """The map canvas, zooming on the plain wheel (a photo has nothing to scroll to)."""

    def wheelEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15 ** steps)
        event.accept()


class PhotoViewer(QDialog):
    def __init__(self, ws: Workspace, photo: GalleryPhoto, parent: QWidget | None = None, *,
                 photos: list[GalleryPhoto] | None = None,
                 context: AppContext | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.context = context
        self.photos = photos or [photo]
        self.position = next((i for i, p in enumerate(self.photos)
                              if p.photo_id == photo.photo_id), 0)
        self.photo = photo
        self.resize(1100, 720)
        self.scene = QGraphicsScene(self)
        self.pixmap = QPixmap()
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.canvas = PhotoCanvas(self.scene)
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setBackgroundBrush(self.palette().dark())

        tools = QHBoxLayout()
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous photo (←)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next photo (→)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.counter = QLabel()
        for widget in (self.previous_button, self.counter, self.next_button):
            tools.addWidget(widget)
        tools.addSpacing(16)
        for text, tip, slot in (("−", self.tr("Zoom out (wheel)"),
                                 lambda: self.canvas.zoom_by(1 / 1.25)),
                                (self.tr("Fit"), self.tr("Fit the photo in the window"),
                                 self.canvas.fit),
                                ("100 %", self.tr("Actual size"),
                                 lambda: self.canvas.set_zoom(1.0)),
                                ("+", self.tr("Zoom in (wheel)"),
                                 lambda: self.canvas.zoom_by(1.25))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addStretch(1)
        self.annotate_button = QPushButton(self.tr("Annotate…"))
        self.annotate_button.setToolTip(self.tr("Draw arrows, frames and text, blur faces and "
                                                "car plates"))
        self.annotate_button.clicked.connect(self.annotate)
        self.annotate_button.setVisible(context is not None)
        tools.addWidget(self.annotate_button)
        left = QVBoxLayout()
        left.addLayout(tools)
        left.addWidget(self.canvas, 1)

        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setFixedWidth(300)
        copy = QPushButton(self.tr("Copy SHA-256"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.photo.sha256))
        side = QVBoxLayout()
        side.addWidget(self.info, 1)
        side.addWidget(copy)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.step(-1))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.step(1))
        if context is not None:
            context.changed.connect(self._changed)
        self.show_photo(self.position)

    def show_photo(self, position: int) -> None:
        self.position = max(0, min(position, len(self.photos) - 1))
        self.photo = self.photos[self.position]
        self.setWindowTitle(self.photo.caption or self.photo.file_name or self.tr("Photo"))
        self._load_pixmap()
        self.info.setText(self._info_html())
        self.counter.setText(f"{self.position + 1} / {len(self.photos)}")
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(self.photos) - 1)
        if self.isVisible():
            self.canvas.fit()

    def _load_pixmap(self) -> None:
        self.pixmap = QPixmap()
        data = photo_image(self.ws, self.photo.photo_id, "print")
        if data:
            self.pixmap.loadFromData(data)
        self.item.setPixmap(self.pixmap)
        self.scene.setSceneRect(self.item.boundingRect())

    def step(self, delta: int) -> None:
        self.show_photo(self.position + delta)

    def annotate(self):
        """Open the annotation editor on the photo shown; returns it."""
        from ui.annotate.editor import AnnotationEditor

        if self.context is None:
            return None
        try:
            editor = AnnotationEditor(self.context, self.photo.photo_id, self)
        except CxDeskError as exc:  # an original that cannot be decoded here
            messages.error(self, self.tr("Cannot annotate the photo"), str(exc))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def _changed(self, topics: frozenset[str]) -> None:
        if EVIDENCE in topics and self.ws.conn is not None:
            self._load_pixmap()  # the copy may have been re-baked

    def _info_html(self) -> str:
        p = self.photo
        muted = muted_color(self.palette()).name()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        rows = [
            (self.tr("Subject"), p.subject), (self.tr("Location"), p.location),
            (self.tr("Touchpoint"), p.touchpoint), (self.tr("Criterion"), p.criterion),
            (self.tr("Captured"), fmt_datetime(p.captured_at) or self.tr("unknown")),
            (self.tr("Camera"), p.camera or self.tr("unknown")),
            (self.tr("Original"), f"{fmt_size(p.size)}"
                                  + (f" · {p.width} × {p.height}" if p.width else "")),
            (self.tr("File"), p.file_name),
        ]
        parts = [f"<h3>{escape(p.caption or p.file_name or '')}</h3>"]
        for label, value in rows:
            if value:
                parts.append(f"<p style='margin:0 0 6px 0'><span style='color:{muted}'>"
                             f"{escape(label)}</span><br>{escape(value)}</p>")
        flags = []
        if p.missing_time:
            flags.append(self.tr("The photo carries no capture time."))
        elif p.time_mismatch:
            flags.append(self.tr("Taken far from the check's time: the camera clock may be "
                                 "wrong, or the photo is from another visit."))
        if GPS_FAR in p.flags:
            flags.append(self.tr("Taken far from the check's location (by its GPS position)."))
        if p.redacted:
            flags.append(self.tr("Redacted: reports show the blurred copy, never the "
                                 "original."))
        for flag in flags:
            parts.append(f"<p style='color:{muted}'>⚠ {escape(flag)}</p>")
        sha = " ".join(p.sha256[i:i + 16] for i in range(0, len(p.sha256), 16))
        # "SHA-256 of the original": the checksum's label
        of_original = escape(self.tr("of the original"))
        parts.append(f"<p style='margin-top:10px'><span style='color:{muted}'>SHA-256 "
                     f"{of_original}</span><br>"
                     f"<span style='font-family:\"{mono}\"'>{sha}</span></p>")
        return "".join(parts)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.canvas.fit()
