"""The sample engagement's setting: a Moscow car dealer, its two key competitors, their
locations, the client segments, the journey map and the touchpoint checklist (in Russian, as
our first users work). Plain data only; :mod:`cxdesk.demo.setting` writes it.
"""

from __future__ import annotations

from typing import Any, NamedTuple

ENGAGEMENT = {
    "name": "Аудит клиентского сервиса «Север Моторс», IV кв. 2026",
    "client": "Север Моторс",
    "consultant": "Елена Лебедева",
    "period_start": "2026-10-01",
    "period_end": "2026-11-30",
    "language": "ru",
    "notes": "Тайный покупатель (визиты, звонки, заявки, контрольные закупки сервиса) "
             "и проверка сайтов: «Север Моторс» и два ключевых конкурента. Цель — найти "
             "сбои на пути клиента, сравнить с конкурентами и составить программу мероприятий.",
}

# key, name, own, notes
SUBJECTS = [
    ("own", "Север Моторс", True, "Официальный дилер, два шоурума и сервис, 140 сотрудников"),
    ("yug", "Автоцентр Юг", False, "Ключевой конкурент на юге Москвы, тот же бренд"),
    ("zapad", "Премиум Авто Запад", False, "Конкурент премиум-сегмента, эталон сервиса в регионе"),
]

# key, subject, name, kind, address, latitude, longitude
LOCATIONS = [
    ("leninsky", "own", "Шоурум на Ленинском", "showroom",
     "Москва, Ленинский проспект, 146", 55.6453, 37.4788),
    ("khimki", "own", "Шоурум в Химках", "showroom",
     "Химки, Ленинградское шоссе, вл. 21", 55.8892, 37.4451),
    ("own_site", "own", "Сайт severmotors.ru", "website", "https://severmotors.ru", None, None),
    ("callcenter", "own", "Колл-центр 8 800 555-35-35", "phone",
     "Москва, Ленинский проспект, 146 (офис)", 55.6455, 37.4791),
    ("yug_showroom", "yug", "Автоцентр Юг на Варшавском шоссе", "showroom",
     "Москва, Варшавское шоссе, 170Г", 55.5836, 37.5961),
    ("yug_site", "yug", "Сайт avtoyug.ru", "website", "https://avtoyug.ru", None, None),
    ("zapad_showroom", "zapad", "Премиум Авто Запад на Рублёвском шоссе", "showroom",
     "Москва, Рублёвское шоссе, 62", 55.7561, 37.4052),
    ("zapad_site", "zapad", "Сайт premium-zapad.ru", "website",
     "https://premium-zapad.ru", None, None),
]

# key, name, description
SEGMENTS = [
    ("private", "Частные покупатели нового автомобиля",
     "30–50 лет, семейный кроссовер, бюджет 2,5–4 млн ₽, часто trade-in и кредит"),
    ("fleet", "Корпоративные клиенты",
     "Компании с парком 5–50 машин: закупщик, финансовый директор и водители"),
]

MAP = {"name": "Частный покупатель: путь как есть", "kind": "as_is", "segment": "private"}

# key, name, description — the five default stages of the method
STAGES = [
    ("awareness", "Осознание потребности", "Клиент понимает, что пора менять автомобиль"),
    ("search", "Поиск и оценка альтернатив", "Сравнивает модели, дилеров, цены и условия"),
    ("purchase", "Покупка", "Визит в шоурум, тест-драйв, договор, кредит, выдача"),
    ("usage", "Пользовательский опыт", "Эксплуатация: запись на ТО, сервис, ожидание"),
    ("repeat", "Повторные взаимодействия", "Напоминания, лояльность, обращения и жалобы"),
]

