"""The ranking's shortcuts give the ranking each plan's own likely costs would give.

A plan's likely cost is its cost at every figure's average, the first column of its samples
(draws.py); a horizon total is found only for plans that tie on score or are read. Here every
candidate is checked against that column of all its samples, and the order against the rule
the plans module states: score, then horizon total, then size, then PRESENCES order.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import load_datapack
from wxdesk.engine.costs import CostBook
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.draws import AVERAGE_COLUMN
from wxdesk.engine.fit import fit_table
from wxdesk.engine.likely_costs import LikelyCosts
from wxdesk.engine.plans import budget_doublings, candidates
from wxdesk.engine.money import whole_yuan

PACK = load_datapack()


@settings(max_examples=40, deadline=None)
@given(scenarios)
def test_ranked_plans_carry_their_costs_at_the_averages_in_the_stated_order(scenario):
    book = CostBook(scenario, PACK)
    ranked = candidates(fit_table(scenario, PACK), scenario, PACK, book)
    sets = [c.members for c in ranked]
    samples = book.first_year_and_total(sets)
    first_years, totals = samples[:len(sets), AVERAGE_COLUMN], samples[len(sets):, AVERAGE_COLUMN]
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
def test_within_the_budget_means_the_likely_first_year_is_within(samples, rows, budget, seed):
    """The budget test says 'within' exactly where a plan's first year at the averages is at or below the
    budget, both to the whole yuan (money.covers: as the JSON holds them), and the likely first years it leaves known
    are each row's own."""
    values = np.random.default_rng(seed).choice(np.array(rows + [budget]), size=(len(rows), samples))

    class Book:  # stands for a CostBook: the plans' first-year samples at the audience
        def first_year_and_total(self, member_sets, picked=slice(None), at=slice(None)):
            return values[picked][:, at].copy()

    likely = LikelyCosts([()] * len(rows), Book())
    within = likely.within(budget)
    assert within == [whole_yuan(float(v)) <= whole_yuan(budget) for v in values[:, AVERAGE_COLUMN]]
    assert likely.first_years(range(len(rows))) == values[:, AVERAGE_COLUMN].tolist()


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 40), st.lists(st.floats(0, 1e9), min_size=1, max_size=8),
       st.lists(st.floats(0, 1e9), min_size=2, max_size=6), st.integers(0, 2**32 - 1))
def test_a_budget_dragged_at_one_audience_gets_the_answers_a_first_budget_gets(samples, rows, budgets, seed):
    """Asked about budget after budget (a drag keeps the first years found at the first), the same
    answers and likely costs as a LikelyCosts asked about each budget first."""
    values = np.random.default_rng(seed).choice(np.array(rows + budgets), size=(len(rows), samples))

    class Book:
        def first_year_and_total(self, member_sets, picked=slice(None), at=slice(None)):
            return values[picked][:, at].copy()

    dragged = LikelyCosts([()] * len(rows), Book())
    for budget in budgets:
        fresh = LikelyCosts([()] * len(rows), Book())
        assert dragged.within(budget) == fresh.within(budget)
        assert dragged.first_years(range(len(rows))) == fresh.first_years(range(len(rows)))


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 40), st.lists(st.floats(0, 1e9), min_size=1, max_size=8),
       st.lists(st.integers(0, 15), max_size=12), st.integers(0, 2**32 - 1))
def test_likely_costs_are_each_rows_own_whichever_are_found_together(samples, rows, asked, seed):
    """First years and totals asked for in any order and groups read each row's own first column."""
    values = np.random.default_rng(seed).choice(np.array(rows), size=(2 * len(rows), samples))

    class Book:
        def first_year_and_total(self, member_sets, picked=slice(None), at=slice(None)):
            return values[picked][:, at].copy()

    likely = LikelyCosts([()] * len(rows), Book())
    plans = [i % len(rows) for i in asked]
    half = len(plans) // 2
    assert likely.totals(plans[:half]) == values[[len(rows) + i for i in plans[:half]], AVERAGE_COLUMN].tolist()
    assert likely.first_years(plans[half:]) == values[plans[half:], AVERAGE_COLUMN].tolist()
    assert likely.first_years(range(len(rows))) == values[:len(rows), AVERAGE_COLUMN].tolist()
    assert likely.totals(range(len(rows))) == values[len(rows):, AVERAGE_COLUMN].tolist()


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
