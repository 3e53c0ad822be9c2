"""A plan of one presence never speaks of the other presences in it: with 1% of its audience on WeChat, a business
selling was given a Service Account alone, "In the plan for what it adds to goals that no presence in the plan
serves well" (itself the only one)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine import reasons as R

PACK = load_datapack()
SELLING_BARELY_ON_WECHAT = Scenario().with_changes(budget_cny=500_000, interaction_minutes=3, audience=50_000,
                                                   china_share=0.01, pushes_per_month=4, goals=["sell"],
                                                   needs=[], paid_share=0.2)


def test_a_sole_presence_serving_goals_weakly_is_not_set_beside_others():
    plan = evaluate(SELLING_BARELY_ON_WECHAT, PACK).plan
    assert plan.presences == ("service",) and plan.weak_goals is not None
    assert plan.role_reason("service").template == R.IN_PLAN_SOLE_WEAK_GOALS


@settings(max_examples=40, deadline=None)
@given(share=st.floats(0.005, 0.2), goals=st.sampled_from([["sell"], ["news"], ["service"], ["sell", "news"]]),
       audience=st.sampled_from([500, 50_000, 2_000_000]))
def test_no_role_of_a_one_presence_plan_names_other_presences_in_it(share, goals, audience):
    plan = evaluate(SELLING_BARELY_ON_WECHAT.with_changes(china_share=share, goals=goals, audience=audience),
                    PACK).plan
    if len(plan.presences) == 1:
        assert plan.role_reason(plan.presences[0]).template not in (R.IN_PLAN_FOR_WEAK_GOALS, R.IN_PLAN_NO_DUTY)
