""""Between {low} and {high} … Above {high} the plan is …": a range whose far side is another plan, said without a gap.

bank_care read "Between 1.95M and 2M monthly users the plan swaps the native app for a Mini Program. … Above 2.01M the
plan is Mini Program + WeCom + Native app.": the far end rounded into the range, the point past it onto the next plan's
side, each claim true and 2M to 2.01M left unsaid (the plan changes at 2,004,854 users; a client who types 2,003,000
could not tell the plan from the sentence). The far end is now found to a typed step and written to as many figures as
that needs (flips._end_written), and the plan past it is said past that same figure: up to the far end as written the
range's plan, a typed step past it the plan named.
"""

import math
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.engine.scenario_strategies import scenarios
from tests.engine.test_flip_only_there import FIGURE, SCALE, _alternates, _ends, _step, moved_presets
from wxdesk.batch.language import words
from wxdesk.engine import Scenario, load_datapack, load_preset
from wxdesk.engine.evaluator import best_plan
from wxdesk.engine.flips import (FIELDS, FLIP_UNTIL_ABOVE, FLIP_UNTIL_BELOW, FLIP_UNTIL_OVER_BUDGET, GRIDS,
                                  flip_points)
from wxdesk.words.words import Words

PACK = load_datapack()
BANK_CARE = load_preset("bank_care")
# bank_care with three times its budget and audience: a budget range below, whose far end is the lower one.
BANK_CARE_LARGER = BANK_CARE.with_changes(budget_cny=15_000_000, audience=4_500_000)
BANK_CARE_SMALL_BUDGET = BANK_CARE.with_changes(budget_cny=500_000)
# A generated one-person business whose range ends at the template's limit, past which another plan wins.
INDIVIDUAL = Scenario().with_changes(
    budget_cny=8615382.862708293, interaction_minutes=0.3950901012815036, audience=3576.7144901490487,
    china_share=0.12175727480180054, pushes_per_month=6.180532177606867, goals=["relationship"], needs=[],
    horizon_years=3, entity="individual", paid_share=0.9980576600610257)


def _first_figure(text: str) -> float:
    number, suffix = FIGURE.findall(text)[0]
    return float(number.replace(",", "")) * SCALE[suffix]


def _check(scenario, field, words):
    """The sentences of a range past whose far end another plan wins, read as a client reads them, checked against the
    ranking at the values a client types: the range's plan at its far end as written (and a typed step short of it),
    and the named plan a typed step past the figure after "Above" / "Below", which is the far end's."""
    point = flip_points(scenario, PACK, [field])[field]
    if point is None or point.until is None or point.back:
        return None
    text = words.reason(point.reason)
    # (The sentence past the range is the last; a plan's name it repeats may be said shorter there.)
    past = words.reason(point.until_why)
    opening = "Above " if point.direction == "above" else "Below "
    assert past.startswith(opening) and text.count(opening) >= 1, (text, past)
    past = text[text.rindex(opening):]
    low, high = _ends(text)
    above = point.direction == "above"
    near, far = (low, high) if above else (high, low)
    # The two sentences meet at one figure: none between them unsaid, none said of both.
    assert _first_figure(past) == far, (text, far)
    after = tuple(point.until_why.params["plan"])
    assert after not in (point.winner, point.current_winner), text
    rate = words.cny_per_unit if field == "budget_cny" else 1.0

    def plan_at(value: float) -> tuple[str, ...]:
        return best_plan(replace(scenario, **{field: value * rate}), PACK)

    outward = _step(field, far) if above else -_step(field, far)
    inward = _step(field, near) if above else -_step(field, near)
    if _alternates(plan_at, sorted([far + k * outward for k in range(-3, 4)]
                                   + [point.until_kept / rate, point.until / rate])):
        return None
    assert plan_at(near + inward) == point.winner, (text, near)
    assert plan_at(far - outward) == point.winner, (text, far)
    assert plan_at(far) == point.winner, (text, far)
    assert plan_at(far + outward) == after, (text, far, far + outward)
    # How far the plan named holds, as the sentence says it: up to (or down to) the figure after the far end, or over
    # the rest of every value the search tries.
    figures = FIGURE.findall(past)
    if "end" in point.until_why.params:
        number, suffix = figures[-1]
        end = float(number.replace(",", "")) * SCALE[suffix]
        assert (end > far) if above else (end < far), (text, far, end)
        assert plan_at(end) == after, (text, end)
        assert plan_at(math.sqrt(end * far)) == after, (text, far, end)
        if field == "audience" and type(point.until_why.params["end"]) is int:
            # Written to the person, as its start is: the plan gives way a person past it ("up to 3,940,000" read as
            # exact where the plan held on to 3,948,565).
            assert plan_at(end + (1 if above else -1)) != after, (text, end)
    elif point.until_why.template in (FLIP_UNTIL_ABOVE, FLIP_UNTIL_BELOW, FLIP_UNTIL_OVER_BUDGET):
        grid = GRIDS[field][GRIDS[field] > 0]
        extreme = float(grid.max() if above else grid.min())
        assert best_plan(replace(scenario, **{field: extreme}), PACK) == after, (text, extreme)
    return text


