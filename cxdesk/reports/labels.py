"""Words, dates and numbers of both reports (the Excel workbook and the PDF) in Russian and
English. The reports are documents handed to a client, not the interface: they take their
language from ``--lang`` (or the Reports view), not from Qt's translator.

``Labels(lang)`` is the one object a report needs: ``t("key")`` a label, ``date(iso)``
22.11.2026 / 22 Nov 2026, ``number(x)`` with a decimal comma in Russian, ``score`` and
``percent`` for the figures. Unknown keys fall back to English, then to the key itself.
"""

from __future__ import annotations

import datetime as dt

from cxdesk.rounding import round_half_away

LANGUAGES = ("ru", "en")

# key: (English, Russian)
TEXT: dict[str, tuple[str, str]] = {
    # document ---------------------------------------------------------------------------
    "report_title": ("Customer service audit", "Аудит клиентского сервиса"),
    "report_subtitle": ("Report to the client", "Отчёт для клиента"),
    "client": ("Client", "Клиент"),
    "engagement": ("Engagement", "Проект"),
    "period": ("Period", "Период"),
    "consultant": ("Consultant", "Консультант"),
    "location": ("Location", "Точка"),
    "prepared_on": ("Prepared on", "Дата отчёта"),
    "page_of": ("Page {0} of {1}", "Страница {0} из {1}"),
    "contents": ("Contents", "Содержание"),
    "confidential": ("Confidential: for the client's use only",
                     "Конфиденциально: только для клиента"),
    # sections ---------------------------------------------------------------------------
    "summary": ("Executive summary", "Краткие выводы"),
    "map": ("Customer journey map", "Карта клиентского пути"),
    "results": ("Results by stage and touchpoint", "Результаты по этапам и точкам контакта"),
    "comparison": ("Comparison with competitors", "Сравнение с конкурентами"),
    "findings": ("Findings", "Выводы и наблюдения"),
    "best_practices": ("Best practices", "Лучшие практики"),
    "appearance": ("Appearance", "Внешний вид"),
    "voice": ("Voice of the customer", "Голос клиента"),
    "incidents": ("Incidents and problems", "Инциденты и проблемы"),
    "employees": ("Employees and trainings", "Сотрудники и обучение"),
    "actions": ("Action plan", "План действий"),
    "appendix": ("Appendix", "Приложение"),
    "methodology": ("Methodology", "Методология"),
    "evidence_index": ("Evidence index", "Реестр доказательств"),
    "gallery": ("All photos", "Все фотографии"),
    "evidence_photos": ("Photos of failed criteria", "Фото невыполненных критериев"),
    # summary ----------------------------------------------------------------------------
    "overall": ("Overall score", "Общая оценка"),
    "by_stage": ("Scores by stage", "Оценки по этапам"),
    "top_failures": ("Main failures", "Главные сбои"),
    "failed_share": ("Not met", "Не выполнено"),
    "top_practices": ("Best practices to keep", "Лучшие практики"),
    "own": ("own", "своя"),
    "own_company": ("Own company", "Своя компания"),
    "competitor": ("Competitor", "Конкурент"),
    "subject": ("Company", "Компания"),
    "stage": ("Stage", "Этап"),
    "touchpoint": ("Touchpoint", "Точка контакта"),
    "score": ("Score", "Оценка"),
    "n_checks": ("n", "n"),
    "checks": ("Checks", "Проверки"),
    "difference": ("Difference", "Разница"),
    "verdict": ("Verdict", "Вывод"),
    "advantage": ("advantage", "преимущество"),
    "disadvantage": ("disadvantage", "отставание"),
    "on_par": ("on par", "на уровне"),
    "no_data": ("no data", "нет данных"),
    "nothing_recorded": ("Nothing recorded.", "Ничего не записано."),
    "critical_flag": ("critical failures: {0}", "критичных сбоев: {0}"),
    "score_note": ("Scores are 0–100, the weighted share of criteria met; n is the number of "
                   "checks behind a figure.",
                   "Оценки от 0 до 100 — взвешенная доля выполненных критериев; n — число "
                   "проверок за цифрой."),
    "threshold_note": ("A difference of {0} points or more counts as an advantage or a "
                       "disadvantage.",
                       "Разница от {0} баллов считается преимуществом или отставанием."),
    "map_missing": ("No journey map in this engagement.", "В проекте нет карты пути."),
    "map_unavailable": ("The map picture could not be drawn in this export.",
                        "Изображение карты в этом экспорте недоступно."),
    # findings ---------------------------------------------------------------------------
    "failure": ("Failure", "Сбой"),
    "weak_spot": ("Weak spot", "Слабое место"),
    "strength": ("Strength", "Сильная сторона"),
    "best_practice_comfort": ("Comfort service", "Комфортный сервис"),
    "best_practice_wow": ("Wow service", "Вау-сервис"),
    "severity": ("Severity", "Критичность"),
    "severity_1": ("low", "низкая"),
    "severity_2": ("medium", "средняя"),
    "severity_3": ("high", "высокая"),
    "root_cause": ("Root cause", "Первопричина"),
    "category": ("Category", "Категория"),
    "staff": ("staff", "персонал"),
    "process": ("process", "процесс"),
    "technical": ("technical", "техника"),
    "premises": ("premises", "помещения"),
    "communication": ("communication", "коммуникация"),
    "photo": ("Photo", "Фото"),
    "captured": ("taken", "снято"),
    "flag_no_time": ("no capture time", "нет времени съёмки"),
    "flag_time_mismatch": ("taken outside the check's time", "снято вне времени проверки"),
    "flag_gps_far": ("taken far from the location", "снято далеко от локации"),
    "flag_annotated": ("annotated", "с пометками"),
    "flag_redacted": ("redacted", "скрыты данные"),
    "appearance_note": ("Criteria of the appearance section: share met per company.",
                        "Критерии раздела «Внешний вид»: доля выполненных по компаниям."),
    "criterion": ("Criterion", "Критерий"),
    # voice of the customer --------------------------------------------------------------
    "nps": ("NPS", "NPS"),
    "ces": ("CES", "CES"),
    "responses": ("Responses", "Ответы"),
    "margin": ("±{0} at 95 %", "±{0} при 95 %"),
    "promoters": ("Promoters (9–10)", "Промоутеры (9–10)"),
    "passives": ("Passives (7–8)", "Нейтралы (7–8)"),
    "detractors": ("Detractors (0–6)", "Критики (0–6)"),
    "nps_formula": ("NPS = % promoters − % detractors; margin of error at 95 % confidence.",
                    "NPS = % промоутеров − % критиков; погрешность при доверии 95 %."),
    "ces_formula": ("CES: mean answer to \"It was easy to deal with us\", 1 (hard) to 7 (easy).",
                    "CES: среднее по вопросу «С нами было легко», от 1 (трудно) до 7 (легко)."),
    "warn_small": ("Small sample (n = {0}): the figure may move by more than ±10 points.",
                   "Малая выборка (n = {0}): значение может сместиться более чем на ±10 баллов."),
    "warn_self": ("Self-selected sample: respondents chose to answer, the figure is not "
                  "representative.",
                  "Самоотбор: отвечали те, кто захотел; значение не репрезентативно."),
    "warn_rate": ("Low response rate ({0}).", "Низкая доля ответивших ({0})."),
    "warn_unknown": ("How the sample was drawn is not recorded.",
                     "Способ формирования выборки не указан."),
    "sample": ("Sample", "Выборка"),
    "sampling": ("Sampling", "Отбор"),
    "random": ("random", "случайная"),
    "census": ("census", "сплошная"),
    "self_selected": ("self-selected", "самоотбор"),
    "unknown": ("unknown", "не указан"),
    "invited": ("Invited", "Приглашено"),
    "response_rate": ("Response rate", "Доля ответов"),
    "liked": ("Liked", "Понравилось"),
    "disliked": ("Disliked", "Не понравилось"),
    "tag": ("Topic", "Тема"),
    "closed_loop": ("Closed loop with detractors", "Работа с критиками"),
    "loop_text": ("{0} follow-ups of low scores: {1} contacted, {2} of them within the target "
                  "time; median time to first contact {3} h.",
                  "Обращений по низким оценкам: {0}; связались: {1}, из них в срок: {2}; "
                  "медианное время до первого контакта — {3} ч."),
    "nps_by_subject": ("NPS and CES by company", "NPS и CES по компаниям"),
    "voice_of_subject": ("Customer responses are not recorded per location: the figures below "
                         "are those of {0} across all its locations, not of this location "
                         "alone.",
                         "Ответы клиентов не записываются по локациям: ниже приведены "
                         "показатели компании «{0}» по всем её локациям, а не только этой."),
    "voice_no_subject": ("Customer responses are not recorded per location, and this location "
                         "belongs to no company: no NPS or CES figure can be given for it.",
                         "Ответы клиентов не записываются по локациям, а эта локация не "
                         "относится ни к одной компании: показатели NPS и CES для неё привести "
                         "нельзя."),
    "no_subject": ("not tied to a company", "без указания компании"),
    "companies": ("Companies", "Компании"),
    "mentions": ("Mentions", "Упоминания"),
    # incidents, problems ----------------------------------------------------------------
    "incident_count": ("Incidents", "Инциденты"),
    "problems": ("Problems (root causes)", "Проблемы (первопричины)"),
    "problem": ("Problem", "Проблема"),
    "date": ("Date", "Дата"),
    "channel": ("Channel", "Канал"),
    "description": ("Description", "Описание"),
    "justified": ("Justified", "Обоснован"),
    "compensation": ("Compensation", "Компенсация"),
    "status": ("Status", "Статус"),
    "yes": ("yes", "да"),
    "no": ("no", "нет"),
    "open": ("open", "открыто"),
    "in_progress": ("in progress", "в работе"),
    "closed": ("closed", "закрыто"),
    "solved": ("solved", "решена"),
    "done": ("done", "выполнено"),
    "cancelled": ("cancelled", "отменено"),
    "linked_incidents": ("Incidents", "Инциденты"),
    "linked_findings": ("Findings", "Наблюдения"),
    "title": ("Title", "Название"),
    # employees --------------------------------------------------------------------------
    "employee": ("Employee", "Сотрудник"),
    "role": ("Role", "Должность"),
    "product_knowledge": ("Product knowledge", "Знание продукта"),
    "standards_knowledge": ("Standards knowledge", "Знание стандартов"),
    "customer_orientation": ("Customer orientation", "Клиентоориентированность"),
    "engagement_area": ("Engagement", "Вовлечённость"),
    "customer_orientation_short": ("Customer orientation", "Ориентация на клиента"),
    "trainings": ("Trainings", "Обучение"),
    "topic": ("Topic", "Тема"),
    "trainer": ("Trainer", "Тренер"),
    "participants": ("Participants", "Участники"),
    "conclusions": ("Conclusions", "Заключения"),
    # conclusion areas besides the assessment ones (cxdesk.employees.CONCLUSION_AREAS)
    "hiring": ("Hiring", "Подбор персонала"),
    "training": ("Training", "Обучение"),
    "kpi_motivation": ("KPIs and motivation", "KPI и мотивация"),
    "working_conditions": ("Working conditions", "Условия работы"),
    "average": ("Average", "Среднее"),
    # actions ----------------------------------------------------------------------------
    "action": ("Action", "Мероприятие"),
    "owner": ("Owner", "Ответственный"),
    "due": ("Due", "Срок"),
    "priority": ("Priority", "Приоритет"),
    "high": ("high", "высокий"),
    "medium": ("medium", "средний"),
    "low": ("low", "низкий"),
    "overdue": ("overdue", "просрочено"),
    "addresses": ("Addresses", "Устраняет"),
    "overdue_note": ("{0} of {1} open actions are overdue.",
                     "Просрочено {0} из {1} открытых мероприятий."),
    # appendix ---------------------------------------------------------------------------
    "method": ("Method", "Метод"),
    "visit": ("visit", "визит"),
    "call": ("call", "звонок"),
    "request": ("request", "заявка"),
    "test_purchase": ("test purchase", "контрольная закупка"),
    "call_listening": ("call listening", "прослушивание звонков"),
    "web_check": ("web check", "проверка сайта"),
    "first_check": ("First check", "Первая проверка"),
    "last_check": ("Last check", "Последняя проверка"),
    "coverage": ("Coverage", "Покрытие"),
    "coverage_gaps": ("Coverage gaps: checks done against required",
                      "Недостаток проверок: выполнено и требуется"),
    "required": ("Required", "Требуется"),
    "coverage_of_location": ("Coverage counts only the checks done at this location. The "
                             "number of checks required is set per company and touchpoint, not "
                             "per location: it is the company's whole requirement.",
                             "В покрытии учтены только проверки в этой локации. Требуемое число "
                             "проверок задаётся для компании и точки контакта, а не для "
                             "локации: это требование ко всей компании."),
    "file": ("File", "Файл"),
    "sha256": ("SHA-256", "SHA-256"),
    "capture_time": ("Captured", "Время съёмки"),
    "flags": ("Flags", "Отметки"),
    "methodology_text": (
        "Mystery shopping checks of the own company and its competitors against one checklist "
        "per touchpoint of the customer journey. Each answer scores 0 to 1 (N/A is left out); "
        "scores are weighted means × 100. A failed critical criterion is flagged without "
        "changing the number. Photos are stored unaltered with their SHA-256; the report "
        "shows print copies (annotated or redacted where marked).",
        "Тайные покупки своей компании и конкурентов по единому чек-листу для каждой точки "
        "контакта клиентского пути. Каждый ответ оценивается от 0 до 1 (ответы «н/п» не "
        "учитываются); оценки — взвешенные средние × 100. Невыполненный критичный критерий "
        "отмечается, не меняя цифры. Фотографии хранятся без изменений с их SHA-256; в отчёте — "
        "копии для печати (с пометками или скрытыми данными, где это отмечено)."),
    "sha_note": ("SHA-256 identifies each original file: recompute it to prove a photo is "
                 "unaltered.",
                 "SHA-256 однозначно определяет исходный файл: пересчитав его, можно доказать, "
                 "что фото не изменено."),
    "more_rows": ("… and {0} more", "… и ещё {0}"),
}


