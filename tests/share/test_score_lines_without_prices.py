"""The long image without prices says the plan's score lines without amounts.

The score lines were drawn as they are everywhere else, with no price filtering: a plan whose cost line was weighed
from the amount a cost counts from read "its likely first-year cost is 55.8 times ¥10k, the most a first year can cost
without losing points" on an image sent without prices. Since the cost line also gives the cheapest plan's first year
("1.2 times ¥1.02M, the likely first-year cost of the cheapest plan, …") every plan with a cost line would; without
prices it keeps its points and its multiple and leaves the amount out.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.engine.cost_line_cases import COST_LINE_CASES
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.report.command import reader_words
from wxdesk.share.image import layout_image

PRICE = re.compile(r"[¥$€]|\bCNY\b|\bUSD\b|\bEUR\b|元")
PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
CASES = {**{f"preset:{p}": load_preset(p) for p in preset_ids()},
         **{f"cost:{R.PLAN_COST_LINES.index(t)}": s for t, s in COST_LINE_CASES.items()}}


def _score_lines(scenario, lang: str, currency: str, no_prices: bool) -> tuple[list[str], list[str]]:
    """The image's lines under the plan's score heading (to the end of the plan's block), and the plan's score lines
    as written elsewhere (the window, the handout)."""
    words = reader_words(lang, currency, PACK)
    evaluation = evaluate(scenario, PACK, TODAY)
    layout = layout_image(evaluation, PACK, words, 1080, today=TODAY, flips={}, no_prices=no_prices)
    texts = layout.block("plan").texts
    heading = words.translate("Share", "Plan score: {score} out of 100")
    start = next(i for i, t in enumerate(texts) if t.startswith(heading.split("{score}")[0]))
    return texts[start + 1:], [words.reason(r) for r in evaluation.plan.reasons]


@pytest.mark.parametrize("currency", ["CNY", "USD"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("case", list(CASES))
def test_no_score_line_of_an_image_without_prices_gives_an_amount(qapp, case, lang, currency):
    drawn, lines = _score_lines(CASES[case], lang, currency, no_prices=True)
    assert drawn[0] == lines[0]  # (the coverage and the score, as written everywhere)
    assert len(drawn) >= len(lines)  # every line is drawn, said without amounts (the budget's sentence may follow)
    assert [t for t in drawn if PRICE.search(t)] == []


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("template", list(COST_LINE_CASES), ids=["named", "from", "named_rounding", "from_rounding"])
def test_the_cost_line_keeps_its_points_and_multiple_without_its_amount(qapp, template, lang):
    scenario = COST_LINE_CASES[template]
    [line] = [r for r in evaluate(scenario, PACK, TODAY).plan.reasons if r.template == template]
    words = reader_words(lang, "CNY", PACK)
    amount = words.money(float(line.params["from"]))
    priced, _ = _score_lines(scenario, lang, "CNY", no_prices=False)
    unpriced, _ = _score_lines(scenario, lang, "CNY", no_prices=True)
    [with_amount] = [t for t in priced if amount in t]  # the image with prices gives the amount
    [without] = [t for t in unpriced if t not in priced]  # the cost line, and only it, said otherwise
    assert unpriced.index(without) == priced.index(with_amount)
    assert f"{line.params['points']}" in without and f"{line.params['times']}" in without
    assert amount not in without and not PRICE.search(without)
