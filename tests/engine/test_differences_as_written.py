"""A difference of two amounts reads as the difference of the two amounts written beside it.

news_publisher's third plan read "It costs ¥797k less over 3 years" under the plan's ¥1.71M and its own ¥908k: a
client subtracts and finds ¥802k. bank_care's next best, "¥6.96M less" beside ¥12.7M and ¥5.73M, the same. Every
sentence that gives how much one plan's cost exceeds another's gives it as money.shown_difference does, as the
budget's shortfall already did.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.money import rounded, shown_difference
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
PRESETS = [load_preset(p) for p in preset_ids()]
TOTALS = (R.WHY_NOT_TIE, R.WHY_NOT_TIE_ALIKE, R.WHY_NOT_CHEAPER, R.WHY_NOT_CHEAPER_CLOSE, R.WHY_NOT_TIE_AHEAD,
          R.WHY_NOT_TIE_AHEAD_ALIKE)
AHEAD = (R.WHY_NOT_TIE_AHEAD, R.WHY_NOT_TIE_AHEAD_ALIKE)
FIRST_YEAR = (R.WHY_NOT_TIE_AHEAD_FIRST_YEAR, R.WHY_NOT_TIE_AHEAD_FIRST_YEAR_ALIKE)
ALIKE = (R.WHY_NOT_TIE_ALIKE, R.WHY_NOT_TIE_AHEAD_ALIKE, R.WHY_NOT_TIE_AHEAD_FIRST_YEAR_ALIKE)


def _check(scenario) -> int:
    """The count of differences checked."""
    evaluation = evaluate(scenario, PACK, TODAY)
    shown = [evaluation.plan, *evaluation.alternatives]
    by_name = {plan.presences: plan for plan in shown}
    checked = 0
    for index, alt in enumerate(evaluation.alternatives, start=1):
        for reason in alt.why_not:
            if reason.template in TOTALS:
                other = (by_name[tuple(reason.params["plan"])] if reason.template in AHEAD
                         else evaluation.plan)
                a, b = sorted((alt.total.likely, other.total.likely), reverse=True)
            elif reason.template in FIRST_YEAR:
                other = by_name[tuple(reason.params["plan"])]
                a, b = sorted((alt.first_year.likely, other.first_year.likely), reverse=True)
            else:
                continue
            said = float(reason.params["cost"])
            # (The cards' totals and the ranking's may differ in the last bits of a float.)
            assert said == pytest.approx(shown_difference(a, b), rel=1e-9), (index, Words().reason(reason))
            if rounded(a) != rounded(b):  # as written, the two amounts subtract to the difference written
                assert rounded(said) == rounded(float(rounded(a) - rounded(b))), Words().reason(reason)
            # Where they read alike, the sentence says so (fitness_coaching's "¥900 less" under two ¥6.19M).
            assert (reason.template in ALIKE) == (rounded(a) == rounded(b)), Words().reason(reason)
            checked += 1
    return checked


def test_news_publishers_third_plan_costs_the_difference_written():
    evaluation = evaluate(load_preset("news_publisher"), PACK, TODAY)
    w = Words()
    third = evaluation.alternatives[1]
    note = next(r for r in third.why_not if r.template == R.WHY_NOT_CHEAPER)
    plan_total, third_total = w.money(evaluation.plan.total.likely), w.money(third.total.likely)
    assert (plan_total, third_total) == ("¥1.71M", "¥908k")
    assert w.reason(note).startswith("It costs ¥802k less over 3 years"), w.reason(note)


def test_every_preset_writes_its_differences_as_read():
    assert sum(_check(scenario) for scenario in PRESETS) > 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(scenarios, st.sampled_from(PRESETS)))
@example(Scenario(budget_cny=0.0, interaction_minutes=28.0, audience=233088434.0, china_share=0.5, pushes_per_month=0.0,
                  goals=(), needs=("payments", "offline", "hardware"), horizon_years=3, entity="overseas_company",
                  paid_share=0.0))
def test_generated_scenarios_write_their_differences_as_read(scenario):
    _check(scenario)
