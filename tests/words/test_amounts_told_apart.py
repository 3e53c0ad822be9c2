"""Two amounts in one sentence that differ never read alike there, and a difference between two amounts is the one
a reader works out from them as written.

food_ordering on a budget of ¥245,800 read "Your budget of ¥246k is ¥233 short of the plan's likely first-year cost of
¥246k": each amount rounded to three digits, as every figure is, made the sentence read as a slip. Amounts that would
read alike are written to the whole yuan instead (2026-12-06).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from wxdesk.engine import load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.evaluator import evaluate
from wxdesk.engine.reasons import Difference, Money, Plan, Reason
from wxdesk.batch.language import words
from wxdesk.words.words import Words

PACK = load_datapack()
# (A sign before the number, or in Chinese a dollar or euro amount's name after it: "1,430美元".)
_AMOUNT = re.compile(r"[¥$€]([\d,]+(?:\.\d+)?)(k|M|B|万|亿)?|([\d,]+(?:\.\d+)?)(k|M|B|万|亿)?(?:美元|欧元)")
_SIZES = {None: 1, "k": 10**3, "M": 10**6, "B": 10**9, "万": 10**4, "亿": 10**8}


def _written(text: str) -> list[tuple[str, Decimal]]:
    """Each amount of money in `text`, as written and as the number a reader takes it for."""
    return [(m.group(0), Decimal((m.group(1) or m.group(3)).replace(",", "")) * _SIZES[m.group(2) or m.group(4)])
            for m in _AMOUNT.finditer(text)]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_budget_a_little_short_reads_short(lang):
    evaluation = evaluate(load_preset("food_ordering").with_changes(budget_cny=245_800), PACK)
    reader = words(lang)
    texts = [reader.reason(reason) for reason in _all_reasons(evaluation)]
    line = next((text for text in texts if "¥233" in text), None)
    assert line is not None, texts
    assert {"¥245,800", "¥233", "¥246,033"} <= {amount for amount, _ in _written(line)}, line
    # Every sentence that names the budget beside the plan's first year tells the two apart.
    assert all("¥246k" not in text and "¥24.6万" not in text for text in texts if "¥245,800" in text), texts


def _all_reasons(evaluation) -> list[Reason]:
    found: list[Reason] = []

    def walk(value) -> None:
        if isinstance(value, Reason):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))
    walk(evaluation)
    return found


def _budget_short(budget: float, cost: float, other: float) -> Reason:
    return Reason(R.BUDGET_SHORT_OTHER, {"budget": Money(budget), "gap": Difference(cost, budget), "cost": Money(cost),
                                         "plan": Plan(("subscription", "mini_program")), "other_cost": Money(other)})


@settings(max_examples=300, deadline=None)
@given(budget=st.integers(10_000, 50_000_000), over=st.floats(0.0001, 3.0), under=st.floats(0.0, 0.3),
       currency=st.sampled_from(["CNY", "USD", "EUR"]), lang=st.sampled_from(["en", "zh_CN"]))
@example(budget=245_800, over=233 / 245_800, under=67 / 245_800, currency="CNY", lang="en")
@example(budget=245_800, over=54_200 / 245_800, under=67 / 245_800, currency="CNY", lang="en")
@example(budget=12_284, over=0.0001, under=0.0, currency="USD", lang="en")  # ($1,750 and $1,760, both $1,755 in full)
def test_amounts_that_differ_read_apart_and_the_gap_is_theirs(budget, over, under, currency, lang):
    cost = round(budget * (1 + over))
    other = round(budget * (1 - under))
    words = Words.make(lang, currency, PACK)
    text = words.reason(_budget_short(budget, cost, other))
    amounts = _written(text)
    assert len(amounts) == 4, text  # budget, gap, cost, the other plan's cost
    (budget_text, budget_read), (gap_text, _), (cost_text, cost_read), (other_text, _) = amounts
    in_full = [words.money_in_full(v) for v in (budget, cost, other)]
    # Two amounts that differ where written to the whole unit never read alike.
    for (a_text, a_full), (b_text, b_full) in [((budget_text, in_full[0]), (cost_text, in_full[1])),
                                               ((budget_text, in_full[0]), (other_text, in_full[2])),
                                               ((cost_text, in_full[1]), (other_text, in_full[2]))]:
        if a_full != b_full:
            assert a_text != b_text, text
    # The gap is the one the reader finds from the two amounts as written, written as any amount is; where the two
    # read alike even to the whole unit, the exact difference (as money.shown_difference says), never "0".
    if cost_read > budget_read:
        assert gap_text == _as_written(words, cost_read - budget_read), text
    else:
        exact = cost / words.cny_per_unit - budget / words.cny_per_unit
        assert gap_text == _as_written(words, exact) != words.money(0), text


def _as_written(words: Words, units: Decimal | float) -> str:
    """An amount already in the reader's currency, written as any amount is."""
    from wxdesk.engine.money import _format_units
    return _format_units(units, words.currency, words.cny_per_unit != 1.0, "zh" if words.chinese else "en")


def test_amounts_that_read_apart_are_left_as_every_figure_is():
    text = Words(pack=PACK).reason(_budget_short(200_000, 300_000, 150_000))
    assert [t for t, _ in _written(text)] == ["¥200k", "¥100k", "¥300k", "¥150k"], text
