"""A start paints the answer kept from the last start before NumPy loads, then shows the engine's own.

The kept answer must look exactly like the engine's: the same pixels in the window, the same
texts, and nothing on screen changes when the engine's answer takes its place.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from wxdesk.engine import Scenario, answer_cache
from wxdesk.engine.evaluator import evaluate

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1440, 900)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(answer_cache, "cache_folder", lambda: tmp_path / "cache")
    return tmp_path / "cache" / answer_cache.CACHE_NAME


def _window(qtbot):
    """A window as it paints its first frame: the engine is asked again only after that paint, at the
    event loop's next turn (MainWindow.build_chart), and no event is handled here."""
    from wxdesk.ui.main_window import MainWindow
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*SIZE)
    return window


def test_a_window_from_the_kept_answer_paints_as_one_from_the_engine(qtbot, cache):
    engine_window = _window(qtbot)
    assert not engine_window.document._unconfirmed
    engine_window.document.keep_start_answer()
    assert cache.is_file()
    engine_frame = engine_window.grab().toImage()
    # A frame with the answer in it, not an empty one (two empty frames would be alike too).
    step = 23
    assert len({engine_frame.pixel(x, y) for x in range(0, engine_frame.width(), step)
                for y in range(0, engine_frame.height(), step)}) > 20

    kept_window = _window(qtbot)
    assert kept_window.document._unconfirmed, "the second window starts from the kept answer"
    assert kept_window.grab().toImage() == engine_frame
    assert kept_window.document._unconfirmed

    changes = []
    kept_window.document.changed.connect(changes.append)
    kept_window.build_chart()
    # The chart draws the answer shown; the engine is asked right after, at the event loop's next turn.
    assert kept_window.document._unconfirmed
    qtbot.waitUntil(lambda: not kept_window.document._unconfirmed)
    assert changes == [], "the engine's answer is the kept one: nothing to show again"
    assert kept_window.document.evaluation == engine_window.document.evaluation
    engine_window.build_chart()
    QApplication.processEvents()
    assert kept_window.grab().toImage() == engine_window.grab().toImage()


def test_the_chart_paints_the_kept_answer_before_the_engine_is_asked_again(qtbot, cache, monkeypatch):
    _window(qtbot).document.keep_start_answer()
    window = _window(qtbot)
    assert window.document._unconfirmed
    order: list[str] = []
    confirm = window.document.confirm_kept_answer
    monkeypatch.setattr(window.document, "confirm_kept_answer", lambda: (order.append("engine"), confirm()))

    class Recorder(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                order.append("chart painted")
            return False

    recorder = Recorder()
    # Before the chart's first paint: the chart is shown as it is built, and paints at the loop's next turn.
    window.chart_built.connect(lambda: window.built_chart.plot_widget.viewport().installEventFilter(recorder))
    window.show()
    qtbot.waitUntil(lambda: "engine" in order)
    assert order[:2] == ["chart painted", "engine"]
    assert not window.document._unconfirmed


def test_a_kept_answer_that_differs_gives_way_to_the_engines(qtbot, cache, pack, monkeypatch):
    # An answer under the right key whose figures are another scenario's (as no start would keep).
    wrong = dataclasses.replace(evaluate(Scenario().with_changes(audience=5), pack), scenario=Scenario())
    monkeypatch.setattr(answer_cache, "recall", lambda scenario, pack, today=None: wrong)
    window = _window(qtbot)
    assert window.document.evaluation is wrong
    shown_wrong = window.plan_area.summary.cost_label.text()
    with qtbot.waitSignal(window.document.changed, timeout=10_000):
        window.build_chart()
    right = evaluate(Scenario(), pack)
    assert window.document.evaluation == right
    monkeypatch.undo()
    monkeypatch.setattr(answer_cache, "cache_folder", lambda: cache.parent)
    fresh = _window(qtbot)
    assert not fresh.document._unconfirmed
    assert window.plan_area.summary.cost_label.text() == fresh.plan_area.summary.cost_label.text() != shown_wrong
    # And the engine's answer is what the next start finds.
    window.document.keep_start_answer()
    assert answer_cache.recall(Scenario(), pack) == right


# The start as `wxdesk` makes it. The first start runs until the start's answer is kept; the second
# stops once the chart is built, saying what was loaded and shown at its first paint and after.
START = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtWidgets import QLabel
    from wxdesk.ui import app
    from wxdesk.ui.main_window import MainWindow

    def texts(window):
        return sorted(label.text() for label in window.findChildren(QLabel) if label.isVisible())

    if sys.argv[1] == "first":
        started = app._started
        def started_then_stop(window):
            started(window)
            os._exit(0)
        app._started = started_then_stop
    else:
        original_init = MainWindow.__init__
        def watched_init(window, *args, **kwargs):
            original_init(window, *args, **kwargs)
            seen = {}
            def first_painted():
                seen["modules"] = sorted(sys.modules)
                seen["painted"] = texts(window)
            def chart_built():
                seen["after"] = texts(window)
                seen["numpy_after"] = "numpy" in sys.modules
                print(json.dumps(seen), flush=True)
                os._exit(0)
            window.first_painted.connect(first_painted)
            window.chart_built.connect(chart_built)
        MainWindow.__init__ = watched_init
    from wxdesk.cli import main
    sys.argv = sys.argv[:1]
    main([])
    print(json.dumps({"error": "the window closed"}))
""")


def test_a_second_start_paints_its_first_frame_without_numpy(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "WXDESK_LOG_DIR": str(tmp_path / "logs"), "PYTHONPATH": str(ROOT)}
    first = subprocess.run([sys.executable, "-c", START, "first"], env=env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "cache" / "wxdesk" / answer_cache.CACHE_NAME).is_file()
    second = subprocess.run([sys.executable, "-c", START, "second"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    seen = json.loads(second.stdout.strip().splitlines()[-1])
    assert "modules" in seen, seen
    loaded = [name for name in ("numpy", "wxdesk.engine.evaluator", "wxdesk.engine.costs") if name in seen["modules"]]
    assert loaded == [], f"loaded before the first paint: {loaded}"
    assert seen["numpy_after"], "the engine answered again once the window was on screen"
    assert any("The plan:" in text for text in seen["painted"])
    # The texts of the first frame stay as they were once the engine has answered (the chart's are new).
    assert [text for text in seen["painted"] if text not in seen["after"]] == []
