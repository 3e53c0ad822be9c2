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
