"""The demo's fieldwork: checks of the three subjects by five methods, with answers that tell
a story (the own company better at some touchpoints, worse at others), review history and
photo scenes. Planned as plain data from a seeded ``random.Random``, then written in bulk.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from cxdesk.demo import content
from cxdesk.demo.content import CRITERIA_BY_KEY, Criterion
from cxdesk.demo.narrative import FINDINGS
from cxdesk.workspace import Workspace, new_id

# name -> phone (EXIF Make, Model, Software, file naming style)
AUDITORS = {
    "Ирина Соколова": ("Apple", "iPhone 13", "17.6.1", "apple"),
    "Дмитрий Волков": ("samsung", "SM-S918B", "S918BXXU3CXH7", "samsung"),
    "Анна Кузнецова": ("Xiaomi", "Redmi Note 12 Pro", "", "xiaomi"),
    "Павел Морозов": ("Google", "Pixel 7", "HDR+ 1.0.640204348zd", "google"),
    "Ольга Смирнова": ("", "", "", "screenshot"),
}
SHOPPERS = ["Ирина Соколова", "Дмитрий Волков", "Анна Кузнецова", "Павел Морозов"]
ANALYST = "Ольга Смирнова"

# subject, location, method, status in the first round, photo scenes
SLOTS = [
    ("own", "leninsky", "visit", "approved", ("reception", "coffee_corner", "showroom", "exterior")),
    ("own", "khimki", "visit", "approved", ("parking", "floor", "chair", "dress_code", "price_tag")),
    ("own", "callcenter", "call", "approved", ()),
    ("own", "own_site", "web_check", "submitted", ("website",)),
    ("own", "own_site", "request", "approved", ()),
    ("own", "leninsky", "test_purchase", "approved", ("service_zone", "waiting_area")),
    ("yug", "yug_showroom", "visit", "approved",
     ("exterior", "showroom", "kids_corner", "pos_material")),
    ("yug", "yug_showroom", "call", "returned", ()),
    ("yug", "yug_site", "web_check", "draft", ("website",)),
    ("zapad", "zapad_showroom", "visit", "approved", ("exterior", "showroom", "reception")),
    ("zapad", "zapad_site", "request", "submitted", ()),
    ("zapad", "zapad_showroom", "test_purchase", "approved", ("service_zone", "waiting_area")),
]
# planned but not yet done: subject, location, method, due date
PLANNED = [("own", "khimki", "test_purchase", "2026-11-25"),
           ("yug", "yug_showroom", "test_purchase", "2026-11-26"),
           ("zapad", "zapad_showroom", "call", "2026-11-24")]

SCENARIOS = {
    "visit": ["Семья с ребёнком выбирает кроссовер до 3,5 млн ₽, есть автомобиль для trade-in",
              "Покупатель сравнивает две комплектации и спрашивает про кредит без первого взноса",
              "Клиент пришёл после рекламы осенних скидок, хочет тест-драйв сегодня"],
    "call": ["Уточнить наличие кроссовера в белом цвете и записаться на тест-драйв",
             "Жалоба на перенос записи на ТО и вопрос о компенсации"],
    "request": ["Заявка на тест-драйв через форму сайта в субботу утром",
                "Заявка на расчёт кредита через сайт в рабочий день"],
    "test_purchase": ["ТО-1 (15 000 км) с записью через сайт",
                      "Замена тормозных колодок с ожиданием в клиентской зоне"],
    "web_check": ["Поиск модели, цены и наличия; онлайн-запись на сервис",
                  "Проверка сайта, соцсетей и карточек в картах со смартфона"],
}
DURATION = {"visit": (45, 100), "call": (4, 12), "request": (40, 300),
            "test_purchase": (120, 240), "web_check": (20, 45)}
START_HOUR = {"visit": (10, 18), "call": (9, 19), "request": (9, 17),
              "test_purchase": (9, 12), "web_check": (9, 20)}
NOTES = ["", "", "В зале было 3 клиента и 4 менеджера.", "Визит в субботу, высокая загрузка.",
         "Проверка в будний день в обеденное время.", "Запись разговора приложена в отчёт."]
RETURN_COMMENTS = ["Нет фото ценников — приложите, пожалуйста.",
                   "Уточните время ожидания: в комментарии 10 минут, в ответе 3.",
                   "Кредит не обсуждали? Тогда отметьте «не применимо».",
                   "Запись звонка обрезана, перезвоните в другое время."]
FAIL_COMMENTS = {
    "call_wait": ["Голосовое меню и музыка, оператор ответил только через {v:.0f} сек."],
    "request_time": ["Перезвонили через {v:.0f} мин.", "Перезвон только через {v:.0f} мин."],
    "manager_wait": ["Ждал менеджера {v:.0f} мин, никто не подошёл."],
    "credit_transparent": ["Назван только ежемесячный платёж, страховка «обязательна».",
                           "На вопрос о переплате ответили: «посчитаем при оформлении»."],
    "testdrive_offered": ["Тест-драйв не предложили, на просьбу — «все машины заняты»."],
    "floor_clean": ["Грязные следы у входа и в зоне ожидания.", "Лужа у входа, нет коврика."],
    "furniture_ok": ["Кресло в зоне ожидания с порванной обивкой."],
    "price_tags": ["Цена на ценнике исправлена от руки, не совпадает с сайтом."],
    "parking_free": ["Гостевые места заняты машинами сотрудников."],
    "dress_code": ["Менеджер без бейджа, в джинсах и кроссовках."],
    "admin_greets": ["Администратор говорил по телефону и не поздоровался."],
    "site_prices": ["На сайте «цена по запросу», в шоуруме — другая цена."],
    "call_greeting": ["Оператор ответил «Алло, слушаю»."],
    "showroom_clean": ["Пыль и отпечатки на автомобилях в зале."],
    "lounge_comfort": ["Кофемашина не работает, Wi-Fi без пароля недоступен."],
}
GENERIC_FAIL = ["Не выполнено.", "Не по стандарту.", "Пришлось просить самому.",
                "Сотрудник не знал, как правильно."]
PASS_COMMENTS = ["Всё по стандарту.", "Приятно удивили.", "Быстро и вежливо."]
EXTRA_SERVICES = ["КАСКО и ОСАГО, коврики и защита картера", "Trade-in и сервисный пакет на 3 года",
                  "Ничего не предложили", "Продлённая гарантия и тонировка"]
NUMBER_RANGES = {  # criterion -> (pass range, fail range)
    "call_wait": ((6, 30), (35, 210)), "request_time": ((4, 15), (45, 290)),
    "manager_wait": ((1, 5), (7, 22)), "maps_rating": ((4.5, 4.9), (3.7, 4.4)),
}
PERIOD_START = datetime(2026, 10, 5)
MOSCOW_UTC_OFFSET = timedelta(hours=3)


@dataclass
class Answer:
    criterion: str
    at: datetime
    passed: bool | None = None
    not_applicable: bool = False
    number: float | None = None
    text: str | None = None
    choice: int | None = None
    comment: str = ""


@dataclass
class Check:
    number: int
    rep: int
    subject: str
    location: str
    method: str
    auditor: str
    scenario: str
    notes: str
    status: str
    started: datetime
    finished: datetime
    scenes: tuple[str, ...]
    answers: list[Answer] = field(default_factory=list)
    reviews: list[tuple[str, str, str, datetime]] = field(default_factory=list)

    def answer(self, criterion: str) -> Answer | None:
        return next((a for a in self.answers if a.criterion == criterion), None)


def utc(moment: datetime) -> str:
    """A Moscow local time as the UTC bookkeeping format of the workspace."""
    return (moment - MOSCOW_UTC_OFFSET).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def local(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def _forced() -> dict[tuple[str, str, str | None], dict[str, bool]]:
    """Outcomes the first round must show so that every finding has checks behind it."""
    forced: dict[tuple[str, str, str | None], dict[str, bool]] = {}
    for finding in FINDINGS:
        for s in finding.sources:
            forced.setdefault((s.subject, s.method, s.location), {})[s.criterion] = s.passed
    return forced


def _quality(check: Check, crit: Criterion) -> float:
    base = content.QUALITY[check.subject][crit.place]
    return base + content.LOCATION_QUALITY.get(check.location, {}).get(crit.place, 0.0)


def _value(rng: random.Random, crit: Criterion, passed: bool, answer: Answer) -> None:
    kind = crit.kind
    if kind == "yes_no":
        answer.number = 1.0 if passed else 0.0
    # passes and failures as cxdesk.scoring sees them: a failure scores below 0.5
    elif kind == "scale_1_5":
        answer.number = float(rng.choice((3, 4, 4, 5, 5)) if passed else rng.choice((1, 2, 2)))
    elif kind == "scale_0_10":
        answer.number = float(rng.choice((6, 7, 8, 8, 9, 9, 10)) if passed else rng.randint(1, 4))
    elif kind == "choice":  # the middle choice is worth half: a weak pass
        answer.choice = (0 if rng.random() < 0.75 else 1) if passed else 2
    elif kind == "number":
        low, high = NUMBER_RANGES[crit.key][0 if passed else 1]
        value = rng.uniform(low, high)
        answer.number = round(value, 1) if isinstance(low, float) else float(round(value))


def _answers(rng: random.Random, check: Check, forced: dict[str, bool]) -> list[Answer]:
    criteria = [c for c in CRITERIA_BY_KEY.values() if check.method in c.methods]
    if check.status == "draft":  # a check still being filled in
        criteria = criteria[: max(2, int(len(criteria) * rng.uniform(0.45, 0.7)))]
    mood = rng.gauss(0, 0.08)  # a good or a bad day for the staff
    step = (check.finished - check.started) / (len(criteria) + 1)
    answers = []
    for i, crit in enumerate(criteria):
        answer = Answer(crit.key, check.started + step * (i + 1))
        answers.append(answer)
        if crit.kind == "text":
            answer.text = rng.choice(EXTRA_SERVICES)
            continue
        if crit.key not in forced and rng.random() < content.NOT_APPLICABLE.get(crit.key, .02):
            answer.not_applicable = True
            continue
        quality = min(0.97, max(0.05, _quality(check, crit) + mood))
        answer.passed = forced.get(crit.key, rng.random() < quality)
        _value(rng, crit, answer.passed, answer)
        if not answer.passed and rng.random() < 0.85:
            pattern = rng.choice(FAIL_COMMENTS.get(crit.key, GENERIC_FAIL))
            answer.comment = pattern.format(v=answer.number or 0)
        elif answer.passed and rng.random() < 0.06:
            answer.comment = rng.choice(PASS_COMMENTS)
    return answers


def _respace(check: Check, minutes: float) -> None:
    check.finished = check.started + timedelta(minutes=minutes)
    step = (check.finished - check.started) / (len(check.answers) + 1)
    for i, answer in enumerate(check.answers):
        answer.at = check.started + step * (i + 1)


def _reviews(rng: random.Random, check: Check, consultant: str) -> None:
    if check.status == "draft":
        return
    at = check.finished + timedelta(minutes=rng.randint(20, 180))
    check.reviews.append(("submitted", check.auditor, "", at))
    if check.status == "submitted":
        return
    returned_first = check.status == "returned" or rng.random() < 0.25
    if returned_first:
        at += timedelta(hours=rng.randint(5, 40))
        check.reviews.append(("returned", consultant, rng.choice(RETURN_COMMENTS), at))
        if check.status == "returned":
            return
        at += timedelta(hours=rng.randint(3, 30))
        check.reviews.append(("submitted", check.auditor, "Исправлено.", at))
    at += timedelta(hours=rng.randint(4, 48))
    check.reviews.append(("approved", consultant, "", at))


def plan_checks(rng: random.Random, scale: int) -> list[Check]:
    """All checks of the demo: ``len(SLOTS)`` per unit of scale, in a fixed order."""
    forced = _forced()
    checks = []
    for rep in range(scale):
        for slot, (subject, location, method, status, scenes) in enumerate(SLOTS):
            if rep:
                status = rng.choices(("approved", "submitted", "returned", "draft"),
                                     (55, 30, 7, 8))[0]
                day = rng.randint(40, 47) if status == "draft" else rng.randint(0, 47)
            else:
                day = slot * 3 + rng.randint(0, 2)
            first, last = START_HOUR[method]
            started = PERIOD_START + timedelta(days=day, hours=rng.randint(first, last),
                                               minutes=rng.randrange(0, 60, 5))
            finished = started + timedelta(minutes=rng.randint(*DURATION[method]))
            auditor = ANALYST if method == "web_check" else rng.choice(SHOPPERS)
            check = Check(len(checks), rep, subject, location, method, auditor,
                          rng.choice(SCENARIOS[method]), rng.choice(NOTES), status, started,
                          finished, scenes)
            rule = {} if rep else {**forced.get((subject, method, None), {}),
                                   **forced.get((subject, method, location), {})}
            check.answers = _answers(rng, check, rule)
            waited = check.answer("request_time")
            if waited is not None and waited.number is not None:
                # a request check lasts from sending the form until the call back
                _respace(check, waited.number + rng.randint(5, 15))
            _reviews(rng, check, content.ENGAGEMENT["consultant"])
            checks.append(check)
    return checks


def write_checks(ws: Workspace, ids: dict, checks: list[Check]) -> None:
    """Write assignments, checks, reviews and answers; fills ``ids['checks']`` and
    ``ids['answers']`` ((check number, criterion key) -> id)."""
    engagement, template = ids["engagement"], ids["template"]
    assignments, check_rows, reviews, answers = [], [], [], []
    ids["checks"], ids["answers"] = {}, {}
    for c in checks:
        assignment_id, check_id = new_id(), new_id()
        ids["checks"][c.number] = check_id
        assignments.append((assignment_id, engagement, ids["subjects"][c.subject],
                            ids["locations"][c.location], template, c.method, c.auditor,
                            c.scenario, c.started.date().isoformat(),
                            "planned" if c.status == "draft" else "done"))
        check_rows.append((check_id, engagement, ids["subjects"][c.subject],
                           ids["locations"][c.location], template, assignment_id, c.method,
                           local(c.started), local(c.finished), c.auditor, c.scenario, c.notes,
                           c.status, utc(c.started), utc(c.finished)))
        for status, reviewer, comment, at in c.reviews:
            reviews.append((new_id(), check_id, status, reviewer, comment, utc(at), utc(at)))
        for a in c.answers:
            answer_id = new_id()
            ids["answers"][c.number, a.criterion] = answer_id
            choice = None if a.choice is None else ids["choices"][a.criterion][a.choice]
            answers.append((answer_id, check_id, ids["criteria"][a.criterion],
                            int(a.not_applicable), a.number, a.text, choice, a.comment,
                            utc(a.at), utc(a.at), utc(a.at)))
    for subject, location, method, due in PLANNED:
        assignments.append((new_id(), engagement, ids["subjects"][subject],
                            ids["locations"][location], template, method, SHOPPERS[0],
                            SCENARIOS[method][0], due, "planned"))
    conn = ws.conn
    conn.executemany(
        "INSERT INTO assignments (id, engagement_id, subject_id, location_id, template_id,"
        " method, shopper, scenario, due_date, status) VALUES (?,?,?,?,?,?,?,?,?,?)", assignments)
    conn.executemany(
        "INSERT INTO checks (id, engagement_id, subject_id, location_id, template_id,"
        " assignment_id, method, started_at, finished_at, auditor, scenario, notes, status,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", check_rows)
    conn.executemany(
        "INSERT INTO check_reviews (id, check_id, status, reviewer, comment, created_at,"
        " updated_at) VALUES (?,?,?,?,?,?,?)", reviews)
    conn.executemany(
        "INSERT INTO answers (id, check_id, criterion_id, not_applicable, value_number,"
        " value_text, choice_id, comment, answered_at, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)", answers)