@pytest.mark.parametrize(("scenario", "field", "range_", "then"), [
    (BANK_CARE, "audience", "Between 1,967,184 and 4,039,452 monthly users the plan adds a Mini Program.",
     "Above 4,039,452 the new plan's likely first year, ¥5.28M, is beyond your budget of ¥5M: the plan is then Mini "
     "Program + WeCom, up to 5,747,558."),
    (BANK_CARE_LARGER, "budget_cny", "With a budget between ¥5,462,255 and ¥10,721,988 the plan adds a Mini Program.",
     "Below ¥5,462,255 the plan is Mini Program + WeCom."),
    (BANK_CARE_SMALL_BUDGET, "interaction_minutes", "Between 6.06 and 8.62 minutes per session the plan swaps the "
                                                    "Mini Program for a Service Account.",
     "Above 8.62 the plan is Mini Program + WeCom + Native app."),
    # (The far end at the template's limit: the limit itself, written in full as it is everywhere.)
    (INDIVIDUAL, "audience", "Between 8,992 and 20,000 monthly users the plan adds an Official Account",
     "Above 20,000, up to 294,443, the plan is Native app."),
])
def test_the_plan_named_past_a_range_starts_a_typed_step_past_its_far_end(scenario, field, range_, then):
    text = _check(scenario, field, Words(pack=PACK))
    assert text is not None and text.startswith(range_) and text.endswith(then), text


def test_bank_cares_range_reads_one_figure_for_its_far_end_in_chinese():
    point = flip_points(BANK_CARE, PACK, ["audience"])["audience"]
    text = words("zh_CN").reason(point.reason)
    assert text.startswith("月活用户在 1,967,184 至 4,039,452 之间时"), text
    assert text.endswith("超过 4,039,452 时，新方案首年预计 ¥528万，超出您的预算（¥500万），"
                         "推荐方案变为小程序 + 企业微信，直至 5,747,558。"), text


def test_a_far_end_at_the_templates_limit_is_the_limit():
    """Rented up to 20,000 users: the range's plan holds at 20,000 and the other plan wins from 20,001."""
    point = flip_points(INDIVIDUAL, PACK, ["audience"])["audience"]
    assert point is not None and not point.back and point.until_at_limit
    assert (point.until_kept, point.until) == (PACK.likely("mp_template_max_users"),
                                               PACK.likely("mp_template_max_users") + 1)


@pytest.mark.parametrize("field", FIELDS)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=st.one_of(scenarios, moved_presets), currency=st.sampled_from(["CNY", "USD", "EUR"]))
@example(scenario=BANK_CARE, currency="CNY")
@example(scenario=BANK_CARE_LARGER, currency="USD")
@example(scenario=BANK_CARE_SMALL_BUDGET, currency="EUR")
@example(scenario=INDIVIDUAL, currency="CNY")
def test_a_range_and_the_plan_past_it_leave_no_typed_value_unsaid(field, scenario, currency):
    """Any range past which another plan wins: its plan at its far end as written, the plan named a typed step past
    the same figure (a budget's in the reader's currency, converted back to yuan)."""
    _check(scenario, field, Words.make("en", currency, PACK))
