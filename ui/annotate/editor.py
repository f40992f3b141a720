"""The annotation editor: arrows, frames, ellipses, text, and blur or pixelate regions (faces,
name badges, car plates) drawn over a photo. The photo is shown clean, from the original,
with the redactions already applied exactly as they will be baked; the vector shapes are
items on top that can be selected, moved, recoloured and deleted.

Every change is saved at once as one command on the window's undo stack: the copies are
re-baked from the original in a worker thread, and the command stores the new shapes with
those copies (undo puts back the previous shapes and the very same copy bytes). Changes made
while a bake runs are gathered into the next one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QActionGroup, QColor, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk import annotations
from cxdesk.annotations import REDACTIONS, AnnotationState
from ui import messages
from ui.annotate.items import ShapeItem, distance, text_extent
from ui.commands import execute
from ui.context import EVIDENCE, AppContext
from ui.views.evidence_commands import AnnotateCommand
from ui.views.photo_viewer import PhotoCanvas
from ui.workers import Worker

TOOLS = ("select", "arrow", "rect", "ellipse", "text", "blur", "pixelate")
COLORS = ("#e53935", "#fdd835", "#43a047", "#1e88e5", "#ffffff", "#000000")
WIDTHS = (0.003, 0.006, 0.012)


class AnnotationCanvas(PhotoCanvas):
    """Draws a new shape with the current tool; in *select* it moves and picks shapes."""

    def __init__(self, editor: AnnotationEditor) -> None:
        super().__init__(editor.scene)
        self.editor = editor
        self._start: QPointF | None = None
        self._preview: ShapeItem | None = None
        self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def _image_point(self, event) -> QPointF:  # noqa: ANN001
        point = self.mapToScene(event.position().toPoint())
        w, h = self.editor.image_size
        return QPointF(min(max(point.x(), 0.0), w), min(max(point.y(), 0.0), h))

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.editor.tool == "select" or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._start = self._image_point(event)
        if self.editor.tool == "text":
            self.editor.ask_text(self._start)
            self._start = None
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._start is None:
            super().mouseMoveEvent(event)
            return
        shape = self.editor.new_shape(self._start, self._image_point(event))
        if self._preview is None:
            self._preview = ShapeItem(shape, -1, self.editor.image_size)
            self.scene().addItem(self._preview)
        else:
            self._preview.prepareGeometryChange()
            self._preview.shape_data = shape
            self._preview.update()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._start is None:
            super().mouseReleaseEvent(event)
            self.editor.items_moved()
            return
        end = self._image_point(event)
        if self._preview is not None:
            self.scene().removeItem(self._preview)
            self._preview = None
        if distance(self._start, end) >= 6:
            self.editor.add_shape(self.editor.new_shape(self._start, end))
        self._start = None
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001, N802
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, ShapeItem) and item.shape_data["kind"] == "text":
            self.editor.edit_text(item.index)
            return
        super().mouseDoubleClickEvent(event)


class AnnotationEditor(QDialog):
    def __init__(self, context: AppContext, photo_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert context.ws is not None
        self.context = context
        self.photo_id = photo_id
        self.setWindowTitle(self.tr("Annotate the photo"))
        self.resize(1100, 760)
        self.original = annotations.original_bytes(context.ws, photo_id)
        self.base = annotations.upright_print(self.original)
        self.image_size = (float(self.base.width), float(self.base.height))
        self.shapes: list[dict[str, Any]] = annotations.get_annotations(context.ws, photo_id)
        self.tool = "select"
        self.color = COLORS[0]
        self.width = WIDTHS[1]
        self._worker: Worker | None = None
        self._baking: list[dict[str, Any]] | None = None
        self._text = ""
        self._preview_key: list[dict[str, Any]] | None = None
        self.saved = 0  # commands pushed (for tests)
        self._saving = False

        self.scene = QGraphicsScene(self)
        self.background = QGraphicsPixmapItem()
        self.background.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.background)
        self.scene.setSceneRect(0, 0, *self.image_size)
        self.canvas = AnnotationCanvas(self)
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setBackgroundBrush(self.palette().dark())
        self.canvas.key_handler = self._key
        self.toolbar = self._make_toolbar()
        self.status = QLabel()
        self.status.setContentsMargins(6, 2, 6, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.status)
        context.changed.connect(self._changed)
        self._rebuild()

    # -- the toolbar ------------------------------------------------------------------------------
    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar()
        names = {"select": self.tr("Select"), "arrow": self.tr("Arrow"),
                 "rect": self.tr("Rectangle"), "ellipse": self.tr("Ellipse"),
                 "text": self.tr("Text"), "blur": self.tr("Blur"),
                 "pixelate": self.tr("Pixelate")}
        tips = {"select": self.tr("Select, move (drag) and delete (Del) shapes"),
                "blur": self.tr("Blur a face, a name badge or a car plate: the pixels are "
                                "destroyed in the copies reports use"),
                "pixelate": self.tr("Pixelate a region: the pixels are destroyed in the "
                                    "copies reports use")}
        group = QActionGroup(self)
        self.tool_actions = {}
        for key in TOOLS:
            action = bar.addAction(names[key], lambda key=key: self.set_tool(key))
            action.setCheckable(True)
            action.setToolTip(tips.get(key, names[key]))
            group.addAction(action)
            self.tool_actions[key] = action
        self.tool_actions["select"].setChecked(True)
        bar.addSeparator()
        for color in COLORS:
            swatch = QToolButton()
            swatch.setFixedSize(22, 22)
            swatch.setStyleSheet(f"background: {color}; border: 1px solid #888;"
                                 " border-radius: 4px;")
            swatch.setToolTip(color)
            swatch.clicked.connect(lambda _=False, c=color: self.set_color(c))
            bar.addWidget(swatch)
        bar.addAction(self.tr("Colour…"), self.choose_color)
        self.width_box = QComboBox()
        for label, width in zip((self.tr("Thin"), self.tr("Medium"), self.tr("Thick")), WIDTHS,
                                strict=True):
            self.width_box.addItem(label, width)
        self.width_box.setCurrentIndex(1)
        self.width_box.currentIndexChanged.connect(
            lambda: setattr(self, "width", self.width_box.currentData()))
        bar.addWidget(self.width_box)
        bar.addSeparator()
        delete = bar.addAction(self.tr("Delete"), self.delete_selected)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        undo = self.context.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.context.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        bar.addAction(undo)
        bar.addAction(redo)
        self.addAction(undo)
        self.addAction(redo)
        bar.addSeparator()
        bar.addAction(self.tr("Fit"), self.canvas_fit)
        bar.addAction(self.tr("Close"), self.accept)
        return bar

    def canvas_fit(self) -> None:
        self.canvas.fit()

    def set_tool(self, tool: str) -> None:
        self.tool = tool
        self.tool_actions[tool].setChecked(True)
        movable = tool == "select"
        for item in self._items():
            item.setFlag(ShapeItem.GraphicsItemFlag.ItemIsMovable, movable)
            item.setFlag(ShapeItem.GraphicsItemFlag.ItemIsSelectable, movable)
        self.canvas.viewport().setCursor(Qt.CursorShape.ArrowCursor if movable
                                         else Qt.CursorShape.CrossCursor)

    def set_color(self, color: str) -> None:
        self.color = QColor(color).name()
        chosen = [i.index for i in self._selected()]
        if chosen:
            self.commit([{**s, "color": self.color} if n in chosen else s
                         for n, s in enumerate(self.shapes)], self.tr("Recolour shapes"))

    def choose_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.color), self, self.tr("Colour"))
        if color.isValid():
            self.set_color(color.name())

    # -- shapes ------------------------------------------------------------------------------------
    def new_shape(self, start: QPointF, end: QPointF, text: str = "") -> dict[str, Any]:
        w, h = self.image_size
        return {"kind": self.tool, "x1": start.x() / w, "y1": start.y() / h,
                "x2": end.x() / w, "y2": end.y() / h, "color": self.color,
                "width": self.width, "text": text}

    def add_shape(self, shape: dict[str, Any]) -> None:
        """Add a shape (fractions of the image, as stored) and save."""
        shape = annotations.clean_shape(shape)
        if shape is not None:
            self.commit([*self.shapes, shape], self.tr("Add a shape"))

    def ask_text(self, at: QPointF) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Text"), self.tr("Text"))
        if ok and text.strip():
            self.add_text(at, text)

    def add_text(self, at: QPointF, text: str) -> None:
        shape = self.new_shape(at, at, text.strip())
        shape["kind"] = "text"
        fw, fh = text_extent(shape, self.image_size)
        shape["x2"], shape["y2"] = min(1.0, shape["x1"] + fw), min(1.0, shape["y1"] + fh)
        self.add_shape(shape)

    def edit_text(self, index: int) -> None:
        old = self.shapes[index]
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Text"), self.tr("Text"),
                                                 old["text"])
        if ok and text.strip() and text != old["text"]:
            shape = {**old, "text": text.strip()}
            fw, fh = text_extent(shape, self.image_size)
            shape["x2"], shape["y2"] = min(1.0, old["x1"] + fw), min(1.0, old["y1"] + fh)
            self.commit([shape if n == index else s for n, s in enumerate(self.shapes)],
                        self.tr("Edit a text"))

    def delete_selected(self) -> None:
        chosen = {i.index for i in self._selected()}
        if chosen:
            self.commit([s for n, s in enumerate(self.shapes) if n not in chosen],
                         self.tr("Delete shapes"))

    def items_moved(self) -> None:
        moved = {i.index: i.moved_shape() for i in self._items() if not i.pos().isNull()}
        if moved:
            self.commit([moved.get(n, s) for n, s in enumerate(self.shapes)],
                        self.tr("Move shapes"))

    def _items(self) -> list[ShapeItem]:
        return [i for i in self.scene.items() if isinstance(i, ShapeItem) and i.index >= 0]

    def _selected(self) -> list[ShapeItem]:
        return [i for i in self._items() if i.isSelected()]

    def _key(self, event) -> bool:  # noqa: ANN001
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
            return True
        return False

    # -- showing -------------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        selected = {i.index for i in self._selected()}
        for item in self._items():
            self.scene.removeItem(item)
        for n, shape in enumerate(self.shapes):
            item = ShapeItem(shape, n, self.image_size)
            item.setZValue(1 + n)
            self.scene.addItem(item)
            item.setSelected(n in selected)
        self.set_tool(self.tool)
        redactions = [s for s in self.shapes if s["kind"] in REDACTIONS]
        if redactions != self._preview_key:  # the redactions, exactly as they will be baked
            self._preview_key = redactions
            preview = annotations.bake(self.base, redactions) if redactions else self.base
            pixmap = QPixmap()
            pixmap.loadFromData(annotations.image_bytes(preview, "BMP"))
            self.background.setPixmap(pixmap)
        self.status.setText(self.tr("Saving…") if self.busy else
                            self.tr("%n shape(s) · saved: reports use the photo with these "
                                    "shapes, the original stays untouched", "",
                                    len(self.shapes)))

    @property
    def busy(self) -> bool:
        return self._baking is not None

    # -- saving ---------------------------------------------------------------------------------------
    def commit(self, shapes: list[dict[str, Any]], text: str) -> None:
        """Show the new shapes now; bake and save them in a worker (one command)."""
        self.shapes = annotations.clean_shapes(shapes)
        self._text = text
        if self._baking is None:
            self._bake()
        self._rebuild()

    def _bake(self) -> None:
        shapes = [dict(s) for s in self.shapes]
        self._baking = shapes
        base = self.base
        worker = Worker(lambda: annotations.derivatives_of(base, shapes), self)
        worker.succeeded.connect(self._baked)
        worker.failed.connect(self._bake_failed)
        self._worker = worker.start()

    def _baked(self, derivatives) -> None:  # noqa: ANN001
        shapes, self._baking = self._baking or [], None
        command = AnnotateCommand(self.context, self.photo_id,
                                  AnnotationState(shapes, tuple(derivatives)), self._text)
        self._saving = True  # its broadcast is no news to this editor
        try:
            if execute(command, self):
                self.saved += 1
        finally:
            self._saving = False
        if self.shapes != shapes:  # changed while baking: bake the newest too
            self._bake()
        self._rebuild()

    def _bake_failed(self, message: str) -> None:
        self._baking = None
        messages.error(self, self.tr("Cannot save the annotations"), message)
        self._rebuild()

    def _changed(self, topics: frozenset[str]) -> None:
        """An undo or redo (or another window) changed the shapes: show what is stored."""
        if EVIDENCE not in topics or self.busy or self._saving or self.context.ws is None:
            return
        stored = annotations.get_annotations(self.context.ws, self.photo_id)
        if stored != self.shapes:
            self.shapes = stored
            self._rebuild()

    def done(self, result: int) -> None:
        # Save what is being baked, and the shapes drawn meanwhile (a further bake), before
        # closing: the window is deleted on close and a bake delivered later would be lost.
        for _ in range(10):
            worker = self._worker
            if worker is None or self._baking is None:
                break
            worker.wait()
            QCoreApplication.processEvents()
        super().done(result)
