"""What a client reads, as text: one Evaluation put into words once for the handout and the image.

Both outputs draw from an Answer, so the PDF and the long image cannot word the plan,
its costs or its alternatives differently. Nothing here decides anything: every
figure and reason is the Evaluation's own; the only extra work is the flip points,
searched once and only when the caller did not pass them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from wxdesk.engine import reasons as R
from wxdesk.engine.reasons import Reason
from wxdesk.engine.scores import score_in_one_line
from wxdesk.engine.results import COMPONENTS
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.results import Evaluation, PlanResult, PresenceResult
from wxdesk.engine.fit import is_wechat, staff_only
from wxdesk.engine.flips import FIELDS as FLIP_FIELDS
from wxdesk.engine.flips import FlipPoint, flip_points, flip_reason
from wxdesk.words import Words
from wxdesk.words.acquisition import under_the_split
from wxdesk.words.articles import articles_note
from wxdesk.words.budget_points import with_budget_points
from wxdesk.words.own_figures import own_figures_sentence
from wxdesk.words.steps import pays_stores
from wxdesk.words.summary import close_call_sentence as summary_close_call
from wxdesk.words.summary import cost_sentence
from wxdesk.words.timeline import timeline_lines, warnings_beside_timeline

TOP_REASONS = 3


@dataclass(frozen=True)
class Role:
    presence: str
    name: str
    text: str  # what it carries: "publishing news and messaging followers"
    unpriced: str  # the same without amounts, for a long image sent without prices
    # What its cost is made of, from its card (a rented template, articles produced for the client): the long image's
    # split names only parts ("Maintenance and content ¥859k"), and its cards carried roles only.
    notes: tuple[str, ...] = ()
    notes_unpriced: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanText:
    presences: tuple[str, ...]
    name: str
    score: int
    score_shown: str  # beside the other best plans: to a tenth where two would read alike (Words.plan_scores)
    cost_range: str  # over the horizon, low – high
    likely: str
    first_year: str
    parts: tuple[tuple[str, str, float], ...]  # (component, label, likely CNY over the horizon)
    why_not: tuple[str, ...]  # what speaks against it, beside the best plan (a ✗)
    why_not_unpriced: tuple[str, ...]  # the same, said without amounts where it can be (else as above)
    notes: tuple[str, ...]  # what separates it without speaking against it: "costs the same" (a •)
    total_likely: float
    close_call: bool = False  # nearer the plan than the model can tell apart (PlanResult.close_call)
    # Its close-call line, said first and marked as a note: no point against it (plan_reasons.why_not).
    lead: tuple[str, ...] = ()


@dataclass(frozen=True)
class PresenceText:
    presence: str
    name: str
    fit: int
    in_plan: bool
    eligible: bool
    reason: str  # the one line that says why it is in the plan or not
    pros: tuple[str, ...]
    cons: tuple[str, ...]  # what speaks against it (a ✗): only of a presence the plan does not hold
    status: str = ""  # in the plan, not in it, or not open to the business (Words.presence_status)
    # Of a presence the plan holds, the same points as points to watch (a !): the plan has chosen it,
    # so what tells against it is something to keep an eye on, not a verdict (as fit.IN_PLAN_WORDING words them).
    watch: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    client: str
    scenario_name: str
    subtitle: str  # "How to reach your customers on WeChat", or your staff where they are the audience
    years: int
    plan: PlanText
    recommendation: str  # "We recommend Official Account + Mini Program."
    close_call: str  # where the next best is a close call, a sentence that says so (else "")
    cost_sentence: str  # "Likely ¥3.8M over 5 years (¥2.2M – ¥6.9M); ¥1.1M in the first year."
    roles: tuple[Role, ...]
    weak_goals: str  # the goals no member does well, said under the roles ("" where every goal is carried)
    budget: str
    # The same without the points the score's lines give, where it stands beside them (the long image): "Less 12
    # points because the budget covers only 57% …" read twice over, the second "which takes 12 points off its score".
    budget_beside_score: str
    # How the plan's score is made: its coverage, then each deduction ("…at 56 out of 100; less the points
    # that follow, it scores 41", "Less 15 points because the budget covers only 60% …").
    score_lines: tuple[str, ...]
    choice: str  # the plan's answer to "native app or Mini Program?"
    # (presence name, its reasons), the ones that matter most: each member once, its reasons in one paragraph
    reasons: tuple[tuple[str, str], ...]
    alternatives: tuple[PlanText, ...]
    presences: tuple[PresenceText, ...]
    flips: tuple[str, ...]
    warnings: tuple[str, ...]
    timeline: tuple[str, ...]  # when the plan is live: the whole plan first, then each presence
    # What would change the answer, said without amounts of money (a long image sent without prices): each flip with
    # the sentences within it that give an amount left out, and none where the flip itself is one (a budget's).
    flips_unpriced: tuple[str, ...] = ()
    # The score's lines said without amounts (a long image sent without prices): the cost's line gives its multiple
    # of the cheapest plan's first year, or of the amount a cost counts from, without that amount.
    score_lines_unpriced: tuple[str, ...] = ()
    # The data-pack figures the scenario sets for itself, in the window's copied summary's sentence ("" where it sets
    # none): a plan that moved with such a figure read, on the handout and the long image, as the pack's own answer.
    own_figures: str = ""
    # What the cost's user acquisition assumes (acquisition_note), under the cost split of the handout and the long
    # image: ads the client never typed an amount for made 88% of a smart-lock brand's total, and the image said not;
    # and what it comes to, as a sum a client multiplies out (a hotpot chain's ¥1.46M of ¥1.94M read "30% of your users
    # are won through ads", ¥282k by a client's sum).
    acquisition: str = ""


def plan_text(plan: PlanResult, w: Words, score_shown: str | None = None, stores: bool = True) -> PlanText:
    """`stores`: whether the plan holds a native app, so that its fees are named with the stores
    (words.steps.pays_stores)."""
    # A close call's line (its first, PlanResult.close_call) leads its card; the rest are notes as ever.
    lead, rest = (plan.why_not[:1], plan.why_not[1:]) if plan.close_call else ((), plan.why_not)
    likely, cost_range = w.money_band(plan.total.likely, plan.total.low, plan.total.high)  # (in one style)
    return PlanText(
        presences=plan.presences,
        name=w.plan(plan.presences),
        score=round(plan.score),
        score_shown=str(round(plan.score)) if score_shown is None else score_shown,
        cost_range=cost_range,
        likely=likely,
        first_year=w.money(plan.first_year.likely),
        parts=tuple((c, w.component(c, stores), float(plan.breakdown.get(c, 0.0))) for c in COMPONENTS),
        why_not=tuple(w.reason(r) for r in plan.why_not if r.impact < 0),
        why_not_unpriced=tuple(w.reason(_unpriced(r)) for r in plan.why_not if r.impact < 0),
        notes=tuple(w.reason(r) for r in rest if r.impact >= 0),
        total_likely=float(plan.total.likely),
        close_call=plan.close_call,
        lead=tuple(w.reason(r) for r in lead),
    )


def close_call_sentence(alternative: PlanText, plan: PlanText, w: Words) -> str:
    """Said under the recommendation where the next best is a close call: page 2's cards alone left page 1's "We
    recommend …" reading as a clear win, where a plan ¥1.71M cheaper stood 0.6 points behind. (In the text summary's
    words: words.summary.close_call_sentence.)"""
    if not alternative.close_call:
        return ""
    return summary_close_call(alternative.name, alternative.score_shown, plan.score_shown, w)


# Reasons that give amounts, and how each is said without them.
_UNPRICED = {R.WHY_NOT_BUDGET: R.WHY_NOT_BUDGET_UNPRICED, R.WHY_NOT_BUDGET_FURTHER: R.WHY_NOT_BUDGET_FURTHER_UNPRICED,
             R.IN_PLAN_WECHAT_DOOR: R.IN_PLAN_WECHAT_DOOR_PLAIN, R.MP_TEMPLATE: R.MP_TEMPLATE_UNPRICED,
             R.MP_TEMPLATE_LIVE: R.MP_TEMPLATE_LIVE_UNPRICED, R.WECOM_CONTACT_FEE: R.WECOM_CONTACT_FEE_UNPRICED,
             R.CONTENT_COUNTED: R.CONTENT_COUNTED_UNPRICED, R.CONTENT_COUNTED_ONE: R.CONTENT_COUNTED_ONE_UNPRICED,
             R.CONTENT_COUNTED_ANYWAY: R.CONTENT_COUNTED_UNPRICED,
             R.CONTENT_COUNTED_ONE_ANYWAY: R.CONTENT_COUNTED_ONE_UNPRICED,
             R.VIDEOS_COUNTED: R.VIDEOS_COUNTED_UNPRICED, R.MP_CUSTOM_FOR_ADDED: R.MP_CUSTOM_FOR_UNPRICED,
             R.MP_CUSTOM_FOR_BUILD: R.MP_CUSTOM_FOR_UNPRICED, **R.PLAN_COST_UNPRICED}


# A template that is two sentences one after another ("{flip} {why}"): either may be said without the other.
_TWO_SENTENCES = re.compile(r"\{(\w+)\} \{(\w+)\}")


def without_prices(reason: Reason) -> Reason | None:
    """`reason` with every sentence within it that gives an amount of money left out, None where it is one itself.
    The yoga teacher's image without prices dropped its audience flip whole ("Between 20k and 142k monthly users, and
    only there, the plan drops the Mini Program."), since the sentence after it gives the plan's first-year cost."""
    pair = _TWO_SENTENCES.fullmatch(reason.template)
    if pair is not None:
        first, second = (reason.params[key] for key in pair.groups())
        if isinstance(first, Reason) and isinstance(second, Reason):
            kept = without_prices(first), without_prices(second)
            if kept[0] is None or kept[1] is None:
                return kept[0] or kept[1]
            return Reason(reason.template, dict(zip(pair.groups(), kept, strict=True)), reason.impact)
    return None if _gives_money(reason) else reason


