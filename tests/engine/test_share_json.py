"""A share in the JSON holds at least what its sentence writes: "covers only 0.0047% of the plan's likely first-year
cost" stood beside "share": 0.0 (shares were rounded to four decimals), which a tool read as none, and "0.023%"
beside 0.0002."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.reasons import share_json

PACK = load_datapack()


@given(st.floats(min_value=1e-12, max_value=1.0))
def test_a_share_keeps_four_figures_below_one_percent(value):
    held = share_json(value)
    assert held > 0
    if value < 0.01:
        assert abs(held - value) <= 5e-4 * value
    else:
        assert abs(held - value) <= 5e-5


@pytest.mark.parametrize(("budget", "shown"), [(10, "0.00098%"), (1_000_000, "0.016%")])
def test_the_budgets_share_in_the_json_is_the_sentences(budget, shown):
    """car_brand on ¥10, and on ¥1M with 2 billion users: the JSON's share, and its own text beside it (which read
    "covers only 0%")."""
    scenario = load_preset("car_brand").with_changes(budget_cny=budget)
    if budget > 10:
        scenario = scenario.with_changes(audience=2_000_000_000)
    evaluation = evaluate(scenario, PACK)
    said = [r for r in json.loads(json.dumps(evaluation.to_dict()))["plan"]["reasons"] if "share" in r["params"]]
    assert said and all(r["params"]["share"] > 0 for r in said), said
    assert all(f"covers only {shown} of" in r["text"] for r in said), said
    assert all(f"{r['params']['share'] * 100:.2g}%" == shown for r in said), said
