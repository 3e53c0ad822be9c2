"""Opens at once: the first frame is the answer; the chart, docks and dialogs come after it or on use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from wxdesk.engine import load_datapack
from wxdesk.ui.app import get_qapp

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
# What the first frame must not wait for: each loads after the first paint or on first use.
LATER = ("pyqtgraph", "wxdesk.report", "wxdesk.ui.chart", "wxdesk.ui.chart_axes", "wxdesk.ui.chart_items",
         "wxdesk.ui.plotting", "wxdesk.ui.assumptions",
         "wxdesk.ui.tornado", "wxdesk.ui.compare_dialog", "wxdesk.ui.export", "wxdesk.ui.preferences",
         "wxdesk.engine.sensitivity",
         # The log file opens at its first record (wxdesk.logs), and a start logs nothing before it paints.
         "logging.handlers")

FIRST_FRAME = textwrap.dedent("""
    import json, sys, time
    from PySide6.QtWidgets import QWidget
    from wxdesk.ui.app import get_qapp
    from wxdesk.ui.main_window import MainWindow

    app = get_qapp()
    window = MainWindow()
    seen = {}

    def on_first_paint():
        panel = window.presence_panels["service"]
        seen["modules"] = sorted(sys.modules)
        seen["chart_built"] = window.findChild(QWidget, "comparisonChart") is not None
        seen["fit_shown"] = panel.meter.number.text()
        seen["plan"] = window.plan_area.summary.name_label.text()

    window.first_painted.connect(on_first_paint)
    window.show()
    deadline = time.monotonic() + 60
    while "modules" not in seen and time.monotonic() < deadline:
        app.processEvents()
    while window.findChild(QWidget, "comparisonChart") is None and time.monotonic() < deadline:
        app.processEvents()
    seen["chart_built_later"] = window.findChild(QWidget, "comparisonChart") is not None
    seen["pyqtgraph_later"] = "pyqtgraph" in sys.modules
    print(json.dumps(seen))
""")


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_the_first_frame_shows_the_answer_without_pyqtgraph_or_the_pdf_code(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "WXDESK_LOG_DIR": str(tmp_path / "logs"),
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", FIRST_FRAME], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert "modules" in seen, "the window never painted"
    early = [name for name in LATER if _loaded(seen["modules"], name)]
    assert early == [], f"imported before the first paint: {early}"
    assert not seen["chart_built"]
    # The answer is on the first frame: the plan and every panel's number.
    assert seen["plan"] and seen["fit_shown"].isdigit()
    # And the chart follows right after, without anything asking for it.
    assert seen["chart_built_later"] and seen["pyqtgraph_later"]


@pytest.fixture
def hidden_window(qtbot):
    get_qapp()
    from wxdesk.ui.main_window import MainWindow
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_the_chart_is_built_when_first_asked_for_and_shows_the_answer(hidden_window):
    window = hidden_window
    assert window.findChild(QWidget, "comparisonChart") is None, "never shown, never asked for: not built"
    evaluation = window.document.evaluation
    likely = [0.0, *(b.likely for b in evaluation.app_or_mini_program.variants["native_app"].cumulative)]
    assert list(window.chart.app_curve.getData()[1]) == likely
    assert window.findChild(QWidget, "comparisonChart") is window.chart
    window.document.update(audience=2_000_000)
    moved = [0.0, *(b.likely for b in window.document.evaluation.app_or_mini_program.variants["native_app"].cumulative)]
    assert moved != likely and list(window.chart.app_curve.getData()[1]) == moved


def test_docks_not_open_at_start_are_built_when_first_shown(shown_window):
    features = shown_window.features
    assert not features.assumptions.built and not features.sensitivity.built
    features.sensitivity.action.trigger()
    assert features.sensitivity.built and features.sensitivity.dock.isVisible()
    assert not features.assumptions.built
    features.sensitivity.dock.close()  # its own close button
    assert not features.sensitivity.action.isChecked()


def test_views_follow_the_documents_data_pack(hidden_window, tmp_path):
    """A pack set on the document reaches every view: no one pushes it by hand."""
    window = hidden_window
    chart = window.chart
    source = (ROOT / "resources" / "datapack.toml").read_text(encoding="utf-8")
    extra_fact = ('  { text = "A fact only this pack has", text_zh = "只有这个数据包有的事实", '
                  'rule = "eligibility.service" },\n')
    anchor = source.index("facts = [", source.index("[accounts.service]")) + len("facts = [\n")
    newer = tmp_path / "newer.toml"
    newer.write_text((source[:anchor] + extra_fact + source[anchor:])
                     .replace(f'released = "{window.document.pack.released}"', 'released = "2027-05-01"'),
                     encoding="utf-8")
    pack = load_datapack(newer)

    window.document.set_pack(pack)

    assert "1 May 2027" in window.pack_label.text()  # written as every page writes a date
    service = window.presence_panels["service"]
    assert service.pack is pack and any("only this pack has" in label.text() for label in service.fact_labels)
    assert service.parentWidget() is not None and service.isVisibleTo(window)
    assert all(panel.pack is pack for panel in (*window.presence_panels.values(), *window.variant_cards.values()))
    assert window.plan_area.pack is pack
    assert chart.pack is pack
    QApplication.processEvents()
