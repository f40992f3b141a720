"""Doubtful photos are flagged where the client and the analyst read them: the Excel evidence
index and the PDF's evidence index both say which photo was taken far from the location,
outside the visit or without a capture time."""

from __future__ import annotations

from photo_samples import engagement_with_check, jpeg, phone_exif

from cxdesk import evidence


def _flagged_photos(ws) -> dict[str, str]:
    ids = engagement_with_check(ws)
    cases = {
        "ok.jpg": jpeg(exif=phone_exif(), seed=1),
        "away.jpg": jpeg(exif=phone_exif(lat=59.9343, lon=30.3351), seed=4),
        "no_time.jpg": jpeg(exif=phone_exif(taken=None), seed=2),
    }
    for name, data in cases.items():
        photo_id, _ = evidence.store_photo(ws, data, file_name=name)
        evidence.link_photo(ws, photo_id, engagement_id=ids["engagement"], check_id=ids["check"])
    return ids


def test_the_excel_evidence_index_flags_a_photo_taken_far_away(ws, tmp_path):
    from openpyxl import load_workbook

    from cxdesk.reports.xlsx import write_workbook

    ids = _flagged_photos(ws)
    out = write_workbook(ws, ids["engagement"], tmp_path / "r.xlsx", lang="en")
    book = load_workbook(out)
    sheet = next(book[name] for name in book.sheetnames if "vidence" in name)
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], {r[0]: r for r in rows[1:]}
    flags = header.index(next(h for h in header if h and "lag" in h))
    assert "taken far from the location" in body["away.jpg"][flags]
    assert "no capture time" in body["no_time.jpg"][flags]
    assert not body["ok.jpg"][flags]


def test_the_pdf_evidence_index_flags_a_photo_taken_far_away(ws, tmp_path):
    from pypdf import PdfReader

    from cxdesk.reports.pdf import write_report

    ids = _flagged_photos(ws)
    out = write_report(ws, ids["engagement"], tmp_path / "r.pdf", lang="ru", all_photos=True)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "снято далеко от локации" in " ".join(text.split())