# key, stage, name, channel, interaction, department, standard ('' = none), emotion, description
TOUCHPOINTS = [
    ("ads", "awareness", "Реклама в интернете", "online", "product", "Маркетинг", "", 0,
     "Контекстная и таргетированная реклама моделей"),
    ("social", "awareness", "Сообщество в соцсетях", "online", "person", "Маркетинг",
     "Ответ на сообщение — в течение часа в рабочее время", 1,
     "Посты, отзывы владельцев, вопросы в сообщениях"),
    ("site", "search", "Сайт дилера", "online", "product", "Маркетинг",
     "Цены и наличие обновляются ежедневно", 1, "Каталог, цены, наличие, запись"),
    ("maps", "search", "Карточка в картах и справочниках", "online", "product", "Маркетинг",
     "", -1, "Яндекс Карты, 2ГИС: часы работы, отзывы, фото"),
    ("hotline", "search", "Горячая линия", "offline", "person", "Колл-центр",
     "Ответ за 30 секунд, приветствие по стандарту, приглашение в шоурум", -1,
     "Входящие звонки о наличии, ценах, записи на тест-драйв"),
    ("webform", "search", "Онлайн-заявка на тест-драйв", "online", "product", "Отдел продаж",
     "Перезвонить в течение 15 минут", -2, "Форма на сайте и в приложении"),
    ("parking", "purchase", "Парковка у шоурума", "offline", "product", "АХО", "", -1,
     "Гостевые места, навигация от въезда"),
    ("reception", "purchase", "Встреча администратором", "offline", "person", "Ресепшн",
     "Приветствие в течение 30 секунд, предложение напитка", 1, "Ресепшн у входа в шоурум"),
    ("consult", "purchase", "Консультация менеджера по продажам", "offline", "person",
     "Отдел продаж", "Выявление потребностей, презентация по 6 точкам", 1,
     "Подбор модели и комплектации, trade-in"),
    ("testdrive", "purchase", "Тест-драйв", "offline", "person", "Отдел продаж",
     "Тест-драйв предлагается каждому клиенту", 2, "Маршрут 15–20 минут с менеджером"),
    ("contract", "purchase", "Оформление договора и кредита", "offline", "person",
     "Финансы и кредит", "Полное раскрытие условий кредита и страховок", -2,
     "Договор, кредит, страхование, допоборудование"),
    ("delivery", "purchase", "Выдача автомобиля", "offline", "person", "Отдел продаж",
     "Торжественная выдача, инструктаж 20 минут", 2, "Зона выдачи, документы, подарки"),
    ("service_booking", "usage", "Запись на ТО", "online", "product", "Сервис", "", 0,
     "Онлайн-запись и запись по телефону"),
    ("service_intake", "usage", "Приёмка в сервис", "offline", "person", "Сервис",
     "Осмотр с клиентом, письменное согласование стоимости", -1, "Мастер-приёмщик"),
    ("service_lounge", "usage", "Зона ожидания сервиса", "offline", "product", "Сервис", "", 1,
     "Кофе, Wi-Fi, зарядки, детский уголок"),
    ("reminder", "repeat", "Напоминание о ТО и опрос", "online", "product", "CRM", "", 0,
     "SMS и звонки: напоминание о ТО, опрос NPS после визита"),
    ("loyalty", "repeat", "Программа лояльности", "online", "product", "Маркетинг", "", 1,
     "Бонусы за ТО и покупку аксессуаров"),
    ("complaints", "repeat", "Обработка жалоб", "offline", "person", "Служба качества",
     "Регистрация в день обращения, ответ за 3 рабочих дня", -1,
     "Жалобы по телефону, в соцсетях и на картах"),
]

# source, target, kind (sent = the company sends the client; self = the client goes), label
FLOWS = [
    ("ads", "site", "self", "переход по объявлению"),
    ("social", "site", "self", "ссылка в профиле"),
    ("maps", "hotline", "self", "звонок из карточки"),
    ("site", "webform", "self", "кнопка «Записаться»"),
    ("site", "hotline", "self", "звонок с сайта"),
    ("webform", "hotline", "sent", "перезвон по заявке"),
    ("hotline", "reception", "sent", "приглашение в шоурум"),
    ("parking", "reception", "self", ""),
    ("reception", "consult", "sent", "передача менеджеру"),
    ("consult", "testdrive", "sent", "предложение тест-драйва"),
    ("testdrive", "contract", "sent", "решение о покупке"),
    ("contract", "delivery", "sent", "оплата"),
    ("delivery", "service_booking", "sent", "приглашение на первое ТО"),
    ("service_booking", "service_intake", "self", ""),
    ("service_intake", "service_lounge", "sent", "ожидание ремонта"),
    ("service_lounge", "reminder", "sent", "SMS-опрос после визита"),
    ("reminder", "loyalty", "self", "бонусы в приложении"),
    ("reminder", "complaints", "sent", "оценка 0–6 — звонок службы качества"),
]

