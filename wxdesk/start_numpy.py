"""NumPy for the window: imported without the docstrings it writes onto its compiled functions.

Importing NumPy runs two modules, numpy._core._add_newdocs and _add_newdocs_scalars, that do
nothing but write documentation (and the signatures help() shows) onto some 400 functions,
methods and scalar types NumPy's C code defines: about a sixth of NumPy's import, before the
window's first frame, for text no one reads in the window (help() on NumPy's functions, in a
console, is where it would show). `skip_docstrings()` makes both modules empty, before NumPy
loads: every function works as before, with no docstring. For the window's start only: the
command line and everything else import NumPy as it is.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec

# NumPy's modules that only write docstrings (numpy 2.x; under numpy.core before 2.0, left as they are).
DOCSTRING_MODULES = frozenset({"numpy._core._add_newdocs", "numpy._core._add_newdocs_scalars"})


class _Empty:
    """A loader whose modules hold nothing."""

    def create_module(self, spec: ModuleSpec) -> None:
        return None

    def exec_module(self, module: object) -> None:
        pass


class _WithoutDocstrings:
    """An import finder for DOCSTRING_MODULES only; it leaves once both are made."""

    def __init__(self) -> None:
        self.waiting = set(DOCSTRING_MODULES)

    def find_spec(self, name: str, path=None, target=None) -> ModuleSpec | None:
        if name not in self.waiting:
            return None
        self.waiting.discard(name)
        if not self.waiting and self in sys.meta_path:
            sys.meta_path.remove(self)
        return ModuleSpec(name, _Empty())


def skip_docstrings() -> None:
    """NumPy, when it loads, without its docstrings (nothing changes if it has loaded already)."""
    if "numpy" in sys.modules or any(isinstance(f, _WithoutDocstrings) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _WithoutDocstrings())
