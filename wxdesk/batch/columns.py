"""The scenario's columns in a table: which fields a CSV row holds, and of what kind.

Shared by the readers (a table row becomes a scenario) and the writers (a result row
echoes its inputs), so that the two always agree on the columns.
"""

from __future__ import annotations

from dataclasses import fields

from wxdesk.engine.scenario import Scenario

# Lists (goals, needs) are written in one cell, their items separated by this.
LIST_SEPARATOR = ";"


def _field_kinds() -> dict[str, str]:
    """Each scenario field's kind, from its default value: number, whole, list, text or overrides."""
    kinds = {}
    for f in fields(Scenario):
        default = getattr(Scenario(), f.name)
        if isinstance(default, bool):
            kinds[f.name] = "flag"
        elif isinstance(default, int):
            kinds[f.name] = "whole"
        elif isinstance(default, float):
            kinds[f.name] = "number"
        elif isinstance(default, tuple):
            kinds[f.name] = "list"
        elif isinstance(default, str):
            kinds[f.name] = "text"
        else:
            kinds[f.name] = "overrides"
    return kinds


FIELD_KINDS = _field_kinds()
CSV_COLUMNS = tuple(name for name, kind in FIELD_KINDS.items() if kind != "overrides")
