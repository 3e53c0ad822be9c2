"""Why the plan, and why not another: the sentences that say what a plan covers and loses, why each other plan
shown ranks below it, and why each presence is in the plan or not (its first line on its card).

The ranking itself (plans.py) decides; this module only says why, from the same candidates and their scores,
in points that add up as the lines write them (shown_points).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from wxdesk.engine import reasons as R
from wxdesk.engine.cost_figures import cost_figures
from wxdesk.engine.cost_reasons import THAN_ANOTHER, acquired_user_cost, messages_as_written, plan_messages_written
from wxdesk.engine.costs import chat_staff_hours, paid_messages_per_month, service_pay_pages
from wxdesk.engine.datapack import PRESENCES, DataPack
from wxdesk.engine.duties import kept_duties
from wxdesk.engine.fit import TEMPLATE_POINT, FitTable, push_reason, writes_own_articles
from wxdesk.engine.money import covers, yuan_as_written
from wxdesk.engine.mp_template import rents_template, template_ended_by
from wxdesk.engine.plans import SAME_SCORE, Candidate, Ranking
from wxdesk.engine.reasons import Difference, Fixed, Held, Members, Money, Reason, Share, Term, Terms, duty_terms
from wxdesk.engine.results import COMPONENTS
from wxdesk.engine.scores import points_shown, score_shown
from wxdesk.engine.scenario import Scenario


def weak_goals_reason(members: Sequence[str], duties: Mapping[str, Sequence[str]], table: FitTable,
                      pack: DataPack, the_plan: bool = True) -> Reason | None:
    """The client's goals that no member of the plan carries (each member's fit for them is weak: duties.member_duties),
    in one sentence; None where every goal is carried, or the plan holds no presence (its own sentence says why).
    `the_plan`: False for another plan (an alternative, a variant), whose sentence says "this plan", not "the plan"
    (the plan recommended)."""
    if not members:
        return None
    carried = {duty for member in members for duty in duties.get(member, ())}
    weak = [dim.name for dim in table.dims if dim.kind == "goal" and dim.name not in carried]
    if not weak:
        return None
    if len(weak) == 1:
        j = table.index(weak[0])
        score = round(float(max(table.row(m)[j] for m in members)))
        best = [m for m in members if round(float(table.row(m)[j])) == score]  # (every one that reads as the best)
        level = len(best) > 1
        template = ((R.PLAN_WEAK_GOAL_LEVEL if level else R.PLAN_WEAK_GOAL) if the_plan
                    else (R.OTHER_PLAN_WEAK_GOAL_LEVEL if level else R.OTHER_PLAN_WEAK_GOAL))
        return Reason(template, {"goal": duty_terms(weak)[0], "member": Held(best), "score": score})
    return Reason(R.PLAN_WEAK_GOALS if the_plan else R.OTHER_PLAN_WEAK_GOALS,
                  {"goals": duty_terms(weak), "weak": round(pack.likely("weak_fit_below"))})


class ShownPoints(NamedTuple):
    """A plan's score as its lines write it, in whole units of the last digit shown (see shown_points)."""

    coverage: int
    score: int
    effort: int  # the points its presences beyond the first take
    staff: int  # the points the staff its WeCom's chats take take
    cost: int  # the points its first-year cost takes, in doublings over the cheapest plan's
    budget: int  # the points its budget takes
    full: int | None  # where the score stopped at 0, the points the penalties' rules would take in full; else None


def shown_points(plan: Candidate, digits: int = 0) -> ShownPoints:
    """A plan's coverage and score, and the points its presences, its WeCom's chats, its cost and its budget
    take, in whole units of the last digit shown (`digits`), so that coverage less the four reads as the score
    as written.

    Rounded one by one, the parts could miss the rounded score by a unit; one part (the budget's, else the
    chats', else the cost's, else the presences') takes the difference, so the lines add up as read,
    and a part that would fall below 0 so gives it to the part before. Where the penalties in full would take
    the score below 0, the parts take the points the plan had, and `full` says how many their rules would take."""
    unit = 10 ** digits
    coverage, score = round(plan.coverage * unit), round(plan.score * unit)
    penalties = (plan.presence_penalty, plan.staff_penalty, plan.cost_penalty, plan.budget_penalty)
    # The parts that take points, the one that takes the rounding's difference last: the budget's, else the
    # chats', else the cost's, else the presences' (the cost's is checked against its multiple, the presences'
    # against their count, so each takes it only where no other part can).
    taken = [i for i in (0, 2, 1, 3) if penalties[i] > 0] or [0]
    parts = [round(penalty * unit) if i in taken else 0 for i, penalty in enumerate(penalties)]
    parts[taken[-1]] = coverage - score - sum(parts[i] for i in taken[:-1])
    for later, earlier in zip(taken[:0:-1], taken[-2::-1]):
        if parts[later] < 0:
            parts[earlier], parts[later] = parts[earlier] + parts[later], 0
    effort, staff, cost, budget = parts
    full = round(sum(penalties) * unit)
    return ShownPoints(coverage, score, effort, staff, cost, budget,
                       full if plan.floored and full > effort + staff + cost + budget else None)


def plan_reasons(best: Candidate, scenario: Scenario, pack: DataPack, digits: int = 0) -> list[Reason]:
    """The plan's coverage and the points it loses, in points that add up to its score as shown
    (whole, or to `digits` decimals where the three best plans' scores are written so: score_digits).

    Where the penalties in full would take the score below 0, the lines take the points the plan
    had, and one more line says so, with the points their rules would take."""
    # (The lines are worked out in whole units of the last digit shown.)
    coverage, score, effort, staff, cost, budget, full = shown_points(best, digits)
    # The first line says how the lines make the score ("80.7 …; less the points that follow, it scores
    # 70.7"), so that coverage and score, both out of 100, never stand side by side unexplained.
    taken = effort > 0 or staff > 0 or cost > 0 or budget > 0
    out = [Reason(R.PLAN_SCORE_LESS if taken else R.PLAN_SCORE, {"coverage": score_shown(coverage, digits),
                                                                     "score": score_shown(score, digits)},
                  best.coverage)]
    if effort > 0:
        out.append(Reason(R.PLAN_PRESENCE_COST, {"count": len(best.members), "points": points_shown(effort, digits)},
                          -best.presence_penalty))
    unit = 10 ** digits
    if staff > 0:
        # Where a line takes the rounding's difference (shown_points), its points are a unit off its rule's: it says so.
        # (Not at the floor: there the lines take the points the plan had, and a line of its own says so.)
        rounding = full is None and staff != round(best.staff_penalty * unit)
        out.append(Reason(R.PLAN_STAFF_COST_ROUNDING if rounding else R.PLAN_STAFF_COST,
                          {"points": points_shown(staff, digits), **R.staff_time(chat_staff_hours(scenario, pack))},
                          -best.staff_penalty))
    if cost > 0:
        # Where the line takes the rounding's difference (no budget or chats to take it), its points may read a unit
        # off its multiple's doublings ("1 point … 1.2 times"): it says so.
        rounding = cost != round(best.cost_penalty * unit)
        out.append(cost_line(best, points_shown(cost, digits), rounding=rounding))
    if budget > 0:
        none = best.budget_covered <= 0  # (no budget at all)
        rounding = full is None and budget != round(best.budget_penalty * unit)
        template = ((R.PLAN_BUDGET_NONE_ROUNDING if rounding else R.PLAN_BUDGET_NONE) if none
                    else R.PLAN_BUDGET_COST_ROUNDING if rounding else R.PLAN_BUDGET_COST)
        out.append(Reason(template,
                          {"share": Share(best.budget_covered), "points": points_shown(budget, digits)},
                          -best.budget_penalty))
    if full is not None:
        out.append(Reason(R.PLAN_SCORE_FLOOR, {"full": points_shown(full, digits),
                                               "points": points_shown(effort + staff + cost + budget, digits)},
                          best.unfloored))
    return out


