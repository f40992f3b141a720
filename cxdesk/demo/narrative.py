"""What the sample audit concluded: findings with their root causes and the checks behind them,
problems, incidents, the action plan, employees and trainings, and the voice of the customer.
Plain data only; :mod:`cxdesk.demo.results` writes it.
"""

from __future__ import annotations

from typing import NamedTuple

from cxdesk.demo.content import APPEARANCE, STAFF


class Source(NamedTuple):
    """Which answers back a finding: a subject's checks by a method (at a location)."""

    subject: str
    method: str
    location: str | None
    criterion: str
    passed: bool


class Finding(NamedTuple):
    key: str
    kind: str
    category: str
    subject: str
    place: str | None          # touchpoint key, or a section, or None
    title: str
    description: str
    root_cause: str
    severity: int
    problem: str | None
    sources: tuple[Source, ...]
    photo_scenes: tuple[str, ...]


def _fail(subject: str, method: str, criterion: str, location: str | None = None) -> Source:
    return Source(subject, method, location, criterion, False)


def _pass(subject: str, method: str, criterion: str, location: str | None = None) -> Source:
    return Source(subject, method, location, criterion, True)


PROBLEMS = {
    "capacity": ("Колл-центр и заявки с сайта не справляются с потоком",
                 "Клиенты не дозваниваются и ждут перезвона часами; часть уходит к конкурентам.",
                 "in_progress"),
    "credit": ("Непрозрачные условия кредита и навязывание страховок",
               "Жалобы на переплату и страховки, о которых клиенту не сказали.", "open"),
    "premises": ("Нет стандарта и контроля содержания клиентских зон",
                 "Чистота, мебель, ценники и POS-материалы зависят от конкретной смены.", "open"),
}

