"""Comparing scenarios without Qt: the differing inputs, fits, best setups and app-or-Mini-Program."""

import pytest

from wxdesk.engine import Scenario, ScenarioError, evaluate, load_preset
from wxdesk.engine.compare import FIELD_LABELS, compare, unique_labels
from wxdesk.engine.scenario import FIELD_NAMES


def test_the_differing_fields_are_exactly_those_changed(pack):
    base = Scenario()
    other = base.with_changes(budget_cny=2_000_000, goals=["news", "sell"])
    comparison = compare([base, other], pack)
    assert comparison.differing_fields == ("budget_cny", "goals")
    row = next(r for r in comparison.fields if r.field == "goals")
    assert row.values == (("sell",), ("news", "sell"))


def test_identical_scenarios_differ_nowhere(pack):
    comparison = compare([load_preset("car_brand")] * 3, pack)
    assert comparison.differing_fields == ()
    assert not any(row.differs for row in comparison.presences)
    assert comparison.to_dict()["same_plan"]


def test_results_are_those_of_evaluate(pack):
    scenarios = [load_preset("car_brand"), load_preset("yoga_teacher"), load_preset("factory_staff")]
    comparison = compare(scenarios, pack)
    for scenario, evaluation in zip(scenarios, comparison.evaluations):
        expected = evaluate(scenario, pack)
        assert evaluation.plan.presences == expected.plan.presences
        assert evaluation.to_dict() == expected.to_dict()
    service = next(r for r in comparison.presences if r.presence == "service")
    assert service.eligible == tuple(evaluate(s, pack).presence("service").eligible for s in scenarios)
    # An individual (the yoga teacher) may not open a Service Account; a company may.
    assert service.eligible[0] and not service.eligible[1]
    assert service.differs


def test_json_shape(pack):
    data = compare([load_preset("car_brand"), load_preset("yoga_teacher")], pack).to_dict()
    assert [s["name"] for s in data["scenarios"]] == [load_preset("car_brand").name, load_preset("yoga_teacher").name]
    fields = {d["field"]: d["values"] for d in data["differing_fields"]}
    assert fields["entity"] == ["company", "individual"]
    assert isinstance(fields["goals"][0], list)
    plan = data["scenarios"][0]["plan"]
    assert set(plan["cost_cny"]) == {"low", "likely", "high"} and plan["presences"]
    assert {p["id"] for p in data["scenarios"][0]["presences"] if p["in_plan"]} == set(plan["presences"])
    assert not data["same_plan"]


@pytest.mark.parametrize("count", [0, 1, 5])
def test_two_to_four_scenarios(pack, count):
    with pytest.raises(ScenarioError, match="2 to 4"):
        compare([Scenario()] * count, pack)


def test_labels_tell_equal_names_apart():
    assert unique_labels(["A", "B"]) == ("A", "B")
    assert unique_labels(["A", "A"], ["a1", "a2"]) == ("A (a1)", "A (a2)")
    assert unique_labels(["A", "A"]) == ("A (1)", "A (2)")
    assert unique_labels(["", "B"]) == ("Scenario 1", "B")


def test_every_field_has_a_label():
    assert set(FIELD_LABELS) == set(FIELD_NAMES)
