"""`wxdesk --self-test`: one line, exit 0 when the window works, non-zero when it does not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from wxdesk.ui.self_test import SLIDERS, run_self_test

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_command_passes_on_the_real_window(tmp_path):
    env = {**os.environ, "WXDESK_LOG_DIR": str(tmp_path / "logs"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-m", "wxdesk", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    assert lines[0].startswith("wxdesk self-test: ok (3 sliders"), lines[0]
    assert "Traceback" not in done.stderr


@pytest.fixture
def window(shown_window):
    return shown_window


def test_self_test_reports_success_in_process(window):
    result = run_self_test(window)
    assert result.ok, result.line()
    assert result.moves == 3 * len(SLIDERS)


def test_self_test_fails_when_the_chart_stops_updating(window, monkeypatch):
    monkeypatch.setattr(window.chart, "show_evaluation", lambda evaluation: None)
    result = run_self_test(window)
    assert not result.ok
    # The budget moves the plan's score and budget sentence, not the variants' costs; at the small
    # budget it leaves behind (30 % along its slider) the session length keeps the plan inside
    # WeChat too. The first slider whose move leaves the chart behind the answer is the audience.
    assert result.line().startswith("wxdesk self-test: FAILED: the chart did not change when audienceSlider moved")


def test_self_test_fails_when_a_slider_changes_nothing_on_screen(window):
    window.controls.budget_slider.valueChanged.disconnect()
    result = run_self_test(window)
    assert "the window did not change when budgetSlider moved" in result.line()


def test_self_test_fails_when_a_slider_is_missing(window):
    window.controls.audience_slider.setObjectName("renamed")
    result = run_self_test(window)
    assert "no slider named audienceSlider" in result.line()


def test_a_flip_hint_appearing_during_a_move_is_no_answer_to_it(window):
    """The flip-point hints are searched once the sliders rest, between events: on a busy machine one
    may appear while another slider moves. It does not count as the window answering that move."""
    window.controls.budget_slider.valueChanged.disconnect()
    hint = window.findChild(QLabel, "flip_audience")
    window.controls.budget_slider.valueChanged.connect(lambda value: hint.setText(f"⇄ searched {value}"))
    result = run_self_test(window)
    assert "the window did not change when budgetSlider moved" in result.line()
