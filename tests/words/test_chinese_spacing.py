"""Chinese sets no space between 万 or 亿 and the Chinese after it (issue 10): the audience slider read
"30万 位用户" and the engine's sentences "每月 30万 用户", "¥150万 的预算"."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wxdesk.catalogues import translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.words import numbers
from wxdesk.words.words import Words

PACK = load_datapack()
STRAY = re.compile(r"\d[万亿] [\u4e00-\u9fff]")


@given(st.floats(min_value=1e4, max_value=1e12))
def test_a_count_before_a_measure_word_has_no_space(value):
    text = numbers.close_unit_spaces(f"每月 {numbers.count(value, 'zh_CN')} 位用户")
    assert not STRAY.search(text)
    assert text.startswith("每月 ")  # a space between Chinese and the digits after it stays


@pytest.mark.parametrize("preset", preset_ids())
def test_no_engine_sentence_in_chinese_has_a_space_after_wan(preset):
    words = Words.make("zh_CN", "CNY", PACK, translate_function("zh_CN"))
    evaluation = evaluate(load_preset(preset), PACK, dt.date(2026, 12, 1))
    reasons = [*evaluation.plan.reasons, evaluation.budget, *evaluation.warnings,
               evaluation.app_or_mini_program.cost_note, *(r for p in evaluation.presences for r in p.reasons)]
    for reason in reasons:
        assert not STRAY.search(words.reason(reason)), words.reason(reason)


def test_the_audience_sliders_value_reads_as_chinese_writes_it(qapp):
    words = Words.make("zh_CN", "CNY", PACK, translate_function("zh_CN"))
    from wxdesk.words.numbers import close_unit_spaces  # as the control sets it (ui/controls.py)
    label = words.translate("ScenarioControls", "%1 users")
    text = close_unit_spaces(label.replace("%1", words.count(300_000)))
    # ("30万位用户": 位 is no measure word a count of users takes here; 人 counts them, as the box beside it does.)
    assert text == "30万人"
    # Between digits and characters a space, as the sentences set one ("3,000用户" read beside "30万用户").
    assert close_unit_spaces(label.replace("%1", words.count(3_000))) == "3,000 人"


@pytest.mark.parametrize("currency", ["USD", "EUR"])
def test_an_amount_in_dollars_or_euros_takes_no_space_before_the_chinese_after_it(currency):
    """The budget's flip read "预算低于 15.1万美元 时，方案去掉视频号" in dollars, beside "预算低于 ¥105万时" in
    yuan: an amount that ends in its currency's name is closed up to the Chinese after it as one that ends in 万 is."""
    from wxdesk.engine.flips import flip_points, flip_reason
    words = Words.make("zh_CN", currency, PACK, translate_function("zh_CN"))
    scenario = load_preset("car_brand")
    point = flip_points(scenario, PACK, ["budget_cny"])["budget_cny"]
    assert point is not None  # the case itself: the budget changes car_brand's plan
    evaluation = evaluate(scenario, PACK, dt.date(2026, 12, 1))
    texts = [words.reason(flip_reason("budget_cny", point)), words.reason(evaluation.budget),
             *(words.reason(r) for p in evaluation.presences for r in p.reasons)]
    assert any("美元" in t or "欧元" in t for t in texts)
    for text in texts:
        assert not re.search(r"(美元|欧元|\d[万亿]) [\u4e00-\u9fff]", text), text
