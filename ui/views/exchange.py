"""Field exchange: a field kit out to a shopper, results back, merged safely. Importing first
shows what it would do (checks, photos, conflicts) and commits only when asked; the rows changed
on both sides are listed with both versions side by side, to keep mine or theirs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cxdesk.bundles import Conflict, ImportSummary, Manifest, list_conflicts
from ui import messages
from ui.commands import execute
from ui.conflict_commands import ResolveConflictCommand
from ui.context import EVERYTHING
from ui.exchange_jobs import BundleJob
from ui.views.base import View
from ui.views.kit import ROOT, Header, Page, section_label, set_muted, vbox

_HIDDEN = ("id", "created_at")


class ConflictsModel(QAbstractListModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self.conflicts = conflicts
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.conflicts)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.conflicts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{c.table} · {c.row_id[:8]} — {', '.join(c.columns)}"
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None


class ExchangeView(View):
    name = "exchange"
    topics = EVERYTHING

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.kit_button = QPushButton(self.tr("Export field kit…"))
        self.results_button = QPushButton(self.tr("Export results…"))
        self.import_button = QPushButton(self.tr("Import bundle…"))
        for button in (self.kit_button, self.results_button, self.import_button):
            self.header.tools.addWidget(button)
        self.kit_button.clicked.connect(lambda: self.choose_export("kit"))
        self.results_button.clicked.connect(lambda: self.choose_export("results"))
        self.import_button.clicked.connect(self.choose_import)
        self.job: BundleJob | None = None
        self.last_summary: ImportSummary | None = None

        self.model = ConflictsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.show_conflict())
        self.compare = QTableWidget(0, 3)
        self.compare.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This workspace (mine)"), self.tr("Incoming (theirs)")])
        self.compare.verticalHeader().hide()
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setWordWrap(True)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_mine.clicked.connect(lambda: self.resolve("local"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("incoming"))
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        detail = QWidget()
        detail_layout = vbox(detail, (12, 0, 0, 0), 8)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.compare, 1)
        detail_layout.addLayout(buttons)
        left = QWidget()
        left_layout = vbox(left, (0, 0, 0, 0), 6)
        left_layout.addWidget(section_label(self.tr("Conflicts to resolve")))
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        body = QWidget()
        body_layout = vbox(body, (20, 0, 20, 16), 8)
        body_layout.addWidget(splitter, 1)
        self.page = Page(body, "⇄")
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setContentsMargins(20, 0, 20, 8)
        set_muted(self.history)
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.history)
        layout.addWidget(self.page, 1)

    def title(self) -> str:
        return self.tr("Field exchange")

    # -- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title(), self.tr(
            "Kits carry the engagement, maps, checklists and assignments out to shoppers; "
            "results bring checks, answers, photos and findings back."))
        for button in (self.kit_button, self.results_button):
            button.setEnabled(bool(ws is not None and eid))
        self.import_button.setEnabled(ws is not None)
        if ws is None:
            self.model.set_conflicts([])
            self.history.clear()
            self.page.show_empty(self.tr("No workspace open"),
                                 self.tr("Open a workspace to exchange bundles."))
            return
        imports = ws.rows("SELECT kind, imported_at FROM exchange_imports"
                          " ORDER BY imported_at DESC")
        self.history.setText(self.tr("%n bundle(s) imported; the last on {0}", "", len(imports))
                             .format(imports[0]["imported_at"][:16].replace("T", " "))
                             if imports else self.tr("No bundle imported yet."))
        conflicts = list_conflicts(ws)
        self.model.set_conflicts(conflicts)
        if not conflicts:
            self.page.show_empty(
                self.tr("No conflicts"),
                self.tr("Export a field kit for each shopper with Export field kit…; they "
                        "import it, work offline, and send back their results (Export "
                        "results…). Import bundle… shows what a bundle adds before it is "
                        "merged. Rows changed both here and there will wait here for you."))
            return
        self.page.show_content()
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self.show_conflict()

    def current(self) -> Conflict | None:
        index = self.list.currentIndex()
        return self.model.conflicts[index.row()] if index.isValid() else None

    def show_conflict(self) -> None:
        conflict = self.current()
        self.keep_mine.setEnabled(conflict is not None)
        self.keep_theirs.setEnabled(conflict is not None)
        self.compare.setRowCount(0)
        if conflict is None:
            self.detail_title.clear()
            return
        self.detail_title.setText(self.tr("{0} {1}: changed here and in the bundle since they "
                                          "last agreed").format(conflict.table, conflict.row_id))
        local, incoming = conflict.local or {}, conflict.incoming or {}
        fields = [k for k in (incoming or local) if k not in _HIDDEN]
        # what differs first, then the rest as the table has it
        fields.sort(key=lambda k: local.get(k) == incoming.get(k))
        self.compare.setRowCount(len(fields))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, name in enumerate(fields):
            mine = (self._text(conflict.table, name, local.get(name)) if conflict.local
                    else self.tr("(deleted here)"))
            theirs = (self._text(conflict.table, name, incoming.get(name)) if conflict.incoming
                      else self.tr("(deleted there)"))
            cells = [QTableWidgetItem(name), QTableWidgetItem(mine), QTableWidgetItem(theirs)]
            for col, item in enumerate(cells):
                if name in conflict.columns or mine != theirs:
                    item.setFont(bold)
                self.compare.setItem(row, col, item)
        self.compare.resizeRowsToContents()

    def _text(self, table: str, column: str, value: Any) -> str:
        """A value as a person reads it: a reference by the name of what it names."""
        if value is None or value == "":
            return "—"
        ws = self.context.ws
        if ws is not None and column.endswith("_id"):
            for fk in ws.rows(f"PRAGMA foreign_key_list('{table}')"):
                if fk["from"] != column:
                    continue
                names = {r[1] for r in ws.rows(f"PRAGMA table_info('{fk['table']}')")}
                label = next((c for c in ("name", "title", "text", "label") if c in names), None)
                found = label and ws.scalar(
                    f"SELECT {label} FROM {fk['table']} WHERE id = ?", (value,))
                if found:
                    return str(found)
        return str(value)

    # -- resolving --------------------------------------------------------------------------
    def resolve(self, keep: str) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        text = self.tr("Keep my version") if keep == "local" else self.tr("Keep their version")
        done = execute(ResolveConflictCommand(self.context, conflict.id, keep, text), self)
        self.refresh()
        return done

    # -- export -----------------------------------------------------------------------------
    def choose_export(self, kind: str) -> None:
        caption = self.tr("Export field kit") if kind == "kit" else self.tr("Export results")
        name, _ = QFileDialog.getSaveFileName(self, caption, "",
                                              self.tr("CX Desk bundles (*.cxb)"))
        if name:
            self.export_to(Path(name if name.lower().endswith(".cxb") else f"{name}.cxb"),
                           kind)

    def export_to(self, path: Path, kind: str) -> BundleJob | None:
        ws, eid = self.context.ws, self.context.engagement_id
        if ws is None or not eid:
            return None

        def run(own, progress) -> Manifest:  # noqa: ANN001 - in the worker
            from cxdesk.bundles import export_bundle

            return export_bundle(own, eid, kind, path, progress=progress)

        job = BundleJob(Path(ws.path), run, self.tr("Writing the bundle…"), self)
        job.finished.connect(lambda m: messages.info(
            self, self.tr("Bundle written"), self.written_text(path, m)))
        job.failed.connect(lambda text: messages.error(self, self.tr("Cannot export"), text))
        self.job = job.start()
        return job

    def written_text(self, path: Path, m: Manifest) -> str:
        counts = m.row_counts
        return ", ".join([
            self.tr("{0}: %n check(s)", "", counts.get("checks", 0)).format(path),
            self.tr("%n photo(s)", "", len(m.photos)),
            self.tr("%n assignment(s)", "", counts.get("assignments", 0))])

    # -- import -----------------------------------------------------------------------------
    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import bundle"), "",
                                              self.tr("CX Desk bundles (*.cxb)"))
        if name:
            self.preview(Path(name))

    def preview(self, path: Path) -> BundleJob | None:
        """Work out what importing ``path`` would do (nothing is written), then ask."""
        ws = self.context.ws
        if ws is None:
            return None

        def run(own, progress) -> ImportSummary:  # noqa: ANN001 - in the worker
            from cxdesk.bundles import import_bundle

            return import_bundle(own, path, dry_run=True, progress=progress)

        job = BundleJob(Path(ws.path), run, self.tr("Checking the bundle…"), self)
        job.finished.connect(lambda summary: self._ask(path, summary))
        job.failed.connect(lambda text: messages.error(self, self.tr("Bundle refused"), text))
        self.job = job.start()
        return job

    def summary_text(self, s: ImportSummary) -> str:
        checks = s.added.get("checks", 0)
        parts = [self.tr("%n new check(s)", "", checks),
                 self.tr("%n new photo(s)", "", s.photos_added),
                 self.tr("%n conflict(s)", "", len(s.conflicts))]
        if s.kind == "kit":
            parts.insert(0, self.tr("%n new assignment(s)", "", s.added.get("assignments", 0)))
        updated = sum(s.updated.values())
        if updated:
            parts.append(self.tr("%n updated row(s)", "", updated))
        if s.deleted:
            parts.append(self.tr("%n deletion(s)", "", sum(s.deleted.values())))
        what = self.tr("Field kit") if s.kind == "kit" else self.tr("Results")
        return f"{what}: " + ", ".join(parts) + "."

    def _ask(self, path: Path, summary: ImportSummary) -> None:
        text = self.summary_text(summary)
        if summary.conflicts:
            text += " " + self.tr("Rows changed on both sides keep this workspace's version "
                                  "until you choose.")
        if messages.confirm(self, self.tr("Import this bundle?"), text):
            self.commit(path)

    def commit(self, path: Path) -> BundleJob | None:
        ws = self.context.ws
        if ws is None:
            return None

        def run(own, progress) -> ImportSummary:  # noqa: ANN001 - in the worker
            from cxdesk.bundles import import_bundle

            return import_bundle(own, path, progress=progress)

        job = BundleJob(Path(ws.path), run, self.tr("Merging the bundle…"), self)
        job.finished.connect(self._imported)
        job.failed.connect(lambda text: messages.error(self, self.tr("Import failed"), text))
        self.job = job.start()
        return job

    def _imported(self, summary: ImportSummary) -> None:
        self.last_summary = summary
        # the merge rewrote rows that undo steps may hold: they cannot be replayed safely
        self.context.undo_stack.clear()
        self.context.notify(*EVERYTHING)  # written through another connection: read afresh
        if summary.kind == "kit" and not self.context.engagement_id:
            self.context.set_engagement(summary.manifest.engagement_id)
        messages.info(self, self.tr("Bundle imported"), self.summary_text(summary))
