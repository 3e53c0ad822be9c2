"""Reading a scenario file, with one plain sentence for every way it can be wrong."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from wxdesk.engine.reading import MAX_FILE_BYTES, UnreadableFile, plain, read_bounded
from wxdesk.engine.scenario import Scenario, ScenarioError, scenario_from_json


def read_scenario_file(path: str | Path, known_figures: Mapping[str, Any] | None = None) -> Scenario:
    path = Path(path)
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except UnreadableFile as exc:
        raise ScenarioError(str(exc)) from None
    try:
        return scenario_from_json(data, known_figures)
    except ScenarioError as exc:
        raise ScenarioError(f"{plain(path.name)}: {exc}", exc.field) from None
