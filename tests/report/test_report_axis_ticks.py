"""The cost split's amount axis, in the handout and the long image: its ticks are round amounts in the
reader's currency ($0, $20k, $40k), not round yuan converted ($0, $28.6k, $57.1k)."""

from __future__ import annotations

import datetime as dt
import math
import re

import pytest

from currency_marks import mark, named_after
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.report.command import reader_words
from wxdesk.report.handout import write_report
from wxdesk.report.layout import PaintedPage, measuring
from wxdesk.share.image import layout_image, render_image

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€"}
SCALE = {"": 1, "k": 1_000, "M": 1_000_000, "万": 10_000, "亿": 100_000_000}


def amount(label: str, currency: str, lang: str) -> float:
    """A tick's label read back as an amount in its currency ("$20k" → 20000, "¥40万" → 400000, "40万美元")."""
    number = r"([\d.,]+)(k|M|万|亿)?"
    written = number + re.escape(mark(currency, lang)) if named_after(currency, lang) else (
        re.escape(SYMBOLS[currency]) + number)
    found = re.fullmatch(written, label)
    assert found, label
    return float(found.group(1).replace(",", "")) * SCALE[found.group(2) or ""]


def is_round_step(step: float) -> bool:
    """1, 2 or 5 × 10^n."""
    power = 10 ** math.floor(math.log10(step))
    return any(math.isclose(step, factor * power, rel_tol=1e-9) for factor in (1, 2, 5, 10))


def axis_labels(pages: list[PaintedPage], currency: str, lang: str) -> list[str]:
    """The tick labels: the texts standing on one baseline with the axis' "0" (¥0, $0, €0; 0美元 in Chinese)."""
    zero = "0" + mark(currency, lang) if named_after(currency, lang) else SYMBOLS[currency] + "0"
    for page in pages:
        for placed in page.texts:
            if placed.text == zero:
                row = [t for t in page.texts if abs(t.baseline - placed.baseline) < 0.5]
                return [t.text for t in sorted(row, key=lambda t: t.given.left())]
    raise AssertionError(f"no axis starting at {zero}")


def assert_round_ticks(labels: list[str], currency: str, lang: str) -> None:
    values = [amount(label, currency, lang) for label in labels]
    assert values[0] == 0 and len(values) >= 3, labels
    steps = {round(b - a, 6) for a, b in zip(values, values[1:])}
    assert len(steps) == 1, labels  # evenly spaced
    assert is_round_step(steps.pop()), labels


@pytest.mark.parametrize("currency", ["USD", "EUR", "CNY"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_handouts_cost_axis_ticks_are_round_in_the_readers_currency(currency, lang, qapp, tmp_path):
    evaluation = evaluate(load_preset("food_ordering", lang), PACK, TODAY)
    with measuring() as pages:
        write_report(evaluation, PACK, tmp_path / "handout.pdf", reader_words(lang, currency, PACK), today=TODAY)
    assert_round_ticks(axis_labels(pages, currency, lang), currency, lang)


@pytest.mark.parametrize("currency", ["USD", "EUR", "CNY"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_long_images_cost_axis_ticks_are_round_in_the_readers_currency(currency, lang, qapp):
    evaluation = evaluate(load_preset("car_brand", lang), PACK, TODAY)
    layout = layout_image(evaluation, PACK, reader_words(lang, currency, PACK), today=TODAY, flips={})
    with measuring() as pages:
        render_image(layout)
    assert_round_ticks(axis_labels(pages, currency, lang), currency, lang)


@pytest.mark.parametrize("top,rate", [(660_000, 7.0), (660_000, 7.8), (1.0, 1.0), (3_840_000, 0.13), (0.0, 7.0)])
def test_the_axis_reaches_past_the_longest_bar_in_round_steps(top, rate):
    from wxdesk.words.axis_ticks import money_ticks

    ticks = money_ticks(top, 4, rate, slack=1.0001)
    assert ticks[0] == 0 and ticks[-1] >= top
    in_currency = [t / rate for t in ticks]
    assert is_round_step(in_currency[1])
    assert all(math.isclose(b - a, in_currency[1], rel_tol=1e-9) for a, b in zip(in_currency, in_currency[1:]))
