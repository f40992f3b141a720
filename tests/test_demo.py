"""The sample engagement: its shape, its determinism and how it grows with the scale."""

from __future__ import annotations

import hashlib
import io
from datetime import date

import pytest
from PIL import Image, ImageOps

from cxdesk import scoring
from cxdesk.demo import build_demo, photos, scenes
from cxdesk.errors import InvalidValue
from cxdesk.workspace import Workspace

DEFAULT_STAGES = ["Осознание потребности", "Поиск и оценка альтернатив", "Покупка",
                  "Пользовательский опыт", "Повторные взаимодействия"]


def _build(path, scale: int) -> tuple[Workspace, str]:
    ws = Workspace.open(path, create=True)
    return ws, build_demo(ws, scale=scale)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws, engagement = _build(tmp_path_factory.mktemp("demo") / "demo.cxd", 1)
    yield ws, engagement
    ws.close()


@pytest.fixture(scope="module")
def demo_again(tmp_path_factory):
    ws, engagement = _build(tmp_path_factory.mktemp("again") / "demo.cxd", 1)
    yield ws, engagement
    ws.close()


@pytest.fixture(scope="module")
def demo_x3(tmp_path_factory):
    ws, engagement = _build(tmp_path_factory.mktemp("x3") / "demo.cxd", 3)
    yield ws, engagement
    ws.close()


def count(ws: Workspace, sql: str, *params) -> int:
    return ws.scalar(f"SELECT count(*) FROM {sql}", params)


def values(ws: Workspace, sql: str, *params) -> set:
    return {r[0] for r in ws.rows(sql, params)}


def test_the_setting_has_own_company_competitors_locations_and_map(demo):
    ws, engagement = demo
    name, client = ws.row("SELECT name, client FROM engagements WHERE id = ?", (engagement,))
    assert "Север Моторс" in name and client == "Север Моторс"
    subjects = ws.rows("SELECT name, own FROM subjects WHERE engagement_id = ?", (engagement,))
    assert len(subjects) == 3 and sum(s["own"] for s in subjects) == 1
    assert count(ws, "locations WHERE engagement_id = ? AND latitude BETWEEN 55.4 AND 56.1"
                     " AND longitude BETWEEN 37.2 AND 37.9", engagement) >= 3
    stages = [r[0] for r in ws.rows("SELECT s.name FROM stages s JOIN maps m ON m.id = s.map_id"
                                    " WHERE m.engagement_id = ? ORDER BY s.position",
                                    (engagement,))]
    assert stages == DEFAULT_STAGES
    touchpoints = ws.rows("SELECT channel, interaction, emotion FROM touchpoints")
    assert len(touchpoints) >= 12
    assert {t["channel"] for t in touchpoints} == {"online", "offline"}
    assert {t["interaction"] for t in touchpoints} == {"person", "product"}
    assert {t["emotion"] for t in touchpoints} == {-2, -1, 0, 1, 2}
    assert values(ws, "SELECT kind FROM flows") == {"sent", "self"}
    assert values(ws, "SELECT kind FROM barriers") == {"technical", "staff_action",
                                                       "staff_inaction", "other"}
    assert count(ws, "segments") >= 1


def test_the_checklist_mixes_answer_types_sections_and_photo_rules(demo):
    ws, _ = demo
    assert count(ws, "criteria") >= 30
    assert values(ws, "SELECT answer_type FROM criteria") >= {
        "yes_no", "scale_1_5", "scale_0_10", "number", "choice"}
    assert values(ws, "SELECT photo FROM criteria") == {"none", "optional", "required"}
    assert values(ws, "SELECT section FROM criteria WHERE touchpoint_id IS NULL") == {
        "Внешний вид", "Сотрудники"}
    assert values(ws, "SELECT required_checks FROM criteria") <= {1, 2, 3}
    assert count(ws, "criteria WHERE critical = 1") >= 3
    waiting = ws.row("SELECT unit, threshold, direction FROM criteria"
                     " WHERE text = 'Время ожидания менеджера'")
    assert tuple(waiting) == ("мин", 5.0, "lower_is_better")
    assert count(ws, "criteria c WHERE answer_type = 'choice' AND NOT EXISTS"
                     " (SELECT 1 FROM criterion_choices WHERE criterion_id = c.id)") == 0


