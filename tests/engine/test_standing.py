"""Where a presence stands: one rule, the same answer as the evaluation's own plan and eligibility."""

from hypothesis import HealthCheck, given, settings

from scenario_strategies import scenarios
from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine.standing import IN_PLAN, NOT_OPEN, OPEN, REACHES_NONE, standing
from wxdesk.words import Words

PACK = load_datapack()
WECHAT = ("service", "subscription", "mini_program", "wecom", "channels")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_each_presence_stands_where_the_plan_and_its_eligibility_put_it(scenario):
    evaluation = evaluate(scenario, PACK)
    w = Words.make("en", "CNY", PACK)
    for presence in evaluation.presences:
        where = standing(presence.eligible, presence.in_plan, scenario)
        assert (where == IN_PLAN) == (presence.id in evaluation.plan.presences)
        assert (where == OPEN) == (presence.eligible and not presence.in_plan)
        if where == REACHES_NONE:
            # No audience on WeChat: that is why a WeChat presence is closed, whatever the entity.
            assert scenario.china_share <= 0 and not presence.eligible
        if scenario.china_share <= 0 and presence.id in WECHAT:
            assert where == REACHES_NONE
        if where == NOT_OPEN:
            # The handout, the text and the panel name the business's entity as the reason.
            assert w.presence_status(presence, scenario) == f"Not open to {w.term(scenario.entity)}"
