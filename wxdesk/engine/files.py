"""Reading scenario files with plain-language errors for every way a file can be wrong."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from wxdesk.engine.scenario import Scenario, ScenarioError, scenario_from_json

# A scenario is a few hundred bytes; anything far larger is not one.
MAX_FILE_BYTES = 5 * 1024 * 1024


def read_scenario_file(path: str | Path, known_figures: Mapping | None = None) -> Scenario:
    path = Path(path)
    try:
        if path.is_dir():
            raise ScenarioError(f"{path} is a folder, not a scenario file.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScenarioError(f"{path} is {size // (1024 * 1024)} MB, far too large to be a scenario file.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ScenarioError(f"{path} does not exist.") from None
    except PermissionError:
        raise ScenarioError(f"{path} cannot be read: permission denied.") from None
    except OSError as exc:
        raise ScenarioError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    try:
        return scenario_from_json(data, known_figures)
    except ScenarioError as exc:
        raise ScenarioError(f"{path.name}: {exc}", exc.field) from None