def test_fieldwork_covers_every_subject_and_method(demo):
    ws, _ = demo
    assert 9 <= count(ws, "checks") <= 12
    assert count(ws, "(SELECT DISTINCT subject_id FROM checks)") == 3
    assert values(ws, "SELECT method FROM checks") >= {
        "visit", "call", "request", "test_purchase", "web_check"}
    assert values(ws, "SELECT status FROM checks") == {"draft", "submitted", "approved",
                                                       "returned"}
    assert count(ws, "checks c WHERE status IN ('approved', 'returned') AND NOT EXISTS"
                     " (SELECT 1 FROM check_reviews WHERE check_id = c.id)") == 0
    assert count(ws, "answers WHERE not_applicable = 1") >= 1
    assert count(ws, "answers WHERE comment <> ''") >= 10
    assert count(ws, "checks WHERE started_at IS NULL OR finished_at <= started_at") == 0


def test_findings_of_every_kind_are_traced_to_checks_and_actions(demo):
    ws, _ = demo
    assert values(ws, "SELECT kind FROM findings") == {
        "failure", "weak_spot", "strength", "best_practice_comfort", "best_practice_wow"}
    assert count(ws, "findings f WHERE NOT EXISTS"
                     " (SELECT 1 FROM finding_sources WHERE finding_id = f.id)") == 0
    assert count(ws, "findings WHERE kind = 'failure' AND root_cause = ''") == 0
    assert count(ws, "evidence_links WHERE finding_id IS NOT NULL") >= 5
    overdue = count(ws, "actions WHERE due_date < ? AND status IN ('open', 'in_progress')",
                    date(2026, 11, 22).isoformat())
    assert overdue >= 2
    assert count(ws, "action_links WHERE finding_id IS NOT NULL") >= 5
    assert count(ws, "problems") >= 2 and count(ws, "incidents") >= 3
    assert count(ws, "employees") >= 3 and count(ws, "employee_assessments") >= 3
    assert count(ws, "trainings") >= 1


def test_feedback_has_a_realistic_mix_with_detractors(demo):
    ws, _ = demo
    assert 100 <= count(ws, "feedback") <= 140
    assert count(ws, "feedback WHERE score <= 6") >= 10
    assert count(ws, "feedback WHERE score >= 9") >= 30
    assert count(ws, "feedback WHERE ces IS NOT NULL") >= 20
    assert values(ws, "SELECT sampling FROM feedback_samples") >= {"random", "self_selected"}


def test_photos_are_distinct_upright_scenes_with_varied_exif(demo):
    ws, engagement = demo
    assert 15 <= count(ws, "photos") <= 25
    assert values(ws, "SELECT orientation FROM photos") == set(range(1, 9))
    assert count(ws, "photos WHERE captured_at IS NULL") >= 1
    assert count(ws, "photos WHERE gps_lat IS NOT NULL") >= 3
    assert count(ws, "photos WHERE camera <> ''") >= 10
    assert count(ws, "photos WHERE width * height BETWEEN 1800000 AND 2000000") == count(
        ws, "photos")
    assert count(ws, "evidence_links WHERE check_id IS NOT NULL AND criterion_id IS NOT NULL"
                 ) >= 10
    for sha, data in ws.rows("SELECT sha256, data FROM blobs"):
        assert hashlib.sha256(data).hexdigest() == sha
    # what a viewer shows after applying the orientation is what the print copy shows
    for photo_id, sha in ws.rows("SELECT id, sha256 FROM photos WHERE orientation IN (5, 8)"):
        data = ws.scalar("SELECT data FROM blobs WHERE sha256 = ?", (sha,))
        upright = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
        printed = Image.open(io.BytesIO(ws.scalar(
            "SELECT data FROM photo_derivatives WHERE photo_id = ? AND kind = 'print'",
            (photo_id,))))
        assert upright.size == printed.size


def test_the_workspace_is_consistent(demo):
    ws, _ = demo
    assert ws.rows("PRAGMA foreign_key_check") == []
    assert ws.scalar("PRAGMA integrity_check") == "ok"


