"""What next_best reads, for the tests of the totals an evaluation finds ahead of it (plans.next_best_reads)."""

from wxdesk.engine.costs import clear_cost_cache
from wxdesk.engine.evaluator import _ranked
from wxdesk.engine.likely_costs import LikelyCosts
from wxdesk.engine.plans import ALTERNATIVES, next_best, next_best_reads


def totals_read(scenario, pack, monkeypatch):
    """(table, ranked, reads, shown, read): the plans whose totals the evaluation finds ahead (`reads`), the cards
    next_best shows, and the places of the plans whose likely totals it read to choose them (`read`)."""
    clear_cost_cache()
    table, ranked = _ranked(scenario, pack)
    reads = next_best_reads(ranked, table, scenario, pack, ALTERNATIVES)
    read: set[int] = set()
    found_total = LikelyCosts.total

    def total(self, plan):
        read.add(plan)
        return found_total(self, plan)

    with monkeypatch.context() as patched:
        patched.setattr(LikelyCosts, "total", total)
        shown = next_best(ranked, table, scenario, pack, ALTERNATIVES)
    return table, ranked, reads, shown, read
