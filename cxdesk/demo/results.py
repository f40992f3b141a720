"""Writes what the sample audit found and decided: findings (with the checks, answers and
photos behind them), problems, incidents, actions, employees and trainings, and the voice of
the customer (feedback samples, responses, follow-ups and tags)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from cxdesk import evidence, records
from cxdesk.demo import narrative
from cxdesk.demo.fieldwork import Check
from cxdesk.demo.photos import PhotoPlan
from cxdesk.workspace import Workspace, new_id

SOURCES_PER_CRITERION = 4
PHOTOS_PER_FINDING = 3


def _insert(ws: Workspace, table: str, values: dict[str, Any]) -> str:
    return records.insert(ws, table, values)


def _matching(finding: narrative.Finding, checks: list[Check]) -> list[tuple[Check, str]]:
    """The (check, criterion) pairs whose answers show what the finding says."""
    found: list[tuple[Check, str]] = []
    for s in finding.sources:
        hits = [c for c in checks
                if c.subject == s.subject and c.method == s.method and c.status != "draft"
                and (s.location is None or c.location == s.location)
                and (a := c.answer(s.criterion)) is not None and a.passed is s.passed]
        found += [(c, s.criterion) for c in hits[:SOURCES_PER_CRITERION]]
    return found


def write_findings(ws: Workspace, ids: dict[str, Any], checks: list[Check],
                   plans: list[PhotoPlan], photo_ids: list[str]) -> None:
    engagement = ids["engagement"]
    ids["problems"] = {
        key: _insert(ws, "problems", {"engagement_id": engagement, "title": title,
                                      "description": description, "status": status})
        for key, (title, description, status) in narrative.PROBLEMS.items()}
    ids["findings"] = {}
    for f in narrative.FINDINGS:
        on_touchpoint = f.place in ids["touchpoints"]
        finding_id = ids["findings"][f.key] = _insert(ws, "findings", {
            "engagement_id": engagement, "subject_id": ids["subjects"][f.subject],
            "touchpoint_id": ids["touchpoints"][f.place] if on_touchpoint else None,
            "problem_id": ids["problems"][f.problem] if f.problem else None,
            "kind": f.kind, "category": f.category, "title": f.title,
            "description": f.description, "root_cause": f.root_cause, "severity": f.severity})
        sources = _matching(f, checks)
        for check, criterion in sources:
            _insert(ws, "finding_sources", {
                "finding_id": finding_id, "check_id": ids["checks"][check.number],
                "answer_id": ids["answers"].get((check.number, criterion))})
        source_checks = {c.number for c, _ in sources}
        wanted_bad = f.kind in ("failure", "weak_spot")
        linked = 0
        for plan, photo_id in zip(plans, photo_ids, strict=True):
            if (linked < PHOTOS_PER_FINDING and plan.check in source_checks
                    and plan.spec.scene in f.photo_scenes and plan.spec.bad == wanted_bad):
                evidence.link_photo(
                    ws, photo_id, engagement_id=engagement, check_id=ids["checks"][plan.check],
                    criterion_id=ids["criteria"][plan.criterion] if plan.criterion else None,
                    finding_id=finding_id, caption=plan.caption)
                linked += 1


def write_incidents_and_actions(ws: Workspace, ids: dict[str, Any]) -> None:
    engagement = ids["engagement"]
    for (subject, location, touchpoint, problem, occurred, channel, description, diagnosis,
         justified, compensation, amount, status, closed) in narrative.INCIDENTS:
        _insert(ws, "incidents", {
            "engagement_id": engagement, "subject_id": ids["subjects"][subject],
            "location_id": ids["locations"][location],
            "touchpoint_id": ids["touchpoints"][touchpoint],
            "problem_id": ids["problems"][problem] if problem else None,
            "occurred_on": occurred, "channel": channel, "description": description,
            "diagnosis": diagnosis, "justified": justified, "compensation_kind": compensation,
            "compensation_amount": amount, "status": status,
            "closed_at": f"{closed}T18:00:00" if closed else None})
    for (title, description, owner, due, priority, status, completed, findings,
         problems) in narrative.ACTIONS:
        action = _insert(ws, "actions", {
            "engagement_id": engagement, "title": title, "description": description,
            "owner": owner, "due_date": due, "priority": priority, "status": status,
            "completed_at": f"{completed}T17:00:00" if completed else None})
        for key in findings:
            _insert(ws, "action_links", {"action_id": action,
                                         "finding_id": ids["findings"][key]})
        for key in problems:
            _insert(ws, "action_links", {"action_id": action,
                                         "problem_id": ids["problems"][key]})


def write_staff(ws: Workspace, ids: dict[str, Any], rng: random.Random,
                checks: list[Check]) -> None:
    engagement, own = ids["engagement"], ids["subjects"]["own"]
    first_visit = {}
    for c in checks:
        if c.subject == "own" and c.method in ("visit", "call") and c.location not in first_visit:
            first_visit[c.location] = c
    employees = {}
    for code, name, role, location in narrative.EMPLOYEES:
        employees[code] = employee = _insert(ws, "employees", {
            "engagement_id": engagement, "subject_id": own,
            "location_id": ids["locations"][location], "code": code, "name": name,
            "role": role})
        check = first_visit.get(location)
        level = 7.5 if location == "leninsky" else 6.0
        for area in narrative.ASSESSMENT_AREAS:
            if rng.random() < 0.2:
                continue
            linked = check is not None and area != "engagement"
            _insert(ws, "employee_assessments", {
                "employee_id": employee, "area": area,
                "check_id": ids["checks"][check.number] if linked else None,
                "assessed_on": check.started.date().isoformat() if linked else "2026-10-15",
                "score": round(min(10.0, max(2.0, rng.gauss(level, 1.3))), 1),
                "max_score": 10.0,
                "notes": "" if linked else "Опрос вовлечённости, анонимно по подразделению"})
    for held_on, topic, trainer, codes in narrative.TRAININGS:
        training = _insert(ws, "trainings", {"engagement_id": engagement, "held_on": held_on,
                                             "topic": topic, "trainer": trainer})
        for code in codes:
            _insert(ws, "training_participants", {"training_id": training,
                                                  "employee_id": employees[code]})
    for area, text in narrative.STAFF_CONCLUSIONS:
        _insert(ws, "conclusions", {"engagement_id": engagement, "area": area, "text": text})


_SCORE_WEIGHTS = {  # weights of scores 0..10
    "random": [3, 1.5, 2, 2.5, 3.5, 4.5, 7, 12, 17, 21, 26],
    "self_selected": [5, 2, 2, 2, 2, 3, 4, 5, 7, 20, 48],
}


def _scores(rng: random.Random, count: int, weights: list[float]) -> list[int]:
    """``count`` scores in the proportions of ``weights`` (largest remainders), shuffled: the
    mix, and so the NPS, is what the sample is meant to show rather than a lucky draw."""
    total = sum(weights)
    exact = [count * w / total for w in weights]
    counts = [int(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in by_remainder[: count - sum(counts)]:
        counts[i] += 1
    scores = [score for score, n in enumerate(counts) for _ in range(n)]
    rng.shuffle(scores)
    return scores


def _band(score: int) -> str:
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


def write_feedback(ws: Workspace, ids: dict[str, Any], rng: random.Random) -> None:
    engagement = ids["engagement"]
    tags = [(_insert(ws, "tags", {"engagement_id": engagement, "name": name,
                                  "polarity": polarity, "keywords": keywords}),
             keywords.split(",")) for name, polarity, keywords in narrative.TAGS]
    rows, follow_ups, tagged = [], [], []
    first_day = date(2026, 10, 1)
    for name, sampling, invited, count, channel in narrative.FEEDBACK_SAMPLES:
        sample = _insert(ws, "feedback_samples", {"engagement_id": engagement, "name": name,
                                                  "sampling": sampling, "invited": invited})
        for score in _scores(rng, count, _SCORE_WEIGHTS[sampling]):
            band = _band(score)
            comment, touchpoint = "", rng.choice(narrative.FEEDBACK_TOUCHPOINTS)
            if rng.random() < (0.85 if band == "detractor" else 0.55):
                comment, about = rng.choice(narrative.FEEDBACK_COMMENTS[band])
                touchpoint = about or touchpoint
            ces = None
            if rng.random() < 0.4:  # CES 1 (very hard) … 7 (very easy)
                ces = min(7, max(1, round(score * 0.6) + rng.randint(-1, 1)))
            day = first_day + timedelta(days=rng.randint(0, 51))
            subject = ids["subjects"]["own"] if rng.random() < 0.85 else None
            segment = rng.choices([ids["segments"]["private"], ids["segments"]["fleet"], None],
                                  [80, 15, 5])[0]
            feedback_id = new_id()
            rows.append((feedback_id, engagement, sample, subject,
                         ids["touchpoints"].get(touchpoint), segment, channel, day.isoformat(),
                         score, ces, comment))
            tagged += [(new_id(), feedback_id, tag, "rule") for tag, stems in tags
                       if any(stem in comment.lower() for stem in stems)]
            if band == "detractor" and sampling == "random":
                late = day > date(2026, 11, 14)
                status = "open" if late else rng.choice(["closed", "closed", "contacted"])
                contact = None if status == "open" else (day + timedelta(days=1)).isoformat()
                follow_ups.append((new_id(), feedback_id, rng.choice(["phone", "phone", "email"]),
                                   (day + timedelta(days=2)).isoformat(), contact,
                                   "" if status == "open" else
                                   rng.choice(narrative.FOLLOW_UP_OUTCOMES), status))
    ws.conn.executemany(
        "INSERT INTO feedback (id, engagement_id, sample_id, subject_id, touchpoint_id,"
        " segment_id, channel, responded_on, score, ces, comment)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    ws.conn.executemany(
        "INSERT INTO follow_ups (id, feedback_id, contact_preference, target_at,"
        " first_contact_at, outcome, status) VALUES (?,?,?,?,?,?,?)", follow_ups)
    ws.conn.executemany(
        "INSERT INTO feedback_tags (id, feedback_id, tag_id, source) VALUES (?,?,?,?)", tagged)