def _alike(template: str, one: float, other: float) -> str:
    """`template`, or its form for two amounts that read alike once rounded (R.ALIKE_FORMS)."""
    return R.ALIKE_FORMS[template] if yuan_as_written(one) == yuan_as_written(other) else template


def total_difference(larger: Candidate, smaller: Candidate, pack: DataPack) -> Money:
    """How much more `larger` costs over the horizon than `smaller`, as a card's sentence says it beside the plan's
    cost key: one amount for one thing on a page.

    Where the two plans' likely costs differ in one part only, the difference is that part's, written as any amount is
    (Money): the yoga teacher's Official Account "costs ¥9,740 less over 2 years" (¥15.8k less ¥6,060, the two totals
    as written) stood above the key's "Platform and service fees ¥9,730", the one part the plan pays and the Official
    Account alone does not (¥9,725). Elsewhere it is the difference of the two totals as written (Difference), which is
    what a client finds from the two cards ("¥797k less" beside ¥1.71M and ¥908k read as a slip)."""
    return difference_said(larger, smaller, pack)[0]


def difference_said(larger: Candidate, smaller: Candidate, pack: DataPack) -> tuple[Money, Term | None]:
    """total_difference, and where it is one part's, that part as the cost key names it (R.part_term), for the sentence
    to name: "It costs ¥9,730 less over 2 years" beside totals of ¥15.8k and ¥6,060 left a client subtracting to ¥9,740
    and not finding the ¥9,730 ("Platform and service fees ¥9,730" in the key) without its name."""
    apart = _one_part_apart(larger, smaller, pack)
    if apart is None:
        return Difference(larger.total_likely, smaller.total_likely), None
    stores = any("native_app" in plan.members for plan in (larger, smaller))
    return Money(apart[1]), R.part_term(apart[0], stores)


def _one_part_apart(larger: Candidate, smaller: Candidate, pack: DataPack) -> tuple[str, float] | None:
    """The one part in which `larger` costs more over the horizon than `smaller`, and by how much, where the two plans'
    likely splits (the cost keys' parts, to the yuan) differ in that part alone; else None."""
    more = _horizon_split(larger, pack)
    less = _horizon_split(smaller, pack)
    apart = [part for part in more if abs(more[part] - less.get(part, 0.0)) >= 0.5]
    if len(apart) != 1:
        return None
    difference = more[apart[0]] - less.get(apart[0], 0.0)
    return (apart[0], difference) if difference > 0 else None


def _main_part_apart(larger: Candidate, smaller: Candidate) -> tuple[str | None, float]:
    """The part of the cost (the cost keys' parts) in which `larger` costs more than `smaller` over the horizon by more
    than half the difference of their totals, and by how much; (None, 0) where no part makes most of it. From the two
    plans' likely costs by part (the splits' amounts before their rounding to the yuan): a swap's plan is not shown,
    and its cost figures are not made (an audience drag would make them at every step)."""
    audience = larger.book.scenario.audience
    more, less = (plan.book.plan(plan.members).component_likely(audience).sum(axis=1) for plan in (larger, smaller))
    apart = dict(zip(COMPONENTS, (more - less).tolist(), strict=True))
    part = max(apart, key=lambda p: apart[p])
    if apart[part] > 0.5 * (larger.total_likely - smaller.total_likely) and apart[part] >= 0.5:
        return part, apart[part]
    return None, 0.0


def _horizon_split(plan: Candidate, pack: DataPack) -> dict[str, float]:
    """The plan's likely cost over the horizon by part, as its card's key writes it (cost_figures: remembered with
    the book's costs, found already for every plan shown)."""
    return cost_figures(plan.book, [plan.members], pack)[plan.members][2][0]


def times_written(times: float) -> float:
    """A multiple of a first year as the sentences write it: to a tenth, or below 1.1 to as many decimals as keep it
    above 1 (up to four), where a tenth would read "1 times" or "1.1 times" beside points that are not a doubling's
    tenth."""
    if times >= 1.095:
        return round(times, 1)
    return next((round(times, d) for d in (2, 3) if round(times, d) > 1), round(times, 4))


def cost_line(plan: Candidate, points: int | float, rounding: bool = False) -> Reason:
    """The plan's line for the points its cost takes: its likely first year as a multiple of the cheapest plan's
    (or of the amount from which a cost counts, where the cheapest plan costs less), with that amount, so that the
    multiple can be checked against the plan's first-year cost on the page and the points against the multiple: each
    doubling takes `cost_points_per_doubling`. (Where the cheapest plan is named, its first year is the amount
    weighed against: plans._Scores names it only then.)"""
    times = times_written(plan.cost_times)
    params = {"points": points, "times": times, "from": Money(plan.cost_from)}
    if plan.cheapest:
        return Reason(R.PLAN_COST_POINTS_ROUNDING if rounding else R.PLAN_COST_POINTS,
                      {**params, "cheapest": R.Plan(plan.cheapest)}, -plan.cost_penalty)
    return Reason(R.PLAN_COST_POINTS_FROM_ROUNDING if rounding else R.PLAN_COST_POINTS_FROM, params, -plan.cost_penalty)


# Coverage closer than this is the same: "covers less" would be false.
_SAME_COVERAGE = 0.05
# An alternative this much cheaper than the plan over the horizon (a share of the plan's likely total) says so: a
# smaller difference is within the plans' cost ranges many times over, and the card's own figure shows it.
CLEARLY_CHEAPER = 0.1


