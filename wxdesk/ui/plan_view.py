"""The plan at the top of the desk: what to run, each presence's role, the plan's score,
its cost, the budget and the warnings; beside it the three best plans side by side.

Every figure is the Evaluation's own (PlanResult, Evaluation.budget, Evaluation.warnings):
the budget sentence compares the budget with the same first-year figure shown above it,
and the three columns draw their cost split from PlanResult.breakdown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette, QTextLayout
from PySide6.QtWidgets import (QBoxLayout, QGridLayout, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget)

from wxdesk.engine import Evaluation
from wxdesk.engine import reasons as R
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.results import PlanResult
from wxdesk.engine.scores import score_in_one_line
from wxdesk.ui import text
from wxdesk.ui.account_panel import scaled_font
from wxdesk.ui.cost_split import CostSplitBar, CostSplitLegend
from wxdesk.ui.settle import set_shown
from wxdesk.ui.shown_size import SizedWhereShown, SpanningWhereShown
from wxdesk.ui.steady_layout import MINIMUM, SIZE, SteadyHBoxLayout, SteadyVBoxLayout, set_text_in_place
from wxdesk.ui.steady_label import SteadyLabel, wrapping_label
from wxdesk.words.articles import articles_note
from wxdesk.words.line_breaks import keep_together
from wxdesk.words.line_breaks import shown as shown_text
from wxdesk.words.steps import largest_part, made_of, parts_shown, pays_stores
from wxdesk.words.timeline import cost_notes, points_to_watch, timeline_lines

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtGui import QMouseEvent, QResizeEvent

    from wxdesk.engine.reasons import Reason
    from wxdesk.engine.timeline import Timeline
    from wxdesk.ui.timeline_view import TimelineView

    # What the plan shows (see PlanSummary.show_evaluation): the plan, its score as written, the budget's sentence,
    # the warnings, the years, and the cost parts and whether the stores' fees are in its key.
    PlanShown = tuple[PlanResult, str, Reason, tuple[Reason, ...], int, tuple[str, ...], bool]
    # What the plan's roles are written from: its members, what each carries, the duties that fall to none, WeCom's
    # chat staff and the goals it is weak at.
    RolesOf = tuple[tuple[str, ...], Mapping[str, tuple[str, ...]], Mapping[str, Reason], float | None, Reason | None]

PLANS_SHOWN = 3  # the plan and its two alternatives


def _label(object_name: str, factor: float = 1.0, bold: bool = False, muted: bool = False,
           sized_by_width: bool = False) -> SteadyLabel:
    """A wrapping label (steady_label.wrapping_label) in type `factor` times the window's, bold or muted."""
    label = wrapping_label(object_name, sized_by_width)
    if factor != 1.0 or bold:
        label.setFont(scaled_font(label, factor, bold))
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class FoldToggle(QToolButton):
    """A button with an arrow that opens what it folds (the timeline, the three best plans).

    Where its line is wider than the column, it wraps onto as many as `most_lines` lines (never inside a
    product's name or a figure: wxdesk.words.line_breaks), and where even those are too few, it ends at
    the last whole item that fits ("Next best: A + B; …"), never in the middle of a name as a tool button
    would cut it ("(formerly Subscri…Account)"); the whole line is then its tooltip.
    """

    def __init__(self, object_name: str, most_lines: int = 1):
        # (PySide6 sets a Qt property given as a keyword; QToolButton's stub takes only its parent.)
        super().__init__(objectName=object_name)  # type: ignore[call-arg]
        self._full = ""
        self._items: list[str] = []
        self._tip = ""
        self.most_lines = most_lines

    def set_line(self, line: str, items: list[str] | None = None, tip: str = "") -> None:
        """Show `line`; `items` are its parts in order, each ending where the line may be cut."""
        if (line, items or [], tip) == (self._full, self._items, self._tip):
            return  # the same line at the same width (a resize fits it again): nothing to measure
        self._full, self._items, self._tip = line, items or [], tip
        self._fit()

    def full_line(self) -> str:
        return self._full

    def set_most_lines(self, most: int) -> None:
        if most != self.most_lines:
            self.most_lines = most
            self._fit()

    def _fit(self, sized: bool = False) -> None:
        if not sized and self.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent):
            # Not yet given its width: the line whole until the resize event that brings the width (sent as the
            # toggle is shown) fits it. Fitted now, at a width it never shows, it was cut and measured for nothing.
            # (`sized`: that resize event, which Qt sends before it clears the attribute.)
            self._show_fitted(self._full)
            return
        metrics = self.fontMetrics()
        flags = int(Qt.TextFlag.TextShowMnemonic)
        # What the arrow, the margins and the spacing take beside the text.
        room = self.width() - (self.sizeHint().width() - metrics.size(flags, self.text()).width())
        shown = self._full
        if self.width() > 0 and metrics.horizontalAdvance(self._full) > room:
            cut = [lines for part in (*self._items, self._full)
                   if (lines := self._lines(part if part == self._full else part + " …", room)) is not None]
            shown = cut[-1] if cut else metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        self._show_fitted(shown)

    def _show_fitted(self, shown: str) -> None:
        if shown != self.text():
            # Laid out again only where the new line takes another height: its width is the column's
            # (its size policy ignores its own), and most new lines of a drag (the best plans swapping
            # places) are one line as the old one was. Told of each, the plan and everything under it
            # were measured and laid out again for the same places.
            set_text_in_place(self, shown, QToolButton.setText, FoldToggle._known_height, FoldToggle._height_of)
        tip = self._tip or (self._full if "".join(shown.split()) != "".join(self._full.split()) else "")
        if tip != self.toolTip():
            self.setToolTip(tip)

    def _known_height(self) -> list[tuple[object, object]]:
        return [(what, self._height_of(what)) for what in (SIZE, MINIMUM)]

    def _height_of(self, what: object) -> int:
        # (QToolButton keeps its size hint until its text changes: asked now, it is the old text's.)
        return self.sizeHint().height() if what == SIZE else self.minimumSizeHint().height()

    def _lines(self, line: str, room: int, most: int | None = None) -> str | None:
        """`line` on at most `most` lines of `room` pixels, one "\\n" at each line's end: where it can, a
        line ends after a whole item ("Next best: A;" / "B"), else where the words allow; None where it
        needs more lines."""
        metrics = self.fontMetrics()
        most = self.most_lines if most is None else most
        if metrics.horizontalAdvance(line) <= room:
            return line
        if most <= 1 or room <= 0:
            return None
        for item in reversed(self._items):
            if line.startswith(item) and len(item) < len(line):
                rest = line[len(item):]
                between = len(rest) - len(re.sub(r"^\W+", "", rest))  # the separator ("; ", "；") ends the line
                head = (item + rest[:between]).rstrip()
                tail = self._lines(rest[between:], room, most - 1)
                if metrics.horizontalAdvance(head) <= room and tail is not None:
                    return head + "\n" + tail
        return self._wrapped(line, room, most)

    def _wrapped(self, line: str, room: int, most: int) -> str | None:
        """`line` on at most `most` lines of `room` pixels, broken where the words allow; None where it
        needs more lines or a run no line may cut is wider than `room`."""
        if room <= 0:
            return None
        layout = QTextLayout(keep_together(line), self.font(), self)
        layout.beginLayout()
        lines: list[str] = []
        fits = True
        while fits and len(lines) <= most:
            row = layout.createLine()
            if not row.isValid():
                break
            row.setLineWidth(room)
            lines.append(shown_text(layout.text()[row.textStart():row.textStart() + row.textLength()]).rstrip())
            fits = row.naturalTextWidth() <= room  # else a run wider than the room, which would show cut
        layout.endLayout()
        return "\n".join(lines) if fits and len(lines) <= most else None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit(sized=True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "_full"):
            self._fit()  # the same line measured in another font (once the toggle holds a line)


