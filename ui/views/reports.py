"""Reports: the consultant's Excel workbook or the client's PDF, for the companies, sections and
language chosen. The export runs in a worker thread (its own workspace connection) with
progress and cancel, then offers to open the file or its folder. The last choices are
remembered (QSettings)."""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from cxdesk.engagements import get_engagement, list_subjects
from ui import messages
from ui.context import ENGAGEMENT, LOCATIONS, SUBJECTS
from ui.settings import settings
from ui.views.base import View
from ui.views.kit import Header, Page, set_muted, vbox
from ui.views.report_jobs import (
    PDF,
    XLSX,
    PrerenderedMaps,
    pdf_sections,
    run_export,
    safe_file_name,
    xlsx_sections,
)
from ui.workers import Worker

_KEY = "reports/"


class _Signals(QObject):
    """Progress from the worker thread, delivered on the GUI thread (queued)."""

    progress = Signal(int, int)


class ReportsView(View):
    name = "reports"
    topics = frozenset({ENGAGEMENT, SUBJECTS, LOCATIONS})

    finished = Signal(str)  # the path written, "" after a failure or cancel

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.worker: Worker | None = None
        self.cancel_event = threading.Event()
        self.last_output: Path | None = None
        self.maps: PrerenderedMaps | None = None
        self.signals = _Signals(self)
        self.signals.progress.connect(self._progress)

        form = QWidget()
        form.setMaximumWidth(820)
        grid = QFormLayout(form)
        grid.setContentsMargins(20, 8, 20, 20)
        grid.setVerticalSpacing(12)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        grid.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.excel = QRadioButton(self.tr("Excel workbook (.xlsx) — for the analyst"))
        self.pdf = QRadioButton(self.tr("PDF report (.pdf) — for the client"))
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.excel)
        self.formats.addButton(self.pdf)
        self.excel.setChecked(True)
        kinds = QWidget()
        kinds_row = QHBoxLayout(kinds)
        kinds_row.setContentsMargins(0, 0, 0, 0)
        kinds_row.addWidget(self.excel)
        kinds_row.addWidget(self.pdf)
        kinds_row.addStretch(1)
        kinds.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        grid.addRow(self.tr("Format"), kinds)
        self.language = QComboBox()
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        grid.addRow(self.tr("Language"), self.language)
        self.subjects = QListWidget()
        grid.addRow(self.tr("Companies"), self.subjects)
        self.sections = QListWidget()
        self.sections.setFlow(QListView.Flow.LeftToRight)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setWrapping(True)
        self.sections.setResizeMode(QListView.ResizeMode.Adjust)
        self.sections.setGridSize(QSize(230, self.fontMetrics().height() + 10))
        grid.addRow(self.tr("Sections"), self.sections)
        self.all_photos = QCheckBox(self.tr("Every photo of the engagement, not only those "
                                            "behind findings and failed criteria"))
        self.per_location = QCheckBox(self.tr("One report per location, into a folder"))
        options = QWidget()
        options_col = vbox(options, spacing=4)
        options_col.addWidget(self.all_photos)
        options_col.addWidget(self.per_location)
        grid.addRow(self.tr("Options"), options)
        self.output = QLineEdit()
        self.output.setPlaceholderText(self.tr("Where to save the report"))
        self.browse = QPushButton(self.tr("Choose…"))
        out_row = QWidget()
        out_line = QHBoxLayout(out_row)
        out_line.setContentsMargins(0, 0, 0, 0)
        out_line.addWidget(self.output, 1)
        out_line.addWidget(self.browse)
        grid.addRow(self.tr("Save to"), out_row)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        for button in (self.export_button, self.cancel_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(120)
        run_row = QWidget()
        run_line = QHBoxLayout(run_row)
        run_line.setContentsMargins(0, 0, 0, 0)
        run_line.addWidget(self.export_button)
        run_line.addWidget(self.progress, 1)
        run_line.addWidget(self.cancel_button)
        run_line.addStretch(0)
        grid.addRow("", run_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_muted(self.status)
        self.open_file = QPushButton(self.tr("Open file"))
        self.show_folder = QPushButton(self.tr("Show folder"))
        done_row = QWidget()
        done_line = QHBoxLayout(done_row)
        done_line.setContentsMargins(0, 0, 0, 0)
        done_line.addWidget(self.status, 1)
        done_line.addWidget(self.open_file)
        done_line.addWidget(self.show_folder)
        grid.addRow("", done_row)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()  # the form keeps its height; the space left stays below it
        holder_col = vbox(holder)
        holder_col.addWidget(form)
        holder_col.addStretch(1)
        scroll.setWidget(holder)
        self.page = Page(scroll, "⎙")
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)

        self._restore()
        self.excel.toggled.connect(self._format_changed)
        self.per_location.toggled.connect(self._suggest_output)
        self.browse.clicked.connect(self.choose_output)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_file.clicked.connect(self._open_file)
        self.show_folder.clicked.connect(self._show_folder)
        self._set_running(False)
        self._show_result(None)

    def title(self) -> str:
        return self.tr("Reports")

    # -- state -------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return PDF if self.pdf.isChecked() else XLSX

    def _restore(self) -> None:
        store = settings()
        if store.value(_KEY + "format") == PDF:
            self.pdf.setChecked(True)
        index = self.language.findData(store.value(_KEY + "language", "ru"))
        self.language.setCurrentIndex(max(index, 0))
        self.all_photos.setChecked(store.value(_KEY + "all_photos", "false") == "true")
        self.per_location.setChecked(store.value(_KEY + "per_location", "false") == "true")

    def _remember(self) -> None:
        store = settings()
        store.setValue(_KEY + "format", self.fmt)
        store.setValue(_KEY + "language", self.language.currentData())
        store.setValue(_KEY + "all_photos", "true" if self.all_photos.isChecked() else "false")
        store.setValue(_KEY + "per_location",
                       "true" if self.per_location.isChecked() else "false")
        store.setValue(_KEY + f"{self.fmt}_sections", self.chosen_sections())
        store.setValue(_KEY + "folder", str(self.output_path().parent))

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title(), self.tr(
            "The Excel workbook holds every figure, answer and photo reference for the "
            "analyst; the PDF is the designed report for the client."))
        if ws is None or not eid:
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to export its reports."))
            return
        subjects = list_subjects(ws, eid)
        if not subjects:
            self.page.show_empty(self.tr("Nothing to report yet"), self.tr(
                "Reports compare the own company with its competitors: add them on the "
                "Engagement screen, then run checks, and export the workbook or the PDF "
                "here."))
            return
        self.page.show_content()
        # the companies unticked stay so; any other (another engagement's, a new one) is ticked
        unticked = set(self._checked(self.subjects, Qt.CheckState.Unchecked))
        self.subjects.clear()
        for s in subjects:
            text = s.name + (self.tr(" (own company)") if s.own else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = s.id not in unticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.subjects.addItem(item)
        rows = max(2, min(self.subjects.count(), 6))
        self.subjects.setFixedHeight(rows * self.subjects.sizeHintForRow(0) + 8)
        if not settings().contains(_KEY + "language"):  # until chosen: the engagement's
            index = self.language.findData(get_engagement(ws, eid).language)
            self.language.setCurrentIndex(max(index, 0))
        self._fill_sections()
        self._suggest_output(force=True)

    def _section_titles(self) -> dict[str, str]:
        return {
            "summary": self.tr("Summary"), "scores": self.tr("Scores by touchpoint"),
            "coverage": self.tr("Coverage"), "checks": self.tr("Checks"),
            "answers": self.tr("Answers"), "findings": self.tr("Findings"),
            "best_practices": self.tr("Best practices"), "actions": self.tr("Action plan"),
            "evidence": self.tr("Evidence index"), "feedback": self.tr("Feedback and NPS"),
            "incidents": self.tr("Incidents"), "problems": self.tr("Problems"),
            "employees": self.tr("Employees"), "trainings": self.tr("Trainings"),
            "map": self.tr("Journey map"), "results": self.tr("Results by stage"),
            "comparison": self.tr("Comparison with competitors"),
            "appearance": self.tr("Appearance"), "voice": self.tr("Voice of the customer"),
            "appendix": self.tr("Appendix: methodology and evidence index"),
            "photos": self.tr("Photos"),
        }

    def _fill_sections(self) -> None:
        names = xlsx_sections() if self.fmt == XLSX else pdf_sections()
        stored = settings().value(_KEY + f"{self.fmt}_sections")
        chosen = set(_as_list(stored)) if stored is not None else set(names)
        titles = self._section_titles()
        self.sections.clear()
        for key in names:
            item = QListWidgetItem(titles.get(key, key.replace("_", " ").capitalize()))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen
                               else Qt.CheckState.Unchecked)
            self.sections.addItem(item)
        rows = -(-len(names) // 2)  # two columns at least fit the narrowest form: no scrolling
        self.sections.setFixedHeight(rows * self.sections.gridSize().height()
                                     + 2 * self.sections.frameWidth() + 6)
        pdf = self.fmt == PDF
        self.all_photos.setEnabled(pdf)
        self.per_location.setEnabled(pdf)

    def _format_changed(self) -> None:
        self._fill_sections()
        self._suggest_output(force=True)

    def _checked(self, widget: QListWidget,
                 state: Qt.CheckState = Qt.CheckState.Checked) -> list[str]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == state]

    def chosen_subjects(self) -> list[str]:
        return self._checked(self.subjects)

    def chosen_sections(self) -> list[str]:
        return self._checked(self.sections)

    def batch(self) -> bool:
        return self.fmt == PDF and self.per_location.isChecked()

    def output_path(self) -> Path:
        return Path(self.output.text().strip()).expanduser()

    def _suggest_output(self, *_: object, force: bool = False) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        if ws is None or not eid:
            return
        current = self.output.text().strip()
        folder = Path(current).parent if current else Path(
            str(settings().value(_KEY + "folder", str(Path.home()))))
        name = safe_file_name(get_engagement(ws, eid).name)
        target = folder / (name if self.batch() else f"{name}.{self.fmt}")
        if force or not current or Path(current).suffix.lower() in ("", ".xlsx", ".pdf"):
            self.output.setText(str(target))

    def choose_output(self) -> None:
        if self.batch():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the reports"),
                                                      str(self.output_path().parent))
        else:
            pattern = (self.tr("Excel workbooks (*.xlsx)") if self.fmt == XLSX
                       else self.tr("PDF documents (*.pdf)"))
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                    str(self.output_path()), pattern)
        if chosen:
            self.output.setText(chosen)

    # -- running -----------------------------------------------------------------------------
    def start_export(self) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        if ws is None or not eid or self.worker is not None:
            return False
        subjects, sections = self.chosen_subjects(), self.chosen_sections()
        if not subjects or not sections:
            messages.error(self, self.tr("Reports"), self.tr(
                "Choose at least one company and one section."))
            return False
        target = self.output_path()
        if not self.output.text().strip():
            messages.error(self, self.tr("Reports"), self.tr("Choose where to save it."))
            return False
        if not self.batch() and target.suffix.lower() != f".{self.fmt}":
            target = target.with_name(f"{target.name}.{self.fmt}")
            self.output.setText(str(target))
        self._remember()
        every = self.subjects.count() == len(subjects)
        renderer = None
        if self.fmt == PDF and "map" in sections:
            try:
                self.maps = PrerenderedMaps(ws, eid)
                renderer = self.maps
            except Exception:  # noqa: BLE001 - the report says the picture is unavailable
                traceback.print_exc()
                self.maps = None
        self.cancel_event.clear()
        cancelled = self.cancel_event.is_set
        emit = self.signals.progress.emit
        job = dict(fmt=self.fmt, target=target, lang=self.language.currentData(),
                   subject_ids=None if every else subjects,
                   sections=sections, all_photos=self.all_photos.isChecked(),
                   per_location=self.batch(), map_renderer=renderer)
        path = ws.path
        self.worker = Worker(lambda: run_export(path, eid, progress=emit,
                                                cancelled=cancelled, **job), self)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._worker_done)
        self._show_result(None)
        self.status.setText(self.tr("Exporting…"))
        self._set_running(True)
        self.worker.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.cancel_event.set()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _succeeded(self, path: Path) -> None:
        self.last_output = Path(path)
        self._show_result(self.last_output)
        self.finished.emit(str(path))

    def _failed(self, message: str) -> None:
        self._show_result(None)
        if self.cancel_event.is_set():
            self.status.setText(self.tr("Cancelled: nothing was saved."))
        else:
            self.status.setText(self.tr("The export failed."))
            messages.error(self, self.tr("Reports"), message)
        self.finished.emit("")

    def _worker_done(self) -> None:
        self.worker = None
        if self.maps is not None:
            self.maps.discard()
            self.maps = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        for widget in (self.excel, self.pdf, self.language, self.subjects, self.sections,
                       self.output, self.browse, self.all_photos, self.per_location):
            widget.setEnabled(not running)
        if running:
            self.progress.setRange(0, 0)
        else:
            self._fill_options_enabled()

    def _fill_options_enabled(self) -> None:
        pdf = self.fmt == PDF
        self.all_photos.setEnabled(pdf)
        self.per_location.setEnabled(pdf)

    def _show_result(self, path: Path | None) -> None:
        if path is not None:
            self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.open_file.setVisible(path is not None and path.is_file())
        self.show_folder.setVisible(path is not None)

    def _open_file(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    def _show_folder(self) -> None:
        if self.last_output is not None:
            folder = self.last_output if self.last_output.is_dir() else self.last_output.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _as_list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[union-attr]
