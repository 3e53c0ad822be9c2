"""NumPy for the window: imported without the docstrings it writes onto its compiled functions, and
without the parts of it the window's start does not use, each made the moment it is first used.

Importing NumPy runs two modules, numpy._core._add_newdocs and _add_newdocs_scalars, that do
nothing but write documentation (and the signatures help() shows) onto some 400 functions,
methods and scalar types NumPy's C code defines: about a sixth of NumPy's import, before the
window's first frame, for text no one reads in the window (help() on NumPy's functions, in a
console, is where it would show). `skip_docstrings()` makes both modules empty, before NumPy
loads: every function works as before, with no docstring. For the window's start only: the
command line and everything else import NumPy as it is.

NumPy's import also imports modules the start reads nothing of; each is made lazily instead
(importlib's LazyLoader): the same module, run the moment one of its names is first read.
`platform` (for numpy.show_runtime() alone), whose own import compiles some dozen patterns for
version strings; numpy._core._internal, the Python side of a few rarely used array features
(ctypes views, buffers of structured types), with `ctypes`, which it imports (some 8 M instructions).

And numpy.linalg, with the type aliases of numpy._typing that it imports: some 50 M instructions, a
seventh of NumPy's import, before the first frame, for a linear algebra the engine never asks for. NumPy's import
imports it only to take four functions from it into two modules (np.matrix's power, np.roots' and
np.polyfit's solvers), and no other module of NumPy's imports it; `np.linalg` itself is made on
first use (NumPy's __getattr__). While NumPy loads, those two modules are given a stand-in for
numpy.linalg whose four functions import the real one at their first call, and call it; once NumPy
has loaded, the stand-in is gone and `import numpy.linalg` or `np.linalg` makes the real module.
Should NumPy's import read any other name of numpy.linalg, or import one of its submodules, the
real module is made there and then, as without the stand-in.

And the check NumPy's import makes of its own functions: each of some 200 Python functions that other array
types can override is decorated (numpy._core.overrides.array_function_dispatch) after a check that it and
its dispatcher take the same arguments, a check for NumPy's developers (it raises if they do not, and a
NumPy release imports), through a signature reader written in Python: some 6 M instructions. While NumPy
loads, the check is taken as passed; once NumPy has loaded, the check is NumPy's own again, for any other
library's functions.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from importlib.util import LazyLoader
from types import ModuleType
from typing import TYPE_CHECKING, Any

from wxdesk.start_finders import WrappedLoader, spec_from_other_finders

if TYPE_CHECKING:
    from collections.abc import Sequence

# NumPy's modules that only write docstrings (numpy 2.x; under numpy.core before 2.0, left as they are).
DOCSTRING_MODULES = frozenset({"numpy._core._add_newdocs", "numpy._core._add_newdocs_scalars"})
# Imported by NumPy's import and used by none of what the window's start does: each runs when one of its
# names is first read. (wxdesk.ui.pyside_setup leaves such a module unread by PySide6's import hook too.)
# Each is imported once only by NumPy's import (a second `import` statement would load it: it reads the
# module's __spec__).
ON_FIRST_USE = frozenset({"platform", "numpy._core._internal"})
# NumPy's linear algebra, and the names NumPy's own import (numpy 2.x) reads from it: matrixlib.defmatrix's
# matrix_power and lib._polynomial_impl's eigvals, inv and lstsq.
LINALG = "numpy.linalg"
LINALG_NAMES_READ_BY_NUMPY = frozenset({"matrix_power", "eigvals", "inv", "lstsq"})
# The NumPy releases whose import is known to read only those (the layout DOCSTRING_MODULES names).
NUMPY_MAJOR_VERSIONS = ("2",)
# NumPy's module whose decorator checks each of NumPy's overridable functions against its dispatcher.
OVERRIDES = "numpy._core.overrides"
CHECK = "verify_matching_signatures"


def _checked_by_its_release(implementation: object, dispatcher: object) -> None:
    """NumPy's own functions, checked against their dispatchers by their release's tests (see the module)."""


class _Empty:
    """A loader whose modules hold nothing."""

    def create_module(self, spec: ModuleSpec) -> None:
        return None

    def exec_module(self, module: object) -> None:
        pass


class _LinalgStandIn(ModuleType):
    """numpy.linalg while NumPy loads: the names NumPy reads from it, as functions that call the real one."""

    def __getattr__(self, name: str) -> object:
        if name in LINALG_NAMES_READ_BY_NUMPY:
            return _calling_real_linalg(name)
        if name.startswith("__") and name.endswith("__"):  # the import system's questions: not a name of NumPy's
            raise AttributeError(name)
        return getattr(_real_linalg(), name)


def _real_linalg() -> ModuleType:
    """numpy.linalg itself, made now if only the stand-in was."""
    module = sys.modules.get(LINALG)
    if isinstance(module, _LinalgStandIn):
        del sys.modules[LINALG]
        module = None
    if module is None:
        module = importlib.import_module(LINALG)
    return module


def _calling_real_linalg(name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_real_linalg(), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__module__ = LINALG
    call.__doc__ = f"numpy.linalg.{name}, imported at the first call."
    return call


class _LinalgStandInLoader:
    def create_module(self, spec: ModuleSpec) -> ModuleType:
        return _LinalgStandIn(spec.name)

    def exec_module(self, module: ModuleType) -> None:
        pass


class _NumpyLoading(WrappedLoader):
    """NumPy's own loader, and the stand-in for numpy.linalg taken away once NumPy has loaded."""

    def __init__(self, loader: Any, finder: _WithoutDocstrings) -> None:
        super().__init__(loader)
        self.finder = finder

    def run_module(self, module: ModuleType) -> None:
        self.finder.numpy_loading = True
        try:
            self.loader.exec_module(module)
        finally:
            self.finder.numpy_loaded()


