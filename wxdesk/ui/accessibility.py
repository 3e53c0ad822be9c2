"""Names and descriptions for assistive technology, and key facts' sources from the keyboard.

The chart draws its content in a graphics scene a screen reader cannot read, so it gets a
description in words of what it shows. A key fact's source used to be a mouse-only tooltip:
each fact now takes keyboard focus, carries its source as its accessible description, and
offers "Show Source" and "Copy Source" from its context menu (the Menu key or Shift+F10).
A panel's facts are one Tab stop, its first fact; the arrow keys move between them (every
fact a Tab stop made Tab's round of a 1920×1080 window 63 stops, 32 of them facts). A
focused fact, the presence cards' area and the chart show a frame in the highlight colour
(keyboard.FocusMark): none of them showed that it had the focus.

Applied from outside the views, which keep their own layout; the texts follow the
language and every evaluation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QToolTip, QWidget

from wxdesk.ui.keyboard import FocusFollower, FocusMark
from wxdesk.ui.settle import ChangeFollower
from wxdesk.words import Words

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from wxdesk.ui.chart import ComparisonChart
    from wxdesk.ui.main_window import MainWindow


def _tr(source: str) -> str:
    return QCoreApplication.translate("Accessibility", source)


def chart_description(chart: ComparisonChart) -> str:
    """The chart in words: what it plots, where each variant's likely line ends, the fits, the break-even note."""
    from wxdesk.ui import text
    from wxdesk.ui.variant_card import VARIANTS
    parts = [chart.cost_plot.titleLabel.text or ""]
    for variant in VARIANTS:  # the names the legend gives them, the plan's own marked as such
        y = chart.curves[variant].getData()[1]
        if y is not None and len(y) > 1:
            parts.append(Words.for_years(_tr("%1: %2 after %3 years"), len(y) - 1, "%3")
                         .replace("%1", chart.variant_name(variant))
                         .replace("%2", text.money(float(y[-1]), chart.pack)).replace("%3", str(len(y) - 1)))
    fits = [item.toPlainText() for item in chart.fit_texts]
    if all(fits):  # the fit bars: the app on top, the Mini Program below
        names = (text.presence_name("native_app"), text.presence_name("mini_program"))
        parts.append(_tr("Fit out of 100: %1 %2, %3 %4").replace("%1", names[0]).replace("%2", fits[0])
                     .replace("%3", names[1]).replace("%4", fits[1]))
    parts.append(chart.break_even_label.text())
    return " ".join(p.rstrip(".。") + ("。" if _is_chinese(p) else ".") for p in parts if p)


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


