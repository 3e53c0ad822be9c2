"""An alternative's points for its cost are written as the scores beside them are.

news_publisher's second plan, an Official Account with a native app, read "Its likely first-year cost is 2.1 times the
plan's: 1.1 more points off its score for its cost." while the card of the same plan beside the chart read "less 5
points for running 2 presences, 1 for its first-year cost and 34 for a first year beyond your budget": one number
written two ways on one screen. Both now read 1, as the scores (44, 29, 27) are whole; to a tenth only where the
scores' decimals would read 0.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings

from tests.engine.scenario_strategies import scenarios
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R

PACK = load_datapack()
COST_LINES = (R.WHY_NOT_COST, R.WHY_NOT_COST_FROM)


def _cost_points(plan):
    return [r.params["points"] for r in plan.why_not if r.template in COST_LINES]


def test_news_publishers_second_plan_reads_its_cost_points_as_its_card_does():
    evaluation = evaluate(load_preset("news_publisher"), PACK)
    second = evaluation.alternatives[1]
    assert second.presences == ("subscription", "native_app")
    card = evaluation.app_or_mini_program.score_reasons["native_app"]
    assert _cost_points(second) == [card.params["cost_points"]] == [1]


def _decimals(points) -> int:
    return max(0, -Decimal(str(points)).normalize().as_tuple().exponent)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_cost_points_have_the_scores_decimals_unless_those_would_read_nothing(scenario):
    evaluation = evaluate(scenario, PACK)
    digits = evaluation.score_digits
    for plan in evaluation.alternatives:
        for points in _cost_points(plan):
            assert float(points) > 0
            if round(float(points) * 10 ** digits) > 0:
                assert _decimals(points) <= digits, (points, digits)
            else:  # a tenth of a point, rather than "0 more points"
                assert _decimals(points) == 1, points
