"""The journey map as a picture: PNG (at least 1200 px wide), SVG, or a one-page PDF, drawn by
the canvas's own scene offscreen, in a light palette. ``render_map`` is what ``main.py`` hands
to the CLI (``export map``) and what the PDF report can call (``map_png``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
)

from cxdesk.journey_model import JourneyModel
from cxdesk.map_scores import map_scores
from cxdesk.workspace import Workspace

FORMATS = ("png", "svg", "pdf")
MIN_PNG_WIDTH = 1200

# The map view's plural (``self.tr("%n touchpoint(s)", "", n)`` in ui/views/maps.py, where
# lupdate records its plural forms); a literal here would make lupdate record it as singular.
_TOUCHPOINTS = "%n touchpoint(s)"  # lupdate: the plural of MapsView


def _application() -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if sys.platform.startswith("linux") and not (
                os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(sys.argv[:1])
    from ui.resources import resource_path

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):  # Cyrillic everywhere
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))


def _light_palette() -> QPalette:
    pal = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#ffffff"),
                         (QPalette.ColorRole.Window, "#ffffff"),
                         (QPalette.ColorRole.Text, "#1d232b"),
                         (QPalette.ColorRole.WindowText, "#1d232b"),
                         (QPalette.ColorRole.Highlight, "#2f6fd6"),
                         (QPalette.ColorRole.PlaceholderText, "#6b7480")):
        pal.setColor(role, QColor(colour))
    return pal


def build_scene(ws: Workspace, map_id: str, *, subject_id: str | None = None,
                rival_id: str | None = None, language: str | None = None):  # noqa: ANN201
    """A scene of the map for printing: the own company's scores (and the first competitor's)
    on the cards once checks exist, unless subjects are given."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFont

    from cxdesk.engagements import get_engagement, list_subjects
    from ui import i18n
    from ui.map.items import LaneTexts
    from ui.map.scene import JourneyScene

    _application()
    model = JourneyModel(ws, map_id)
    engagement = get_engagement(ws, model.journey.engagement_id)
    i18n.install(language or engagement.language)
    QGuiApplication.setFont(QFont("DejaVu Sans", 9))


    if subject_id is None:
        subjects = list_subjects(ws, engagement.id)
        own = next((s for s in subjects if s.own), subjects[0] if subjects else None)
        others = [s for s in subjects if s is not own]
        subject_id = own.id if own else None
        rival_id = rival_id or (others[0].id if others else None)
    scene = JourneyScene()
    scene.setPalette(_light_palette())
    scene.setFont(QFont("DejaVu Sans", 9))
    scene.set_model(model, LaneTexts(
        touchpoints=QCoreApplication.translate("MapsView", "Touchpoints"), emotion=QCoreApplication.translate("MapsView", "Emotion"), score=QCoreApplication.translate("MapsView", "Score"),
        online=QCoreApplication.translate("MapsView", "online"), offline=QCoreApplication.translate("MapsView", "offline"), person=QCoreApplication.translate("MapsView", "with a person"),
        product=QCoreApplication.translate("MapsView", "with the product"), barriers=QCoreApplication.translate("MapsView", "Barriers")),
        lambda n: QCoreApplication.translate("MapsView", _TOUCHPOINTS, "", n))
    scores = map_scores(ws, engagement.id, subject_id, rival_id)
    names = {s.id: s.name for s in list_subjects(ws, engagement.id)}
    scene.score_caption = QCoreApplication.translate("MapsView", "Scores: %1").replace(
        "%1", " | ".join(names.get(i, "") for i in (subject_id, rival_id) if i))
    scene.set_scores(None if scores.empty else scores, compare=bool(rival_id))
    for item in scene.items():  # vectors, not the screen's cached pixmaps, in SVG and PDF
        item.setCacheMode(item.CacheMode.NoCache)
    return scene


def _paint(scene, painter: QPainter, target: QRectF) -> None:  # noqa: ANN001
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, QColor("#ffffff"))
    scene.render(painter, target, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def map_image(scene, width: int) -> QImage:  # noqa: ANN001
    rect = scene.sceneRect()
    height = max(1, round(width * rect.height() / max(rect.width(), 1)))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    _paint(scene, painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def map_png(ws: Workspace, map_id: str, *, width: int = 2400) -> bytes:
    """The map as PNG bytes, for a report builder that cannot import Qt."""
    image = map_image(build_scene(ws, map_id), width)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def render_map(ws: Workspace, map_id: str, path: str | os.PathLike[str], *,
               subject_id: str | None = None, rival_id: str | None = None) -> Path:
    """Write the map to ``path``; the format follows its extension (png, svg, pdf)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"{path}: choose .png, .svg or .pdf")
    scene = build_scene(ws, map_id, subject_id=subject_id, rival_id=rival_id)
    rect = scene.sceneRect()
    if fmt == "png":
        width = max(MIN_PNG_WIDTH, round(rect.width() * 2))
        if not map_image(scene, width).save(str(path), "PNG"):
            raise OSError(f"{path}: cannot write the PNG")
    elif fmt == "svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(round(rect.width()), round(rect.height())))
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        generator.setTitle(scene.model.journey.name)
        painter = QPainter(generator)
        if not painter.isActive():  # the file cannot be opened: say so, draw nothing
            raise OSError(f"{path}: cannot write the SVG")
        _paint(scene, painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.end()
    else:
        writer = QPdfWriter(str(path))
        writer.setTitle(scene.model.journey.name)
        writer.setResolution(150)
        landscape = rect.width() >= rect.height()
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
        painter = QPainter(writer)
        if not painter.isActive():
            raise OSError(f"{path}: cannot write the PDF")
        page = QSizeF(writer.width(), writer.height())
        scale = min(page.width() / rect.width(), page.height() / rect.height())
        target = QRectF(0, 0, rect.width() * scale, rect.height() * scale)
        _paint(scene, painter, target)
        painter.end()
    return path
