"""A presence left out whose addition would make the plan cheaper says so on its card, with both costs.

bank_care's Mini Program read only "adding it would lower the plan's score by 3.1 points; one more presence to run
costs 5 points", where the plan with it cost ¥6.97M over 5 years against ¥12.7M: its users won through ads come in
through WeChat, not as app installs. The score weighs that saving at fewer points than the extra presence takes; a
client weighing the two is now told both. And why, with the figure it lowers (cost_reasons.cost_surprise, the reason
the alternatives' cards give a larger plan that costs less): the card read that it would nearly halve the cost, and
nothing on the page said how one presence more could.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from scenario_strategies import scenarios

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.evaluator import _ranked
from wxdesk.engine.money import yuan_as_written

PACK = load_datapack()
# The sentence, and its forms that say why (each with the part of the cost it lowers).
ADDED_CHEAPER = frozenset({R.NOT_IN_PLAN_ADDED_CHEAPER, *R.ADDED_CHEAPER_AS.values()})


def _check(scenario) -> None:
    evaluation = evaluate(scenario, PACK)
    _, ranked = _ranked(scenario, PACK)
    best = ranked[0]
    for presence in evaluation.presences:
        said = [r for r in presence.reasons if r.template in ADDED_CHEAPER]
        if presence.in_plan or not presence.eligible:
            assert not said
            continue
        with_it = ranked.get(tuple(p for p in PRESENCES if p in best.members or p == presence.id))
        cheaper = with_it is not None and yuan_as_written(with_it.total_likely) < yuan_as_written(best.total_likely)
        assert bool(said) == cheaper, presence.id
        for reason in said:
            assert float(reason.params["cost"]) == pytest.approx(with_it.total_likely, rel=1e-12)  # type: ignore[union-attr]
            assert float(reason.params["plan_cost"]) == evaluation.plan.total.likely
            assert reason.impact > 0  # a point in its favour, listed with the card's ✓
            if reason.template != R.NOT_IN_PLAN_ADDED_CHEAPER:  # the figure it lowers is the lower with it
                assert float(reason.params["alt"]) < float(reason.params["best"])
            for lang in ("en", "zh_CN"):
                written = words(lang).reason(reason)
                assert "{" not in written and "}" not in written


@pytest.mark.parametrize("preset", preset_ids())
def test_every_example_says_where_adding_a_presence_would_cut_the_cost(preset):
    _check(load_preset(preset))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_generated_scenarios_say_it_exactly_where_it_is_so(scenario):
    _check(scenario)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_bank_cares_mini_program_says_the_plan_with_it_costs_about_half(lang):
    evaluation = evaluate(load_preset("bank_care", lang), PACK)
    reasons = evaluation.presence("mini_program").reasons
    assert reasons[0].template.startswith("Not in the plan")
    assert reasons[1].template == R.NOT_IN_PLAN_ADDED_CHEAPER_USERS
    text = words(lang).reason(reasons[1])
    w = words(lang)
    assert w.money(evaluation.plan.total.likely) in text
    with_both = evaluation.app_or_mini_program.variants["both"]  # the same plan, shown on the chart's card
    assert w.money(with_both.total.likely) in text
    # Why: its users won through ads come in through WeChat rather than as app installs.
    assert (round(reasons[1].params["alt"]), round(reasons[1].params["best"])) == (8, 18)
    english = ("Added, it would cut the plan's likely cost over 5 years to ¥7.45M from ¥14.4M, as users won through "
               "ads cost less through WeChat than as app installs (¥7.833 per acquired user with it, ¥18.11 without); "
               "the score counts that saving for fewer points than adding it takes away.")  # (words.unit_prices)
    chinese = ("加入后，方案 5 年预计成本将从 ¥1440万降至 ¥745万，因为通过微信付费获取的用户比应用安装更便宜"
               "（加入后每位付费获客成本 ¥7.833，不加入为 ¥18.11）；但在得分中，这笔节省抵不过加入它所扣的分。")
    assert text == (english if lang == "en" else chinese)
