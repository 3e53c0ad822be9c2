"""The long image's cost key says where its amounts, each rounded on its own, do not add up to the plan's total.

A USD image's key read $14.8k + $22k + $257 + $2,550 + $53.4k = $93.0k beside a total of $92.9k, with no word on why;
the handout's caption says so where it happens (money.add_up_as_written), and the image's now says it too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wxdesk.batch.language import translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.money import add_up_as_written
from wxdesk.report.answer import build_answer
from wxdesk.share.image import layout_image
from wxdesk.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
ROUNDED = {"en": "each rounded on its own", "zh_CN": "各自四舍五入"}


@pytest.mark.parametrize("currency", ["CNY", "USD", "EUR"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_images_key_says_its_rounding_exactly_where_its_amounts_miss_the_total(qapp, lang, currency):
    seen = set()
    for preset in preset_ids():
        evaluation = evaluate(load_preset(preset, lang), PACK, TODAY)
        w = Words.make(lang, currency, PACK, translate_function(lang))
        plan = build_answer(evaluation, PACK, w).plan
        adds_up = add_up_as_written((amount for _part, _label, amount in plan.parts), plan.total_likely,
                                    w.cny_per_unit)
        caption = layout_image(evaluation, PACK, w, 1080, today=TODAY, flips={}).block("costs").texts[1]
        assert (ROUNDED[lang] in caption) == (not adds_up), (preset, caption)
        seen.add(adds_up)
    if currency == "USD":
        assert seen == {True, False}  # (both forms met among the examples)
