"""`wxdesk --self-test`: drive the real window once and report in one line.

Moves each main slider across its range, checks that each slider changes what the
window shows, that after every move the chart shows the current answer and the window
repaints, and that no unexpected error reached the crash hooks. The packaging checks run it against the frozen bundle.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QLabel, QSlider

from wxdesk.ui import crash
from wxdesk.ui.variant_card import VARIANTS

if TYPE_CHECKING:
    from wxdesk.ui.main_window import MainWindow

SLIDERS = ("budgetSlider", "interactionSlider", "audienceSlider")
# Knob positions visited per slider, as fractions of its range: far apart, so the model must respond
# (a budget only moves the chart while it is below a build's first-year cost, hence the low ones).
POSITIONS = (0.1, 0.9, 0.3)


@dataclass
class SelfTestResult:
    problems: list[str] = field(default_factory=list)
    moves: int = 0
    slowest_ms: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    def line(self) -> str:
        if self.ok:
            return (f"wxdesk self-test: ok ({len(SLIDERS)} sliders, {self.moves} moves, chart updated, "
                    f"slowest move-to-repaint {self.slowest_ms:.1f} ms)")
        return f"wxdesk self-test: FAILED: {'; '.join(self.problems)}"


def _on_screen(window: MainWindow) -> tuple[object, ...]:
    """What the window shows in answer to a move: every label's text in it and the chart's data.

    Not the flip-point hints under the sliders: they are searched once the sliders rest, in slices
    between events, so on a busy machine one may appear during a move of another slider."""
    central = window.centralWidget()
    found = central.findChildren(QLabel) if central is not None else []
    labels = tuple(label.text() for label in found if not label.objectName().startswith("flip_"))
    return labels, window.chart.snapshot()


def _chart_shows_the_answer(window: MainWindow) -> bool:
    """The chart's lines are the current evaluation's: each variant's likely cumulative cost."""
    variants = window.document.evaluation.app_or_mini_program.variants
    wanted = tuple((0.0, *(b.likely for b in variants[v].cumulative)) for v in VARIANTS)
    shown = window.chart.snapshot()[:len(VARIANTS)]
    return all(len(a) == len(b) and all(math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-6) for x, y in zip(a, b))
               for a, b in zip(wanted, shown))


def run_self_test(window: MainWindow) -> SelfTestResult:
    result = SelfTestResult()
    crash.clear_errors()
    QApplication.processEvents()
    for name in SLIDERS:
        slider = window.findChild(QSlider, name)
        if slider is None:
            result.problems.append(f"no slider named {name}")
            continue
        changes = 0
        chart_behind = False
        for fraction in POSITIONS:
            before = _on_screen(window)
            target = slider.minimum() + round(fraction * (slider.maximum() - slider.minimum()))
            if target == slider.value():
                target = slider.minimum() if slider.value() != slider.minimum() else slider.maximum()
            started = time.perf_counter()
            slider.setValue(target)
            QApplication.processEvents()
            window.repaint()
            result.slowest_ms = max(result.slowest_ms, (time.perf_counter() - started) * 1000)
            result.moves += 1
            changes += _on_screen(window) != before
            # The budget moves the plan's score and its budget sentence, not always the variants' costs:
            # the chart must show the answer after every move rather than change with each.
            chart_behind |= not _chart_shows_the_answer(window)
        if chart_behind:
            result.problems.append(f"the chart did not change when {name} moved")
        elif changes == 0:
            result.problems.append(f"the window did not change when {name} moved")
    if window.grab().isNull():
        result.problems.append("the window could not be drawn")
    for error in crash.errors_seen():
        result.problems.append(f"unexpected error: {error}")
    return result