def why_not(alt: Candidate, best: Candidate, table: FitTable, scenario: Scenario,
            pack: DataPack, digits: int = 0, cost: Reason | None = None,
            ahead: Candidate | None = None) -> list[Reason]:
    """The one or two reasons that separate an alternative from the plan, biggest first (its score and
    the plan's with `digits` decimals, as score_digits gives them for the plans shown), and `cost`,
    why it costs less though larger or more though smaller (cost_reasons.py), always kept; and, where
    `ahead` (the plan shown just before it, not the plan) scores the same, that it costs less."""
    gap = best.score - alt.score
    out = []
    extra = alt.total_likely - best.total_likely
    if alt.floored and best.floored:
        # Both at 0: the plan is ahead by the points it lost beyond 0 (the ranking's order before the floor).
        out.append(Reason(R.WHY_NOT_BOTH_AT_ZERO, {"points": max(1, round(best.unfloored - alt.unfloored))},
                          alt.unfloored - best.unfloored))
    elif gap < SAME_SCORE and extra >= 0.5:
        more, part = difference_said(alt, best, pack)
        tie = _alike(R.WHY_NOT_TIE, alt.total_likely, best.total_likely)
        if part is not None:  # one part's difference, named (difference_said)
            tie = R.WHY_NOT_TIE_PART if tie == R.WHY_NOT_TIE else R.WHY_NOT_TIE_ALIKE_PART
        out.append(Reason(tie, {"cost": more, "years": scenario.horizon_years,
                                **({"part": part} if part is not None else {})}, -gap))
    elif gap < SAME_SCORE and abs(extra) < 0.5:
        # Level on both: "scores 69.2 against the plan's 69.2" would leave the order unexplained
        # (city_service at 35M users: Channels, and the Official Account + Channels at the same cost).
        larger = len(alt.members) > len(best.members)
        out.append(Reason(R.WHY_NOT_TIE_LARGER if larger else R.WHY_NOT_TIE_EVEN, {}, -gap))
    else:
        # Written as the three best plans' headings write them (Words.plan_scores): "61.0 against 61.4".
        score, best_score = Fixed(alt.score, digits), Fixed(best.score, digits)
        if score == best_score:
            # A close call too, said as a note as the one below is (PlanResult.close_call).
            out.append(Reason(R.WHY_NOT_HAIR, {"best": best_score}, 0.0))
        elif best_score - score < pack.likely("close_call_points") - 1e-9:
            # Nearer than the model's own weights can tell apart (fitness_coaching: 66.5 against 66.8 read as a
            # clear win): said, so that a client weighs this plan too rather than take the order as a verdict.
            # Apart as written, which a client can check: 28.5 against 29.5 is a point apart, not a close call.
            # (Said as a note, not as a point against it: the views mark it so, where a ✗ or a minus beside "weigh
            # this plan too" argued against the plan it asks the client to consider.)
            out.append(Reason(R.WHY_NOT_CLOSE, {"score": score, "best": best_score}, 0.0))
        else:
            out.append(Reason(R.WHY_NOT_LOWER, {"score": score, "best": best_score}, -gap))
        # A plan that covers more says so, as the cards write coverage, beside the points against it: car_brand at 300
        # users, a close call, listed 5 and 1.8 points against a gap of 0.3, and not its 80.4 against 73.9; and a plan
        # 1.5 points behind read "Running 3 presences instead of 2 costs 5 more points of effort" alone, its 77.6
        # against 73.9 unsaid (a note, as in a close call: in its favour, no point against it).
        unit = 10 ** digits
        alt_units, best_units = round(alt.coverage * unit), round(best.coverage * unit)
        if alt_units > best_units and alt.coverage - best.coverage > _SAME_COVERAGE:
            out.append(Reason(R.WHY_NOT_COVERS_MORE, {"alt": score_shown(alt_units, digits),
                                                      "best": score_shown(best_units, digits)}, 0.0))
    causes: list[Reason] = []
    weights = table.basis.shares
    best_scores, alt_scores = table.columns(best.members), table.columns(alt.members)
    losses = (best_scores - alt_scores) * weights
    # The largest fit loss, and beside a clear gap any other that is a cause the card keeps (_kept_causes):
    # yoga_teacher's Mini Program, 48 against 78, lost 10.8 points for publishing news and 10 for messaging, and its
    # card said neither.
    largest = int(losses.argmax())  # the array's own method: np.argmax's dispatch takes longer than the work
    lower = out[0].template == R.WHY_NOT_LOWER
    kept_from = _kept_from(gap, float(losses[largest]))
    others = [int(k) for k in losses.argsort()[::-1][1:] if losses[k] > max(0.5, kept_from)] if lower else []
    for j in [largest, *others]:
        if losses[j] <= 0.5:
            continue
        dim = table.dims[j]
        carrier = table.carriers(list(alt.members))[dim.name] if alt.members else ""
        over = push_reason(carrier, scenario, pack) if dim.kind == "push" and carrier else None
        if over is not None and over.template == R.PUSH_OVER_LIMIT:
            # The sentence the carrier's own panel shows: "may message followers only 4 times a month".
            causes.append(Reason(over.template, over.params, -float(losses[j])))
        else:
            duty = dim.kind in ("goal", "need", "push")
            term = duty_terms([dim.name])[0] if duty else Term(dim.name)
            causes.append(Reason(R.WHY_NOT_DIMENSION if duty else R.WHY_NOT_FIT,
                                 {"dimension": term, "alt": round(alt_scores[j]), "best": round(best_scores[j])},
                                 -float(losses[j])))
    extra_penalty = alt.presence_penalty - best.presence_penalty
    added = [m for m in alt.members if m not in best.members]
    # What it adds that has no job in it (the roles every view shows): said, so that a plan that only adds a presence
    # with nothing to do reads as that.
    roles = kept_duties(alt.members, table, scenario, pack)
    idle = [m for m in added if not roles.get(m)]
    if extra_penalty > 0:
        # The card's heading already names what the plan adds and drops; this says what it costs.
        effort = {"count": len(alt.members), "base": len(best.members), "points": _number(extra_penalty)}
        if idle and idle == added and set(best.members) <= set(alt.members) and any(roles.values()):
            causes.append(Reason(R.WHY_NOT_EXTRA_IDLE, {**effort, "presences": Members(idle)}, -extra_penalty))
        else:
            causes.append(Reason(R.WHY_NOT_EXTRA, effort, -extra_penalty))
    extra_staff = alt.staff_penalty - best.staff_penalty
    if extra_staff > 0.05:  # (a tenth of a point or more: written to one decimal)
        causes.append(Reason(R.WHY_NOT_STAFF, {**R.staff_time(chat_staff_hours(scenario, pack)),
                                               "points": _number(extra_staff)}, -extra_staff))
    same_cost = []
    if added and set(best.members) <= set(alt.members) and abs(extra) < 0.5:
        # The same cost beside a larger plan reads as a slip unless the card says why. (An official account added never
        # costs the same: every one that can hold articles pays its verification, fees.verification_fee_figure.)
        # Channels beside an individual's plan: she films its videos herself (costs: no production counted), where it
        # has videos to show (a Channels with no job in the plan shows none).
        own_videos = "channels" in added and "channels" not in idle and writes_own_articles(scenario)
        # Channels beside a member that carries the video goal: the plan pays for those videos already.
        paid_videos = added == ["channels"] and best.book.films(best.members)
        # A Mini Program beside a Service Account that took the payments in pages: it takes them at the pages' cost.
        pages = (added == ["mini_program"] and service_pay_pages(best.members, scenario, pack, table)
                 and not service_pay_pages(alt.members, scenario, pack, table))
        if pages:
            same_cost.append(Reason(R.WHY_NOT_SAME_COST_MP_FOR_RENTED_PAGES if rents_template(scenario, pack)
                                    else R.WHY_NOT_SAME_COST_MP_FOR_PAGES, {}, 0.0))
        else:
            template = (R.WHY_NOT_SAME_COST_OWN_VIDEOS if own_videos
                        else R.WHY_NOT_SAME_COST_VIDEOS if paid_videos else R.WHY_NOT_SAME_COST_PLAIN)
            same_cost.append(Reason(template, {"presences": Terms(added)}, 0.0))
    elif (abs(extra) < 0.5 and "mini_program" in best.members and "mini_program" not in alt.members
          and service_pay_pages(alt.members, scenario, pack, table)):
        # Its Service Account's payment pages are costed as the plan's Mini Program (service_pay_pages_share): two
        # plans at one cost, range and all, read as a slip (city_service's Service Account alone at its plan's ¥964k).
        # (Rented with the template where one serves, as its card and its timeline say: mp_template.rents_template.)
        same_cost.append(Reason(R.WHY_NOT_SAME_COST_RENTED_PAGES if rents_template(scenario, pack)
                                else R.WHY_NOT_SAME_COST_PAY_PAGES, {}, 0.0))
    dropped = [m for m in best.members if m not in alt.members]
    if dropped and not causes and best.coverage - alt.coverage > _SAME_COVERAGE:
        causes.append(Reason(R.WHY_NOT_FEWER, {"presences": R.Held(dropped)}, -(best.coverage - alt.coverage)))
    extra_budget = alt.budget_penalty - best.budget_penalty
    # The budget is named where it takes a point or more, or where it alone sets the plans apart
    # (fitness_coaching's next best covers as much and is a little dearer).
    if extra_budget > 0.5 or (extra_budget > 0 and not causes):
        # Beyond the budget is a reason against this plan only where the plan is within it; where both
        # are beyond it, this one is further beyond (its points grow with its first-year cost).
        if not covers(scenario.budget_cny, best.first_year_likely):
            causes.append(Reason(R.WHY_NOT_BUDGET_FURTHER, {"cost": Money(alt.first_year_likely),
                                                            "budget": Money(scenario.budget_cny),
                                                            "plan_cost": Money(best.first_year_likely)},
                                 -extra_budget))
        else:
            causes.append(Reason(R.WHY_NOT_BUDGET, {"cost": Money(alt.first_year_likely),
                                                    "budget": Money(scenario.budget_cny)}, -extra_budget))
    extra_cost = alt.cost_penalty - best.cost_penalty
    # Its cost, weighed in doublings over the cheapest plan's, where that takes half a point or more, or where it
    # alone sets the plans apart (300 users: an Official Account + Mini Program, 0.9 points more coverage at
    # nearly four times the first year of a Mini Program + WeCom). As a multiple of the plan's first year, or, where
    # the plan's costs less than the amount a cost counts from, of that amount (the plan's ¥874 read "13.2 times the
    # plan's" for ¥132k), so that the multiple and the points can be checked against each other.
    below = best.first_year_likely < best.cost_from
    times = times_written(alt.cost_times if below else alt.cost_times / best.cost_times)
    dearer: Reason | None = None
    if times > 1 and _number(extra_cost) > 0 and (extra_cost > 0.5 or not causes):
        params: dict[str, object] = {"times": times, "points": _as_scores_write(extra_cost, digits)}
        dearer = Reason(R.WHY_NOT_COST_FROM if below else R.WHY_NOT_COST,
                        {**params, "from": Money(best.cost_from)} if below else params, -extra_cost)
        causes.append(dearer)
    causes.sort(key=lambda r: r.impact)
    notes = same_cost + ([cost] if cost is not None else [])
    # (A cost sentence that compares the card with another card, not the plan, leaves the plan's question open: WeCom
    # alone at ¥617 beside the plan's ¥5,319 said only "Costs more than Service Account + WeCom".)
    about_plan = cost is not None and cost.template not in THAN_ANOTHER
    if not about_plan and gap >= SAME_SCORE and -extra >= max(0.5, CLEARLY_CHEAPER * best.total_likely):
        # Cheaper, and still behind: said, since a client's first question of a cheaper plan is why not it.
        # In a close call the gap is nothing the model can tell: what it costs less is then a reason to choose it.
        # (A hair below, written alike, is as close a call: "does not make up the gap" there argued with its own note.)
        close = out[0].template in (R.WHY_NOT_CLOSE, R.WHY_NOT_HAIR)
        less, part = difference_said(best, alt, pack)
        said: dict[str, object] = {"cost": less, "years": scenario.horizon_years}
        if part is not None:  # one part's difference, named (difference_said)
            said["part"] = part
        if close:
            template = R.WHY_NOT_CHEAPER_CLOSE if part is None else R.WHY_NOT_CHEAPER_CLOSE_PART
        elif best.money_penalty <= 0 and alt.money_penalty <= 0:
            # (Neither its cost nor the budget took a point: said, with where cost starts to. Not where the budget took
            # some: yoga_teacher on ¥5,000 lost 10 points for a budget that covers 58 % of its first year, and the
            # Official Account's card beside it read "cost takes no points here".)
            template = R.WHY_NOT_CHEAPER_UNSCORED if part is None else R.WHY_NOT_CHEAPER_UNSCORED_PART
            said["from"] = Money(best.cost_from)
        elif scenario.horizon_years == 1:
            template = R.WHY_NOT_CHEAPER_ONE_YEAR if part is None else R.WHY_NOT_CHEAPER_ONE_YEAR_PART
        else:
            template = R.WHY_NOT_CHEAPER if part is None else R.WHY_NOT_CHEAPER_PART
        notes.append(Reason(template, said, 0.0))
    if ahead is not None and (abs(ahead.score - alt.score) < SAME_SCORE
                              or Fixed(ahead.score, digits) == Fixed(alt.score, digits)):
        # A tie is ranked by cost: said, since each card only compares with the plan (city_service: 74 and 74).
        # The same where the two read alike, the cheaper a hair ahead for its cost (its first year weighed in
        # doublings): 74.4 and 74.4 otherwise stood in an order nothing on the cards explained.
        cheaper_by = alt.total_likely - ahead.total_likely
        first_cheaper_by = alt.first_year_likely - ahead.first_year_likely
        if cheaper_by >= 0.5:
            notes.insert(0, Reason(_alike(R.WHY_NOT_TIE_AHEAD, alt.total_likely, ahead.total_likely),
                                   {"plan": R.Plan(ahead.members),
                                    "cost": Difference(alt.total_likely, ahead.total_likely),
                                    "years": scenario.horizon_years}, 0.0))
        elif first_cheaper_by >= 0.5 and alt.cost_penalty > ahead.cost_penalty:
            # Ahead for a cheaper first year though it costs as much or more over the horizon: its cost is weighed by
            # the first year (86.31 and 86.31, the first ¥33.03M over 3 years against ¥32.96M, stood unexplained).
            notes.insert(0, Reason(_alike(R.WHY_NOT_TIE_AHEAD_FIRST_YEAR, alt.first_year_likely,
                                          ahead.first_year_likely),
                                   {"plan": R.Plan(ahead.members),
                                    "cost": Difference(alt.first_year_likely, ahead.first_year_likely)},
                                   0.0))
        elif alt.score < ahead.score - SAME_SCORE:
            # Behind by less than the decimals written, and no dearer: a hair, as the plan's own line says of one
            # (cross_border_skincare's third at 68.09 beside the next best's 68.13, both "68").
            notes.insert(0, Reason(R.WHY_NOT_HAIR_AHEAD, {"plan": R.Plan(ahead.members)}, 0.0))
        elif abs(cheaper_by) < 0.5 and abs(first_cheaper_by) < 0.5:
            # Level on score and cost alike: said, as a tie with the plan is (WHY_NOT_TIE_EVEN).
            notes.insert(0, Reason(R.WHY_NOT_TIE_AHEAD_EVEN, {"plan": R.Plan(ahead.members)}, 0.0))
    return out + causes[:_kept_causes(causes, len(notes), gap, lower,
                                      dearer if extra >= CLEARLY_CHEAPER * best.total_likely else None)] + notes