# touchpoint, description, kind, severity (1–3)
BARRIERS = [
    ("hotline", "Линия перегружена в часы пик, клиент сбрасывает звонок", "technical", 3),
    ("hotline", "Оператор не предлагает записаться и не берёт контакт", "staff_inaction", 2),
    ("webform", "Заявка с сайта не попадает в CRM и теряется", "technical", 3),
    ("site", "Цены на сайте устарели, клиент не доверяет", "other", 2),
    ("maps", "Неверные часы работы в карточке", "staff_inaction", 1),
    ("parking", "Гостевые места заняты машинами сотрудников", "staff_action", 2),
    ("reception", "Администратор занят телефоном и не замечает клиента", "staff_inaction", 2),
    ("consult", "Менеджер навязывает дорогую комплектацию", "staff_action", 2),
    ("contract", "Страховка включена в кредит без объяснения", "staff_action", 3),
    ("service_intake", "Стоимость работ не согласована письменно", "staff_inaction", 2),
    ("service_lounge", "Кофемашина не работает, нет Wi-Fi", "technical", 1),
    ("complaints", "Жалобы из соцсетей никто не регистрирует", "other", 2),
]

TEMPLATE = {
    "name": "Чек-лист дилерского центра: продажи и сервис",
    "description": "Критерии по точкам контакта карты пути клиента и общие разделы "
                   "«Внешний вид» и «Сотрудники». Для каждого — как должно и как не должно быть.",
}

APPEARANCE, STAFF = "Внешний вид", "Сотрудники"

# Answer types: "yes_no", "scale_1_5", "scale_0_10", "text",
# ("number", unit, threshold, direction), ("choice", ((label, points), ...)).
CHOICE_GREETING = (("Полное, по стандарту", 1.0), ("Частичное", 0.5), ("Отсутствует", 0.0))