class _OverridesUnchecked(WrappedLoader):
    """numpy._core.overrides's own loader; once the module has run, its check stands aside (until NumPy has
    loaded: _WithoutDocstrings.numpy_loaded)."""

    def __init__(self, loader: Any, finder: _WithoutDocstrings) -> None:
        super().__init__(loader)
        self.finder = finder

    def run_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        check = module.__dict__.get(CHECK)
        if callable(check) and self.finder.numpy_loading:
            self.finder.check_set_aside = (module, check)
            setattr(module, CHECK, _checked_by_its_release)


class _WithoutDocstrings:
    """An import finder for NumPy's import only (DOCSTRING_MODULES, ON_FIRST_USE, numpy.linalg, OVERRIDES); it leaves
    once NumPy has loaded and it has made them all."""

    def __init__(self) -> None:
        # (A module loaded already is left as it is.)
        self.waiting = set(DOCSTRING_MODULES) | {name for name in ON_FIRST_USE if name not in sys.modules}
        self.waiting |= {"numpy", LINALG, OVERRIDES}
        self.numpy_loading = False
        self.check_set_aside: tuple[ModuleType, Callable[..., None]] | None = None

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if name not in self.waiting:
            return None
        if name in (OVERRIDES, LINALG):
            # Changed only as NumPy's own import (of a release known to read them so) makes them.
            if not (self.numpy_loading and _numpy_version_known()):
                return None
            self.waiting.discard(name)
            spec = spec_from_other_finders(self, name, path, target)
            if name == OVERRIDES:
                if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    # (This module's loaders have a loader's two methods, and are no importlib.abc.Loader, which
                    # typeshed asks a spec's loader to be: here and below.)
                    spec.loader = _OverridesUnchecked(spec.loader, self)  # type: ignore[assignment]
                return spec
            if spec is None or not spec.submodule_search_locations:
                return spec
            stand_in = ModuleSpec(name, _LinalgStandInLoader(), is_package=True)  # type: ignore[arg-type]
            # Its submodules, should NumPy import one, are the real package's own.
            stand_in.submodule_search_locations = list(spec.submodule_search_locations)
            return stand_in
        self.waiting.discard(name)
        self._leave_when_done()
        if name in DOCSTRING_MODULES:
            return ModuleSpec(name, _Empty())  # type: ignore[arg-type]  # (a loader, no importlib.abc.Loader)
        spec = spec_from_other_finders(self, name, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        if name == "numpy":
            spec.loader = _NumpyLoading(spec.loader, self)  # type: ignore[assignment]  # (as above)
        else:
            spec.loader = LazyLoader(spec.loader)
        return spec

    def numpy_loaded(self) -> None:
        """NumPy has loaded (or failed to): numpy.linalg is made as it always is from now on."""
        self.numpy_loading = False
        self.waiting -= {LINALG, OVERRIDES}
        if self.check_set_aside is not None:
            overrides, check = self.check_set_aside
            self.check_set_aside = None
            if overrides.__dict__.get(CHECK) is _checked_by_its_release:
                setattr(overrides, CHECK, check)
        stand_in = sys.modules.get(LINALG)
        if isinstance(stand_in, _LinalgStandIn):
            del sys.modules[LINALG]
            numpy = sys.modules.get("numpy")
            if numpy is not None and numpy.__dict__.get("linalg") is stand_in:
                del numpy.linalg  # np.linalg: NumPy's __getattr__ imports it
        self._leave_when_done()

    def _leave_when_done(self) -> None:
        if not self.waiting and not self.numpy_loading and self in sys.meta_path:
            sys.meta_path.remove(self)


def _numpy_version_known() -> bool:
    version = sys.modules.get("numpy.version")  # NumPy's import reads it first
    return version is not None and str(getattr(version, "version", "")).split(".")[0] in NUMPY_MAJOR_VERSIONS


def skip_docstrings() -> None:
    """NumPy, when it loads, without its docstrings (nothing changes if it has loaded already)."""
    if "numpy" in sys.modules or any(isinstance(f, _WithoutDocstrings) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _WithoutDocstrings())