def _gives_money(reason: Reason) -> bool:
    """Whether the sentence, or one within it, gives an amount of money."""
    for value in reason.params.values():
        if isinstance(value, R.Money):
            return True
        if isinstance(value, Reason) and _gives_money(value):
            return True
        if isinstance(value, R.Parts) and any(_gives_money(part) for part in value):
            return True
    return False


def _unpriced(reason: Reason) -> Reason:
    """A reason that gives amounts, as said without them where it can be (a long image without prices)."""
    plain = _UNPRICED.get(reason.template)
    # Its figures kept: a plain sentence may still give a count (the articles a month, the template's limit).
    return reason if plain is None else Reason(plain, reason.params, reason.impact)


def role_text(plan: PlanResult, presence: str, w: Words, priced: bool = True) -> str:
    """What the member does, as a noun phrase like the other members' duties ("publishing news and
    messaging followers"), never a sentence among them (fitness_coaching's WeCom read "In the plan as
    the cheaper way in …: …" beside "serving customers, selling"); `priced=False`: without the amounts
    a member's role may give (for an image sent without prices)."""
    role = plan.role_reason(presence)
    if role.template == R.IN_PLAN:
        return w.join(w.term(str(d)) for d in cast("tuple[str, ...]", role.params["duties"]))
    if role.template == R.IN_PLAN_WECHAT_DOOR and priced:
        return w.translate("Report", "the cheaper way in for users won through ads: {with_it} per acquired user "
                                     "with it, {without} without it").format(
            with_it=w.money(float(role.params["with_it"])), without=w.money(float(role.params["without"])))  # type: ignore[arg-type]
    if role.template in (R.IN_PLAN_WECHAT_DOOR, R.IN_PLAN_WECHAT_DOOR_PLAIN):
        return w.translate("Report", "the cheaper way in for users won through ads")
    if role.template == R.IN_PLAN_NO_DUTY:
        return w.translate("Report", "support beside presences that carry each goal better")
    if role.template == R.IN_PLAN_NO_JOBS:
        return w.translate("Report", "suiting your session length and audience size")
    return w.reason(role if priced else _unpriced(role))