FINDINGS = [
    Finding("hotline_wait", "failure", "process", "own", "hotline",
            "Клиенты подолгу ждут ответа горячей линии",
            "В большинстве звонков ожидание больше 30 секунд, максимум — около трёх минут; "
            "один звонок сброшен после голосового меню.",
            "График операторов не учитывает часы пик (11–13 и 18–20), укомплектованность 70 %.",
            3, "capacity", (_fail("own", "call", "call_wait"),), ()),
    Finding("credit", "failure", "staff", "own", "contract",
            "Менеджер не раскрывает полную стоимость кредита",
            "Клиенту называют только ежемесячный платёж; страховка жизни подаётся как "
            "обязательная.",
            "Премия менеджеров по кредитованию зависит от проданных страховок; нет стандарта "
            "раскрытия условий.",
            3, "credit", (_fail("own", "visit", "credit_transparent"),), ()),
    Finding("khimki_clean", "failure", "premises", "own", APPEARANCE,
            "Грязный пол и порванное кресло в шоуруме в Химках",
            "Следы грязи у входа и в зоне ожидания, кресло с порванной обивкой.",
            "Уборка один раз утром, нет чек-листа обхода зала администратором; заявки на "
            "ремонт мебели не заводятся.",
            2, "premises", (_fail("own", "visit", "floor_clean", "khimki"),
                            _fail("own", "visit", "furniture_ok", "khimki")),
            ("floor", "chair")),
    Finding("price_mismatch", "failure", "process", "own", "site",
            "Цены на сайте не совпадают с ценниками в шоуруме",
            "На сайте «цена по запросу» и прошлые цены; в Химках ценник исправлен от руки.",
            "Прайс на сайте обновляет маркетинг раз в месяц, ценники — отдел продаж; единого "
            "источника цен нет.",
            2, "premises", (_fail("own", "web_check", "site_prices"),
                            _fail("own", "visit", "price_tags", "khimki")),
            ("website", "price_tag")),
    Finding("webform", "weak_spot", "technical", "own", "webform",
            "Ответ на онлайн-заявку — через несколько часов",
            "Перезвон по заявке на тест-драйв через 3–4 часа, у конкурента — через 10 минут.",
            "Заявки с сайта приходят в общий почтовый ящик, а не в CRM; нет ответственного "
            "и срока ответа.",
            2, "capacity", (_fail("own", "request", "request_time"),), ()),
    Finding("parking", "weak_spot", "premises", "own", "parking",
            "Гостевая парковка в Химках занята машинами сотрудников",
            "Свободных гостевых мест нет, клиенты паркуются на обочине.",
            "Нет отдельных мест для персонала, правило не контролируется.",
            1, None, (_fail("own", "visit", "parking_free", "khimki"),), ("parking",)),
    Finding("dress_code", "weak_spot", "staff", "own", STAFF,
            "Менеджеры без бейджей, нарушения дресс-кода",
            "Менеджер в джинсах и кроссовках, без бейджа — клиент не знает, как к нему обратиться.",
            "Стандарт внешнего вида не обновлялся с 2023 года, нет ежедневной проверки.",
            1, None, (_fail("own", "visit", "dress_code", "khimki"),), ("dress_code",)),
    Finding("reception", "strength", "staff", "own", "reception",
            "Администратор встречает за 30 секунд и сразу предлагает напиток",
            "Лучше обоих конкурентов: приветствие по стандарту в каждом визите на Ленинском.",
            "", 1, None, (_pass("own", "visit", "admin_greets", "leninsky"),
                          _pass("own", "visit", "drink_offered", "leninsky")),
            ("reception",)),
    Finding("coffee", "best_practice_comfort", "premises", "own", "service_lounge",
            "Кофе-поинт с зерновой кофемашиной и зарядками для телефонов",
            "Клиенты сервиса отмечают кофе и зарядки в отзывах; стоит перенести в Химки.",
            "", 1, None, (_pass("own", "test_purchase", "lounge_comfort"),
                          _pass("own", "visit", "drink_offered", "leninsky")),
            ("coffee_corner", "waiting_area")),
    Finding("kids", "best_practice_comfort", "premises", "yug", "consult",
            "Детская зона с аниматором по выходным",
            "Родители спокойно проходят консультацию и тест-драйв, пока дети заняты.",
            "", 1, None, (_pass("yug", "visit", "lounge_comfort"),), ("kids_corner",)),
    Finding("testdrive_home", "best_practice_wow", "process", "zapad", "testdrive",
            "Тест-драйв с доставкой автомобиля к дому клиента",
            "Менеджер сам предложил привезти автомобиль на выходных — сильный «вау»-эффект.",
            "", 1, None, (_pass("zapad", "visit", "testdrive_offered"),), ("showroom",)),
    Finding("car_wash", "best_practice_wow", "process", "zapad", "service_intake",
            "После ТО машину возвращают вымытой, с видеоотчётом мастера",
            "Видео с подъёмника в мессенджере и мойка в подарок — клиенты пересылают друзьям.",
            "", 1, None, (_pass("zapad", "test_purchase", "intake_walkaround"),),
            ("service_zone",)),
    Finding("yug_testdrive", "failure", "staff", "yug", "testdrive",
            "В «Автоцентре Юг» тест-драйв не предлагают",
            "Конкурентное преимущество «Север Моторс»: у нас тест-драйв предлагают почти всегда.",
            "Мало демонстрационных автомобилей, менеджеры экономят время.",
            2, None, (_fail("yug", "visit", "testdrive_offered"),), ()),
    Finding("yug_hotline", "strength", "process", "yug", "hotline",
            "Горячая линия конкурента отвечает за 10–15 секунд",
            "Конкурентный недостаток «Север Моторс»: клиент дозванивается к «Югу» быстрее.",
            "", 2, None, (_pass("yug", "call", "call_wait"),), ()),
    Finding("zapad_request", "strength", "technical", "zapad", "webform",
            "«Премиум Авто Запад» перезванивает по заявке за 10 минут",
            "Заявка сразу попадает в CRM менеджеру, подтверждение приходит в мессенджер.",
            "", 2, None, (_pass("zapad", "request", "request_time"),), ()),
]

# key, subject, location, touchpoint, problem, occurred_on, channel, description, diagnosis,
# justified, compensation kind, amount, status, closed_at
INCIDENTS = [
    ("own", "callcenter", "hotline", "capacity", "2026-10-12", "Телефон",
     "Клиент четыре раза не дозвонился, чтобы перенести запись на ТО, и пропустил его.",
     "Час пик, на линии два оператора из четырёх.", 1, "Скидка на ТО", 3000.0, "closed",
     "2026-10-14"),
    ("own", "leninsky", "contract", "credit", "2026-10-19", "Письмо",
     "В кредит включена страховка жизни, о которой клиенту не сказали.",
     "Менеджер не озвучил добровольность страховки, подпись получена без объяснения.", 1,
     "Возврат страховой премии", 48500.0, "in_progress", None),
    ("own", "khimki", "service_lounge", "premises", "2026-10-27", "Книга жалоб",
     "Клиент порвал брюки о сломанное кресло в зоне ожидания.",
     "Кресло повреждено две недели назад, заявка на ремонт не заведена.", 1,
     "Денежная компенсация", 7000.0, "closed", "2026-10-29"),
    ("own", "leninsky", "service_intake", None, "2026-11-05", "Телефон",
     "Автомобиль выдали на три часа позже обещанного, клиенту не позвонили.",
     "Задержка поставки запчасти, мастер не предупредил клиента.", 1,
     "Бесплатная мойка", None, "closed", "2026-11-06"),
    ("own", "own_site", "webform", "capacity", "2026-11-12", "Отзыв на Яндекс Картах",
     "«Оставил заявку на тест-драйв — перезвонили только на следующий день».",
     "Заявка пришла в пятницу вечером на общий ящик.", 1, "", None, "open", None),
    ("own", "khimki", "consult", None, "2026-11-16", "Телефон",
     "Клиент недоволен, что ему не дали скидку «как в Автоцентре Юг».",
     "Сравнивались разные комплектации; цена соответствует прайсу.", 0, "", None, "closed",
     "2026-11-17"),
]