# The causes that say what a plan covers or fits less well than the plan.
_FIT_CAUSES = frozenset((R.WHY_NOT_DIMENSION, R.WHY_NOT_FIT, R.PUSH_OVER_LIMIT, R.WHY_NOT_FEWER))


def _kept_from(gap: float, biggest: float) -> float:
    """The points beyond which a cause is kept beside a clear gap: a third of the gap, and half the biggest cause (a
    plan with fewer presences to run, which loses on more lines than its gap, keeps its main ones)."""
    return max(gap / 3, biggest / 2)


def _kept_causes(causes: Sequence[Reason], notes: int, gap: float, lower: bool, dearer: Reason | None) -> int:
    """How many of `causes` (biggest first) a card keeps: two lines with its `notes`; beside a clear gap (`lower`),
    every one beyond _kept_from, and a fit loss beyond a third of the gap; and, where the card's plan is clearly
    dearer than the plan, as far as its `dearer` cost line. Always the biggest: yoga_teacher's Mini Program (48
    against 78) kept its budget's 12.4 points and, the cost line being said of a dearer plan, its cost's 1.6, and
    dropped its 10.8 for publishing news."""
    count = max(0, 2 - notes)
    if lower and causes:
        # (A fit loss beyond a third of the gap is said whatever else is bigger: what the plan does less well is the
        # client's first question of it.)
        beyond = _kept_from(gap, -causes[0].impact)
        count = max([count, *(i + 1 for i, cause in enumerate(causes)
                              if -cause.impact > (gap / 3 if cause.template in _FIT_CAUSES else beyond))])
    if dearer is not None and dearer in causes:
        # Clearly dearer than the plan, its cost against the plan's is said, whatever else the card says: car_brand's
        # first alternative, at ¥7.88M over 5 years against the plan's ¥3.84M, was compared only with the second
        # alternative ("Costs more than Mini Program + Channels + Native app … though it lacks a Mini Program").
        count = max(count, causes.index(dearer) + 1)
    return count


