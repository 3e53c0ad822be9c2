"""The plans whose likely totals an evaluation finds ahead of next_best are ones it reads.

At the first evaluation at an audience, the totals of the plans next_best reads (plans.next_best_reads) are
found in one sort with the others the evaluation reads. That saves time only if each is read: next_best weighs
it by its total as padding, or it is shown, and its card says its total against the plan's (why_not). Found
ahead or when read, a total is the same (its row's own median), so the answers cannot tell; this checks that
no total is found for nothing, but below a card that is the plan with idle presences added at a lower cost
(next_best then stops sooner than a walk without the totals can tell).
"""

import pytest
from hypothesis import given, settings

from scenario_strategies import scenarios

from wxdesk.engine import load_datapack, load_preset, preset_ids
from wxdesk.engine.costs import clear_cost_cache
from wxdesk.engine.evaluator import _ranked
from wxdesk.engine.likely_costs import LikelyCosts
from wxdesk.engine.plans import ALTERNATIVES, next_best, next_best_reads

PACK = load_datapack()


def _check(scenario, monkeypatch) -> None:
    clear_cost_cache()
    table, ranked = _ranked(scenario, PACK)
    reads = next_best_reads(ranked, table, scenario, PACK, ALTERNATIVES)
    read: set[int] = set()
    found_total = LikelyCosts.total

    def total(self, plan):
        read.add(plan)
        return found_total(self, plan)

    with monkeypatch.context() as patched:
        patched.setattr(LikelyCosts, "total", total)
        shown = next_best(ranked, table, scenario, PACK, ALTERNATIVES)
    if not len(ranked):
        assert not reads
        return
    # The plan's total, and each card's, are read beside the cards (why_not); the others by next_best itself.
    unread = {c.place for c in reads} - read - {c.place for c in (ranked[0], *shown)}
    best, order = ranked[0], ranked._order
    cheaper_padding = [order.index(c.place) for c in shown if set(best.members) < set(c.members)
                       and c.total_likely < best.total_likely]
    assert all(cheaper_padding and order.index(place) > min(cheaper_padding) for place in unread)


@settings(max_examples=60, deadline=None)
@given(scenarios)
def test_every_plan_next_best_reads_ahead_is_read(scenario):
    with pytest.MonkeyPatch.context() as monkeypatch:
        _check(scenario, monkeypatch)


def test_every_example_at_many_audiences(monkeypatch):
    for name in preset_ids():
        preset = load_preset(name)
        for audience in (100, 3_000, 80_000, 2_000_000, 60_000_000):
            _check(preset.with_changes(audience=audience), monkeypatch)
