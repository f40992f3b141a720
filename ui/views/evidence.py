"""Evidence: the engagement's photos as a thumbnail grid with flag badges and a filter bar
(subject, location, stage, touchpoint, criterion, finding, flag), its recordings and
documents below. A double-click opens the viewer (zoom, next/previous, annotation). Captions
are edited in place; photos are linked to and unlinked from checks, criteria and findings from
the context menu, every edit undoable. *Import…* and *Export originals…* run in a worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QWidget,
)

from cxdesk.errors import CxDeskError
from cxdesk.evidence_links import other_evidence, photo_links, photo_revisions
from cxdesk.gallery import GPS_FAR, NO_CAPTURE_TIME, TIME_FAR, GalleryPhoto, list_gallery
from cxdesk.workspace import Workspace
from ui import messages
from ui.commands import execute
from ui.context import CHECKS, EVIDENCE, FINDINGS, LOCATIONS, SUBJECTS
from ui.evidence_import import EVIDENCE_SUFFIXES, ImportJob, dropped_files, start_import
from ui.views.base import View
from ui.views.evidence_commands import CaptionCommand, LinkCommand, UnlinkCommand
from ui.views.evidence_dialogs import LinkDialog, OtherEvidenceList
from ui.views.evidence_tiles import (
    CELL_H,
    CELL_W,
    LINKS_ROLE,
    PHOTO_ROLE,
    PhotoDelegate,
    PhotoFilter,
    PhotoModel,
    flags,
)
from ui.views.kit import Header, Page, section_label, set_muted, vbox
from ui.workers import Worker

__all__ = ["EvidenceView", "PhotoDelegate", "PhotoFilter", "PhotoModel", "flags"]


class EvidenceView(View):
    name = "evidence"
    topics = frozenset({EVIDENCE, CHECKS, FINDINGS, SUBJECTS, LOCATIONS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAcceptDrops(True)
        self.header = Header()
        self.import_button = QPushButton(self.tr("Import photos…"))
        import_menu = QMenu(self.import_button)
        import_menu.addAction(self.tr("Photos and files…"), self.choose_files)
        import_menu.addAction(self.tr("A folder…"), self.choose_folder)
        self.import_button.setMenu(import_menu)
        self.export_button = QPushButton(self.tr("Export originals…"))
        self.export_button.clicked.connect(lambda: self.choose_export_folder())
        self.header.tools.addWidget(self.import_button)
        self.header.tools.addWidget(self.export_button)
        self.filters: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(20, 0, 20, 6)
        bar.setSpacing(6)
        for key in ("subject", "location", "stage", "touchpoint", "criterion", "finding",
                    "flag"):
            combo = QComboBox()  # the seven share the row; the list opens wider
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.view().setMinimumWidth(300)
            combo.currentIndexChanged.connect(self._filter)
            self.filters[key] = combo
            bar.addWidget(combo, 1)
        self.subject_filter = self.filters["subject"]
        self.location_filter = self.filters["location"]
        self.flag_filter = self.filters["flag"]
        self.model = PhotoModel(self)
        self.model.caption_edited = self.set_caption
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
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.grid.setFrameShape(QListView.Shape.NoFrame)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setItemDelegate(PhotoDelegate(self))
        self.grid.setModel(self.proxy)
        self.grid.setViewportMargins(12, 4, 12, 4)
        self.grid.doubleClicked.connect(self.open_viewer)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._context_menu)
        self.legend = QLabel(self.tr("★ used in a finding   ✎ annotated   ▣ redacted   "
                                     "⚠ taken far from the check's time   ◷? no capture time"
                                     "   ◎ taken far from the location   ·   double-click a "
                                     "photo to open it, F2 to caption it, right-click to link"))
        self.legend.setWordWrap(True)
        self.legend.setContentsMargins(20, 6, 20, 8)
        set_muted(self.legend)
        self.others_label = section_label(self.tr("Recordings and documents"))
        self.others_label.setContentsMargins(20, 6, 20, 2)
        self.others = OtherEvidenceList()
        body = QWidget()
        body_layout = vbox(body)
        body_layout.addLayout(bar)
        body_layout.addWidget(self.grid, 1)
        body_layout.addWidget(self.others_label)
        body_layout.addWidget(self.others)
        body_layout.addWidget(self.legend)
        self.page = Page(body, "▧")
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self._filling = False
        self.job: ImportJob | None = None
        self.export_worker: Worker | None = None

    def title(self) -> str:
        return self.tr("Evidence")

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        self.import_button.setEnabled(bool(ws is not None and eid))
        if ws is None or not eid:
            self.model.set_photos(None, [])
            self.others.set_items(None, [])
            self.export_button.setEnabled(False)
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to see its photo evidence."))
            return
        photos = list_gallery(ws, eid)
        self.model.set_photos(ws, photos, photo_links(ws, eid), photo_revisions(ws, eid))
        others = other_evidence(ws, eid)
        self.others.set_items(ws, others)
        self.others_label.setVisible(bool(others))
        self.export_button.setEnabled(bool(photos or others))
        if not photos and not others:
            self.page.show_empty(
                self.tr("No photos yet"),
                self.tr("Photos are the evidence behind checks and findings: a dirty floor, an "
                        "old price tag, an empty reception desk. Use Import photos… above, or "
                        "drop phone photos here, onto a check or onto a finding."))
            return
        self.page.show_content()
        self._fill_filters(photos)
        flagged = sum(1 for p in photos if p.missing_time or p.time_mismatch or p.flags)
        parts = [self.tr("%n photo(s)", "", len(photos))]
        if others:
            parts.append(self.tr("%n recording(s) or document(s)", "", len(others)))
        if flagged:
            parts.append(self.tr("%n with a doubtful capture time or place", "", flagged))
        self.header.set_text(self.title(), " · ".join(parts))

    def _fill_filters(self, photos: list[GalleryPhoto]) -> None:
        self._filling = True
        chosen = {key: combo.currentData() for key, combo in self.filters.items()}
        options: dict[str, dict[Any, str]] = {key: {} for key in self.filters}
        for p in sorted(photos, key=lambda p: (not p.own, p.subject)):
            if p.subject_id:
                options["subject"].setdefault(p.subject_id, p.subject)
        for name in sorted({p.location for p in photos if p.location}):
            options["location"][name] = name
        ws, eid = self.context.ws, self.context.engagement_id
        names = _names(ws, eid) if ws is not None and eid else {}
        for links in self.model.links.values():
            for link in links:
                for key, ident in (("stage", link.stage_id), ("touchpoint", link.touchpoint_id),
                                   ("criterion", link.criterion_id),
                                   ("finding", link.finding_id)):
                    if ident:
                        options[key].setdefault(ident, names.get(ident, "?"))
        flag_names = {NO_CAPTURE_TIME: self.tr("No capture time"),
                      TIME_FAR: self.tr("Taken far from the check's time"),
                      GPS_FAR: self.tr("Taken far from the location"),
                      "annotated": self.tr("Annotated"), "redacted": self.tr("Redacted"),
                      "finding": self.tr("Used in a finding")}
        for key, label in flag_names.items():
            if any(flags(p)[key] for p in photos):
                options["flag"][key] = label
        alls = {"subject": self.tr("All subjects"), "location": self.tr("All locations"),
                "stage": self.tr("All stages"), "touchpoint": self.tr("All touchpoints"),
                "criterion": self.tr("All criteria"), "finding": self.tr("Any finding"),
                "flag": self.tr("Any flag")}
        for key, combo in self.filters.items():
            combo.clear()
            combo.addItem(alls[key], None)
            values = options[key].items()
            if key in ("stage", "touchpoint", "criterion", "finding"):
                values = sorted(values, key=lambda kv: kv[1].lower())
            for ident, label in values:
                combo.addItem(label, ident)
                combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(chosen[key])))
            combo.setVisible(combo.count() > 1)
        self._filling = False
        self._filter()

    def _filter(self) -> None:
        if self._filling:
            return
        values = {key: combo.currentData() for key, combo in self.filters.items()}
        self.proxy.set_filter(values.pop("subject"), values.pop("location"),
                              values.pop("flag"), **values)

    def set_filter(self, key: str, value: Any) -> None:
        """Choose a filter's value by its data (tests, links from other screens)."""
        combo = self.filters[key]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    # -- one photo --------------------------------------------------------------------------------
    def photo_at(self, index: QModelIndex) -> GalleryPhoto | None:
        return index.data(PHOTO_ROLE) if index.isValid() else None

    def selected_photos(self) -> list[GalleryPhoto]:
        return [i.data(PHOTO_ROLE) for i in self.grid.selectionModel().selectedIndexes()]

    def open_viewer(self, index: QModelIndex):
        """Open the viewer on a photo; returns the dialog (shown, not modal)."""
        from ui.views.photo_viewer import PhotoViewer

        photo = index.data(PHOTO_ROLE)
        if photo is None or self.context.ws is None:
            return None
        photos = [self.proxy.index(r, 0).data(PHOTO_ROLE) for r in range(self.proxy.rowCount())]
        dialog = PhotoViewer(self.context.ws, photo, self, photos=photos, context=self.context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def set_caption(self, photo_id: str, caption: str) -> bool:
        return execute(CaptionCommand(self.context, photo_id, caption,
                                      self.tr("Edit a caption")), self)

    def link_photo(self, photo_id: str, targets: dict[str, Any]) -> bool:
        return execute(LinkCommand(self.context, photo_id, targets, self.tr("Link a photo")),
                       self)

    def unlink(self, link_id: str) -> bool:
        return execute(UnlinkCommand(self.context, link_id, self.tr("Unlink a photo")), self)

    def ask_link(self, photo: GalleryPhoto) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        if ws is None or not eid:
            return False
        dialog = LinkDialog(ws, eid, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.link_photo(photo.photo_id, dialog.chosen())

    def _context_menu(self, pos) -> None:  # noqa: ANN001 - a QPoint
        index = self.grid.indexAt(pos)
        photo = self.photo_at(index)
        if photo is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_viewer(index))
        menu.addAction(self.tr("Annotate…"), lambda: self.annotate(photo))
        caption = menu.addAction(self.tr("Edit caption"), lambda: self.grid.edit(index))
        caption.setShortcut(QKeySequence(Qt.Key.Key_F2))
        menu.addSeparator()
        menu.addAction(self.tr("Link to a check or finding…"), lambda: self.ask_link(photo))
        unlink = menu.addMenu(self.tr("Unlink from"))
        for link in index.data(LINKS_ROLE):
            label = " · ".join(p for p in (link.check, link.criterion, link.finding) if p)
            if label:
                unlink.addAction(label, lambda link_id=link.link_id: self.unlink(link_id))
        unlink.setEnabled(not unlink.isEmpty())
        menu.addSeparator()
        menu.addAction(self.tr("Export originals of the selection…"),
                       lambda: self.choose_export_folder(
                           [p.photo_id for p in self.selected_photos()] or [photo.photo_id]))
        menu.addAction(self.tr("Copy SHA-256"),
                       lambda: QGuiApplication.clipboard().setText(photo.sha256))
        menu.popup(self.grid.viewport().mapToGlobal(pos))

    def annotate(self, photo: GalleryPhoto):
        """Open the annotation editor on a photo; returns it (shown, not modal)."""
        from ui.annotate.editor import AnnotationEditor

        if self.context.ws is None:
            return None
        try:
            editor = AnnotationEditor(self.context, photo.photo_id, self)
        except CxDeskError as exc:  # an original that cannot be decoded here
            messages.error(self, self.tr("Cannot annotate the photo"), str(exc))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    # -- import and export --------------------------------------------------------------------------
    def choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(EVIDENCE_SUFFIXES))
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import evidence"), "",
            self.tr("Photos, recordings and documents ({0})").format(patterns))
        self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path], **targets: str | None) -> ImportJob | None:
        job = start_import(self.context, paths, self, **targets)
        if job is None and paths:
            messages.info(self, self.tr("Nothing to import"),
                          self.tr("None of these is a photo, a recording or a PDF."))
        self.job = job
        return job

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if self.context.engagement_id and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        paths = dropped_files(event.mimeData())
        if paths and self.import_paths(paths) is not None:
            event.acceptProposedAction()

    def choose_export_folder(self, photo_ids: list[str] | None = None) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export originals to"))
        if folder:
            self.export_originals(Path(folder), photo_ids)

    def export_originals(self, folder: Path, photo_ids: list[str] | None = None) -> Worker | None:
        """Write the originals (all, or the given ones) and their index in a worker."""
        ws, eid = self.context.ws, self.context.engagement_id
        if ws is None or not eid:
            return None
        path = Path(ws.path)

        def run() -> int:
            from cxdesk.evidence_export import export_originals

            with Workspace.open(path) as own:
                return len(export_originals(own, eid, folder, photo_ids=photo_ids).files)

        worker = Worker(run, self)
        worker.succeeded.connect(lambda n: messages.info(
            self, self.tr("Originals exported"),
            self.tr("%n file(s) and an index with their SHA-256 written to {0}", "", n)
            .format(folder)))
        worker.failed.connect(lambda text: messages.error(
            self, self.tr("Cannot export the originals"), text))
        self.export_worker = worker.start()
        return worker


def _names(ws: Workspace, engagement_id: str) -> dict[str, str]:
    """Names of the engagement's stages, touchpoints, criteria and findings by id."""
    rows = ws.rows(
        """SELECT st.id, st.name FROM stages st JOIN maps m ON m.id = st.map_id
             WHERE m.engagement_id = :e
           UNION ALL SELECT tp.id, tp.name FROM touchpoints tp JOIN stages st
             ON st.id = tp.stage_id JOIN maps m ON m.id = st.map_id WHERE m.engagement_id = :e
           UNION ALL SELECT cr.id, cr.text FROM criteria cr JOIN templates t
             ON t.id = cr.template_id WHERE t.engagement_id = :e
           UNION ALL SELECT id, title FROM findings WHERE engagement_id = :e""",
        {"e": engagement_id})
    return {r[0]: r[1] for r in rows}