# title, description, owner, due_date, priority, status, completed_at, findings, problems
ACTIONS = [
    ("График колл-центра под часы пик, два новых оператора",
     "Перенести смены на 11–13 и 18–20, закрыть две вакансии, обратный звонок при ожидании.",
     "Руководитель колл-центра Т. Антонова", "2026-11-15", "high", "in_progress", None,
     ("hotline_wait",), ("capacity",)),
    ("Заявки с сайта — в CRM, ответ за 15 минут",
     "Интеграция формы с CRM, распределение по дежурному менеджеру, контроль SLA.",
     "Директор по маркетингу К. Сергеев", "2026-12-01", "high", "open", None, ("webform",), ()),
    ("Стандарт раскрытия условий кредита",
     "Лист с полной стоимостью кредита и отметкой о добровольности страховок на подпись "
     "клиенту; премия F&I — от удовлетворённости, не от страховок.",
     "Руководитель отдела кредитования Р. Тихонов", "2026-11-10", "high", "open", None,
     ("credit",), ("credit",)),
    ("Обход клиентских зон по чек-листу каждый час, ремонт мебели",
     "Чек-лист администратора, клининг дважды в день, замена кресел в Химках.",
     "Управляющий шоурумом в Химках А. Ефимов", "2026-11-20", "medium", "in_progress", None,
     ("khimki_clean",), ("premises",)),
    ("Единый прайс для сайта и ценников",
     "Ежедневная выгрузка цен из DMS на сайт и печать ценников из одного источника.",
     "Коммерческий директор В. Назаров", "2026-12-15", "medium", "open", None,
     ("price_mismatch",), ()),
    ("Отдельная парковка для сотрудников",
     "Разметка 12 мест для персонала за сервисом, контроль охраной.",
     "Начальник АХО С. Лаптев", "2026-11-01", "low", "done", "2026-10-30", ("parking",), ()),
    ("Новый стандарт внешнего вида и бейджи",
     "Обновить стандарт, выдать бейджи, ежедневная проверка старшим менеджером.",
     "HR-директор О. Миронова", "2026-10-25", "low", "done", "2026-10-24", ("dress_code",), ()),
    ("Пилот: тест-драйв с доставкой к дому клиента",
     "По опыту «Премиум Авто Запад»: два демо-автомобиля, запись на сайте.",
     "Руководитель отдела продаж Д. Коваль", "2027-01-31", "medium", "open", None,
     ("testdrive_home",), ()),
    ("Планшет для отзывов на ресепшн",
     "Отменено: отзывы с планшета — самоотбор, заменяем SMS-опросом по случайной выборке.",
     "Руководитель службы качества И. Гусева", "2026-11-05", "low", "cancelled", None, (), ()),
]

# code, name, role, location
EMPLOYEES = [
    ("LEN-ADM-01", "Мария Полякова", "Администратор", "leninsky"),
    ("LEN-SM-02", "Алексей Гришин", "Менеджер по продажам", "leninsky"),
    ("LEN-SM-03", "Виктория Белова", "Менеджер по продажам", "leninsky"),
    ("LEN-FI-01", "Роман Тихонов", "Менеджер по кредитованию", "leninsky"),
    ("LEN-SA-01", "Сергей Киселёв", "Мастер-приёмщик", "leninsky"),
    ("KHM-ADM-01", "Наталья Орлова", "Администратор", "khimki"),
    ("KHM-SM-01", "Игорь Зайцев", "Менеджер по продажам", "khimki"),
    ("CC-OP-04", "Юлия Фролова", "Оператор колл-центра", "callcenter"),
]
ASSESSMENT_AREAS = ("product_knowledge", "standards_knowledge", "customer_orientation",
                    "engagement")
