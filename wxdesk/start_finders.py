"""What the other import finders make of a module, for the start's own finders that only wrap loaders.

wxdesk.start_numpy and wxdesk.ui.pyside_setup each put a finder before Python's own, to change how
a few modules load (lazily, or without their docstrings) and never where they come from: they ask
the finders after them for the module's spec and wrap its loader.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec


def spec_from_other_finders(asking: object, name: str, path=None, target=None) -> ModuleSpec | None:
    """The spec the first finder on sys.meta_path other than `asking` gives for `name`, or None."""
    for finder in sys.meta_path:
        if finder is not asking and hasattr(finder, "find_spec"):
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                return spec
    return None
