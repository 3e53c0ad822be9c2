"""A budget flip point written in dollars or euros lies on the new plan's side, as it does in yuan.

The point is rounded away from the scenario's budget in the reader's own currency (flips.WrittenPoint, written by
Words): converted after its rounding in yuan, then rounded to the nearest, "Above $57.1k" could stand below the point,
where the plan is still the plan of now.
"""

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.engine.scenario_strategies import scenarios
from wxdesk.engine import Scenario, load_datapack, load_preset
from wxdesk.engine.evaluator import best_plan
from wxdesk.engine.flips import WRITTEN_WITHIN, flip_points
from wxdesk.words.words import Words

PACK = load_datapack()
# An amount as an English sentence writes it: "$57.2k", "€1.05M", "$643", "$80.8", "$141,164".
AMOUNT = re.compile(r"[$€¥]([\d,]+(?:\.\d+)?)([kMBT]?)")
SCALE = {"": 1.0, "k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def _amounts(text: str) -> list[float]:
    """Every amount in a sentence, in its currency's units, as a reader reads it."""
    return [float(number.replace(",", "")) * SCALE[suffix] for number, suffix in AMOUNT.findall(text)]


def _typed_step(written: float) -> float:
    """The smallest step a client types in a currency past an amount written so: a cent where the amount is written
    with cents (below a hundred dollars or euros), else a whole unit."""
    return 0.01 if written < 100 else 1.0


def _ends_as_written(point, words: Words) -> tuple[float, float | None]:
    """The point's near end and (for a range) far end as the budget's sentence writes them, in the reader's units."""
    text = words.reason(point.reason)
    flip = text.split(". ")[0]
    found = _amounts(flip)
    assert found, text
    if point.until is None:
        return found[0], None
    low, high = found[0], found[1]
    return (low, high) if point.direction == "above" else (high, low)


def _rates():
    """The pack's rate, or a reader's own (Words.make's own_rate) anywhere a rate might be set."""
    return st.one_of(st.none(), st.floats(0.05, 40, allow_nan=False))


@pytest.mark.parametrize("currency", ["USD", "EUR"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios, own_rate=_rates())
@example(scenario=load_preset("news_publisher"), own_rate=None)
@example(scenario=load_preset("car_brand"), own_rate=None)
@example(scenario=load_preset("bank_care"), own_rate=None)
@example(scenario=load_preset("yoga_teacher"), own_rate=None)
@example(scenario=load_preset("car_brand").with_changes(budget_cny=6_000_000), own_rate=None)
@example(scenario=Scenario(budget_cny=300_000), own_rate=7.1)
def test_a_budget_typed_past_the_point_as_written_in_dollars_or_euros_gets_the_new_plan(currency, scenario, own_rate):
    """The budget flip as a dollar (or euro) reader reads it: the figure as written a typed step past it (a dollar, or
    a cent where the figure keeps cents) or a tenth of a percent past it, converted back to yuan, gets the new plan
    (unless the new plan's range as written ends first); the figure lies within WRITTEN_WITHIN of the point, on its
    far side from today's budget."""
    point = flip_points(scenario, PACK, ["budget_cny"])["budget_cny"]
    if point is None:
        return
    words = Words.make("en", currency, PACK, own_rate=own_rate)
    rate = words.cny_per_unit
    near, far = _ends_as_written(point, words)
    above = point.direction == "above"
    exact = point.value / rate
    assert (near >= exact) if above else (near <= exact), (near, exact)
    # (Three figures rounded away: within one percent, or a cent or a unit where the amount is that small.)
    assert abs(near - exact) <= max(WRITTEN_WITHIN * exact, _typed_step(near)), (near, exact)
    step = _typed_step(near)
    for past in ((near + step, near * 1.001) if above else (near - step, near / 1.001)):
        budget = past * rate
        if budget <= 0 or (far is not None and (past > far if above else past < far)):
            continue
        assert best_plan(replace(scenario, budget_cny=budget), PACK) == point.winner, (near, point.value / rate, past)


@pytest.mark.parametrize(("currency", "rate", "written", "converted"), [
    ("USD", 7.2103, "$57.2k", "$57.1k"),  # the point, $57,111.5; ¥412k converted, $57,140
    ("EUR", 7.2103, "€57.2k", "€57.1k"),
])
def test_a_point_rounded_in_yuan_and_converted_to_the_nearest_lay_on_the_plan_of_nows_side(currency, rate, written,
                                                                                         converted):
    """Why the rounding is done in the reader's currency: a budget point at ¥411,800 is ¥412k rounded up in yuan,
    which at 7.2103 yuan a dollar is $57,140 and reads "$57.1k" to the nearest, below the point ($57,111.5): "Above
    $57.1k" stood where the plan is still today's. Rounded up in dollars, it reads "$57.2k"; the yuan reader's figure
    (and the JSON's) stays ¥412k."""
    from wxdesk.engine.flips import WrittenPoint
    from wxdesk.engine.money import format_money
    from wxdesk.engine.reasons import Reason
    point = WrittenPoint(411_800.0, up=True)
    assert float(point) == 412_000.0 and Reason("{value}", {"value": point}).params_json() == {"value": 412_000}
    assert format_money(float(point), currency, rate) == converted  # (what the sentence wrote)
    assert _amounts(converted)[0] < 411_800.0 / rate < _amounts(written)[0]
    words = Words.make("en", currency, PACK, own_rate=rate)
    assert words.reason(Reason("{value}", {"value": point})) == written
    assert Words.make("zh_CN", currency, PACK, own_rate=rate).reason(Reason("{value}", {"value": point})) == (
        "5.72万" + {"$": "美元", "€": "欧元"}[written[0]])
    assert Words.make("en", "CNY", PACK).reason(Reason("{value}", {"value": point})) == "¥412k"


@pytest.mark.parametrize("currency", ["USD", "EUR"])
@pytest.mark.parametrize("preset", ["news_publisher", "car_brand", "bank_care", "yoga_teacher"])
def test_the_handout_and_the_image_write_the_budget_flip_as_words_does(preset, currency):
    """The handout and the long image take their flip sentences from build_answer, the window and the command line
    from Words.reason: one sentence, its amount on the new plan's side in the reader's currency."""
    from wxdesk.engine import evaluate
    from wxdesk.engine.flips import flip_reason
    from wxdesk.report.answer import build_answer
    scenario = load_preset(preset)
    points = flip_points(scenario, PACK)
    point = points["budget_cny"]
    assert point is not None
    words = Words.make("en", currency, PACK)
    answer = build_answer(evaluate(scenario, PACK), PACK, words, points)
    sentence = words.reason(flip_reason("budget_cny", point))
    assert sentence in answer.flips
    near, _far = _ends_as_written(point, words)
    exact = point.value / words.cny_per_unit
    assert (near >= exact) if point.direction == "above" else (near <= exact)


def test_a_point_that_reads_like_the_cost_beside_it_is_written_in_full_on_its_own_side():
    """The default scenario on ¥300k: below ¥212,069.39 the plan drops the Mini Program, whose plan then costs
    ¥211,850 in its first year; both read "¥212k", so both are written in full (Words._told_apart), the point still
    rounded onto the new plan's side: "below ¥212,069", never "¥212,070" (nor "¥212,000", which was the yuan figure
    rounded down to three figures and then written in full)."""
    scenario = Scenario(budget_cny=300_000)
    point = flip_points(scenario, PACK, ["budget_cny"])["budget_cny"]
    assert point is not None and point.direction == "below"
    text = Words(pack=PACK).reason(point.reason)
    written, cost = _amounts(text)[:2]
    assert written == int(point.value) and written != cost, text  # (rounded down to the yuan)
    assert "¥212k" not in text, text