def _number(value: float) -> int | float:
    return int(round(value)) if abs(value - round(value)) < 1e-9 else round(value, 1)


def _as_scores_write(points: float, digits: int) -> Fixed | int | float:
    """Points as the scores beside them are written (whole, or to their `digits` decimals), where that reads more
    than 0: news_publisher's second plan read "1.1 more points off its score for its cost" beside the card of the
    same plan on the chart, "less … 1 for its first-year cost". To a tenth where it would read 0 ("0 more points for
    its cost" beside a gap of 0.1 explained nothing)."""
    units = round(points * 10 ** digits)
    return points_shown(units, digits) if units > 0 else _number(points)


def swap_sentence(swap: tuple[str, Candidate] | None, best: Candidate, scenario: Scenario, pack: DataPack,
                  digits: int = 0) -> Reason | None:
    """Where a presence left out has a higher fit than a member of the plan, what putting it in that
    member's place would do to the plan's score and cost, from the swap swap_of found for it (the member
    replaced, and the plan that makes): a panel with the higher fit outside the plan then says on the
    same screen why the plan holds the other (car_brand: the Service Account at 59 beside the plan's
    Official Account at 44). None where no such swap is a plan."""
    if swap is None:
        return None
    member, swapped = swap
    params: dict[str, object] = {"member": Term(member), "score": Fixed(swapped.score, digits),
                                 "best": Fixed(best.score, digits), "cost": Money(swapped.total_likely),
                                 "plan_cost": Money(best.total_likely), "years": scenario.horizon_years}
    # Where it costs more because it sends fewer of the messages free, the sentence says so: the swapped plan's
    # cost, twice the plan's, stood unexplained beside the presence's own limit on messages.
    # (Both as written: an audience of none costs ¥0 either way, and a fraction of a message reads "0.0". The
    # messages only where the cost is higher: finding them costs more than the rest of the sentence.)
    if (swapped.total_likely > best.total_likely
            and yuan_as_written(swapped.total_likely) > yuan_as_written(best.total_likely)):
        # The paid reach is said as the cause only where it makes most of the difference: car_brand at 300 users read
        # "cost ¥1.19M against ¥328k …: 6 of your 6 messages a month would go out as paid reach" of a swap whose paid
        # reach was ¥11.8k, and its videos' production ¥850k. There, the part that does make most of it, by its name in
        # the cost key; else neither.
        # Elsewhere, where one part makes most of the difference, that part (news_publisher's app for its Official
        # Account read "cost ¥4.36M against ¥1.78M", beside the Official Account and the app together at ¥3.20M, and
        # nothing said it was its users won through ads, dearer as app installs than through WeChat).
        part, amount = _main_part_apart(swapped, best)
        stores = any("native_app" in m for m in (swapped.members, best.members))
        if part == "acquisition":
            alt, plan_alt = (acquired_user_cost(m, scenario, pack) for m in (swapped.members, best.members))
            if yuan_as_written(alt) > yuan_as_written(plan_alt):
                return Reason(_same_score(R.NOT_IN_PLAN_SWAP_USERS, params),
                              {**params, "part": R.part_term(part, stores), "amount": Money(amount),
                               "alt": Money(alt), "plan_alt": Money(plan_alt)}, swapped.score - best.score)
        if part == "reach":
            # (The messages sent as paid reach only where paid reach makes most of the difference: a sentence not said
            # needs none, and a drag asks this of every dearer swap at each step.)
            reach, plan_reach = (messages_as_written(paid_messages_per_month(m, scenario, pack))
                                 for m in (swapped.members, best.members))
            if reach > plan_reach:
                wanted = messages_as_written(scenario.pushes_per_month)
                every = reach >= wanted  # "all 6 of your messages", not "6 of your 6"
                template = ((R.NOT_IN_PLAN_SWAP_REACH_ALL if every else R.NOT_IN_PLAN_SWAP_REACH) if plan_reach == 0
                            else R.NOT_IN_PLAN_SWAP_REACH_MORE_ALL if every else R.NOT_IN_PLAN_SWAP_REACH_MORE)
                return Reason(_same_score(template, params),
                              {**params, "reach": reach, "plan_reach": plan_reach, "wanted": wanted},
                              swapped.score - best.score)
        elif part is not None:
            return Reason(_same_score(R.NOT_IN_PLAN_SWAP_PART, params),
                          {**params, "part": R.part_term(part, stores), "amount": Money(amount)},
                          swapped.score - best.score)
    return Reason(_alike(_same_score(R.NOT_IN_PLAN_SWAP, params), swapped.total_likely, best.total_likely), params,
                  swapped.score - best.score)


