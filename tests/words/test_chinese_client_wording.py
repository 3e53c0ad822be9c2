"""The Chinese a client reads on the handout's first page and on the window's cards (the second Chinese review).

- The budget: "您 ¥2万的预算足以覆盖…" put the amount between 您 and 的预算; it reads "您的预算为 ¥2万，足以覆盖…",
  "您的预算 ¥40万比…少…", "…超出您的预算（¥2万）".
- The headline "推荐方案：公众号（原订阅号）+ 小程序。" is a heading: no full stop.
- The cost deduction is 成本项 wherever it is named (a card read "因首年成本扣 2 分，首年成本超出预算扣 36 分", two
  deductions named alike); the card of the plan with both is named for what it holds, not "两者都配".
- The assumptions have one name: the View menu's, the dock's and the guide's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest

from wxdesk.catalogues import translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.reasons import Money, Reason
from wxdesk.paths import resource_path
from wxdesk.report.answer import build_answer
from wxdesk.words import Words

PACK = load_datapack()
WORDS = Words.make("zh_CN", "CNY", PACK, translate_function("zh_CN"))
TS = ET.parse(resource_path("i18n", "wxdesk_zh_CN.ts"))
# An amount between 您 and 的预算 ("您 ¥2万的预算", "超出您 ¥2万 的预算").
BUDGET_INSIDE = re.compile(r"您 ?[¥$€][\d.,]+[万亿]? ?的?预算")


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [t for f in dataclasses.fields(value) for t in _texts(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [t for item in value for t in _texts(item)]
    return []


@pytest.fixture(scope="module", params=preset_ids())
def answer(request):
    evaluation = evaluate(load_preset(request.param), PACK, dt.date(2026, 12, 1))
    return evaluation, build_answer(evaluation, PACK, WORDS)


def test_the_budget_sentence_names_the_budget_after_it(answer):
    evaluation, said = answer
    texts = _texts(said) + [WORDS.reason(evaluation.budget)]
    assert not [t for t in texts if BUDGET_INSIDE.search(t)]
    assert WORDS.reason(evaluation.budget).startswith("您的预算")


@pytest.mark.parametrize("template, said", [
    ("Your budget of {budget} covers the plan's likely first-year cost of {cost}.",
     "您的预算为 ¥2万，足以覆盖方案首年的预计成本 ¥8,670。"),
    ("Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}.",
     "您的预算 ¥2万比方案首年的预计成本 ¥8,670 少"),
    ("Its likely first-year cost of {cost} is beyond your budget of {budget}.",
     "其首年预计成本 ¥8,670 超出您的预算（¥2万）。")])
def test_each_budget_sentence_reads_as_the_review_asked(template, said):
    reason = Reason(template, {"budget": Money(20_000.0), "cost": Money(8_670.0), "gap": Money(11_330.0)})
    assert WORDS.reason(reason).startswith(said)


def test_the_headline_is_a_heading_without_a_full_stop(answer):
    _evaluation, said = answer
    if said.recommendation.startswith("推荐方案："):
        assert not said.recommendation.endswith("。"), said.recommendation


def _translations() -> list[str]:
    return [m.findtext("translation") or "" for m in TS.iter("message")]


def test_the_cost_deduction_is_named_alike_and_the_plan_with_both_by_what_it_holds():
    texts = _translations()
    assert not [t for t in texts if re.search(r"因(首年)?成本扣 \{", t)]
    assert sum("成本项扣" in t for t in texts) >= 6
    assert not [t for t in texts if "两者都配" in t]


def _translation(context: str, source: str) -> str:
    for element in TS.getroot().findall("context"):
        if element.findtext("name") == context:
            for message in element.findall("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise KeyError(source)


def test_the_assumptions_have_one_name_in_the_menu_the_dock_and_the_guide():
    menu = re.sub(r"\(&\w\)|&(?=\w)", "", _translation("AssumptionsDock", "Assu&mptions"))
    dock = _translation("AssumptionsDock", "Assumptions")
    assert menu == dock
    guide = resource_path("help", "guide_zh_CN.html").read_text(encoding="utf-8")
    named = re.findall(r"视图 ▸ ([\u4e00-\u9fff]+)", guide)
    assert dock in named and all(name in (dock, "敏感性分析") for name in named), named
