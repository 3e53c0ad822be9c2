"""PySide6 for the window: no module's source read on import, and pyqtgraph's Qt mirrors filled on use.

Reading sources. PySide6 puts a hook on `import` for its `from __feature__ import snake_case` switches: for each
module imported after PySide6 it reads the module's source file (inspect.getsource) to see
whether it names PySide6. From source that is every wxdesk module the window loads and all of
pyqtgraph, some 300 files: about 13 ms before the first paint, 35 ms more before the chart is
drawn, and some 14 MB of source lines kept in linecache for as long as wxdesk runs.

No module in wxdesk, nor pyqtgraph, selects a feature, so every module has PySide6's default
selection, "no feature" (0), whatever that search would find: answering 0 without reading
gives each module the selection it would have had. A module that does import from
`__feature__` still gets its features (that import sets its selection itself). With another
PySide6, where the hook is not what this expects, nothing is changed.

pyqtgraph's mirrors. PySide6 makes each Qt class the first time it is asked for (QStyle, with its
enums, takes some 25 ms). pyqtgraph keeps its own copies of QtCore, QtGui and QtWidgets
(pyqtgraph.Qt.QtCore...) and fills them, as it loads, with every name PySide6 lists: that makes
all of Qt's classes, some 1500, about 160 ms and 15 MB before the chart can be drawn, for the
few dozen it uses. Here each mirror is given, as it is made, the names PySide6 has already made,
and takes any other from PySide6 when first asked for it (and keeps it): pyqtgraph gets the very
same classes, only those it uses are made. While pyqtgraph.Qt fills its mirrors, PySide6's modules
list only the classes already made; they list all of them again at once after.

pyqtgraph's unused parts. Importing pyqtgraph imports all of it, with what its parameter trees and
remote views need and the chart does not use: pydoc (for a function's docstring in a parameter tree)
and pyqtgraph's multiprocess package (subprocesses and their pipes): some 25 ms of pyqtgraph's
import, pydoc alone 19, on the way from the first paint to the chart drawn. Both are loaded on
first use instead: a module made lazily by importlib's LazyLoader is the same module, run the
moment any of its names is first read.

The chart's viewport. The first time Python is handed a widget that C++ made, PySide6 looks for
its most derived class among every subclass of QWidget and creates all of them, with their enums
(QWizard, QMdiArea, QCalendarWidget...): some 15-20 ms. pyqtgraph's GraphicsView does that as it is
made: it asks for the viewport QGraphicsView made, only to check that it is a plain QWidget (or to
put one in its place). Here its first such check, without OpenGL, puts a plain QWidget made in Python
in its place at once, as it would for any other kind: the same viewport (QGraphicsView's own is a
plain QWidget too, set up by the same setViewport), known to Python from the start. Any later call,
or one with OpenGL, is pyqtgraph's own.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from importlib.util import LazyLoader
from types import ModuleType

# Loading them loads shiboken's import hook, which _no_feature_selected answers for; they are also what
# pyqtgraph's mirrors copy.
import PySide6.QtCore
import PySide6.QtGui
import PySide6.QtWidgets

# Loaded by pyqtgraph's import, used by none of what the charts use: each runs when one of its names is read.
ON_FIRST_USE = frozenset({"pydoc", "pyqtgraph.multiprocess"})

# pyqtgraph's module whose GraphicsView gets its viewport made in Python (see the module's comment).
GRAPHICS_VIEW = "pyqtgraph.widgets.GraphicsView"

# pyqtgraph's mirror of each PySide6 module it copies.
MIRRORS = {"pyqtgraph.Qt.QtCore": "PySide6.QtCore", "pyqtgraph.Qt.QtGui": "PySide6.QtGui",
           "pyqtgraph.Qt.QtWidgets": "PySide6.QtWidgets"}


def _no_feature_selected(module: object) -> bool:
    """True: the module gets the "no feature" selection (0), as a module that names PySide6 does."""
    return True


class _OnFirstUse(LazyLoader):
    """importlib's LazyLoader, naming the modules it has made and that are not loaded yet."""

    waiting: set[str] = set()

    def exec_module(self, module: ModuleType) -> None:
        super().exec_module(module)
        # Read past the lazy module's own attribute lookup, which would load it.
        self.waiting.add(object.__getattribute__(module, "__dict__")["__name__"])


def _leaving_lazy_modules_lazy(feature_imported: Callable[[ModuleType], None],
                               selections: dict) -> Callable[[ModuleType], None]:
    """PySide6's hook after an import, except that a module not loaded yet is not asked its name (which
    would load it): it gets its selection, "no feature" (0), by the name its loader noted."""

    def after_import(module: ModuleType) -> None:
        if type(module) is not ModuleType:  # a lazy module's class until it loads
            name = object.__getattribute__(module, "__dict__").get("__name__")
            if name in _OnFirstUse.waiting:
                selections.setdefault(name, 0)
                return
        feature_imported(module)

    return after_import


