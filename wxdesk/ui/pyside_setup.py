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
import, pydoc alone 19, on the way from the first paint to the chart drawn; subprocess, which
pyqtgraph.Qt imports only to compile Qt Designer files; and what pyqtgraph's debug module imports for its
profiler and its coloured console output (cProfile, and pyqtgraph.util.cprint with colorama), some 2 ms;
importlib.resources, which pyqtgraph.Qt reads only for the icon of a QApplication of its own.
These are loaded on first use instead (and `platform`, made so for NumPy, is left so by pyqtgraph.Qt's own
`import platform`, for the same QApplication), as are pyqtgraph.functions' patterns for numbers with SI
prefixes (spin boxes, parameter trees). A module made lazily by importlib's LazyLoader is the same module,
run the moment any of its names is first read.

pyqtgraph's parts the charts never use. pyqtgraph's own __init__ imports every item and widget it
has (`from .graphicsItems.ROI import *`...): images, regions of interest, colour maps and bars, parameter
trees, tables, remote views: some 45 % of its import, before the chart is drawn, for classes the charts
never make. Each of those modules (PYQTGRAPH_UNUSED) is made with nothing to export; its code runs, into
the same module object, the first time a name it lacks is asked for (`from pyqtgraph.graphicsItems.ROI
import ROI`, a module of pyqtgraph importing it). The names pyqtgraph's __init__ would have taken from them
(`pyqtgraph.ROI`) are put in its namespace the first time pyqtgraph is asked for a name it lacks: every
such module runs then, and pyqtgraph has all it would have had.

