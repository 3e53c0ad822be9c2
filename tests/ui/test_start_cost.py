"""What the start spares: Qt classes the window never uses, and garbage collections until the chart is drawn."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from PySide6.QtWidgets import QWidget

from wxdesk import start_gc

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# The window as `wxdesk` starts it (wxdesk.cli.main), watched at its first paint and once its start is
# logged (after the chart has painted), then closed.
START = textwrap.dedent("""
    import gc, json, logging, sys
    from PySide6 import QtWidgets
    from PySide6.QtCore import QTimer
    from wxdesk.ui.main_window import MainWindow

    seen = {}
    windows = []

    def state():
        # PySide6 makes a class the first time it is asked for: one made is in its module's namespace.
        import dataclasses
        from wxdesk import start_code
        from wxdesk.ui.idle_collection import IdleCollection
        return {"collector_on": gc.isenabled(), "frozen": gc.get_freeze_count() > 0,
                "walks_from_the_loop": bool(windows) and windows[0].findChild(IdleCollection) is not None,
                "dataclass_code_kept": vars(dataclasses).get("exec") is start_code._exec,
                "unused_classes_made": [name for name in ("QWizard", "QMdiArea", "QCalendarWidget", "QLCDNumber")
                                        if name in vars(QtWidgets)]}

    class Started(logging.Handler):
        def emit(self, record):
            if record.getMessage().endswith(" started"):
                seen["started"] = state()
                QTimer.singleShot(0, windows[0].close)

    original_init = MainWindow.__init__

    def watched_init(window, *args, **kwargs):
        original_init(window, *args, **kwargs)
        windows.append(window)
        window.first_painted.connect(lambda: seen.setdefault("first paint", state()))
        QTimer.singleShot(30_000, window.close)  # whatever happens, the test ends

    MainWindow.__init__ = watched_init
    logging.getLogger("wxdesk").addHandler(Started())
    from wxdesk.cli import main
    status = main([])
    seen["closed"] = {"collector_on": gc.isenabled()}
    print(json.dumps({"status": status, **seen}))