def _same_score(template: str, params: Mapping[str, object]) -> str:
    """A swap sentence, or its form for scores that read alike ("would score 51 against 51" read as a slip)."""
    return R.SAME_SCORE_FORMS[template] if params["score"] == params["best"] else template


def swap_of(presence: str, best: Candidate, ranked: Ranking,
            fits: Mapping[str, float]) -> tuple[str, Candidate] | None:
    """The member of the plan a presence left out would best take the place of, with the plan that makes
    (swap_sentence), where the presence has the higher fit and that plan is admissible; else None. From
    the scores alone: an evaluation finds the swaps of every presence, then their costs together."""
    swaps = []
    for member in best.members:
        if round(fits[member]) >= round(fits[presence]):
            continue
        members = tuple(p for p in PRESENCES if (p in best.members and p != member) or p == presence)
        swapped = ranked.get(members)
        if swapped is not None:
            swaps.append((member, swapped))
    if not swaps:
        return None
    return max(swaps, key=lambda swap: swap[1].score)


def custom_build_reason(presence: str, best: Candidate, ranked: Ranking, scenario: Scenario,
                        pack: DataPack) -> Reason | None:
    """Where the scenario's Mini Program would be a rented template but for its business, a goal or a special need
    (mp_template.template_ended_by), what ends the template and what the custom build costs instead; else None.

    Left out of the plan, its cost is what adding it would add to the plan's likely first year: the difference of the
    two amounts its first line (not_in_plan_reason) gives. In the plan, or where adding it would cost nothing more,
    its build, the part of the plan split's build that is its own. A drawback of no fit points, as the audience's
    own sentence (fit.MP_CUSTOM_OVER_TEMPLATE's) is: it moves the cost, not the fit."""
    ends = template_ended_by(scenario, pack) if presence == "mini_program" else ()
    if not ends:
        return None
    rent = pack.figures["mp_template_rent_cny"]
    said: dict[str, object] = {"rent_low": Money(rent.low), "rent_high": Money(rent.high), "ends": Terms(ends)}
    with_it = None if presence in best.members else with_added(presence, best, ranked)
    if with_it is not None and with_it.first_year_likely > best.first_year_likely:
        cost = Difference(with_it.first_year_likely, best.first_year_likely)
        return Reason(R.MP_CUSTOM_FOR_ADDED, {**said, "cost": cost}, -TEMPLATE_POINT)
    # (In the plan: its build there. Added at no cost: its build in the plan with it, as the plan's split would give.)
    build = best.book.build_of(presence, best.members if presence in best.members else _added(best.members, presence))
    return Reason(R.MP_CUSTOM_FOR_BUILD, {**said, "cost": Money(build)}, -TEMPLATE_POINT)


def pages_build_reason(presence: str, best: Candidate) -> Reason | None:
    """On the plan's Service Account, where it takes the payments in pages the business builds for it, what building
    them costs in the first year (costs.CostBook.pages_build); else None. A cost line of no fit points, as the Mini
    Program's build (custom_build_reason)."""
    if presence != "service" or presence not in best.members:
        return None
    build = best.book.pages_build(best.members)
    return Reason(R.SERVICE_PAGES_BUILD, {"cost": Money(build)}, 0.0) if build > 0 else None


def with_added(presence: str, best: Candidate, ranked: Ranking) -> Candidate | None:
    """The plan with `presence` added, as ranked (None where it carries no hard need, which a superset always does)."""
    return ranked.get(_added(best.members, presence))


@lru_cache(maxsize=512)  # every set of the six presences, with each of them: 64 × 6 at most
def _added(members: tuple[str, ...], presence: str) -> tuple[str, ...]:
    """`members` with `presence`, in PRESENCES order: asked a dozen times an evaluation, of a few plans."""
    return tuple(p for p in PRESENCES if p in members or p == presence)