class FactSources(QObject):
    """Keyboard access to each key fact's source, and the window's accessible names.

    Set up right after the window's first paint (or at once for a window shown already): nothing
    of it shows in the first frame, and the facts' actions and the accessible texts were a
    seventieth of the work before it.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.fact_labels: list[QLabel] = []
        # Each fact's panel's facts, for the arrow keys (find_facts).
        self._facts_of: dict[QLabel, list[QLabel]] = {}
        # A frame around the focused fact, and one on the presence cards' area or the chart while either has the
        # focus (made with the rest, after the first paint).
        self._fact_mark: FocusMark | None = None
        self._area_mark: FocusMark | None = None
        self._marked: list[QWidget] = []
        FocusFollower(window)
        # What the facts' texts were set from (see refresh), only ever compared.
        self._facts_described: tuple[object, ...] = ()
        window.installEventFilter(self)
        # The chart's description is a long sentence read out once the answer stops changing: during
        # a slider drag it waits for the pause, as the desk's layout does (it would cost a tenth of
        # each step's repaint, for texts no one hears until the drag ends).
        self._described = ChangeFollower(self, self.refresh)
        # Connected after the views', so it reads the facts and the chart as just redrawn.
        window.document.changed.connect(lambda _evaluation=None: self._described.changed())
        if window.isVisible():
            self._set_up()
        else:
            window.first_painted.connect(self._set_up, Qt.ConnectionType.QueuedConnection)

    def _set_up(self) -> None:
        self.find_facts()
        self.refresh()

    def find_facts(self, *_args: object) -> None:
        """The panels' fact labels, each made reachable once (again when a new data pack brings new panels,
        and when a panel makes its facts, which it does when they first show)."""
        panels = self.window.presence_panels.values()
        for panel in panels:
            panel.facts_made.connect(self._set_up, Qt.ConnectionType.UniqueConnection)
        self.fact_labels = [label for panel in panels for label in panel.made_fact_labels()]
        self._facts_of = {label: panel.made_fact_labels() for panel in panels for label in panel.made_fact_labels()}
        if self._fact_mark is None:
            self._fact_mark = FocusMark(self.window, outside=3)
        for panel in panels:
            # The first fact is the panel's Tab stop; the others are reached from it by the arrow keys. (None takes
            # the focus from a click, as before: a click selects no text of theirs and leaves the focus where it is.)
            for i, label in enumerate(panel.made_fact_labels()):
                label.setFocusPolicy(Qt.FocusPolicy.TabFocus if i == 0 else Qt.FocusPolicy.NoFocus)
        for label in self.fact_labels:
            if any(a.objectName() == "showFactSourceAction" for a in label.actions()):
                continue
            self._fact_mark.watch(label)
            label.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            # objectName as a keyword: PySide6 takes any Qt property so, QAction's stub lists only its own
            # (typed: a call the stub refuses would be Any).
            show: QAction = QAction(label, objectName="showFactSourceAction")  # type: ignore[call-overload]
            show.triggered.connect(lambda _checked=False, lb=label: self.show_source(lb))
            copy: QAction = QAction(label, objectName="copyFactSourceAction")  # type: ignore[call-overload]
            copy.triggered.connect(lambda _checked=False, lb=label: QGuiApplication.clipboard().setText(lb.toolTip()))
            label.addAction(show)
            label.addAction(copy)
            label.installEventFilter(self)

    def refresh(self) -> None:
        """Texts that follow the language and the evaluation."""
        if not shiboken6.isValid(self.window.controls):
            # The window is being taken apart (Qt deletes its children one by one, and a queued refresh
            # can run in between, as a chart's teardown lets events through): nothing left to describe.
            return
        # The facts follow the pack, the currency and the language, not a slider: their accessible
        # texts are set again only when one of them reads differently (or the language changed).
        facts = (_tr("Show Source"), *((id(label), label.text(), label.toolTip()) for label in self.fact_labels))
        if facts != self._facts_described:
            self._facts_described = facts
            self._describe_facts()
        self._describe_views()

    def _describe_facts(self) -> None:
        for label in self.fact_labels:
            label.setAccessibleName(label.text().lstrip("· "))
            label.setAccessibleDescription(_tr("Source: %1").replace("%1", label.toolTip()))
            show, copy = label.actions()[:2]
            show.setText(_tr("Show Source"))
            copy.setText(_tr("Copy Source"))

    def _mark_areas(self) -> None:
        """The presence cards' area and the chart, which take the keyboard (the one scrolls by the arrow keys, the
        other is read out), frame themselves while they have it (each watched once)."""
        if self._area_mark is None:
            self._area_mark = FocusMark(self.window)
        chart = self.window.built_chart
        for area in (self.window.findChild(QScrollArea, "accountsScroll"), chart.plot_widget if chart else None):
            if area is not None and all(area is not marked for marked in self._marked):
                self._marked.append(area)
                self._area_mark.watch(area)

    def _describe_views(self) -> None:
        w = self.window
        self._mark_areas()
        chart = w.built_chart  # described once it is built (never built for this)
        if chart is not None:
            chart.setAccessibleName(_tr("Cost and fit chart"))
            chart.plot_widget.setAccessibleName(chart.accessibleName())
            description = chart_description(chart)
            chart.setAccessibleDescription(description)
            chart.plot_widget.setAccessibleDescription(description)
        for name, text in (("accountsArea", _tr("The plan and the presences: fit, reasons and key facts")),
                           ("comparisonArea", _tr("Native app or Mini Program: cost and fit")),
                           ("accountsScroll", _tr("The plan and the presences")),
                           ("controlsScroll", _tr("Your business: the scenario's settings"))):
            area = w.findChild(QWidget, name)
            if area is not None:
                area.setAccessibleName(text)
        controls = getattr(w, "controls", None)
        if controls is not None:
            controls.setAccessibleName(_tr("Your business"))
        # The plan's name is the window's answer: named as such, its members' roles as its description.
        summary = w.plan_area.summary
        summary.name_label.setAccessibleName(_tr("Recommended plan"))
        summary.name_label.setAccessibleDescription(summary.roles_text)

    def show_source(self, label: QLabel) -> None:
        QToolTip.showText(label.mapToGlobal(QPoint(0, label.height())), label.toolTip(), label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            # After the views: they retranslate their own texts when the same event reaches them.
            QTimer.singleShot(0, self, self.refresh)
        elif isinstance(watched, QLabel) and event.type() == QEvent.Type.KeyPress:
            key = cast("QKeyEvent", event).key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.show_source(watched)  # Enter on a focused fact shows its source, as hovering would
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):  # the panel's fact before or after, if any
                facts = [label for label in self._facts_of.get(watched, []) if label.isVisible()]
                at = facts.index(watched) if watched in facts else -1
                step = 1 if key == Qt.Key.Key_Down else -1
                if at >= 0 and 0 <= at + step < len(facts):
                    facts[at + step].setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False
