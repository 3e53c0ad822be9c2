"""A likely amount and its range are one figure, written in one style, on the handout, the long image and the text.

The yoga teacher's next best read "¥6,060 over 2 years (¥1,870 – ¥11.7k)": its likely amount and low end in full, its
high end in thousands. Where one of a figure's amounts is written in full, each of its others under a hundred thousand
is written in full too, with the same digits (one_style.in_full_alike): "¥6,060 (¥1,870 – ¥11,700)".
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.pdf_text import handout_text, squeeze
from wxdesk.batch.language import translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.share.image import layout_image
from wxdesk.words import Words
from wxdesk.words.summary import summary_text

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
IN_UNITS = re.compile(r"(\d[\d,]*(?:\.\d+)?)(k|M|B|万|亿)")
POWERS = {"k": 1e3, "万": 1e4, "M": 1e6, "亿": 1e8, "B": 1e9}


def _words(lang: str, currency: str = "CNY") -> Words:
    return Words.make(lang, currency, PACK, translate_function(lang))


def _value(written: str) -> float:
    """A written amount in the reader's currency: "¥11,700" → 11700, "1.17万美元" → 11700."""
    match = re.search(r"(\d[\d,]*(?:\.\d+)?)(k|M|B|万|亿)?", written)
    assert match, written
    return float(match.group(1).replace(",", "")) * POWERS.get(match.group(2) or "", 1.0)


@settings(max_examples=400, deadline=None)
@given(st.floats(50, 2e6), st.floats(1.0, 4.0), st.floats(1.0, 4.0), st.sampled_from(["en", "zh_CN"]),
       st.sampled_from(["CNY", "USD", "EUR"]))
def test_a_likely_amount_and_its_range_are_written_in_one_style(low, up, further, lang, currency):
    w = _words(lang, currency)
    likely, high = low * up, low * up * further
    written = [w.money_band(likely, low, high)[0], *w.money_band(likely, low, high)[1].split(" – ")]
    alone = [w.money(likely), w.money(low), w.money(high)]
    if len(written) == 2:  # (the range one amount: both ends read alike)
        written.append(written[1])
    styles = {bool(IN_UNITS.search(text)) for text in written}
    if len(styles) > 1:
        # Mixed only where an amount in units is beyond what a figure in full is written to.
        assert all(_value(text) >= 100_000 for text in written if IN_UNITS.search(text)), written
    for text, short in zip(written, alone):
        # The same amount, to the same digits, as each reads alone (never rounded apart).
        assert _value(text) == _value(short), (written, alone)


@pytest.mark.parametrize("lang, said", [("en", "¥6,060 over 2 years (¥1,870 – ¥11,700)"),
                                        ("zh_CN", "¥6,060（¥1,870 – ¥11,700）")])
def test_the_yoga_teachers_next_best_reads_one_way_in_the_text(lang, said):
    text = summary_text(evaluate(load_preset("yoga_teacher", lang), PACK, TODAY), PACK, _words(lang))
    assert said in " ".join(text.split()).replace("） ", "）")
    assert "¥11.7k" not in text and "¥1.17万" not in text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_yoga_teachers_next_best_reads_one_way_on_the_long_image(qapp, lang):
    w = _words(lang)
    layout = layout_image(evaluate(load_preset("yoga_teacher", lang), PACK, TODAY), PACK, w, 1080, today=TODAY,
                          flips={})
    texts = squeeze(" ".join(layout.texts))
    assert squeeze("(¥1,870 – ¥11,700)" if lang == "en" else "（¥1,870 – ¥11,700）") in texts
    assert "¥11.7k" not in texts and "¥1.17万" not in texts


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_yoga_teachers_handout_writes_the_figure_one_way_on_its_card_and_in_its_table(qapp, lang):
    text = squeeze(handout_text("yoga_teacher", lang))
    assert squeeze("(¥1,870 – ¥11,700)" if lang == "en" else "（¥1,870 – ¥11,700）") in text
    assert "¥11.7k" not in text and "¥1.17万" not in text
    # The plan's own cost-per-year table: each row one figure, "2 years in all ¥10.5k ¥15.8k ¥22.1k" as before.
    assert squeeze("¥10.5k ¥15.8k ¥22.1k" if lang == "en" else "¥1.05万 ¥1.58万 ¥2.21万") in text


def test_the_window_writes_the_figure_as_the_handout_does(qapp):
    from types import SimpleNamespace

    from wxdesk.ui.plan_view import cost_range_text, first_year_text
    evaluation = evaluate(load_preset("yoga_teacher"), PACK, TODAY)
    [official] = [alt for alt in evaluation.alternatives if alt.presences == ("subscription",)]
    assert cost_range_text(official, 2) == "¥6,060 over 2 years (¥1,870 – ¥11,700)"
    # A likely amount above ten thousand beside a low end below it: "¥12.7k (¥9,250 – ¥17,300)" no longer.
    band = SimpleNamespace(likely=12_716.0, low=9_248.0, high=17_340.0)
    plan = SimpleNamespace(total=band, first_year=band)
    assert cost_range_text(plan, 3) == "¥12,700 over 3 years (¥9,250 – ¥17,300)"
    assert first_year_text(plan) == "first year ¥12,700 (¥9,250 – ¥17,300)"
