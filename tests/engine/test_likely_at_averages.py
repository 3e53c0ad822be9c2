"""A likely cost is the plan's cost with every figure of the data pack at its average, and its split's parts are the
same amounts in every plan and add up to it.

The oracle here is independent of the sampling's first column (draws.py): the same scenario costed under a pack
whose every ranged figure is fixed at its average, where every sample is that one cost.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings

from scenario_strategies import scenarios

from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine.costs import COST_FIGURES, CostBook
from wxdesk.engine.results import COMPONENTS

PACK = load_datapack()
# The figures a cost is made of, each fixed at its average; the fit's and the timeline's keep theirs (they read the
# likely value, and a fit at another value may give the plan's members other roles, and so other costs).
AT_AVERAGES = replace(PACK, figures={fid: figure.with_values(figure.average, figure.average, figure.average)
                                     if fid in COST_FIGURES else figure for fid, figure in PACK.figures.items()})


def _shown(evaluation):
    plans = [evaluation.plan, *evaluation.alternatives]
    if evaluation.app_or_mini_program is not None:
        plans += list(evaluation.app_or_mini_program.variants.values())
    return plans


@settings(max_examples=40, deadline=None)
@given(scenarios)
def test_every_shown_plans_likely_cost_is_its_cost_with_every_figure_at_its_average(scenario):
    evaluation = evaluate(scenario, PACK)
    fixed = CostBook(scenario, AT_AVERAGES)
    for plan in _shown(evaluation):
        yearly = fixed.plan(plan.presences).yearly(scenario.audience)  # (samples, years), every sample alike
        assert (yearly == yearly[0]).all()
        for band, cost in zip(plan.yearly, yearly[0].tolist(), strict=True):
            assert band.likely == pytest.approx(cost, rel=1e-12, abs=1e-6)
        assert plan.total.likely == pytest.approx(float(yearly[0].sum()), rel=1e-12, abs=1e-6)


@settings(max_examples=40, deadline=None)
@given(scenarios)
def test_a_part_of_the_cost_reads_the_same_in_every_plan_that_costs_it_alike(scenario):
    """Each part of each shown plan's split is that part at the averages, rounded, but for the few yuan that
    rounding leaves over (which one part takes so that the parts add up to the rounded total)."""
    evaluation = evaluate(scenario, PACK)
    book = CostBook(scenario, PACK)
    for plan in _shown(evaluation):
        own = dict(zip(COMPONENTS, book.plan(plan.presences).component_likely(scenario.audience).sum(axis=1).tolist(),
                       strict=True))
        split = plan.breakdown
        assert sum(split.values()) == round(plan.total.likely)
        off = [part for part, amount in split.items() if amount != round(own[part])]
        assert len(off) <= 1, (split, own)
        for part in off:
            assert abs(split[part] - own[part]) <= 0.5 + 0.5 * len(COMPONENTS)


def test_the_default_scenarios_mini_program_build_is_one_amount_in_every_plan():
    """The case the median made: the default scenario's Mini Program build read ¥97,929 in its plan and ¥95,514 in
    Mini Program + WeCom, each part scaled to its own plan's median."""
    evaluation = evaluate(Scenario(), PACK)
    builds = {plan.presences: plan.breakdown["build"] for plan in _shown(evaluation)
              if "mini_program" in plan.presences and "native_app" not in plan.presences}
    assert len(builds) >= 2 and len(set(builds.values())) == 1, builds
