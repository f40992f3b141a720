"""Writes the ready checklist templates shipped in this folder, in Russian and English.

    .venv/bin/python resources/templates/make_templates.py

Each template is a workbook in the format of docs/CLI.md, written by the same code that
`template export` uses, so that `template import` takes every one of them as it is. The
showroom checklist uses the stages and touchpoints of the default car-dealer journey map
(DOMAIN.md §2–3); the appearance (§7) and employee (§6) checklists use general sections.
Edit the texts here and run the script again; don't edit the xlsx files by hand.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from cxdesk.template_workbook import (  # noqa: E402
    CriterionRow,
    ParsedTemplate,
    write_template_workbook,
)
from cxdesk.templates import parse_answer_type  # noqa: E402

Texts = tuple[str, str, str]  # what is checked, how it should be, how it should not be

STAGES = {
    "awareness": ("Осознание потребности", "Need awareness"),
    "search": ("Поиск и оценка альтернатив", "Search and evaluation of alternatives"),
    "purchase": ("Покупка", "Purchase"),
    "usage": ("Пользовательский опыт", "Usage experience"),
    "repeat": ("Повторные взаимодействия", "Repeat interactions"),
}
# key: (stage, Russian name, English name, channel, interaction)
TOUCHPOINTS = {
    "social": ("awareness", "Сообщество в соцсетях", "Social network community", "online",
               "person"),
    "site": ("search", "Сайт дилера", "Dealer website", "online", "product"),
    "hotline": ("search", "Горячая линия", "Hotline", "offline", "person"),
    "webform": ("search", "Онлайн-заявка на тест-драйв", "Online test-drive request", "online",
                "product"),
    "parking": ("purchase", "Парковка у шоурума", "Showroom parking", "offline", "product"),
    "reception": ("purchase", "Встреча администратором", "Welcome at reception", "offline",
                  "person"),
    "consult": ("purchase", "Консультация менеджера по продажам", "Sales consultation",
                "offline", "person"),
    "testdrive": ("purchase", "Тест-драйв", "Test drive", "offline", "person"),
    "contract": ("purchase", "Оформление договора и кредита", "Contract and financing",
                 "offline", "person"),
    "delivery": ("purchase", "Выдача автомобиля", "Car handover", "offline", "person"),
    "service_intake": ("usage", "Приёмка в сервис", "Service reception", "offline", "person"),
    "service_lounge": ("usage", "Зона ожидания сервиса", "Service waiting lounge", "offline",
                       "product"),
    "reminder": ("repeat", "Напоминание о ТО и опрос", "Service reminder and survey", "online",
                 "product"),
    "complaints": ("repeat", "Обработка жалоб", "Complaint handling", "offline", "person"),
}


@dataclass(frozen=True)
class C:
    """One criterion in both languages."""

    place: str  # a touchpoint key, or a section key
    ru: Texts
    en: Texts
    answer: Any = "yes_no"  # text, or (Russian, English) for a choice with labels
    unit: tuple[str, str] = ("", "")
    threshold: float | None = None
    direction: str | None = None
    weight: float = 1.0
    critical: bool = False
    required_checks: int = 1
    photo: str = "none"
    channel: str | None = None
    interaction: str | None = None


def minutes(threshold: float) -> dict[str, Any]:
    return {"answer": "number", "unit": ("мин", "min"), "threshold": threshold,
            "direction": "lower_is_better"}


def seconds(threshold: float) -> dict[str, Any]:
    return {"answer": "number", "unit": ("с", "s"), "threshold": threshold,
            "direction": "lower_is_better"}


SHOWROOM = [
    C("social",
      ("Ответ на вопрос в личных сообщениях сообщества",
       "Ответ в течение часа в рабочее время, по имени, с ответом по существу и приглашением "
       "в шоурум или на тест-драйв",
       "Ответ на следующий день, шаблонная отписка «позвоните нам», вопрос остался без ответа"),
      ("Reply to a private message to the community",
       "A reply within an hour in working hours, by name, answering the question and inviting "
       "to the showroom or a test drive",
       "A reply the next day, a canned 'please call us', the question left unanswered"),
      **minutes(60), required_checks=2),
    C("site",
      ("Цены и наличие автомобилей на сайте",
       "У каждой модели в наличии указана цена с датой обновления; спецпредложения с условиями "
       "и сроком действия",
       "«Цена по запросу», автомобили, проданные месяц назад, акции с истёкшим сроком"),
      ("Prices and stock on the website",
       "Every car in stock shows its price and the date it was updated; offers state their "
       "terms and end date",
       "'Price on request', cars sold a month ago, expired offers"),
      weight=2, critical=True, photo="optional"),
    C("site",
      ("Запись на тест-драйв на сайте",
       "Форма из 3–4 полей, выбор модели, даты и времени, подтверждение на экране и по SMS",
       "Форма требует регистрации, не работает на телефоне, после отправки нет подтверждения"),
      ("Booking a test drive on the website",
       "A form of 3–4 fields with model, date and time; confirmation on screen and by SMS",
       "The form demands an account, breaks on a phone, no confirmation after sending"),
      photo="optional"),
    C("hotline",
      ("Время ответа на звонок",
       "Ответ живого сотрудника не позже 30 секунд после первого гудка",
       "Больше минуты ожидания, голосовое меню из нескольких уровней, сброс звонка"),
      ("Time to answer the call",
       "A live employee answers within 30 seconds of the first ring",
       "Over a minute of waiting, a multi-level voice menu, the call dropped"),
      **seconds(30), critical=True, required_checks=3),
    C("hotline",
      ("Приветствие по стандарту",
       "Название дилерского центра, имя сотрудника, предложение помощи",
       "«Алло», «Слушаю», название не произнесено, сотрудник не представился"),
      ("Greeting to standard",
       "The dealership's name, the employee's name, an offer of help",
       "'Hello?', 'Yes?', no company name, the employee does not give their name"),
      answer=("choice:Полностью по стандарту=1|Частично=0,5|Нет приветствия=0",
              "choice:Fully to standard=1|Partly=0.5|No greeting=0"),
      required_checks=3),
    C("hotline",
      ("Приглашение в шоурум и фиксация контакта",
       "Сотрудник предлагает конкретные дату и время визита или тест-драйва и записывает имя и "
       "телефон клиента",
       "Разговор закончен ответом на вопрос, без приглашения и без контакта клиента"),
      ("Invitation to the showroom and contact captured",
       "The employee offers a specific date and time for a visit or test drive and takes the "
       "caller's name and number",
       "The call ends with the answer, no invitation, no contact details taken"),
      weight=2, required_checks=3),
    C("webform",
      ("Перезвон после онлайн-заявки",
       "Звонок менеджера не позже 15 минут после заявки в рабочее время",
       "Перезвон через несколько часов, на следующий день или не перезвонили вовсе"),
      ("Call-back after an online request",
       "A sales consultant calls back within 15 minutes in working hours",
       "A call-back after hours, the next day, or never"),
      **minutes(15), critical=True, required_checks=2),
    C("parking",
      ("Гостевая парковка",
       "Свободные гостевые места у входа, обозначены знаком, дорога к ним понятна от въезда",
       "Гостевые места заняты машинами сотрудников, нет указателей, клиент паркуется на улице"),
      ("Guest parking",
       "Free guest spaces by the entrance, signposted, easy to find from the gate",
       "Guest spaces taken by staff cars, no signs, the client parks on the street"),
      photo="optional"),
    C("reception",
      ("Время до приветствия клиента",
       "Клиента приветствуют в течение 30 секунд после входа, даже если все заняты",
       "Клиент стоит у входа дольше минуты, сотрудники смотрят в телефоны или разговаривают "
       "между собой"),
      ("Time until the client is greeted",
       "The client is greeted within 30 seconds of coming in, even when everyone is busy",
       "The client waits at the door for over a minute while staff look at phones or chat"),
      **seconds(30), weight=2, critical=True, required_checks=3),
    C("reception",
      ("Предложение напитка и ожидания",
       "Администратор предлагает кофе или воду и место, где подождать, называет время ожидания",
       "Напиток не предложен, клиенту не сказали, сколько ждать и кого"),
      ("Drink and a place to wait offered",
       "The receptionist offers coffee or water and a seat, and says how long the wait is",
       "No drink offered; the client is not told whom they are waiting for or how long"),
      required_checks=3),
    C("consult",
      ("Выявление потребностей",
       "Менеджер задаёт открытые вопросы: для чего автомобиль, кто ездит, бюджет, текущий "
       "автомобиль и trade-in, способ оплаты",
       "Менеджер сразу рассказывает о самой дорогой комплектации или о том, что есть на складе"),
      ("Needs discovery",
       "The consultant asks open questions: what the car is for, who drives, budget, the current "
       "car and trade-in, payment method",
       "The consultant starts with the most expensive trim or whatever is in stock"),
      answer="scale_1_5", weight=2, required_checks=3),
    C("consult",
      ("Презентация автомобиля по 6 точкам",
       "Обход автомобиля с выгодами под названные клиентом потребности, клиенту предлагают сесть "
       "за руль",
       "Перечисление характеристик из каталога, презентация у стола по буклету"),
      ("Six-point walk-around presentation",
       "A walk around the car linking features to the needs the client named; the client is "
       "invited into the driver's seat",
       "Reading out catalogue specifications, a presentation at the desk from a brochure"),
      answer=("choice:Полная, по 6 точкам=1|Частичная=0,5|Не проводилась=0",
              "choice:Full, six points=1|Partial=0.5|None=0"),
      weight=2, required_checks=3),
    C("consult",
      ("Знание модели и конкурентов",
       "Менеджер точно отвечает о комплектациях, расходе, гарантии и корректно сравнивает с "
       "моделями конкурентов",
       "«Уточню и перезвоню» по базовым вопросам, ошибки в характеристиках, критика конкурентов "
       "без фактов"),
      ("Knowledge of the model and the competition",
       "Accurate answers on trims, fuel consumption and warranty; a fair comparison with rival "
       "models",
       "'I'll check and call you back' on basic questions, wrong specifications, running down "
       "rivals without facts"),
      answer="scale_0_10", required_checks=3),
    C("testdrive",
      ("Тест-драйв предложен",
       "Менеджер сам предлагает тест-драйв в этот визит или записывает на удобное время",
       "Тест-драйв только по просьбе клиента, «машины для тест-драйва сейчас нет»"),
      ("Test drive offered",
       "The consultant offers a test drive on this visit or books a convenient time",
       "A test drive only if the client asks; 'no demo car available today'"),
      weight=2, critical=True, required_checks=3),
    C("testdrive",
      ("Состояние автомобиля для тест-драйва",
       "Автомобиль чистый снаружи и в салоне, полный бак или заряд, без посторонних вещей",
       "Грязный салон, вещи прошлого клиента, предупреждения на приборной панели, пустой бак"),
      ("Condition of the test-drive car",
       "Clean inside and out, fuelled or charged, nothing left in it",
       "A dirty interior, the last client's things, warning lights on the dashboard, an empty "
       "tank"),
      photo="required", required_checks=2),
    C("contract",
      ("Раскрытие условий кредита и страховки",
       "Клиенту письменно показывают полную стоимость кредита, ставку, платёж и все "
       "дополнительные услуги с возможностью отказаться",
       "Страховка или допоборудование включены в договор без вопроса клиенту, ставка названа "
       "«от»"),
      ("Disclosure of loan and insurance terms",
       "The full cost of credit, rate, monthly payment and every add-on are shown in writing, "
       "each one optional",
       "Insurance or accessories added to the contract without asking; only a 'from' rate "
       "quoted"),
      weight=3, critical=True, required_checks=2),
    C("contract",
      ("Время оформления договора",
       "Оформление сделки занимает не больше 60 минут, клиенту называют этапы и сроки",
       "Клиент проводит в салоне полдня, документы переделывают несколько раз"),
      ("Time to complete the contract",
       "The paperwork takes no more than 60 minutes; the client is told the steps and timing",
       "The client spends half a day; documents are redone several times"),
      **minutes(60), required_checks=2),
    C("delivery",
      ("Инструктаж при выдаче",
       "Не менее 20 минут: функции, мультимедиа, подключение телефона, график ТО, контакты "
       "сервиса",
       "Ключи и документы отданы «на бегу», клиент разбирается с автомобилем сам"),
      ("Handover briefing",
       "At least 20 minutes: features, infotainment, pairing the phone, service schedule, "
       "service contacts",
       "Keys and papers handed over in passing; the client is left to work the car out alone"),
      answer="scale_1_5"),
    C("delivery",
      ("Подготовка автомобиля к выдаче",
       "Автомобиль вымыт, без защитных плёнок, с полным баком, в чистой зоне выдачи",
       "Следы подготовки, плёнки, пыль, пустой бак, выдача на улице у въезда в сервис"),
      ("Car prepared for handover",
       "Washed, protective films removed, a full tank, in a clean handover area",
       "Traces of preparation, films left on, dust, an empty tank, handover at the workshop gate"),
      photo="required"),
    C("service_intake",
      ("Осмотр автомобиля вместе с клиентом",
       "Мастер-приёмщик обходит автомобиль с клиентом, отмечает повреждения в акте, клиент "
       "подписывает",
       "Автомобиль принимают без осмотра, повреждения не фиксируют"),
      ("Vehicle walk-around with the client",
       "The service adviser walks round the car with the client, notes damage on the form, the "
       "client signs it",
       "The car is taken in unchecked; damage is not recorded"),
      required_checks=2),
    C("service_intake",
      ("Письменное согласование стоимости работ",
       "Стоимость и срок названы до начала работ; дополнительные работы — только после звонка "
       "и согласия клиента",
       "Счёт больше названной суммы, дополнительные работы без согласования"),
      ("Written agreement on the cost of work",
       "Cost and completion time are agreed before work starts; extra work only after a call "
       "and the client's consent",
       "A bill above the quote; extra work done without asking"),
      weight=2, critical=True, required_checks=2),
    C("service_lounge",
      ("Комфорт зоны ожидания",
       "Кофе и вода, Wi-Fi с паролем на видном месте, зарядки для телефонов, достаточно мест",
       "Пустая кофемашина, нет Wi-Fi или паролю никто не знает, негде сесть"),
      ("Comfort of the waiting lounge",
       "Coffee and water, Wi-Fi with the password on display, phone chargers, enough seats",
       "An empty coffee machine, no Wi-Fi or nobody knows the password, nowhere to sit"),
      answer="scale_1_5", photo="optional"),
    C("reminder",
      ("Напоминание о плановом ТО",
       "SMS или звонок за 2–4 недели до ТО со ссылкой на онлайн-запись",
       "Напоминаний нет, клиент узнаёт о пропущенном ТО от гарантийного отдела"),
      ("Reminder of scheduled service",
       "An SMS or call 2–4 weeks before the service with a link to book online",
       "No reminder; the client learns of a missed service from the warranty department"),
      ),
    C("complaints",
      ("Регистрация и ответ на жалобу",
       "Жалобу регистрируют в день обращения, называют номер и срок; ответ — не позже 3 рабочих "
       "дней",
       "Жалобу «передали руководству» без номера и срока, ответа нет неделю"),
      ("Registering and answering a complaint",
       "The complaint is logged the same day with a reference and a deadline; answered within 3 "
       "working days",
       "'Passed on to management' with no reference or deadline; no answer for a week"),
      weight=2, critical=True),
]

APPEARANCE_SECTIONS = {
    "web": ("Сайт", "Website", "online"),
    "social": ("Социальные сети", "Social networks", "online"),
    "cards": ("Карточки в картах и справочниках", "Map and directory listings", "online"),
    "outside": ("Фасад, вход и парковка", "Façade, entrance and parking", "offline"),
    "showroom": ("Шоурум", "Showroom", "offline"),
    "lounge": ("Зона ожидания и санузел", "Waiting area and restroom", "offline"),
    "pos": ("Ценники и рекламные материалы", "Price tags and POS materials", "offline"),
    "dress": ("Дресс-код", "Dress code", "offline"),
}

APPEARANCE = [
    C("web",
      ("Актуальность контактов и часов работы на сайте",
       "Адрес, телефоны, часы работы шоурума и сервиса совпадают с фактическими, включая "
       "праздничный график",
       "Старый телефон, часы работы прошлого года, адрес закрытого салона"),
      ("Contacts and opening hours on the website up to date",
       "Address, phone numbers, showroom and service hours match reality, holiday hours "
       "included",
       "An old number, last year's hours, the address of a closed showroom"),
      critical=True, photo="required"),
    C("web",
      ("Качество контента на сайте",
       "Собственные фотографии автомобилей в наличии, без ошибок в текстах, сайт корректно "
       "открывается на телефоне",
       "Чужие стоковые фото, битые ссылки и пустые страницы, опечатки, вёрстка ломается на "
       "телефоне"),
      ("Quality of website content",
       "Own photos of the cars in stock, no typos, the site works properly on a phone",
       "Stock photos, broken links and empty pages, typos, a layout that breaks on a phone"),
      answer="scale_1_5", photo="optional"),
    C("social",
      ("Регулярность публикаций",
       "Не реже одной публикации в неделю, последняя — не старше 7 дней",
       "Последняя публикация несколько месяцев назад, аккаунт выглядит заброшенным"),
      ("Regular posting",
       "At least one post a week; the latest no older than 7 days",
       "The last post months ago; the account looks abandoned"),
      answer="number", unit=("дн.", "days"), threshold=7, direction="lower_is_better",
      photo="optional"),
    C("social",
      ("Ответы на отзывы и комментарии",
       "На негативные отзывы отвечают по существу в течение суток, с предложением решить "
       "вопрос",
       "Негатив удаляют или оставляют без ответа, ответы-шаблоны «спасибо за обратную связь»"),
      ("Replies to reviews and comments",
       "Negative reviews get a reply on the point within a day, offering to resolve the issue",
       "Negative comments deleted or ignored; canned 'thank you for your feedback' replies"),
      weight=2, photo="required"),
    C("cards",
      ("Карточки в Яндекс Картах, 2ГИС, Google",
       "Верные адрес, телефон, часы работы и категория; точка на карте у реального входа",
       "Дубли карточек, закрытый филиал «работает», телефон не отвечает, метка на другой "
       "стороне улицы"),
      ("Listings on Yandex Maps, 2GIS, Google",
       "Correct address, phone, hours and category; the pin at the real entrance",
       "Duplicate listings, a closed branch shown as open, a dead number, the pin across the "
       "street"),
      critical=True, photo="required"),
    C("cards",
      ("Фотографии и рейтинг в карточках",
       "Свежие фото фасада, входа и шоурума от компании; рейтинг не ниже 4,5",
       "Фото только от посетителей, старая вывеска, рейтинг ниже 4"),
      ("Photos and rating in the listings",
       "Recent photos of the façade, entrance and showroom from the company; a rating of 4.5 "
       "or more",
       "Only visitors' photos, the old sign, a rating below 4"),
      answer="number", unit=("балл", "points"), threshold=4.5, direction="higher_is_better",
      photo="required"),
    C("outside",
      ("Вывеска и фасад",
       "Вывеска целая, подсветка работает полностью, стёкла фасада чистые",
       "Не горят буквы вывески, грязные стёкла, потёки, облупившаяся краска"),
      ("Sign and façade",
       "The sign is intact and fully lit, the façade glass is clean",
       "Unlit letters, dirty glass, streaks, peeling paint"),
      photo="required", required_checks=2),
    C("outside",
      ("Чистота у входа и на парковке",
       "Нет мусора, окурков, луж и снега на подходе к входу; разметка видна",
       "Мусор и окурки у входа, нерасчищенный снег, переполненные урны"),
      ("Clean entrance and parking",
       "No litter, cigarette ends, puddles or snow on the way in; markings visible",
       "Litter and cigarette ends at the door, uncleared snow, overflowing bins"),
      photo="required", required_checks=2),
    C("showroom",
      ("Чистота в шоуруме",
       "Чистый пол, без пыли на автомобилях и мебели, выставочные автомобили вымыты, салоны "
       "открыты",
       "Пыль и отпечатки на автомобилях, следы обуви, мусор под столами"),
      ("Showroom cleanliness",
       "Clean floors, no dust on cars or furniture, display cars washed, doors unlocked",
       "Dust and fingerprints on the cars, footprints, rubbish under the desks"),
      weight=2, critical=True, photo="required", required_checks=3),
    C("showroom",
      ("Порядок на рабочих местах",
       "На столах менеджеров только нужное для работы с клиентом, документы убраны",
       "Еда, личные вещи, стопки чужих договоров с персональными данными на виду"),
      ("Tidy desks",
       "Consultants' desks hold only what is needed for the client; papers are filed away",
       "Food, personal items, piles of other clients' contracts with personal data in view"),
      photo="required", required_checks=3),
    C("showroom",
      ("Повреждённое оборудование и мебель",
       "Всё оборудование работает: экраны, свет, кофемашина, двери; мебель целая",
       "Неработающий экран, перегоревшие лампы, порванная обивка, сломанная ручка двери"),
      ("Damaged equipment and furniture",
       "Everything works: screens, lights, coffee machine, doors; furniture is intact",
       "A dead screen, blown bulbs, torn upholstery, a broken door handle"),
      critical=True, photo="required", required_checks=3),
    C("showroom",
      ("Комфорт: температура, свет, звук",
       "Комфортная температура, ровный свет, фоновая музыка не мешает разговору",
       "Жарко или холодно, полумрак, громкая музыка или шум из сервиса"),
      ("Comfort: temperature, light, sound",
       "A comfortable temperature, even light, background music that does not drown speech",
       "Too hot or cold, dim light, loud music or workshop noise"),
      answer="scale_1_5", required_checks=3),
    C("lounge",
      ("Зона ожидания",
       "Достаточно мест, чистая посуда, кофе и вода в наличии, детский уголок в порядке",
       "Грязные чашки, пустая кофемашина, сломанные игрушки"),
      ("Waiting area",
       "Enough seats, clean cups, coffee and water available, the children's corner in order",
       "Dirty cups, an empty coffee machine, broken toys"),
      photo="required", required_checks=2),
    C("lounge",
      ("Санузел для клиентов",
       "Чистый, есть мыло, бумага, полотенца; нет запаха; график уборки заполнен",
       "Нет бумаги или мыла, грязно, неприятный запах, «не работает»"),
      ("Client restroom",
       "Clean; soap, paper and towels stocked; no odour; the cleaning log filled in",
       "No paper or soap, dirty, an unpleasant smell, 'out of order'"),
      weight=2, critical=True, photo="required", required_checks=2),
    C("pos",
      ("Ценники на автомобилях",
       "На каждом выставочном автомобиле ценник с моделью, комплектацией и актуальной ценой",
       "Нет ценника, цена отличается от сайта или от названной менеджером, рукописные "
       "исправления"),
      ("Price tags on the cars",
       "Every display car has a tag with model, trim and the current price",
       "No tag, a price that differs from the website or from what the consultant says, "
       "handwritten corrections"),
      weight=2, critical=True, photo="required", required_checks=3),
    C("pos",
      ("Рекламные материалы (POS)",
       "Только действующие акции, материалы целые и соответствуют брендбуку",
       "Плакаты прошедших акций, выцветшие или порванные материалы, скотч на стёклах"),
      ("POS materials",
       "Only current offers; materials intact and on brand",
       "Posters of past offers, faded or torn materials, tape on the glass"),
      photo="required", required_checks=3),
    C("pos",
      ("Каталоги и прайс-листы",
       "Актуальные каталоги и прайс-листы в достаточном количестве на стойке",
       "Каталоги прошлого модельного года, прайс-лист с устаревшими ценами"),
      ("Brochures and price lists",
       "Current brochures and price lists, enough of them at the stand",
       "Last model year's brochures, a price list with old prices"),
      photo="optional", required_checks=2),
    C("dress",
      ("Форма и бейдж",
       "Все сотрудники в форме по стандарту, бейдж с именем и должностью на виду",
       "Сотрудники без бейджей, в повседневной одежде, в разной форме"),
      ("Uniform and name badge",
       "All staff in the standard uniform, with a name and job-title badge in view",
       "No badges, casual clothes, mixed uniforms"),
      photo="required", required_checks=3, interaction="person"),
    C("dress",
      ("Опрятность внешнего вида",
       "Одежда чистая и выглаженная, обувь чистая, аккуратная причёска",
       "Мятая или грязная одежда, грязная обувь, неопрятный вид"),
      ("Neat appearance",
       "Clean, pressed clothes, clean shoes, tidy hair",
       "Creased or stained clothes, dirty shoes, an untidy look"),
      answer="scale_1_5", required_checks=3, interaction="person"),
]

EMPLOYEE_SECTIONS = {
    "product": ("Знание продукта", "Product knowledge"),
    "standards": ("Знание стандартов", "Knowledge of standards"),
    "cases": ("Клиентоориентированность: кейсы", "Customer orientation: cases"),
}

EMPLOYEES = [
    C("product",
      ("Модельный ряд и комплектации",
       "Сотрудник называет все модели и различия комплектаций без справочника",
       "Путает комплектации, смотрит в каталог по каждому вопросу"),
      ("Model range and trims",
       "Names every model and the differences between trims without notes",
       "Mixes up trims, looks everything up in the brochure"),
      answer="scale_0_10", weight=2),
    C("product",
      ("Тест по продукту",
       "Результат теста по продукту не ниже 80 %",
       "Результат ниже 80 % или тест не пройден вовсе"),
      ("Product test",
       "A product test score of 80 % or more",
       "A score below 80 %, or the test not taken"),
      answer="number", unit=("%", "%"), threshold=80, direction="higher_is_better",
      weight=2, critical=True),
    C("product",
      ("Сравнение с конкурентами",
       "Знает 3 ключевые модели конкурентов и объясняет преимущества своей модели на фактах",
       "Не знает конкурентов или говорит о них пренебрежительно"),
      ("Comparison with competitors",
       "Knows 3 key rival models and explains the own model's advantages with facts",
       "Does not know the rivals, or speaks of them dismissively"),
      answer="scale_1_5"),
    C("product",
      ("Финансовые продукты и trade-in",
       "Объясняет кредитные программы, лизинг и порядок оценки trade-in с примером расчёта",
       "«Это к кредитному специалисту», не может посчитать платёж"),
      ("Finance products and trade-in",
       "Explains loan programmes, leasing and trade-in valuation with a worked example",
       "'Ask the finance desk'; cannot work out a monthly payment"),
      answer="scale_1_5"),
    C("standards",
      ("Стандарт встречи и приветствия",
       "Называет все шаги стандарта: приветствие за 30 секунд, представиться, предложить "
       "напиток",
       "Не знает о стандарте или называет шаги неверно"),
      ("Welcome standard",
       "Names every step: greeting within 30 seconds, introducing oneself, offering a drink",
       "Unaware of the standard, or gets the steps wrong"),
      critical=True),
    C("standards",
      ("Стандарт телефонных переговоров",
       "Знает формулу приветствия, правило перезвона за 15 минут и обязательную фиксацию "
       "контакта в CRM",
       "Не знает сроков перезвона, не вносит звонки в CRM"),
      ("Telephone standard",
       "Knows the greeting formula, the 15-minute call-back rule and logging every contact "
       "in the CRM",
       "Does not know the call-back deadline, does not log calls in the CRM"),
      ),
    C("standards",
      ("Порядок работы с жалобой",
       "Знает, как зарегистрировать жалобу, кому передать и какой срок ответа назвать клиенту",
       "Предлагает клиенту «написать на сайт», не знает ответственного"),
      ("Complaint procedure",
       "Knows how to log a complaint, who takes it on and what response time to promise",
       "Tells the client to 'write on the website'; does not know who is responsible"),
      ),
    C("cases",
      ("Кейс: клиент раздражён долгим ожиданием",
       "Признаёт неудобство, извиняется, называет точное время и предлагает, чем занять "
       "ожидание",
       "Оправдывается, спорит, ссылается на загрузку, обещает «скоро» без срока"),
      ("Case: a client annoyed by a long wait",
       "Acknowledges the inconvenience, apologises, gives an exact time and offers something to "
       "fill the wait",
       "Makes excuses, argues, blames the workload, promises 'soon' with no time"),
      answer=("choice:Образцовое решение=1|Приемлемо=0,5|Конфликт или отказ=0",
              "choice:Exemplary=1|Acceptable=0.5|Conflict or refusal=0"),
      weight=2),
    C("cases",
      ("Кейс: нужного автомобиля нет в наличии",
       "Предлагает альтернативу в наличии, срок заказа и фиксирует предоплату или повторный "
       "контакт",
       "«Нет в наличии» — и разговор окончен"),
      ("Case: the wanted car is not in stock",
       "Offers an in-stock alternative and the order lead time, and secures a deposit or a "
       "follow-up",
       "'Not in stock' — and the conversation ends"),
      answer=("choice:Образцовое решение=1|Приемлемо=0,5|Клиент потерян=0",
              "choice:Exemplary=1|Acceptable=0.5|Client lost=0"),
      weight=2),
    C("cases",
      ("Кейс: вопрос вне компетенции",
       "Не отпускает клиента без ответа: находит коллегу или назначает срок ответа и "
       "перезванивает",
       "«Это не ко мне», отправляет клиента в другой отдел без сопровождения"),
      ("Case: a question outside one's remit",
       "Does not leave the client without an answer: finds a colleague, or sets a time and "
       "calls back",
       "'Not my department'; sends the client elsewhere alone"),
      answer="scale_1_5"),
    C("cases",
      ("Кейс: претензия к качеству ремонта",
       "Выслушивает без перебивания, фиксирует претензию, предлагает бесплатную диагностику и "
       "срок решения",
       "Перекладывает вину на клиента или завод, отказывается принять претензию"),
      ("Case: a complaint about repair quality",
       "Listens without interrupting, logs the complaint, offers a free inspection and a "
       "deadline",
       "Blames the client or the factory; refuses to take the complaint"),
      answer="scale_1_5", weight=2, critical=True),
    C("cases",
      ("Комментарий эксперта по итогам оценки",
       "Сильные стороны и зоны развития сотрудника конкретно, с примерами",
       "Общие слова без примеров"),
      ("Assessor's comment",
       "The employee's strengths and areas to develop, specifically, with examples",
       "Generalities without examples"),
      answer="text"),
]

TEMPLATES = {
    "showroom": (("Чек-лист точек контакта дилерского центра",
                  "Dealership touchpoint checklist"),
                 ("Критерии по стадиям и точкам контакта карты пути клиента автосалона: от "
                  "соцсетей и горячей линии до сервиса и жалоб.",
                  "Criteria by stage and touchpoint of the car dealer's customer journey map: "
                  "from social networks and the hotline to service and complaints."),
                 SHOWROOM),
    "appearance": (("Внешний вид: онлайн и офлайн", "Appearance: online and offline"),
                   ("Сайт, соцсети и карточки в справочниках; чистота, порядок и комфорт в "
                    "помещениях, исправность оборудования, ценники, POS-материалы, дресс-код. "
                    "Где это важно — обязательное фото.",
                    "Website, social networks and directory listings; cleanliness, order and "
                    "comfort on the premises, working equipment, price tags, POS materials, "
                    "dress code. Photos required where they matter."),
                   APPEARANCE),
    "employees": (("Оценка сотрудников", "Employee assessment"),
                  ("Знание продукта и стандартов, клиентоориентированность на кейсах.",
                   "Product and standards knowledge; customer orientation on cases."),
                  EMPLOYEES),
}


def _row(c: C, lang: int) -> CriterionRow:
    answer = c.answer if isinstance(c.answer, str) else c.answer[lang]
    spec = parse_answer_type(answer)
    texts = c.en if lang else c.ru
    stage = touchpoint = section = ""
    channel, interaction = c.channel, c.interaction
    if c.place in TOUCHPOINTS:
        stage_key, ru, en, channel, interaction = TOUCHPOINTS[c.place]
        stage, touchpoint = STAGES[stage_key][lang], (en if lang else ru)
    elif c.place in APPEARANCE_SECTIONS:
        section, channel = APPEARANCE_SECTIONS[c.place][lang], APPEARANCE_SECTIONS[c.place][2]
    else:
        section, interaction = EMPLOYEE_SECTIONS[c.place][lang], "person"
    return CriterionRow(
        text=texts[0], should_be=texts[1], should_not_be=texts[2], stage=stage,
        touchpoint=touchpoint, section=section, channel=channel, interaction=interaction,
        answer_type=spec.answer_type, choices=spec.choices, unit=c.unit[lang],
        threshold=c.threshold, direction=c.direction, weight=c.weight, critical=c.critical,
        required_checks=c.required_checks, photo=c.photo)


def build(folder: Path = HERE) -> list[Path]:
    """Write every template in both languages into ``folder``; returns the files."""
    written = []
    for key, (names, descriptions, criteria) in TEMPLATES.items():
        for lang, code in enumerate(("ru", "en")):
            path = folder / f"{key}_{code}.xlsx"
            write_template_workbook(ParsedTemplate(
                name=names[lang], language=code, description=descriptions[lang],
                criteria=tuple(_row(c, lang) for c in criteria)), path)
            written.append(path)
    return written


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(HERE.parents[1]))