# Dimensions no member is handed as a duty, judged on the members that carry one (FitTable.coverages).
_PLAN_WIDE = ("session", "scale")
# A payment sentence as a reason for the plan: what the member does, without the fee it costs (a fee
# is a cost, counted with the others, never a reason to choose a plan).
_WITHOUT_FEE = {R.PAYMENTS_YES: R.PAYMENTS_YES_PLAIN, R.PAYMENTS_YES_REVIEW: R.PAYMENTS_YES_PLAIN,
                R.PAYMENTS_YES_PAGES: R.PAYMENTS_YES_PAGES_PLAIN,
                R.PAYMENTS_YES_PAGES_REVIEW: R.PAYMENTS_YES_PAGES_PLAIN,
                R.PAYMENTS_YES_RENTED_PAGES: R.PAYMENTS_YES_RENTED_PAGES_PLAIN}
# A sentence whose card form weighs a point against the one it makes, as a reason for the plan says it: the point
# alone (the card beside it keeps the whole sentence).
_AS_REASON = {R.SESSION_MP_LONGER: R.SESSION_MP_LONGER_PLAIN}


def _reason_for_plan(reason: Reason, duties: tuple[str, ...]) -> Reason | None:
    """A member's sentence as a reason for the plan: one that raised its fit on a duty it carries in the
    plan (or on sessions or size, judged on members that carry one); None for any other. WeCom in a plan
    as the cheaper way in carries no duty: that it could take payments, which the app does, is no reason."""
    if reason.template in (R.STRONG_GOALS_WEAK_FIT, R.STRONG_GOALS_WEAK_FIT_REACHED) and reason.impact > 0 and duties:
        # Its strong goals in one sentence, of which those the member carries are reasons for the plan, said with
        # the weak fit beside them as its card says it: "Channels: Good for short video and live streams." read
        # more favourably than the card beside it ("…, though a weak fit for what you want as a whole.").
        carried = [goal for goal in cast("R.Terms", reason.params["goals"]) if R.goal_about(goal) in duties]
        return Reason(reason.template, {"goals": R.Terms(carried)}, reason.impact,
                      R.goal_about(carried[0])) if carried else None
    if reason.impact <= 0 or not duties or (reason.about not in duties and reason.about not in _PLAN_WIDE):
        return None
    plain = _WITHOUT_FEE.get(reason.template)
    if plain is not None:
        return Reason(plain, {}, reason.impact, reason.about)
    plain = _AS_REASON.get(reason.template)
    return reason if plain is None else Reason(plain, reason.params, reason.impact, reason.about)


