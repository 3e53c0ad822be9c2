"""`wxdesk template`: a scenario to start from, as a JSON file or as a CSV table with its guide."""

from __future__ import annotations

import json
from typing import Any

from wxdesk.batch.columns import CSV_COLUMNS, FIELD_KINDS, LIST_SEPARATOR
from wxdesk.batch.flatten import table_cell
from wxdesk.batch.schema import field_specs
from wxdesk.batch.sources import OVERRIDE_PREFIX
from wxdesk.batch.writers import csv_line
from wxdesk.engine.scenario import EXAMPLE_NAME, limit_text

# The `overrides` column of a table as its reader takes it (sources.py): a JSON object, as the CSV output writes it,
# or a column per figure. The scenario file's wording ("a number, or low/likely/high") sent an analyst to write
# 500000/700000/900000 in a cell, which the reader refuses: a table's cell takes low;likely;high.
CSV_OVERRIDES = ('overrides: data-pack figures changed for this row, as a JSON object such as {"app_build_cny": '
                 f"90000}}; or a column {OVERRIDE_PREFIX}FIGURE for each figure, holding a number or low;likely;high "
                 "(such as 500000;700000;900000). Default (none).")


def example() -> dict[str, Any]:
    from wxdesk.engine import Scenario
    return Scenario(name=EXAMPLE_NAME).to_dict()


def _allowed(spec: dict[str, Any], table: bool = True) -> str:
    """The values a field takes, as a table's cell (`table`) or a scenario file's JSON gives them: a list is a cell of
    names joined with ';' in a table, and a JSON list in a file (the JSON guide said "joined with ';'" beside
    "goals": ["sell"], and a user who wrote "sell;news" was refused)."""
    if "enum" in spec:
        return "one of " + ", ".join(spec["enum"])
    items = spec.get("items", {})
    if "enum" in items:
        once = ", each once" if spec.get("uniqueItems") else ""  # a repeated one is refused (engine.scenario)
        if not table:
            return f"a list of any of {', '.join(items['enum'])}{once}"
        return f"any of {', '.join(items['enum'])}{once}, joined with '{LIST_SEPARATOR}'"
    if "maximum" in spec:
        low = spec.get("minimum", spec.get("exclusiveMinimum", 0))
        above = "above" if "exclusiveMinimum" in spec else "from"
        # (Whole years: 2.5 is refused, and "from 1 to 10" did not say so.)
        whole = "a whole number " if spec.get("type") == "integer" else ""
        return f"{whole}{above} {limit_text(low)} to {limit_text(spec['maximum'])}"
    return ""


def _said_already(meaning: str, allowed: str) -> bool:
    """Whether the field's meaning gives its range already: "share of the audience …, 0 to 1" read on "; from 0 to
    1"."""
    return allowed.startswith(("from ", "above ")) and allowed.split(" ", 1)[1] in meaning


def guide(table: bool = False) -> list[str]:
    """One line per field: its meaning, its allowed values and its default; `table`: as a CSV table's cells take
    them (a number as a person types it, the overrides as the table's reader reads them), else as a scenario file's
    JSON does."""
    specs = field_specs()
    defaults = example()
    lines = []
    for name in (*CSV_COLUMNS, "overrides"):
        if table and name == "overrides":
            lines.append(CSV_OVERRIDES)
            continue
        meaning, spec = specs.get(name, (name.replace("_", " "), {}))
        allowed = _allowed(spec, table)
        if _said_already(meaning, allowed):
            allowed = ""
        default = defaults[name]
        if FIELD_KINDS.get(name) == "list":
            shown = (LIST_SEPARATOR.join(default) or "(none)") if table else json.dumps(default, ensure_ascii=False)
        elif name == "overrides":
            shown = "(none)"
        elif table and isinstance(default, float):
            shown = str(table_cell(default))
        else:
            shown = json.dumps(default, ensure_ascii=False)
        lines.append(f"{name}: {meaning}" + (f"; {allowed}" if allowed else "") + f". Default {shown}.")
    return lines


def csv_template() -> str:
    """A commented CSV table: the guide as '#' lines, the header and one example row."""
    data = example()
    comments = ["wxdesk scenario table: one scenario per row. An empty cell takes the default below",
                "(an empty list cell means none). Columns may be left out or put in any order;",
                f"a column {OVERRIDE_PREFIX}FIGURE changes one data-pack figure: a number or low;likely;high.",
                "Evaluate it with: wxdesk evaluate THIS.csv -o results.csv", "", *guide(table=True)]
    # (As the CSV output writes a row's inputs: 500000, not 500000.0.)
    cells = [table_cell(data[name]) for name in CSV_COLUMNS]
    return "".join(f"# {line}\n" if line else "#\n" for line in comments) + csv_line(list(CSV_COLUMNS)) \
        + csv_line(cells)


def json_template() -> str:
    """A complete scenario file (JSON has no comments: the guide goes to a terminal's stderr)."""
    return json.dumps(example(), indent=2, ensure_ascii=False) + "\n"
