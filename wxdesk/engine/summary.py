"""A readable plain-text summary of an evaluation, for the command line."""

from __future__ import annotations

import textwrap

from wxdesk.engine.datapack import DataPack
from wxdesk.engine.evaluate import Evaluation, OptionResult
from wxdesk.engine.money import format_count, format_money
from wxdesk.engine.reasons import TERMS_EN

WIDTH = 78


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def _option_lines(result: OptionResult, years: int) -> list[str]:
    name = {"native_app": "Native app", "mini_program": "Mini Program"}[result.id]
    band = result.total
    lines = [f"  {name:<13} fit {result.fit:3.0f}   {years}-year cost {format_money(band.likely)} "
             f"(range {format_money(band.low)} – {format_money(band.high)})"]
    per_year = ", ".join(f"y{i + 1} {format_money(b.likely)}" for i, b in enumerate(result.yearly))
    lines.append(f"  {'':<13} per year: {per_year}")
    lines += [_wrap("- " + r.text, "    ") for r in result.reasons[:3]]
    return lines


def summary_text(evaluation: Evaluation, pack: DataPack) -> str:
    sc = evaluation.scenario
    avm = evaluation.app_vs_mini_program
    out = [sc.name, "=" * min(len(sc.name), WIDTH)]
    out.append(f"Budget {format_money(sc.budget_cny)}, {format_count(sc.audience)} monthly users "
               f"({sc.china_share:.0%} on WeChat in China), sessions of {sc.interaction_minutes:g} min, "
               f"{sc.pushes_per_month:g} messages a month, {sc.horizon_years} years.")
    out.append("")
    out.append("Best setup: " + " + ".join(TERMS_EN[a] for a in evaluation.best_setup))
    out += [_wrap("- " + r.text) for r in evaluation.setup_roles]
    out.append("")
    out.append("Account types (fit out of 100):")
    for acct in evaluation.accounts:
        mark = "" if acct.eligible else "  (not eligible)"
        out.append(f"  {TERMS_EN[acct.id]:<22} {acct.fit:3.0f}{mark}")
        out += [_wrap("- " + r.text, "    ") for r in acct.reasons[:3]]
    out.append("")
    out.append("Native app or Mini Program:")
    out += _option_lines(avm.native_app, sc.horizon_years)
    out += _option_lines(avm.mini_program, sc.horizon_years)
    if avm.break_even_audience is not None:
        out.append(f"  The cheaper option changes at about {format_count(avm.break_even_audience)} monthly users.")
    else:
        out.append("  The cheaper option is the same at every audience size.")
    out.append(f"  Chance the Mini Program costs less over {sc.horizon_years} years: "
               f"{avm.probability_mp_cheaper:.0%}.")
    out.append(_wrap(avm.recommendation.text, ""))
    if evaluation.warnings:
        out.append("")
        out.append("Warnings:")
        out += [_wrap("! " + w.text) for w in evaluation.warnings]
    out.append("")
    out.append(f"Costs are {pack.low_percentile:g}th–{pack.high_percentile:g}th percentile ranges from "
               f"the data pack of {pack.released}; see 'wxdesk --help'.")
    return "\n".join(out)
