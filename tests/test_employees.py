"""Employees by code, assessment results by area, the training register and calendar, and
the conclusions per area."""

from __future__ import annotations

import pytest

from cxdesk import employees, engagements, records
from cxdesk.errors import InvalidValue


@pytest.fixture
def staff(ws, built):
    eid = built.engagement_id
    a = employees.add_employee(ws, eid, code="LEN-01", role="Receptionist",
                               subject_id=built.own_id, location_id=built.location_id)
    b = employees.add_employee(ws, eid, code="LEN-02", name="Ivan P.", role="Sales")
    return eid, a, b


def test_employees_need_a_unique_code_but_no_name(ws, staff) -> None:
    eid, a, _ = staff
    with pytest.raises(InvalidValue):
        employees.add_employee(ws, eid, code="len-01")
    with pytest.raises(InvalidValue):
        employees.add_employee(ws, eid, code=" ")
    assert [e.label for e in employees.list_employees(ws, eid)] == ["LEN-02 · Ivan P.", "LEN-01"]
    employees.update_employee(ws, a, code="LEN-01")  # its own code is no clash


def test_results_by_area_average_each_employee_first(ws, staff) -> None:
    eid, a, b = staff
    employees.add_assessment(ws, a, area="product_knowledge", score=6, max_score=10)
    employees.add_assessment(ws, a, area="product_knowledge", score=8, max_score=10)
    employees.add_assessment(ws, b, area="product_knowledge", score=45, max_score=50)
    employees.add_assessment(ws, b, area="engagement", score=3, max_score=5,
                             notes="survey")
    with pytest.raises(InvalidValue):
        employees.add_assessment(ws, a, area="product_knowledge", score=11, max_score=10)
    with pytest.raises(InvalidValue):
        employees.add_assessment(ws, a, area="charisma", score=1)
    people = {e.code: e for e in employees.list_employees(ws, eid)}
    assert people["LEN-01"].results == {"product_knowledge": pytest.approx(70.0)}
    results = {r.area: r for r in employees.area_results(ws, eid)}
    product = results["product_knowledge"]
    assert (product.mean, product.employees, product.lowest, product.highest) == (
        pytest.approx(80.0), 2, pytest.approx(70.0), pytest.approx(90.0))
    assert results["engagement"].mean == pytest.approx(60.0)
    assert results["customer_orientation"].mean is None


def test_training_register_last_training_and_calendar(ws, staff) -> None:
    eid, a, b = staff
    employees.add_training(ws, eid, topic="Greeting standards", held_on="2026-09-15",
                           participant_ids=[a, b])
    later = employees.add_training(ws, eid, topic="Product 2027", held_on="2026-10-20",
                                   participant_ids=[b])
    employees.add_training(ws, eid, topic="Complaints", held_on="2026-10-02")
    people = {e.code: e for e in employees.list_employees(ws, eid)}
    assert (people["LEN-01"].last_training_on, people["LEN-01"].trainings) == ("2026-09-15", 1)
    assert (people["LEN-02"].last_training, people["LEN-02"].trainings) == ("Product 2027", 2)
    calendar = employees.training_calendar(ws, eid)
    assert [(month, [t.topic for t in rows]) for month, rows in calendar] == [
        ("2026-09", ["Greeting standards"]), ("2026-10", ["Complaints", "Product 2027"])]
    before = employees.set_participants(ws, later, [a])
    assert before == (b,)
    assert [t.participants for t in employees.list_trainings(ws, eid)
            if t.id == later] == [("LEN-01",)]
    removal = employees.remove_employee(ws, a)
    assert removal.count("training_participants") == 2
    records.restore(ws, removal)
    assert {e.code for e in employees.list_employees(ws, eid)} == {"LEN-01", "LEN-02"}


def test_conclusions_per_area_one_text_each(ws, built) -> None:
    eid = built.engagement_id
    assert set(employees.conclusions(ws, eid)) == set(employees.CONCLUSION_AREAS)
    assert employees.set_conclusion(ws, eid, "training", "No refresher since spring") == ""
    assert employees.set_conclusion(ws, eid, "training", "Quarterly refreshers") == (
        "No refresher since spring")
    assert employees.conclusions(ws, eid)["training"] == "Quarterly refreshers"
    assert ws.scalar("SELECT count(*) FROM conclusions WHERE area = 'training'") == 1
    with pytest.raises(InvalidValue):
        employees.set_conclusion(ws, eid, "astrology", "x")
    other = engagements.create_engagement(ws, name="Other")
    assert employees.conclusions(ws, other.id)["training"] == ""


def test_results_come_from_a_check_made_with_the_employee_template(ws, built, staff) -> None:
    from cxdesk import records as rec
    from cxdesk.employee_checks import area_of_section, results_from_check

    assert area_of_section("Клиентоориентированность: кейсы") == "customer_orientation"
    assert area_of_section("Knowledge of standards") == "standards_knowledge"
    assert area_of_section("Appearance") is None
    eid, a, _ = staff
    template = ws.scalar("SELECT id FROM templates")
    check = built.check_ids[built.own_id][0]
    for section, values in (("Знание продукта", (1, 0, 1, 1)),
                            ("Customer orientation: cases", (1, 1))):
        for position, value in enumerate(values):
            criterion = rec.insert(ws, "criteria", {"template_id": template, "section": section,
                                                    "text": f"{section} {position}",
                                                    "position": 10 + position})
            rec.insert(ws, "answers", {"check_id": check, "criterion_id": criterion,
                                       "value_number": value})
    ids = results_from_check(ws, a, check)
    assert len(ids) == 2
    results = {r.area: (r.score, r.max_score, r.check_id)
               for r in employees.list_assessments(ws, eid)}
    assert results == {"product_knowledge": (7.5, 10.0, check),
                       "customer_orientation": (10.0, 10.0, check)}
    with pytest.raises(InvalidValue):  # a check without such sections
        results_from_check(ws, a, built.check_ids[built.competitor_ids[0]][0])
