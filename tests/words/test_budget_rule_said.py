"""Wherever the plan's score takes points for the budget, the rule is said after its line, in the appendix's words.

A budget between the cheapest plan's first year and the plan's read "Less 1 point because the budget covers only 97%"
with no rule, where one below every plan had one; and that one read "20 for each doubling from ¥885k …" beside the
appendix's "Score points a plan loses each time its likely first-year cost doubles beyond the budget": one rule said
two ways. Every note now opens with the appendix's words, and one counted from the budget gives its doublings.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.pdf_text import pdf_text, squeeze
from tests.words.test_budget_points_rebuilt import HOTPOT, _interval
from wxdesk.batch.language import translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.scenario import Scenario
from wxdesk.report.command import reader_words
from wxdesk.report.handout import write_report
from wxdesk.share.image import layout_image
from wxdesk.words import Words
from wxdesk.words.budget_points import budget_points_note
from wxdesk.words.summary import summary_text

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
# The rule's words, as the appendix's label of budget_penalty_points says them.
RULE = {"en": "each time its likely first-year cost doubles beyond the budget", "zh_CN": "每超出预算一倍"}
OPENS = {"en": "The points: 20 each time its likely first-year cost doubles beyond the budget",
         "zh_CN": "扣分方式：首年预计成本每超出预算一倍扣 20 分"}
MONEY = r"[¥$€]?\d[\d,]*(?:\.\d+)?(?:万|亿|k|M)?(?:美元|欧元)?"
DOUBLINGS = {"en": rf"from the budget of (?P<budget>{MONEY}) to the plan's (?P<cost>{MONEY}), "
                   rf"(?P<d>[\d.]+) doublings\.",
             "zh_CN": rf"从预算 (?P<budget>{MONEY}) ?到本方案的 (?P<cost>{MONEY})，计为超出 (?P<d>[\d.]+) 倍。"}


def _words(lang: str, currency: str = "CNY") -> Words:
    return Words.make(lang, currency, PACK, translate_function(lang))


def test_the_appendix_says_the_rule_in_the_same_words():
    figure = PACK.figures["budget_penalty_points"]
    assert RULE["en"] in figure.label and RULE["zh_CN"] in figure.label_zh
    assert all(RULE[lang] in OPENS[lang] for lang in RULE)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["car_brand", "food_ordering", "news_publisher", "bank_care", "cross_border_skincare",
                        "city_service"]),
       st.floats(0.0, 1.2), st.sampled_from(["en", "zh_CN"]), st.sampled_from(["CNY", "USD", "EUR"]))
def test_every_budget_line_is_followed_by_the_rule(preset, fraction, lang, currency):
    scenario = load_preset(preset)
    first_year = evaluate(scenario, PACK, TODAY).plan.first_year.likely
    evaluation = evaluate(scenario.with_changes(budget_cny=round(first_year * fraction)), PACK, TODAY)
    line = next((r for r in evaluation.plan.reasons if r.template in R.PLAN_BUDGET_LINES), None)
    w = _words(lang, currency)
    note = budget_points_note(evaluation, PACK, w)
    if line is None:
        assert note == ""
        return
    assert note.startswith(OPENS[lang]), (w.reason(line), note)
    found = re.search(DOUBLINGS[lang], note)
    if found:
        # The doublings as printed make the line's points as printed, and are the printed amounts' doublings.
        printed = (re.search(r"Less ([\d.]+) point", w.reason(line)) if lang == "en"
                   else re.search(r"扣 ([\d.]+) 分", w.reason(line))).group(1)
        points = _interval(printed, money=False)
        doublings = float(found["d"])
        tolerance = 0.1 if line.template in (R.PLAN_BUDGET_COST_ROUNDING, R.PLAN_BUDGET_NONE_ROUNDING) else 0
        assert points[0] - tolerance <= 20 * doublings * (1 + 5e-3)
        assert 20 * doublings * (1 - 5e-3) <= points[1] + tolerance
        budget, cost = _interval(found["budget"]), _interval(found["cost"])
        assert math.log2(cost[0] / budget[1]) <= doublings * (1 + 5e-3) + 1e-9
        assert doublings * (1 - 5e-3) - 1e-9 <= math.log2(cost[1] / budget[0])


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_budget_between_the_cheapest_plan_and_the_plan_says_its_rule_everywhere(qapp, lang):
    """The hotpot chain at ¥890k: its cheapest plan (¥885k) fits, the plan (¥898k) does not."""
    evaluation = evaluate(Scenario(**{**HOTPOT, "budget_cny": 890000}), PACK, TODAY)
    w = _words(lang)
    note = budget_points_note(evaluation, PACK, w)
    assert note.startswith(OPENS[lang]) and re.search(DOUBLINGS[lang], note)
    text = squeeze(summary_text(evaluation, PACK, w))
    image = squeeze(" ".join(layout_image(evaluation, PACK, w, 1080, today=TODAY, flips={}).texts))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "handout.pdf"
        write_report(evaluation, PACK, path, reader_words(lang, "CNY", PACK))
        handout = squeeze(pdf_text(path))
    for where in (text, image, handout):
        assert squeeze(note) in where
