"""The start is logged once the answer and its chart are on screen: opening the log file waits for them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# The window as `wxdesk` starts it, closed once the start is logged; what happened, in order.
START = textwrap.dedent("""
    import json, logging, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from wxdesk.ui import app
    from wxdesk.ui.main_window import MainWindow

    events = []
    windows = []

    class Started(logging.Handler):
        def emit(self, record):
            if record.getMessage().endswith(" started"):
                events.append("start logged")
                QTimer.singleShot(0, windows[0].close)

    class ChartPaints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "chart painted" not in events:
                events.append("chart painted")
            return False

    paints = ChartPaints()
    original_init = MainWindow.__init__

    def watched_init(window, *args, **kwargs):
        original_init(window, *args, **kwargs)
        windows.append(window)
        window.first_painted.connect(lambda: events.append("window painted"))
        window.chart_built.connect(lambda: events.append("chart built"))
        window.chart_built.connect(lambda: window.chart.plot_widget.viewport().installEventFilter(paints))
        QTimer.singleShot(30_000, window.close)  # whatever happens, the test ends

    MainWindow.__init__ = watched_init
    logging.getLogger("wxdesk").addHandler(Started())
    status = app.run_gui()
    print(json.dumps({"status": status, "events": events}))
""")


def test_the_start_is_logged_after_the_chart_has_painted(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "WXDESK_LOG_DIR": str(tmp_path / "logs")}
    result = subprocess.run([sys.executable, "-c", START], env=env, cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"status": 0, "events": ["window painted", "chart built", "chart painted", "start logged"]}
    assert " INFO wxdesk.ui.app: wxdesk " in (tmp_path / "logs" / "wxdesk.log").read_text(encoding="utf-8")
