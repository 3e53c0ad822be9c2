"""Opens at once: what the first frame does not show loads after the first paint, and still works then."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wxdesk.ui import file_actions

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
# Modules the first frame has no use for: recovery and the start page come once the window is up,
# saving and a file's fingerprint with the first save or open, what a data pack changed with a file
# saved under an older pack. (hashlib and secrets: on the very first start, numpy.random draws the
# samples the cache keeps for every start after it, and brings them along; not on later starts.)
# The error dialog comes with the first error, the comparison of scenarios with its dialog or an undo
# entry's name.
AFTER_FIRST_PAINT = ("wxdesk.ui.start_page", "wxdesk.ui.recovery", "wxdesk.ui.saving", "wxdesk.ui.pack_changes",
                     "wxdesk.engine.pack_history", "wxdesk.engine.changelog", "wxdesk.words.pack_moves",
                     "wxdesk.safe_output", "hashlib", "secrets", "wxdesk.ui.error_dialog", "wxdesk.engine.compare")
# Qt classes only a dialog uses (the error dialog's text box): PySide6 makes a class, with its enums,
# the first time it is asked for, so none is made before the first paint.
DIALOG_ONLY_CLASSES = ("QPlainTextEdit",)

# The start as `wxdesk` makes it (wxdesk.cli → wxdesk.ui.app.run_gui), stopped at the first paint.
AT_FIRST_PAINT = textwrap.dedent("""
    import json, os, sys
    from wxdesk.ui import app
    from wxdesk.ui.main_window import MainWindow

    original_init = MainWindow.__init__

    def watched_init(window, *args, **kwargs):
        original_init(window, *args, **kwargs)
        def first_painted():
            from PySide6 import QtWidgets
            print(json.dumps({"modules": sorted(sys.modules), "qt_classes": sorted(vars(QtWidgets)),
                              "plan": window.plan_area.summary.name_label.text()}), flush=True)
            os._exit(0)
        window.first_painted.connect(first_painted)

    MainWindow.__init__ = watched_init
    from wxdesk.cli import main
    main([])
    print(json.dumps({"error": "the window closed without painting"}))
""")


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_the_first_paint_loads_nothing_it_does_not_show(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "WXDESK_LOG_DIR": str(tmp_path / "logs"), "PYTHONPATH": str(ROOT)}
    for _start in ("the first start, which fills the caches", "every start after it"):
        result = subprocess.run([sys.executable, "-c", AT_FIRST_PAINT], env=env, cwd=tmp_path,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert "modules" in seen, seen
    assert seen["plan"], "the first frame shows the plan"
    early = [name for name in AFTER_FIRST_PAINT if _loaded(seen["modules"], name)]
    assert early == [], f"loaded before the first paint: {early}"
    assert [name for name in DIALOG_ONLY_CLASSES if name in seen["qt_classes"]] == []


def test_recovery_and_the_start_page_come_right_after_the_first_paint(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(file_actions, "can_ask_user", lambda: True)  # a desktop, with someone to answer
    from wxdesk.ui import start_page
    from wxdesk.ui.main_window import MainWindow
    events = []
    monkeypatch.setattr(start_page, "startup", lambda window: events.append(("startup", window)))
    window = MainWindow()
    qtbot.addWidget(window)
    window.first_painted.connect(lambda: events.append(("painted", window)))
    QApplication.processEvents()
    assert events == [], "nothing is asked before the window is on screen"
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: len(events) == 2, timeout=10_000)
    assert events == [("painted", window), ("startup", window)]


def test_the_first_save_and_open_work_with_what_loads_for_them(qtbot, monkeypatch, tmp_path):
    from wxdesk.ui.main_window import MainWindow
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.update(audience=123_456)
    path = tmp_path / "saved.json"
    assert window.features.file_actions.save_to(path)
    assert window.document.disk_fingerprint is not None and not window.document.is_modified
    window.document.update(audience=7_000)
    window.document.mark_saved(path)  # as if saved: the file on disk is not what the window shows
    assert window.features.file_actions.open_path(path)
    assert window.document.scenario.audience == 123_456


PYSIDE_HOOK = textwrap.dedent("""
    import json, linecache, sys
    from pathlib import Path
    import wxdesk.ui.app
    import wxdesk.ui.main_window
    import uses_snake_case, uses_qt_names
    read = [name for name in linecache.cache if name.endswith(("main_window.py", "features.py"))]
    print(json.dumps({"read": read, "snake": uses_snake_case.name(), "camel": uses_qt_names.name()}))
