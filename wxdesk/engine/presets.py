"""The bundled example businesses, one scenario file each under resources/presets."""

from __future__ import annotations

from pathlib import Path

from wxdesk.engine.scenario import Scenario, ScenarioError, scenario_from_json
from wxdesk.paths import resource_path


def presets_dir() -> Path:
    return resource_path("presets")


def preset_ids() -> list[str]:
    return sorted(p.stem for p in presets_dir().glob("*.json"))


def load_preset(preset_id: str) -> Scenario:
    path = presets_dir() / f"{preset_id}.json"
    if preset_id not in preset_ids():
        known = ", ".join(preset_ids())
        raise ScenarioError(f"There is no preset called '{preset_id}'; the presets are: {known}.")
    return scenario_from_json(path.read_bytes())
