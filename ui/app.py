"""Entry points of the GUI that ``main.py`` calls: the app itself, and a screenshot of the main
window rendered without a screen."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cxdesk import paths
from cxdesk.errors import CxDeskError, WorkspaceError
from cxdesk.workspace import Workspace
from ui import i18n, settings
from ui.views import VIEW_NAMES

if TYPE_CHECKING:
    from PySide6.QtCore import QtMsgType

SCREENSHOT_SIZE = (1280, 800)
BACKUP_DELAY_MS = 1000
_KEEP = object()  # the message handler was left alone


def _application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QApplication.setApplicationDisplayName("CX Desk")
    return app  # type: ignore[return-value]


def _quiet_offscreen_warnings() -> object:
    """The offscreen platform warns about window hints it cannot honour; those lines would
    only clutter the command line's stderr. Everything else still reaches stderr."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    def handler(mode: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        print(message, file=sys.stderr)

    if QGuiApplication.platformName() != "offscreen":
        return _KEEP
    return qInstallMessageHandler(handler)


def _ensure_platform() -> None:
    """Without a display, render offscreen (unless a platform was chosen explicitly)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _open_default(workspace: Path | None) -> tuple[Workspace | None, Path, str | None]:
    """Open the chosen (or default, created on first use) workspace: (it, its path, None), or
    (None, its path, why not)."""
    if workspace is None:
        path = paths.default_workspace()
        create = not path.exists()
        if create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                return None, path, f"{path.parent}: {exc.strerror or exc}"
    else:
        path, create = Path(workspace), False
    try:
        return Workspace.open(path, create=create), path, None
    except WorkspaceError as exc:
        return None, path, str(exc)


def _open_after_refusal(window, error: str) -> bool:  # noqa: ANN001 - MainWindow
    """After a refusal offer Open/New until a workspace opens or the user quits."""
    from ui.dialogs import workspace as dialogs

    window.show()  # the refusal is asked over the (empty) window
    while True:
        choice = dialogs.choose_after_refusal(window, error)
        if choice is None:
            return False
        if choice == "open":
            chosen = dialogs.ask_open_workspace_path(window)
            create = False
        else:
            chosen = dialogs.ask_new_workspace_path(window)
            create = True
        if chosen is None:
            continue
        try:
            ws = Workspace.open(chosen, create=create)
        except WorkspaceError as exc:
            error = str(exc)
            continue
        window.set_workspace(ws)
        settings.add_recent_workspace(chosen)
        return True


def run_gui(workspace: Path | None, lang: str | None) -> int:
    """Start the app on ``workspace`` (default: the user's workspace, created on first use);
    returns the exit code."""
    app = _application()
    language = i18n.install(i18n.choose_language(lang))
    ws, path, error = _open_default(workspace)
    from ui.main_window import MainWindow

    window = MainWindow(interactive=True, language=language)
    if ws is not None:
        # shown once, with the workspace in it: one layout and one paint, not an empty
        # window first and the same again
        window.set_workspace(ws)
        window.show()
        settings.add_recent_workspace(path)
    elif not _open_after_refusal(window, error or ""):
        _dispose(window)
        return 1
    # The rolling backup (a worker thread) starts once the window shows the workspace: it
    # would only compete with the first paint for the interpreter.
    QTimer.singleShot(BACKUP_DELAY_MS, window, window.start_backup)
    window.offer_sample()
    code = app.exec()
    _dispose(window)
    return code


def _dispose(window: QWidget) -> None:
    """Delete the window in C++ now, while Python still holds it, rather than leave its
    wrapper to the garbage collector once Qt has half taken it apart."""
    from PySide6.QtCore import QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def render_screenshot(png: Path, workspace: Path | None, engagement_id: str | None,
                      view: str, lang: str | None) -> None:
    """Render the main window at 1280×800 showing ``engagement_id`` (default the first) and
    ``view`` to ``png``. Nothing modal can appear; problems raise CxDeskError."""
    from PySide6.QtCore import Qt, qInstallMessageHandler

    from cxdesk import engagements
    from ui import messages

    if view not in VIEW_NAMES:
        raise CxDeskError(f"unknown view {view!r}; choose one of: {', '.join(VIEW_NAMES)}")
    _ensure_platform()
    path = Path(workspace) if workspace is not None else paths.default_workspace()
    ws = Workspace.open(path)  # never creates: a missing path is WorkspaceNotFound
    window = None
    previous_handler: object = _KEEP
    was_headless = messages.headless
    messages.headless = True
    try:
        ids = [e.id for e in engagements.list_engagements(ws)]
        if engagement_id is not None and engagement_id not in ids:
            raise CxDeskError(f"no engagement with id {engagement_id!r} in {path}")
        app = _application()
        previous_handler = _quiet_offscreen_warnings()
        language = i18n.install(i18n.choose_language(lang))
        from ui.main_window import MainWindow
        from ui.view_stack import available_views

        if view not in available_views():
            raise CxDeskError(f"the view {view!r} is not available in this version")
        window = MainWindow(interactive=False, language=language)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.set_workspace(ws, engagement_id or (ids[0] if ids else None))
        ws = None  # the window owns it now
        window.show_view(view)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        for _ in range(3):
            app.processEvents()
        image = window.grab()
        if image.size().width() != SCREENSHOT_SIZE[0]:
            image = image.scaled(*SCREENSHOT_SIZE, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        png = Path(png)
        if not image.save(str(png), "PNG"):
            raise CxDeskError(f"{png}: the picture cannot be written there")
    finally:
        messages.headless = was_headless
        if window is not None:
            window.close()
            window.deleteLater()
        if ws is not None:
            ws.close()
        if previous_handler is not _KEEP:
            qInstallMessageHandler(previous_handler)