shiboken's .pyi writer. PySide6's signature support imports, as it loads, the modules that write .pyi files
(shibokensupport.signature.lib.pyi_generator and enum_sig, for PySide6's stub generator, a command-line tool),
with argparse and gettext: some 9 M instructions before the first paint, for nothing the window uses. Here
each is made, not run, and put where the import would put it; its code runs, into the same module, as its
importer would run it, the first time a name it lacks is asked for (`from ...pyi_generator import
generate_pyi`).

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

import __future__
import builtins
import contextlib
import functools
import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any
from importlib.util import LazyLoader
from types import ModuleType

from wxdesk import start_code, start_enums, start_numpy, start_stdlib
from wxdesk.start_finders import spec_from_other_finders

if TYPE_CHECKING:
    from importlib.abc import Loader
    from importlib.machinery import ModuleSpec

# Loading them loads shiboken's import hook, which _no_feature_selected answers for; they are also what
# pyqtgraph's mirrors copy. The Python source shiboken carries in its library, compiled as they load, is
# compiled once and kept where the window's start keeps code (wxdesk.start_code). Qt's enums, made as each
# class that holds them is first asked for, are made the quicker way from the start (wxdesk.start_enums).


class _PatternOnFirstUse:
    """A regular expression compiled the first time it is used, the pattern `re.compile` would have given.

    Its methods are its own, so that one taken before first use (`split = searcher.split`, as shiboken's
    pyi_generator does in a class body) compiles only when it is called.
    """

    __slots__ = ("_compile", "_args", "_pattern")

    def __init__(self, compile_now: Callable[..., re.Pattern[Any]], pattern: str | bytes, flags: int) -> None:
        self._compile = compile_now
        self._args = (pattern, flags)
        self._pattern: re.Pattern[Any] | None = None

    def compiled(self) -> re.Pattern[Any]:
        if self._pattern is None:
            self._pattern = self._compile(*self._args)
        return self._pattern

    def __getattr__(self, name: str) -> object:  # pattern, flags, groups, groupindex
        if name.startswith("__"):  # what Python and tools look for on any object: not a use
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return repr(self.compiled())

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().fullmatch(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().search(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().findall(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().split(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().subn(*args, **kwargs)

    def scanner(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().scanner(*args, **kwargs)  # type: ignore[attr-defined]  # (re's own, undocumented)


@contextlib.contextmanager
def _patterns_on_first_use(compiled_by: str) -> Iterator[None]:
    """For the time of the block, a pattern compiled by a module whose name starts with `compiled_by` is
    compiled when first used."""
    compile_now = re.compile

    def compile_on_first_use(pattern: Any, flags: int = 0) -> re.Pattern[Any] | _PatternOnFirstUse:
        caller = sys._getframe(1).f_globals.get("__name__") or ""
        if caller.startswith(compiled_by) and isinstance(pattern, (str, bytes)):
            return _PatternOnFirstUse(compile_now, pattern, flags)
        return compile_now(pattern, flags)

    re.compile = compile_on_first_use  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = compile_now


# shiboken's modules that write .pyi files (PySide6's stub generator, a tool run from the command line): its
# signature support imports them, and nothing else in it uses them.
SIGNATURE_TOOLS = ("shibokensupport.signature.lib.enum_sig", "shibokensupport.signature.lib.pyi_generator")


def _run_embedded(module: ModuleType, importer: object, filename: str) -> None:
    """Run a module of shiboken's signature support into `module`, as its importer (signature_bootstrap's
    EmbeddableZipImporter.exec_module) does: the source read from the archive it keeps, compiled, run, and
    the module's file, loader and package set after."""
    with importer.zfile.open(filename, "r") as source:  # type: ignore[attr-defined]
        # With the __future__ import its importer's module has, and so passes on to what it compiles.
        code = compile(source.read(), filename, "exec", __future__.annotations.compiler_flag, dont_inherit=True)
    exec(code, module.__dict__)  # shiboken's own module, run as its importer runs it
    module.__file__ = filename
    module.__loader__ = importer  # type: ignore[assignment]  # (shiboken's importer: a loader of its own kind)
    module.__package__ = module.__name__.rpartition(".")[0]


def _waiting_to_run(name: str) -> ModuleType | None:
    """The module `name` of SIGNATURE_TOOLS, made by its importer but not run: its code runs, into the same
    module, the first time a name it lacks is asked for (None: not one shiboken's importer knows)."""
    importer = next((finder for finder in sys.meta_path if type(finder).__name__ == "EmbeddableZipImporter"
                     and callable(getattr(finder, "find_spec", None))), None)
    paths = getattr(importer, "_mod2path", None)
    if importer is None or not isinstance(paths, dict) or not isinstance(paths.get(name), str):
        return None
    spec = importer.find_spec(name, None)
    if spec is None:
        return None
    filename = paths[name]
    module = importlib.util.module_from_spec(spec)
    # What the importer sets once the module has run, set now: the same values.
    module.__file__ = filename
    module.__package__ = name.rpartition(".")[0]
    run = [True]

    def __getattr__(attribute: str) -> object:  # noqa: N807 - the module hook's own name (PEP 562)
        if run and attribute not in _NOT_A_USE:
            run.clear()
            del module.__dict__["__getattr__"]
            _run_embedded(module, importer, filename)
            return getattr(module, attribute)
        raise AttributeError(f"module {name!r} has no attribute {attribute!r}")

    module.__dict__["__getattr__"] = __getattr__
    return module


# What the import system and tools look for on any module: asking for them is no use of the module.
_NOT_A_USE = frozenset({"__path__", "__all__", "__wrapped__", "__getattr__", "__dir__"})


def _signature_tools_unrun(handle_fromlist: Callable[..., ModuleType]) -> Callable[..., ModuleType]:
    """importlib's _handle_fromlist (what `from package import name` runs for a package's names), except that
    shiboken's signature support importing a module of SIGNATURE_TOOLS gets it made and not run
    (_waiting_to_run), in sys.modules and in its package as the import would put it."""

    def _handle_fromlist(module: ModuleType, fromlist: Any, import_: Callable[..., ModuleType], *,
                         recursive: bool = False) -> ModuleType:  # importlib's own names
        if getattr(module, "__name__", None) == "shibokensupport.signature.lib":
            for wanted in fromlist:
                full = f"{module.__name__}.{wanted}"
                if full in SIGNATURE_TOOLS and full not in sys.modules and wanted not in vars(module):
                    made = _waiting_to_run(full)
                    if made is not None:
                        sys.modules[full] = made
                        setattr(module, wanted, made)
        return handle_fromlist(module, fromlist, import_, recursive=recursive)

    return _handle_fromlist


@contextlib.contextmanager
def _signature_tools_left_unrun() -> Iterator[None]:
    # The import statement looks _handle_fromlist up in importlib's bootstrap module at every use.
    bootstrap = sys.modules.get("_frozen_importlib")
    handle_fromlist = getattr(bootstrap, "_handle_fromlist", None)
    if handle_fromlist is None:
        yield
        return
    bootstrap._handle_fromlist = _signature_tools_unrun(handle_fromlist)  # type: ignore[union-attr]
    try:
        yield
    finally:
        bootstrap._handle_fromlist = handle_fromlist  # type: ignore[union-attr]


start_enums.install()
# shiboken's signature support: the signature parser's and the .pyi writer's patterns (three large verbose
# ones, some 13 ms before the first paint), which only a signature's text (help(), a wrong argument's error
# message) uses; and the .pyi writer itself, with argparse and gettext, which it imports (SIGNATURE_TOOLS).
with start_code.compiling_kept(), _patterns_on_first_use("shibokensupport."), _signature_tools_left_unrun():
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets

# Loaded by pyqtgraph's import, used by none of what the charts use: each runs when one of its names is read.
ON_FIRST_USE = frozenset({"pydoc", "pyqtgraph.multiprocess", "subprocess", "cProfile", "pyqtgraph.util.cprint",
                          # (pyqtgraph.Qt's, for the application icon of a QApplication pyqtgraph would make)
                          "importlib.resources"})

# Imported by pyqtgraph's __init__, in its order, and used by none of what the charts use (the chart,
# the sensitivity dock, their export): each runs when a name it lacks is first asked for. (The colour maps,
# with their menu: for images and colour bars.)
PYQTGRAPH_UNUSED = tuple(f"pyqtgraph.{name}" for name in (
    "colormap",
    *(f"graphicsItems.{item}" for item in (
        "ArrowItem", "BoxplotItem", "ColorBarItem", "CurvePoint", "DateAxisItem", "ErrorBarItem", "FillBetweenItem",
        "GradientEditorItem", "GradientLegend", "GraphItem", "GridItem", "HistogramLUTItem", "ImageItem",
        "IsocurveItem", "LinearRegionItem", "PColorMeshItem", "ROI", "ScaleBar", "TargetItem", "VTickGroup")),
    "imageview",
    *(f"widgets.{widget}" for widget in (
        "BusyCursor", "CheckTable", "ColorButton", "ColorMapMenu", "ColorMapWidget", "ComboBox", "DataFilterWidget",
        "DataTreeWidget", "DiffTreeWidget", "FeedbackButton", "GradientWidget", "GroupBox", "HistogramLUTWidget",
        "JoystickButton", "LayoutWidget", "ProgressDialog", "RawImageWidget", "RemoteGraphicsView",
        "ScatterPlotWidget", "SpinBox", "TableWidget", "TreeWidget", "ValueLabel", "VerticalLabel"))))
# Of those, imported by pyqtgraph's __init__ by name (`from .widgets.GroupBox import GroupBox`) rather than with
# a star: while it runs, the name is a stand-in (_NOT_RUN), taken out of pyqtgraph's namespace once it has run,
# so that the package gives the real one when first asked for it, as for the names of the star imports.
NAMED_BY_PYQTGRAPH = {"pyqtgraph.widgets.ColorMapMenu": "ColorMapMenu", "pyqtgraph.widgets.GroupBox": "GroupBox",
                      "pyqtgraph.widgets.RemoteGraphicsView": "RemoteGraphicsView"}

# pyqtgraph's module whose GraphicsView gets its viewport made in Python (see the module's comment).
GRAPHICS_VIEW = "pyqtgraph.widgets.GraphicsView"
# pyqtgraph's module whose patterns are compiled when first used (_load_pyqtgraph_functions).
PYQTGRAPH_FUNCTIONS = "pyqtgraph.functions"

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
                               selections: dict[str, int]) -> Callable[[ModuleType], None]:
    """PySide6's hook after an import, except that a module not loaded yet is not asked its name (which
    would load it): it gets its selection, "no feature" (0), by the name its loader noted."""

    def after_import(module: ModuleType) -> None:
        if type(module) is not ModuleType:  # a lazy module's class until it loads
            name = object.__getattribute__(module, "__dict__").get("__name__")
            if name in _OnFirstUse.waiting or name in start_numpy.ON_FIRST_USE or name in start_stdlib.ON_FIRST_USE:
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


# _LoadedWithin stands in for a module's loader: typed as one (ModuleSpec.loader takes it), a plain class at run time.
if TYPE_CHECKING:
    _LoaderPart = Loader
else:
    _LoaderPart = object


class _LoadedWithin(_LoaderPart):
    """A module's own loader, its loading run by `within(load, module)` (a new object: the loader,
    which may serve other modules too, is left as it is)."""

    def __init__(self, loader: Loader, within: Callable[[Callable[[ModuleType], None], ModuleType], None]) -> None:
        self._loader = loader
        self._within = within

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._within(self._loader.exec_module, module)

    def __getattr__(self, name: str) -> Any:  # the rest (get_code, is_package, resources...) is the loader's own
        return getattr(self._loader, name)


def _load_mirror(load: Callable[[ModuleType], None], module: ModuleType) -> None:
    load(module)
    module.__getattr__ = _forwarding(module, MIRRORS[module.__name__])  # type: ignore[method-assign]


def _not_loading_lazy_modules(import_: Callable[..., ModuleType]) -> Callable[..., ModuleType]:
    """The builtin __import__, except that `import platform` of a module made lazily and not loaded yet
    gives the module as it is: the import statement's own check that the module is not half made reads
    its __spec__, and so would load it."""

    def __import__(name: str, globals: Any = None, locals: Any = None, fromlist: Any = (),  # noqa: N807
                   level: int = 0) -> ModuleType:  # (the builtin's own names)
        if level == 0 and not fromlist and "." not in name:
            module = sys.modules.get(name)
            if (module is not None and type(module) is not ModuleType
                    and (name in _OnFirstUse.waiting or name in start_numpy.ON_FIRST_USE
                         or name in start_stdlib.ON_FIRST_USE)):
                return module
        return import_(name, globals, locals, fromlist, level)

    return __import__


def _load_pyqtgraph_qt(load: Callable[[ModuleType], None], module: ModuleType) -> None:
    """pyqtgraph.Qt, which fills its mirrors with what PySide6 has made (see the module's docstring) and
    imports `platform` (made lazily for NumPy, wxdesk.start_numpy) only for pyqtgraph's own QApplication."""
    restores = [_made_names_only(sys.modules[source]) for source in MIRRORS.values()]
    import_ = builtins.__import__
    builtins.__import__ = _not_loading_lazy_modules(import_)
    try:
        load(module)
    finally:
        builtins.__import__ = import_
        for restore in restores:
            restore()


def _load_pyqtgraph_functions(load: Callable[[ModuleType], None], module: ModuleType) -> None:
    """pyqtgraph.functions, its patterns for numbers with SI prefixes (for spin boxes and parameter trees,
    some 4 M instructions to compile) compiled when first used."""
    with _patterns_on_first_use(module.__name__):
        load(module)


def _plain_viewport_first(use_opengl: Callable[..., None]) -> Callable[..., None]:
    """GraphicsView.useOpenGL, except that its first call without OpenGL (the one GraphicsView.__init__
    makes, while the viewport is still QGraphicsView's own plain QWidget) sets a plain QWidget made in
    Python without asking for the old one."""

    @functools.wraps(use_opengl)
    def useOpenGL(self: Any, b: bool = True) -> None:  # noqa: N802 - pyqtgraph's name (self: its GraphicsView)
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


# How many of PYQTGRAPH_UNUSED are running now (one part's code can make another run).
_parts_running = [0]
# Whether pyqtgraph's __init__ is running (NAMED_BY_PYQTGRAPH's names are stand-ins then).
_pyqtgraph_loading = [False]


class _NotRun:
    """The stand-in for a name pyqtgraph's __init__ imports from a part not run yet (see NAMED_BY_PYQTGRAPH)."""

    def __repr__(self) -> str:
        return "<a pyqtgraph part not run yet>"


_NOT_RUN = _NotRun()


def _run_part(module: ModuleType) -> None:
    """Run a module of PYQTGRAPH_UNUSED made with nothing to export, into itself (once)."""
    run = module.__dict__.pop("_wxdesk_run", None)
    if run is not None:
        del module.__dict__["__getattr__"], module.__dict__["__all__"]
        _parts_running[0] += 1
        try:
            run(module)
        finally:
            _parts_running[0] -= 1


def _load_part_on_first_use(load: Callable[[ModuleType], None], module: ModuleType) -> None:
    """Make the module with nothing for a star import to take; its code runs when a name it lacks is first
    asked for, and the name comes from what it made."""
    module.__dict__["_wxdesk_run"] = load
    module.__dict__["__all__"] = []

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook's own name (PEP 562)
        if name.startswith("__"):  # what Python and tools look for on any module: not a reason to run it
            raise AttributeError(f"module {module.__name__!r} has no attribute {name!r}")
        if _pyqtgraph_loading[0] and NAMED_BY_PYQTGRAPH.get(module.__name__) == name:
            return _NOT_RUN
        _run_part(module)
        return getattr(module, name)

    module.__dict__["__getattr__"] = __getattr__


def _names_of_unused_parts(package: ModuleType) -> Callable[[str], object]:
    """pyqtgraph's module __getattr__: a name it lacks, once every part left unrun has run and put in the
    package what its star import would have (without replacing a name the package has)."""

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook's own name (PEP 562)
        # Asked by a part as it runs (`from .. import functions_qimage`, a submodule not imported yet): the
        # package is as pyqtgraph's own import would have it then, without the parts' names. The import
        # machinery then imports the submodule. Running every part from there would run, say, imageview
        # while the ImageItem it imports is still half made, and fail.
        if name.startswith("__") or _parts_running[0]:
            raise AttributeError(f"module {package.__name__!r} has no attribute {name!r}")
        package.__dict__.pop("__getattr__", None)  # once: from now on it has them all
        for part_name in PYQTGRAPH_UNUSED:
            part = sys.modules.get(part_name)
            if part is None:
                continue
            _run_part(part)
            exported = part.__dict__.get("__all__")
            for exported_name in (exported if exported is not None else
                                  [n for n in list(part.__dict__) if not n.startswith("_")]):
                package.__dict__.setdefault(exported_name, getattr(part, exported_name))
        try:
            return package.__dict__[name]
        except KeyError:
            raise AttributeError(f"module {package.__name__!r} has no attribute {name!r}") from None

    return __getattr__


def _load_pyqtgraph(load: Callable[[ModuleType], None], module: ModuleType) -> None:
    _pyqtgraph_loading[0] = True
    try:
        load(module)
    finally:
        _pyqtgraph_loading[0] = False
    for name in [name for name, value in module.__dict__.items() if value is _NOT_RUN]:
        del module.__dict__[name]
    if "__getattr__" not in module.__dict__:
        module.__dict__["__getattr__"] = _names_of_unused_parts(module)


class _LightPyqtgraphMirrors:
    """An import finder that finds nothing itself: it wraps the loading of pyqtgraph, pyqtgraph.Qt and its
    mirrors, pyqtgraph.functions, GraphicsView's module and the parts left unrun, and makes the modules
    ON_FIRST_USE lazily."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if (name not in ("pyqtgraph", "pyqtgraph.Qt", GRAPHICS_VIEW, PYQTGRAPH_FUNCTIONS) and name not in MIRRORS
                and name not in ON_FIRST_USE and name not in PYQTGRAPH_UNUSED):
            return None
        spec = spec_from_other_finders(self, name, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        if name in ON_FIRST_USE:
            spec.loader = _OnFirstUse(spec.loader)
        elif name == GRAPHICS_VIEW:
            spec.loader = _LoadedWithin(spec.loader, _load_graphics_view)
        elif name == "pyqtgraph":
            spec.loader = _LoadedWithin(spec.loader, _load_pyqtgraph)
        elif name == PYQTGRAPH_FUNCTIONS:
            spec.loader = _LoadedWithin(spec.loader, _load_pyqtgraph_functions)
        elif name in PYQTGRAPH_UNUSED:
            spec.loader = _LoadedWithin(spec.loader, _load_part_on_first_use)
        else:
            spec.loader = _LoadedWithin(spec.loader, _load_mirror if name in MIRRORS else _load_pyqtgraph_qt)
        return spec


def _fill_pyqtgraph_mirrors_on_use() -> None:
    # Only with PySide6's lazy classes (a module-level __dir__ that lists them), and before pyqtgraph loads.
    if "pyqtgraph" in sys.modules or not callable(PySide6.QtCore.__dict__.get("__dir__")):
        return
    if not any(isinstance(finder, _LightPyqtgraphMirrors) for finder in sys.meta_path):
        sys.meta_path.insert(0, _LightPyqtgraphMirrors())


_fill_pyqtgraph_mirrors_on_use()
