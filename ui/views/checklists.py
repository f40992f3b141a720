"""Checklists: template → stage → touchpoint (or general section) → criterion, and the
chosen item described in full beside the tree."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolButton,
    QTreeView,
    QWidget,
)

from cxdesk.checklists import (
    Checklist,
    ChecklistStage,
    CriteriaGroup,
    Criterion,
    TemplateSummary,
    list_templates,
    load_checklist,
)
from ui.context import MAPS, TEMPLATES
from ui.views.base import View
from ui.views.checklist_editing import ChecklistEditor
from ui.views.kit import (
    BAD,
    GOOD,
    ROOT,
    WARN,
    Header,
    Page,
    RoomyDelegate,
    flat_headers,
    fmt_number,
    muted_color,
    tone_color,
    tone_fill,
    vbox,
)


@dataclass(eq=False)
class Node:
    kind: str  # template | stage | group | criterion
    item: Any
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def add(self, kind: str, item: Any) -> Node:
        child = Node(kind, item, self)
        self.children.append(child)
        return child

    @property
    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class ChecklistModel(QAbstractItemModel):
    """Templates with their stages, touchpoints/sections and criteria."""

    COLUMNS = 4  # criterion, answer, weight, required checks

    def __init__(self, view: ChecklistsView) -> None:
        super().__init__(view)
        self.view = view
        self.root = Node("root", None)
        self.headers = [QCoreApplication.translate("ChecklistsView", "Criterion"), QCoreApplication.translate("ChecklistsView", "Answer"), QCoreApplication.translate("ChecklistsView", "Weight"),
                        QCoreApplication.translate("ChecklistsView", "Checks")]

    def set_checklists(self, checklists: list[Checklist]) -> None:
        self.beginResetModel()
        self.root = Node("root", None)
        for checklist in checklists:
            tnode = self.root.add("template", checklist.template)
            for stage in checklist.stages:
                snode = tnode.add("stage", stage)
                for group in stage.groups:
                    gnode = snode.add("group", group)
                    for criterion in group.criteria:
                        gnode.add("criterion", criterion)
        self.endResetModel()

    def criteria_count(self) -> int:
        def count(node: Node) -> int:
            return (node.kind == "criterion") + sum(count(c) for c in node.children)
        return count(self.root)

    # -- structure ------------------------------------------------------------------------
    def node(self, index: QModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: QModelIndex = ROOT) -> QModelIndex:
        node = self.node(parent)
        if 0 <= row < len(node.children) and 0 <= column < self.COLUMNS:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: QModelIndex = ROOT) -> int:
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    # -- data -----------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node, col = self.node(index), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, col)
        if role == Qt.ItemDataRole.FontRole and node.kind in ("template", "stage") and col == 0:
            font = QFont(self.view.font())
            font.setBold(True)
            if node.kind == "template":
                font.setPointSizeF(font.pointSizeF() + 1)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            pal = self.view.palette()
            if node.kind == "criterion" and col == 0 and node.item.critical:
                return tone_color(BAD, pal)
            if col > 0:
                return muted_color(pal)
            if node.kind == "template" and node.item.status == "superseded":
                return muted_color(pal)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and node.kind == "criterion" and col == 0:
            return node.item.text
        return None

    def _text(self, node: Node, col: int) -> str:
        if node.kind == "template":
            t: TemplateSummary = node.item
            if col == 0:
                if t.status == "current":
                    return f"{t.name}  v{t.version}"
                superseded = QCoreApplication.translate("ChecklistsView", "superseded")
                return f"{t.name}  v{t.version} — {superseded}"
            # the version again where a long name cannot hide it
            return f"v{t.version}" if col == 1 else ""
        if node.kind == "stage":
            s: ChecklistStage = node.item
            if col == 0:
                return s.name or QCoreApplication.translate("ChecklistsView", "General (no stage)")
            return self.view.criteria_text(s.criteria) if col == 1 else ""
        if node.kind == "group":
            g: CriteriaGroup = node.item
            if col == 0:
                return g.name if g.touchpoint_id else (g.name or QCoreApplication.translate("ChecklistsView", "General"))
            return self.view.criteria_text(len(g.criteria)) if col == 1 else ""
        c: Criterion = node.item
        if col == 0:
            return f"★ {c.text}" if c.critical else c.text
        if col == 1:
            return answer_type_name(c.answer_type)
        if col == 2:
            return fmt_number(c.weight)
        if col == 3:
            return str(c.required_checks)
        return ""


def answer_type_name(answer_type: str) -> str:
    return {
        "yes_no": QCoreApplication.translate("ChecklistsView", "Yes / No"), "scale_0_10": QCoreApplication.translate("ChecklistsView", "Scale 0–10"),
        "scale_1_5": QCoreApplication.translate("ChecklistsView", "Scale 1–5"), "number": QCoreApplication.translate("ChecklistsView", "Number"),
        "choice": QCoreApplication.translate("ChecklistsView", "Choice"), "text": QCoreApplication.translate("ChecklistsView", "Free text"),
    }.get(answer_type, answer_type)


class ChecklistsView(View):
    name = "checklists"
    topics = frozenset({TEMPLATES, MAPS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.model = ChecklistModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(RoomyDelegate(self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setFrameShape(QTreeView.Shape.NoFrame)
        head = self.tree.header()
        flat_headers(self.tree)
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._chosen)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setContentsMargins(20, 16, 20, 16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(320)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 480])
        self.page = Page(self.splitter, "☑")
        # what the last edit did when it needs saying (a new version, an import)
        self.notice = QLabel()
        self.notice.setObjectName("checklistNotice")
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(20, 6, 20, 6)
        self.notice.hide()
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.page, 1)
        self.checklists: list[Checklist] = []
        self._select: tuple[str, str | None] | None = None
        self.editor = ChecklistEditor(self)
        self._build_tools()
        self.tree.selectionModel().currentChanged.connect(
            lambda *_: self.editor.update_actions())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

    def _build_tools(self) -> None:
        acts = self.editor.actions
        for key in ("new_template", "add", "edit", "delete"):
            self._tool(acts[key])
        self._tool(acts["up"], "↑")
        self._tool(acts["down"], "↓")
        files = QMenu(self)
        files.addAction(acts["import"])
        files.addMenu(self.editor.ready_menu)
        files.addSeparator()
        files.addAction(acts["export"])
        button = QToolButton()
        button.setText(self.tr("Import / export"))
        button.setToolTip(self.tr("Templates in Excel: import, ready templates, export"))
        button.setAutoRaise(True)
        button.setMenu(files)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.header.tools.addWidget(button)

    def _tool(self, action, text: str = "") -> QToolButton:  # noqa: ANN001 - QAction
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        if text:
            button.setText(text)
        self.header.tools.addWidget(button)
        return button

    def _context_menu(self, pos) -> None:  # noqa: ANN001 - QPoint
        acts = self.editor.actions
        menu = QMenu(self)
        for key in ("add", "edit", "delete", "up", "down"):
            menu.addAction(acts[key])
        menu.addSeparator()
        menu.addAction(acts["export"])
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- what the editor asks of the screen ----------------------------------------------
    def select_later(self, template_id: str, criterion_id: str | None) -> None:
        """Select this template (or its criterion) when the screen next refreshes."""
        self._select = (template_id, criterion_id)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        if text:
            pal = self.palette()
            self.notice.setStyleSheet(
                f"#checklistNotice {{ background: {tone_fill(WARN, pal, 0.18).name()};"
                f" color: {pal.color(QPalette.ColorRole.Text).name()}; }}")

    def _key(self, node: Node) -> tuple[str, str | None]:
        """What a node is, to find it again after a refresh: (template id, criterion id)."""
        if node.kind == "criterion":
            return node.item.template_id, node.item.id
        while node.kind != "template":
            node = node.parent
        return node.item.id, None

    def _find(self, template_id: str, criterion_id: str | None) -> QModelIndex:
        for row, tnode in enumerate(self.model.root.children):
            if tnode.item.id != template_id:
                continue
            if criterion_id:
                for snode in tnode.children:
                    for gnode in snode.children:
                        for cnode in gnode.children:
                            if cnode.item.id == criterion_id:
                                return self.model.createIndex(cnode.row, 0, cnode)
            return self.model.index(row, 0)
        return QModelIndex()

    def title(self) -> str:
        return self.tr("Checklists")

    def criteria_text(self, count: int) -> str:
        """"%n criterion(s)" (for the model too: lupdate takes plurals only from ``self.tr``)."""
        return self.tr("%n criterion(s)", "", count)

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        if ws is None or not eid:
            self.checklists = []
            self.model.set_checklists([])
            self.editor.update_actions()
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to see its touchpoint "
                                         "checklists."))
            return
        current = self.tree.currentIndex()
        keep = self._select or (self._key(self.model.node(current)) if current.isValid()
                                else None)
        self._select = None
        self.checklists = [load_checklist(ws, t.id) for t in list_templates(ws, eid)]
        self.model.set_checklists(self.checklists)
        self.editor.update_actions()
        if not self.checklists:
            self.page.show_empty(
                self.tr("No checklists yet"),
                self.tr("A checklist says, for each touchpoint, what is checked, how it should "
                        "be and how it should not be, and how many checks each needs. Import "
                        "a template or create one before the fieldwork starts."))
            return
        self.page.show_content()
        current = [c for c in self.checklists if c.template.status == "current"]
        if len(self.checklists) == 1:
            t = self.checklists[0].template
            status = self.tr("current") if t.status == "current" else self.tr("superseded")
            parts = [t.name, f"v{t.version} · {status}",
                     self.tr("%n criterion(s)", "", t.criteria),
                     self.tr("%n critical", "", t.critical)]
        else:
            parts = [self.tr("%n template(s)", "", len(self.checklists)),
                     self.tr("%n criterion(s) in current versions", "",
                             sum(c.template.criteria for c in current)),
                     self.tr("%n critical", "", sum(c.template.critical for c in current))]
        self.header.set_text(self.title(), " · ".join(parts))
        for row, checklist in enumerate(self.checklists):
            index = self.model.index(row, 0)
            if checklist.template.status == "current":
                self.tree.expandRecursively(index, 2)
        found = self._find(*keep) if keep else QModelIndex()
        self.tree.setCurrentIndex(found if found.isValid() else self.model.index(0, 0))
        self.tree.scrollTo(self.tree.currentIndex())
        self.editor.update_actions()

    # -- detail pane ----------------------------------------------------------------------
    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.setText("")
            return
        node = self.model.node(current)
        self.detail.setText(self._describe(node))

    def _colours(self) -> dict[str, str]:
        pal = self.palette()
        return {"muted": muted_color(pal).name(), "good": tone_color(GOOD, pal).name(),
                "bad": tone_color(BAD, pal).name(), "warn": tone_color(WARN, pal).name(),
                "good_bg": tone_fill(GOOD, pal, 0.12).name(),
                "bad_bg": tone_fill(BAD, pal, 0.12).name(),
                "text": pal.color(QPalette.ColorRole.Text).name()}

    def _template_of(self, node: Node) -> TemplateSummary:
        while node.kind != "template":
            node = node.parent
        return node.item

    def _describe(self, node: Node) -> str:
        c = self._colours()
        if node.kind == "criterion":
            return self._describe_criterion(node)
        if node.kind == "template":
            t: TemplateSummary = node.item
            status = self.tr("current") if t.status == "current" else self.tr("superseded")
            rows = [(self.tr("Version"), f"v{t.version} · {status}"),
                    (self.tr("Criteria"), self.criteria_text(t.criteria)),
                    # the number of critical criteria; the criterion's badge is another string
                    (self.tr("Critical", "number of critical criteria"), str(t.critical)),
                    (self.tr("Language"), t.language.upper())]
            if t.map_name:
                rows.insert(1, (self.tr("Journey map"), escape(t.map_name)))
            body = f"<p>{escape(t.description)}</p>" if t.description else ""
            kind = escape(self.tr("Checklist template"))
            return (f"<p style='color:{c['muted']}'>{kind}</p>"
                    f"<h2>{escape(t.name)}</h2>{body}{self._facts(rows)}")
        item = node.item
        count = item.criteria if node.kind == "stage" else len(item.criteria)
        name = item.name or (self.tr("General (no stage)") if node.kind == "stage"
                             else self.tr("General"))
        what = self.tr("Stage") if node.kind == "stage" else (
            self.tr("Touchpoint") if item.touchpoint_id else self.tr("Section"))
        criteria = escape(self.criteria_text(count))
        return (f"<p style='color:{c['muted']}'>{escape(what)} · "
                f"{escape(self._template_of(node).name)}</p><h2>{escape(name)}</h2>"
                f"<p>{criteria}</p>")

    def _facts(self, rows: list[tuple[str, str]]) -> str:
        c = self._colours()
        cells = "".join(
            f"<tr><td style='color:{c['muted']}; padding:4px 16px 4px 0'>{escape(k)}</td>"
            f"<td style='padding:4px 0'>{v}</td></tr>" for k, v in rows)
        return f"<table cellspacing='0'>{cells}</table>"

    def _describe_criterion(self, node: Node) -> str:
        cr: Criterion = node.item
        c = self._colours()
        group, stage = node.parent.item, node.parent.parent.item
        crumbs = [stage.name or self.tr("General (no stage)"), group.name or self.tr("General")]
        parts = [f"<p style='color:{c['muted']}'>{escape(' › '.join(crumbs))}</p>",
                 f"<h2>{escape(cr.text)}</h2>"]
        if cr.critical:
            # the badge of one criterion; the template's count of them is another string
            badge = escape(self.tr("Critical", "a criterion's badge"))
            meaning = escape(self.tr("failing it flags the whole check"))
            parts.append(f"<p style='color:{c['bad']}'><b>★ {badge}</b> — {meaning}</p>")
        for label, text, tone in ((self.tr("How it should be"), cr.should_be, "good"),
                                  (self.tr("How it should not be"), cr.should_not_be, "bad")):
            if text:
                parts.append(
                    f"<table width='100%' cellpadding='10' style='margin-top:8px'>"
                    f"<tr><td style='background:{c[tone + '_bg']};'>"
                    f"<span style='color:{c[tone]}'><b>{escape(label)}</b></span><br>"
                    f"{escape(text)}</td></tr></table>")
        photo = {"none": self.tr("not needed"), "optional": self.tr("optional"),
                 "required": self.tr("required")}.get(cr.photo, cr.photo)
        rows = [(self.tr("Answer"), self._answer_words(cr)),
                (self.tr("Weight"), fmt_number(cr.weight)),
                (self.tr("Required checks"),
                 escape(self.tr("%n per subject", "", cr.required_checks))),
                (self.tr("Photo"), escape(photo))]
        if cr.channel:
            rows.append((self.tr("Channel"), escape(
                self.tr("online") if cr.channel == "online" else self.tr("offline"))))
        if cr.interaction:
            rows.append((self.tr("Interaction"), escape(
                self.tr("with a person") if cr.interaction == "person"
                else self.tr("with the product"))))
        parts.append("<p></p>" + self._facts(rows))
        return "".join(parts)

    def _answer_words(self, cr: Criterion) -> str:
        name = escape(answer_type_name(cr.answer_type))
        if cr.answer_type == "choice" and cr.choices:
            best = max(ch.points for ch in cr.choices)
            items = "".join(
                f"<li>{escape(ch.label)} — <b>{fmt_number(ch.points)}</b>"
                f"{' ★' if ch.points == best and best > 0 else ''}</li>"
                for ch in cr.choices)
            return f"{name}<ul style='margin:4px 0 0 -20px'>{items}</ul>"
        if cr.answer_type == "number":
            unit = f" {escape(cr.unit)}" if cr.unit else ""
            if cr.threshold is None:
                return f"{name}{', ' + escape(cr.unit) if cr.unit else ''}"
            sign = "≤" if cr.direction != "higher_is_better" else "≥"
            better = (self.tr("lower is better") if cr.direction != "higher_is_better"
                      else self.tr("higher is better"))
            # "passes at ≤ 5 min": the sign and the threshold follow
            passes = escape(self.tr("passes at"))
            return (f"{name}{', ' + escape(cr.unit) if cr.unit else ''}<br>"
                    f"{passes} <b>{sign} {fmt_number(cr.threshold)}{unit}</b>"
                    f" ({escape(better)})")
        muted = self._colours()["muted"]
        if cr.answer_type == "yes_no":
            scoring = escape(self.tr("Yes = 1, No = 0, N/A not counted"))
            return f"{name} <span style='color:{muted}'>({scoring})</span>"
        if cr.answer_type == "text":
            unscored = escape(self.tr("not scored"))
            return f"{name} <span style='color:{muted}'>({unscored})</span>"
        return name
