"""`wxdesk compare` as text: the inputs that differ, each scenario's plan and costs, and every presence's fit.

Names read as everywhere else in wxdesk: plans and presences in full ("Official
Account (formerly Subscription Account) + Mini Program + Channels"), goals and needs
by their names, never their ids, in the reader's language. Columns are measured by
display width and long cells wrap within them, so nothing is cut and nothing slips.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from wxdesk.engine.compare import FIELD_LABELS, Comparison
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.results import Evaluation
from wxdesk.engine.scenario import Scenario
from wxdesk.engine.standing import IN_PLAN, OPEN, REACHES_NONE, standing
from wxdesk.words.columns import column_width, table_row
from wxdesk.words.figure_text import value_text
from wxdesk.words.timeline import plan_line_count, timeline_lines, warnings_beside_timeline
from wxdesk.words.words import Words

HEAD_COLUMNS = 34  # the widest the row names grow before they wrap
CELL_COLUMNS = 30  # the widest a scenario's column grows before its cells wrap
DIFFERS, SAME = "*", " "


def field_name(field: str, w: Words) -> str:
    """A scenario field's name for people, as the window's Compare dialog names it (context "fields")."""
    if field == "saved_with_pack":  # the window never names this field: its translation is found from here
        return w.translate("fields", "Saved with the data pack of")
    return w.translate("fields", FIELD_LABELS[field])


def field_value(field: str, value: Any, w: Words, pack: DataPack | None = None) -> str:
    """A scenario field's value as the window writes it: ¥3M, 300k, 95%, serving customers and selling."""
    if field == "name":  # as the column's heading names it: 新场景 beneath 新场景, not "New scenario"
        return w.scenario_name(value)
    if field == "budget_cny":
        return w.money(value)
    if field == "audience":
        return w.count(value)
    if field in ("china_share", "paid_share"):
        return w.share_as_set(value)  # (as the window's box and its label write it: "12.5%", not "12%")
    if field == "live_by":  # a date as the page writes one ("1 June 2027", "2027年6月1日")
        return w.date(dt.date.fromisoformat(value)) if value else w.translate("CompareTable", "no date")
    if field == "saved_with_pack":
        return w.pack_date(value) if value else "—"
    if field == "goals":
        return w.join(w.term("goal:" + g) for g in value) or w.translate("CompareTable", "none")
    if field == "needs":
        return w.join(w.term(n) for n in value) or w.translate("CompareTable", "none")
    if field == "entity":
        return w.term(value)
    if field == "overrides":
        if not value:
            return w.translate("CompareTable", "none")
        # Each with the values it is set to, as the window and the handout's appendix write a figure: two scenarios
        # setting one figure to ¥20 and ¥10 each read "Paid cost per app install in China", one input twice beside two
        # answers.
        figures = pack.figures if pack is not None else {}
        named = w.translate("CompareTable", "%1: %2")
        return w.translate("CompareTable", "; ").join(
            named.replace("%1", w.label(figures[fid])).replace(
                "%2", value_text(figures[fid].with_values(values["low"], values["likely"], values["high"]), w))
            if fid in figures else fid for fid, values in value.items())
    if isinstance(value, float):
        return w.figure_number(value)
    return str(value)


def fit_cell(fit: float, eligible: bool, in_plan: bool, w: Words, scenario: Scenario) -> str:
    """A fit with where the presence stands, in the words of the evaluation's own status
    (Words.presence_status): "0, not open to an individual"."""
    cell = f"{fit:.0f}"
    where = standing(eligible, in_plan, scenario)
    if where == IN_PLAN:
        return w.translate("CompareTable", "%1, in the plan").replace("%1", cell)
    if where == OPEN:
        return cell
    if where == REACHES_NONE:
        return w.translate("CompareTable", "%1, reaches none of your audience").replace("%1", cell)
    return w.translate("CompareTable", "%1, not open to %2").replace("%1", cell).replace(
        "%2", w.term(scenario.entity))


def plan_score_cells(evaluations: Sequence[Evaluation]) -> list[str]:
    """Each scenario's plan score as its own answer writes it (to a tenth only where its three best plans need
    it: score_digits). One precision for the row read yoga_teacher's plan as 66.2 beside car_brand's 70.7, while
    its own handout and `evaluate` read 66: two figures for one score."""
    return [f"{e.plan.score:.{e.score_digits}f}" for e in evaluations]