def _signature(ws: Workspace) -> dict[str, list]:
    def rows(sql: str) -> list[tuple]:
        return [tuple(r) for r in ws.rows(sql)]
    return {
        "names": rows("SELECT name FROM subjects UNION ALL SELECT name FROM locations"
                      " UNION ALL SELECT name FROM touchpoints UNION ALL SELECT text FROM criteria"),
        "checks": rows("SELECT method, auditor, started_at, finished_at, status, scenario"
                       " FROM checks ORDER BY rowid"),
        "answers": rows("SELECT c.text, a.not_applicable, a.value_number, a.value_text,"
                        " ch.label, a.comment FROM answers a JOIN criteria c"
                        " ON c.id = a.criterion_id LEFT JOIN criterion_choices ch"
                        " ON ch.id = a.choice_id ORDER BY a.rowid"),
        "photos": rows("SELECT sha256, file_name, captured_at, orientation, gps_lat FROM photos"
                       " ORDER BY rowid"),
        "derivatives": rows("SELECT kind, hex(substr(data, 1, 64)), length(data)"
                            " FROM photo_derivatives ORDER BY rowid"),
        "findings": rows("SELECT kind, title FROM findings ORDER BY rowid"),
        "feedback": rows("SELECT score, ces, comment, responded_on FROM feedback ORDER BY rowid"),
    }


def test_two_builds_give_the_same_demo(demo, demo_again):
    first, second = _signature(demo[0]), _signature(demo_again[0])
    for part in first:
        assert first[part] == second[part], part
    assert demo[1] != demo_again[1]  # only the ids differ


def test_scale_grows_checks_answers_and_photos_but_not_the_setting(demo, demo_x3):
    small, large = demo[0], demo_x3[0]
    for table in ("checks", "answers", "photos"):
        ratio = count(large, table) / count(small, table)
        assert 2.4 <= ratio <= 3.6, (table, ratio)
    for table in ("subjects", "locations", "stages", "touchpoints", "criteria"):
        assert count(large, table) == count(small, table), table
    assert large.rows("PRAGMA foreign_key_check") == []
    assert values(large, "SELECT orientation FROM photos") == set(range(1, 9))


def test_photos_drawn_in_worker_processes_are_the_same_bytes():
    specs = [scenes.PhotoSpec(scene, 100 + i, "own", i % 2 == 1, scene in scenes.PORTRAIT_SCENES,
                              i % 8 + 1, None, "Apple", "iPhone 13", "", None, f"{i}.jpg")
             for i, scene in enumerate(["showroom", "price_tag", "website"])]
    serial = [p.data for p in photos.produce(specs, workers=0)]
    pooled = [p.data for p in photos.produce(specs, workers=2, threshold=1)]
    assert serial == pooled
    assert len(set(serial)) == 3


@pytest.mark.parametrize("scale", [0, -1, 1.5, "2", True])
def test_a_scale_that_is_not_a_whole_number_from_1_is_refused(tmp_path, scale):
    with Workspace.open(tmp_path / "w.cxd", create=True) as ws:
        with pytest.raises(InvalidValue):
            build_demo(ws, scale=scale)
        assert ws.scalar("SELECT count(*) FROM engagements") == 0


def test_the_answers_behind_findings_agree_with_the_scoring_rules(demo):
    ws, _ = demo
    rows = ws.rows(
        "SELECT f.kind, cr.answer_type, cr.threshold, cr.direction, a.value_number,"
        " a.not_applicable, ch.points, (SELECT max(points) FROM criterion_choices"
        " WHERE criterion_id = cr.id) AS best"
        " FROM finding_sources s JOIN findings f ON f.id = s.finding_id"
        " JOIN answers a ON a.id = s.answer_id JOIN criteria cr ON cr.id = a.criterion_id"
        " LEFT JOIN criterion_choices ch ON ch.id = a.choice_id")
    assert len(rows) >= len(values(ws, "SELECT id FROM findings"))
    for kind, answer_type, threshold, direction, value, na, points, best in rows:
        score = scoring.answer_score(answer_type, value=value, not_applicable=bool(na),
                                     threshold=threshold, direction=direction, points=points,
                                     best_points=best)
        assert score is not None
        assert (score < scoring.FAIL_BELOW) == (kind in ("failure", "weak_spot")), kind
