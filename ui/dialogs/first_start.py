"""The first-start offer: a workspace without an engagement suggests opening the sample one.

The sample is built by ``cxdesk.demo.build_demo`` in a worker thread with its own connection;
the dialog shows progress and stays responsive. The window never shows this offer while
rendering a screenshot, nor once the user declined it for good.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.workspace import Workspace
from ui import style
from ui.workers import Worker


def build_sample(path: Path) -> str:
    """Add the sample engagement to the workspace at ``path`` (in a worker thread)."""
    from cxdesk.demo import build_demo  # imported here: heavy, and needed only now

    ws = Workspace.open(path)
    try:
        # workers=0: no forked processes while Qt threads run
        return build_demo(ws, scale=1, workers=0)
    finally:
        ws.close()


class SampleOffer(QDialog):
    """Non-modal. Emits ``sample_built(engagement_id)``, ``create_requested()`` or nothing."""

    sample_built = Signal(str)
    create_requested = Signal()

    def __init__(self, workspace: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.worker: Worker | None = None
        self.error: str | None = None
        self.setWindowTitle(self.tr("Welcome to CX Desk"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        title = QLabel(self.tr("Welcome to CX Desk"))
        title.setFont(style.scaled_font(self, 1.45, bold=True))
        layout.addWidget(title)
        text = QLabel(self.tr(
            "This workspace has no engagement yet. Open the sample engagement to see a "
            "complete audit: a journey map, a checklist, checks of the own company and two "
            "competitors with photos, findings and an action plan. You can delete it at any "
            "time."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.never = QCheckBox(self.tr("Don't offer the sample again"), self)
        layout.addWidget(self.never)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.create_button = QPushButton(self.tr("Create an engagement…"), self)
        self.sample_button = QPushButton(self.tr("Open the sample engagement"), self)
        self.sample_button.setDefault(True)
        for button in (self.later_button, self.create_button, self.sample_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.later_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self._create)
        self.sample_button.clicked.connect(self.start_sample)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def declined_for_good(self) -> bool:
        return self.never.isChecked()

    def _create(self) -> None:
        self.accept()
        self.create_requested.emit()

    def start_sample(self) -> Worker:
        """Build the sample in the background; the dialog closes itself when it is ready."""
        for button in (self.later_button, self.create_button, self.sample_button):
            button.setEnabled(False)
        self.never.hide()
        self.progress.show()
        self.status.setText(self.tr("Building the sample engagement…"))
        self.status.show()
        path = self.workspace
        self.worker = Worker(lambda: build_sample(path))
        self.worker.succeeded.connect(self._built)
        self.worker.failed.connect(self._failed)
        return self.worker.start()

    def _built(self, engagement_id: str) -> None:
        self.progress.hide()
        self.accept()
        self.sample_built.emit(engagement_id)

    def _failed(self, message: str) -> None:
        self.error = message
        self.progress.hide()
        self.status.setText(self.tr("The sample engagement could not be built: %1")
                            .replace("%1", message))
        self.later_button.setEnabled(True)
        self.create_button.setEnabled(True)

    def reject(self) -> None:
        if self.worker is not None and self.worker.is_running():
            return  # the sample is being written: let it finish
        super().reject()
