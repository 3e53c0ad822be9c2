"""The answer as plain text for the command line, in the reader's language.

It uses the window's and the handout's own words: the input names of the window's
controls ("First-year budget"), the plan's full name, the handout's cost and timeline
sentences, the same amounts. Each number is the Evaluation's own, so the text cannot
disagree with the JSON, the window or the PDF. One thing it says once where they repeat it: a
presence's former name ("Official Account (formerly Subscription Account)") is given where the
reader first meets the presence, and the name alone after (vocabulary.NamedOnce), as a text read
from top to bottom needs it once.
"""

from __future__ import annotations

import re
import unicodedata


from wxdesk.engine import reasons as R
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.results import Evaluation, PlanResult, PresenceResult
from wxdesk.engine.reasons import Reason, decimal_places, goal
from wxdesk.words.acquisition import under_the_split
from wxdesk.words.articles import articles_note
from wxdesk.words.budget_points import with_budget_points
from wxdesk.words.comparison import field_name
from wxdesk.words.line_breaks import pieces_kept_whole
from wxdesk.words.numbers import close_unit_spaces
from wxdesk.words.own_figures import own_figures_sentence
from wxdesk.words.steps import made_of, pays_stores
from wxdesk.words.timeline import timeline_lines, warnings_beside_timeline
from wxdesk.words.vocabulary import NamedOnce
from wxdesk.words.words import Words

WIDTH = 78
REASONS_PER_PRESENCE = 3

# A presence's cost as a client weighs it: what it is the cost of (reasons.COST_BASIS), or what adding it would save.
_COST_LINES = frozenset((*R.COST_BASIS, R.NOT_IN_PLAN_ADDED_CHEAPER, *R.ADDED_CHEAPER_AS.values()))


# A line breaks between words, or between any two Chinese characters, never before closing punctuation.
_PIECES = re.compile(r"\s+|[^\s\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]+|.")
_NO_LINE_START = set("，。；：、）」』！？,.;:)”’·")  # (and the dot between a plan's cost parts)
# An opening bracket or quote goes down with what it opens: "公众号（" ending a line left the bracket alone.
_NO_LINE_END = set("（「『“‘(")


