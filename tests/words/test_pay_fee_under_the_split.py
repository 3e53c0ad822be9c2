"""WeChat Pay's fee on each payment, which no plan's cost holds, is said under the cost split of the handout, the
long image and the text summary, after what the user acquisition comes to, and not among the points to watch, where it
stood as a "!" beside every plan that takes payments like a date missed."""

from __future__ import annotations

import datetime as dt

import pytest

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.report.answer import build_answer
from wxdesk.words.summary import summary_text

PACK = load_datapack()
TODAY = dt.date(2026, 12, 8)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", ["food_ordering", "car_brand", "yoga_teacher"])
def test_the_fee_is_a_note_under_the_split(preset, lang):
    w = words(lang)
    evaluation = evaluate(load_preset(preset, lang), PACK, TODAY)
    notes = [r for r in evaluation.warnings if r.template in (R.WARN_PAY_FEE, R.WARN_PAY_FEE_OVERSEAS)]
    answer = build_answer(evaluation, PACK, w, {})
    said = [w.reason(r) for r in notes]
    for sentence in said:
        assert answer.acquisition.endswith(sentence)
        assert sentence not in answer.warnings
    text = summary_text(evaluation, PACK, w)
    flat = " ".join(text.split()) if lang == "en" else "".join(text.split())
    for sentence in said:
        assert (" ".join(sentence.split()) if lang == "en" else "".join(sentence.split())) in flat
        assert "! " + sentence[:20] not in text
    if preset == "yoga_teacher":
        assert not notes  # (she takes no payments)
    else:
        assert notes
