"""The long image gives its points to watch under a heading of their own, as the handout does: listed under "Why
this plan" beside its ticks, "Only 10% of your audience is on WeChat …" read as a reason to choose the plan. And a
plan none of whose members has a reason of its own gives its score in one line there, not "less the points that
follow" with nothing following."""

from __future__ import annotations

import datetime as dt

import pytest

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.report.answer import build_answer
from wxdesk.report.command import reader_words
from wxdesk.share import layout_image
from wxdesk.words.timeline import warnings_beside_timeline

PACK = load_datapack()
TODAY = dt.date(2026, 12, 5)
HEADINGS = {"en": ("Why this plan", "Points to watch", "What would change the answer"),
            "zh_CN": ("为什么选这个方案", "注意事项", "什么情况会改变结论")}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_warnings_stand_under_their_own_heading(qapp, lang):
    words = reader_words(lang, "CNY", PACK)
    evaluation = evaluate(load_preset("yoga_teacher", lang).with_changes(china_share=0.1), PACK, TODAY)
    assert evaluation.warnings
    texts = layout_image(evaluation, PACK, words, today=TODAY).block("reasons").texts
    why, watch, change = HEADINGS[lang]
    assert [t for t in texts if t in HEADINGS[lang]] == [why, watch, change]
    warnings = [words.reason(r) for r in evaluation.warnings]
    first = min(texts.index(t) for t in texts if any(t.endswith(x) for x in warnings))
    assert texts.index(watch) < first < texts.index(change)
    assert all(texts.index(t) > texts.index(watch) for t in texts if any(t.endswith(x) for x in warnings))


def test_no_warning_no_heading(qapp):
    words = reader_words("en", "CNY", PACK)
    evaluation = evaluate(load_preset("car_brand"), PACK, TODAY)
    # (Its one warning is the note on WeChat Pay's fee, said under the cost split: words.timeline.cost_notes.)
    assert [r.template for r in evaluation.warnings] == [R.WARN_PAY_FEE]
    assert not warnings_beside_timeline(evaluation.warnings)
    assert "Points to watch" not in layout_image(evaluation, PACK, words, today=TODAY).block("reasons").texts


def test_a_plan_with_no_reason_of_its_members_gives_its_score_in_one_line(qapp):
    words = reader_words("en", "CNY", PACK)
    scenario = load_preset("yoga_teacher").with_changes(china_share=0.1, goals=["sell", "service"])
    evaluation = evaluate(scenario, PACK, TODAY)
    reasons = build_answer(evaluation, PACK, words).reasons
    assert len(reasons) == 1 and reasons[0][0] == "", reasons
    assert "that follow" not in reasons[0][1] and reasons[0][1].startswith("The plan covers"), reasons
