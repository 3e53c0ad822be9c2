"""pyqtgraph's parts left unrun at start (wxdesk.ui.pyside_setup.PYQTGRAPH_UNUSED) hold up to whatever looks
at them, in any order: a debugger, a crash reporter or a tool walking sys.modules reads attributes of every
module it finds, and each read must give the attribute or AttributeError, never an import's failure."""

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

# The window's start up to pyqtgraph loaded (as the chart loads it), then every pyqtgraph module asked
# for a name it lacks, in the order given by `order` (a seed: 0 is sys.modules' own order, -1 reversed).
WALK = textwrap.dedent("""
    import json, random, sys
    from wxdesk.ui import pyside_setup
    from wxdesk.ui.plotting import pg

    order = int(sys.argv[1])
    names = [name for name in sys.modules if name.startswith("pyqtgraph")]
    if order == -1:
        names.reverse()
    elif order > 0:
        random.Random(order).shuffle(names)
    failures = []
    for name in names:
        for attribute in ("no_such_name", "__wrapped__", "__file__"):
            try:
                getattr(sys.modules[name], attribute, None)
            except Exception as exc:  # noqa: BLE001 - what the walk is for
                failures.append(f"{name}.{attribute}: {type(exc).__name__}: {exc}")
    import pyqtgraph
    namespace = {}
    exec("from pyqtgraph import *", namespace)
    print(json.dumps({
        "failures": failures,
        "unrun": [n for n in pyside_setup.PYQTGRAPH_UNUSED if "_wxdesk_run" in vars(sys.modules[n])],
        "image_item": pyqtgraph.ImageItem.__module__,
        "image_view": pyqtgraph.ImageView.__name__,
        "star": all(n in namespace for n in ("ROI", "ImageItem", "ImageView", "TableWidget", "PlotWidget")),
        "missing": not hasattr(pyqtgraph, "NoSuchItem"),
    }))
""")


@pytest.mark.parametrize("order", [0, -1, 1, 2, 3])
def test_reading_any_pyqtgraph_module_in_any_order_works_or_says_it_has_no_such_name(tmp_path, order):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "WXDESK_LOG_DIR": str(tmp_path / "logs")}
    result = subprocess.run([sys.executable, "-c", WALK, str(order)], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"failures": [], "unrun": [], "image_item": "pyqtgraph.graphicsItems.ImageItem",
                    "image_view": "ImageView", "star": True, "missing": True}