def _top_reasons(evaluation: Evaluation, w: Words) -> tuple[tuple[str, str], ...]:
    """The reasons that raised the plan members' fits most on what each carries in the plan, each said once, and
    each member's together: one line a member, its reasons one after another, the members in the order of their
    strongest (yoga_teacher's list read "Mini Program: …", "Official Account: …", "Mini Program: …")."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    plan = evaluation.plan
    chosen = ((_reason_for_plan(r, plan.roles.get(p.id, ())), p.id)
              for p in evaluation.presences if p.in_plan for r in p.reasons[1:])
    ranked = sorted(((r, p) for r, p in chosen if r is not None), key=lambda item: -item[0].impact)
    # Each member's strongest reason first, so that a plan of two reads as two (bank_care's three were WeCom's).
    leads = list({p: (r, p) for r, p in reversed(ranked)}.values())[::-1]
    ranked = sorted(leads, key=lambda item: -item[0].impact) + [item for item in ranked if item not in leads]
    for reason, presence in ranked:
        text = w.reason(reason)
        if text in seen:
            continue
        seen.add(text)
        found.append((w.presence(presence), text))
        if len(found) == TOP_REASONS:
            break
    if not found:  # no member has a positive reason: the plan's own score line says why
        # In one line, with the points the others take: here the lines it pointed to ("less the points that follow")
        # do not follow it.
        return (("", w.reason(score_in_one_line(evaluation.plan.reasons))),) if evaluation.plan.reasons else ()
    members: dict[str, list[str]] = {}
    for name, text in found:
        members.setdefault(name, []).append(text)
    return tuple((name, w.sentences(texts)) for name, texts in members.items())


def _presence_text(evaluation: Evaluation, w: Words, presence: PresenceResult) -> PresenceText:
    lines = [w.reason(r) for r in presence.reasons]
    first = lines[0] if lines else ""
    rest = presence.reasons[1:]
    pros = tuple(dict.fromkeys(w.reason(r) for r in rest if r.impact > 0))
    # What it cannot do of a need the scenario ticks first: the handout and the long image print two points of each
    # kind, and the window's card unfolds its own in the engine's order.
    against = sorted((r for r in rest if r.impact < 0), key=lambda r: r.template not in R.NEED_LIMITS)
    cons = tuple(dict.fromkeys(w.reason(r) for r in against))
    if presence.in_plan and evaluation.plan.role_reason(presence.id).template == R.IN_PLAN:
        first = w.translate("Report", "In the plan for: {duties}").format(
            duties=role_text(evaluation.plan, presence.id, w))
    elif presence.in_plan:  # no duty of its own: its role sentence says why it is in the plan
        first = w.reason(evaluation.plan.role_reason(presence.id))
    status = w.presence_status(presence, evaluation.scenario)
    if presence.in_plan:
        return PresenceText(presence.id, w.presence(presence.id), round(presence.fit), True,
                            presence.eligible, first, pros, (), status, watch=cons)
    return PresenceText(presence.id, w.presence(presence.id), round(presence.fit), False,
                        presence.eligible, first, pros, cons, status)


def _role(evaluation: Evaluation, presence: str, w: Words) -> Role:
    plan = evaluation.plan
    basis = [r for r in evaluation.presence(presence).reasons if r.template in R.COST_BASIS]  # (Role.notes)
    return Role(presence, w.presence(presence), role_text(plan, presence, w),
                role_text(plan, presence, w, priced=False),
                tuple(w.reason(r) for r in basis), tuple(w.reason(_unpriced(r)) for r in basis))


def _subtitle(evaluation: Evaluation, w: Words) -> str:
    """Who the plan reaches, and on WeChat where it holds a WeChat presence: a plan of a native app alone
    (none of the audience on WeChat) read "How to reach your customers on WeChat" above "We recommend a
    native app"."""
    on_wechat = any(is_wechat(p) for p in evaluation.plan.presences)
    if staff_only(evaluation.scenario):
        return (w.translate("Report", "How to reach your staff on WeChat") if on_wechat
                else w.translate("Report", "How to reach your staff"))
    return (w.translate("Report", "How to reach your customers on WeChat") if on_wechat
            else w.translate("Report", "How to reach your customers"))


