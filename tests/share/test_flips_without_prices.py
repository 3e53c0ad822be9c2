"""The long image without prices keeps what would change the answer, less the amounts.

The yoga teacher's image with --no-prices said only "No session length changes the plan." under "What would change the
answer", while its handout said that a budget below ¥4,500 and an audience of 20k to 142k change the plan: every flip
whose sentence went on to give a cost was left out whole. Now only the budget's flip goes (a budget is a price); the
audience's and the session length's keep every sentence that gives no amount.
"""

from __future__ import annotations

import re

import pytest

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.flips import FIELDS, flip_points, flip_reason
from wxdesk.report.command import reader_words

PRICE = re.compile(r"[¥$€]|\bCNY\b|\bUSD\b|\bEUR\b|元")
PACK = load_datapack()


def _flip_lines(preset: str, lang: str, no_prices: bool) -> tuple[list[str], dict[str, str]]:
    """The image's lines under "What would change the answer", and each field's flip as its first sentence (the
    change, said first), from the same evaluation."""
    from wxdesk.share import layout_image
    scenario = load_preset(preset)
    flips = flip_points(scenario, PACK)
    words = reader_words(lang, "CNY", PACK)
    layout = layout_image(evaluate(scenario, PACK), PACK, words, 1080, no_prices=no_prices, flips=flips)
    texts = layout.block("reasons").texts
    heading = texts.index(words.translate("Share", "What would change the answer"))
    firsts = {}
    for field in FIELDS:
        reason = flip_reason(field, flips[field])
        first = reason.params.get("flip", reason)
        firsts[field] = words.reason(first)
    return texts[heading + 1:], firsts


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", preset_ids())
def test_every_flip_that_is_no_price_is_said_without_prices(qapp, preset, lang):
    lines, firsts = _flip_lines(preset, lang, no_prices=True)
    assert not [line for line in lines if PRICE.search(line)]
    for field, first in firsts.items():
        # (Its opening words: a presence named in full earlier in the image is named short here.)
        said = [line for line in lines if line.startswith(first[:12])]
        if field == "budget_cny" and PRICE.search(first):
            assert not said, said  # a budget's point is a price
        else:
            assert said, (field, first, lines)


def test_the_yoga_teachers_audience_range_is_kept_without_its_costs(qapp):
    lines, firsts = _flip_lines("yoga_teacher", "en", no_prices=True)
    [audience] = [line for line in lines if line.startswith(firsts["audience"][:12])]
    assert "monthly users, and only there, the plan drops the Mini Program." in audience
    assert not PRICE.search(audience)
    priced, _ = _flip_lines("yoga_teacher", "en", no_prices=False)
    assert any(line.startswith(firsts["audience"][:12]) and PRICE.search(line) for line in priced)