def plan_rows(comparison: Comparison, w: Words) -> list[tuple[str, str, list[str]]]:
    """Each scenario's answer, row by row (key, heading, a cell per scenario), as both the Compare window and
    `wxdesk compare` show it: the plan, its score and costs, the budget's verdict, the app-or-Mini-Program
    choice, when it is live and the points to watch, each in the words its own answer uses. (The window showed
    the budget and the choice, the terminal neither, and neither the points to watch: a plan over budget or too
    late read as good as the others.)"""
    evaluations = comparison.evaluations
    rows = [("plan", w.translate("CompareTable", "Plan"), [w.plan(plan) for plan in comparison.plans]),
            ("plan_score", w.translate("CompareTable", "Plan score"), plan_score_cells(evaluations)),
            ("plan_cost", w.translate("CompareTable", "Likely cost, whole horizon"),
             [_total_cell(e, w) for e in evaluations]),
            ("plan_first_year", w.translate("CompareTable", "Likely cost, first year"),
             [w.money(e.plan.first_year.likely) for e in evaluations]),
            ("budget", w.translate("CompareTable", "Budget"), [w.reason(e.budget) for e in evaluations]),
            ("app_or_mini_program", w.translate("CompareTable", "Native app or Mini Program"),
             [w.reason(e.app_or_mini_program.reason) for e in evaluations]),
            ("timeline", w.translate("CompareTable", "Launch"),
             [_launch_cell(e, w) for e in evaluations]),
            ("warnings", w.translate("CompareTable", "Points to watch"),
             ["\n".join("! " + w.reason(r) for r in warnings_beside_timeline(e.warnings))
              or w.translate("CompareTable", "none")
              for e in evaluations])]
    return rows


def _launch_cell(evaluation: Evaluation, w: Words) -> str:
    """When the plan is live, and whether that is in time where the scenario names a date (not each presence's
    weeks, which the row would list below them)."""
    plan = evaluation.plan
    return "\n".join(timeline_lines(plan, evaluation.scenario.live_by, w)[:plan_line_count(plan)])


def _total_cell(evaluation: Evaluation, w: Words) -> str:
    """"¥613k (¥365k – ¥1.02M) over 3 years": the likely total and its range, the range left out where it reads as
    one amount (factory_staff's "¥9,000 (¥9,000)")."""
    total, years = evaluation.plan.total, evaluation.scenario.horizon_years
    likely, span = w.money_band(total.likely, total.low, total.high)
    if span == likely:
        return w.for_years(w.translate("CompareTable", "%1 over %2 years"), years, key="%2").replace(
            "%1", likely).replace("%2", str(years))
    return w.for_years(w.translate("CompareTable", "%1 (%2) over %3 years"), years, key="%3").replace(
        "%1", likely).replace("%2", span).replace("%3", str(years))


def comparison_text(comparison: Comparison, w: Words, pack: DataPack | None = None) -> str:
    """A table for the terminal: differing inputs, each scenario's plan and its costs, and the fits."""
    rows: list[tuple[str, str, list[str]] | str] = []  # (mark, heading, cells), or a line of its own

    def add(heading: str, cells: list[str], mark: str | None = None) -> None:
        rows.append((mark if mark is not None else (SAME if len(set(cells)) == 1 else DIFFERS), heading, cells))

    differing = [field for field in comparison.fields if field.differs]
    rows.append(w.translate("CompareTable", "Inputs that differ (*):") if differing
                else w.translate("CompareTable", "The inputs are the same."))
    for field in differing:
        add(field_name(field.field, w), [field_value(field.field, v, w, pack) for v in field.values], DIFFERS)
    rows += ["", w.translate("CompareTable", "The plan (* where it differs):")]
    for _key, heading, cells in plan_rows(comparison, w):
        add(heading, cells)
    rows += ["", w.translate("CompareTable", "Each presence alone, fit out of 100 (* where it differs):")]
    for presence in comparison.presences:
        add(w.presence(presence.presence),
            [fit_cell(fit, ok, inside, w, scenario) for fit, ok, inside, scenario in
             zip(presence.fits, presence.eligible, presence.in_plan, comparison.scenarios, strict=True)],
            DIFFERS if presence.differs else SAME)

    table = [row for row in rows if not isinstance(row, str)]
    widths = [column_width([heading for _mark, heading, _cells in table], HEAD_COLUMNS)]
    for i, label in enumerate(comparison.labels):
        widths.append(column_width([label, *(cells[i] for _mark, _heading, cells in table)], CELL_COLUMNS))
    out = table_row(["", *comparison.labels], widths, lead=SAME)
    out.append("")
    for entry in rows:
        if isinstance(entry, str):
            out.append(entry)
        else:
            mark, heading, cells = entry
            out += table_row([heading, *cells], widths, lead=mark)
    if w.currency != "CNY":  # the rate the amounts were converted at, as the handout's footer names it
        out += ["", w.translate("CompareTable", "Amounts in {currency}.").format(currency=w.currency_with_rate())]
    return "\n".join(out)

