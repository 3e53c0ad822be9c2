"""The cards beside the chart: the plan with a Mini Program, with a native app, or with both.

Each card is that variant of the plan scored and costed like the plan (AppOrMiniProgram.variants),
with the key to its line on the chart (LineSwatch: the chart's legend steps aside where the plot is
small). The card of the plan's own choice is the plan and says so. As the presence panels, a card
sets only what changed, and paints its frame from the palette (account_panel.Card).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLineF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from wxdesk.engine import Evaluation
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.results import AppOrMiniProgram
from wxdesk.ui import text
from wxdesk.ui.account_panel import Badge, Card, fills_card_inside, scaled_font
from wxdesk.ui.settle import lay_out_soon, set_shown
from wxdesk.ui.shown_size import SizedWhereShown
from wxdesk.ui.steady_label import SteadyLabel, wrapping_label
from wxdesk.ui.steady_layout import SteadyGridLayout

# The plan with a Mini Program, with a native app, or with both (AppOrMiniProgram.variants).
VARIANTS = ("mini_program", "native_app", "both")
# Each variant's line on the chart and its key on the card: chosen to read on light and dark backgrounds.
VARIANT_COLORS = {"mini_program": QColor("#12A05C"),  # WeChat green, a little darker for white backgrounds
                  "native_app": QColor("#3D7EDB"),  # blue
                  "both": QColor("#B0568F")}  # plum: the app and the Mini Program together


class LineSwatch(QWidget):
    """A short stretch of a chart line: its colour, its width, dashed or solid. The key to the chart."""

    def __init__(self, color: QColor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lineSwatch")
        self.color = color
        self.bold = False
        self.dashed = False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_style(self, bold: bool, dashed: bool) -> None:
        if (bold, dashed) != (self.bold, self.dashed):
            self.bold, self.dashed = bold, dashed
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().height(), self.fontMetrics().height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.color, 3.5 if self.bold else 2.0)
        pen.setStyle(Qt.PenStyle.DashLine if self.dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        middle = self.height() / 2
        painter.drawLine(QLineF(1, middle, self.width() - 1, middle))


class VariantCard(SizedWhereShown, Card):  # (its texts measured where shown: see shown_size)
    """One variant of the plan beside the chart: with a Mini Program, a native app, or both.

    Its score and costs are the variant's own, scored and costed like the plan; the card
    of the plan's choice is the plan itself and says so. Compact (a short window, 200 % scaling):
    without the line of presences, which the card's tooltip then gives first.
    """

    def __init__(self, variant: str, pack: DataPack, parent: QWidget | None = None):
        super().__init__(parent)
        self.variant = variant
        self.pack = pack
        self.setObjectName(f"variantCard_{variant}")
        # The key to the variant's line on the chart (the chart's legend steps aside where the plot is small).
        self.swatch = LineSwatch(VARIANT_COLORS[variant])
        self.title = SteadyLabel(objectName="variantTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self, 1.05, bold=True))
        self.badge = Badge()
        self.badge.hide()
        self.presences = wrapping_label("variantPresences")
        fills_card_inside(self.presences)
        self.presences.setFont(scaled_font(self, 0.9))
        # Its score and cost change at every audience move: sized by the cards' width alone.
        self.cost = wrapping_label("totalCost", sized_by_width=True)
        fills_card_inside(self.cost)
        self.cost.setFont(scaled_font(self, 0.95, bold=True))
        # So is its note: the budget's points in it follow the first-year cost, so it changes at most audience
        # steps, and its size hint (the text at some eighty characters' width, which no card is) changed with
        # nearly every text and laid the column out again; the card places it by its height at its width.
        # Why a variant is ruled out: on the card whatever its room, folded too (its other notes may go to the
        # tooltip). "Ruled out · ¥19.1M over 3 years" alone, in presentation mode at 1366×768, gave a verdict
        # without its reason while the card below kept four lines on how its score was made.
        self.ruled_out = wrapping_label("variantRuledOut", sized_by_width=True)
        fills_card_inside(self.ruled_out)
        self.ruled_out.hide()
        self.note = wrapping_label("variantNote", sized_by_width=True)
        fills_card_inside(self.note)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        grid = SteadyGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        grid.addWidget(self.swatch, 0, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.badge, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # (Row 1 is the badge's under the title, empty while it sits beside it: an empty row takes no room.)
        for row, widget in enumerate((self.presences, self.cost, self.ruled_out, self.note), start=2):
            grid.addWidget(widget, row, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(6, 1)
        # The column gives each card its height at the column's width, which a narrow window makes less than
        # the card's widest word and badge side by side: with the card's least width counted, its box layout
        # would measure that height at the card's least width instead (fewer lines: the last one cut).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, self.sizePolicy().verticalPolicy())
        self._evaluation: Evaluation | None = None
        self._shown: tuple | None = None  # what the card shows now; None: draw it again
        self.compact = False
        # Whether its notes (why it scores or costs as it does) are on the card; where the column is too short
        # for the folded cards with them, they are in its tooltip (VariantColumn.fit).
        self.notes_shown = True
        self._badge_beside = True
        self._range_tip = ""
        self.retranslate()

    def set_compact(self, on: bool) -> None:
        if on == self.compact:
            return
        self.compact = on
        self._place_badge()
        # After the badge has its place: showing the presences lays the card out at once (hiding them does
        # not), and laid out before the badge moved back, the card showed a frame with the badge under the title.
        self.presences.setVisible(not on)
        self._set_tooltip()

    def set_notes_shown(self, on: bool) -> None:
        if on == self.notes_shown:
            return
        self.notes_shown = on
        self.note.setVisible(on and bool(self.note.text()))  # at once, as set_compact: the column measures it
        self._set_tooltip()

    def _place_badge(self) -> None:
        """Beside the title, or under it: folded (the column is short), or where the card is too narrow for the
        title's longest word beside the badge (the title would be cut, not wrapped)."""
        grid = self.layout()
        margins = grid.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 2 * grid.horizontalSpacing()
        beside = not self.compact and (not self.isVisible() or room >= self.swatch.sizeHint().width()
                                       + self.title.minimumSizeHint().width() + self.badge.sizeHint().width())
        if beside == self._badge_beside:
            return
        self._badge_beside = beside
        grid.removeWidget(self.badge)
        if beside:
            grid.addWidget(self.badge, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        else:
            grid.addWidget(self.badge, 1, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_badge()

    def _set_tooltip(self) -> None:
        lines = [self.presences.text()] if self.compact and self.presences.text() else []
        if not self.notes_shown and self.note.text():
            lines.append(self.note.text())
        self.setToolTip("\n".join([*lines, self._range_tip]))

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        avm: AppOrMiniProgram = evaluation.app_or_mini_program
        plan = avm.variants[self.variant]
        years = evaluation.scenario.horizon_years
        # The score as the plan's headline and the three best plans write it (70.7 where one would read 71).
        score = text.words(self.pack).score_of(evaluation, plan)
        cost_reason = avm.cost_reasons.get(self.variant)
        score_reason = avm.score_reasons.get(self.variant)  # why it scores less than it covers (the engine's)
        shown = (plan, years, avm.admissible[self.variant], avm.choice, score, cost_reason, score_reason)
        if shown == self._shown:
            return  # the same figures: nothing to set, nothing to repaint
        self._shown = shown
        self.presences.setText(text.plan_name(plan.presences))
        # A variant that cannot carry a ticked need has no score: its card says it is ruled out, and why below.
        line = (self.tr("Plan score %1 · %2 over %3 years") if avm.admissible[self.variant]
                else self.tr("Ruled out · %2 over %3 years"))
        self.cost.setText(line.replace("%1", score).replace("%2", text.money(plan.total.likely, self.pack))
                          .replace("%3", str(years)))
        # The range is the band on the chart; both are one hover away, so three cards stay beside
        # the chart at 1366×768 in either language.
        self._range_tip = (self.tr("range %1 – %2; first year %3")
                           .replace("%1", text.money(plan.total.low, self.pack))
                           .replace("%2", text.money(plan.total.high, self.pack))
                           .replace("%3", text.money(plan.first_year.likely, self.pack)))
        admissible = avm.admissible[self.variant]
        self.ruled_out.setText("" if admissible else self._why_ruled_out(evaluation, plan.presences))
        set_shown(self.ruled_out, not admissible)
        notes = []
        if score_reason is not None:  # under its score: what took the points (the budget read "0.0" unexplained)
            notes.append(text.render_reason(score_reason, self.pack))
        if cost_reason is not None:  # it adds a presence and costs less (or drops one and costs more): why
            notes.append(text.render_reason(cost_reason, self.pack))
        self.note.setText("\n".join(notes))
        set_shown(self.note, bool(notes) and self.notes_shown)
        self._set_tooltip()
        chosen = avm.choice == self.variant
        set_shown(self.badge, chosen)
        self.set_highlighted(chosen)
        self.swatch.set_style(bold=chosen, dashed=not admissible)  # as the chart draws the line
        lay_out_soon(self)  # its new texts may take other lines: the column lays it out in this frame

    def _why_ruled_out(self, evaluation: Evaluation, members: tuple[str, ...]) -> str:
        """Why the variant is no plan the engine could pick: a member the business cannot open, in the words its
        panel gives (the engine's one reason for it), else a special need it cannot carry (the Mini Program with no
        one on WeChat read "Cannot carry every special need you ticked" where none was ticked)."""
        closed = next((result for result in map(evaluation.presence, members) if not result.eligible), None)
        if closed is not None:
            return text.render_reason(closed.reasons[0], self.pack)
        unmet = evaluation.app_or_mini_program.ruled_out.get(self.variant)
        if unmet is not None:  # the needs by name (the engine's)
            return text.render_reason(unmet, self.pack)
        return self.tr("Cannot carry every special need you ticked.")

    def retranslate(self) -> None:
        titles = {"mini_program": self.tr("With a Mini Program"), "native_app": self.tr("With a native app"),
                  "both": self.tr("With both")}
        self.title.setText(titles[self.variant])
        self.badge.setText(self.tr("The plan"))
        self.setAccessibleName(self.title.text())
        self._place_badge()  # (words of other widths)
        self._shown = None  # other words or another pack: every text again
        if self._evaluation is not None:
            self.show_evaluation(self._evaluation)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
