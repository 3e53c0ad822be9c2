"""A fee reads the same in a presence's reasons and in its key facts (WeCom's overseas verification)."""

import datetime as dt
import re

import pytest

from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine.scenario import Scenario
from wxdesk.words.words import Words

PACK = load_datapack()


def _wording(text: str, amount: str) -> str:
    """What follows the amount in its parentheses: "a year", "for each yearly review"."""
    match = re.search(re.escape(amount) + r" ([^)]*)\)", text)
    assert match, (amount, text)
    return match.group(1)


@pytest.mark.parametrize("entity", ["company", "overseas_company"])
def test_wecoms_fee_reads_alike_in_its_reason_and_its_fact(entity):
    scenario = Scenario().with_changes(entity=entity, goals=["relationship", "sell"], needs=["payments"])
    ev = evaluate(scenario, PACK, dt.date(2026, 12, 1))
    w = Words(pack=PACK)
    reason = next(w.reason(r) for r in ev.presence("wecom").reasons if r.code.startswith("payments_yes"))
    facts = [w.fact(f) for f in PACK.accounts["wecom"].facts if f.applies_to(entity)]
    fee = "¥700" if entity == "overseas_company" else "¥300"
    assert fee in reason
    quoting = [f for f in facts if fee in f]
    if entity == "overseas_company":
        assert quoting, facts
    for fact in quoting:
        assert _wording(fact, fee) == _wording(reason, fee)