# key, touchpoint key or section, text, should_be, should_not_be, answer, weight, critical,
# required_checks, photo, methods that check it
CRITERIA = [
    ("ads_relevant", "ads", "Объявление ведёт на страницу нужной модели",
     "Открывается страница модели с ценой и наличием", "Главная страница или ошибка 404",
     "yes_no", 1, 0, 1, "none", {"web_check"}),
    ("social_reply", "social", "Скорость ответа в сообщениях сообщества",
     "Ответ по существу в течение часа, с приглашением на тест-драйв",
     "Нет ответа или шаблонная отписка через сутки",
     ("choice", (("В течение часа", 1.0), ("В тот же день", 0.5), ("Позже или нет ответа", 0.0))),
     1, 0, 2, "none", {"web_check"}),
    ("site_prices", "site", "Цены и комплектации на сайте актуальны",
     "Цены совпадают с ценниками в шоуруме, указана дата обновления",
     "«Цена по запросу», прошлогодние цены, расхождения с шоурумом",
     "yes_no", 2, 0, 2, "optional", {"web_check"}),
    ("site_stock", "site", "Показано реальное наличие автомобилей",
     "Фильтр «в наличии» с VIN и фото конкретных машин", "Весь модельный ряд «в наличии»",
     "yes_no", 1, 0, 1, "none", {"web_check"}),
    ("site_mobile", "site", "Удобство сайта со смартфона",
     "Всё читается без увеличения, кнопка звонка видна", "Таблицы не помещаются, формы не работают",
     "scale_1_5", 1, 0, 1, "none", {"web_check"}),
    ("site_booking", "site", "Онлайн-запись на тест-драйв и сервис работает",
     "Запись за 3 шага с выбором времени и подтверждением", "Форма выдаёт ошибку или не отправляется",
     "yes_no", 2, 1, 2, "none", {"web_check"}),
    ("maps_card", "maps", "Карточка в Яндекс Картах и 2ГИС актуальна",
     "Верные часы работы и телефон, свежие фото, ответы на отзывы",
     "Старые часы работы, негативные отзывы без ответа",
     "yes_no", 1, 0, 1, "optional", {"web_check"}),
    ("maps_rating", "maps", "Средняя оценка в картах",
     "4,5 балла и выше", "Ниже 4,5: клиенты выбирают соседа по карте",
     ("number", "балл", 4.5, "higher_is_better"), 1, 0, 1, "none", {"web_check"}),
    ("call_wait", "hotline", "Время ожидания ответа оператора",
     "Не более 30 секунд, без длинного голосового меню", "Минуты на линии, сброс звонка",
     ("number", "сек", 30, "lower_is_better"), 2, 1, 3, "none", {"call"}),
    ("call_greeting", "hotline", "Приветствие по стандарту",
     "Название компании, имя оператора, предложение помощи", "«Алло», «Слушаю»",
     ("choice", CHOICE_GREETING), 1, 0, 3, "none", {"call"}),
    ("call_needs", "hotline", "Оператор выяснил потребность: модель, бюджет, сроки",
     "Не менее трёх уточняющих вопросов", "Сразу называет цену и прощается",
     "yes_no", 1, 0, 2, "none", {"call"}),
    ("call_invite", "hotline", "Оператор пригласил в шоурум на конкретное время",
     "Предлагает два варианта времени и записывает", "«Приезжайте, когда будет удобно»",
     "yes_no", 1.5, 0, 2, "none", {"call"}),
    ("call_contact", "hotline", "Оператор взял контакт и договорился о следующем шаге",
     "Записал имя и телефон, обещал SMS с адресом", "Разговор закончился без договорённостей",
     "yes_no", 1, 0, 2, "none", {"call"}),
    ("complaint_registered", "complaints", "Жалоба зарегистрирована, назван срок ответа",
     "Номер обращения и срок ответа — до 3 рабочих дней", "«Передам руководству» без срока",
     "yes_no", 1, 0, 1, "none", {"call"}),
    ("request_time", "webform", "Время ответа на онлайн-заявку",
     "Перезвон в течение 15 минут в рабочее время", "Звонок на следующий день или никогда",
     ("number", "мин", 15, "lower_is_better"), 2, 1, 2, "none", {"request"}),
    ("request_quality", "webform", "Менеджер знает суть заявки и предлагает время",
     "Называет модель из заявки, предлагает два слота", "Просит повторить, что нужно клиенту",
     "yes_no", 1, 0, 2, "none", {"request"}),
    ("request_confirm", "webform", "Запись подтверждена SMS или в мессенджере",
     "Сообщение с адресом, временем и именем менеджера", "Нет подтверждения",
     "yes_no", 1, 0, 1, "none", {"request"}),
    ("parking_free", "parking", "Свободные места на гостевой парковке",
     "Есть места у входа, они обозначены", "Клиент ищет место или паркуется на обочине",
     ("choice", (("Есть места у входа", 1.0), ("Пришлось искать место", 0.5), ("Мест нет", 0.0))),
     1, 0, 2, "optional", {"visit", "test_purchase"}),
    ("parking_signs", "parking", "Навигация от въезда до входа понятна",
     "Указатели «Шоурум», «Сервис», «Гостевая парковка»", "Клиент спрашивает охранника",
     "yes_no", 0.5, 0, 1, "none", {"visit"}),
    ("admin_greets", "reception", "Администратор поприветствовал в течение 30 секунд",
     "Встал, улыбнулся, поздоровался, представился",
     "Продолжает говорить по телефону, не замечает клиента",
     "yes_no", 2, 1, 2, "optional", {"visit", "test_purchase"}),
    ("manager_wait", "reception", "Время ожидания менеджера",
     "Менеджер подходит не позже чем через 5 минут", "Клиент ждёт дольше 5 минут один",
     ("number", "мин", 5, "lower_is_better"), 1.5, 0, 2, "none", {"visit"}),
    ("drink_offered", "reception", "Предложен напиток",
     "Кофе, чай или вода — сразу после приветствия", "Не предложено", "yes_no",
     0.5, 0, 1, "optional", {"visit", "test_purchase"}),
    ("consult_needs", "consult", "Менеджер выявил потребности: не менее трёх открытых вопросов",
     "Спрашивает о задачах, семье, бюджете, текущем автомобиле",
     "Сразу ведёт к самой дорогой комплектации", "yes_no", 2, 0, 2, "none", {"visit"}),
    ("consult_presentation", "consult", "Презентация автомобиля",
     "По 6 точкам, с акцентом на выявленные потребности", "Зачитывает характеристики с ценника",
     ("choice", (("Полная, по 6 точкам", 1.0), ("Частичная", 0.5), ("Не проводилась", 0.0))),
     1.5, 0, 2, "none", {"visit"}),
    ("consult_tradein", "consult", "Предложены trade-in и оценка автомобиля клиента",
     "Предлагает оценку в день визита", "Не спрашивает о текущем автомобиле",
     "yes_no", 1, 0, 1, "none", {"visit"}),
    ("consult_overall", "consult", "Общее впечатление от консультации",
     "Хочется вернуться и купить именно здесь", "Хочется уйти к конкуренту",
     "scale_0_10", 1, 0, 2, "none", {"visit"}),
    ("testdrive_offered", "testdrive", "Менеджер предложил тест-драйв",
     "Сам предлагает и называет ближайшее время", "Тест-драйв только по просьбе клиента",
     "yes_no", 2, 1, 2, "none", {"visit"}),
    ("credit_transparent", "contract", "Условия кредита названы полностью",
     "Ставка, полная стоимость, переплата, добровольность страховок",
     "Только ежемесячный платёж, страховка «обязательна»", "yes_no", 2, 1, 2, "none", {"visit"}),
    ("credit_options", "contract", "Предложено не менее двух банков или программ",
     "Сравнение программ в таблице", "Один банк «по акции»", "yes_no", 1, 0, 1, "none", {"visit"}),
    ("followup_agreed", "contract", "Договорились о следующем контакте",
     "Дата и время звонка, визитка менеджера", "«Звоните, если надумаете»",
     "yes_no", 1, 0, 2, "none", {"visit"}),
    ("service_booking_slot", "service_booking", "Запись на ТО на удобное время в течение 3 дней",
     "Онлайн или по телефону, с подтверждением", "Ближайшая запись через две недели",
     "yes_no", 1, 0, 1, "none", {"test_purchase"}),
    ("intake_walkaround", "service_intake", "Осмотр автомобиля вместе с клиентом",
     "Обход с планшетом, фото повреждений в акте", "Ключи забрали у стойки, без осмотра",
     "yes_no", 1.5, 0, 1, "optional", {"test_purchase"}),
    ("intake_estimate", "service_intake", "Стоимость работ названа и согласована письменно",
     "Заказ-наряд с суммой подписан до начала работ", "Сумма стала известна на кассе",
     "yes_no", 2, 1, 2, "none", {"test_purchase"}),
    ("service_on_time", "service_intake", "Автомобиль выдан в обещанное время",
     "Не позже согласованного, с объяснением работ", "Опоздание без звонка клиенту",
     "yes_no", 1, 0, 1, "none", {"test_purchase"}),
    ("lounge_comfort", "service_lounge", "Комфорт зоны ожидания",
     "Wi-Fi, зарядки, кофе, чистота, тишина", "Тесно, грязно, кофемашина не работает",
     "scale_1_5", 1, 0, 2, "optional", {"visit", "test_purchase"}),
    ("survey_after_visit", "reminder", "После визита позвонили или прислали опрос",
     "Опрос в течение 3 дней, на жалобу — звонок", "Ни опроса, ни звонка",
     "yes_no", 1, 0, 1, "none", {"test_purchase"}),
    ("loyalty_offer", "loyalty", "Рассказали о программе лояльности",
     "Бонусы и приложение — с примером выгоды", "Не упомянули", "yes_no",
     0.5, 0, 1, "none", {"visit", "test_purchase"}),
    ("facade_ok", APPEARANCE, "Вывеска и фасад чистые, подсветка работает",
     "Все буквы вывески горят, стёкла чистые", "Не горит часть букв, грязные стёкла",
     "yes_no", 1, 0, 1, "optional", {"visit"}),
    ("showroom_clean", APPEARANCE, "Автомобили в шоуруме чистые",
     "Без пыли и отпечатков, салоны открыты", "Пыль, отпечатки, закрытые двери",
     "yes_no", 1, 0, 2, "required", {"visit"}),
    ("floor_clean", APPEARANCE, "Чистота пола и входной группы",
     "Сухо и чисто даже в дождь", "Грязные следы, лужи, мусор",
     "scale_1_5", 1, 0, 2, "required", {"visit", "test_purchase"}),
    ("furniture_ok", APPEARANCE, "Мебель и оборудование без повреждений",
     "Кресла целые, техника работает", "Порванная обивка, сломанные кресла",
     "yes_no", 1, 0, 1, "required", {"visit", "test_purchase"}),
    ("price_tags", APPEARANCE, "Ценники на всех автомобилях, цены совпадают с сайтом",
     "Ценник с комплектацией и актуальной ценой", "Нет ценника или цена не как на сайте",
     "yes_no", 2, 1, 2, "required", {"visit"}),
    ("pos_actual", APPEARANCE, "Рекламные материалы актуальны",
     "Только действующие акции", "Плакаты прошедших акций", "yes_no",
     0.5, 0, 1, "optional", {"visit"}),
    ("dress_code", STAFF, "Дресс-код и бейдж с именем",
     "Форма по стандарту бренда, бейдж на видном месте", "Без бейджа, джинсы, кроссовки",
     "yes_no", 1, 0, 2, "optional", {"visit", "test_purchase"}),
    ("staff_phone", STAFF, "Сотрудники не отвлекаются на личный телефон",
     "Телефон убран, внимание клиенту", "Переписывается в телефоне при клиенте",
     "yes_no", 1, 0, 1, "none", {"visit", "test_purchase"}),
    ("staff_knowledge", STAFF, "Знание продукта: ответы на три контрольных вопроса",
     "Точные ответы без подглядывания в буклет", "«Уточню у коллеги» на каждый вопрос",
     "scale_1_5", 1.5, 0, 2, "none", {"visit"}),
    ("extra_services", STAFF, "Какие дополнительные услуги предложили",
     "Страхование, допоборудование, trade-in, сервисные пакеты — по потребности", "",
     "text", 1, 0, 1, "none", {"visit"}),
]

