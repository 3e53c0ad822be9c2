"""How the budget's points under the plan's score are counted, said after its line wherever it takes them.

A hotpot chain's handout read "Less 3.2 points because the budget covers only 89%": the appendix's 20 points a
doubling make 20 × log2(¥898k / ¥800k) = 3.3. Where no plan fits within the budget, the points grow in doublings only
down to the cheapest plan's likely first year (or the pack's budget_doublings_from_cny, where that is more), and in a
straight line below it, each 69.3% (ln 2) of that amount the budget falls short counting as a doubling
(plans._budget_penalties, budget_doublings): 20 × log2(¥898k / ¥885k) + 20 × (¥885k − ¥800k) / ¥614k = 3.2. The line's
sentence is the engine's; the one after it says this, with the amount and the plan the points are counted from, as
the cost's line names the cheapest plan ("1.7 times ¥98.8k … WeCom"). A budget between the cheapest plan's first year
and the plan's read "Less 1 point because the budget covers only 97%" with no rule at all, and the rule, where it was
said, read "20 for each doubling from …" beside the appendix's "each time its likely first-year cost doubles beyond
the budget": every note now opens with the appendix's words, and one whose budget counts in doublings alone gives them
("from the budget of ¥870k to the plan's ¥898k, 0.0459 doublings").
"""

from __future__ import annotations

import math
from collections.abc import Callable

from wxdesk.engine import reasons as R
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.evaluator import ranked_plans
from wxdesk.engine.money import covers
from wxdesk.engine.plans import TIED_YUAN, budget_doublings, plan_sets
from wxdesk.engine.reasons import Reason
from wxdesk.engine.results import Evaluation
from wxdesk.words.numbers import close_unit_spaces
from wxdesk.words.words import Words

# The rule's points may differ from the line's by what the engine's own arithmetic leaves (a float's last digits), or,
# where the line says it is rounded so that the lines add up to the score, by that rounding.
_SAME_POINTS = 1e-6
_ROUNDED_POINTS = 0.1
_ROUNDED_LINES = frozenset((R.PLAN_BUDGET_COST_ROUNDING, R.PLAN_BUDGET_NONE_ROUNDING))


def with_budget_points(evaluation: Evaluation, pack: DataPack, w: Words,
                       render: Callable[[Reason], str] | None = None) -> tuple[str, ...]:
    """The plan's score lines as the handout, the long image, the text summary and the window print them: the budget's
    followed by how its points are counted (budget_points_note), where that is not the appendix's rule alone.
    `render`: how a line is written (the window's remembers them), w.reason where not given."""
    render = w.reason if render is None else render
    note = budget_points_note(evaluation, pack, w)
    return tuple(w.sentences([render(r), note]) if r.template in R.PLAN_BUDGET_LINES else render(r)
                 for r in evaluation.plan.reasons)


def budget_points_note(evaluation: Evaluation, pack: DataPack, w: Words) -> str:
    """The sentence after the plan's budget line that says how its points are counted, in the appendix's words for the
    rule (budget_penalty_points: "each time its likely first-year cost doubles beyond the budget"), with the amounts
    that make them; "" where the plan's score takes no points for the budget. `pack`: with the scenario's own
    figures."""
    plan, sc = evaluation.plan, evaluation.scenario
    line = next((r for r in plan.reasons if r.template in R.PLAN_BUDGET_LINES), None)
    if line is None:
        return ""
    ranked = [c for c in ranked_plans(sc, pack, *plan_sets(sc, pack).sets) if c is not None]
    budget, cost = sc.budget_cny, plan.first_year.likely
    if not ranked:
        return ""
    least = min(c.first_year_likely for c in ranked)
    from_pack = pack.likely("budget_doublings_from_cny")
    # Where the points' straight line starts, as the ranking finds it (plans._budget_penalties): the budget where a
    # plan fits within it, else the cheapest plan's first year; the pack's amount where that is more.
    fits = any(covers(budget, c.first_year_likely) for c in ranked)
    floor = max(budget if fits else least, from_pack)
    per = pack.likely("budget_penalty_points")
    # The rule as the ranking takes it, for these amounts: said only where it makes the line's points (to the rounding
    # the line says it takes, where it does).
    tolerance = _ROUNDED_POINTS if line.template in _ROUNDED_LINES else _SAME_POINTS
    if abs(per * budget_doublings(budget, cost, floor) + line.impact) > tolerance:
        return ""
    # Two amounts that read alike and differ are written in full, as a sentence's are (Words._told_apart): "from ¥246k
    # … up to the plan's ¥246k" read as no step at all.
    alike = w.money(floor) == w.money(cost) and cost - least >= TIED_YUAN
    written = w.money_in_full if alike else w.money
    values = {"per": f"{per:g}", "floor": written(floor), "cost": written(cost),
              "step": w.money(floor * math.log(2)),
              "ln2": f"{100 * math.log(2):.1f}%"}  # (as the appendix's rule says it: "69.3% (ln 2)")
    if budget >= floor:  # doublings alone, from the budget
        # (To three significant digits: 20 × 0.0484 is the "1" point of the line, where 0.05 made 1 of 0.97 too.)
        told = w.money_in_full if w.money(budget) == w.money(cost) else w.money
        text = w.translate("Report", "The points: {per} each time its likely first-year cost doubles beyond the "
                                     "budget; from the budget of {budget} to the plan's {cost}, {doublings} "
                                     "doublings.").format(per=values["per"], budget=told(budget), cost=told(cost),
                                                          doublings=f"{math.log2(cost / budget):.3g}")
    elif floor > least:  # the pack's amount, above every plan's first year
        if cost >= floor:
            text = w.translate("Report", "The points: {per} each time its likely first-year cost doubles beyond the "
                                         "budget, counted from {floor}, the amount below which a budget's shortfall "
                                         "counts in proportion, up to the plan's {cost}; below {floor}, each {step} "
                                         "({ln2} of {floor}) the budget falls short counts as one doubling."
                               ).format(**values)
        else:
            text = w.translate("Report", "The points: {per} each time its likely first-year cost doubles beyond the "
                                         "budget, where below {floor}, the amount below which a budget's shortfall "
                                         "counts in proportion, each {step} ({ln2} of {floor}) by which the budget "
                                         "falls short of the plan's {cost} counts as one doubling.").format(**values)
    elif cost - least < TIED_YUAN:  # the plan is the cheapest (or tied for it): no doublings above it
        text = w.translate("Report", "The points: {per} each time its likely first-year cost doubles beyond the "
                                     "budget, where below the plan's {cost}, the least first-year cost of any plan, "
                                     "each {step} ({ln2} of {cost}) the budget falls short counts as one doubling."
                           ).format(**values)
    else:
        # The cheapest plan, as the cost's line names it (Candidate.cheapest: of those tied for the least, the one
        # ranked first), else the best-scoring of them.
        named = next((c.cheapest for c in ranked if c.members == plan.presences), ())
        tied = [c for c in ranked if c.first_year_likely - least < TIED_YUAN]
        cheapest = named if any(c.members == named for c in tied) else max(tied, key=lambda c: c.score).members
        text = w.translate("Report", "The points: {per} each time its likely first-year cost doubles beyond the "
                                     "budget, counted from {floor}, the likely first-year cost of the cheapest plan, "
                                     "{cheapest}, up to the plan's {cost}; below {floor}, each {step} ({ln2} of "
                                     "{floor}) the budget falls short counts as one doubling.").format(
            cheapest=w.plan(cheapest), **values)
    return close_unit_spaces(text) if w.chinese else text
