"""The Python API for notebooks: `from wxdesk import evaluate, load_scenario, evaluate_many`.

    import wxdesk
    evaluation = wxdesk.evaluate(wxdesk.load_scenario("shop.json"))
    evaluation.to_dict()["plan"]["presences"]

    import pandas as pd          # optional: wxdesk does not depend on it
    table = pd.DataFrame(wxdesk.evaluate_many("leads.csv", flat=True))   # the CSV columns
    full = pd.json_normalize(list(wxdesk.evaluate_many("leads.csv")))     # every field, dotted names
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def resolve_pack(pack: Any = None) -> Any:
    """A DataPack from None (the pack in use, as the command line takes it), a path, or a DataPack."""
    if pack is None:
        from wxdesk.engine.packs import active_pack
        return active_pack()
    if isinstance(pack, (str, os.PathLike)):
        from wxdesk.engine import load_datapack
        return load_datapack(Path(pack))
    return pack


def load_scenario(source: Any, pack: Any = None) -> Any:
    """A Scenario from a scenario file's path, a preset id ("preset:car_brand"), or a dict.

    A dict may leave fields out (they take the defaults of `wxdesk template`); a file
    must be complete, as everywhere else. Raises ScenarioError with a one-sentence message.
    """
    from wxdesk.batch.sources import json_row_to_scenario
    from wxdesk.engine import ScenarioError, load_preset, read_scenario_file, scenario_from_dict
    if hasattr(source, "to_dict") and hasattr(source, "with_changes"):
        return source
    figures = resolve_pack(pack).figures
    if isinstance(source, dict):
        try:
            return scenario_from_dict(json_row_to_scenario(source), figures)
        except ValueError as exc:
            raise ScenarioError(str(exc)) from None
    if isinstance(source, str) and source.startswith("preset:"):
        return load_preset(source[len("preset:"):])
    return read_scenario_file(os.fspath(source), figures)


def evaluate(scenario: Any, pack: Any = None, *, lang: str = "en") -> Any:
    """The Evaluation of a scenario (a Scenario, a path, a dict or "preset:ID"); `.to_dict()` is the JSON, as
    `wxdesk evaluate --json --lang LANG` writes it (and `evaluate_many` its rows)."""
    from wxdesk.engine import evaluate as engine_evaluate
    pack = resolve_pack(pack)
    from wxdesk.batch.said import said_as_the_command_line_says
    return said_as_the_command_line_says(engine_evaluate(load_scenario(scenario, pack), pack), lang)
