"""Scenario → Evaluation: the plan, its alternatives, every presence's fit, costs and warnings.

This is the one place that decides. Views, the handout, the long image and the
command line only show an Evaluation; none of them computes a verdict of its own.

A slider drag evaluates one scenario after another that differ in one field, most often
the audience, at a new value each step. What the audience does not change is kept from
the previous evaluations and reused: the cost parts (costs.py), the fit table's columns
other than the audience size and session length, with the plans worth ranking, their roles
and the presences' steady sentences (fit.FitBasis, shared by session moves too), and the
plans' launch timelines. What follows
the audience is found again: the likely costs (likely_costs.py, only those the
ranking needs), the scores and ranking, and the shown plans' cost figures, all at once
(cost_figures.py). A budget move, at the fit table of the move before, also finds each presence's own
sentences and the parts of each plan's result that follow neither the budget nor the plan's score kept with
the table; the plans' roles, timelines and weak goals are kept with the fit basis for every move. Every
figure is the one a fresh evaluation finds, bit for bit (tests/engine/test_costs_cache.py,
test_kept_with_the_table.py).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from dataclasses import replace
from functools import lru_cache, partial
from types import MappingProxyType

import numpy as np

from wxdesk.engine import reasons as R
from wxdesk.engine.money import A_MILLION, covers, shown_difference, whole_yuan, yuan_as_written
from wxdesk.engine.cost_figures import CostFigures, cost_figures
from wxdesk.engine.cost_reasons import cost_surprise, dearer_than, messages_as_written, wechat_door_reason
from wxdesk.engine.costs import (CostBook, app_cheaper_at, chat_staff_hours, free_messages_per_month,
                                 paid_messages_per_month)
from wxdesk.engine.datapack import PRESENCES, WECHAT_PRESENCES, DataPack
from wxdesk.engine.duties import chat_staff, kept_duties, shows_videos
from wxdesk.engine.figure_limits import overrides_problem
from wxdesk.engine.fit import (FitTable, as_said, can_meet, fit_basis, fit_inputs, in_plan_reasons, is_eligible,
                               alike_in_one_sentence, few_would_install_once, presence_fit, presence_reasons,
                               weak_fit_reasons, steady_reasons, writes_own_articles)
from wxdesk.engine.plans import (ALTERNATIVES, Candidate, Ranking, carries_needs, next_best as next_best_plans,
                                 next_best_reads, pads, ranking, score_plan)
from wxdesk.engine.plan_reasons import (added_cheaper_sentence, custom_build_reason, not_in_plan_reason,
                                        pages_build_reason, plan_reasons, swap_of, swap_sentence, weak_goals_reason,
                                        why_not, with_added)
from wxdesk.engine.mp_template import template_kind
from wxdesk.engine.draws import drawn
from wxdesk.engine.results import CHOICES, AppOrMiniProgram, Band, Evaluation, PlanResult, PresenceResult, both_open
from wxdesk.engine.scores import score_digits
from wxdesk.engine.reasons import Count, Difference, Fixed, Members, Money, Plan, Price, Reason, Share, Term, duty_terms
from wxdesk.engine.scenario import Scenario, ScenarioError
from wxdesk.engine.timeline import PresenceTimeline, Timeline, live_by_date, plan_timeline, whole_weeks
from wxdesk.engine.variant_scores import variant_score_reason


# ---------------------------------------------------------------- building the pieces

def _plan_result(cand: Candidate, table: FitTable, scenario: Scenario, pack: DataPack, today: dt.date,
                 figures: CostFigures, reasons: tuple[Reason, ...] = (), why: tuple[Reason, ...] = (),
                 timelines: dict[str, PresenceTimeline] | None = None, the_plan: bool = False) -> PlanResult:
    """`the_plan`: True for the plan recommended (its weak goals' sentence says "The plan"), else "This plan"."""
    yearly_bands, cumulative, splits = figures
    # What does not follow the budget (nor the plan's score): kept with the table for a budget move, with the
    # figures it was found from (kept with the costs at the audience, and found again only once let go of).
    key = ("plan", cand.members, the_plan, scenario.live_by, today, math.copysign(1.0, scenario.audience),
           math.copysign(1.0, scenario.interaction_minutes))
    kept: dict[str, Any] = table.keep(key, dict)
    if kept.get("figures") is not figures:
        kept.update(_lasting_parts(cand, table, scenario, pack, today, timelines, the_plan, figures))
    return PlanResult(
        presences=cand.members,
        score=cand.score,
        coverage=cand.coverage,
        roles=dict(kept["roles"]),
        no_duty=dict(kept["no_duty"]),
        chat_staff=kept["chat_staff"],
        weak_goals=kept["weak_goals"],
        columns=dict(kept["columns"]),
        reasons=reasons,
        total=cumulative[-1],
        first_year=yearly_bands[0],
        yearly=yearly_bands,
        cumulative=cumulative,
        breakdown=dict(splits[0]),  # copies: the remembered figures are shared between evaluations
        yearly_breakdown=tuple(dict(split) for split in splits[1:]),
        within_budget=covers(scenario.budget_cny, yearly_bands[0].likely),
        users_reached=kept["users_reached"],
        timeline=kept["timeline"],
        live_in_time=kept["live_in_time"],
        live_by_passed=kept["live_by_passed"],
        live_in_time_at_slowest=kept["live_in_time_at_slowest"],
        slowest_live_date=kept["slowest_live_date"],
        likely_live_date=kept["likely_live_date"],
        why_not=why,
    )


def _lasting_parts(cand: Candidate, table: FitTable, scenario: Scenario, pack: DataPack, today: dt.date,
                   timelines: dict[str, PresenceTimeline] | None, the_plan: bool,
                   figures: CostFigures) -> dict[str, Any]:
    """The parts of a plan's result that follow neither the budget nor its score, by their fields' names, with
    the figures they go with."""
    # Those that follow neither the audience nor the session length either (the roles, the timeline, the goals no
    # member does well): kept with the table's basis for the moves of those sliders.
    steady = table.basis.keep(("plan parts", cand.members, the_plan, scenario.live_by, today),
                              lambda: _steady_parts(cand, table, scenario, pack, today, timelines, the_plan))
    chats = (chat_staff_hours(scenario, pack) if chat_staff(cand.members, table, scenario, pack, steady["roles"])
             else None)
    return {**steady, "chat_staff": chats,
            # (The row as Python floats in one conversion, not a NumPy scalar made and converted per column.)
            "columns": dict(zip((dim.name for dim in table.dims), table.columns(cand.members).tolist(), strict=True)),
            "users_reached": cand.costs.users_reached(scenario.audience), "figures": figures}


def _steady_parts(cand: Candidate, table: FitTable, scenario: Scenario, pack: DataPack, today: dt.date,
                  timelines: dict[str, PresenceTimeline] | None, the_plan: bool) -> dict[str, Any]:
    """The parts of a plan's result that follow only the scenario's fit basis and cost parts, the date to be live
    by and the day."""
    # (The timeline is kept with the cost parts: the same for every fit basis with them.)
    timeline = cand.book.lasting(("timeline", cand.members),
                                 partial(_timeline_of, cand.members, scenario, pack, cand.book, timelines))
    live_by = live_by_date(scenario)
    dates = None if live_by is None else timeline.live_dates(today)
    slowest = None if dates is None else dates["high"]
    plan_roles = dict(kept_duties(cand.members, table, scenario, pack))
    no_duty = {m: reason for m in cand.members if not plan_roles.get(m)
               for reason in [wechat_door_reason(m, cand.members, scenario, pack, table)] if reason is not None}
    return {"roles": plan_roles, "no_duty": no_duty,
            "weak_goals": weak_goals_reason(cand.members, plan_roles, table, pack, the_plan), "timeline": timeline,
            "live_in_time": None if live_by is None else timeline.meets(live_by, today),
            "live_in_time_at_slowest": None if slowest is None or live_by is None else slowest <= live_by,
            "slowest_live_date": slowest,
            "likely_live_date": None if dates is None else dates["likely"],
            "live_by_passed": live_by is not None and live_by < today}


# A member's lines that say what part of the plan's cost it brings, first on its card after its role: bank_care's
# WeCom fee for its 1.5M customer contacts (most of the plan's fees) stood below the card's fold, in the handout only.
_COST_BASIS_FIRST = (R.WECOM_CONTACT_FEE, R.WECOM_SCALE_FEE)


def _member_lines(reasons: Sequence[Reason], plan: PlanResult, keeps_contacts: bool) -> list[Reason]:
    """A member's reasons, the rented template's line with the weeks to launch the plan's timeline gives it, and its
    fees' lines (_COST_BASIS_FIRST) first; WeCom's fee per customer contact said as none where the plan's WeCom holds
    no customers (`keeps_contacts`: costs.keeps_customer_contacts)."""
    out = [replace(r, template=R.MP_TEMPLATE_LIVE, params={
        **r.params, "weeks": whole_weeks(plan.timeline.presence("mini_program").weeks.likely)})
        if r.template == R.MP_TEMPLATE else r for r in reasons]
    if not keeps_contacts:
        out = [Reason(R.WECOM_CONTACT_FEE_NONE_KEPT, {"free": r.params["free"]}, 0.0, r.about)
               if r.template in (R.WECOM_CONTACT_FEE, R.WECOM_CONTACT_FEE_UNPRICED) else r for r in out]
    return [r for r in out if r.template in _COST_BASIS_FIRST] + [r for r in out if r.template not in _COST_BASIS_FIRST]


def _late_said(plan: PlanResult, alternative: PlanResult, scenario: Scenario) -> PlanResult:
    """`alternative` with a line on the date to be live by where it and the plan part on it: likely too late where
    the plan likely makes it, likely in time where the plan likely misses it (a date not yet passed); with the day it
    is likely live. The first of its notes, after the lines that take points: as its last line, below car_brand's
    long note on what users won through ads cost, it was the line a presenter's card faded out."""
    if plan.live_in_time and alternative.live_in_time is False:
        template = R.WHY_NOT_LATE
    elif plan.live_in_time is False and not plan.live_by_passed and alternative.live_in_time:
        template = R.WHY_NOT_IN_TIME
    else:
        return alternative
    if alternative.likely_live_date is None:  # (found with its result wherever there is a date to be live by)
        return alternative
    said = Reason(template, {"date": scenario.live_by, "live": alternative.likely_live_date.isoformat()}, 0.0)
    why = alternative.why_not
    notes_from = next((i for i in range(len(why), 0, -1) if why[i - 1].impact != 0), 0)
    return replace(alternative, why_not=(*why[:notes_from], said, *why[notes_from:]))


def _padded_above(ranked: Ranking, best: Candidate, shown: Sequence[Candidate], table: FitTable,
                  scenario: Scenario, pack: DataPack, digits: int) -> list[Reason | None]:
    """For each card shown, the note that plans were left out just above it (next_best leaves out a plan that is the
    plan, or a plan shown before, with presences added that would have nothing to do), or None: a client who sees
    such a plan's score elsewhere on the screen (the card "This plan with both" at 73 beside next best plans at 69
    and 67) finds why it is not among them. Said once, on the first card below such a plan: the rule is one."""
    out: list[Reason | None] = [None] * len(shown)
    rank, before = 1, [best]
    for i, card in enumerate(shown):
        skipped = []
        while rank < len(ranked) and ranked[rank].members != card.members:
            skipped.append(ranked[rank])
            rank += 1
        rank += 1
        base = next((b for b in before if pads(skipped[0], b, table, scenario, pack)), None) if skipped else None
        if base is not None:
            out[i] = _left_out(skipped, base, best, card, digits)
            break
        before.append(card)
    return out


def _left_out(skipped: Sequence[Candidate], base: Candidate, best: Candidate, card: Candidate,
              digits: int) -> Reason:
    """The note on `card` for the plans left out above it, the first of them padding `base` (_padded_above)."""
    top = skipped[0]
    # Written to as many decimals as tell it above the card's own score (cross_border_skincare: "ranked above … at 68"
    # over a card headed 68, the two 68.5 and 68.1).
    places = next((d for d in range(digits, 3) if round(top.score, d) != round(card.score, d)), None)
    # None: the two read alike to every decimal written (an exact tie, the ranking's order put the left-out first).
    params: dict[str, object] = {"plan": Plan(top.members), "score": Fixed(top.score, digits if places is None
                                                                                   else places)}
    if len(skipped) > 1:
        # Every plan counted, named in the JSON (the sentence names one): an analyst could not check "8 plans".
        template, params = R.WHY_NOT_PADDED_ABOVE_MANY, {
            **params, "count": len(skipped), "plans": tuple(tuple(c.members) for c in skipped),
            "scores": tuple(round(c.score, 2) for c in skipped)}
    else:
        params["presences"] = Members(m for m in top.members if m not in base.members)
        template = R.WHY_NOT_PADDED_ABOVE if base is best else R.WHY_NOT_PADDED_ABOVE_SHOWN
        if base is not best:
            params["base"] = Plan(base.members)
    if places is None:
        return Reason(R.LEVEL_FORMS[template], params, 0.0)
    if places > digits:  # this card's score beside it, to as many decimals: "65.6 against 65.5", not beside "66"
        return Reason(R.FINER_FORMS[template], {**params, "own": Fixed(card.score, places)}, 0.0)
    return Reason(template, params, 0.0)


def _budget_reason(plan: PlanResult, ranked: Ranking, scenario: Scenario,
                   does_a_job: Callable[[Candidate], bool]) -> Reason:
    """Compares the budget with the first-year figure the cost table shows for the plan."""
    budget, cost = scenario.budget_cny, plan.first_year.likely
    # (A cost that reads ¥0 is covered by a budget of ¥0: "covers none of … ¥0" read as a slip.)
    # (A budget that reads ¥0, held as 0 in the JSON, covers none of a cost: "¥0 covers only 0.00019%" at ¥0.40.)
    zero = whole_yuan(budget) <= 0
    if covers(budget, cost) or (zero and yuan_as_written(cost) == 0):
        return Reason(R.BUDGET_OK, {"budget": Money(budget), "cost": Money(cost)})
    # The gap between the two amounts as every view writes them, so that a client's own sum agrees:
    # fitness_coaching read "¥1.5M is ¥897k short of … ¥2.40M". Where both read alike, the gap as it is.
    gap = shown_difference(cost, budget)
    params: dict[str, object] = {"budget": Money(budget), "cost": Money(cost)}
    # A budget too small to show in the gap (the gap reads as the whole cost): the share it covers instead.
    small = not zero and yuan_as_written(gap) == yuan_as_written(cost)
    if small:
        params["share"] = Share(budget / cost)
    elif not zero:
        params["gap"] = Difference(cost, budget)  # (in another currency, taken again from the two as written)
    # The points the plan's own budget line takes off its score (the window shows this sentence beside the score,
    # and the variant card of the plan's own choice says the same points). Where that line also takes the rounding
    # of the score's lines, it is a unit off the budget's rule (fitness_coaching: 16 of a rule that takes 15.3), and
    # the sentence says so as the line does: a client rebuilding the points from the appendix's rule finds 15.3.
    line = next((r for r in plan.reasons if r.template in R.PLAN_BUDGET_LINES), None)
    if line is not None:
        params["points"] = line.params["points"]
    said = ("" if line is None else "_points_rounding"
            if line.template in (R.PLAN_BUDGET_COST_ROUNDING, R.PLAN_BUDGET_NONE_ROUNDING) else "_points")
    kind = "zero" if zero else "small" if small else "short"
    # The best plan within the budget does some of what the plan does (a goal, the messages, a need): factory_staff
    # on no budget read "the best plan within it is Official Account, at ¥0", which covers messaging its staff at 0.
    # (Where the plan itself has no job, nothing is asked of any plan, and the best within the budget is named.)
    affordable = ranked.first_within(budget, does_a_job if any(plan.roles.values()) else None)
    if affordable is None:
        return Reason(R.BUDGET_SENTENCES[kind, "none", said], params)
    return Reason(R.BUDGET_SENTENCES[kind, "other", said],
                  {**params, "plan": Plan(affordable.members), "other_cost": Money(affordable.first_year_likely)})


def break_even_audience(flips: Sequence[float], audience: float) -> float | None:
    """Of the audiences where the cheaper variant changes, the one nearest the scenario's."""
    if not flips:
        return None
    return min(flips, key=lambda x: abs(np.log1p(x) - np.log1p(audience)))


def _variant_members(plan: Candidate) -> Mapping[str, tuple[str, ...]]:
    """The plan's other presences with a Mini Program, an app, or both."""
    return _variants_of(plan.members)


@lru_cache(maxsize=64)  # one entry per set of the six presences at most
def _variants_of(members: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    base = tuple(m for m in members if m not in ("native_app", "mini_program"))
    return MappingProxyType({key: tuple(p for p in PRESENCES if p in base or p in adds)
                             for key, adds in (("mini_program", ("mini_program",)), ("native_app", ("native_app",)),
                                               ("both", ("mini_program", "native_app")))})


def _app_or_mp(plan: Candidate, ranked: Ranking, table: FitTable,
               scenario: Scenario, pack: DataPack, today: dt.date,
               shown: Mapping[tuple[str, ...], PlanResult], others: Mapping[str, Candidate],
               figures: Mapping[tuple[str, ...], CostFigures],
               timelines: dict[str, PresenceTimeline],
               candidates: Mapping[tuple[str, ...], Candidate], digits: int) -> AppOrMiniProgram:
    """`others`: the variants that are neither the plan nor an alternative; `candidates`: the plan and its
    alternatives as ranked; `digits`: the decimals the scores are written with (score_digits)."""
    base = tuple(m for m in plan.members if m not in ("native_app", "mini_program"))
    needs = ranked.sets.needs
    variants, admissible, ruled_out = {}, {}, {}
    for key, members in _variant_members(plan).items():
        ok = all(is_eligible(m, scenario, pack) for m in members)
        admissible[key] = ok and carries_needs(members, needs, scenario, pack)
        if ok and not admissible[key]:
            # Which ticked needs none of its presences can carry: "Cannot carry every special need you ticked"
            # named none, beside a Mini Program panel that said "You can open it".
            unmet = [n for n in needs if not any(can_meet(m, n, scenario, pack) for m in members)]
            ruled_out[key] = Reason(R.VARIANT_NEED_UNMET if len(unmet) == 1 else R.VARIANT_NEEDS_UNMET,
                                    {"needs": duty_terms([f"need:{n}" for n in unmet])})
        if members in shown:
            variants[key] = shown[members]  # the plan or an alternative, exactly as shown
        else:
            variants[key] = _plan_result(others[key], table, scenario, pack, today, figures[members],
                                         timelines=timelines)
    has_app, has_mp = "native_app" in plan.members, "mini_program" in plan.members
    choice = "both" if has_app and has_mp else "native_app" if has_app else "mini_program" if has_mp else "neither"
    reason = Reason({"both": R.CHOICE_BOTH, "native_app": R.CHOICE_APP, "mini_program": R.CHOICE_MP,
                     "neither": R.CHOICE_NEITHER}[choice])
    app = tuple(p for p in PRESENCES if p in base or p == "native_app")
    mp = tuple(p for p in PRESENCES if p in base or p == "mini_program")
    # From the costs at the audience alone: kept for moves of the other sliders and drags back.
    cheaper, break_even, app_always = plan.book.remember(
        ("app or mini program", app, mp), lambda: _cheaper_of(plan.book, app, mp, scenario.audience))
    years = scenario.horizon_years
    added = choice == "neither"  # the chart's lines are then the plan with one added
    if break_even is not None:
        note = Reason(R.CHEAPER_CHANGES_IF_ADDED if added else R.CHEAPER_CHANGES,
                      {"years": years, "users": Count(break_even), "audience": Count(scenario.audience)})
    elif added:
        note = Reason(R.CHEAPER_APP_ALWAYS_IF_ADDED if app_always else R.CHEAPER_MP_ALWAYS_IF_ADDED, {"years": years})
    else:
        note = Reason(R.CHEAPER_APP_ALWAYS if app_always else R.CHEAPER_MP_ALWAYS, {"years": years})
    if not both_open(admissible):
        # Every card ruled out, named by its title: yoga_teacher with no one on WeChat named its Mini Program card
        # alone, beside "This plan with both" marked ruled out as well.
        closed = [R.card_title(v, choice) for v in ("mini_program", "native_app", "both") if not admissible[v]]
        note = Reason(R.RULED_OUT_FORMS[len(closed) - 1], dict(zip(("card", "other", "third"), closed)))
    # Against the plan, or where that says nothing, against another variant card beside it that holds it and
    # more and costs less (city_service: the native app alone at ¥2.89M beside the app with a Mini Program at
    # ¥2.18M, with no word on why).
    # The plan's own card needs none: the larger card that costs less says why against the plan.
    cards = [plan.members, *_variant_members(plan).values()]
    cost_reasons = {key: None if members == plan.members
                    else _alternative_cost_reason(members, plan.members, cards, figures, scenario, pack, plan.book,
                                                  table)
                    for key, members in _variant_members(plan).items()}
    # The larger card such a reason names is always the one with both, titled beside it as "This plan with both":
    # named as a plan ("… than Official Account (formerly Subscription Account) + Mini Program + Channels + Native
    # app"), a client looked for a card of that name and found none.
    both = Plan(_variant_members(plan)["both"])
    cost_reasons = {key: reason if reason is None or reason.params.get("other") != both
                    else replace(reason, params={**reason.params, "other": Term(
                        "card:both_added" if choice == "neither" else "card:both")})
                    for key, reason in cost_reasons.items()}
    ranked_variants = {**candidates, **{c.members: c for c in others.values()}}
    score_reasons = {key: variant_score_reason(ranked_variants[members], digits) if admissible[key] else None
                     for key, members in _variant_members(plan).items()}
    return AppOrMiniProgram(choice, reason, variants, admissible, break_even, cheaper, note, cost_reasons,
                            score_reasons, ruled_out)


def _cheaper_of(book: CostBook, app: tuple[str, ...], mp: tuple[str, ...],
                audience: float) -> tuple[float, float | None, bool]:
    """(the probability that the plan with a Mini Program costs less than the one with an app, the
    audience nearest `audience` where the cheaper of the two changes, and, where none does, whether
    the app is the cheaper by likely total, as the break-even search compares them)."""
    app_costs, mp_costs = book.plan(app), book.plan(mp)
    # Both plans' yearly costs in one array, summed over the years together: each plan's total as
    # PlanCosts.total adds it (year after year, sample by sample), in half the array operations.
    rows = np.empty((2, *book.shape[::-1]))
    app_costs.yearly_rows_into(audience, rows[0])
    mp_costs.yearly_rows_into(audience, rows[1])
    app_totals, mp_totals = drawn(rows.sum(axis=1))
    cheaper = int(np.count_nonzero(mp_totals < app_totals)) / len(mp_totals)  # the share of draws, as np.mean
    break_even = break_even_audience(book.cheaper_flips(app, mp), audience)
    if break_even is not None:
        return cheaper, break_even, False
    return cheaper, None, bool(app_cheaper_at(app_costs, mp_costs, np.array([audience]))[0])


def prepare_break_evens(scenario: Scenario, pack: DataPack) -> None:
    """Find now, for every set of other presences a plan may hold with an app or a Mini Program, the audiences
    at which the cheaper of the two changes (CostBook.cheaper_flips, kept with the scenario's cost parts, as
    evaluate() keeps the one it needs).

    For a window at rest (wxdesk.ui.flip_labels): the sixteen sets take some 7 ms together, where the one
    set found during a slider move, at the move that gives the plan other presences, adds about 1 ms to
    a move that is already among the dearest (the plan, its panels and its chart all change). The answers
    are the same either way; only when each is found differs."""
    pack = pack.with_overrides(scenario.overrides)
    books = [CostBook(scenario, pack)]
    if template_kind(scenario, pack):
        # Either side of the largest audience a rented template serves, the Mini Program is costed apart (its
        # cost parts are kept apart): an audience move across it finds the other side's ready too.
        limit = pack.likely("mp_template_max_users")
        books += [CostBook(replace(scenario, audience=audience), pack) for audience in (limit, limit * 2 + 1)
                  if audience >= 0]
    others = [p for p in PRESENCES if p not in ("native_app", "mini_program")]
    for book in books:
        for base in itertools.chain.from_iterable(itertools.combinations(others, n) for n in range(len(others) + 1)):
            variants = _variants_of(base)  # the plan's cards' presences, as _app_or_mp asks for them
            book.cheaper_flips(variants["native_app"], variants["mini_program"])


def _cost_reason(members: tuple[str, ...], plan: tuple[str, ...], figures: Mapping[tuple[str, ...], CostFigures],
                 scenario: Scenario, pack: DataPack, table: FitTable) -> Reason | None:
    """Why `members` cost less than the plan though larger, or more though smaller, from the figures
    their cards show (the likely total over the horizon and its split)."""
    (_, cumulative, splits), (_, plan_cumulative, plan_splits) = figures[members], figures[plan]
    return cost_surprise(members, plan, cumulative[-1].likely, plan_cumulative[-1].likely,
                         splits[0], plan_splits[0], scenario, pack, table)


def _added_cheaper(presence: str, best: Candidate, ranked: Ranking, table: FitTable, scenario: Scenario,
                   pack: DataPack, plan_total: float) -> Reason | None:
    """added_cheaper_sentence, with the part of the cost that adding the presence lowers and its figure in both
    plans where cost_surprise finds one (a bought user through WeChat against an app install, say)."""
    found = added_cheaper_sentence(presence, best, ranked, scenario, plan_total)
    with_it = None if found is None else with_added(presence, best, ranked)
    if found is None or with_it is None:
        return found
    # (Found for the plan with it, at the audience the plan's are: already among the shown plans' where it is one.)
    figures = cost_figures(best.book, [with_it.members, best.members], pack)
    why = _cost_reason(with_it.members, best.members, figures, scenario, pack, table)
    template = None if why is None else R.ADDED_CHEAPER_AS.get(why.template)
    if why is None or template is None:
        return found
    said = {key: value for key, value in why.params.items() if key in ("alt", "best", "duties")}
    return Reason(template, {**found.params, **said}, found.impact)


def _alternative_cost_reason(alt: tuple[str, ...], plan: tuple[str, ...], shown: Sequence[tuple[str, ...]],
                             figures: Mapping[tuple[str, ...], CostFigures], scenario: Scenario,
                             pack: DataPack, book: CostBook, table: FitTable) -> Reason | None:
    """An alternative's cost reason against the plan, or, where there is none, against another plan
    shown that holds it and more and costs less (yoga_teacher: the Mini Program alone beside the
    Official Account with a Mini Program), so that no two cards side by side read as a slip.

    It reads the plans' likely totals and splits at the audience, and the scenario only through
    its cost inputs (cost_reasons.py): kept with the costs at the audience, for moves of the
    other sliders (`table`: the scenario's fit table, which it reads only for the plans' roles)."""
    return book.remember(("cost reason", alt, plan, tuple(shown)),
                         lambda: _find_cost_reason(alt, plan, shown, figures, scenario, pack, table))


def _find_cost_reason(alt: tuple[str, ...], plan: tuple[str, ...], shown: Sequence[tuple[str, ...]],
                      figures: Mapping[tuple[str, ...], CostFigures], scenario: Scenario,
                      pack: DataPack, table: FitTable) -> Reason | None:
    found = _cost_reason(alt, plan, figures, scenario, pack, table)
    for other in shown:
        if found is not None:
            break
        if other not in (alt, plan):
            (_, cumulative, splits), (_, other_cumulative, other_splits) = figures[alt], figures[other]
            found = dearer_than(alt, other, cumulative[-1].likely, other_cumulative[-1].likely,
                                splits[0], other_splits[0], scenario, pack, table)
    return found


def _produced(figure_id: str, per_year: float, best: Candidate, plan: PlanResult, pack: DataPack) -> dict[str, object]:
    """What the plan pays to have produced (`per_year` items a year at the pack's `figure_id` each), as a card's line
    says it: the price's range and the amount over the horizon at the price's average, which is the amount's part of
    the plan's split (draws.py), so that the line and the split read one figure."""
    price = pack.figures[figure_id]
    years = best.book.scenario.horizon_years
    # (The price as the appendix writes it, which the amount multiplies out: Price.)
    return {"low": Price(price.low), "high": Price(price.high),
            "average": Price(price.average, per_year * years, figure_id),
            "amount": Money(price.average * per_year * years), "total": Money(plan.total.likely), "years": years}


# A cost of the plan's, counted against it: a point against (the handout lists a card's points by their sign).
PRODUCED_POINT = -0.01


def _content_reason(presence: str, articles: tuple[str, float] | None, best: Candidate, plan: PlanResult,
                    pack: DataPack) -> list[Reason]:
    """The articles the plan pays to have produced, on the card of the account that sends them, with their part of
    the plan's split (none where the plan pays for none, or the price is set to 0)."""
    if articles is None or articles[0] != presence or pack.figures["content_per_message_cny"].high <= 0:
        return []
    count = articles[1]
    # Where the plan without this member would pay for as many articles (another member sends the messages, or they
    # are bought as ads: costs.written_messages), the line says so: two reviewers found car_brand's plan without its
    # Official Account no cheaper, beside the Official Account's card giving it ¥300k of the plan's cost.
    others = tuple(member for member in best.members if member != presence)
    elsewhere = best.book.articles(others) if others else None
    anyway = elsewhere is not None and elsewhere[1] == count
    template = ((R.CONTENT_COUNTED_ONE_ANYWAY if anyway else R.CONTENT_COUNTED_ONE) if count == 1 else
                R.CONTENT_COUNTED_ANYWAY if anyway else R.CONTENT_COUNTED)
    return [Reason(template, {"wanted": messages_as_written(count),
                              **_produced("content_per_message_cny", count * 12, best, plan, pack)}, PRODUCED_POINT)]


def _video_reason(presence: str, table: FitTable, best: Candidate, plan: PlanResult, scenario: Scenario,
                  pack: DataPack) -> list[Reason]:
    """The short videos and live streams the plan pays to have produced, on the card of the member that shows them
    (Channels, else the member carrying the video goal), with their part of the plan's split, as the articles' line
    says theirs: car_brand's ¥600k of videos over 5 years sat in "Maintenance and content" with no word on any card."""
    members = best.members
    if pack.figures["channels_production_cny"].high <= 0:
        return []
    # A one-person business films its own (duties.films_videos), and its card says so, as the Official Account's says
    # of its articles: a tutor's Channels at ¥0 beside a company's at ¥170k a year said nothing of why.
    own = writes_own_articles(scenario)
    if not (shows_videos(members, table, scenario, pack) if own else best.book.films(members)):
        return []
    shows = "channels" if "channels" in members else table.carriers(members).get("goal:video")
    if presence != shows:
        return []
    if own:
        return [Reason(R.VIDEOS_OWN)]
    return [Reason(R.VIDEOS_COUNTED, _produced("channels_production_cny", 1, best, plan, pack), PRODUCED_POINT)]


def _best_in_time(ranked: Ranking, shown: Sequence[PlanResult], table: FitTable, scenario: Scenario, pack: DataPack,
                  today: dt.date, live_by: dt.date) -> list[Reason]:
    """Where no plan shown is likely live by the date, the best-scoring other plan that is, with a job for each member
    (its score, first year and day, none of which a page shows elsewhere): a dental clinic to be live in five weeks read
    that its plan and both plans beside it, each with a six-week Mini Program, would miss the date, and nothing of a
    plan that would make it. None where no plan is likely in time."""
    seen = {result.presences for result in shown}
    # (The two scores with the decimals the plans shown take: one precision on one page.)
    digits = score_digits([r.score for r in shown])
    for rank in range(1, len(ranked)):
        cand = ranked[rank]
        members = cand.members
        if members in seen:
            continue
        timeline = cand.book.lasting(("timeline", members), partial(_timeline_of, members, scenario, pack, cand.book))
        if not timeline.meets(live_by, today) or not all(kept_duties(members, table, scenario, pack).values()):
            continue
        return [Reason(R.WARN_LIVE_BY_OTHER, {"plan": R.Plan(members), "score": Fixed(cand.score, digits),
                                              "best": Fixed(shown[0].score, digits),
                                              "cost": Money(cand.first_year_likely),
                                              "live": timeline.live_dates(today)["likely"].isoformat()})]
    return []


def _timeline_of(members: tuple[str, ...], scenario: Scenario, pack: DataPack, book: CostBook,
                 known: dict[str, PresenceTimeline] | None = None) -> Timeline:
    """A plan's timeline as it is costed: with the pages a Service Account takes payments in, where the plan's roles
    give it them, and those pages, its app and its custom Mini Program built for the needs each carries, as the cost
    book sizes them (costs.CostBook.built_for; `known`: plan_timeline's, the presences' timelines shared by the plans of
    one evaluation)."""
    built = book.built_for(members)
    return plan_timeline(members, scenario, pack, known, "service" in built, built)


def _percent(share: float) -> R.Fixed:
    """A share as a percentage with the decimals it has, as the appendix writes the figure ("0.6", "1"): "1.0%" in a
    sentence beside the appendix's "1%" read as two figures."""
    percent = round(share * 100, 6)
    return R.Fixed(percent, R.decimal_places(f"{percent:g}"))


def _warnings(scenario: Scenario, ranked: Ranking, plan: PlanResult, alternatives: Sequence[PlanResult], paid: float,
              pack: DataPack, today: dt.date, table: FitTable) -> list[Reason]:
    found = []
    if plan.live_in_time is False:
        # In whole weeks, as the timeline line beside it says them.
        weeks = whole_weeks(plan.timeline.weeks.likely)
        live = plan.timeline.live_dates(today)
        params: dict[str, object] = {"weeks": weeks, "date": scenario.live_by, "live": live["likely"].isoformat()}
        live_by = live_by_date(scenario)
        if plan.live_by_passed:
            # A date already gone is said as gone: "likely live … after your date" read as a plan that might make it.
            found.append(Reason(R.WARN_LIVE_BY_PASSED_WEEK if weeks == 1 else R.WARN_LIVE_BY_PASSED, params))
        elif (live_by is not None and live["low"] > live_by
              and whole_weeks(plan.timeline.weeks.low) >= 2):
            # Beyond even the quickest launch: no luck makes the date ("likely" read as a chance of making it).
            found.append(Reason(R.WARN_LIVE_BY_EVEN_QUICKEST,
                                {**params, "quickest": whole_weeks(plan.timeline.weeks.low),
                                 "earliest": live["low"].isoformat()}))
        else:
            found.append(Reason(R.WARN_LIVE_BY_WEEK if weeks == 1 else R.WARN_LIVE_BY, params))
        if not plan.live_by_passed:
            # (Its likely day as its card gives it: found with the plan's result, where there is a date to be live by.)
            in_time = next((alt for alt in alternatives if alt.live_in_time and alt.likely_live_date is not None), None)
            if in_time is not None and in_time.likely_live_date is not None:
                found.append(Reason(R.WARN_LIVE_BY_ALTERNATIVE, {"plan": R.Plan(in_time.presences),
                                                                 "live": in_time.likely_live_date.isoformat()}))
            elif live_by is not None:
                found.extend(_best_in_time(ranked, (plan, *alternatives), table, scenario, pack, today, live_by))
    elif (plan.live_in_time and plan.live_in_time_at_slowest is False and plan.slowest_live_date is not None
          and plan.likely_live_date is not None):  # (the two days are found together, with a date to be live by)
        found.append(Reason(R.WARN_LIVE_BY_AT_SLOWEST, {"date": scenario.live_by,
                                                        "live": plan.likely_live_date.isoformat(),
                                                        "slowest": plan.slowest_live_date.isoformat()}))
    if not scenario.goals and not scenario.needs:
        found.append(Reason(R.WARN_NO_GOALS_MESSAGES if scenario.pushes_per_month > 0 else R.WARN_NO_GOALS))
    if scenario.china_share <= 0:
        found.append(Reason(R.WARN_NO_CHINA))
    elif scenario.china_share < pack.likely("reach_floor") and any(p in WECHAT_PRESENCES for p in plan.presences):
        # Below the reach floor a WeChat presence keeps more of its fit than the people it reaches would give it
        # (fit.py): at 1% on WeChat a Service Account alone was the plan, and nothing said how few it reaches.
        found.append(Reason(R.WARN_FEW_ON_WECHAT, {"share": Share(scenario.china_share)}))
    if scenario.audience < 1:
        # At the audience slider's start the hotpot chain's plan scored 76, above its 74 at 120,000 users, for ¥136k
        # over 3 years of a plan serving nobody, and nothing said so.
        found.append(Reason(R.WARN_NO_AUDIENCE))
    on_wechat, wechat = scenario.audience * scenario.china_share, pack.likely("wechat_mau_million") * A_MILLION
    if on_wechat > wechat:
        # The audience's slider and a file reach two billion users: at its end, 90% of them on WeChat in mainland China
        # were 1.8 billion people against WeChat's 1.414 billion, costed (¥18.8 billion of ads) without a word.
        found.append(Reason(R.WARN_BEYOND_WECHAT, {"users": Count(on_wechat)}))
    for need in ranked.sets.unmet:
        if need == "payments" and scenario.entity == "individual":
            found.append(Reason(R.WARN_INDIVIDUAL_PAYMENTS if pack.payments["individual_app"]
                                else R.WARN_INDIVIDUAL_PAYMENTS_ANYWHERE))
        else:
            found.append(Reason(R.WARN_NEED_UNMET, {"need": Term(need)}))
    if paid > 0 and plan.presences:
        wanted, paid_said = scenario.pushes_per_month, as_said(paid)
        # A file's 4.0001 messages, 0.0001 of them paid for: as_said writes the paid part to the decimals that show it
        # ("0 of your 4 messages … are bought as paid reach" said nothing a client could find), and the count asked
        # for takes as many, so that the two read apart: "0.0001 of your 4.0001", not "of your 4".
        finer = paid_said.digits if isinstance(paid_said, R.Fixed) and wanted != int(wanted) else None
        counts = {"paid": paid_said, "wanted": as_said(wanted) if finer is None else R.Fixed(wanted, finer)}
        # Every message paid for reads "All 60 of your messages", not "60 of your 60".
        every = counts["paid"] == counts["wanted"]
        found.append(Reason(R.WARN_PAID_REACH_ALL if every else R.WARN_PAID_REACH, counts))
    if scenario.entity == "overseas_company" and "native_app" in plan.presences:
        found.append(Reason(R.WARN_OVERSEAS_APP))
    # (Beside a plan that takes payments or sells: a sale in WeChat is paid with WeChat Pay, ticked or not.)
    if any("need:payments" in duties or "goal:sell" in duties for duties in plan.roles.values()):
        fee = pack.figures["wechat_pay_fee_share"]
        if scenario.entity == "overseas_company":
            found.append(Reason(R.WARN_PAY_FEE_OVERSEAS, {"percent": _percent(fee.likely)}))
        else:
            found.append(Reason(R.WARN_PAY_FEE, {"percent": _percent(fee.likely), "low_percent": _percent(fee.low),
                                                 "high_percent": _percent(fee.high)}))
    if plan.chat_staff is not None:
        people = plan.chat_staff / pack.likely("staff_hours_per_month")
        staff = round(people)
        # From three quarters of a full-time month: "about one full-time staff member" read for 120 hours (0.69).
        if people >= 0.75:  # (the hours as the role line says them)
            found.append(Reason(R.WARN_CHAT_STAFF_ONE if staff == 1 else R.WARN_CHAT_STAFF,
                                {"staff": staff, "hours": round(plan.chat_staff)}))
    return found


def _own_reasons(table: FitTable, scenario: Scenario, pack: DataPack,
                 fits: Mapping[str, float]) -> dict[str, tuple[Reason, ...]]:
    """Each presence's sentences about itself alone (fit.presence_reasons), as its card reads them beside its fit
    (`fits`: presence_fit's, from the same table)."""
    out = {}
    for pid in PRESENCES:
        steady = table.basis.keep(("reasons", pid), partial(steady_reasons, pid, table, scenario, pack))
        out[pid] = tuple(weak_fit_reasons(presence_reasons(pid, table, scenario, pack, steady), fits[pid], pack))
    return out


def _check_overrides(scenario: Scenario, pack: DataPack) -> None:
    """The scenario's figures checked against `pack`'s, as a file's are when it is read (scenario_from_dict): a
    Scenario made in Python (wxdesk.evaluate's callers) with a share of 5 was evaluated, where a file holding it is
    refused ("Field 'overrides.visibility_service' must be from 0 to 1 (share), not 5.")."""
    _refuse_unknown_figures(scenario, pack)
    problem = overrides_problem(pack.figures, scenario.overrides)
    if problem:
        raise ScenarioError(f"Field 'overrides.{problem[0]}' {problem[1]}.", "overrides")


def _refuse_unknown_figures(scenario: Scenario, pack: DataPack) -> None:
    unknown = [fid for fid in scenario.overrides if fid not in pack.figures]
    if unknown:
        raise ScenarioError(f"Field 'overrides.{unknown[0]}' names no figure of the data pack.", "overrides")


def _ranked(scenario: Scenario, pack: DataPack) -> tuple[FitTable, Ranking]:
    _refuse_unknown_figures(scenario, pack)
    pack = pack.with_overrides(scenario.overrides)
    book = CostBook(scenario, pack)
    # The table's columns other than the audience's are kept with the cost parts, for audience moves.
    basis = book.lasting(("fit", fit_inputs(scenario, pack)), lambda: fit_basis(scenario, pack))
    table = basis.at(scenario, pack)
    return table, ranking(table, scenario, pack, book)


def best_plan(scenario: Scenario, pack: DataPack) -> tuple[str, ...]:
    """Only the plan's presences: exactly evaluate()'s choice, without the rest of the evaluation."""
    return _ranked(scenario, pack)[1][0].members


def ranked_plans(scenario: Scenario, pack: DataPack, *plans: tuple[str, ...]) -> list[Candidate | None]:
    """Plans as the ranking scores them for `scenario` (None for one that is not admissible)."""
    ranked = _ranked(scenario, pack)[1]
    return [ranked.get(members) for members in plans]


def evaluate(scenario: Scenario, pack: DataPack, today: dt.date | None = None) -> Evaluation:
    """Evaluate a scenario against a data pack (with the scenario's overrides applied).

    `today` is when work would start, for the must-be-live-by check (default: today).
    """
    today = today or dt.date.today()
    if scenario.overrides:
        _check_overrides(scenario, pack)
    table, ranked = _ranked(scenario, pack)
    pack = pack.with_overrides(scenario.overrides)
    fits = {pid: presence_fit(pid, table, scenario, pack) for pid in PRESENCES}
    eligible_of = {pid: is_eligible(pid, scenario, pack) for pid in PRESENCES}
    # The swaps the panels of presences left out name (from the scores alone), so that their likely costs
    # are found in the one sort that finds those of the plans shown; at the first evaluation at an audience,
    # with the plan with each presence left out added (whose likely total each such panel compares with the
    # plan's: added_cheaper_sentence) and the plans next_best reads, which one at a time each took a sort
    # and a few array operations of their own.
    plan_members = ranked[0].members
    swaps = {pid: swap_of(pid, ranked[0], ranked, fits) for pid in PRESENCES
             if eligible_of[pid] and pid not in plan_members}

    def first_read() -> list[Candidate]:
        added = (with_added(pid, ranked[0], ranked) for pid in swaps)
        return [*(plan for plan in added if plan is not None),
                *next_best_reads(ranked, table, scenario, pack, ALTERNATIVES)]

    ranked.prefetch(1 + ALTERNATIVES, [swap[1] for swap in swaps.values() if swap], first_read)
    best, next_best = ranked[0], next_best_plans(ranked, table, scenario, pack, ALTERNATIVES)
    shown = {c.members for c in (best, *next_best)}
    others = {key: ranked.get(members) or score_plan(members, table, scenario, pack, best.book, ranked)
              for key, members in _variant_members(best).items() if members not in shown}
    figures = cost_figures(best.book, [c.members for c in (best, *next_best, *others.values())], pack)
    timelines: dict[str, PresenceTimeline] = {}  # each presence's, shared by the plans below
    digits = score_digits([c.score for c in (best, *next_best)])
    plan = _plan_result(best, table, scenario, pack, today, figures[best.members],
                        tuple(plan_reasons(best, scenario, pack, digits)), timelines=timelines, the_plan=True)
    shown_plans = [c.members for c in (best, *next_best)]
    # Where every plan shown beside it is the plan with presences that would have nothing to do (no other is left:
    # fitness_coaching's needs leave only plans with its app), the first card says so, or the two cards read as the
    # plan padded for no reason.
    only_padded = bool(next_best) and all(pads(alt, best, table, scenario, pack) for alt in next_best)
    padded_note = [Reason(R.WHY_NOT_ONLY_PADDED, {"presences": Members(best.members)}, 0.0)] if only_padded else []
    above = [None] * len(next_best) if only_padded else _padded_above(ranked, best, next_best, table, scenario,
                                                                       pack, digits)
    alternatives = tuple(_late_said(plan, _plan_result(alt, table, scenario, pack, today, figures[alt.members], (),
                                      (*why_not(alt, best, table, scenario, pack, digits,
                                                _alternative_cost_reason(alt.members, best.members, shown_plans,
                                                                         figures, scenario, pack, best.book, table),
                                                ahead=next_best[i - 1] if i else None),
                                       *(padded_note if i == 0 else []), *(r for r in (above[i],) if r is not None)),
                                      timelines), scenario)
                         for i, alt in enumerate(next_best))
    presences = []
    articles = best.book.articles(best.members)
    # Each presence's own sentences follow its fit table and the scenario without its budget: kept with the table
    # for a budget move (the signs of zero, which the table does not tell, in the key).
    own_reasons = table.keep(("presence reasons", math.copysign(1.0, scenario.audience),
                              math.copysign(1.0, scenario.interaction_minutes)),
                             partial(_own_reasons, table, scenario, pack, fits))
    for pid in PRESENCES:
        eligible = eligible_of[pid]
        reasons = list(own_reasons[pid])
        # Where a goal, need or the business ends the Mini Program's rented template, said next to its cost: after its
        # role and what it produces in the plan, else after the first line, which gives the plan's cost with it.
        custom = [r for r in (custom_build_reason(pid, best, ranked, scenario, pack), pages_build_reason(pid, best))
                  if r is not None] if eligible else []
        if pid in best.members:
            reasons = [plan.role_reason(pid), *_content_reason(pid, articles, best, plan, pack),
                       *_video_reason(pid, table, best, plan, scenario, pack), *custom,
                       *_member_lines(in_plan_reasons(reasons, pid, plan.roles), plan,
                                      pid != "wecom" or best.book.keeps_contacts(best.members))]
        elif eligible:
            # (a member's, with what covers them: in_plan_reasons)
            reasons = few_would_install_once(alike_in_one_sentence(reasons))
            swap = swap_sentence(swaps[pid], best, scenario, pack, digits)
            cheaper = _added_cheaper(pid, best, ranked, table, scenario, pack, plan.total.likely)
            reasons[:0] = [not_in_plan_reason(pid, best, ranked, table, scenario, pack, digits), *custom,
                           *([cheaper] if cheaper else []), *([swap] if swap else [])]
        presences.append(PresenceResult(pid, fits[pid], eligible, pid in best.members, tuple(reasons)))
    paid = paid_messages_per_month(best.members, scenario, pack)
    evaluation = Evaluation(
        scenario=scenario,
        presences=tuple(presences),
        plan=plan,
        alternatives=alternatives,
        app_or_mini_program=_app_or_mp(best, ranked, table, scenario, pack, today,
                                       {p.presences: p for p in (plan, *alternatives)}, others, figures, timelines,
                                       {c.members: c for c in (best, *next_best)}, digits),
        budget=_budget_reason(plan, ranked, scenario,
                              lambda other: any(kept_duties(other.members, table, scenario, pack).values())),
        warnings=tuple(_warnings(scenario, ranked, plan, alternatives, paid, pack, today, table)),
        pack_released=pack.released,
        paid_messages_per_month=paid,
    )
    table.evaluated()  # (a budget move, at this table again, keeps what it finds there)
    return evaluation


__all__ = ["Band", "Evaluation", "PlanResult", "PresenceResult", "AppOrMiniProgram", "evaluate",
           "free_messages_per_month", "prepare_break_evens", "CHOICES"]
