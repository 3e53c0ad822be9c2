"""A batch row as one line of CSV: the documented columns of docs/command-line.md.

This is the only place that knows the shape of an evaluation's dict for CSV; when
the `evaluate --json` contract moves, this function follows it and the header with it.
A list sits in one cell joined with ';' (goals "news;sell"); a plan's presences are
joined with '+' ("subscription+mini_program"); money is in CNY, rounded as in the JSON; scores and
coverage as the JSON writes them (SCORE_COLUMNS).
"""

from __future__ import annotations

import json
from typing import Any

from wxdesk.batch.columns import CSV_COLUMNS, LIST_SEPARATOR
from wxdesk.engine.results import COMPONENTS as BREAKDOWN
from wxdesk.engine.datapack import PRESENCES as PRESENCE_IDS

COLUMNS: tuple[str, ...] = (
    "row", "source", "error",
    *CSV_COLUMNS, "overrides",
    "plan", "plan_score", "plan_score_unrounded", "plan_coverage",
    "plan_cost_low", "plan_cost_likely", "plan_cost_high",
    "plan_first_year_cost_likely", "within_budget",
    *(f"cost_{part}" for part in BREAKDOWN),
    "plan_weeks_low", "plan_weeks_likely", "plan_weeks_high", "live_in_time",
    "live_in_time_at_slowest",
    "users_reached", "budget", "app_or_mini_program",
    *(f"fit_{presence}" for presence in PRESENCE_IDS),
    "alternative_1", "alternative_1_score", "alternative_1_close_call", "alternative_1_cost_likely",
    "alternative_1_why_not",
    "warnings", "data_pack",
)


# A text cell a spreadsheet would run as a formula ("=cmd|'/c calc'!A1", "+SUM(1)", "@x"): written with a
# leading apostrophe, as spreadsheets themselves mark text; reading a table takes it off again (sources.py).
FORMULA_STARTS = ("=", "+", "@", "-", "\t", "\r")


def formula_guarded(text: str) -> str:
    """A text as a CSV cell writes it: with a leading apostrophe where a spreadsheet would run it as a formula, and
    where it starts with apostrophes before such a character itself ("'=x"), so that text_of_cell gives every text
    back as it was: "'=x", written as it is, read back as "=x"."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def text_of_cell(cell: str) -> str:
    """A CSV cell's text without the apostrophe formula_guarded put before it: for a table read again, and for a
    message that quotes a cell (the apostrophe belongs to the cell, not to what it says)."""
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS) else cell


# Scores and coverage, written as the JSON (and the text) write them: the evaluation gives each row's scores with the
# decimals its own three best plans need (Evaluation.score_digits), a float where that is one ("69.0" beside the
# plan's 70.5) and a whole number where none. Cut to "69" like an input's 500000.0, a score read as a whole point
# in the CSV and to a tenth in `evaluate --json` and the summary: one number, two meanings.
SCORE_COLUMNS = frozenset({"plan_score", "plan_score_unrounded", "plan_coverage", "alternative_1_score"})


def table_cell(value: Any) -> Any:
    """An input's value as a table's cell writes it (the CSV output, the template's example row)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return formula_guarded(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)  # 500000, not 500000.0: what a person types in a table
    return value


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """{column: cell} for every column of COLUMNS (empty where the row has no such answer)."""
    given = row.get("inputs")
    inputs: dict[str, Any] = given if isinstance(given, dict) else {}
    plan = row.get("plan") or {}
    cost = plan.get("cost_cny") or {}
    breakdown = plan.get("cost_breakdown_cny") or {}
    weeks = (plan.get("timeline") or {}).get("weeks") or {}
    fits = {p.get("id"): p.get("fit") for p in row.get("presences") or []}
    alternative = (row.get("alternatives") or [{}])[0]
    # Why it is not the plan, past its score line ("Scores 69.7 against the plan's 70.4.", which the score column
    # beside it already gives, and alternative_1_close_call where it is a close call): the reasons that separate
    # it, as the window and the handout give them.
    why_not = [r for r in alternative.get("why_not") or [] if r.get("code") not in ("why_not_lower", "why_not_close")] \
        or alternative.get("why_not") or [{}]
    flat = {
        "row": row.get("row"), "source": row.get("source"), "error": row.get("error"),
        **{name: inputs.get(name) for name in CSV_COLUMNS},
        "overrides": inputs.get("overrides"),
        "plan": "+".join(plan.get("presences", [])),
        "plan_score": plan.get("score"),
        "plan_score_unrounded": plan.get("score_unrounded"),
        "plan_coverage": plan.get("coverage"),
        "plan_cost_low": cost.get("low"), "plan_cost_likely": cost.get("likely"), "plan_cost_high": cost.get("high"),
        "plan_first_year_cost_likely": (plan.get("first_year_cost_cny") or {}).get("likely"),
        "within_budget": plan.get("within_budget"),
        **{f"cost_{part}": breakdown.get(part) for part in BREAKDOWN},
        **{f"plan_weeks_{end}": weeks.get(end) for end in ("low", "likely", "high")},
        "live_in_time": plan.get("live_in_time"),
        "live_in_time_at_slowest": plan.get("live_in_time_at_slowest"),
        "users_reached": plan.get("users_reached"),
        "budget": (row.get("budget") or {}).get("code"),
        "app_or_mini_program": (row.get("app_or_mini_program") or {}).get("choice"),
        **{f"fit_{presence}": fits.get(presence) for presence in PRESENCE_IDS},
        "alternative_1": "+".join(alternative.get("presences", [])),
        "alternative_1_score": alternative.get("score"),
        "alternative_1_close_call": alternative.get("close_call"),
        "alternative_1_cost_likely": (alternative.get("cost_cny") or {}).get("likely"),
        "alternative_1_why_not": " ".join(r["text"] for r in why_not if r.get("text")) or None,
        "warnings": [w.get("code") for w in row.get("warnings") or []],
        "data_pack": row.get("data_pack"),
    }
    return {column: flat[column] if column in SCORE_COLUMNS and isinstance(flat[column], float)
            else table_cell(flat[column]) for column in COLUMNS}
