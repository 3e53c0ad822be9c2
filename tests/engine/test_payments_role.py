"""The plan's payments go to the member that sells, where it can take them.

Taking payments is met or not (every presence that can take WeChat Pay scores alike on it), so the member
listed first took the need, whatever it was for: food_ordering's Service Account read "taking payments" while
its Mini Program read "serving customers and selling", though a table's QR order is paid in the Mini Program.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.datapack import GOALS, NEEDS
from wxdesk.engine.fit import can_meet

PACK = load_datapack()


def _check(scenario) -> None:
    plan = evaluate(scenario, PACK).plan
    roles = plan.roles
    payer = next((m for m, duties in roles.items() if "need:payments" in duties), None)
    seller = next((m for m, duties in roles.items() if "goal:sell" in duties), None)
    if payer is None or seller is None:
        return
    if can_meet(seller, "payments", scenario, PACK):
        assert payer == seller, (plan.presences, roles)


def test_food_orderings_mini_program_takes_the_payments_it_sells_for():
    roles = evaluate(load_preset("food_ordering"), PACK).plan.roles
    assert "need:payments" in roles["mini_program"] and "need:payments" not in roles["service"]
    _check(load_preset("food_ordering"))


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(preset_ids()), st.floats(1e3, 1e8), st.floats(1e3, 1e8), st.floats(0, 40),
       st.lists(st.sampled_from(GOALS), unique=True), st.lists(st.sampled_from(NEEDS), max_size=1, unique=True))
def test_the_member_that_sells_takes_the_payments_where_it_can(preset, budget, audience, pushes, goals, needs):
    # The examples' businesses moved about, selling and taking payments: plans of WeChat presences that sell, as
    # a business's are, rather than the native app alone that most scenarios of extreme values get.
    scenario = load_preset(preset).with_changes(
        budget_cny=budget, audience=audience, pushes_per_month=pushes,
        goals=["sell", *(g for g in goals if g != "sell")], needs=["payments", *(n for n in needs if n != "payments")])
    _check(scenario)
