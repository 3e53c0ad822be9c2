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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wxdesk.engine import DataPack, DataPackError


def resolve_pack(pack: Any = None) -> Any:
    """A DataPack from None (the pack in use, as the command line takes it), a path, or a DataPack."""
    if pack is None:
        from wxdesk.engine.packs import active_pack
        return active_pack()
    if isinstance(pack, (str, os.PathLike)):
        return pack_file(pack)
    return pack


def pack_file(path: str | os.PathLike[str]) -> DataPack:
    """The data pack in a file, as every command takes one: its figures and rules read and checked
    (load_datapack), and its changelog's entries too, as `wxdesk changes` and the window's import read them
    (DataPackError naming the entry: "entry 'changelog[0]': 'date' must be a date such as 2026-11-30"). A pack
    whose own history does not read was refused by `changes --pack` and used by `evaluate --pack` and
    `diff-pack` without a word.

    Only a refusal of the history itself stops it (history_broken): a pack whose figures were edited since its
    newest change is the what-if `diff-pack` is for (the bundled pack with one figure changed), though `changes`
    and the window's import, which need the history to reach the pack's values, refuse it."""
    from wxdesk.engine import DataPackError, load_datapack
    from wxdesk.engine.changelog import load_changelog
    pack = load_datapack(Path(path))
    try:
        load_changelog(pack)
    except DataPackError as exc:
        if history_broken(exc):
            raise
    return pack


def history_broken(refusal: DataPackError) -> bool:
    """Whether the changelog's reader refused the pack for its changelog or an entry of it ("changelog",
    "changelog[3]"), whatever the reason (an entry that does not read, a key it does not know, a date after the
    pack's release: each has its own kind, and a pack with a change dated after its release was refused by
    `changes` and used by every other command without a word): not for a value its newest change does not leave
    ("figures.mp_template_max_users", a what-if)."""
    problem = refusal.problem
    return problem is not None and (problem.detail == "changelog" or problem.detail.startswith("changelog["))


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
    return said_as_the_command_line_says(engine_evaluate(load_scenario(scenario, pack), pack), lang, pack)