def _fold_toggle(object_name: str, most_lines: int = 1) -> FoldToggle:
    """A fold toggle (see FoldToggle), never wider than its column."""
    toggle = FoldToggle(object_name, most_lines)
    toggle.setCheckable(True)
    toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toggle.setArrowType(Qt.ArrowType.RightArrow)
    toggle.setAutoRaise(True)
    # Never wider than its column: a long sentence must not push the plans out of view.
    toggle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return toggle


def cost_range_text(plan: PlanResult, years: int | None = None) -> str:
    """"¥1.2M over 3 years (¥900k – ¥1.6M)": the plan's likely cost over the horizon and its range
    (without the years where a heading already names them); a range that reads as one amount is not
    said again beside it (factory_staff: "¥9,000 over 3 years", as the handout and the command line say)."""
    total = plan.total
    # (One figure in one style, as the handout and the text write it: Words.money_band.)
    likely, spread = text.words().money_band(total.likely, total.low, total.high)
    if years is None:
        return likely if spread == likely else (
            QCoreApplication.translate("PlanArea", "%1 (%3)").replace("%1", likely).replace("%3", spread))
    template = (QCoreApplication.translate("PlanArea", "%1 over %2 years") if spread == likely
                else QCoreApplication.translate("PlanArea", "%1 over %2 years (%3)"))
    # "over 1 year" for a horizon of one (Words.for_years, as every other surface says it)
    return (text.words().for_years(template, years, key="%2").replace("%1", likely).replace("%2", str(years))
            .replace("%3", spread))


def change_text(plan: PlanResult, best: PlanResult) -> str:
    """What a plan beside the best adds and drops, as the flip sentences say it: "Adds a native app;
    drops the Official Account (formerly Subscription Account) and the Mini Program" (what the best
    holds is named as its own)."""
    added = text.join(text.term("a:" + p) for p in plan.presences if p not in best.presences)
    dropped = text.join(text.term("the:" + p) for p in best.presences if p not in plan.presences)
    if added and dropped:
        return (QCoreApplication.translate("PlanArea", "Adds %1; drops %2").replace("%1", added)
                .replace("%2", dropped))
    if added:
        return QCoreApplication.translate("PlanArea", "Adds %1").replace("%1", added)
    if dropped:
        return QCoreApplication.translate("PlanArea", "Drops %1").replace("%1", dropped)
    return ""


def legend_parts(evaluation: Evaluation) -> tuple[str, ...]:
    """The cost parts the plan's key names: those the plan or a plan beside it (the three best) holds."""
    return parts_shown([evaluation.plan.breakdown, *(alternative.breakdown for alternative in evaluation.alternatives)])


def legend_pays_stores(evaluation: Evaluation) -> bool:
    """Whether the key names the fees with the stores: where the plan holds a native app. The key gives the plan's
    amounts, so it names them as the plan pays them: news_publisher's Official Account alone read "Platform, store and
    service fees ¥900" because an alternative beside it held an app."""
    return pays_stores([evaluation.plan.presences])


def first_year_text(plan: PlanResult) -> str:
    """"first year ¥312k (¥190k – ¥478k)"; one amount where the range reads as one."""
    band = plan.first_year
    likely, spread = text.words().money_band(band.likely, band.low, band.high)
    if spread == likely:
        return QCoreApplication.translate("PlanArea", "first year %1").replace("%1", likely)
    return (QCoreApplication.translate("PlanArea", "first year %1 (%2)").replace("%1", likely)
            .replace("%2", spread))


