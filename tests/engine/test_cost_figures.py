"""The cost figures a plan shows are its own yearly and running costs: the likely one at the averages, the
low and high ends numpy's percentiles of the draws.

cost_figures.py sorts the rows of every plan shown at once and sorts a row that holds the
same numbers as another only once (the first year's running sum, the years after the first).
Here each band is checked against the plan's own samples, year by year and summed year by
year with np.cumsum, bit for bit: its likely value their column at the averages, its ends
np.percentile of their draws (draws.py).
"""

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine.cost_figures import cost_figures
from wxdesk.engine.draws import AVERAGE_COLUMN, columns, drawn
from wxdesk.engine.results import Band
from wxdesk.engine.cost_terms import Term
from wxdesk.engine.costs import COMPONENTS, CostBook, clear_cost_cache, plan_costs

PACK = load_datapack()


def _bands(samples: np.ndarray) -> list[Band]:
    """One band per year of (samples, years): the likely value at the averages, the ends as np.percentile finds
    them among the draws."""
    likely = samples[AVERAGE_COLUMN]
    low, high = np.percentile(drawn(samples.T), [PACK.low_percentile, PACK.high_percentile], axis=1)
    return [Band(*values) for values in zip(low.tolist(), likely.tolist(), high.tolist(), strict=True)]


@settings(max_examples=40, deadline=None)
@given(scenarios)
def test_every_shown_plan_carries_numpys_bands_of_its_own_costs(scenario):
    evaluation = evaluate(scenario, PACK)
    shown = (evaluation.plan, *evaluation.alternatives, *evaluation.app_or_mini_program.variants.values())
    for plan in shown:
        yearly = plan_costs(plan.presences, scenario, PACK).yearly(scenario.audience)  # (samples, years)
        assert list(plan.yearly) == _bands(yearly)
        assert list(plan.cumulative) == _bands(np.cumsum(yearly, axis=1))
        assert plan.total == plan.cumulative[-1] and plan.first_year == plan.yearly[0]


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 6), st.floats(0, 1e7), st.lists(st.sampled_from([0.0, 1.0, 2.5]), min_size=6, max_size=6))
def test_a_plan_whose_later_years_differ_has_a_band_for_each(years, audience, spread):
    """A term spread unevenly over the years after the first (no cost the book makes today is):
    each year's band is then its own, not the second year's."""
    clear_cost_cache()
    scenario = Scenario().with_changes(horizon_years=years, audience=audience)
    book = CostBook(scenario, PACK, shared=False)
    pattern = np.array(spread[:years])
    # Channels' own parts, before any plan is built from them.
    book.own("channels").terms.append(Term(COMPONENTS.index("maintenance"), False,
                                           np.linspace(1.0, 5e4, columns(PACK.samples)), pattern))
    members = ("service", "channels")
    costs = book.plan(members)
    assert costs.later_years_alike == bool((pattern[1:] == pattern[1]).all())
    # With a plan whose later years are alike (the Service Account alone), found together.
    yearly_bands, cumulative, _ = cost_figures(book, [members, ("service",)], PACK)[members]
    yearly = costs.yearly(audience)
    assert list(yearly_bands) == _bands(yearly)
    assert list(cumulative) == _bands(np.cumsum(yearly, axis=1))
    book.release()


@settings(max_examples=25, deadline=None)
@given(scenarios, st.lists(st.floats(0, 5e8, allow_nan=False), min_size=1, max_size=4))
def test_a_drag_shows_the_figures_of_each_audience(scenario, audiences):
    """An audience drag reuses the shown plans' rows, stacked once for the plans shown together: at every
    step each plan's bands are still numpy's of its own costs there, and its breakdowns, year by year,
    those a fresh evaluation gives."""
    def shown(evaluation):
        return (evaluation.plan, *evaluation.alternatives, *evaluation.app_or_mini_program.variants.values())

    clear_cost_cache()
    evaluate(scenario, PACK)
    dragged = [evaluate(scenario.with_changes(audience=audience), PACK) for audience in audiences]
    for audience, evaluation in zip(audiences, dragged, strict=True):
        for plan in shown(evaluation):
            yearly = plan_costs(plan.presences, evaluation.scenario, PACK).yearly(audience)
            assert list(plan.yearly) == _bands(yearly)
            assert list(plan.cumulative) == _bands(np.cumsum(yearly, axis=1))
        clear_cost_cache()
        fresh = evaluate(evaluation.scenario, PACK)
        assert ([(p.breakdown, p.yearly_breakdown) for p in shown(evaluation)]
                == [(p.breakdown, p.yearly_breakdown) for p in shown(fresh)])


@settings(max_examples=40, deadline=None)
@given(scenarios)
# WeCom alone for half a user over a year: its ¥300 of fees, the largest part, took the rounding's yuan and read ¥301.
@example(Scenario().with_changes(budget_cny=0.0, interaction_minutes=1.0, audience=0.5, china_share=1.0,
                                 pushes_per_month=55.0, goals=[], needs=[], horizon_years=1, entity="company",
                                 paid_share=0.25))
def test_a_part_the_same_in_every_sample_reads_its_own_amount(scenario):
    """A client who multiplies a fee by the years finds it in the breakdown: a part that is the same in every
    sample (a fee the data pack gives one value) is not scaled with the uncertain ones, over the horizon and in
    each year; the parts still add up to the likely total. (Scaled, ¥693 a year came to ¥1,900 over three years.)"""
    evaluation = evaluate(scenario, PACK)
    shown = (evaluation.plan, *evaluation.alternatives, *evaluation.app_or_mini_program.variants.values())
    for plan in shown:
        costs = plan_costs(plan.presences, scenario, PACK)
        parts = {component: costs.part(component, scenario.audience) for component in COMPONENTS}  # (samples, years)
        for year, split in [(None, plan.breakdown), *enumerate(plan.yearly_breakdown)]:
            amounts = {c: p.sum(axis=1) if year is None else p[:, year] for c, p in parts.items()}
            sure = {c: float(a[0]) for c, a in amounts.items() if np.ptp(a) == 0}
            assert sum(split.values()) == round((plan.total if year is None else plan.yearly[year]).likely)
            if len(sure) < len(COMPONENTS):  # (where all are sure, the rounding's rest falls on one of them)
                for component, amount in sure.items():
                    assert split[component] == round(amount), (plan.presences, year, component)
