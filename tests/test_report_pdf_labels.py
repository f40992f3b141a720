"""Words, dates and numbers of the reports in Russian and English (cxdesk/reports/labels.py),
and the file names of per-location reports."""

from __future__ import annotations

import datetime as dt

import pytest

from cxdesk.reports.labels import TEXT, Labels, format_date, format_number, format_percent
from cxdesk.reports.pdf import safe_file_name


def test_every_label_has_both_languages():
    assert all(en and ru for en, ru in TEXT.values())


def test_dates_follow_the_language():
    assert format_date("2026-11-22", "ru") == "22.11.2026"
    assert format_date("2026-11-22", "en") == "22 Nov 2026"
    assert format_date("2026-03-05T09:30:00Z", "ru") == "05.03.2026"
    assert format_date(dt.date(2026, 1, 2), "en") == "2 Jan 2026"
    assert format_date(None, "ru") == ""
    assert format_date("someday", "en") == "someday"  # unreadable text is shown as typed
    t = Labels("ru")
    assert t.datetime("2026-10-08T14:16:00") == "08.10.2026 14:16"
    assert Labels("en").period("2026-10-01", "2026-11-30") == "1 Oct 2026 – 30 Nov 2026"


def test_numbers_use_a_decimal_comma_in_russian():
    assert format_number(1234.5, "ru") == "1\u202f234,5"
    assert format_number(1234.5, "en") == "1,234.5"
    assert format_number(-3.25, "ru", 2) == "−3,25"
    assert format_number(None, "en") == "–"
    assert format_percent(0.425, "ru", 1) == "42,5\u00a0%"
    assert format_percent(0.415, "en") == "42%"
    assert format_percent(0.425, "en") == "43%"  # a half rounds up, as in Excel


def test_halves_round_away_from_zero_as_in_excel():
    assert format_number(12.5, "en", 0) == "13"
    assert format_number(-12.5, "en", 0) == "−13"
    assert format_number(0.5, "ru", 0) == "1"
    assert format_number(-0.5, "ru", 0) == "−1"
    assert format_number(2.25, "ru", 1) == "2,3"
    assert format_number(-2.25, "en", 1) == "−2.3"
    assert format_number(-0.4, "en", 0) == "0"  # never "−0"
    assert Labels("en").score(62.5) == "63"
    assert Labels("ru").percent(-0.125) == "−13\u00a0%"


def test_labels_in_each_language_and_an_unknown_key_is_itself():
    assert Labels("ru")("summary") == "Краткие выводы"
    assert Labels("en")("summary") == "Executive summary"
    assert Labels("en")("page_of", 3, 12) == "Page 3 of 12"
    assert Labels("ru")("no_such_key") == "no_such_key"
    with pytest.raises(ValueError):
        Labels("de")


@pytest.mark.parametrize(("name", "expected"), [
    ("Шоурум на Ленинском", "Шоурум на Ленинском"),
    ('Сайт: "a/b" <x>?', "Сайт_ _a_b_ _x_"),
    ("  точка.  ", "точка"),
    ("CON", "_CON"),
    ("", "location"),
    ("ы" * 200, "ы" * 80),
])
def test_location_file_names_are_safe_everywhere_and_keep_cyrillic(name, expected):
    assert safe_file_name(name) == expected