class PlanSummary(SizedWhereShown, QWidget):  # (its texts measured where shown: see shown_size)
    """The plan itself: name, score, roles, cost, budget sentence, the figures the scenario sets and warnings.

    Signal: `own_figures_asked` when the line naming the figures the scenario sets is clicked (the window
    shows them in the Assumptions dock).
    """

    own_figures_asked = Signal()

    def __init__(self, pack: DataPack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planSummary")
        self.pack = pack
        self.name_label = _label("planName", 1.25, bold=True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score_label = _label("planScore", 1.0, bold=True)
        self.score_label.setWordWrap(False)
        # Where the plan's score is less than what it covers (a budget it exceeds, presences to run
        # together), the engine's own reasons say by how much: the score then differs from every
        # panel's fit below, and says why. While presenting, the compact look keeps them ("covers … at
        # 56 out of 100; less the points that follow, it scores 41", then each deduction): a flip hint
        # beside the sliders quotes the coverage, and without them a client would read two figures out
        # of 100 with nothing linking them.
        self.score_reasons_label = _label("planScoreReasons", 0.92, muted=True)
        self._score_reasons: list[str] = []  # the engine's reasons, where points were taken off
        # The same in one line (engine.plans.score_in_one_line), written when a look first shows it (only a
        # compact look keeping fewer lines than the reasons does); None: not written yet.
        self._score_line: list[str] | None = []
        self._budget: Reason | None = None  # the evaluation's budget sentence
        # Its tooltip where the articles written for the client are most of the first year (words.articles), as the
        # handout and the long image say it after it: the kindergarten's window read its budget short by ¥9,000 and no
        # more. (A tooltip, not a sentence more: a sentence there that came and went with the audience set the desk's
        # split twice in one pass, tests/ui/test_split_in_one_pass.py.)
        self._budget_note = ""
        self._reasons_taken: tuple[Reason, ...] = ()  # the plan's reasons, where points were taken off
        self._roles_of: RolesOf | None = None  # what the roles' text was written from (the plan's members and roles)
        self._roles: list[str] = []  # each member's role, in a line ("Mini Program: In the plan for selling")
        self._weak = ""  # the goals the plan is weak at, in a sentence ("" where none)
        # How many of them the compact look keeps (None: all): presenting, it keeps them.
        self.kept_score_reasons: int | None = 0
        self.roles_label = _label("planRoles", 0.92)
        # Their figures change at every move: sized by the plan's width alone (see WidthSizedLabel).
        self.cost_label = _label("planCost", sized_by_width=True)
        self.budget_label = _label("budgetLabel", sized_by_width=True)
        # The data-pack figures the scenario sets for itself (its overrides), in the sentence the handout, the long
        # image and the copied summary say them in: a plan that moved with such a figure read, in the window alone,
        # as the pack's own answer. Hidden where the scenario sets none; a click shows them in the Assumptions dock.
        self.own_figures_label = _label("ownFiguresLabel", 0.92, muted=True)
        self.own_figures_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.own_figures_label.installEventFilter(self)
        self.own_figures_label.hide()
        # The overrides its sentence was written from (None: not written yet, or to be written again).
        self._own_of: Mapping[str, Mapping[str, float]] | None = None
        self.warnings_label = _label("warningsLabel")
        # The plan's split in numbers under its cost, which is also the key to the bars beside it: made when it
        # first shows (see legend).
        self._legend: CostSplitLegend | None = None

        layout = SteadyVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for widget in (self.name_label, self.score_label, self.score_reasons_label, self.roles_label,
                       self.cost_label, self.budget_label, self.own_figures_label, self.warnings_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._layout = layout
        self._evaluation: Evaluation | None = None
        self._shown: PlanShown | None = None
        self.compact = False
        # Whether the cost split, which only the full look shows, waits for the desk's look (hold_extras).
        self._held = False
        # What the compact look folds, not yet set (a drag's steps): the plan, its key's cost parts and stores' fees.
        self._folded_due: tuple[PlanResult, tuple[str, ...], bool] | None = None
        # The plan's likely cost in a sentence, and what its parts are written from (see made_of, _show_cost).
        self.cost_line = ""
        self._cost_parts: tuple[Mapping[str, float], float, int, bool] = ({}, 0.0, 1, False)
        self.presenting: bool | None = None  # presenting on a roomy screen (True) or a 720-line one (False), or not

    @property
    def legend(self) -> CostSplitLegend:
        """The cost split's key, made now if it was not yet.

        Why not with the plan: only the full look shows it, and a window that opens with the compact desk (a
        new user's on a screen of up to 1366×768, the offscreen 800×800) never did before the user unfolds the
        desk: its fourteen labels, made, written and laid out by the first layouts, were some 9 million
        instructions to a new user's first paint at 800×800 (1 %). It is made before anything shows it
        (set_compact, release_extras), or when asked for, with the plan's figures of now, in its place under
        the plan's cost.
        """
        if self._legend is None:
            legend = CostSplitLegend()
            for part in ("acquisition", "fees"):  # (their tooltips written as they are asked: eventFilter)
                legend.labels[part].installEventFilter(self)
            self._layout.insertWidget(self._layout.indexOf(self.cost_label) + 1, legend)
            legend.setVisible(False)  # (shown below where the look shows it)
            self._legend = legend
            if self._folded_due is not None:
                due, self._folded_due = self._folded_due, None
                self._show_folded(*due)
            if not (self.compact or self._held):
                set_shown(legend, True)
        return self._legend

    @property
    def legend_made(self) -> bool:
        return self._legend is not None

    def hold_extras(self) -> None:
        """Leave out the cost split until the window has chosen the desk's look (release_extras, or set_compact).

        Why: see PlanArea.hold_best_plans and legend. The desk so held is no taller than its full look, so the
        first split's shortcut (a held desk that does not fit goes compact at once) still holds; but it is
        shorter than with the key, so where the held desk now fits and the full look does not, the split
        measures the full look before it goes compact, as it did wherever the held desk fitted. For the
        default scenario that is at no size: at 1366×768 the held desk is still 13 px (English) and 5 px
        (Chinese) too tall, at 800×800 far more."""
        self._held = True

    def release_extras(self) -> None:
        """The cost split as the plan's look has it, if it was held (hold_extras)."""
        if self._held:
            self.set_compact(self.compact)

    def set_compact(self, on: bool) -> None:
        """Compact: without the roles and the cost split. Each member's role is the first reason on
        its panel just below, in the same words."""
        self._held = False
        self.compact = on
        if not on:
            self.show_folded()
        # Shown without laying the desk out there and then (see set_shown): the desk is laid out once, with
        # the whole of the new look. (The key is made as it first shows.)
        if not on or self._legend is not None:
            set_shown(self.legend, not on)
        self._show_roles()
        self._show_score_reasons()
        self._show_cost()

    def _show_roles(self) -> None:
        """Each member's role, then the goals the plan is weak at; in the compact look the weak goals alone, since
        each member's role is the first reason on its panel just below, and nothing there says what the plan does
        badly: presenting, the watch brand's desk dropped "The plan is weak at 1:1 contact and customer groups" that
        its handout and long image print on their first page."""
        lines = [self._weak] if self.compact else [*self._roles, self._weak]
        shown = "\n".join(line for line in lines if line)
        if shown != self.roles_label.text():
            self.roles_label.setText(shown)
        set_shown(self.roles_label, bool(shown))

    @property
    def roles_text(self) -> str:
        """Each member's role and the goals the plan is weak at, whichever look shows them: for the copied summary and
        the plan's accessible description."""
        return "\n".join(line for line in (*self._roles, self._weak) if line)

    @property
    def made_of(self) -> str:
        """What the plan's likely cost is made of (words.steps.made_of), for the compact look and the copied summary."""
        return made_of(*self._cost_parts, text.words(self.pack))

    def _show_cost(self) -> None:
        """The plan's likely cost; in the compact look, which folds the key to its parts, with its parts after it.
        Folded away, a laptop's desk never said what the cost was made of: a one-person course's ¥237k over 3 years
        was all ads to win the 30% of its users bought through them, for a plan of two presences free to open. (The
        parts are written only where they show: the full look's key gives them at every slider move.)"""
        parts = ""
        if self.compact and self.presenting is None:
            parts = self.made_of
        elif self.compact and self.presenting:
            parts = largest_part(*self._cost_parts, text.words(self.pack))
        self.cost_label.setText(text.sentences([self.cost_line, parts]) if parts else self.cost_line)

    def set_presenting(self, on: bool, roomy: bool = True) -> None:
        """Presenting: the cost's largest part alone after it, not the whole list (see words.steps.largest_part), and on
        a 720-line projector (not `roomy`) not even that: the line it took pushed car_brand's panels under a scroll bar
        (the handout, and the desk once the presentation ends, say the parts)."""
        self.presenting = roomy if on else None
        self._show_cost()

    def keep_score_reasons(self, count: int | None) -> None:
        """How many reasons under the score the compact look keeps (None: all; see score_reasons_label)."""
        self.kept_score_reasons = count
        self._show_score_reasons()

    def _show_score_reasons(self) -> None:
        reasons = self._score_reasons
        if self.compact and self.kept_score_reasons is not None and self.kept_score_reasons < len(reasons):
            # Fewer lines than the reasons (a 720-line projector keeps one): the first in one line that gives
            # the points taken in all, since "less the points that follow" would point at lines not shown.
            if self._score_line is None and self.kept_score_reasons:
                self._score_line = [text.render_reason(score_in_one_line(self._reasons_taken), self.pack)]
            # (cast: written just above where it keeps any.)
            reasons = cast("list[str]", self._score_line)[:self.kept_score_reasons] if self.kept_score_reasons else []
        self.score_reasons_label.setText(text.sentences(reasons) if reasons else "")
        set_shown(self.score_reasons_label, bool(reasons))
        if self._budget is not None:
            # Beside every score line, without the points they give ("Less 17 points because the budget covers only
            # 43% …" stood over "…, which takes 17 points off its score"); with them where the lines are folded.
            folded = reasons is not self._score_reasons
            said = text.render_reason(self._budget if folded else R.budget_beside_score(self._budget), self.pack)
            self.budget_label.setText(said)
            self.budget_label.setToolTip(self._budget_note)

    def show_evaluation(self, evaluation: Evaluation, in_drag: bool = False) -> bool:
        """Show the plan of `evaluation`; False when nothing it shows changed (nothing was set).

        `in_drag`: a step of a drag. What the compact look folds (the cost split's key, a rich-text
        label) is then set once the drag pauses (show_folded), or as the desk unfolds.
        """
        self._evaluation = evaluation
        # (Before the plan's figures: a figure set for the scenario may leave the plan as it was.)
        own_changed = self._show_own_figures(evaluation.scenario.overrides)
        plan = evaluation.plan
        # As the three best plans write it: "70.7" where a plan that lost would read alike.
        score = text.words(self.pack).score_of(evaluation)
        parts, stores = legend_parts(evaluation), legend_pays_stores(evaluation)
        shown = (plan, score, evaluation.budget, evaluation.warnings, evaluation.scenario.horizon_years, parts, stores)
        if shown == self._shown:
            return own_changed
        self._shown = shown
        self.name_label.setText(self.tr("The plan: %1").replace("%1", text.plan_name(plan.presences)))
        self.score_label.setText(self.tr("Plan score: %1 out of 100").replace("%1", score))
        deducted = any(reason.impact < 0 for reason in plan.reasons)
        words = text.words(self.pack)
        # The budget's line followed by how its points are counted, where that is not the appendix's rule alone
        # (words.budget_points), as the handout, the long image and `wxdesk evaluate` write it.
        def render(reason: Reason) -> str:
            return text.render_reason(reason, self.pack)
        if any(r.template in R.PLAN_BUDGET_LINES for r in plan.reasons):
            # (Imported here: it ranks plans as the engine does, with NumPy, which a start that paints the answer
            # it kept does not load before its first paint, where a plan within its budget has no such line.)
            from wxdesk.words.budget_points import with_budget_points
            reasons = list(with_budget_points(evaluation, self.pack.with_overrides(evaluation.scenario.overrides),
                                              words, render))
        else:
            reasons = [render(r) for r in plan.reasons]
        # Plain text, set at once also in a drag: the compact look shows it while presenting.
        self._score_reasons = reasons if deducted else []
        # Its one line is written only where a look shows it: the reasons change at most audience steps at a
        # budget the plan exceeds, and the compact look shows it only while presenting on a small screen.
        self._reasons_taken = plan.reasons if deducted else ()
        self._score_line = None if deducted else []
        self._budget = evaluation.budget  # (set with the score's lines: said with their points only where they fold)
        self._budget_note = articles_note(evaluation, words)
        self._show_score_reasons()
        if (in_drag and self.compact) or self._legend is None:
            self._folded_due = (plan, parts, stores)  # (set once the drag pauses, or as the key is made)
        else:
            self._folded_due = None
            self._show_folded(plan, parts, stores)
        # Every deduction the engine makes (plans.PlanScore: presences, staff, cost, budget), named: it said "for cost
        # beyond the budget" only, beside an alternative within a ¥3M budget that lost 2 points for its cost.
        self.score_label.setToolTip("\n".join([self.tr(
            "The plan's own score: how well its presences together cover your goals and needs, less points for "
            "each extra presence to run, for staff time in chats, for each doubling of its first-year cost over "
            "the cheapest plan's, and more for cost beyond the budget. Each panel below shows one presence's fit "
            "on its own."), *reasons]))
        # The roles follow the plan's members and what each carries, which an audience or budget move
        # mostly leaves as they were: written again only where those changed.
        # (And what WeCom's says where its staff serve by chat: the hours, which follow the audience.)
        roles_of = (plan.presences, plan.roles, plan.no_duty, plan.chat_staff, plan.weak_goals)
        if roles_of != self._roles_of:
            self._roles_of = roles_of
            self._roles = [self.tr("%1: %2").replace("%1", text.presence_name(p)).replace(
                "%2", text.render_reason(plan.role_reason(p), self.pack)) for p in plan.presences]
            self._weak = "" if plan.weak_goals is None else text.render_reason(plan.weak_goals, self.pack)
            self._show_roles()
        horizon = cost_range_text(plan, evaluation.scenario.horizon_years)
        # Over one year the first year is the whole cost: said once, as the handout and the text say it.
        self.cost_line = (self.tr("Likely cost: %1.").replace("%1", horizon)
                           if evaluation.scenario.horizon_years == 1 else
                           self.tr("Likely cost: %1; %2.").replace("%1", horizon).replace("%2", first_year_text(plan)))
        self._cost_parts = (plan.breakdown, plan.total.likely, evaluation.scenario.horizon_years, stores)
        self._show_cost()
        warnings = [text.render_reason(w, self.pack) for w in points_to_watch(evaluation.warnings)]
        self.warnings_label.setText("\n".join("⚠ " + w for w in warnings))
        set_shown(self.warnings_label, bool(warnings))
        self.setAccessibleName(self.tr("The plan"))
        self.setAccessibleDescription(" ".join(
            label.text() for label in (self.name_label, self.score_label, self.cost_label, self.budget_label)))
        return True

    def _show_own_figures(self, overrides: Mapping[str, Mapping[str, float]]) -> bool:
        """The sentence naming the figures the scenario sets for itself (words.own_figures, as the handout says it),
        written only where they changed: a slider move leaves them as they were, and compares one (mostly empty)
        mapping. True where the line changed."""
        if overrides is self._own_of or overrides == self._own_of:
            return False
        self._own_of = overrides
        sentence = ""
        if overrides:
            from wxdesk.words.own_figures import own_figures_sentence  # (only for a scenario that sets figures)
            sentence = own_figures_sentence(self.pack.with_overrides(overrides), text.words(self.pack))
        if sentence == self.own_figures_label.text():
            return False
        self.own_figures_label.setText(sentence)
        self.own_figures_label.setToolTip(self.tr(
            "These figures are set for this scenario, not taken from the data pack, and the plan is worked out "
            "with them. Click to see them in the Assumptions view (View ▸ Assumptions), where they can be reset."
        ) if sentence else "")
        set_shown(self.own_figures_label, bool(sentence))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The key's tooltips, written as they are asked for: some 0.3 ms, which every slider move would pay for
        # tooltips seldom read. (The event's type first: the filter sees the plan's labels' events as it is built.)
        if event.type() == QEvent.Type.ToolTip and self._legend is not None and self._evaluation is not None:
            evaluation, legend = self._evaluation, self._legend
            if watched is legend.labels["acquisition"]:
                # What the user acquisition is made of, a sum a client can multiply out (words.acquisition), as the
                # handout and the long image say it under their splits.
                from wxdesk.engine.fit import staff_only  # (with NumPy: not before the first paint)
                from wxdesk.words.acquisition import acquisition_sentence
                scenario = evaluation.scenario
                watched.setToolTip(acquisition_sentence(evaluation.plan, scenario,
                                                        self.pack.with_overrides(scenario.overrides),
                                                        text.words(self.pack), staff_only(scenario)))
            elif watched is legend.labels["fees"]:
                # What the fees leave out (words.timeline.cost_notes: WeChat Pay's fee on each payment), as the
                # handout and the long image say it under their splits; none where the plan takes no payments.
                watched.setToolTip(text.words(self.pack).sentences(
                    [text.render_reason(r, self.pack) for r in cost_notes(evaluation.warnings)]))
        if (watched is self.own_figures_label and event.type() == QEvent.Type.MouseButtonRelease
                and cast("QMouseEvent", event).button() == Qt.MouseButton.LeftButton):
            self.own_figures_asked.emit()
            return True
        return super().eventFilter(watched, event)

    def show_folded(self) -> None:
        """Set what a drag left unset where the compact look folds it (see show_evaluation)."""
        if self._folded_due is not None and self._legend is not None:  # (a key not made yet takes it as it is made)
            due, self._folded_due = self._folded_due, None
            self._show_folded(*due)

    def _show_folded(self, plan: PlanResult, parts: tuple[str, ...], stores: bool) -> None:
        self.legend.show_amounts(plan.breakdown, parts, stores, plan.total.likely)
        self.legend.setToolTip(self.tr("The plan's likely cost over the horizon, split into its parts; "
                                       "the bars beside it are split the same way."))

    def set_pack(self, pack: DataPack) -> None:
        self.pack = pack
        self._roles_of = self._own_of = None  # the roles' and the figures' words may come from the new pack

    def retranslate(self) -> None:
        if self._legend is not None:  # (one made later is made in the language of then)
            self._legend.retranslate()
        self._roles_of = self._own_of = None  # (written in the new language)
        if self._evaluation is not None:
            self._shown = None
            self.show_evaluation(self._evaluation)


class PlanColumn(QWidget):
    """One of the three best plans: name, score, cost range, split, what it changes, why not."""

    def __init__(self, rank: int, pack: DataPack, parent: QWidget | None = None):
        super().__init__(parent)
        self.rank = rank
        self.pack = pack
        self.setObjectName(f"planColumn{rank}")
        self.heading = _label("rankHeading", 0.8, bold=True, muted=True)  # its rank and its score
        # "THE PLAN · PLAN SCORE" over "73.5" (a column narrowed by the sensitivity dock): a line ends only at the dot.
        self.heading.keep_parts_whole(" · ")
        self.name_label = _label("columnPlanName", 0.95, bold=True)
        self.cost_label = _label("columnCost", 0.9)
        self.bar = CostSplitBar()
        self.change_label = _label("columnChange", 0.88)
        self.why_label = _label("columnWhyNot", 0.88)
        layout = SteadyVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.heading, self.name_label, self.cost_label, self.bar,
                       self.change_label, self.why_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def show_plan(self, plan: PlanResult, best: PlanResult, scale: float, score: str) -> None:
        # (Its alternatives, not "the next best": a plan left out may score higher, and the first card names it.)
        rank = (self.tr("THE PLAN"), self.tr("FIRST ALTERNATIVE"), self.tr("SECOND ALTERNATIVE"))[self.rank]
        # `score` as Words.plan_scores writes it beside the others (to a tenth where a plan that lost
        # would read the plan's own score), as the handout does.
        self.heading.setText(self.tr("%1 · PLAN SCORE %2").replace("%1", rank).replace("%2", score))
        self.name_label.setText(text.plan_name(plan.presences))
        self.cost_label.setText(cost_range_text(plan))
        self.bar.show_split(plan.breakdown, scale, pays_stores([plan.presences]), plan.total.likely)
        if self.rank == 0:
            self.change_label.setText("")
            self.why_label.setText("")
        else:
            self.change_label.setText(change_text(plan, best))
            # The score is in the heading; the reasons say what separates this plan from the best. Where
            # both scores round alike, the first reason gives them to a tenth, so it stays.
            why = [r for r in plan.why_not
                   if r.code != "why_not_lower" or round(plan.score) == round(best.score)]
            # What speaks against it with a minus; what only separates it ("costs the same") with a dot.
            self.why_label.setText("\n".join(("− " if r.impact < 0 else "• ") + text.render_reason(r, self.pack)
                                             for r in why))
        set_shown(self.change_label, bool(self.change_label.text()))
        set_shown(self.why_label, bool(self.why_label.text()))
        self.setAccessibleName(self.heading.text() + " " + self.name_label.text())


class PlanArea(SpanningWhereShown, QWidget):  # (its texts measured where shown: see shown_size)
    """The top of the desk: the plan on the left, the three best plans on the right.

    Signal: `columns_built` once the best plans' columns are made (see _build_columns).
    """

    columns_built = Signal()

    def __init__(self, pack: DataPack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planArea")
        self.pack = pack
        self.summary = PlanSummary(pack)
        self.plans_title = _label("bestPlansTitle", 0.95, bold=True, muted=True)
        # The three columns in a widget of their own: a compact desk folds them behind a toggle. They are made
        # when they first show (or are first asked for: `columns`), not here: see _build_columns.
        self._columns: list[PlanColumn] = []
        self.best_plans = QWidget(objectName="bestPlans")  # type: ignore[call-arg]  # (a Qt property: see FoldToggle)
        grid = QGridLayout(self.best_plans)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        self._grid = grid
        self.best_plans_toggle = _fold_toggle("bestPlansToggle")
        self.best_plans_toggle.toggled.connect(self._show_best_plans)
        self.best_plans_toggle.hide()
        right = QVBoxLayout()
        right.setSpacing(3)
        right.addWidget(self.plans_title)
        right.addWidget(self.best_plans_toggle)
        right.addWidget(self.best_plans)
        # The launch timeline folds into one line (when the plan is live, and whether in time),
        # so that on a laptop the panels' reasons stay in view; a click shows the chart.
        self.timeline_toggle = _fold_toggle("timelineToggle")
        self.timeline_toggle.toggled.connect(self._show_timeline)
        right.addWidget(self.timeline_toggle)
        self._right = right
        # The chart itself (and the report's painter it uses) is built on the first click.
        self.timeline_view: TimelineView | None = None
        right.addStretch(1)
        layout = SteadyHBoxLayout(self)  # a fold toggle's new line of the same height leaves it as it is
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.summary, 4)
        layout.addLayout(right, 6)
        self._layout = layout
        self._evaluation: Evaluation | None = None
        self._shown: tuple[tuple[PlanResult, ...], int] | None = None  # the plans and the years shown
        self._compact = False
        # Whether the best plans are folded until the window chooses the desk's look (hold_best_plans).
        self._held = False
        # The folded best plans' figures not yet set (see show_evaluation).
        self._columns_due: tuple[Evaluation, tuple[PlanResult, ...]] | None = None
        # What the timeline's line and the best plans' title and folded line were written from (see show_evaluation).
        self._timeline_of: tuple[Timeline, bool | None, bool | None, bool, str] | None = None
        self._named: tuple[tuple[tuple[str, ...], ...], bool, int] | None = None

    @property
    def compact(self) -> bool:
        return self._compact

    @property
    def columns(self) -> list[PlanColumn]:
        """The three best plans' columns, made now if they were not yet (see _build_columns)."""
        if not self._columns:
            self._build_columns()
        return self._columns

    @property
    def columns_made(self) -> bool:
        """Whether the best plans' columns are made (without making them)."""
        return bool(self._columns)

    def _build_columns(self) -> None:
        """Make the three columns, with the figures of the answer shown (once).

        Why not with the plan: a new user's window on a screen of up to 1366×768 (and the offscreen 800×800)
        starts with the compact desk, whose best plans stay folded behind their toggle until clicked, and a
        returning user's compact desk likewise: their fifteen labels and three bars, built and given their
        texts, were some 15 million instructions of the start (2 %) and a tenth of the hidden widgets Qt
        polished as the window first showed. They are made before anything shows them: as the full look is
        measured or shown (release_best_plans, set_compact), as the toggle unfolds them, or when asked for.
        Nothing of them is on screen until then; the first frame is the same to the pixel.
        """
        if self._columns:
            return
        self._columns = [PlanColumn(rank, self.pack) for rank in range(PLANS_SHOWN)]
        for i, column in enumerate(self._columns):
            self._grid.addWidget(column, 0, i, Qt.AlignmentFlag.AlignTop)
            self._grid.setColumnStretch(i, 1)
        if self._columns_due is not None:  # the answer shown so far
            due, self._columns_due = self._columns_due, None
            self._show_columns(*due)
        self.columns_built.emit()

    def set_compact(self, on: bool) -> None:
        """Compact: the plan across the whole width, without its cost split, and the three best
        plans folded into one line under it that opens them. For a short window or a projector,
        so that the presences' panels and the chart stay in view below."""
        if on == self._compact:
            self.release_best_plans()
            return
        self._compact = on
        self._held = False
        self._layout.setDirection(QBoxLayout.Direction.TopToBottom if on else QBoxLayout.Direction.LeftToRight)
        self._layout.setSpacing(4 if on else 18)
        self.summary.set_compact(on)
        # Each part shown without laying the desk out there and then (see set_shown): shown one by one, each
        # laid the plan and everything under it out again (the whole desk, before the first paint, for a look
        # it was about to leave), where one layout with the whole of the new look does.
        set_shown(self.plans_title, not on)
        set_shown(self.best_plans_toggle, on)
        self._show_best_plans(self.best_plans_toggle.isChecked(), at_once=False)

    def hold_best_plans(self) -> None:
        """Fold the three best plans until the window has chosen the desk's look (set_compact, or
        release_best_plans as it measures the full look to choose).

        Why: the window's first show lays the desk out at the widths it passes through before the first split
        chooses the look (on an 800×800 screen the accounts' column at 428 px, at 414 once its scroll bar shows,
        then at the full plan's least width, 575): the three columns were laid out at each (a full plan 1,347 px
        tall at 390), for a look that a short window (a laptop's, the offscreen 800×800) leaves before its first
        paint. Held, they are laid out once, as the choice measures the full look: 0.5 % of the instructions to a
        new user's first paint (callgrind, 895 against 899.5 million). Nothing of them is on screen until the
        choice, which comes before the first paint; the first frame is the same to the pixel."""
        if not self._held:
            self._held = True
            self.best_plans.hide()
            self.summary.hold_extras()

    @property
    def best_plans_held(self) -> bool:
        """Whether the best plans are held until the desk's look is chosen (hold_best_plans)."""
        return self._held

    def release_best_plans(self) -> None:
        """The best plans as the plan's look has them, if they were held (hold_best_plans)."""
        if self._held:
            self._held = False
            self.summary.release_extras()
            self._show_best_plans(self.best_plans_toggle.isChecked(), at_once=False)

    def set_presenting(self, on: bool, roomy: bool = True) -> None:
        """Presentation mode: the compact look, and yet the reasons under the plan's score (how its
        coverage becomes its score, which the sliders' flip hints quote) and, `roomy`, the plans that
        come next on a second line where they need it rather than the third cut off. Not `roomy` (a
        720-line projector), only one line, which links the coverage to the score: more lines
        would push the panels' ends under a scroll bar and squeeze the chart. An ordinary window's
        compact desk keeps them folded (its menus and bars take the room)."""
        self.summary.keep_score_reasons((None if roomy else 1) if on else 0)
        self.summary.set_presenting(on, roomy)
        self.best_plans_toggle.set_most_lines(2 if on and roomy else 1)

    def _show_best_plans(self, shown: bool, at_once: bool = True) -> None:
        """Unfold or fold the best plans (the toggle's click); `at_once=False`: shown as set_shown shows."""
        self.best_plans_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if shown or not self._compact:
            self._build_columns()  # (made as they are about to show, with the figures of now)
            self.show_folded()  # their figures are those of now before they show
        if self._held:
            return  # shown as the look is chosen (release_best_plans)
        if at_once:
            self.best_plans.setVisible(shown or not self._compact)
        else:
            set_shown(self.best_plans, shown or not self._compact)

    def _best_plans_folded(self) -> bool:
        return self._compact and not self.best_plans_toggle.isChecked()

    def show_folded(self) -> None:
        """Set what a drag left unset in the folded best plans and plan (see show_evaluation)."""
        self.summary.show_folded()
        if self._columns_due is not None and self._columns:  # (columns not made yet take it as they are made)
            due, self._columns_due = self._columns_due, None
            self._show_columns(*due)

    def _show_timeline(self, shown: bool) -> None:
        self.timeline_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if shown and self.timeline_view is None:
            from wxdesk.ui.timeline_view import TimelineView
            self.timeline_view = TimelineView(self.pack)
            self._right.insertWidget(self._right.indexOf(self.timeline_toggle) + 1, self.timeline_view)
            if self._evaluation is not None:
                self.timeline_view.show_evaluation(self._evaluation)
        if self.timeline_view is not None:
            self.timeline_view.setVisible(shown)

    def plans(self, evaluation: Evaluation) -> tuple[PlanResult, ...]:
        return (evaluation.plan, *evaluation.alternatives)[:PLANS_SHOWN]

    def show_evaluation(self, evaluation: Evaluation, in_drag: bool = False) -> bool:
        """Show the plan and the best plans of `evaluation`; False when nothing it shows changed.

        `in_drag`: a step of a drag. The three best plans, where the compact desk folds them, are then
        set once the drag pauses (show_folded), or as they unfold: nothing of them is on screen, and
        setting their texts, bars and tooltips was a tenth of a step's views.
        """
        self._evaluation = evaluation
        changed = self.summary.show_evaluation(evaluation, in_drag=in_drag)
        if self.timeline_view is not None:
            self.timeline_view.show_evaluation(evaluation)  # also when only the must-be-live-by date moved
        plan, live_by = evaluation.plan, evaluation.scenario.live_by
        # Its lines follow the plan's timeline and the date alone, which most moves leave as they were.
        timeline_of = (plan.timeline, plan.live_in_time, plan.live_in_time_at_slowest, plan.live_by_passed, live_by)
        if timeline_of != self._timeline_of:
            self._timeline_of = timeline_of
            lines = timeline_lines(plan, live_by, text.words(self.pack))
            # When the plan is live, on one line; whether that is in time is among the plan's warnings.
            changed |= self.timeline_toggle.full_line() != lines[0]
            self.timeline_toggle.set_line(lines[0], tip="\n".join(lines))
        plans = self.plans(evaluation)
        shown = (plans, evaluation.scenario.horizon_years)
        if shown == self._shown:
            return changed or self.timeline_view is not None
        self._shown = shown
        # The title and the folded line name the plans and the years: most moves change only their figures.
        named = (tuple(p.presences for p in plans), len(plans) > 1 and plans[1].close_call,
                 evaluation.scenario.horizon_years)
        if named != self._named:
            self._named = named
            self._show_names(plans, evaluation.scenario.horizon_years)
        if (in_drag and self._best_plans_folded()) or not self._columns:
            self._columns_due = (evaluation, plans)  # (set as they unfold, or as they are made)
        else:
            self._columns_due = None
            self._show_columns(evaluation, plans)
        return True

    def _show_names(self, plans: tuple[PlanResult, ...], years: int) -> None:
        """The best plans' title, and the folded line that names the plans after the plan."""
        self.plans_title.setText(
            # "The three best plans" stood over cards at 69 and 67 beside "This plan with both" at 73: the cards after
            # the plan are its alternatives (engine.plans.next_best leaves out the plan padded with idle presences).
            text.words().for_years(self.tr("THE PLAN AND ITS ALTERNATIVES · COST OVER %1 YEARS") if len(plans) > 1
                                   else self.tr("THE PLAN · COST OVER %1 YEARS"), years, key="%1")
            .replace("%1", str(years)))
        # Folded, the line names the plans that come next, so a glance says what the plan beat.
        # "Next best: A; B" read as one plan of two parts: the third is named as the third.
        names = [text.plan_name(p.presences) for p in plans[1:]]
        # A next best the model cannot tell from the plan says so folded too: its card's line alone, out of
        # sight, left "The plan: …" over a near tie reading as a clear win (fitness_coaching, 66.8 and 66.5).
        close = len(plans) > 1 and plans[1].close_call
        heads = [(self.tr("First alternative, a close call: %1") if close else self.tr("First alternative: %1"))
                 .replace("%1", names[0])] if names else []
        if len(names) > 1:
            heads.append((self.tr("First alternative, a close call: %1; second: %2") if close
                          else self.tr("First alternative: %1; second: %2")).replace("%1", names[0])
                         .replace("%2", names[1]))
        line = heads[-1] if heads else self.plans_title.text()
        self.best_plans_toggle.set_line(line, heads, tip=f"{self.plans_title.text()}\n{line}")

    def _show_columns(self, evaluation: Evaluation, plans: tuple[PlanResult, ...]) -> None:
        scale = max((p.total.likely for p in plans), default=0.0)
        scores = text.words(self.pack).plan_scores([p.score for p in plans])
        for i, column in enumerate(self.columns):
            if i < len(plans):
                column.show_plan(plans[i], evaluation.plan, scale, scores[i])
            set_shown(column, i < len(plans))

    def retranslate(self) -> None:
        self.summary.retranslate()
        self._timeline_of = self._named = None  # (written in the new language)
        if self._evaluation is not None:
            self._shown = None
            self.show_evaluation(self._evaluation)

    def set_pack(self, pack: DataPack) -> None:
        self.pack = pack
        self.summary.set_pack(pack)
        self._timeline_of = self._named = None  # their words may come from the new pack
        if self.timeline_view is not None:
            self.timeline_view.set_pack(pack)
        for column in self._columns:  # (columns made later are made with it)
            column.pack = pack

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
