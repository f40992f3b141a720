"""The Reports view draws every journey map on the GUI thread before the worker starts, and
the PDF it writes shows each map under its own heading."""

from __future__ import annotations

from pypdf import PdfReader

from cxdesk.journey_maps import create_map
from ui.context import AppContext
from ui.views.reports import ReportsView


def test_the_pdf_gets_every_map_drawn_on_the_gui_thread(ws, built, qtbot, tmp_path):
    first = ws.scalar("SELECT id FROM maps WHERE engagement_id = ?", (built.engagement_id,))
    second = create_map(ws, built.engagement_id, name="Corporate buyer", template="b2b",
                        language="en")
    context = AppContext()
    context.ws, context.engagement_id = ws, built.engagement_id
    view = ReportsView(context)
    qtbot.addWidget(view)
    view.refresh()
    view.pdf.setChecked(True)
    target = tmp_path / "client.pdf"
    view.output.setText(str(target))
    with qtbot.waitSignal(view.finished, timeout=120000):
        assert view.start_export()
        assert view.maps is not None
        assert {map_id for map_id, _ in view.maps.files} == {first, second}
    qtbot.waitUntil(lambda: view.worker is None, timeout=30000)
    reader = PdfReader(target)
    texts = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    for name in ("As is", "Corporate buyer"):
        pages = [i for i, text in enumerate(texts) if name in text]
        assert 1 in pages and max(pages) > 1  # in the contents, and heading its picture
    pictures = [ref.get_object().get("/Width") for page in reader.pages
                for ref in (page["/Resources"].get("/XObject") or {}).values()
                if ref.get_object().get("/Subtype") == "/Image"]
    assert len([w for w in pictures if w >= 1200]) >= 2  # both maps' PNGs
