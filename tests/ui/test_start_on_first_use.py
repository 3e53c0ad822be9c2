"""What the start leaves for first use: shiboken's signature patterns, `platform`, the TOML parser, the
dialogs' Qt classes. Each is left unmade at the first paint, and works as before once it is used."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# Qt classes only a dialog uses (PySide6 makes each, with its enums, when it is first asked for).
DIALOG_CLASSES = {"QtWidgets": ("QFileDialog", "QMessageBox", "QDialogButtonBox", "QTextBrowser"),
                  "QtCore": ("QStandardPaths", "QUrl"), "QtGui": ("QImage",)}

# The start as `wxdesk` makes it, stopped at the first paint: what is loaded then, and what the
# deferred parts give once used.
# The window's class is watched as its module loads, so that nothing loads before `main` would load it.
AT_FIRST_PAINT = textwrap.dedent("""
    import importlib.util, json, os, sys
    from types import ModuleType

    def watch(window_class):
        original_init = window_class.__init__

        def watched_init(window, *args, **kwargs):
            original_init(window, *args, **kwargs)
            window.first_painted.connect(lambda: first_painted(window))
        window_class.__init__ = watched_init

    class WhenTheWindowLoads:
        def find_spec(self, name, path=None, target=None):
            if name != "wxdesk.ui.main_window":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            load = spec.loader.exec_module

            def load_and_watch(module):
                load(module)
                watch(module.MainWindow)
            spec.loader.exec_module = load_and_watch
            return spec

    sys.meta_path.insert(0, WhenTheWindowLoads())

    def first_painted(window):
        import PySide6
        from wxdesk.ui import file_actions
        made = {name: sorted(vars(getattr(PySide6, name))) for name in ("QtCore", "QtGui", "QtWidgets")}
        platform = sys.modules.get("platform")
        seen = {"made": made, "tomllib": "tomllib" in sys.modules, "numpy": "numpy" in sys.modules,
                "platform_loaded": platform is not None and type(platform) is ModuleType,
                "plan": window.plan_area.summary.name_label.text(),
                "loaded_early": sorted(name for name in ("numpy.linalg", "numpy._typing", "ctypes",
                                                         "numpy._core._internal")
                                       if type(sys.modules.get(name)) is ModuleType)}
        import platform as later  # what a later use finds: the whole module
        seen["platform"] = [later.system(), later.machine(), later.python_version()]
        seen["message_box"] = file_actions.QMessageBox is PySide6.QtWidgets.QMessageBox
        seen["documents"] = str(file_actions.documents_folder())
        print(json.dumps(seen), flush=True)
        os._exit(0)

    from wxdesk.cli import main
    main([])
    print(json.dumps({"error": "the window closed without painting"}))
