"""How the budget's points under the plan's score are found, where the appendix's rule alone does not rebuild them.

A hotpot chain's handout read "Less 3.2 points because the budget covers only 89%": the appendix's 20 points a
doubling make 20 × log2(¥898k / ¥800k) = 3.3. Where no plan fits within the budget, the points grow in doublings only
down to the cheapest plan's likely first year (or the pack's budget_doublings_from_cny, where that is more), and in a
straight line below it, each 69.3% (ln 2) of that amount the budget falls short counting as a doubling
(plans._budget_penalties, budget_doublings): 20 × log2(¥898k / ¥885k) + 20 × (¥885k − ¥800k) / ¥614k = 3.2. The line's
sentence is the engine's; the one after it says this, with the amount and the plan the points are counted from, as
the cost's line names the cheapest plan ("1.7 times ¥98.8k … WeCom").
"""

from __future__ import annotations

import math

from wxdesk.engine import reasons as R
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.evaluator import ranked_plans
from wxdesk.engine.money import covers
from wxdesk.engine.plans import TIED_YUAN, budget_doublings, plan_sets
from wxdesk.engine.results import Evaluation
from wxdesk.words.numbers import close_unit_spaces
from wxdesk.words.words import Words

# The rule's points may differ from the line's by what the engine's own arithmetic leaves (a float's last digits).
_SAME_POINTS = 1e-6


def with_budget_points(evaluation: Evaluation, pack: DataPack, w: Words) -> tuple[str, ...]:
    """The plan's score lines as the handout, the long image and the text summary print them: the budget's followed by
    how its points are counted (budget_points_note), where that is not the appendix's rule alone."""
    note = budget_points_note(evaluation, pack, w)
    return tuple(w.sentences([w.reason(r), note]) if r.template in R.PLAN_BUDGET_LINES else w.reason(r)
                 for r in evaluation.plan.reasons)


def budget_points_note(evaluation: Evaluation, pack: DataPack, w: Words) -> str:
    """The sentence after the plan's budget line that says how its points are counted, where the budget is below the
    amount the doublings count from; else "". `pack`: with the scenario's own figures."""
    plan, sc = evaluation.plan, evaluation.scenario
    line = next((r for r in plan.reasons if r.template in R.PLAN_BUDGET_LINES), None)
    if line is None:
        return ""
    ranked = [c for c in ranked_plans(sc, pack, *plan_sets(sc, pack).sets) if c is not None]
    budget, cost = sc.budget_cny, plan.first_year.likely
    if not ranked or any(covers(budget, c.first_year_likely) for c in ranked):
        return ""  # (a plan fits within the budget: the doublings count from the budget, as the appendix says)
    least = min(c.first_year_likely for c in ranked)
    from_pack = pack.likely("budget_doublings_from_cny")
    floor = max(least, from_pack)
    per = pack.likely("budget_penalty_points")
    # The rule as the ranking takes it, for these amounts: said only where it makes the line's points.
    if budget >= floor or abs(per * budget_doublings(budget, cost, floor) + line.impact) > _SAME_POINTS:
        return ""
    # Two amounts that read alike and differ are written in full, as a sentence's are (Words._told_apart): "from ¥246k
    # … up to the plan's ¥246k" read as no step at all.
    alike = w.money(floor) == w.money(cost) and cost - least >= TIED_YUAN
    written = w.money_in_full if alike else w.money
    values = {"per": f"{per:g}", "floor": written(floor), "cost": written(cost),
              "step": w.money(floor * math.log(2)),
              "ln2": f"{100 * math.log(2):.1f}%"}  # (as the appendix's rule says it: "69.3% (ln 2)")
    if floor > least:  # the pack's amount, above every plan's first year
        if cost >= floor:
            text = w.translate("Report", "The points: {per} for each doubling from {floor}, the amount below which a "
                                         "budget's shortfall counts in proportion, up to the plan's {cost}; below "
                                         "{floor}, {per} for each {step} ({ln2} of {floor}) the budget falls short."
                               ).format(**values)
        else:
            text = w.translate("Report", "The points: below {floor}, the amount below which a budget's shortfall "
                                         "counts in proportion, {per} for each {step} ({ln2} of {floor}) by which the "
                                         "budget falls short of the plan's {cost}.").format(**values)
    elif cost - least < TIED_YUAN:  # the plan is the cheapest (or tied for it): no doublings above it
        text = w.translate("Report", "The points: the plan's {cost} is the least first-year cost of any plan, and "
                                     "below it {per} for each {step} ({ln2} of {cost}) the budget falls short."
                           ).format(**values)
    else:
        # The cheapest plan, as the cost's line names it (Candidate.cheapest: of those tied for the least, the one
        # ranked first), else the best-scoring of them.
        named = next((c.cheapest for c in ranked if c.members == plan.presences), ())
        tied = [c for c in ranked if c.first_year_likely - least < TIED_YUAN]
        cheapest = named if any(c.members == named for c in tied) else max(tied, key=lambda c: c.score).members
        text = w.translate("Report", "The points: {per} for each doubling from {floor}, the likely first-year cost of "
                                     "the cheapest plan, {cheapest}, up to the plan's {cost}; below {floor}, {per} for "
                                     "each {step} ({ln2} of {floor}) the budget falls short.").format(
            cheapest=w.plan(cheapest), **values)
    return close_unit_spaces(text) if w.chinese else text
