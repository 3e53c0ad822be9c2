"""Modules of Python's own library that the start imports, through other modules' imports, and never uses:
each made lazily instead (importlib's LazyLoader), the same module, run the moment one of its names is
first read.

- ipaddress, which urllib.parse imports (for a URL's bracketed host) and pathlib imports urllib.parse
  (for Path.as_uri): some 6 M instructions, for no address the window or a command ever parses. (A
  development install's import finder imports pathlib before wxdesk's first line: there it is loaded
  already, and left as it is.)
- bz2 and lzma, which shutil and zipfile import for archives compressed so (shiboken's signature support
  imports zipfile to read the archive it carries, which is not): some 4 M instructions, with the two
  compression libraries.

zipfile imports bz2 and lzma once more, after shutil: the import statement's check that a module found
in sys.modules is not half made reads its __spec__, which would run it. While zipfile loads, that import
gives such a module as it is.

Each import that would fail fails as before: bz2 and lzma are made lazily only where the compiled module
each imports at once (_bz2, _lzma) is there to import, so that shutil and zipfile, which check by importing
them, learn as before whether they can compress so. `install()` puts the finder first on sys.meta_path; it
leaves once it has made them all. (wxdesk.ui.pyside_setup leaves such a module unread by PySide6's import
hook.)
"""

from __future__ import annotations

import builtins
import importlib.util
import sys
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from importlib.util import LazyLoader
from types import ModuleType

from wxdesk.start_finders import WrappedLoader, spec_from_other_finders

# `typing` is not imported here at run time (mypy reads the name as true), as in wxdesk/__init__.py.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

# Each module, and the compiled module its import imports at once (None: none), which must be there.
ON_FIRST_USE = {"ipaddress": None, "bz2": "_bz2", "lzma": "_lzma"}
# A module that imports some of them after another module has (zipfile, after shutil).
IMPORTS_AGAIN = "zipfile"


def _not_running_lazy_modules(import_: Callable[..., ModuleType]) -> Callable[..., ModuleType]:
    """The builtin __import__, except that `import bz2` of a module made lazily here and not run yet gives
    the module as it is."""

    def __import__(name: str, globals: Mapping[str, object] | None = None,  # noqa: N807 - the builtin's own names
                   locals: Mapping[str, object] | None = None, fromlist: Sequence[str] = (),
                   level: int = 0) -> ModuleType:
        if level == 0 and not fromlist and name in ON_FIRST_USE:
            module = sys.modules.get(name)
            if module is not None and type(module) is not ModuleType:  # LazyLoader's class until it runs
                return module
        return import_(name, globals, locals, fromlist, level)

    return __import__


class _ImportingLazily(WrappedLoader):
    """A module's own loader, its module run with _not_running_lazy_modules for __import__."""

    def run_module(self, module: ModuleType) -> None:
        import_ = builtins.__import__
        builtins.__import__ = _not_running_lazy_modules(import_)
        try:
            self.loader.exec_module(module)
        finally:
            builtins.__import__ = import_


class _OnFirstUse:
    """An import finder that finds nothing itself: it makes ON_FIRST_USE's modules with a LazyLoader."""

    def __init__(self) -> None:
        # (A module loaded already is left as it is.)
        self.waiting = {name for name in (*ON_FIRST_USE, IMPORTS_AGAIN) if name not in sys.modules}

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if name not in self.waiting:
            return None
        self.waiting.discard(name)
        if not self.waiting and self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = spec_from_other_finders(self, name, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        if name == IMPORTS_AGAIN:
            # (A wrapper with the loader's two methods, not an importlib.abc.Loader, which typeshed asks for.)
            spec.loader = _ImportingLazily(spec.loader)  # type: ignore[assignment]
            return spec
        needed = ON_FIRST_USE[name]
        if needed is not None and importlib.util.find_spec(needed) is None:
            return spec  # its import fails, as it always did
        spec.loader = LazyLoader(spec.loader)
        return spec


def install() -> None:
    """From now on, ON_FIRST_USE's modules not loaded yet are made on first use (once: nothing changes if it
    is installed already, or all are loaded)."""
    if any(isinstance(finder, _OnFirstUse) for finder in sys.meta_path):
        return
    finder = _OnFirstUse()
    if finder.waiting:
        sys.meta_path.insert(0, finder)