""")


@pytest.fixture(scope="module")
def start(tmp_path_factory):
    home = tmp_path_factory.mktemp("start")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CACHE_HOME": str(home / "cache"), "WXDESK_LOG_DIR": str(home / "logs")}
    result = subprocess.run([sys.executable, "-c", START], env=env, cwd=home, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_start_compiles_the_dataclasses_code_once(start):
    # See tests/test_start_code.py for what keeping it does.
    assert start["first paint"]["dataclass_code_kept"] and start["started"]["dataclass_code_kept"]


def test_the_first_paint_and_the_chart_make_no_qt_class_the_window_does_not_use(start):
    # Handed a widget made by C++ (a scroll area's own viewport, the chart's), or every object under a
    # widget by a recursive findChildren, PySide6 makes every subclass of QWidget it has to find its type.
    assert start["first paint"]["unused_classes_made"] == []
    assert start["started"]["unused_classes_made"] == []


def test_the_collector_waits_for_the_chart_then_walks_from_the_loop_and_leaves_out_what_the_start_made(start):
    assert start["status"] == 0
    assert start["first paint"]["collector_on"] is False
    assert start["first paint"]["walks_from_the_loop"] is False
    # Once the chart is drawn: the collector again, at turns of the event loop only (wxdesk.ui.idle_collection).
    assert start["started"] == {**start["started"], "collector_on": False, "walks_from_the_loop": True, "frozen": True}
    assert start["closed"]["collector_on"] is True


def test_the_collector_is_resumed_only_where_the_start_paused_it():
    assert gc.isenabled()
    start_gc.resume()  # nothing paused: nothing to do
    assert gc.isenabled() and not start_gc.is_paused()
    frozen = gc.get_freeze_count()
    start_gc.pause()
    assert not gc.isenabled() and start_gc.is_paused()
    start_gc.resume(freeze=False)  # a start that never showed its window: nothing is frozen
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    gc.disable()  # turned off by someone else: the start leaves it so
    try:
        start_gc.pause()
        start_gc.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_scroll_areas_viewports_are_as_qt_makes_them(qtbot, shown_window):
    from PySide6.QtWidgets import QScrollArea

    window = shown_window
    reference = QScrollArea()
    qtbot.addWidget(reference)
    expected = reference.viewport()
    for name in ("controlsScroll", "accountsScroll"):
        area = window.findChild(QScrollArea, name)
        viewport = area.viewport()
        assert viewport.objectName() == expected.objectName()
        assert viewport.backgroundRole() == expected.backgroundRole()
        assert viewport.autoFillBackground() == expected.autoFillBackground()
        assert viewport.focusProxy() is area
        assert area.widget().parentWidget() is viewport


def test_a_scroll_area_with_the_desks_viewport_paints_as_one_with_qts(qtbot):
    from PySide6.QtWidgets import QLabel, QScrollArea

    from wxdesk.ui.main_window import _scroll_area
    images = []
    for area in (QScrollArea(), _scroll_area("area")):
        qtbot.addWidget(area)
        area.setWidget(QLabel("A label taller than the area\n" * 8))
        area.setWidgetResizable(True)
        area.resize(240, 120)
        area.show()
        qtbot.waitExposed(area)
        images.append(area.grab().toImage())
    assert images[0] == images[1]


# The same start with a chart that fails to build: the error is shown, and the collector runs again (from the loop).
FAILING_CHART = textwrap.dedent("""
    import gc, json
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from wxdesk.ui import app
    from wxdesk.ui.main_window import MainWindow

    app.GC_RESUME_FALLBACK_MS = 100
    seen = {}
    window_made = []

    def failing_build(window):
        raise RuntimeError("no chart today")

    def look():
        from wxdesk.ui.idle_collection import IdleCollection
        seen["walks_from_the_loop"] = window_made[0].findChild(IdleCollection) is not None
        seen["frozen"] = gc.get_freeze_count() > 0
        QApplication.closeAllWindows()

    original_init = MainWindow.__init__

    def watched_init(window, *args, **kwargs):
        original_init(window, *args, **kwargs)
        window_made.append(window)
        window.first_painted.connect(lambda: QTimer.singleShot(2000, look))
        QTimer.singleShot(30_000, QApplication.closeAllWindows)  # whatever happens, the test ends

    MainWindow.__init__ = watched_init
    MainWindow.build_chart = failing_build
    from wxdesk.cli import main
    seen["status"] = main([])
    seen["collector_on_after"] = gc.isenabled()
    print(json.dumps(seen))
""")


def test_the_collector_runs_again_when_the_chart_fails_to_build(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "WXDESK_LOG_DIR": str(tmp_path / "logs")}
    result = subprocess.run([sys.executable, "-c", FAILING_CHART], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"walks_from_the_loop": True, "frozen": True, "status": 0, "collector_on_after": True}


def test_the_charts_viewport_is_the_one_pyqtgraph_would_set(qtbot):
    import inspect

    from PySide6.QtCore import Qt

    from wxdesk.ui import pyside_setup  # before pyqtgraph, as the window loads it
    import pyqtgraph as pg
    from pyqtgraph.widgets.GraphicsView import GraphicsView

    installed = GraphicsView.useOpenGL
    own = inspect.unwrap(installed)  # pyqtgraph's own
    views = []
    try:
        for use_opengl in (pyside_setup._plain_viewport_first(own), own):
            GraphicsView.useOpenGL = use_opengl
            views.append(pg.GraphicsLayoutWidget())
    finally:
        GraphicsView.useOpenGL = installed
    for view in views:
        qtbot.addWidget(view)
        view.addPlot().plot([1.0, 3.0, 2.0])
        view.resize(320, 240)
        view.show()
        qtbot.waitExposed(view)
    ours, theirs = (view.viewport() for view in views)
    assert type(ours) is type(theirs) is QWidget
    for read in (QWidget.backgroundRole, QWidget.autoFillBackground, QWidget.focusPolicy, QWidget.hasMouseTracking,
                 QWidget.contextMenuPolicy):
        assert read(ours) == read(theirs)
    assert [a for a in Qt.WidgetAttribute if ours.testAttribute(a)] == \
        [a for a in Qt.WidgetAttribute if theirs.testAttribute(a)]
    assert views[0].grab().toImage() == views[1].grab().toImage()
    views[0].useOpenGL(False)  # a later call is pyqtgraph's own: the viewport stays
    assert views[0].viewport() is ours
