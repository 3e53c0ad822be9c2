"""Why a variant of the plan scores less than it covers, in one sentence for its card beside the chart.

A variant (the plan's other presences with a Mini Program, an app, or both) is scored like any plan:
its coverage, less points for each presence beyond the first, for the staff its WeCom's chats take, for
its likely first year (in doublings over the cheapest plan's) and for a first year beyond the budget
(plans.py). Its card shows the score; this says which took the points and how many, counted as the
plan's own lines count them (plan_reasons.shown_points), so that coverage less the points reads as the score
the card writes.
"""

from __future__ import annotations

from wxdesk.engine import reasons as R
from wxdesk.engine.plans import Candidate
from wxdesk.engine.plan_reasons import shown_points
from wxdesk.engine.reasons import Reason
from wxdesk.engine.scores import points_shown, score_shown


def variant_score_reason(plan: Candidate, digits: int) -> Reason | None:
    """Why `plan` scores less than its coverage (None where it does not, as written to `digits` decimals).

    Its effort is its presences beyond the first and, where its WeCom serves, sells or takes payments by its
    staff's chats, their staff: one number, said as running its presences "and WeCom's chats"."""
    coverage, _score, presences, staff, cost, budget, full = shown_points(plan, digits)
    effort = presences + staff
    if effort <= 0 and cost <= 0 and budget <= 0:
        return None
    covers: dict[str, object] = {"coverage": score_shown(coverage, digits)}
    running: dict[str, object] = {"count": len(plan.members)}
    chats = plan.staff_penalty > 0
    impact = -(plan.effort_penalty + plan.money_penalty)
    if full is not None:
        # The points take all it covers: said as that, rather than as points that add up to 0. Its first year's
        # points are its cost's and, beyond the budget, the budget's: said as a first year beyond the budget where
        # the budget takes some, else as its first-year cost ("running 1 presences takes it all" was said of an
        # app whose cost took it all).
        by_effort, by_money = plan.effort_penalty > 0, plan.money_penalty > 0
        within = plan.budget_penalty <= 0
        if by_effort and by_money:
            if within:
                return Reason(R.VARIANT_SCORE_ZERO_BOTH_COST_CHATS if chats else R.VARIANT_SCORE_ZERO_BOTH_COST,
                              {**covers, **running}, impact)
            return Reason(R.VARIANT_SCORE_ZERO_BOTH_CHATS if chats else R.VARIANT_SCORE_ZERO_BOTH,
                          {**covers, **running}, impact)
        if by_money:
            return Reason(R.VARIANT_SCORE_ZERO_COST if within else R.VARIANT_SCORE_ZERO_BUDGET, covers, impact)
        return Reason(R.VARIANT_SCORE_ZERO_EFFORT_CHATS if chats else R.VARIANT_SCORE_ZERO_EFFORT,
                      {**covers, **running}, impact)
    # The parts as the plan's own lines split them: its effort, its cost (its first year in doublings over the
    # cheapest plan's) and a first year beyond the budget, each said where it takes points.
    parts: dict[str, object] = {**covers}
    if effort > 0:
        parts.update(running, effort=points_shown(effort, digits))
    if cost > 0:
        parts["cost_points"] = points_shown(cost, digits)
    if budget > 0:
        parts["points"] = points_shown(budget, digits)
    template = _TEMPLATES[(chats if effort > 0 else None, cost > 0, budget > 0)]
    if template in (R.VARIANT_SCORE_EFFORT, R.VARIANT_SCORE_EFFORT_CHATS):  # (its one part is "points")
        parts["points"] = parts.pop("effort")
    if template == R.VARIANT_SCORE_COST:
        parts["points"] = parts.pop("cost_points")
    return Reason(template, parts, impact)


# (effort: None, or True where it is WeCom's chats too, else False, with cost and budget) → the sentence.
_TEMPLATES = {
    (True, False, False): R.VARIANT_SCORE_EFFORT_CHATS, (False, False, False): R.VARIANT_SCORE_EFFORT,
    (None, True, False): R.VARIANT_SCORE_COST, (None, False, True): R.VARIANT_SCORE_BUDGET,
    (None, True, True): R.VARIANT_SCORE_COST_BUDGET,
    (False, True, False): R.VARIANT_SCORE_BOTH_COST, (True, True, False): R.VARIANT_SCORE_BOTH_CHATS_COST,
    (False, False, True): R.VARIANT_SCORE_BOTH, (True, False, True): R.VARIANT_SCORE_BOTH_CHATS,
    (False, True, True): R.VARIANT_SCORE_ALL, (True, True, True): R.VARIANT_SCORE_ALL_CHATS,
}
