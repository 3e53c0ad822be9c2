"""NumPy for the window: imported without the docstrings it writes onto its compiled functions.

Importing NumPy runs two modules, numpy._core._add_newdocs and _add_newdocs_scalars, that do
nothing but write documentation (and the signatures help() shows) onto some 400 functions,
methods and scalar types NumPy's C code defines: about a sixth of NumPy's import, before the
window's first frame, for text no one reads in the window (help() on NumPy's functions, in a
console, is where it would show). `skip_docstrings()` makes both modules empty, before NumPy
loads: every function works as before, with no docstring. For the window's start only: the
command line and everything else import NumPy as it is.

NumPy's import also imports `platform` (for numpy.show_runtime() alone), whose own import compiles
some dozen patterns for version strings: about 2 ms before the first frame, which reads none of
it. It is made lazily instead (importlib's LazyLoader): the same module, run the moment one of its
names is first read.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec
from importlib.util import LazyLoader

from wxdesk.start_finders import spec_from_other_finders

# NumPy's modules that only write docstrings (numpy 2.x; under numpy.core before 2.0, left as they are).
DOCSTRING_MODULES = frozenset({"numpy._core._add_newdocs", "numpy._core._add_newdocs_scalars"})
# Imported by NumPy's import and used by none of what the window's start does: each runs when one of its
# names is first read. (wxdesk.ui.pyside_setup leaves such a module unread by PySide6's import hook too.)
ON_FIRST_USE = frozenset({"platform"})


class _Empty:
    """A loader whose modules hold nothing."""

    def create_module(self, spec: ModuleSpec) -> None:
        return None

    def exec_module(self, module: object) -> None:
        pass


class _WithoutDocstrings:
    """An import finder for DOCSTRING_MODULES and ON_FIRST_USE only; it leaves once it has made them all."""

    def __init__(self) -> None:
        # (A module loaded already is left as it is.)
        self.waiting = set(DOCSTRING_MODULES) | {name for name in ON_FIRST_USE if name not in sys.modules}

    def find_spec(self, name: str, path=None, target=None) -> ModuleSpec | None:
        if name not in self.waiting:
            return None
        self.waiting.discard(name)
        if not self.waiting and self in sys.meta_path:
            sys.meta_path.remove(self)
        if name in DOCSTRING_MODULES:
            return ModuleSpec(name, _Empty())
        spec = spec_from_other_finders(self, name, path, target)
        if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
            spec.loader = LazyLoader(spec.loader)
        return spec


def skip_docstrings() -> None:
    """NumPy, when it loads, without its docstrings (nothing changes if it has loaded already)."""
    if "numpy" in sys.modules or any(isinstance(f, _WithoutDocstrings) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _WithoutDocstrings())