""")


def test_pyside_reads_no_module_source_and_features_still_work(tmp_path):
    """PySide6's import hook no longer reads each later module's source; a module that selects
    a PySide6 feature (snake_case names) still gets it, and the others keep Qt's names."""
    # (Each names an object once imported: PySide6 sets a module's selection when its import ends.)
    (tmp_path / "uses_snake_case.py").write_text(
        "from __feature__ import snake_case\n"
        "from PySide6.QtCore import QObject\n"
        "def name():\n"
        "    named = QObject()\n"
        "    named.set_object_name('snake')\n"
        "    return named.object_name()\n", encoding="utf-8")
    (tmp_path / "uses_qt_names.py").write_text(
        "from PySide6.QtCore import QObject\n"
        "def name():\n"
        "    named = QObject()\n"
        "    named.setObjectName('camel')\n"
        "    return named.objectName()\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join((str(ROOT), str(tmp_path)))}
    result = subprocess.run([sys.executable, "-c", PYSIDE_HOOK], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"read": [], "snake": "snake", "camel": "camel"}


PYQTGRAPH_MIRRORS = textwrap.dedent("""
    import json, sys
    import wxdesk.ui.app
    import PySide6.QtWidgets as qt_widgets
    import pyqtgraph
    from pyqtgraph.Qt import QtCore, QtGui, QtWidgets
    made_by_import = "QStyle" in qt_widgets.__dict__  # pyqtgraph draws nothing: it needs no style yet
    listed_after = len(dir(qt_widgets))
    from pyqtgraph.Qt.QtWidgets import QStyle
    app = wxdesk.ui.app.get_qapp()
    print(json.dumps({
        "made_by_import": made_by_import,
        "listed_after": listed_after,
        "same_classes": QStyle is qt_widgets.QStyle and QtGui.QPainter is sys.modules["PySide6.QtGui"].QPainter
                        and QtCore.QPointF is sys.modules["PySide6.QtCore"].QPointF,
        "kept": "QStyle" in vars(QtWidgets),
        "missing": not hasattr(QtWidgets, "NoSuchWidget") and not hasattr(QtWidgets, "__no_such__"),
        "plot": type(pyqtgraph.PlotWidget()).__name__,
    }))
""")


def test_pyqtgraph_makes_only_the_qt_classes_it_uses_and_gets_the_same_ones(tmp_path):
    """pyqtgraph's copies of PySide6's modules take each class from PySide6 when first used: the same
    class objects, without making all of Qt's classes when pyqtgraph loads; PySide6 lists them all after."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "WXDESK_LOG_DIR": str(tmp_path / "logs")}
    result = subprocess.run([sys.executable, "-c", PYQTGRAPH_MIRRORS], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["made_by_import"] is False
    assert seen["listed_after"] > 200  # QtWidgets' classes, all listed again
    assert seen["same_classes"] and seen["kept"] and seen["missing"]
    assert seen["plot"] == "PlotWidget"


PYQTGRAPH_UNUSED_PARTS = textwrap.dedent("""
    import json, sys
    import wxdesk.ui.app
    from wxdesk.ui import pyside_setup
    from wxdesk.ui.chart import ComparisonChart
    from wxdesk.engine import load_datapack

    def ran(name):
        module = sys.modules.get(name)
        return module is not None and "_wxdesk_run" not in vars(module)

    app = wxdesk.ui.app.get_qapp()
    chart = ComparisonChart(load_datapack())
    import pyqtgraph
    seen = {"unused_run": [name for name in pyside_setup.PYQTGRAPH_UNUSED if ran(name)],
            "parameter_trees": "pyqtgraph.parametertree" in sys.modules,
            # imported by name by pyqtgraph's __init__: no stand-in left in its namespace
            "stand_ins": [name for name in ("ColorMapMenu", "GroupBox", "RemoteGraphicsView", "ColorMap")
                          if name in vars(pyqtgraph)]}
    from pyqtgraph.graphicsItems.ROI import ROI  # a name asked for: its module runs
    seen["roi_runs"] = ran("pyqtgraph.graphicsItems.ROI") and ROI.__name__ == "ROI"
    seen["image_item"] = pyqtgraph.ImageItem.__name__  # and pyqtgraph has what its star imports gave it
    seen["all_run"] = [name for name in pyside_setup.PYQTGRAPH_UNUSED if not ran(name)]
    seen["named"] = [pyqtgraph.ColorMapMenu.__module__, pyqtgraph.GroupBox.__module__,
                     pyqtgraph.RemoteGraphicsView.__module__, pyqtgraph.ColorMap.__module__,
                     pyqtgraph.colormap.get("viridis").name]
    seen["missing"] = not hasattr(pyqtgraph, "NoSuchItem")
    namespace = {}
    exec("from pyqtgraph import *", namespace)
    seen["star"] = all(name in namespace for name in ("ROI", "ColorBarItem", "TableWidget", "PlotWidget", "mkPen",
                                                      "GroupBox", "ColorMap"))
    print(json.dumps(seen))
""")


def test_pyqtgraph_parts_the_charts_never_use_run_only_when_asked_for(tmp_path):
    """pyqtgraph's import runs none of the items and widgets the charts never make (images, regions,
    parameter trees...); asked for by name, each runs then, and pyqtgraph has every name it had."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "WXDESK_LOG_DIR": str(tmp_path / "logs")}
    result = subprocess.run([sys.executable, "-c", PYQTGRAPH_UNUSED_PARTS], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"unused_run": [], "parameter_trees": False, "stand_ins": [], "roi_runs": True,
                    "image_item": "ImageItem", "all_run": [], "missing": True, "star": True,
                    "named": ["pyqtgraph.widgets.ColorMapMenu", "pyqtgraph.widgets.GroupBox",
                              "pyqtgraph.widgets.RemoteGraphicsView", "pyqtgraph.colormap", "viridis"]}
