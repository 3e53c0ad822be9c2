"""Where the users not won through ads come from names the app stores only for a plan that holds an app.

A noodle house's plan, a Service Account and a Mini Program, read "The rest come on their own (stores, search, QR
codes, word of mouth)": a store it has no app in (the Chinese said 应用商店 too).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from tests.pdf_text import pdf_text, squeeze
from wxdesk.batch.language import translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.fit import staff_only
from wxdesk.report.command import reader_words
from wxdesk.report.handout import write_report
from wxdesk.share.image import layout_image
from wxdesk.words import Words
from wxdesk.words.acquisition import acquisition_sentence
from wxdesk.words.summary import summary_text

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
STORES = {"en": "stores", "zh_CN": "应用商店"}
WITHOUT_APP = {"en": "(search, QR codes, word of mouth)", "zh_CN": "（搜索、扫码、口碑）"}
WITH_APP = {"en": "(app stores, search, QR codes, word of mouth)", "zh_CN": "（应用商店、搜索、扫码、口碑）"}


def _words(lang: str) -> Words:
    return Words.make(lang, "CNY", PACK, translate_function(lang))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("paid_share", [None, 0.0])
def test_the_app_stores_are_a_source_only_of_a_plan_with_an_app(lang, paid_share):
    seen = set()
    for preset in preset_ids():
        scenario = load_preset(preset, lang)
        if paid_share is not None:
            scenario = scenario.with_changes(paid_share=paid_share)
        evaluation = evaluate(scenario, PACK, TODAY)
        for plan in (evaluation.plan, *evaluation.alternatives):
            said = acquisition_sentence(plan, scenario, PACK, _words(lang), staff_only(scenario))
            has_app = "native_app" in plan.presences
            if staff_only(scenario):
                assert STORES[lang] not in said, (preset, said)
                continue
            assert (STORES[lang] in said) == has_app, (preset, plan.presences, said)
            assert (WITH_APP if has_app else WITHOUT_APP)[lang] in said, (preset, said)
            seen.add(has_app)
    assert seen == {True, False}  # (both met among the examples)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_noodle_houses_text_image_and_handout_name_no_store(qapp, lang):
    evaluation = evaluate(load_preset("food_ordering", lang), PACK, TODAY)
    assert "native_app" not in evaluation.plan.presences
    text = "".join(summary_text(evaluation, PACK, _words(lang)).split())
    image = squeeze(" ".join(layout_image(evaluation, PACK, _words(lang), 1080, today=TODAY, flips={}).texts))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "handout.pdf"
        write_report(evaluation, PACK, path, reader_words(lang, "CNY", PACK))
        handout = squeeze(pdf_text(path))
    for where in (text, image, handout):
        assert squeeze(WITHOUT_APP[lang]) in where
        assert squeeze(WITH_APP[lang]) not in where
