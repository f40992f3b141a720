"""The workbook's fast row writer writes the very XML openpyxl's own writer would."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from cxdesk import records
from cxdesk.reports import xlsx_fastrows
from cxdesk.reports.xlsx import write_workbook

TEXTS = ["=1+1", "+79161234567", "-5", "@SUM(A1)", "#N/A", " leading and trailing ",
         "a < b & c > d", "line\nbreak\r\nand tab\t", "\x00\x07bell", "Кириллица 🚗✨",
         "quote \" and ' apostrophe", "x" * 40000]


def _sheets(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist()
                if n.startswith("xl/worksheets/sheet") or n == "xl/styles.xml"}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_fast_rows_write_the_same_xml_as_openpyxl(ws, built, tmp_path, monkeypatch, lang):
    with ws.transaction():
        for i, text in enumerate(TEXTS):
            records.insert(ws, "findings", {"engagement_id": built.engagement_id,
                                            "kind": "failure", "title": text,
                                            "description": TEXTS[-1 - i], "severity": 3})
        ws.conn.execute("UPDATE checks SET started_at = '2026-10-05T11:30:00.250Z'")
        ws.conn.execute("UPDATE answers SET comment = ' =2 '")
    written = {}
    for fast in (True, False):
        monkeypatch.setattr(xlsx_fastrows, "ENABLED", fast)
        path = tmp_path / f"{fast}.xlsx"
        write_workbook(ws, built.engagement_id, path, lang=lang, today=dt.date(2026, 11, 23))
        written[fast] = _sheets(path)
    assert written[True].keys() == written[False].keys() and len(written[True]) > 10
    for name, data in written[False].items():
        assert written[True][name] == data, name


def test_fast_rows_step_aside_when_they_cannot_help(tmp_path, monkeypatch):
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("x")
    monkeypatch.setattr(xlsx_fastrows, "ENABLED", False)
    assert not xlsx_fastrows.install(sheet)
    monkeypatch.setattr(xlsx_fastrows, "ENABLED", True)
    assert xlsx_fastrows.install(book.create_sheet("y"))
