"""Dates and numbers as the interface language writes them."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale


def date_format() -> str:
    """Unambiguous day-first dates: 05.11.2026 in Russian, 5 Nov 2026 in English."""
    if QLocale().language() == QLocale.Language.Russian:
        return "dd.MM.yyyy"
    return "d MMM yyyy"


def qdate(iso: str | None) -> QDate | None:
    if not iso:
        return None
    date = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return date if date.isValid() else None


def date_text(iso: str | None) -> str:
    date = qdate(iso)
    return QLocale().toString(date, date_format()) if date else ""


def period_text(start: str | None, end: str | None) -> str:
    first, last = date_text(start), date_text(end)
    if first and last:
        return f"{first} – {last}"
    return first or last


def decimal_text(value: float, digits: int = 1) -> str:
    """A figure with ``digits`` decimals in the interface language's way (1,5 in Russian,
    1.5 in English), halves rounded away from zero as a spreadsheet does."""
    from cxdesk.rounding import format_fixed

    return format_fixed(value, digits).replace(".", QLocale().decimalPoint())
