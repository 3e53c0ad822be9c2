"""The sentences under the sliders write their amounts as the plan beside them does, in the display currency at the
display rate: after Preferences switched to US dollars the plan read "您的预算为 71.4万美元" over "预算低于 ¥405万时…",
and after a new rate the same budget stood in two dollar amounts, until the next edit."""

from __future__ import annotations

import re

import pytest

from wxdesk import settings
from wxdesk.engine import load_preset

pytestmark = pytest.mark.gui

AMOUNT = re.compile(r"([¥$€])([\d,.]+)([kMB]?)")
SCALE = {"": 1.0, "k": 1e3, "M": 1e6, "B": 1e9}


def amounts(text: str) -> list[tuple[str, float]]:
    return [(symbol, float(digits.replace(",", "")) * SCALE[unit]) for symbol, digits, unit in AMOUNT.findall(text)]


def test_the_flip_sentences_follow_a_new_currency_and_rate(window):
    window.document.set_scenario(load_preset("bank_care"))
    labels = window.features.flip_labels
    labels.flush()
    budget = labels.labels["budget_cny"]
    in_yuan = amounts(budget.text())
    assert in_yuan and {symbol for symbol, _ in in_yuan} == {"¥"}, budget.text()

    settings.set_currency("USD")
    in_dollars = amounts(budget.text())
    assert [symbol for symbol, _ in in_dollars] == ["$"] * len(in_yuan), budget.text()
    rate = settings.rate("USD", window.document.pack)
    for (_, yuan), (_, dollars) in zip(in_yuan, in_dollars, strict=True):
        assert dollars == pytest.approx(yuan / rate, rel=0.02)

    settings.set_rate("USD", rate / 2)  # the same amounts, twice as many dollars
    for (_, before), (_, after) in zip(in_dollars, amounts(budget.text()), strict=True):
        assert after == pytest.approx(before * 2, rel=0.02)
    assert labels.labels["budget_cny"].isEnabled()
