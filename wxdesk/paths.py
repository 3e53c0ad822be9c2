"""Find bundled resource files wherever wxdesk runs from.

In a source checkout they sit in the top-level `resources/` folder; an installed
wheel carries the same folder as the package `wxdesk.resources`; a PyInstaller
bundle unpacks it next to the frozen code as `wxdesk/resources`.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "wxdesk" / "resources"
    spec = importlib.util.find_spec("wxdesk.resources")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
