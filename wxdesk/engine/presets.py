"""The bundled example businesses, one scenario file each under resources/presets.

An example's English words (name, notes, client) are in its own file; its Chinese
words are in resources/presets/index.toml, so that a Chinese client sees the
examples in Chinese. The language is the caller's choice: the engine knows no UI.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from pathlib import Path
from typing import Any

from wxdesk.engine.scenario import SCENARIO_FORMAT, Scenario, ScenarioError, scenario_from_json
from wxdesk.paths import resource_path

log = logging.getLogger(__name__)

INDEX_FILE = "index.toml"
TRANSLATED_FIELDS = ("name", "notes", "client")


def presets_dir() -> Path:
    return resource_path("presets")


def preset_ids() -> list[str]:
    return sorted(p.stem for p in presets_dir().glob("*.json"))


def load_preset(preset_id: str, language: str = "en") -> Scenario:
    """The example as a scenario, its name, notes and client in `language` ("en" or "zh_CN")."""
    path = presets_dir() / f"{preset_id}.json"
    if preset_id not in preset_ids():
        known = ", ".join(preset_ids())
        raise ScenarioError(f"There is no preset called '{preset_id}'; the presets are: {known}.")
    scenario = scenario_from_json(path.read_bytes())
    words = _translations(language).get(preset_id, {})
    changes = {name: words[name] for name in TRANSLATED_FIELDS if words.get(name)}
    return scenario.with_changes(**changes) if changes else scenario


def preset_names(language: str = "en") -> dict[str, str]:
    """Each example's name by id (in preset_ids order), in `language`, as load_preset names it.

    The window lists the examples before its first paint, so only their names are read here,
    not the whole examples validated: an example is validated when it is opened (load_preset),
    which says plainly what is wrong with a broken one. A file whose name cannot be read (not
    JSON, not a wxdesk scenario, no name as text) is left out of the list.
    """
    words = _translations(language)
    names = {}
    for path in sorted(presets_dir().glob("*.json"), key=lambda path: path.stem):  # as preset_ids
        name = _name_in(path)
        if name is None:
            log.warning("example %s left out: its name cannot be read", path.stem)
            continue
        names[path.stem] = words.get(path.stem, {}).get("name") or name
    return names


def _name_in(path: Path) -> str | None:
    """The "name" a scenario file gives, read as scenario_from_json reads the file; None if it gives none."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):  # unreadable, not UTF-8, not JSON
        return None
    if not isinstance(data, dict) or data.get("format") != SCENARIO_FORMAT:
        return None
    name = data.get("name")
    return name if isinstance(name, str) else None


def _index() -> dict[str, Any]:
    return _index_in(presets_dir())


@cache
def _index_in(directory: Path) -> dict[str, Any]:
    """The index of the examples in `directory`, read once. Kept per folder: kept as the one index, the
    first folder asked for (another folder's examples, without an index) left every later example in
    English in that process."""
    import tomllib  # here: the window starts in English without reading the index (nor the TOML parser)
    path = directory / INDEX_FILE
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}  # without the index every example still opens, in English


def _translations(language: str) -> dict[str, dict[str, str]]:
    """preset id → field → text in `language`; empty for English, the files' own language."""
    if not language.startswith("zh"):
        return {}
    return {preset_id: {name: str(entry.get(f"{name}_zh", "")) for name in TRANSLATED_FIELDS}
            for preset_id, entry in _index().items() if isinstance(entry, dict)}