def not_in_plan_reason(presence: str, best: Candidate, ranked: Ranking, table: FitTable, scenario: Scenario,
                       pack: DataPack, digits: int = 0) -> Reason:
    """Why an eligible presence is left out: what adding it would do to the plan's score, and why.

    Every superset of the plan carries its hard needs, so the plan with the presence
    added is among the ranked candidates, and its score is never above the plan's.
    The points are the difference of the two scores as written (`digits`, score_digits):
    70.7 beside 68.0 is 2.7 points, never "3". The cause named is the larger of the two
    losses: the budget's points (its first-year cost beyond the budget) or the effort of
    one more presence, where what it does best the plan already covers.
    """
    with_it = with_added(presence, best, ranked)
    assert with_it is not None  # a superset of the plan is admissible
    delta = with_it.score - best.score
    unit = 10 ** digits
    points = points_shown(round(best.score * unit) - round(with_it.score * unit), digits)
    if points <= 0:
        return Reason(R.NOT_IN_PLAN_TIE, {}, delta)
    extra_budget = with_it.budget_penalty - best.budget_penalty
    # "Mostly because of the budget" only where the budget's points outweigh the coverage it would lower too: with no
    # goal ticked, a native app added halved the coverage (28.7 points) and the sentence named the budget's 19.1.
    lowered = best.coverage - with_it.coverage
    if extra_budget > with_it.effort_penalty - best.effort_penalty and extra_budget >= lowered:
        # yoga_teacher's Channels: 65 points, nearly all of them its video production against a ¥20k budget.
        over_already = not covers(scenario.budget_cny, best.first_year_likely)
        params: dict[str, object] = {"points": points, "plan_cost": Money(best.first_year_likely),
                                     "cost": Money(with_it.first_year_likely), "budget": Money(scenario.budget_cny)}
        if best.staff_penalty - with_it.staff_penalty > 0.05:
            # It would take the payments off WeCom's chats: said beside the budget, as the point to watch says a Mini
            # Program takes them by itself (a card gave the budget alone beside 120 staff hours a month).
            return Reason(R.NOT_IN_PLAN_BUDGET_FURTHER_SPARES if over_already else R.NOT_IN_PLAN_BUDGET_SPARES,
                          {**params, **R.staff_time(chat_staff_hours(scenario, pack))}, delta)
        return Reason(R.NOT_IN_PLAN_BUDGET_FURTHER if over_already else R.NOT_IN_PLAN_BUDGET, params, delta)
    if with_it.staff_penalty - best.staff_penalty > 0.05:
        # Its WeCom would serve, sell or take payments by its staff's chats: the staff it takes is said.
        return Reason(R.NOT_IN_PLAN_STAFF_ADDED, {"points": points, "effort": _number(with_it.presence_penalty
                                                                                      - best.presence_penalty),
                                                  **R.staff_time(chat_staff_hours(scenario, pack))}, delta)
    # Jobs are never a column a slider drag moves (fit.FitBasis), so this is kept for the next move.
    strongest, carrier = table.basis.keep(("does best", presence, best.members),
                                          lambda: _does_best_and_carrier(presence, best, table, pack))
    effort = with_it.presence_penalty - best.presence_penalty
    does_best = None if strongest is None else Reason(R.NOT_IN_PLAN, {
        "points": points, "carrier": Term(carrier), "dimension": duty_terms([strongest], carrier)[0]}, delta)
    if effort <= 0:
        return does_best or Reason(R.NOT_IN_PLAN_PLAIN, {"points": points}, delta)
    shown = _number(effort)
    params = {"points": points, "effort": shown}
    # The points as written in three parts: one more presence to run, the coverage it would lower or raise
    # (to the scores' decimals: whole, "5.5 points: 5 for one more presence … (54 against 55)" read as parts
    # of 6), and the rest, what its first year takes (its cost in doublings, and the budget's points), so that
    # the parts add up to the total as written (each rounded alone, 5 + 1 + 29 read for 36).
    alt_units, covered_units = round(with_it.coverage * unit), round(best.coverage * unit)
    alt, covered = score_shown(alt_units, digits), score_shown(covered_units, digits)
    gain = alt_units - covered_units
    money = round(best.score * unit) - round(with_it.score * unit) - round(float(shown) * unit) + gain
    dearer, cheaper = with_it.money_penalty > best.money_penalty, with_it.money_penalty < best.money_penalty
    saved = best.staff_penalty - with_it.staff_penalty
    if gain == 0 and money > 0 and dearer and float(shown) < float(points) and saved <= 0.05:
        # As much covered: the rest of the points are its first year's, said with the first years they are of and,
        # where its messages written make most of the rise, that. What it does best the plan covers already, said
        # before the parts, ran past what a panel shows of its first reason in presentation mode at 1366×768
        # (car_brand's WeCom), and the parts are what a client adds up: fitness_coaching's Service Account read "9.7
        # points; what it does best, serving customers, the plan's native app already covers", beside a card whose
        # 9.7 were "5 for one more presence to run, and 4.7 for a dearer first year".
        # Where the first year's own points round otherwise, the parts are said as rounded; where they round to
        # nothing, the rest is the two scores' rounding and is said as that, not as the first year's.
        own = round((with_it.money_penalty - best.money_penalty) * unit)
        parts = {**params, "cost_points": points_shown(money, digits)}
        if own == 0:
            return Reason(R.NOT_IN_PLAN_EFFORT_ROUNDING, {
                **parts, "plan_cost": Money(best.first_year_likely), "cost": Money(with_it.first_year_likely),
                "least": Fixed(0.5 / unit, digits + 1)}, delta)
        return Reason(R.NOT_IN_PLAN_EFFORT_COST if own == money else R.NOT_IN_PLAN_EFFORT_COST_ROUNDING,
                      {**parts, "dearer": first_year_dearer(with_it, best, scenario, pack)}, delta)
    if does_best is not None:
        # (What it does best as the plan's member covers it: "what it does best, 1:1 contact with customers, the plan's
        # Service Account already covers", which holds no customer groups.)
        return does_best
    if saved > 0.05:  # it would take the payments off the chats, yet costs more than that spares
        return Reason(R.NOT_IN_PLAN_STAFF_SAVED, {**params, "saved": _number(saved)}, delta)
    coverages: dict[str, object] = {"alt": alt, "best": covered}
    if gain < 0:
        coverages["suits"] = _suits_less(table, best.members, with_it.members)
    if gain > 0 and money > 0 and dearer:
        # It would cover more, and loses for its effort and its first year together: "one more presence to
        # run costs 5, more than it adds" was false where it adds 6.9 and its first year takes 3.7.
        return Reason(R.NOT_IN_PLAN_MORE_COVERED_DEARER,
                      {**params, **coverages, "cost_points": points_shown(money, digits)}, delta)
    if float(shown) == float(points):
        return Reason(R.NOT_IN_PLAN_EFFORT, params, delta)
    if float(shown) > float(points):
        return Reason(R.NOT_IN_PLAN_EFFORT_MORE, params, delta)
    if gain < 0:  # the plan with it would cover less
        if money > 0 and dearer:
            # Beyond a budget the plan's own first year is beyond already, the budget's points alone (its cost
            # in doublings rounds to nothing): said as that. Else a dearer first year, whatever takes its
            # points: "3.4 for its cost" read as ten times the cost, where 3.2 of them were the budget's.
            cost_points = round((with_it.cost_penalty - best.cost_penalty) * unit)
            if extra_budget > 0 and cost_points == 0 and not covers(scenario.budget_cny, best.first_year_likely):
                return Reason(R.NOT_IN_PLAN_EFFORT_LESS_BUDGET,
                              {**params, "budget": points_shown(money, digits), **coverages}, delta)
            return Reason(R.NOT_IN_PLAN_EFFORT_LESS_COST,
                          {**params, "cost_points": points_shown(money, digits), **coverages}, delta)
        if money < 0 and cheaper:
            # It would make the first year cheaper, and win back some of the points (5 for one more presence
            # and 4.71 of coverage, less 0.33 back, for 9.38).
            return Reason(R.NOT_IN_PLAN_EFFORT_LESS_CHEAPER,
                          {**params, "saved_points": points_shown(-money, digits), **coverages}, delta)
        return Reason(R.NOT_IN_PLAN_EFFORT_LESS, {**params, **coverages}, delta)
    return Reason(R.NOT_IN_PLAN_PLAIN, {"points": points}, delta)


