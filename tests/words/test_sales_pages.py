"""What a client reads on the pages a salesperson leaves: a figure says what it is, a sentence says
what the figure beside it does.

- The budget line names the best plan within the budget with its first-year cost. "the best plan
  within it is Service Account (¥319k)" (cross_border_skincare) stood above that plan's card,
  "¥314k – ¥1.45M over 3 years": the bare amount read as its cost over the horizon.
- Chinese: where the audience falls, the plan's first-year cost falls too; "现方案首年的预计成本将达
  ¥52.8万" (news_publisher, below 300k users, ¥67万 today) said it would rise to it.
- The Service Account's push limit is said as broadcasts a month, as the Official Account's is said
  as one push a day: "您每月 4 条消息在 4 次的上限之内" counted 条 against 次 with no period.
- The appendix writes a weight as a multiplier: "1.5 weight" read as if weight were a unit.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.flips import FLIP_WHY_FEWER, flip_points, flip_reason
from wxdesk.engine.reasons import Reason
from wxdesk.report.assumptions import value_text

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "the best plan within it is Mini Program + WeCom, at ¥1.87M in its first year."),
    ("zh_CN", "预算之内最好的方案是小程序 + 企业微信，首年 ¥187万。")])
def test_the_best_plan_within_the_budget_carries_its_first_year_cost(lang, said):
    from wxdesk.engine.evaluator import ranked_plans
    # (bank_care on ¥4.3M, since WeCom's mass messages are costed as articles (2026-12-05): food_ordering's Mini
    # Program + WeCom pays for its 4 messages a month, ¥40k a year, and at ¥255k in its first year costs more than
    # the plan's ¥246k. bank_care's plan, WeCom + the app, costs ¥4.38M in its first year; the app alone ¥4.21M,
    # within the budget but scoring less; Mini Program + WeCom ¥1,873,019 (`wxdesk evaluate` on ¥4.3M), its ¥1.83M
    # of before and WeCom's 4 articles a month at ¥833 each; ¥6.61M over 5 years.)
    scenario = load_preset("bank_care", lang).with_changes(budget_cny=4_300_000)
    evaluation = evaluate(scenario, PACK, TODAY)
    text = words(lang).reason(evaluation.budget)
    assert text.endswith(said), text
    # The amount is the first year of the plan named, not its cost over the horizon.
    [named] = ranked_plans(scenario, PACK, ("mini_program", "wecom"))
    assert named is not None and words(lang).money(named.first_year_likely) in said
    assert words(lang).money(named.total_likely) not in said


def test_a_falling_audience_does_not_say_the_plans_cost_would_rise_to_it():
    # (car_brand sending no messages, on ¥230k, since WeCom's mass messages are costed as articles (2026-12-05):
    # food_ordering's Mini Program + WeCom, which took its plan's place below 73k users, pays for its 4 messages a
    # month, and on no budget tried does a preset as bundled flip to a cheaper plan with fewer users (food_ordering's
    # flip: a native app joining above 4.7M users). car_brand's plan without messages, Mini Program + Channels, costs
    # ¥1.13M in its first year at 300k users; below 245k users the Official Account takes Channels' place, ¥808k, and
    # just under 245k users the plan's first year would have fallen to ¥978k, `wxdesk flips` says (a typed step past
    # the point; ¥977k before its Official Account paid its verification, ¥976k before its Channels paid its own,
    # 2026-12-07). Sending none, its cost holds no article of any member's.)
    scenario = load_preset("car_brand", "zh_CN").with_changes(budget_cny=230_000, pushes_per_month=0)
    assert round(evaluate(scenario, PACK, TODAY).plan.first_year.likely, -3) == 1_130_000
    point = flip_points(scenario, PACK, ["audience"])["audience"]
    assert point is not None and point.direction == "below"  # the case itself: fewer users, a cheaper plan
    text = words("zh_CN").reason(flip_reason("audience", point))
    assert "现方案首年预计 ¥97.8万" in text, text
    assert "将达" not in text


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Your 4 messages a month fit within its 4 broadcasts a month, and they usually land in the chat list "
           "with an alert (WeChat has been testing a 服务号 folder for them)."),
    ("zh_CN", "您每月 4 条消息在它每月 4 次的群发额度之内，消息通常会出现在聊天列表并有提醒"
              "（微信正在测试将其收入“服务号”折叠栏）。")])
def test_the_service_accounts_push_limit_is_said_per_month(lang, said):
    assert words(lang).reason(Reason(R.PUSH_FITS_SERVICE, {"wanted": 4, "limit": 4})) == said
    evaluation = evaluate(load_preset("food_ordering", lang), PACK, TODAY)
    service = next(p for p in evaluation.presences if p.id == "service")
    assert said in [r.text if lang == "en" else words(lang).reason(r) for r in service.reasons]


@pytest.mark.parametrize(("lang", "said"), [("en", "× 1.5"), ("zh_CN", "1.5 倍")])
def test_a_weight_in_the_appendix_reads_as_a_multiplier(lang, said):
    # "Weight of each special need in a fit score — 1.5 weight" read as if weight were a unit.
    figure = PACK.figures["weight_need"]
    assert figure.unit == "weight" and figure.likely == 1.5  # the case itself
    assert value_text(figure, words(lang)) == said


def test_a_flip_says_whose_first_year_is_dearer():
    # "新方案用更少的渠道达到同样的覆盖度；届时这足以抵消它较高的首年成本": 它 could be either plan. (Said of
    # fitness_coaching's audience flip, gone with the WeChat door its WeCom was: the sentence alone, then.)
    text = words("zh_CN").reason(Reason(FLIP_WHY_FEWER, {}))
    assert text.endswith("此时这一优势足以抵消新方案较高的首年成本。"), text
    assert "它较高" not in text


def test_a_budget_flip_says_the_new_plans_first_year_runs_beyond_the_budget():
    # "这一优势足以抵消预算低于其首年预计成本 ¥10.8万的缺口": the gap was said as the budget falling short of a cost.
    # (Her Mini Program custom-built, as when this was found: rented as a template, mp_template.py, it is in her plan
    # at ¥20k, and her budget flip drops it below ¥4.2k, a plan within that budget.)
    scenario = load_preset("yoga_teacher", "zh_CN").with_changes(
        overrides={"mp_template_max_users": {"low": 0, "likely": 0, "high": 0}})
    point = flip_points(scenario, PACK, ["budget_cny"])["budget_cny"]
    assert point is not None and point.direction == "above"  # the case itself: ¥81.6k, the new plan ¥110k
    text = words("zh_CN").reason(flip_reason("budget_cny", point))
    # At the figures' averages: her Official Account's first year is its 200 users won through ads at ¥7.83, 2.43
    # times over, ¥3,812; the Mini Program adds its build, ¥103,333, servers, ¥2,653, and its ¥30 verification:
    # ¥109,828.
    assert "这一优势足以抵消其首年预计成本 ¥11万超出预算的部分（现方案首年为 ¥3,810）。" in text, text
    assert "预算低于其首年" not in text
