"""The chart loads only what it uses: pyqtgraph's unused parts wait for first use, and still work then."""

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

# After the chart is built: were pydoc, pyqtgraph.multiprocess and subprocess run, and do they work when used?
FIRST_USE = textwrap.dedent("""
    import io, json, sys
    from wxdesk.engine import evaluate, load_datapack, load_preset
    from wxdesk.ui.app import get_qapp
    from wxdesk.ui.chart import ComparisonChart

    def ran(name):  # a module's body has run once its own names are in it (read past a lazy module's lookup)
        module = sys.modules.get(name)
        return module is not None and len(object.__getattribute__(module, "__dict__")) > 12

    app = get_qapp()
    pack = load_datapack()
    chart = ComparisonChart(pack)
    chart.show_evaluation(evaluate(load_preset("car_brand"), pack))
    chart.show()
    chart.grab()
    app.processEvents()
    later = ("pydoc", "pyqtgraph.multiprocess", "subprocess", "cProfile", "pyqtgraph.util.cprint", "colorama")
    before = {name: ran(name) for name in later}
    import subprocess
    child = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, text=True).stdout.strip()
    import pydoc
    import pyqtgraph.multiprocess as mp
    from pyqtgraph.parametertree import interactive
    # pyqtgraph's profiler and coloured console output (its debug module imports both)
    from pyqtgraph import debug
    out = io.StringIO()
    debug.cprint.cprint(out, "r", "in red")
    profile = debug.cProfile.Profile()
    profile.runcall(sum, [1, 2, 3])
    print(json.dumps({
        "before": before,
        "splitdoc": pydoc.splitdoc("Synopsis.\\n\\nThe rest."),
        "process_class": mp.QtProcess.__name__,
        "printed": out.getvalue(), "profiled": bool(profile.getstats()),
        "after": {name: ran(name) for name in later},
        "child": child,
        "interactive": callable(interactive.interact),
        "menus": [plot.getViewBox().menu is not None
                  for plot in (chart.cost_plot, chart.fit_plot)],
    }))
""")


def test_pyqtgraphs_unused_parts_load_on_first_use(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "WXDESK_LOG_DIR": str(tmp_path / "logs")}
    result = subprocess.run([sys.executable, "-c", FIRST_USE], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    later = ("pydoc", "pyqtgraph.multiprocess", "subprocess", "cProfile", "pyqtgraph.util.cprint", "colorama")
    assert seen["before"] == dict.fromkeys(later, False), "run with pyqtgraph's import or the chart's paint"
    assert seen["child"] == "42"
    assert seen["splitdoc"] == ["Synopsis.", "The rest."]
    assert seen["process_class"] == "QtProcess"
    assert "in red" in seen["printed"] and seen["profiled"] is True
    assert seen["after"] == dict.fromkeys(later, True)
    assert seen["interactive"] is True
    assert seen["menus"] == [False, False], "the plots have no context menus"
