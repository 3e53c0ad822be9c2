"""The ranking's shortcuts around medians give the ranking the medians themselves would give.

A plan whose samples are more than half within the budget is scored without its first-year
median, and a horizon total is found only for plans that tie on score or are read. Here
every candidate is checked against numpy's medians of all its samples, and the order
against the rule the plans module states: score, then horizon total, then size, then
PRESENCES order.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import load_datapack
from wxdesk.engine.costs import CostBook
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.fit import fit_table
from wxdesk.engine.likely_costs import LikelyCosts
from wxdesk.engine.plans import budget_doublings, candidates

PACK = load_datapack()


@settings(max_examples=40, deadline=None)
@given(scenarios)
def test_ranked_plans_carry_numpys_medians_in_the_stated_order(scenario):
    book = CostBook(scenario, PACK)
    ranked = candidates(fit_table(scenario, PACK), scenario, PACK, book)
    sets = [c.members for c in ranked]
    samples = book.first_year_and_total(sets)
    first_years, totals = np.median(samples[:len(sets)], axis=1), np.median(samples[len(sets):], axis=1)
    penalty, budget = PACK.likely("budget_penalty_points"), scenario.budget_cny
    # Below the cheapest plan's first year the points run on in a straight line; where a plan is
    # within the budget the budget is at or above that.
    cheapest = budget if not len(first_years) or first_years.min() <= budget else float(first_years.min())
    cheapest = max(cheapest, PACK.likely("budget_doublings_from_cny"))
    for c, first_year, total in zip(ranked, first_years, totals, strict=True):
        assert c.first_year_likely == first_year and c.total_likely == total
        # (within the budget it is all covered: no division, which a vanishing first year would overflow)
        covered = 1.0 if first_year <= max(budget, 0.0) else budget / first_year
        doublings = 0.0 if first_year <= budget else budget_doublings(budget, first_year, cheapest)
        assert c.budget_covered == covered and c.budget_penalty == penalty * doublings
    # Ranked by the score before its floor at 0 (the same order as the scores shown, plans at 0 kept
    # apart by the points they lost beyond it), then the cheaper, the smaller, the earlier.
    keys = [(-round(c.unfloored / 1e-6) * 1e-6, c.total_likely, len(c.members),
             tuple(PRESENCES.index(m) for m in c.members)) for c in ranked]
    assert keys == sorted(keys)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 40), st.lists(st.floats(0, 1e9), min_size=1, max_size=8), st.floats(0, 1e9),
       st.integers(0, 2**32 - 1))
def test_surely_within_means_the_median_is_within(samples, rows, budget, seed):
    """The budget test without a median never says 'within' where the median is above the budget."""
    values = np.random.default_rng(seed).choice(np.array(rows + [budget]), size=(len(rows), samples))

    class Book:  # stands for a CostBook: the plans' first-year samples at the audience
        def first_year_and_total(self, member_sets, picked=slice(None)):
            return values[picked].copy()

    likely = LikelyCosts([()] * len(rows), Book())
    within = likely.surely_within(budget)
    medians = np.median(values, axis=1)
    for sure, median, found in zip(within, medians, likely.first_years(range(len(rows))), strict=True):
        assert found == median
        if sure:
            assert median <= budget


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 40), st.lists(st.floats(0, 1e9), min_size=1, max_size=8),
       st.lists(st.floats(0, 1e9), min_size=2, max_size=6), st.integers(0, 2**32 - 1))
def test_a_budget_dragged_at_one_audience_gets_the_answers_a_first_budget_gets(samples, rows, budgets, seed):
    """Asked about budget after budget (a drag keeps the sample past each plan's middle), the same
    answers and medians as a LikelyCosts asked about each budget first."""
    values = np.random.default_rng(seed).choice(np.array(rows + budgets), size=(len(rows), samples))

    class Book:
        def first_year_and_total(self, member_sets, picked=slice(None)):
            return values[picked].copy()

    dragged = LikelyCosts([()] * len(rows), Book())
    for budget in budgets:
        fresh = LikelyCosts([()] * len(rows), Book())
        assert dragged.surely_within(budget) == fresh.surely_within(budget)
        assert dragged.first_years(range(len(rows))) == fresh.first_years(range(len(rows)))


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 40), st.lists(st.floats(0, 1e9), min_size=1, max_size=8), st.floats(0, 1e9),
       st.integers(0, 2**32 - 1))
def test_medians_found_with_the_budget_test_are_numpys(samples, rows, budget, seed):
    """Where the budget test finds the first-year medians of most plans at once (most of them short of
    the budget, as at a large audience), each median it leaves known is its own row's, numpy's, whichever
    rows it was found with; the plans within the budget keep their answer."""
    values = np.random.default_rng(seed).choice(np.array(rows + [budget]), size=(len(rows), samples))
    asked = []

    class Book:
        def first_year_and_total(self, member_sets, picked=slice(None)):
            asked.append(picked)
            return values[picked].copy()

    likely = LikelyCosts([()] * len(rows), Book())
    within = likely.surely_within(budget)
    short = [i for i, sure in enumerate(within) if not sure]
    medians = np.median(values, axis=1)
    if 4 * len(short) >= 3 * len(rows):
        assert likely.first_years(range(len(rows))) == medians.tolist()
        assert len(asked) == 1  # every median from the rows the budget test made
    else:
        assert likely.first_years(short) == medians[short].tolist()
    for sure, median in zip(within, medians, strict=True):
        assert not sure or median <= budget


@settings(max_examples=40, deadline=None)
@given(scenarios, st.sampled_from([None, 1.0, 10_000.0, 150_000.0]))
def test_the_best_plan_within_a_budget_is_the_first_of_the_whole_order_within_it(scenario, budget):
    """Ranking.first_within, asked of a ranking not yet put in order (it settles only what it reads, and
    nothing where no plan is within the budget), against every plan in the settled order."""
    from wxdesk.engine.plans import Ranking, plan_sets

    scenario = scenario if budget is None else scenario.with_changes(budget_cny=budget)
    table, book, sets = fit_table(scenario, PACK), CostBook(scenario, PACK), plan_sets(scenario, PACK)
    found = Ranking(sets, table, scenario, PACK, book).first_within(scenario.budget_cny)
    whole = Ranking(sets, table, scenario, PACK, book)[:]
    expected = next((c for c in whole if c.first_year_likely <= scenario.budget_cny), None)
    assert (None if found is None else found.members) == (None if expected is None else expected.members)