def _width(text: str) -> int:
    """Columns a terminal gives the text: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrap(text: str, indent: str = "  ") -> str:
    """The text in lines of at most WIDTH columns (English and Chinese alike), later lines indented more."""
    lines, line = [], indent
    for piece in pieces_kept_whole(_PIECES, text):
        if piece.isspace():
            line += " " if line.strip() else ""
            continue
        if _width(line.rstrip() + piece) > WIDTH and line.strip() and piece[0] not in _NO_LINE_START:
            carried = ""
            while line.rstrip() and line.rstrip()[-1] in _NO_LINE_END and line.strip() != line.rstrip()[-1]:
                carried, line = line.rstrip()[-1] + carried, line.rstrip()[:-1]
            lines.append(line.rstrip())
            line = indent + "  " + carried
        line += piece
    lines.append(line.rstrip())
    return "\n".join(lines)


def cost_sentence(plan: PlanResult, years: int, w: Words) -> str:
    """"Likely ¥613k over 3 years (¥365k – ¥1.02M); ¥312k in the first year.", for the command line, the
    handout and the long image alike. A range that reads as one amount is not said again beside it
    (factory_staff read "Likely ¥9,000 over 3 years (¥9,000)"); one year is said as one, and over one
    year the first year is the whole of it, so its amount is not said twice ("Likely ¥1.12M over 1 year
    (¥636k – ¥1.94M); ¥1.12M in the first year" read as two costs)."""
    likely, spread = w.money_band(plan.total.likely, plan.total.low, plan.total.high)
    if years == 1:
        template = (w.translate("Report", "Likely {likely} over {years} years.") if spread == likely
                    else w.translate("Report", "Likely {likely} over {years} years ({range})."))
    else:
        template = (
            w.translate("Report", "Likely {likely} over {years} years; {first} in the first year.") if spread == likely
            else w.translate("Report", "Likely {likely} over {years} years ({range}); {first} in the first year."))
    return w.for_years(template, years).format(likely=likely, years=years, range=spread,
                                               first=w.money(plan.first_year.likely))


def close_call_sentence(name: str, score: str, best: str, w: Words) -> str:
    """"A close call: {plan} scores … nearer than the model's estimates can tell apart; weigh both.", of the next best
    plan `name` (its score as shown, `score`) beside the plan (`best`): under the handout's recommendation and the
    text summary's plan alike. The text led with the plan alone, where the handout and the JSON (close_call) said
    that a next best stood a hair below it."""
    if score == best:  # (a hair apart: the two read alike)
        return w.translate("Report", "A close call: {plan} scores a hair below this plan, nearer than the model's "
                                     "estimates can tell apart; weigh both.").format(plan=name)
    return w.translate("Report", "A close call: {plan} scores {score} against this plan's {best}, nearer than the "
                                 "model's estimates can tell apart; weigh both.").format(
        plan=name, score=score, best=best)


def _field(w: Words, field: str, value: str) -> str:
    return w.translate("Summary", "{label}: {value}").format(label=field_name(field, w), value=value)


def as_typed(value: float) -> str:
    """A number of the scenario as its file holds it: 7.55 and 3, not 3.0; where :g's six digits would write another
    number (a file's session of 1e-320 minutes read "9.99989e-321", 7.5500001 read 7.55), as Python writes it back."""
    short, exact = f"{value:g}", repr(value)
    written = short if float(short) == value and len(short) <= len(exact) else exact
    if "e-" in written and (places := decimal_places(written)) <= 12:  # (1e-07 in decimals, as the sentences say it)
        return f"{value:.{places}f}"
    return written


def _inputs(evaluation: Evaluation, w: Words) -> str:
    """The scenario's inputs, named as the window's controls name them."""
    sc = evaluation.scenario
    parts = [_field(w, "budget_cny", w.money(sc.budget_cny)), _field(w, "audience", w.count(sc.audience)),
             # (The shares as set, as the window's boxes write them: "12.5%", not "12%".)
             _field(w, "china_share", w.share_as_set(sc.china_share)),
             _field(w, "paid_share", w.share_as_set(sc.paid_share)),
             _field(w, "interaction_minutes", as_typed(sc.interaction_minutes)),
             _field(w, "pushes_per_month", as_typed(sc.pushes_per_month)),
             _field(w, "horizon_years", str(sc.horizon_years)),
             _field(w, "entity", w.term(sc.entity))]
    if sc.goals:
        parts.append(_field(w, "goals", w.join(w.term(goal(g)) for g in sc.goals)))
    if sc.needs:
        parts.append(_field(w, "needs", w.join(w.term(n) for n in sc.needs)))
    return w.translate("Summary", "; ").join(parts)


def _plan_heading(label: str, plan: PlanResult, evaluation: Evaluation, w: Words) -> list[str]:
    """The plan's name under its label, then its score, as the window's plan summary shows them, with the
    digits of the three best plans side by side (Words.score_of), as the reasons that compare them."""
    return [_wrap(label, ""),
            _wrap(w.translate("PlanSummary", "Plan score: %1 out of 100").replace("%1", w.score_of(evaluation, plan)))]


def kept_reasons(presence: PresenceResult) -> tuple[Reason, ...]:
    """The presence's lines the summary prints (REASONS_PER_PRESENCE, or more where it has more than one cost line), in
    the engine's order: its role (in the plan for what, or why not), each of its costs (reasons.COST_BASIS, or what
    adding it would save) and its main drawback (the first that lowered its fit: the handout's first ✗ or !), then the
    others as they come. The first three alone kept the cost and payments lines, which come early, and left out the
    drawback the handout shows (bank_care's WeCom lost "Sessions of 5 min are longer than the quick reads and replies
    it is made for"); its first cost alone left out its fee for customer contacts (¥165k a year) once the articles it
    sends came before it."""
    reasons = presence.reasons
    if len(reasons) <= REASONS_PER_PRESENCE:
        return reasons
    rest = range(1, len(reasons))
    costs = [i for i in rest if reasons[i].template in _COST_LINES]
    drawback = next((i for i in rest if reasons[i].impact < 0 and reasons[i].template not in _COST_LINES), None)
    kept = [0, *costs, *(i for i in (drawback,) if i is not None)]
    kept += [i for i in rest if i not in kept][:max(0, REASONS_PER_PRESENCE - len(kept))]
    return tuple(reasons[i] for i in sorted(kept))


def summary_text(evaluation: Evaluation, pack: DataPack, w: Words) -> str:
    sc, plan = evaluation.scenario, evaluation.plan
    # Each piece below is named (NamedOnce) as it is written, in the order it is printed: a presence's former name
    # once, where the reader first meets it, its name alone after. The scenario's name is the user's own and stays
    # as written (but the name a new scenario starts with, which reads in the reader's language: Words.scenario_name).
    named = NamedOnce()
    title = w.scenario_name(sc.name)
    out = [title, "=" * min(_width(title), WIDTH), _wrap(named(_inputs(evaluation, w)), ""), ""]
    out += _plan_heading(named(w.translate("PlanSummary", "The plan: %1").replace("%1", w.plan(plan.presences))),
                         plan, evaluation, w)
    # A next best nearer than the model can tell apart, said where the handout says it: under the plan, first.
    if evaluation.alternatives and evaluation.alternatives[0].close_call:
        best, score = w.plan_scores([plan.score, evaluation.alternatives[0].score])
        out.append(_wrap(named(close_call_sentence(w.plan(evaluation.alternatives[0].presences), score, best, w))))
    # How the score is made, in the handout's and the long image's words (their score lines): its coverage, then
    # each deduction ("Less 5 points for the effort of running 2 presences together"), which the budget's
    # sentence below then leaves out (reasons.budget_beside_score), as the long image's does.
    used = pack.with_overrides(sc.overrides)
    first, *deductions = with_budget_points(evaluation, used, w) or [""]
    out += [_wrap(named(line)) for line in ([first] if first else []) + ["· " + d for d in deductions]]
    out += [_wrap(named("- " + w.translate("Report", "{presence}: {reason}").format(
        presence=w.presence(p), reason=w.reason(plan.role_reason(p))))) for p in plan.presences]
    if plan.weak_goals is not None:
        out.append(_wrap(named("- " + w.reason(plan.weak_goals))))
    out.append(_wrap(cost_sentence(plan, sc.horizon_years, w)))
    # Named as the window's key and the handout's name the fees, as the plan pays them (the stores only where it holds
    # a native app): car_brand's ¥1,500 read "Platform fees" here and "Platform and store fees" there.
    stores = pays_stores([plan.presences])
    parts = made_of(plan.breakdown, plan.total.likely, sc.horizon_years, stores, w)
    if parts:
        out.append(_wrap(parts))
        # What its user acquisition assumes and comes to, as the handout and the long image say it under their split.
        out.append(_wrap(under_the_split(evaluation, used, w)))
    out += [_wrap(named(line)) for line in timeline_lines(plan, sc.live_by, w)]
    budget = R.budget_beside_score(evaluation.budget) if plan.reasons else evaluation.budget
    # (And the articles written for the client, where they are most of the plan's first year: words.articles.)
    out.append(_wrap(named(w.sentences([w.reason(budget), articles_note(evaluation, w)]))))
    out.append(_wrap(named(w.reason(evaluation.app_or_mini_program.reason))))
    # The figures the scenario sets for itself, as the handout says them under its answer: the plan may have moved
    # with them, and the last line below gives every other figure to the data pack.
    own = own_figures_sentence(used, w)
    if own:
        out.append(_wrap(own))
    # "Alternatives", not "the next best": a plan left out (the plan with a presence that would have nothing to do)
    # may score higher, and the first card says so (city_service: "Next best … 69" over "not shown … 74").
    ranks = (w.translate("Report", "First alternative"), w.translate("Report", "Second alternative"))
    for rank, alt in zip(ranks, evaluation.alternatives, strict=False):
        out.append("")
        out += _plan_heading(named(w.translate("Summary", "{label}: {value}").format(
            label=rank, value=w.plan(alt.presences))), alt, evaluation, w)
        # Its cost as the plan's is said, so that a next best several times cheaper is seen as such (the handout
        # and the window show it too).
        out.append(_wrap(cost_sentence(alt, sc.horizon_years, w)))
        out += [_wrap(named(("- " if r.impact < 0 else "· ") + w.reason(r))) for r in alt.why_not]
    out += ["", w.translate("Report", "Every presence and its fit")]
    for p in evaluation.presences:
        mark = w.presence_status(p, sc)
        # A row's name is its label, and where the reader first meets the presence it is given in full (given in
        # the sentences under the row instead, the former name would come after the name alone); named above, the
        # name alone keeps the row's score in the column of the others' (the full name pushed it 24 columns right).
        name = named(w.presence(p.id))
        out.append(f"  {name}{' ' * max(1, 26 - _width(name))}{round(p.fit):3d}   {mark}")
        out += [_wrap(named("- " + w.reason(r)), "    ") for r in kept_reasons(p)]
    warnings = warnings_beside_timeline(evaluation.warnings)  # (its date line stands above them)
    if warnings:
        out += ["", w.translate("Report", "Points to watch")]
        out += [_wrap(named("! " + w.reason(x))) for x in warnings]
    out.append("")
    source = (w.translate("Summary", "Likely costs take every figure at its average; their ranges run from the "
                          "{low:g}th to the {high:g}th percentile of {samples} simulated outcomes. Every figure comes "
                          "from the wxdesk data pack of {released}, except those set for this scenario.") if own else
              w.translate("Summary", "Likely costs take every figure at its average; their ranges run "
                          "from the {low:g}th to the {high:g}th percentile of {samples} simulated outcomes. "
                          "Every figure comes from the wxdesk data pack of {released}.")).format(
        low=pack.low_percentile, high=pack.high_percentile, samples=w.number(pack.samples),
        released=w.pack_date(pack.released))
    # (A Chinese date ends in 日, which takes no space before the Chinese that follows: "2026年12月5日的".)
    out.append(_wrap(close_unit_spaces(source) if w.chinese else source, ""))
    return "\n".join(out)
