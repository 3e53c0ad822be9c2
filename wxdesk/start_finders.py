"""What the other import finders make of a module, for the start's own finders that only wrap loaders.

wxdesk.start_numpy, wxdesk.start_stdlib and wxdesk.ui.pyside_setup each put a finder before Python's
own, to change how a few modules load (lazily, or without their docstrings) and never where they come
from: they ask the finders after them for the module's spec and wrap its loader.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence


def spec_from_other_finders(asking: object, name: str, path: Sequence[str] | None = None,
                            target: ModuleType | None = None) -> ModuleSpec | None:
    """The spec the first finder on sys.meta_path other than `asking` gives for `name`, or None."""
    for finder in sys.meta_path:
        if finder is not asking and hasattr(finder, "find_spec"):
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                return spec
    return None


class WrappedLoader:
    """A module's own loader, wrapped to do something around the module's run (`run_module`, which a
    subclass gives): the module is made by its own loader, and keeps that loader as its __loader__ and
    its spec's (importlib.resources and the like ask it)."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)  # type: ignore[no-any-return]

    def exec_module(self, module: ModuleType) -> None:
        module.__loader__ = self.loader
        if module.__spec__ is not None:
            module.__spec__.loader = self.loader
        self.run_module(module)

    def run_module(self, module: ModuleType) -> None:
        """Run the module with its own loader (a subclass does something around this)."""
        self.loader.exec_module(module)

    def __getattr__(self, name: str) -> Any:  # get_code, is_package... are the module's own loader's
        return getattr(self.loader, name)
