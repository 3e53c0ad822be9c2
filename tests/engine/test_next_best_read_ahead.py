"""Every likely total next_best reads at the first evaluation at an audience is found ahead, in the one sort with
the others the evaluation reads (plans.next_best_reads), not one at a time.

next_best weighs a plan that is another with idle presences added by the two plans' totals: against the plan,
and against each plan it has chosen to show. Counted against the plan alone, the plans it read on to, past one
that padded a plan it shows, each took a sort of its own (a third of the audience moves of the examples' drags).
Only below a card that is a plan before it with idle presences added at a lower cost (a real choice, shown) may
next_best read a plan the walk ahead did not count on. Found ahead or when read, a total is the same (its row's own
median): the answers cannot tell, which the evaluations' hash over the examples checks.
"""

import pytest
from hypothesis import given, settings

from next_best_totals import totals_read
from scenario_strategies import scenarios

from wxdesk.engine import load_datapack, load_preset, preset_ids
from wxdesk.engine.plans import _idle_added

PACK = load_datapack()


def _check(scenario, monkeypatch) -> None:
    table, ranked, reads, shown, read = totals_read(scenario, PACK, monkeypatch)
    reads = {c.place for c in reads}
    if not len(ranked):
        return
    best = ranked[0]
    # A card that is the plan, or a card before it, with idle presences added and a lower cost: a real choice.
    cheaper_padding = any(_idle_added(card, base, table, scenario, PACK) and card.total_likely < base.total_likely
                          for i, card in enumerate(shown) for base in (best, *shown[:i]))
    assert cheaper_padding or read <= reads


@settings(max_examples=60, deadline=None)
@given(scenarios)
def test_generated_scenarios(scenario):
    with pytest.MonkeyPatch.context() as monkeypatch:
        _check(scenario, monkeypatch)


def test_every_example_at_many_audiences(monkeypatch):
    for name in preset_ids():
        preset = load_preset(name)
        for audience in (100, 700, 3_000, 20_000, 80_000, 400_000, 2_000_000, 10_000_000, 60_000_000):
            _check(preset.with_changes(audience=audience), monkeypatch)
