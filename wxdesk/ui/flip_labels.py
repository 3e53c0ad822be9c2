"""Flip points under the sliders: "A native app becomes the better choice above 9.5 minutes per session."

The search re-evaluates the scenario a few dozen times per field, so it runs in small
steps between events once the sliders have been still for a moment: dragging never
waits for it. While it runs, the previous sentences keep their room but are not shown.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from wxdesk import settings
from wxdesk.engine.figure_limits import computed
from wxdesk.engine.scenario import SLIDER_FIELDS as FIELDS
from wxdesk.ui import text
from wxdesk.ui.unbroken_label import UnbrokenLabel

if TYPE_CHECKING:
    from collections.abc import Generator

    from PySide6.QtCore import SignalInstance

    from wxdesk.engine.flips import FlipPoint
    from wxdesk.ui.document import ScenarioDocument

    # The search's steps: each an evaluation (or the break-evens' preparing); its value the flip points found.
    FlipSearch = Generator[None, None, dict[str, FlipPoint | None]]

log = logging.getLogger(__name__)

SETTLE_MS = 250  # wait this long after the last change before searching
STEP_BUDGET_S = 0.012  # evaluations per pass of the event loop, in seconds of work


def _search(document: ScenarioDocument) -> FlipSearch:
    # The search (and the evaluator, with NumPy) loads when a search first starts, after the chart is
    # built: the window's first frame is painted without either.
    from wxdesk.engine.evaluator import prepare_break_evens
    from wxdesk.engine.flips import search_flip_points
    scenario, pack = document.scenario, document.pack

    def steps() -> FlipSearch:
        # First, at rest as the search is, the break-even audiences of every plan the sliders may reach:
        # a move that gives the plan other presences then finds its own ready (prepare_break_evens).
        try:
            prepare_break_evens(scenario, pack)
        except (ArithmeticError, ValueError):  # ComputationError included
            # A figure the model cannot use for some plan the scenario does not hold: the search goes on, and
            # a move to that plan finds its own, or says why not, as before.
            log.debug("break-evens not prepared", exc_info=True)
        yield
        return (yield from search_flip_points(scenario, pack))
    return steps()


class FlipPointLabels(QObject):
    """Three labels (budget, session length, audience) kept up to date with the document."""

    updated = Signal(object)  # {field: FlipPoint | None}

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.points: dict[str, FlipPoint | None] | None = None
        # Their sentences name plans ("方案变为公众号（原订阅号）和小程序"): no line ends inside a name.
        self.labels: dict[str, QLabel] = {field: UnbrokenLabel(objectName=f"flip_{field}") for field in FIELDS}
        for label in self.labels.values():
            label.setWordWrap(True)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            _fade_when_greyed(label)
            label.installEventFilter(self)
        self._search: FlipSearch | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._start)
        self._step = QTimer(self)
        self._step.setInterval(0)
        self._step.timeout.connect(self._advance)
        document.changed.connect(self._on_changed)
        # Their amounts are in the display currency, as the plan's beside them: after a switch to US dollars the
        # plan read "您的预算为 71.4万美元" over "预算低于 ¥405万时…", and after a new rate the same budget in two
        # dollar amounts, until the next edit. The points are found in yuan, so they are only written again.
        settings.follow(settings.notifier().display_changed, self, lambda *_: self._show())
        self._on_changed()

    def first_search_after(self, signal: SignalInstance) -> None:
        """The first search waits for `signal`: it starts the settling delay again, unless a search is done.

        The window passes its chart's building (right after the first paint): settled from the window's
        making, the search's slices would fall while the chart is built and drawn, and into a first
        slider move; on a slow start (or under a profiler) the settling time could even end before the
        first paint, and load the engine the first frame does without. The labels show nothing yet
        then, so nothing on screen changes.
        """
        if self.points is None and self._search is None:
            self._settle.stop()
        signal.connect(self._search_unless_found)

    def _search_unless_found(self, *_: object) -> None:
        if self.points is None:
            self._on_changed()

    def _on_changed(self, _evaluation: object = None) -> None:
        self._step.stop()
        self._search = None
        for label in self.labels.values():
            label.setEnabled(False)  # greyed until the new answer is in
        self._settle.start()

    def _start(self) -> None:
        self._search = _search(self.document)
        self._step.start()

    def _advance(self) -> None:
        deadline = time.perf_counter() + STEP_BUDGET_S
        try:
            while time.perf_counter() < deadline:
                # Like the document's evaluation: numpy's division by zero is an error here, not a NaN.
                computed(lambda: next(cast("FlipSearch", self._search)))
        except StopIteration as done:
            self._step.stop()
            self._search = None
            self.points = done.value
            self._show()
            self.updated.emit(self.points)
        except (ArithmeticError, ValueError) as exc:  # ComputationError included
            # A changed figure the model cannot use at some slider value: say nothing rather than guess.
            log.warning("no flip points for this scenario: %s", exc)
            self._step.stop()
            self._search = None
            self.points = None
            for label in self.labels.values():
                label.setText("")

    def flush(self) -> dict[str, FlipPoint | None]:
        """Finish the search now (tests, and anything that needs the answer at once)."""
        self._settle.stop()
        if self._search is None:
            self._search = _search(self.document)
        self._step.stop()
        while True:
            try:
                computed(lambda: next(cast("FlipSearch", self._search)))
            except StopIteration as done:
                self._search = None
                self.points = done.value
                break
        self._show()
        self.updated.emit(self.points)
        return self.points

    def _show(self) -> None:
        if self.points is None:
            return
        from wxdesk.engine import flips  # loaded with the search that found the points
        for field, label in self.labels.items():
            if not shiboken6.isValid(label):  # the window holding it is being taken apart
                continue
            point = self.points.get(field)
            sentence = text.render_reason(flips.flip_reason(field, point), self.document.pack)
            label.setText(("⇄ " + sentence) if point is not None else sentence)
            label.setToolTip(self.tr("Found by evaluating the scenario again with only this value changed, "
                                     "within everything a scenario allows."))
            label.setEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and watched is self.labels[FIELDS[0]]:
            self._show()
        elif event.type() == QEvent.Type.PaletteChange and isinstance(watched, QLabel):
            _fade_when_greyed(watched)  # a new theme: faded from its own text colour (no change: no new event)
        return False


# How much of its colour a sentence keeps while it waits for the new answer (greyed): none. The style's disabled colour
# of the placeholder role is the enabled one in Fusion and others, so sentences about the last scenario read as current
# ones for the whole of a drag (an owner read "…swaps the Service Account" under a plan without one); faded to 45 %,
# they were still read, in front of a client, beside the plan they contradicted ("With a budget above ¥206k the plan
# adds a Mini Program" under "The plan: Mini Program + WeCom", mid-drag). They keep their room, so nothing moves.
GREYED_ALPHA = 0.0


def _fade_when_greyed(label: QLabel) -> None:
    palette = label.palette()
    faded = QColor(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText))
    faded.setAlphaF(faded.alphaF() * GREYED_ALPHA)
    if palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText) != faded:
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText, faded)
        label.setPalette(palette)