# Quality of each subject per touchpoint or section: the chance a criterion passes.
QUALITY = {
    "own": {"ads": .8, "social": .6, "site": .8, "maps": .65, "hotline": .45, "complaints": .5,
            "webform": .35, "parking": .6, "reception": .92, "consult": .82, "testdrive": .9,
            "contract": .4, "service_booking": .85, "service_intake": .85, "service_lounge": .92,
            "reminder": .6, "loyalty": .75, APPEARANCE: .88, STAFF: .82},
    "yug": {"ads": .55, "social": .6, "site": .5, "maps": .7, "hotline": .75, "complaints": .5,
            "webform": .55, "parking": .7, "reception": .55, "consult": .45, "testdrive": .45,
            "contract": .6, "service_booking": .5, "service_intake": .6, "service_lounge": .6,
            "reminder": .4, "loyalty": .45, APPEARANCE: .55, STAFF: .5},
    "zapad": {"ads": .75, "social": .8, "site": .9, "maps": .85, "hotline": .8, "complaints": .75,
              "webform": .85, "parking": .9, "reception": .8, "consult": .85, "testdrive": .9,
              "contract": .7, "service_booking": .85, "service_intake": .9, "service_lounge": .85,
              "reminder": .8, "loyalty": .8, APPEARANCE: .9, STAFF: .85},
}
#: location -> adjustments of QUALITY (the Khimki showroom is visibly worse kept)
LOCATION_QUALITY = {"khimki": {APPEARANCE: -.3, "parking": -.25, STAFF: -.15}}
#: chance that a criterion is not applicable in a given check
NOT_APPLICABLE = {"consult_tradein": .3, "credit_options": .15, "credit_transparent": .1,
                  "drink_offered": .05, "loyalty_offer": .1, "complaint_registered": .2}


class Criterion(NamedTuple):
    key: str
    place: str          # touchpoint key or a section name
    text: str
    should_be: str
    should_not_be: str
    answer: Any
    weight: float
    critical: int
    required_checks: int
    photo: str
    methods: set[str]

    @property
    def kind(self) -> str:
        return self.answer if isinstance(self.answer, str) else self.answer[0]


CRITERIA_BY_KEY = {c[0]: Criterion(*c) for c in CRITERIA}
TOUCHPOINT_KEYS = {t[0] for t in TOUCHPOINTS}
