"""The engine never imports Qt: proved in a fresh interpreter that evaluates every preset."""

import subprocess
import sys

CHECK = """
import sys
import wxdesk.cli
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import compare, summary  # noqa: F401  (modules that exist must stay Qt-free too)
from wxdesk.batch.language import words
from wxdesk.words.summary import summary_text
pack = load_datapack()
for p in preset_ids():
    summary_text(evaluate(load_preset(p), pack), pack, words("zh_CN"))
qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'shiboken6', 'pyqtgraph'))
print(qt)
sys.exit(1 if qt else 0)
"""


def test_engine_and_cli_import_no_qt():
    check = CHECK
    import importlib.util
    if importlib.util.find_spec("wxdesk.engine.compare") is None:
        check = check.replace("compare, ", "")
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
