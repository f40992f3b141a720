"""A small but complete engagement built with the core's row operations, for the read-only
screens and their queries: a map, a checklist, checks with answers, photos, findings,
actions and feedback."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field

from PIL import Image

from cxdesk import engagements
from cxdesk.records import insert
from cxdesk.workspace import Workspace


@dataclass
class Sample:
    engagement_id: str
    own_id: str
    rival_id: str
    map_id: str
    template_id: str
    touchpoints: dict[str, str] = field(default_factory=dict)
    criteria: dict[str, str] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)


def _jpeg(colour: tuple[int, int, int], size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=80)
    return out.getvalue()


def add_photo(ws: Workspace, colour: tuple[int, int, int], *, captured_at: str | None,
              camera: str = "Apple iPhone 13") -> str:
    data = _jpeg(colour, (800, 600))
    sha = hashlib.sha256(data).hexdigest()
    ws.conn.execute("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                    (sha, len(data), data))
    photo = insert(ws, "photos", {"sha256": sha, "mime": "image/jpeg", "size": len(data),
                                  "file_name": f"IMG_{sha[:4]}.jpg", "width": 800,
                                  "height": 600, "captured_at": captured_at, "camera": camera})
    for kind, dims in (("thumb", (256, 192)), ("print", (1200, 900))):
        insert(ws, "photo_derivatives", {"photo_id": photo, "kind": kind, "width": dims[0],
                                         "height": dims[1], "data": _jpeg(colour, dims)})
    return photo


def build_sample(ws: Workspace) -> Sample:
    eng = engagements.create_engagement(ws, name="Аудит «Автосалон Север»", client="Север")
    eid = eng.id
    own = engagements.add_subject(ws, eid, name="Автосалон Север", own=True)
    rival = engagements.add_subject(ws, eid, name="Конкурент А")
    engagements.add_subject(ws, eid, name="Конкурент Б")
    show = engagements.add_location(ws, eid, name="Шоурум на Ленинском", subject_id=own.id)
    rival_show = engagements.add_location(ws, eid, name="Салон на Кутузовском",
                                          subject_id=rival.id)
    segment = engagements.add_segment(ws, eid, name="Частные покупатели")
    with ws.transaction():
        map_id = insert(ws, "maps", {"engagement_id": eid, "segment_id": segment.id,
                                     "name": "Покупка автомобиля", "kind": "as_is"})
        stages = {name: insert(ws, "stages", {"map_id": map_id, "name": name, "position": i})
                  for i, name in enumerate(["Поиск и оценка", "Покупка", "Опыт"])}
        tps = {}
        for pos, (stage, name, channel, interaction, emotion) in enumerate([
            ("Поиск и оценка", "Сайт", "online", "product", 1),
            ("Поиск и оценка", "Колл-центр", "offline", "person", -1),
            ("Покупка", "Ресепшн", "offline", "person", 2),
            ("Покупка", "Менеджер", "offline", "person", 0),
            ("Опыт", "Сервис", "offline", "person", -2),
        ]):
            tps[name] = insert(ws, "touchpoints", {
                "stage_id": stages[stage], "name": name, "channel": channel,
                "interaction": interaction, "emotion": emotion, "position": pos,
                "department": "Продажи"})
        for src, dst, kind in [("Сайт", "Колл-центр", "sent"), ("Колл-центр", "Ресепшн", "sent"),
                               ("Ресепшн", "Менеджер", "sent"), ("Менеджер", "Сервис", "self")]:
            insert(ws, "flows", {"map_id": map_id, "source_id": tps[src], "target_id": tps[dst],
                                 "kind": kind})
        insert(ws, "barriers", {"touchpoint_id": tps["Колл-центр"],
                                "description": "Долгий ответ", "kind": "staff_inaction"})
        insert(ws, "barriers", {"touchpoint_id": tps["Ресепшн"],
                                "description": "Нет парковки", "kind": "technical"})
        insert(ws, "barriers", {"touchpoint_id": tps["Ресепшн"],
                                "description": "Никто не встречает", "kind": "staff_inaction",
                                "severity": 3})

        tpl = insert(ws, "templates", {"engagement_id": eid, "map_id": map_id,
                                       "family_id": "f-1", "name": "Визит в салон"})
        crit = {}
        specs = [
            ("greet", "Ресепшн", "Поприветствовали в течение 30 секунд", "yes_no",
             {"critical": 1, "should_be": "Встал, улыбнулся", "should_not_be": "Говорит по телефону",
              "required_checks": 2, "photo": "optional"}),
            ("wait", "Ресепшн", "Время ожидания", "number",
             {"unit": "мин", "threshold": 5, "direction": "lower_is_better"}),
            ("needs", "Менеджер", "Выявил потребности", "scale_1_5", {"weight": 2}),
            ("offer", "Менеджер", "Предложил тест-драйв", "choice", {}),
            ("site", "Сайт", "Цены на сайте актуальны", "yes_no", {"required_checks": 3}),
            ("clean", None, "Чистота в зале", "yes_no", {"photo": "required"}),
            ("note", None, "Общее впечатление", "text", {}),
        ]
        for pos, (key, tp, text, atype, extra) in enumerate(specs):
            values = {"template_id": tpl, "text": text, "answer_type": atype, "position": pos,
                      **extra}
            if tp:
                values["touchpoint_id"] = tps[tp]
            else:
                values["section"] = "Внешний вид"
            crit[key] = insert(ws, "criteria", values)
        offered = insert(ws, "criterion_choices", {"criterion_id": crit["offer"],
                                                   "label": "Сам предложил", "points": 2,
                                                   "position": 0})
        insert(ws, "criterion_choices", {"criterion_id": crit["offer"],
                                         "label": "По просьбе", "points": 1, "position": 1})
        refused = insert(ws, "criterion_choices", {"criterion_id": crit["offer"],
                                                   "label": "Отказал", "points": 0,
                                                   "position": 2})

        def check(subject: str, location: str, started: str, answers: dict) -> str:
            ident = insert(ws, "checks", {"engagement_id": eid, "subject_id": subject,
                                          "location_id": location, "template_id": tpl,
                                          "method": "visit", "started_at": started,
                                          "auditor": "Иванова", "status": "submitted"})
            for key, values in answers.items():
                insert(ws, "answers", {"check_id": ident, "criterion_id": crit[key], **values})
            return ident

        c1 = check(own.id, show.id, "2026-11-20T11:00:00", {
            "greet": {"value_number": 1}, "wait": {"value_number": 3},
            "needs": {"value_number": 4}, "offer": {"choice_id": offered},
            "clean": {"value_number": 1}, "note": {"value_text": "Приятно"}})
        c2 = check(rival.id, rival_show.id, "2026-11-20T14:30:00", {
            "greet": {"value_number": 0, "comment": "Разговаривал по телефону"},
            "wait": {"value_number": 12}, "offer": {"choice_id": refused},
            "site": {"not_applicable": 1}})
        photos = [add_photo(ws, (200, 60, 60), captured_at="2026-11-20T11:05:00"),
                  add_photo(ws, (60, 160, 60), captured_at=None),
                  add_photo(ws, (60, 60, 200), captured_at="2026-10-01T09:00:00")]
        insert(ws, "evidence_links", {"photo_id": photos[0], "engagement_id": eid,
                                      "check_id": c1, "criterion_id": crit["clean"],
                                      "caption": "Зал чистый"})
        insert(ws, "evidence_links", {"photo_id": photos[1], "engagement_id": eid,
                                      "check_id": c2, "criterion_id": crit["greet"],
                                      "caption": "Ресепшн пуст"})
        insert(ws, "evidence_links", {"photo_id": photos[2], "engagement_id": eid,
                                      "check_id": c2, "caption": "Парковка"})

        failure = insert(ws, "findings", {
            "engagement_id": eid, "subject_id": rival.id, "touchpoint_id": tps["Ресепшн"],
            "kind": "failure", "category": "staff", "title": "Не поприветствовали",
            "root_cause": "Нет стандарта встречи", "severity": 3})
        insert(ws, "finding_sources", {"finding_id": failure, "check_id": c2})
        insert(ws, "evidence_links", {"photo_id": photos[1], "engagement_id": eid,
                                      "finding_id": failure})
        insert(ws, "findings", {"engagement_id": eid, "subject_id": own.id, "kind": "strength",
                                "title": "Чистый зал", "category": "premises", "severity": 1})
        insert(ws, "findings", {"engagement_id": eid, "subject_id": rival.id,
                                "kind": "best_practice_wow", "title": "Кофе-машина с капучино"})
        act = insert(ws, "actions", {"engagement_id": eid, "title": "Ввести стандарт встречи",
                                     "owner": "Петров", "due_date": "2026-01-15",
                                     "priority": "high"})
        insert(ws, "action_links", {"action_id": act, "finding_id": failure})
        insert(ws, "actions", {"engagement_id": eid, "title": "Обучить администраторов",
                               "owner": "Сидорова", "due_date": "2099-12-31",
                               "status": "in_progress"})
        insert(ws, "actions", {"engagement_id": eid, "title": "Обновить сайт",
                               "due_date": "2020-01-01", "status": "done"})

        sample = insert(ws, "feedback_samples", {"engagement_id": eid, "name": "Опрос e-mail",
                                                 "sampling": "self_selected", "invited": 200})
        for i, score in enumerate([10, 9, 9, 8, 7, 6, 3, 10]):
            insert(ws, "feedback", {"engagement_id": eid, "sample_id": sample,
                                    "subject_id": own.id, "touchpoint_id": tps["Менеджер"],
                                    "score": score, "ces": 2 + i % 4,
                                    "responded_on": f"2026-11-{10 + i:02d}",
                                    "comment": "Всё хорошо" if score > 8 else "Долго ждали"})
    return Sample(eid, own.id, rival.id, map_id, tpl, tps, crit, [c1, c2], photos)