""")


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory):
    home = tmp_path_factory.mktemp("first-paint")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
           "WXDESK_LOG_DIR": str(home / "logs"), "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    env.pop("LANGUAGE", None)
    result = None
    for _start in ("the first start, which fills the caches", "every start after it"):
        result = subprocess.run([sys.executable, "-c", AT_FIRST_PAINT], env=env, cwd=home,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
    assert result is not None
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert "made" in seen, seen
    return seen


def test_the_dialogs_classes_are_not_made_before_the_first_paint(first_paint):
    assert first_paint["plan"], "the first frame shows the plan"
    made = {(module, name) for module, names in DIALOG_CLASSES.items() for name in names
            if name in first_paint["made"][module]}
    assert made == set()


def test_the_scroll_fades_gradient_class_is_made_when_a_fade_first_paints(first_paint):
    """(Its paint comes after the first paint begins, where the probe looks; test_scroll_fade paints one.)"""
    assert first_paint["plan"], "the first frame shows the plan"
    assert "QLinearGradient" not in first_paint["made"]["QtGui"]
    assert "QGradient" not in first_paint["made"]["QtGui"]


def test_platform_and_the_toml_parser_wait_for_their_first_use(first_paint):
    assert first_paint["numpy"], "NumPy, which imports platform, is loaded"
    assert not first_paint["platform_loaded"]
    assert not first_paint["tomllib"]
    import platform
    assert first_paint["platform"] == [platform.system(), platform.machine(), platform.python_version()]


def test_numpy_s_linear_algebra_and_ctypes_wait_for_their_first_use(first_paint):
    assert first_paint["plan"] and first_paint["numpy"]
    assert first_paint["loaded_early"] == []


def test_a_dialog_class_is_there_when_asked_for(first_paint):
    assert first_paint["message_box"]
    assert first_paint["documents"]


# In a fresh interpreter: PySide6 loaded as the window loads it, then shiboken's signature text put to use.
SIGNATURES = textwrap.dedent("""
    import json, re, sys
    compile_before = re.compile
    from wxdesk.ui import pyside_setup
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    tools = ("shibokensupport.signature.lib.pyi_generator", "shibokensupport.signature.lib.enum_sig")
    unrun = [name for name in tools if "__getattr__" in vars(sys.modules[name])]
    argparse_loaded = "argparse" in sys.modules
    parser = sys.modules["shibokensupport.signature.parser"]
    lazy = type(parser.arglistParser._finditer.__self__).__name__
    formatter = sys.modules["shibokensupport.signature.lib.pyi_generator"].Formatter  # runs the .pyi writer
    try:
        QWidget().resize("wide")
        message = None
    except TypeError as exc:
        message = str(exc)
    print(json.dumps({
        "restored": re.compile is compile_before,
        "lazy": lazy,
        "unrun": unrun,
        "argparse_loaded": argparse_loaded,
        "run_after": [name for name in tools if "__getattr__" not in vars(sys.modules[name])],
        "split": formatter.split("a, (b, c), d"),
        "optional": formatter.opt_uni_searcher.sub("X", "typing.Optional[int] and typing.Union[a, b]"),
        "pattern": formatter.brace_searcher.pattern,
        "optional_pattern": [formatter.opt_uni_searcher.pattern, formatter.opt_uni_searcher.flags],
        "message": message,
    }))
""")


def test_shibokens_signature_patterns_compile_when_first_used():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", SIGNATURES], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["restored"], "re.compile is the module's own again once PySide6 has loaded"
    assert seen["lazy"] == "_PatternOnFirstUse"
    # shiboken's .pyi writer (with argparse) is made, not run, until a name of it is asked for.
    assert len(seen["unrun"]) == 2 and not seen["argparse_loaded"]
    assert seen["run_after"] == seen["unrun"]
    # What the patterns the signature support compiled itself would give.
    searcher = re.compile(seen["pattern"], flags=re.VERBOSE)
    assert seen["split"] == searcher.split("a, (b, c), d")
    optional_pattern, optional_flags = seen["optional_pattern"]
    assert seen["optional"] == re.compile(optional_pattern, optional_flags).sub(
        "X", "typing.Optional[int] and typing.Union[a, b]")
    # A wrong argument's message is written by the signature parser, through its patterns.
    assert seen["message"] and "Supported signatures" in seen["message"] and "resize(w: int, h: int" in seen["message"]


# In a fresh interpreter: PySide6 loaded as the window loads it (or as it loads by itself), then the .pyi file
# shiboken's writer makes for QtCore, as PySide6's stub generator has it make one.
PYI = textwrap.dedent("""
    import hashlib, json, sys, tempfile, types
    from pathlib import Path
    if sys.argv[1] == "window":
        from wxdesk.ui import pyside_setup
    import PySide6.QtWidgets
    from PySide6.support.signature.lib import pyi_generator
    import shibokensupport.signature.lib.enum_sig as enum_sig
    folder = tempfile.mkdtemp()
    options = types.SimpleNamespace(_pyside_call=True, is_ci=False, quiet=True, check=False, sys_path=[], feature=[])
    pyi_generator.generate_pyi("PySide6.QtCore", folder, options)
    written = (Path(folder) / "QtCore.pyi").read_bytes()
    print(json.dumps({"pyi": hashlib.sha256(written).hexdigest(), "size": len(written),
                      "modules": [[m.__name__, m.__file__, m.__package__, type(m.__loader__).__name__,
                                   m.__spec__.name, sorted(vars(m))] for m in (pyi_generator, enum_sig)]}))