# area (cxdesk.employees.CONCLUSION_AREAS), the consultant's conclusion
STAFF_CONCLUSIONS = [
    ("product_knowledge", "Менеджеры в Химках путаются в комплектациях 2027 года; на Ленинском "
     "знание продукта хорошее. Нужен короткий тест после каждого продуктового обучения."),
    ("customer_orientation", "Администраторы встречают клиента, но не ведут его дальше: нет "
     "передачи менеджеру «из рук в руки». Кейсы на клиентоориентированность — ниже 70 %."),
    ("training", "Последнее обучение стандартам встречи — в сентябре; операторы колл-центра "
     "обучены только работе с жалобами. Нужен календарь обучения на полгода."),
    ("kpi_motivation", "Премия F&I зависит от продаж страховок — это прямо ведёт к "
     "навязыванию; связать премию с удовлетворённостью клиентов."),
]

# held_on, topic, trainer, employee codes
TRAININGS = [
    ("2026-09-15", "Стандарты встречи клиента в шоуруме", "Елена Лебедева",
     ("LEN-ADM-01", "KHM-ADM-01", "LEN-SM-02", "LEN-SM-03", "KHM-SM-01")),
    ("2026-10-20", "Продуктовое обучение: модельный ряд 2027 года", "Тренер дистрибьютора",
     ("LEN-SM-02", "LEN-SM-03", "KHM-SM-01", "LEN-FI-01")),
    ("2026-11-18", "Работа с жалобами и возражениями по кредиту", "Елена Лебедева",
     ("LEN-FI-01", "CC-OP-04", "LEN-SA-01")),
]

# name, sampling, invited, responses, channel
FEEDBACK_SAMPLES = [
    ("SMS-опрос после визита (случайная выборка)", "random", 620, 92, "sms"),
    ("Планшет на ресепшн", "self_selected", None, 28, "tablet"),
]
FEEDBACK_TOUCHPOINTS = ["reception", "consult", "testdrive", "contract", "delivery",
                        "service_intake", "service_lounge", "hotline", "webform", None]
# score band -> (comment, touchpoint it is about or None)
FEEDBACK_COMMENTS = {
    "promoter": [("Администратор встретил сразу, предложили кофе — приятно.", "reception"),
                 ("Менеджер Виктория всё объяснила без навязывания, спасибо!", "consult"),
                 ("Отличный кофе и зарядка для телефона, ждать ТО было комфортно.",
                  "service_lounge"),
                 ("Тест-драйв предложили сами, машину подобрали за один визит.", "testdrive"),
                 ("Торжественная выдача, всё показали и объяснили.", "delivery"),
                 ("Всё быстро и вежливо, буду рекомендовать друзьям.", None)],
    "passive": [("В целом нормально, но долго ждал менеджера.", "reception"),
                ("Хорошо, но цены на сайте другие, чем в салоне.", "consult"),
                ("Сервис нормальный, парковку найти сложно.", "service_intake"),
                ("Консультация хорошая, а кредит оформляли долго.", "contract"),
                ("Нормально, без восторга.", None)],
    "detractor": [("Не дозвонился на горячую линию, 5 минут ждал и сбросил.", "hotline"),
                  ("Навязали страховку к кредиту, о которой не говорили.", "contract"),
                  ("Оставил заявку на сайте — перезвонили на следующий день.", "webform"),
                  ("Грязно в зоне ожидания, кресло порвано.", "service_lounge"),
                  ("Машину выдали на три часа позже, никто не предупредил.", "service_intake"),
                  ("Гостевая парковка забита машинами сотрудников.", "consult")],
}
FOLLOW_UP_OUTCOMES = ["Извинились, предложили скидку на следующее ТО.",
                      "Передано руководителю колл-центра, клиенту перезвонили.",
                      "Клиент не ответил, отправлено письмо.",
                      "Разобрались с кредитом, страховка исключена."]
# name, polarity, keywords (comma-separated stems)
TAGS = [
    ("Ожидание", "disliked", "ждал,долго,позже,дозвон"),
    ("Кредит и страховки", "disliked", "кредит,страховк"),
    ("Чистота и комфорт", "disliked", "грязн,порван,парковк"),
    ("Кофе и комфорт", "liked", "кофе,зарядк,комфортн"),
    ("Вежливость", "liked", "вежлив,объяснил,встретил"),
]
