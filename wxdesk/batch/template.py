"""`wxdesk template`: a scenario to start from, as a JSON file or as a CSV table with its guide."""

from __future__ import annotations

import json
from typing import Any

from wxdesk.batch.schema import field_specs
from wxdesk.batch.columns import CSV_COLUMNS, FIELD_KINDS, LIST_SEPARATOR
from wxdesk.batch.sources import OVERRIDE_PREFIX
from wxdesk.batch.writers import csv_line
from wxdesk.engine.scenario import EXAMPLE_NAME



def example() -> dict[str, Any]:
    from wxdesk.engine import Scenario
    return Scenario(name=EXAMPLE_NAME).to_dict()


def _allowed(spec: dict[str, Any]) -> str:
    if "enum" in spec:
        return "one of " + ", ".join(spec["enum"])
    items = spec.get("items", {})
    if "enum" in items:
        once = ", each once" if spec.get("uniqueItems") else ""  # a repeated one is refused (engine.scenario)
        return f"any of {', '.join(items['enum'])}{once}, joined with '{LIST_SEPARATOR}'"
    if "maximum" in spec:
        low = spec.get("minimum", spec.get("exclusiveMinimum"))
        above = "above" if "exclusiveMinimum" in spec else "from"
        return f"{above} {low:g} to {spec['maximum']:g}"
    return ""


def guide() -> list[str]:
    """One line per field: its meaning, its allowed values and its default."""
    specs = field_specs()
    defaults = example()
    lines = []
    for name in (*CSV_COLUMNS, "overrides"):
        meaning, spec = specs.get(name, (name.replace("_", " "), {}))
        allowed = _allowed(spec)
        default = defaults[name]
        if FIELD_KINDS.get(name) == "list":
            shown = LIST_SEPARATOR.join(default) or "(none)"
        elif name == "overrides":
            shown = "(none)"
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
                "Evaluate it with: wxdesk evaluate THIS.csv -o results.csv", "", *guide()]
    cells = []
    for name in CSV_COLUMNS:
        value = data[name]
        cells.append(LIST_SEPARATOR.join(value) if isinstance(value, list) else value)
    return "".join(f"# {line}\n" if line else "#\n" for line in comments) + csv_line(list(CSV_COLUMNS)) \
        + csv_line(cells)


def json_template() -> str:
    """A complete scenario file (JSON has no comments: the guide goes to a terminal's stderr)."""
    return json.dumps(example(), indent=2, ensure_ascii=False) + "\n"
