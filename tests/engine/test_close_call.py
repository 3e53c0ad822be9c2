"""A next best plan nearer the plan than the model can tell apart is called a close call (issue 10: one answer a
client can trust).

fitness_coaching's WeCom + Native app at 66.8 and Service Account + Native app at 66.5 read as a clear win: the
weights a score is made of are judgements in whole points. An alternative less than the pack's close_call_points
below the plan now says so in its score line, in every view (they all render its why-not lines), and its JSON has
"close_call".
"""

from __future__ import annotations

from hypothesis import given, settings

from tests.engine.scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.words.words import Words

PACK = load_datapack()
CLOSE = PACK.likely("close_call_points")
# car_brand's owners spending 8 minutes a session: Channels and its app (69.5) lead the Mini Program beside them
# (69.1), a close call, and the Official Account, Mini Program and Channels (68.3) by more. (car_brand as it is was
# the example, its Channels + Native app 69.7 against the plan's 70.4, only while its app's users won through ads
# were priced at WeChat's rate: now that they install the app they are priced as installs, costs.wechat_door, and
# that plan reads 69.0.)
CAR_CLOSE = {"interaction_minutes": 8}


def _check(ev) -> None:
    for alt in ev.alternatives:
        gap = ev.plan.score - alt.score
        first = alt.why_not[0].template
        # Apart as written (what a client can check), by less than the pack's points.
        written = round(ev.plan.score, ev.score_digits) - round(alt.score, ev.score_digits)
        near = gap >= 1e-6 and 0 < written < CLOSE - 1e-9 and not (alt.score == ev.plan.score == 0)
        assert (first == R.WHY_NOT_CLOSE) == near, (alt.presences, gap, first)
        # A close call is a lower score said with its cause, never a tie ranked by cost.
        assert alt.close_call == (first in (R.WHY_NOT_CLOSE, R.WHY_NOT_HAIR))
        # Said as a note, never as a point against it (the views mark a negative impact with a ✗ or a minus).
        assert not alt.close_call or alt.why_not[0].impact == 0
        assert alt.to_dict(str)["close_call"] == alt.close_call
        if written >= CLOSE:
            assert not alt.close_call


@settings(max_examples=60, deadline=None)
@given(scenarios)
def test_an_alternative_is_a_close_call_exactly_when_it_scores_less_than_the_packs_points_below_the_plan(scenario):
    _check(evaluate(scenario, PACK))


def test_car_brands_next_best_is_a_close_call_and_its_third_is_not():
    ev = evaluate(load_preset("car_brand").with_changes(**CAR_CLOSE), PACK)
    next_best, third = ev.alternatives
    assert 0 < ev.plan.score - next_best.score < CLOSE <= ev.plan.score - third.score
    assert next_best.close_call and not third.close_call
    line = Words().reason(next_best.why_not[0])
    assert line.startswith("Scores 69.2 against the plan's 69.5: a close call"), line
    # The rest of its lines still say what separates them.
    assert len(next_best.why_not) > 1


def test_the_packs_figure_decides_what_is_a_close_call():
    scenario = load_preset("car_brand").with_changes(**CAR_CLOSE)
    assert evaluate(scenario, PACK).alternatives[0].close_call
    strict = evaluate(scenario.with_changes(overrides={"close_call_points": 0.1}), PACK)
    assert not strict.alternatives[0].close_call
    assert strict.alternatives[0].why_not[0].template == R.WHY_NOT_LOWER
    loose = evaluate(scenario.with_changes(overrides={"close_call_points": 5}), PACK)
    assert [alt.close_call for alt in loose.alternatives] == [True, True]


def test_food_orderings_alternatives_are_no_close_call():
    ev = evaluate(load_preset("food_ordering"), PACK)
    assert not any(alt.close_call for alt in ev.alternatives)
    assert all("close call" not in Words().reason(r) for alt in ev.alternatives for r in alt.why_not)


def test_a_close_call_that_costs_less_says_it_is_the_one_to_choose_where_cost_weighs_most():
    """bank_care at 4.5-minute sessions: the next best, Mini Program + WeCom at 72.3 against 72.6, costs ¥6.96M less
    over 5 years. (Found at 4.4 minutes, 72.5 against 73.1 and ¥1.71M less, where it said that this "does not make up
    the gap" right under "nearer than the model's estimates can tell apart". Since the plan's app, which serves the
    customers and takes their payments, has its users won through ads priced as installs (costs.wechat_door), the
    plan costs more, and at 4.4 minutes the Mini Program + WeCom is the plan itself.)"""
    ev = evaluate(load_preset("bank_care").with_changes(interaction_minutes=4.5), PACK)
    alt = ev.alternatives[0]
    assert alt.close_call and alt.total.likely < 0.9 * ev.plan.total.likely
    lines = [Words().reason(r) for r in alt.why_not]
    assert any("where cost weighs most with you, it is the one to choose" in line for line in lines), lines
    assert not any("does not make up the gap" in line for line in lines)
