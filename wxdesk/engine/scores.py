"""How the plans' scores are written: the decimals beside each other, and the first score line alone.

Apart from the ranking (plans.py) so that the views, which only write scores, load without
NumPy: the window's first frame is painted before NumPy has loaded (wxdesk.engine.answer_cache).
"""

from __future__ import annotations

from collections.abc import Sequence

from wxdesk.engine import reasons as R
from wxdesk.engine.reasons import Fixed, Parts, Reason


def score_shown(units: int, digits: int) -> Fixed | int:
    """A score (or a coverage), worked out in units of the scores' last digit, as written: with the scores'
    decimals wherever they have any ("80.0" beside "70.7"), whole where they have none."""
    return Fixed(units / 10 ** digits, digits) if digits else units


def points_shown(units: int, digits: int) -> Fixed | int:
    """A number of points, worked out in units of the scores' last digit, as written: whole where it
    is whole ("10 points" beside "70.7", never "10.0"), else with the scores' decimals ("2.7")."""
    unit = 10 ** digits
    return units // unit if units % unit == 0 else Fixed(units / unit, digits)


def score_in_one_line(reasons: Sequence[Reason]) -> Reason:
    """The plan's first score line standing alone: where the lines that follow it are not shown, it gives what
    takes the points, each with the points its line gives ("less 5 points for running 2 presences and 23 for the
    budget, it scores 43"), rather than pointing at lines that are not there, or a sum that no figure
    beside it explains. `points`, for the JSON, is what they take in all."""
    first = reasons[0]
    if first.template != R.PLAN_SCORE_LESS:
        return first
    coverage, score = first.params["coverage"], first.params["score"]
    digits = getattr(score, "digits", 0)
    taken = round(float(coverage) * 10 ** digits) - round(float(score) * 10 ** digits)  # type: ignore[arg-type]
    parts = [(part, line.params["points"]) for line in reasons[1:] if (part := _part(line)) is not None]
    written = Parts(Reason(R.SCORE_PART_NEXT if i else R.SCORE_PART_FIRST, {"points": points, "part": part})
                    for i, (part, points) in enumerate(parts))
    return Reason(R.PLAN_SCORE_IN_ONE_LINE, {"coverage": coverage, "points": points_shown(taken, digits),
                                             "score": score, "parts": written}, first.impact, first.about)


def _part(line: Reason) -> Reason | None:
    """What a score line takes its points for, in a few words; None for a line that takes none of its own (the
    floor's line says the lines before it took the points the plan had)."""
    if line.template == R.PLAN_PRESENCE_COST:
        return Reason(R.SCORE_PART_EFFORT, {"count": line.params["count"]})
    for lines, part in ((R.PLAN_STAFF_LINES, R.SCORE_PART_STAFF), (R.PLAN_COST_LINES, R.SCORE_PART_COST),
                        (R.PLAN_BUDGET_LINES, R.SCORE_PART_BUDGET)):
        if line.template in lines:
            return Reason(part)
    return None


def score_digits(scores: Sequence[float]) -> int:
    """The decimals the plan's score (first) and the next best plans' are written with, side by side
    and in each one's reasons: one where a plan that lost is within a point of the plan (it would read
    the plan's own score, or one point behind where it is a few tenths: a sensitivity lead of 0.3
    beside "70 against 69"), or where two plans that lost would read alike though apart; none where even one
    decimal would write them alike (they tie as written), or where no plan is that near."""
    # Scores that are equal (two plans at the floor of 0, say) read alike at any number of decimals.
    best, rest = scores[0], scores[1:]
    close = [(best, score) for score in rest if 0 < abs(best - score) < 1]
    # Two plans that lost, apart but written alike (food_ordering: 80.31 and 79.68, both "80"): their
    # order beside each other would go unexplained.
    close += [(one, other) for i, one in enumerate(rest) for other in rest[i + 1:]
              if one != other and round(one) == round(other)]
    # Two that one decimal writes alike tie as written, as equal scores do: a second decimal told apart plans that a
    # close call (less than a point) already calls nearer than the model can tell, and wrote a whole example to
    # hundredths ("73.46 …, less 5.33 points, 32.03 points", cross_border_skincare, for a third plan at 68.09 beside
    # the next best's 68.13). Their order is said in words instead (plan_reasons.why_not: "a hair below", "scores the
    # same as …, which costs less").
    close = [(one, other) for one, other in close if round(one, 1) != round(other, 1)]
    return 1 if close else 0