def _skip_source_search() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _no_feature_selected  # type: ignore[attr-defined]
        selections = getattr(feature, "pyside_feature_dict", None)
        if callable(getattr(feature, "feature_imported", None)) and isinstance(selections, dict):
            feature.feature_imported = _leaving_lazy_modules_lazy(  # type: ignore[attr-defined]
                feature.feature_imported, selections)


_skip_source_search()


def _forwarding(mirror: ModuleType, source_name: str) -> Callable[[str], object]:
    """A mirror's module __getattr__: a name it lacks, from the PySide6 module, kept for next time."""

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook's own name (PEP 562)
        if name.startswith("__"):
            raise AttributeError(f"module {mirror.__name__!r} has no attribute {name!r}")
        value = getattr(sys.modules[source_name], name)
        setattr(mirror, name, value)
        return value

    return __getattr__


def _made_names_only(module: ModuleType) -> Callable[[], None]:
    """Until the returned function is called, dir(module) lists only what PySide6 has made."""
    listing = module.__dict__.get("__dir__")
    module.__dict__["__dir__"] = lambda: list(module.__dict__)

    def restore() -> None:
        module.__dict__["__dir__"] = listing
    return restore


class _LoadedWithin:
    """A module's own loader, its loading run by `within(load, module)` (a new object: the loader,
    which may serve other modules too, is left as it is)."""

    def __init__(self, loader, within: Callable[[Callable[[ModuleType], None], ModuleType], None]):
        self._loader = loader
        self._within = within

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._within(self._loader.exec_module, module)

    def __getattr__(self, name: str):  # the rest (get_code, is_package, resources...) is the loader's own
        return getattr(self._loader, name)


def _load_mirror(load: Callable[[ModuleType], None], module: ModuleType) -> None:
    load(module)
    module.__getattr__ = _forwarding(module, MIRRORS[module.__name__])  # type: ignore[attr-defined]


def _load_with_made_names_only(load: Callable[[ModuleType], None], module: ModuleType) -> None:
    restores = [_made_names_only(sys.modules[source]) for source in MIRRORS.values()]
    try:
        load(module)
    finally:
        for restore in restores:
            restore()


def _plain_viewport_first(use_opengl: Callable[..., None]) -> Callable[..., None]:
    """GraphicsView.useOpenGL, except that its first call without OpenGL (the one GraphicsView.__init__
    makes, while the viewport is still QGraphicsView's own plain QWidget) sets a plain QWidget made in
    Python without asking for the old one."""

    @functools.wraps(use_opengl)
    def useOpenGL(self, b: bool = True) -> None:  # noqa: N802 - pyqtgraph's name
        first = "_wxdesk_viewport_set" not in vars(self)
        self._wxdesk_viewport_set = True
        if first and not b:
            self.setViewport(PySide6.QtWidgets.QWidget())
            return
        use_opengl(self, b)

    return useOpenGL


def _load_graphics_view(load: Callable[[ModuleType], None], module: ModuleType) -> None:
    load(module)
    view = getattr(module, "GraphicsView", None)
    if view is not None and callable(getattr(view, "useOpenGL", None)):
        view.useOpenGL = _plain_viewport_first(view.useOpenGL)


class _LightPyqtgraphMirrors:
    """An import finder that finds nothing itself: it wraps the loading of pyqtgraph.Qt and its mirrors,
    and of GraphicsView's module, and makes the modules ON_FIRST_USE lazily."""

    def find_spec(self, name: str, path=None, target=None):
        if name not in ("pyqtgraph.Qt", GRAPHICS_VIEW) and name not in MIRRORS and name not in ON_FIRST_USE:
            return None
        spec = None
        for finder in sys.meta_path:
            if finder is not self and hasattr(finder, "find_spec"):
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        if name in ON_FIRST_USE:
            spec.loader = _OnFirstUse(spec.loader)
        elif name == GRAPHICS_VIEW:
            spec.loader = _LoadedWithin(spec.loader, _load_graphics_view)
        else:
            spec.loader = _LoadedWithin(spec.loader, _load_mirror if name in MIRRORS else _load_with_made_names_only)
        return spec


def _fill_pyqtgraph_mirrors_on_use() -> None:
    # Only with PySide6's lazy classes (a module-level __dir__ that lists them), and before pyqtgraph loads.
    if "pyqtgraph" in sys.modules or not callable(PySide6.QtCore.__dict__.get("__dir__")):
        return
    if not any(isinstance(finder, _LightPyqtgraphMirrors) for finder in sys.meta_path):
        sys.meta_path.insert(0, _LightPyqtgraphMirrors())


_fill_pyqtgraph_mirrors_on_use()