def first_year_dearer(larger: Candidate, smaller: Candidate, scenario: Scenario, pack: DataPack) -> Reason:
    """How `larger`'s likely first year is dearer than `smaller`'s, as a sentence on the points it takes says it: the
    two first years as the cards write them; and where its messages written make most of the rise, that: each message
    written (an article or a made ad) where the plan's app sends them as short notifications
    (cost_reasons.plan_messages_written).
    (fitness_coaching's Official Account: ¥600k of its 60 messages a month written as articles.)"""
    params: dict[str, object] = {"plan_cost": Money(smaller.first_year_likely), "cost": Money(larger.first_year_likely)}
    # Where it passes the budget as the amounts are written: at a budget of ¥491,733, where the plan adds Channels, its
    # first year of ¥491,733.4 read "(¥321k to ¥492k, beyond your budget of ¥492k)".
    over = (covers(scenario.budget_cny, smaller.first_year_likely)
            and yuan_as_written(scenario.budget_cny) < yuan_as_written(larger.first_year_likely))
    if over:
        params["budget"] = Money(scenario.budget_cny)
    rise = larger.first_year_likely - smaller.first_year_likely
    written = [plan_messages_written(plan.members, scenario, pack) for plan in (larger, smaller)]
    if written[1] == 0 < written[0] and written[0] * pack.average("content_per_message_cny") * 12 > 0.5 * rise:
        return Reason(R.FIRST_YEAR_DEARER_WRITTEN_OVER_BUDGET if over else R.FIRST_YEAR_DEARER_WRITTEN,
                      {**params, "wanted": messages_as_written(written[0])})
    return Reason(R.FIRST_YEAR_DEARER_OVER_BUDGET if over else R.FIRST_YEAR_DEARER, params)


# A saving is a point in the presence's favour on its card (the handout lists a card's points by their sign), of no
# score points: the score has counted it already.
SAVING_POINT = 0.01


def added_cheaper_sentence(presence: str, best: Candidate, ranked: Ranking, scenario: Scenario,
                           plan_total: float) -> Reason | None:
    """Where adding a presence left out would make the plan cheaper over the horizon (as written), that it would and
    by how much, beside the points that keep it out: bank_care's Mini Program read only "adding it would lower the
    plan's score by 3.1 points; one more presence to run costs 5 points", where the plan with it cost ¥7.61M over 5
    years against ¥14.4M (its users won through ads come in through WeChat rather than as app installs). The score
    weighs a plan's cost by its first year's doublings; a client weighing the saving against one more presence to run
    is told both. None where it would cost as much or more. `plan_total`: the plan's likely total as its result states
    it (the same likely total, summed in another order)."""
    with_it = with_added(presence, best, ranked)
    if with_it is None or not yuan_as_written(with_it.total_likely) < yuan_as_written(best.total_likely):
        return None
    return Reason(R.NOT_IN_PLAN_ADDED_CHEAPER, {"cost": Money(with_it.total_likely),
                                                "plan_cost": Money(plan_total),
                                                "years": scenario.horizon_years}, SAVING_POINT)


def _suits_less(table: FitTable, plan: Sequence[str], with_it: Sequence[str]) -> Reason:
    """Which of the session length and the audience size the plan with one presence more suits less (the only
    columns an added member can lower: goals, messages and needs take the plan's best member), as its columns
    show; both where both are lower, or where neither column says (a lower coverage has no other cause)."""
    now, then = table.columns(plan), table.columns(with_it)
    lower = {dim.kind for dim, a, b in zip(table.dims, then, now, strict=True)
             if dim.kind in ("session", "scale") and a < b - 1e-9}
    if lower == {"session"}:
        return Reason(R.SUITS_LESS_SESSION)
    if lower == {"scale"}:
        return Reason(R.SUITS_LESS_SIZE)
    return Reason(R.SUITS_LESS_BOTH)


def _does_best_and_carrier(presence: str, best: Candidate, table: FitTable,
                           pack: DataPack) -> tuple[str | None, str]:
    """_does_best, and the plan's member that carries that job ("" where there is none)."""
    strongest = _does_best(presence, best, table, pack)
    return strongest, "" if strongest is None else table.carriers(list(best.members))[strongest]


def _does_best(presence: str, best: Candidate, table: FitTable, pack: DataPack) -> str | None:
    """The goal (or the messages) a presence left out serves best, where its own card calls it a strong
    fit and the plan serves it at least as well; None where there is no such job.

    Needs are not "what it does best": they are met or not (every eligible presence that can take
    payments scores alike on it), so WeCom's best would read "taking payments". The scores are read
    before WeChat's reach, as the card's strong and weak fits are; the plan's after it."""
    jobs = [j for j, d in enumerate(table.dims) if d.kind in ("goal", "push")]
    if not jobs:
        return None
    row = table.raw[PRESENCES.index(presence)]
    job = max(jobs, key=lambda j: row[j] * table.weights[j])
    # "Already covers" as the coverage reads it: after reach (fitness_coaching's Service Account, 85 for
    # serving customers before reach, serves its 70% on WeChat less well than the plan's app at 80).
    scores = table.scores[[PRESENCES.index(m) for m in best.members], job]
    if row[job] < pack.likely("strong_fit_from") or scores.max() < table.row(presence)[job]:
        return None
    return table.dims[job].name
