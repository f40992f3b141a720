"""Small dialogs and panels of the evidence screen: where to link a photo, and the list of
call recordings and documents (opened in the system's player or viewer from a temp copy)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.evidence_export import EXTENSIONS
from cxdesk.evidence_links import OtherEvidence, Target, blob_of, link_targets
from cxdesk.photo_decode import base_name
from cxdesk.workspace import Workspace
from ui.views.kit import fmt_size

ROLE_ID = 256  # Qt.ItemDataRole.UserRole


class LinkDialog(QDialog):
    """Choose a check (and, optionally, one of its criteria) or a finding."""

    def __init__(self, ws: Workspace, engagement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link the photo"))
        self.targets = link_targets(ws, engagement_id)
        self.to_check = QRadioButton(self.tr("To a check"))
        self.to_finding = QRadioButton(self.tr("To a finding"))
        self.check = QComboBox()
        self.criterion = QComboBox()
        self.finding = QComboBox()
        for combo in (self.check, self.criterion, self.finding):
            combo.setMinimumWidth(380)
        for target in self.targets["checks"]:
            self.check.addItem(target.label, target)
        for target in self.targets["findings"]:
            self.finding.addItem(target.label, target.ident)
        self.check.currentIndexChanged.connect(self._fill_criteria)
        self.to_check.toggled.connect(self._enable)
        self.to_check.setEnabled(self.check.count() > 0)
        self.to_finding.setEnabled(self.finding.count() > 0)
        (self.to_check if self.check.count() else self.to_finding).setChecked(True)
        form = QFormLayout()
        form.addRow(self.to_check)
        form.addRow(self.tr("Check"), self.check)
        form.addRow(self.tr("Criterion"), self.criterion)
        form.addRow(self.to_finding)
        form.addRow(self.tr("Finding"), self.finding)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.check.count() + self.finding.count() > 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill_criteria()
        self._enable()

    def _fill_criteria(self) -> None:
        self.criterion.clear()
        self.criterion.addItem(self.tr("(the whole check)"), None)
        check: Target | None = self.check.currentData()
        if check is None:
            return
        for target in self.targets["criteria"]:
            if target.parent_id == check.parent_id:
                self.criterion.addItem(target.label, target.ident)

    def _enable(self) -> None:
        on_check = self.to_check.isChecked()
        self.check.setEnabled(on_check)
        self.criterion.setEnabled(on_check)
        self.finding.setEnabled(not on_check)

    def chosen(self) -> dict[str, Any]:
        if self.to_check.isChecked() and self.check.currentData() is not None:
            return {"check_id": self.check.currentData().ident,
                    "criterion_id": self.criterion.currentData()}
        return {"finding_id": self.finding.currentData()}


class OtherEvidenceList(QListWidget):
    """Recordings and documents, one line each with an icon; activating one opens it."""

    opened = Signal(str)  # the temp copy's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.setMaximumHeight(130)
        self.itemActivated.connect(self._open)
        self.setToolTip(self.tr("Double-click to play or open"))

    def set_items(self, ws: Workspace | None, items: list[OtherEvidence]) -> None:
        self.ws = ws
        self.clear()
        for item in items:
            glyph = "♪" if item.kind == "audio" else "▤"
            where = " · ".join(p for p in (item.check, item.finding) if p)
            text = f"{glyph}  {item.caption or item.file_name}   ·   {fmt_size(item.size)}"
            row = QListWidgetItem(text + (f"   ·   {where}" if where else ""))
            row.setData(ROLE_ID, item)
            self.addItem(row)
        self.setVisible(bool(items))

    def temp_copy(self, item: OtherEvidence) -> Path:
        """The original written to a fresh temp folder, under its own name."""
        assert self.ws is not None
        folder = Path(tempfile.mkdtemp(prefix="cxdesk-evidence-"))
        name = base_name(item.file_name) or f"evidence-{item.photo_id[:8]}"
        # the extension of what the bytes are: a PDF named "receipt.html" (accepted, since
        # its bytes are a PDF's) must open in a PDF viewer, never in a browser as a page
        ext = EXTENSIONS.get(item.mime)
        if ext and Path(name).suffix.lower() != ext:
            name = (Path(name).stem or "evidence") + ext
        path = folder / name
        path.write_bytes(blob_of(self.ws, item.photo_id))
        return path

    def _open(self, row: QListWidgetItem) -> None:
        item: OtherEvidence = row.data(ROLE_ID)
        if item is None or self.ws is None:
            return
        path = self.temp_copy(item)
        self.opened.emit(str(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
