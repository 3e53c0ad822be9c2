"""The fees are named with the app stores only where the plan whose amounts they give pays a store: a WeCom-only
plan's split read "Platform and store fees" for a plan that pays no store anything, and news_publisher's Official
Account alone "Platform, store and service fees ¥900" because an alternative beside it held an app. The command line
names them as the window's key and the handout do: car_brand's ¥1,500 read "Platform fees" there and "Platform and
store fees" in the handout."""

import re

import pytest

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.words.steps import pays_stores
from wxdesk.words.summary import summary_text

PACK = load_datapack()
NAMES = {("en", True): "Platform, store and service fees", ("en", False): "Platform and service fees",
         ("zh_CN", True): "平台、应用商店与服务费用", ("zh_CN", False): "平台与服务费用"}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", preset_ids())
def test_the_command_lines_split_names_the_stores_only_for_a_plan_with_an_app(preset, lang):
    evaluation = evaluate(load_preset(preset, lang), PACK)
    plan = evaluation.plan
    text = re.sub(r"\n\s*", "" if lang == "zh_CN" else " ", summary_text(evaluation, PACK, words(lang)))
    stores = "native_app" in plan.presences
    # (Lowercase where the fees are the whole cost: "All of it: platform and service fees.")
    if plan.breakdown["fees"] > 0:
        assert NAMES[lang, stores].lower() in text.lower()
    assert (NAMES[lang, True].lower() in text.lower()) == (stores and plan.breakdown["fees"] > 0)


def test_only_a_native_app_pays_the_stores():
    assert pays_stores([("wecom",), ("service", "native_app")])
    assert not pays_stores([("wecom",), ("service", "mini_program"), ()])


@pytest.mark.parametrize("preset", preset_ids())
def test_the_handouts_key_names_the_fees_as_the_plan_pays_them(preset):
    """The handout's key under the plan and its alternatives gives the plan's amounts: car_brand's, a plan without an
    app beside two with one, read "Platform, store and service fees ¥3,000" (the last bar's name was taken)."""
    from wxdesk.report.answer import build_answer
    from wxdesk.report.charts import StackedBar, legend_parts
    evaluation = evaluate(load_preset(preset), PACK)
    answer = build_answer(evaluation, PACK, words("en"))
    bars = [StackedBar(plan.name, plan.parts, plan.total_likely, i == 0)
            for i, plan in enumerate([answer.plan, *answer.alternatives])]
    fees = [label for component, label, _amount in legend_parts(bars) if component == "fees"]
    assert fees in ([], [NAMES["en", "native_app" in evaluation.plan.presences]]), fees
