"""The plan's score in one line: where only the first score line is shown (presenting on a 720-line
projector), it says how many points the lines it stands for take, not "less the points that follow"
with no points following."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.scores import score_in_one_line

PACK = load_datapack()
PRESETS = [load_preset(p) for p in preset_ids()]
squeezed = st.builds(lambda scenario, budget: scenario.with_changes(budget_cny=budget),
                     scenarios, st.floats(0, 200_000))


def _check(scenario) -> bool:
    reasons = evaluate(scenario, PACK).plan.reasons
    line = score_in_one_line(reasons)
    first = reasons[0]
    if first.template != R.PLAN_SCORE_LESS:
        assert line is first  # nothing follows it: it stands as it is
        return False
    assert line.template == R.PLAN_SCORE_IN_ONE_LINE
    coverage, points, score = (float(line.params[k]) for k in ("coverage", "points", "score"))
    digits = getattr(line.params["score"], "digits", 0)
    # The score as the plan's other lines write it: "29.00" where the best plans are written to a hundredth.
    assert "follow" not in line.text and line.text.endswith(f"it scores {score:.{digits}f}.")
    # As written, the three figures add up: coverage less the points is the score.
    assert round(coverage - points, digits) == round(score, digits)
    # And the points are those of the lines it stands for (the floor's line, where the floor was met).
    taken = {r.template: float(r.params["points"]) for r in reasons[1:]}
    if R.PLAN_SCORE_FLOOR in taken:
        assert points == taken[R.PLAN_SCORE_FLOOR]
    else:
        assert round(points, digits) == round(sum(taken.values()), digits)
    # What takes them: each line that takes points of its own, named in its order with the points it gives (the
    # budget's "takes 14 points off its score" beside "less 15 points" read as two figures for one thing).
    own = [(r.template, r.params["points"]) for r in reasons[1:] if r.template != R.PLAN_SCORE_FLOOR]
    parts = line.params["parts"]
    kinds = {R.PLAN_PRESENCE_COST: R.SCORE_PART_EFFORT, **dict.fromkeys(R.PLAN_STAFF_LINES, R.SCORE_PART_STAFF),
             **dict.fromkeys(R.PLAN_COST_LINES, R.SCORE_PART_COST),
             **dict.fromkeys(R.PLAN_BUDGET_LINES, R.SCORE_PART_BUDGET)}
    assert [kinds[t] for t, _ in own] == [part.params["part"].template for part in parts]
    assert [str(p) for _, p in own] == [str(part.params["points"]) for part in parts]
    assert [part.template for part in parts] == [R.SCORE_PART_FIRST] + [R.SCORE_PART_NEXT] * (len(parts) - 1)
    # Each part's points as its line writes them, in the line's text, adding up to the whole.
    assert round(sum(float(part.params["points"]) for part in parts), digits) == round(points, digits)
    assert all(f"{R.number_as_written(part.params['points'])} " in line.text for part in parts)
    return True


def test_every_example_with_points_taken_reads_them_in_one_line():
    assert sum(_check(scenario) for scenario in PRESETS) >= 3  # most examples have points taken


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(scenarios, squeezed))
def test_the_one_line_adds_up(scenario):
    _check(scenario)
