"""What a slider move now takes from what an earlier evaluation kept answers as a fresh evaluation does.

A move's shortcuts keep: each plan's place among its ranking's distinct first-year rows (PlanRows.first_year_places)
and which plans' staff chat (CostBook.chatting), with the cost store; each plan's row among a table's columns
(CoverageLayout.places); the size scores and sessions held of the last audience and pack (fit._at_audience). Each
is kept by what it is made from: here, scenarios drawn as a drag meets them (the audience, the session length and
the budget moved, a figure of the pack overridden, the audience's zero signed both ways) are evaluated in an order
drawn too, each after the others, and each equals the same scenario evaluated fresh.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine.costs import clear_cost_cache

PACK = load_datapack()

# Figures the kept values read: the size's lean (the size scores), whether the size weighs at all (the sessions
# held), WeCom's free contacts (its contacts above them), the staff's points (which plans' staff count).
_OVERRIDES = st.sampled_from([
    {}, {"scale_pivot_users": 2_000.0}, {"weight_scale": 0.0}, {"wecom_free_contacts": 10.0},
    {"staff_effort_points": 0.0}, {"scale_pivot_users": 2_000.0, "weight_scale": 0.0},
])
_MOVES = st.one_of(
    st.builds(lambda a: {"audience": a}, st.one_of(st.floats(0, 2e8, allow_nan=False), st.sampled_from([0.0, -0.0]),
                                                    st.integers(0, 1000))),
    st.builds(lambda m: {"interaction_minutes": m}, st.floats(0.05, 600, allow_nan=False)),
    st.builds(lambda b: {"budget_cny": b}, st.floats(0, 1e9, allow_nan=False)),
    st.builds(lambda o: {"overrides": o}, _OVERRIDES),
)


def _answer(evaluation) -> tuple[object, ...]:
    """The JSON, and the unrounded figures and sentences behind it."""
    plans = (evaluation.plan, *evaluation.alternatives, *evaluation.app_or_mini_program.variants.values())
    return (evaluation.to_dict(),
            [(p.fit, p.reasons) for p in evaluation.presences],
            [(p.presences, p.score, p.coverage, p.total, p.yearly, p.cumulative, p.breakdown, dict(p.columns),
              p.why_not, p.reasons) for p in plans])


@settings(max_examples=30, deadline=None)
@given(scenarios, st.lists(_MOVES, min_size=2, max_size=6), st.randoms(use_true_random=False))
def test_moves_in_any_order_answer_as_fresh_evaluations(scenario, moves, order):
    drag = [scenario]
    for change in moves:
        drag.append(drag[-1].with_changes(**change))
    order.shuffle(drag)
    clear_cost_cache()
    warm = [_answer(evaluate(moved, PACK)) for moved in drag]
    for moved, answer in zip(drag, warm, strict=True):
        clear_cost_cache()
        assert answer == _answer(evaluate(moved, PACK))
