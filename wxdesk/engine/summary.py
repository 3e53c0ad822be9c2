"""A readable plain-text summary of an evaluation, for the command line.

It shows the one plan first, then its alternatives, then every presence; each
number is the Evaluation's own, so the text cannot disagree with the JSON.
"""

from __future__ import annotations

import textwrap

from wxdesk.engine.costs import COMPONENTS
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.evaluate import Evaluation, PlanResult
from wxdesk.engine.money import format_count, format_money
from wxdesk.engine.reasons import TERMS_EN, english_join

WIDTH = 78
COMPONENT_NAMES = {"build": "build", "maintenance": "maintenance and content", "fees": "platform and store fees",
                   "servers": "servers", "acquisition": "user acquisition", "reach": "paid reach"}


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def plan_name(presences: tuple[str, ...]) -> str:
    if not presences:
        return "No WeChat presence and no app"  # as wxdesk.words.Words.plan says it
    names = [TERMS_EN[p] for p in presences]
    return " + ".join(n[0].upper() + n[1:] for n in names)


def _cost_lines(plan: PlanResult, years: int, indent: str = "  ") -> list[str]:
    band = plan.total
    lines = [f"{indent}{years}-year cost {format_money(band.likely)} "
             f"(range {format_money(band.low)} – {format_money(band.high)}); "
             f"first year {format_money(plan.first_year.likely)}"]
    parts = [f"{COMPONENT_NAMES[c]} {format_money(plan.breakdown[c])}" for c in COMPONENTS if plan.breakdown[c]]
    if parts:
        lines.append(_wrap("made of " + english_join(parts) + ".", indent))
    return lines


def summary_text(evaluation: Evaluation, pack: DataPack) -> str:
    sc = evaluation.scenario
    plan = evaluation.plan
    out = [sc.name, "=" * min(len(sc.name), WIDTH)]
    out.append(_wrap(f"Budget {format_money(sc.budget_cny)} a year, {format_count(sc.audience)} monthly users "
                     f"({sc.china_share:.0%} on WeChat in China, {sc.paid_share:.0%} bought through ads), "
                     f"sessions of {sc.interaction_minutes:g} min, {sc.pushes_per_month:g} messages a month, "
                     f"{sc.horizon_years} years.", ""))
    out.append("")
    out.append(f"The plan: {plan_name(plan.presences)}   (plan score {plan.score:.0f} out of 100)")
    out += [_wrap("- " + TERMS_EN[p][0].upper() + TERMS_EN[p][1:] + ": " + plan.role_reason(p).text)
            for p in plan.presences]
    out += _cost_lines(plan, sc.horizon_years)
    weeks = plan.timeline.weeks
    live = f"  Live in about {weeks.likely:.0f} weeks (range {weeks.low:.0f}–{weeks.high:.0f})"
    if plan.live_in_time is not None:
        live += f"; {'in time' if plan.live_in_time else 'too late'} for {sc.live_by}"
    out.append(live + ".")
    out.append(_wrap(evaluation.budget.text))
    out.append(_wrap(evaluation.app_or_mini_program.reason.text))
    out.append("")
    out.append("Next best plans:")
    for alt in evaluation.alternatives:
        out.append(f"  {plan_name(alt.presences)}   (plan score {alt.score:.0f})")
        out += [_wrap("- " + r.text, "    ") for r in alt.why_not]
    out.append("")
    out.append("Each presence alone (fit out of 100):")
    for p in evaluation.presences:
        mark = "in the plan" if p.in_plan else ("not eligible" if not p.eligible else "")
        name = TERMS_EN[p.id][0].upper() + TERMS_EN[p.id][1:]
        out.append(f"  {name:<22} {p.fit:3.0f}   {mark}".rstrip())
        out += [_wrap("- " + r.text, "    ") for r in p.reasons[:3]]
    if evaluation.warnings:
        out.append("")
        out.append("Warnings:")
        out += [_wrap("! " + w.text) for w in evaluation.warnings]
    out.append("")
    out.append(_wrap(f"Costs are {pack.low_percentile:g}th–{pack.high_percentile:g}th percentile ranges from "
                     f"the data pack of {pack.released}; see 'wxdesk --help'.", ""))
    return "\n".join(out)
