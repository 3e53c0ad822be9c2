"""Comparing scenarios without Qt: the differing inputs, fits, best setups and app-or-Mini-Program."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def test_columns_of_one_name_are_told_apart_by_where_they_come_from():
    """In words a client reads, enclosed as the reader's language encloses them; alike in both, numbered."""
    assert unique_labels(["Bank", "Bank"], ["This window", "Example"]) == ("Bank (This window)", "Bank (Example)")
    assert unique_labels(["银行", "银行", "银行"], ["当前窗口", "示例", "示例"], ("（", "）")) == (
        "银行（当前窗口）", "银行（示例 1）", "银行（示例 2）")
    assert unique_labels(["Bank", "Shop"], ["This window", "Example"]) == ("Bank", "Shop")


_WORD = st.text(alphabet="abcxyz", min_size=1, max_size=3)


@given(st.lists(st.tuples(_WORD, st.sampled_from(["This window", "Example", "a.json", "b.json"])),
                min_size=2, max_size=4))
def test_headings_are_unique_and_start_with_their_names(columns):
    names, sources = [n for n, _ in columns], [s for _, s in columns]
    labels = unique_labels(names, sources)
    assert len(set(labels)) == len(labels)
    assert all(label.startswith(name) for label, name in zip(labels, names))
    # A name no other column has is its heading alone.
    assert all(label == name for label, name in zip(labels, names) if names.count(name) == 1)