def build_answer(evaluation: Evaluation, pack: DataPack, w: Words,
                 flips: Mapping[str, FlipPoint | None] | None = None) -> Answer:
    sc, plan = evaluation.scenario, evaluation.plan
    used = pack.with_overrides(sc.overrides)  # (the same pack where `pack` has them already)
    articles = articles_note(evaluation, w)  # (after the budget's sentence, either form: words.articles)
    if flips is None:
        flips = flip_points(sc, used)
    years = sc.horizon_years
    scores = w.plan_scores([plan.score, *(a.score for a in evaluation.alternatives)])
    # Each plan's fees named as it pays them, the stores only where it holds a native app: the key gives the plan's
    # amounts (a plan without an app read "Platform, store and service fees ¥1,800" where an alternative held one).
    main = plan_text(plan, w, scores[0], pays_stores([plan.presences]))
    if len(plan.presences) == 1:
        # One presence is named as a sentence names it, with its article: "We recommend a native app."
        # ("We recommend Native app." read as a slip.)
        recommendation = w.translate("Report", "We recommend {plan}.").format(plan=w.term("a:" + plan.presences[0]))
    elif plan.presences:
        recommendation = w.translate("Report", "We recommend {plan}.").format(plan=main.name)
    else:
        recommendation = w.translate("Report", "We recommend no WeChat presence for now.")
    cost = cost_sentence(plan, years, w)  # as the command line words it
    alternatives = tuple(plan_text(a, w, shown, pays_stores([a.presences]))
                         for a, shown in zip(evaluation.alternatives, scores[1:]))
    return Answer(
        client=sc.client or w.scenario_name(sc.name),
        scenario_name=w.scenario_name(sc.name),
        subtitle=_subtitle(evaluation, w),
        years=years,
        plan=main,
        recommendation=recommendation,
        close_call=close_call_sentence(alternatives[0], main, w) if alternatives else "",
        cost_sentence=cost,
        roles=tuple(_role(evaluation, p, w) for p in plan.presences),
        weak_goals="" if plan.weak_goals is None else w.reason(plan.weak_goals),
        # Each followed, where the articles written for the client are most of the plan's first year, by a sentence
        # that says so (words.articles).
        budget=w.sentences([w.reason(evaluation.budget), articles]),
        budget_beside_score=w.sentences([w.reason(R.budget_beside_score(evaluation.budget)), articles]),
        score_lines=with_budget_points(evaluation, used, w),  # (the budget's with how its points are counted)
        choice=w.reason(evaluation.app_or_mini_program.reason),
        reasons=_top_reasons(evaluation, w),
        alternatives=alternatives,
        presences=tuple(_presence_text(evaluation, w, p) for p in evaluation.presences),
        flips=tuple(w.reason(flip_reason(f, flips.get(f))) for f in FLIP_FIELDS),
        warnings=tuple(w.reason(x) for x in warnings_beside_timeline(evaluation.warnings)),
        timeline=timeline_lines(plan, sc.live_by, w),
        flips_unpriced=tuple(w.reason(r) for r in (without_prices(flip_reason(f, flips.get(f))) for f in FLIP_FIELDS)
                             if r is not None),
        score_lines_unpriced=tuple(w.reason(_unpriced(r)) for r in plan.reasons),
        own_figures=own_figures_sentence(used, w),
        acquisition=acquisition_note(evaluation, used, w),
    )


def acquisition_note(evaluation: Evaluation, pack: DataPack, w: Words) -> str:
    """What the plan's user acquisition assumes and comes to (words.acquisition.acquisition_sentence), the one sentence
    the handout and the long image give under their cost split. `pack`: with the scenario's own figures."""
    return under_the_split(evaluation, pack, w)