def label(key: str, lang: str) -> str:
    """The label ``key`` in ``lang`` ('ru' or 'en'); the key itself when unknown."""
    pair = TEXT.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "ru" else pair[0]


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse_moment(value: str | dt.date | None) -> dt.datetime | dt.date | None:
    """An ISO date or date-time (``Z`` or an offset allowed) as a date/datetime, else None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip().replace("Z", "+00:00")
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        return None


def format_date(value: str | dt.date | None, lang: str) -> str:
    """22.11.2026 (ru) or 22 Nov 2026 (en); '' for nothing, the text itself if unreadable."""
    moment = parse_moment(value)
    if moment is None:
        return "" if not value else str(value)
    if lang == "ru":
        return f"{moment.day:02d}.{moment.month:02d}.{moment.year}"
    return f"{moment.day} {_MONTHS_EN[moment.month - 1]} {moment.year}"


def format_datetime(value: str | None, lang: str) -> str:
    """The date as ``format_date`` and the wall-clock time HH:MM (as recorded, no zone)."""
    moment = parse_moment(value)
    if not isinstance(moment, dt.datetime):
        return format_date(value, lang)
    return f"{format_date(moment.date(), lang)} {moment:%H:%M}"


def format_number(value: float | None, lang: str, digits: int = 1) -> str:
    """1 234,5 (ru, thin no-break space for thousands) or 1,234.5 (en); '–' for None. Halves
    round away from zero, as in Excel (12.5 → 13, −12.5 → −13); never "−0"."""
    if value is None:
        return "–"
    text = f"{round_half_away(value, digits):,.{digits}f}"
    if lang == "ru":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text.replace("-", "−")


def format_percent(share: float | None, lang: str, digits: int = 0) -> str:
    """A share 0…1 as a percentage: 42 % (ru, with a no-break space) or 42% (en)."""
    if share is None:
        return "–"
    number = format_number(share * 100, lang, digits)
    return f"{number}\u00a0%" if lang == "ru" else f"{number}%"


class Labels:
    """Labels and formats of one language."""

    def __init__(self, lang: str = "ru") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown report language {lang!r} (ru or en)")
        self.lang = lang

    def __call__(self, key: str, *args: object) -> str:
        text = label(key, self.lang)
        return text.format(*args) if args else text

    def date(self, value: str | dt.date | None) -> str:
        return format_date(value, self.lang)

    def datetime(self, value: str | None) -> str:
        return format_datetime(value, self.lang)

    def number(self, value: float | None, digits: int = 1) -> str:
        return format_number(value, self.lang, digits)

    def score(self, value: float | None) -> str:
        """A 0–100 score with no decimals."""
        return format_number(value, self.lang, 0)

    def percent(self, share: float | None, digits: int = 0) -> str:
        return format_percent(share, self.lang, digits)

    def period(self, start: str | None, end: str | None) -> str:
        if start and end:
            return f"{self.date(start)} – {self.date(end)}"
        return self.date(start or end)