""")


def test_shibokens_pyi_writer_run_on_first_use_writes_what_it_writes_as_ever(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    seen = {}
    for start in ("window", "plain"):
        result = subprocess.run([sys.executable, "-c", PYI, start], env=env, cwd=tmp_path, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        seen[start] = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["window"]["size"] > 100_000
    assert seen["window"] == seen["plain"]


def test_a_pattern_made_on_first_use_is_the_one_re_compile_makes():
    from wxdesk.ui.pyside_setup import _PatternOnFirstUse
    compiled = []

    def counting(pattern, flags):
        compiled.append(pattern)
        return re.compile(pattern, flags)

    lazy = _PatternOnFirstUse(counting, r"(\d+)-(\w+)", re.ASCII)
    split = lazy.split  # taken before first use, as shiboken's .pyi writer does
    assert compiled == []
    assert split("1-a 22-b") == re.compile(r"(\d+)-(\w+)", re.ASCII).split("1-a 22-b")
    assert lazy.flags == re.compile(r"(\d+)-(\w+)", re.ASCII).flags and lazy.groups == 2
    assert [m.groups() for m in lazy.finditer("1-a 22-b")] == [("1", "a"), ("22", "b")]
    assert lazy.sub(r"\2", "1-a") == "a" and lazy.fullmatch("7-x") and not lazy.match("x")
    assert compiled == [r"(\d+)-(\w+)"], "compiled once"
    with pytest.raises(AttributeError):
        lazy.__wrapped__  # noqa: B018 - what tools look for on any object is not a use


# In a fresh interpreter: the window's start up to pyqtgraph loaded as the chart loads it, then what it left
# for first use put to use.
PYQTGRAPH_ON_FIRST_USE = textwrap.dedent("""
    import json, re, sys, types
    from wxdesk import start_numpy
    start_numpy.skip_docstrings()
    import numpy  # imports platform, made lazily
    from wxdesk.ui import pyside_setup
    from wxdesk.ui.plotting import pg
    import pyqtgraph.functions as fn

    def loaded(name):
        return type(sys.modules.get(name)) is types.ModuleType

    seen = {"platform": loaded("platform"), "resources": loaded("importlib.resources"),
            "pattern": type(fn.FLOAT_REGEX_PERIOD).__name__, "compile_restored": re.compile.__module__}
    import platform
    seen["system"] = platform.system()
    seen["si"] = [fn.siEval("1.5 kV", suffix="V"), fn.siEval("-3 mV", suffix="V"), fn.siParse("12 ms", fn.INT_REGEX)]
    seen["locale"] = fn.float_regex_for_locale(pg.QtCore.QLocale("de_DE")).match("1,5 kV").group("number")
    import importlib.resources
    seen["files"] = importlib.resources.files("pyqtgraph.icons").name
    print(json.dumps(seen))
""")


def test_pyqtgraph_loads_without_platform_resources_or_its_number_patterns_until_used():
    import platform
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PYQTGRAPH_ON_FIRST_USE], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["platform"] is False and seen["resources"] is False
    assert seen["pattern"] == "_PatternOnFirstUse" and seen["compile_restored"] == "re"
    assert seen["system"] == platform.system()
    assert seen["si"] == [1500.0, -0.003, ["12", "m", "s"]]
    assert seen["locale"] == "1,5"
    assert seen["files"] == "icons"
