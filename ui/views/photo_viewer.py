"""The photo viewer: the print copy with zoom, and the original's evidence data beside it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPixmap
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

from cxdesk.gallery import GalleryPhoto, photo_image
from cxdesk.workspace import Workspace
from ui.map.view import MapCanvas
from ui.views.kit import fmt_datetime, fmt_size, muted_color


class PhotoViewer(QDialog):
    def __init__(self, ws: Workspace, photo: GalleryPhoto, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo = photo
        self.setWindowTitle(photo.caption or photo.file_name or self.tr("Photo"))
        self.resize(1100, 720)
        self.scene = QGraphicsScene(self)
        self.pixmap = QPixmap()
        data = photo_image(ws, photo.photo_id, "print")
        if data:
            self.pixmap.loadFromData(data)
        self.item = QGraphicsPixmapItem(self.pixmap)
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.scene.setSceneRect(self.item.boundingRect())
        self.canvas = MapCanvas(self.scene)
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setBackgroundBrush(self.palette().dark())

        tools = QHBoxLayout()
        for text, tip, slot in (("−", self.tr("Zoom out (Ctrl+wheel)"),
                                 lambda: self.canvas.zoom_by(1 / 1.25)),
                                (self.tr("Fit"), self.tr("Fit the photo in the window"),
                                 self.canvas.fit),
                                ("100 %", self.tr("Actual size"),
                                 lambda: self.canvas.set_zoom(1.0)),
                                ("+", self.tr("Zoom in (Ctrl+wheel)"),
                                 lambda: self.canvas.zoom_by(1.25))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(tools)
        left.addWidget(self.canvas, 1)

        self.info = QLabel(self._info_html())
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setFixedWidth(300)
        copy = QPushButton(self.tr("Copy SHA-256"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(photo.sha256))
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



