"""The chart's curve-update loop survives the pinned PySide6/pyqtgraph pair.

PySide6 6.12.0 with pyqtgraph 0.14.0 dies with "Fatal Python error: none_dealloc"
when a curve updates. A hard crash would take pytest down with it, so the loop runs
in a child process and the test asserts that the child exits cleanly: a dependency
bump that brings the crash back fails here instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
UPDATES = 400

LOOP = textwrap.dedent(f"""
    import gc, sys
    import PySide6
    from PySide6.QtWidgets import QApplication
    import pyqtgraph
    from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset, preset_ids
    from wxdesk.ui.app import get_qapp
    from wxdesk.ui.chart import ComparisonChart

    app = get_qapp()
    pack = load_datapack()
    scenarios = [load_preset(p) for p in preset_ids()]
    scenarios += [Scenario().with_changes(audience=a, horizon_years=h)
                  for a, h in ((100, 1), (5e4, 3), (2e6, 10), (1e8, 5))]
    evaluations = [evaluate(s, pack) for s in scenarios]
    chart = ComparisonChart(pack)
    chart.resize(900, 400)
    chart.show()
    seen = set()
    for i in range({UPDATES}):
        chart.show_evaluation(evaluations[i % len(evaluations)])
        chart.repaint()
        app.processEvents()
        seen.add(chart.snapshot())
        if i % 50 == 0:
            gc.collect()
    chart.close()
    del chart
    gc.collect()
    print("updates", {UPDATES}, "distinct", len(seen), "PySide6", PySide6.__version__,
          "pyqtgraph", pyqtgraph.__version__)
""")


def test_curve_update_loop_exits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WXDESK_LOG_DIR": str(tmp_path / "logs"),
           "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run([sys.executable, "-c", LOOP], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=240)
    report = f"exit status {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    assert done.returncode == 0, report
    assert "Fatal Python error" not in done.stderr, report
    words = done.stdout.split()
    assert words[:2] == ["updates", str(UPDATES)], report
    # The loop really changed the curves (every scenario draws differently), not the same data 400 times.
    assert int(words[3]) >= 10, report


def test_the_pinned_pair_is_the_one_installed():
    """The versions this process runs with are the ones pyproject.toml pins (and the loop above proved)."""
    import PySide6
    import pyqtgraph
    pins = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"PySide6-Essentials=={PySide6.__version__}"' in pins
    assert f'"pyqtgraph=={pyqtgraph.__version__}"' in pins
