"""Journey maps: the engagement's maps on the left, the chosen one on the editable canvas in the
middle, the selection's properties on the right. Scores of a chosen subject (and a competitor
in compare mode) show on the cards once checks exist."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.engagements import list_subjects
from cxdesk.journey import JourneyMap, list_maps, load_map
from cxdesk.journey_maps import create_map, duplicate_map
from cxdesk.journey_model import JourneyModel
from cxdesk.map_scores import map_scores
from ui import messages
from ui.context import CHECKS, MAPS, SEGMENTS, SUBJECTS, TEMPLATES
from ui.map import commands as cmd
from ui.map.editing import MapEditor
from ui.map.items import LaneTexts
from ui.map.properties import PropertiesPanel
from ui.map.scene import JourneyScene
from ui.map.view import MapCanvas
from ui.map.widgets import MapLegend, MapListModel, TwoLineDelegate
from ui.views.base import View
from ui.views.kit import Header, Page, line_color


def _same(a: JourneyMap, b: JourneyMap) -> bool:
    """The same document, whatever order the lists were read in."""
    return (a.name, a.kind) == (b.name, b.kind) and all(
        frozenset(getattr(a, part)) == frozenset(getattr(b, part))
        for part in ("stages", "lanes", "touchpoints", "flows", "barriers"))


class MapsView(View):
    name = "map"
    topics = frozenset({MAPS, SEGMENTS, CHECKS, TEMPLATES, SUBJECTS})

    def __init__(self, context, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(context, parent)
        self.header = Header()
        self.maps = MapListModel(self)
        self.maps.kind_names = self._kind_names()
        self.maps.count_text = lambda n: self.tr("%n touchpoint(s)", "", n)
        self.list = QListView()
        self.list.setModel(self.maps)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.setMinimumWidth(180)
        self.list.selectionModel().currentChanged.connect(self._map_chosen)

        self.scene = JourneyScene(self)
        self.canvas = MapCanvas(self.scene)
        self.canvas.key_handler = self._key
        self.canvas_page = Page(self.canvas, "▦")
        self.properties = PropertiesPanel()
        self.editor = MapEditor(context, self.scene, self.properties, self.canvas)
        legend = MapLegend({
            "online": self.tr("online"), "offline": self.tr("offline"),
            "person": self.tr("person"), "product": self.tr("product"),
            "sent": self.tr("sent on"), "self": self.tr("goes by themselves"),
            "good": self.tr("≥ 80"), "warn": self.tr("60–79"), "bad": self.tr("< 60"),
        })
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        middle_layout.addWidget(self.canvas_page, 1)
        middle_layout.addWidget(legend)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.properties)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 900, 260])
        # the map's tools in a row of their own under the title, so the title's line (the
        # map's name, kind and segment) keeps the width of the screen
        self.toolbar = QWidget()
        self.tools = QHBoxLayout(self.toolbar)
        self.tools.setContentsMargins(14, 0, 20, 6)
        self.tools.setSpacing(4)
        self._build_tools()

        self.page = Page(self.splitter, "▦")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.page, 1)
        self._current_map: str | None = None
        self._models: dict[str, JourneyModel] = {}
        self._ws = None
        context.workspace_changed.connect(self._models.clear)

    def _tool(self, text: str, tip: str, slot=None, menu: QMenu | None = None,  # noqa: ANN001
              row: QHBoxLayout | None = None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        if slot is not None:
            button.clicked.connect(slot)
        if menu is not None:
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        (row if row is not None else self.tools).addWidget(button)
        return button

    def _separator(self) -> None:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        palette = line.palette()
        palette.setColor(palette.ColorRole.WindowText, line_color(palette))
        line.setPalette(palette)
        line.setFixedHeight(18)
        self.tools.addSpacing(4)
        self.tools.addWidget(line)
        self.tools.addSpacing(4)

    def _build_tools(self) -> None:
        """Editing on the left (the everyday actions in sight, the rest of the map's actions
        under "More"), the scores to show on the right; zoom beside the title."""
        new = QMenu(self)
        new.addAction(self.tr("Five default stages"), lambda: self.new_map("default"))
        new.addAction(self.tr("Empty"), lambda: self.new_map("empty"))
        new.addAction(self.tr("B2B with stakeholder lanes"), lambda: self.new_map("b2b"))
        self._tool(self.tr("New map"), self.tr("Create a journey map"), menu=new)
        self._separator()
        self._tool(self.tr("Add stage"), self.tr("Add a stage after the selected one"),
                   self.editor.add_stage)
        self._tool(self.tr("Add touchpoint"), self.tr("Add a touchpoint (Insert)"),
                   self.editor.insert)
        more = QMenu(self)
        more.addAction(self.tr("Duplicate as redesign"), self.duplicate_map).setToolTip(
            self.tr("Copy this map as the start of its redesign"))
        export = more.addMenu(self.tr("Export"))
        for fmt in ("png", "svg", "pdf"):
            export.addAction(fmt.upper(), lambda f=fmt: self.export(f))
        more.addSeparator()
        more.addAction(self.tr("Delete map"), self.delete_map)
        more.setToolTipsVisible(True)
        self.more = self._tool(self.tr("More"), self.tr("Duplicate, export or delete this map"),
                               menu=more)
        self.tools.addStretch(1)
        self.tools.addWidget(QLabel(self.tr("Scores:")))
        self.subject = QComboBox()
        self.subject.activated.connect(self._show_scores)
        self.tools.addWidget(self.subject)
        self.tools.addWidget(QLabel(self.tr("vs")))
        self.rival = QComboBox()
        self.rival.activated.connect(self._show_scores)
        self.tools.addWidget(self.rival)
        for combo in (self.subject, self.rival):  # a long company name is elided, not a wall
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.setMaximumWidth(240)
        zoom = self.header.tools
        self._tool("−", self.tr("Zoom out (Ctrl+wheel)"), lambda: self.canvas.zoom_by(1 / 1.2),
                   row=zoom)
        self._tool(self.tr("Fit"), self.tr("Show the whole map (Ctrl+0)"), self.canvas.fit,
                   row=zoom)
        self._tool("+", self.tr("Zoom in (Ctrl+wheel)"), lambda: self.canvas.zoom_by(1.2),
                   row=zoom)
        zoom.setSpacing(2)

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

    @property
    def model(self) -> JourneyModel | None:
        return self._models.get(self._current_map) if self._current_map else None

    # -- refreshing -----------------------------------------------------------------------
    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        if ws is not self._ws:
            self._models.clear()
            self._ws = ws
        self.header.set_text(self.title())
        if ws is None or not eid:
            self.maps.set_maps([])
            self._show_map(None)
            self.page.show_empty(
                self.tr("No engagement open"),
                self.tr("Choose an engagement (or create one) to see its customer journey "
                        "maps."))
            return
        self._fill_subjects()
        maps = list_maps(ws, eid)
        self.maps.set_maps(maps)
        if not maps:
            self._show_map(None)
            self.page.show_empty(
                self.tr("No journey maps yet"),
                self.tr("A journey map lays out the stages a client goes through, the "
                        "touchpoints in each, and where the client is sent next. Create one "
                        "with New map."))
            return
        self.page.show_content()
        self.header.set_text(self.title(), self.tr("%n map(s)", "", len(maps)))
        ids = [m.id for m in maps]
        row = ids.index(self._current_map) if self._current_map in ids else 0
        self.list.setCurrentIndex(self.maps.index(row))
        self._show_map(ids[row], force=True)
        self.list.setVisible(len(maps) > 1)

    def _fill_subjects(self) -> None:
        subjects = list_subjects(self.context.ws, self.context.engagement_id)
        keep = (self.subject.currentData(), self.rival.currentData())
        own = next((s for s in subjects if s.own), subjects[0] if subjects else None)
        others = [s for s in subjects if s is not own]
        self.subject.clear()
        self.rival.clear()
        self.rival.addItem(self.tr("no comparison"), None)
        for s in subjects:
            self.subject.addItem(s.name, s.id)
            self.rival.addItem(s.name, s.id)
        ids = [s.id for s in subjects]
        self.subject.setCurrentIndex(ids.index(keep[0]) if keep[0] in ids
                                     else (ids.index(own.id) if own else -1))
        rival = keep[1] if keep[1] in ids else (others[0].id if others else None)
        self.rival.setCurrentIndex(max(0, self.rival.findData(rival)))

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
            self.scene.set_model(None)
            self.editor.set_model(None)
            return
        model = self._models.get(map_id)
        if model is None:
            model = self._models[map_id] = JourneyModel(ws, map_id)
            changed = True
        elif map_id not in cmd.ECHO and not _same(load_map(ws, map_id), model.journey):
            model.reload()  # changed elsewhere (an import, another screen)
        if changed or self.scene.model is not model:
            self.scene.setPalette(self.palette())
            self.scene.set_model(model, self._texts(),
                                 lambda n: self.tr("%n touchpoint(s)", "", n))
            self.editor.set_model(model)
        self._show_scores()
        journey = model.journey
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
            if changed:
                self.canvas.refit()

    def _show_scores(self) -> None:
        model = self.model
        if model is None:
            return
        subject, rival = self.subject.currentData(), self.rival.currentData()
        scores = map_scores(self.context.ws, model.journey.engagement_id, subject,
                            rival if rival != subject else None)
        names = [self.subject.currentText()] + ([self.rival.currentText()] if rival else [])
        self.scene.score_caption = self.tr("Scores: %1").replace("%1", " | ".join(names))
        self.scene.set_scores(None if scores.empty else scores, compare=bool(rival))

    # -- maps -------------------------------------------------------------------------------
    def new_map(self, template: str) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        if ws is None or not eid:
            return
        names = {"default": self.tr("New journey map"), "empty": self.tr("New journey map"),
                 "b2b": self.tr("B2B journey map")}
        command = cmd.MapListCommand(self.context, self.tr("New map"), create=lambda: create_map(
            ws, eid, name=names[template], template=template, kind="new"))
        self._current_map = None
        if cmd.push(command, self):
            self._select_map(command.ident)

    def duplicate_map(self) -> None:
        if self.model is None:
            return
        ws, source = self.context.ws, self.model.map_id
        name = self.tr("%1 — redesign").replace("%1", self.model.journey.name)
        command = cmd.MapListCommand(self.context, self.tr("Duplicate as redesign"),
                                     create=lambda: duplicate_map(ws, source, name=name))
        if cmd.push(command, self):
            self._select_map(command.ident)

    def delete_map(self) -> None:
        if self.model is None:
            return
        if messages.confirm(self, self.tr("Delete map"),
                            self.tr("Delete the map «%1» with all its stages and touchpoints? "
                                    "Undo brings it back.").replace("%1",
                                                                    self.model.journey.name)):
            map_id = self.model.map_id
            self._models.pop(map_id, None)
            cmd.push(cmd.MapListCommand(self.context, self.tr("Delete map"), remove=map_id),
                     self)

    def _select_map(self, map_id: str) -> None:
        ids = [m.id for m in self.maps.maps]
        if map_id in ids:
            self.list.setCurrentIndex(self.maps.index(ids.index(map_id)))

    def export(self, fmt: str) -> None:
        model = self.model
        if model is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export map"),
                                              f"{model.journey.name}.{fmt}",
                                              f"{fmt.upper()} (*.{fmt})")
        if not path:
            return
        from ui.map.export import render_map

        try:
            render_map(self.context.ws, model.map_id, path,
                       subject_id=self.subject.currentData(), rival_id=self.rival.currentData())
        except (OSError, ValueError) as exc:
            messages.error(self, self.tr("Export failed"), str(exc))

    # -- keyboard -----------------------------------------------------------------------------
    def _key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editor.rename_selected()
            return True
        return self.editor.navigate(event.key(), event.modifiers())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.scene.setPalette(self.palette())

    def sizeHint(self) -> QSize:
        return QSize(1000, 700)
