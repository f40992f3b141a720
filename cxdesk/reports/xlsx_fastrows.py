"""A faster row writer for openpyxl's write-only sheets, for large workbooks.

Without lxml, openpyxl serialises every cell as an ElementTree element through et_xmlfile's
generic serialiser: most of the time of a large export. The cells the workbook writes are
plain — inline strings, numbers, dates as serial numbers, optionally a style — so this writer
formats each row's XML as text, exactly as openpyxl would write it (same attributes, same
escaping, same ``xml:space``), and hands it to the sheet's XML stream. Any other cell (a
formula, an error, a comment, a hyperlink) goes through openpyxl's own writer. With lxml
installed, or if the stream does not offer what this needs, openpyxl's writer is kept as is.
``tests/test_report_xlsx_fast.py`` checks both give the same workbook.
"""

from __future__ import annotations

from typing import Any

#: Switch, for the tests that compare both writers.
ENABLED = True

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _number(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        return ""
    return f"{value:.16g}"


def install(sheet: Any) -> bool:
    """Make the write-only ``sheet`` write its rows with ``fast_write_row``; before its first
    row. False (nothing changed) when openpyxl's writer must stay."""
    from openpyxl import LXML

    if not ENABLED or LXML:
        return False
    sheet._get_writer()
    writer = sheet._writer
    if not callable(getattr(writer, "write_row", None)):
        return False
    from openpyxl.cell._writer import write_cell
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.datetime import to_excel

    workbook = sheet.parent
    letters: dict[int, str] = {}

    def write_row(xf: Any, row: Any, row_idx: int) -> None:
        raw = getattr(xf, "_file", None)
        if not callable(raw) or row_idx in sheet.row_dimensions:
            type(writer).write_row(writer, xf, row, row_idx)
            return
        parts = [f'<row r="{row_idx}">']
        for cell in row:
            value = cell._value
            styled = cell.has_style
            if value is None and not styled:
                continue
            kind = cell.data_type
            if cell._comment is not None or cell.hyperlink or kind not in "snd" or (
                    kind == "d" and workbook.iso_dates):
                raw("".join(parts))
                parts = []
                write_cell(xf, sheet, cell, styled)
                continue
            column = cell.column
            letter = letters.get(column) or letters.setdefault(column, get_column_letter(column))
            style = f' s="{cell.style_id}"' if styled else ""
            ref = f'<c r="{letter}{row_idx}"{style}'
            if value is None or value == "":
                parts.append(f'{ref} t="{"inlineStr" if kind == "s" else kind}"/>')
            elif kind == "s":
                stripped = value.strip()
                space = ' xml:space="preserve"' if stripped and stripped != value else ""
                parts.append(f'{ref} t="inlineStr"><is><t{space}>'
                             f'{value.translate(_ESCAPES)}</t></is></c>')
            elif kind == "d":
                if getattr(value, "tzinfo", None) is not None:
                    raise TypeError("Excel does not support timezones in datetimes")
                serial = to_excel(value, workbook.epoch)
                parts.append(f'{ref} t="n"><v>{_number(serial)}</v></c>')
            elif isinstance(value, bool) or not isinstance(value, (int, float)):
                raw("".join(parts))
                parts = []
                write_cell(xf, sheet, cell, styled)
            else:
                parts.append(f'{ref} t="n"><v>{_number(value)}</v></c>')
        parts.append("</row>")
        raw("".join(parts))

    writer.write_row = write_row
    return True

