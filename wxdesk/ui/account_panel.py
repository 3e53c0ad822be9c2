"""Cards that show one presence (an account type, the Mini Program, the app) for the current evaluation.

Each card shows the presence's one fit (PresenceResult.fit, the same number as in the
JSON and the handout), whether it can be opened, whether the plan holds it, and its
reasons: the first says its role in the plan or why the plan leaves it out.

Each card is built once; a new evaluation only changes label texts and the fit bar,
and a card whose own figures did not change is not touched at all, so a slider move
costs a few setText calls on the cards it changes and no repaint of the others. Frames are painted from the
palette (no style sheets), which keeps light and dark palettes readable and the
repaint cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen, QRegion
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from wxdesk.engine import Evaluation
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.results import PresenceResult
from wxdesk.engine.reasons import Reason
from wxdesk.engine.standing import IN_PLAN, OPEN, REACHES_NONE, opens_through_a_partner, standing
from wxdesk.ui import text
from wxdesk.ui.card_frame import colour_beneath, paint_frame
from wxdesk.ui.plain_label import PlainLabel
from wxdesk.ui.settle import set_shown
from wxdesk.ui.shown_size import SizedWhereShown
from wxdesk.ui.steady_label import SteadyLabel, wrapping_label
from wxdesk.ui.steady_layout import FigureLabel, SteadyVBoxLayout

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtGui import QPaintEvent, QShowEvent

    from wxdesk.engine.datapack import Fact

    # What a panel shows of a presence (see PresencePanel.show_evaluation): its fit's whole number, its standing and
    # the business's entity, and each reason's template, parameters and mark.
    PanelShown = tuple[int, tuple[str, str], tuple[tuple[str, Mapping[str, object], str], ...]]

REASONS_SHOWN = 3
FIT_FONT_FACTOR = 1.7
BADGE_MARGINS = (6, 1, 6, 1)  # around a badge's words: left, top, right, bottom
BADGE_FONT_FACTOR = 0.9
# Six panels in a row beside the controls on a 1280-pixel screen, presenting in larger type too.
PANEL_MIN_WIDTH = 130
CARD_RADIUS = 8
CARD_BORDER, CARD_BORDER_HIGHLIGHTED = 1.0, 2.5
# Where a card's two looks differ: along its edges, the wider border's outer edge at 0.5 px and
# inner edge at 3 px, a pixel more where it is smoothed, and one to spare; in its corners, where
# the border bends in by 2.4 px more (an 8 px radius at 45°), a square that holds the bend.
# The card's contents start inside both (its layouts' margins are 7 px and more), so that a card
# joining or leaving the plan repaints none of its texts.
BORDER_STRIP = 5
BORDER_CORNER = 8


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's own font, scaled, so that every size follows the user's font setting."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def fills_card_inside(widget: QWidget) -> None:
    """Let `widget`, which lies inside a card's border, fill its own background with the card's inside colour.

    Why: a widget that fills none is transparent to Qt, so each of its repaints (a panel's reason or a
    variant's cost and note, new at most slider moves) first paints every widget beneath it, from the window
    down: the window, the splitters, the column, and the card's own paintEvent in Python, some eight paint
    events for each changed text. A widget that fills its background is opaque to Qt and repaints alone. Its
    pixels stay the same: inside its border a card is the Base colour, whole pixels, in either look (see Card),
    and the widget fills the same colour of the same palette before it draws on it.

    Only for widgets that are laid out in the move that changes them: Qt moves a widget that fills its
    background by copying its pixels in the window's buffer at once, and paints what that uncovers at the next
    paint. The variant cards are laid out and painted in the step's own turn (see VariantColumn), and a panel's
    first reason moves only with its line above, at a plan change; but a panel's later reasons (and its key
    facts) move under a first reason that took another line, where the panels are sometimes laid out again
    after the step has painted: the buffer then held the copy without what it uncovered until the next step
    (seen at 1600×1000, an audience drag's 37th step: a line of the old picture left under the first reason).
    """
    widget.setBackgroundRole(QPalette.ColorRole.Base)
    widget.setAutoFillBackground(True)
    # Inked as before, in the window's text colour: on a Base background Qt's default ink is the Text colour,
    # which a desktop's palette may set apart from WindowText.
    widget.setForegroundRole(QPalette.ColorRole.WindowText)


def _parenthesis_at(title: str) -> int:
    """Where a title's parenthesis ("(formerly Subscription Account)") starts (-1: it has none)."""
    return min((i for i in (title.find("("), title.find("（")) if i > 0), default=-1)


def plain_title(title: str) -> str:
    """A panel title without its parenthesis: "Official Account"."""
    cut = _parenthesis_at(title)
    return title if cut < 0 else title[:cut].rstrip()


def _height_of(measure: QLabel, font: QFont, html: str, width: int) -> int:
    """The height of a title written `html` at `width` in `font`, measured by `measure` (PanelGrid's title measure)."""
    if measure.font() != font:
        measure.setFont(font)
    measure.setText(html)
    return measure.heightForWidth(width)


def title_html(title: str) -> str:
    """A panel title with its parenthesis ("(formerly Subscription Account)") in smaller, plain type."""
    cut = _parenthesis_at(title)
    if cut < 0:
        return text.escaped(title)
    # A space before "(", none before a full-width "（", which carries its own (公众号（原订阅号）).
    gap = " " if title[cut] == "(" else ""
    return (f"{text.escaped(title[:cut].rstrip())}{gap}<span style=\"font-size:small; font-weight:normal\">"
            f"{text.escaped(title[cut:])}</span>")


def _mark(reason: Reason, in_plan: bool) -> str:
    # What helps the fit and what hurts it, readable without colour. Of a presence the plan holds, what
    # tells against it is a point to watch ("!", as the handout marks it), not a verdict against the plan's choice.
    if reason.impact < 0:
        return "!" if in_plan else "−"
    return "+" if reason.impact > 0 else "•"


class Card(QFrame):
    """A rounded card painted from the palette; highlighted when it is part of the answer.

    Only its border differs between the two looks (inside it, both are the Base colour): a card
    that joins or leaves the plan repaints the strips along its edges and its corners, not the
    texts it holds, and a paint inside them (a text of the card that changed) fills the Base
    colour there rather than drawing the whole rounded frame again.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._highlighted = False
        self._border: tuple[QSize, QRegion] | None = None  # the border region at the size it was made for

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    def set_highlighted(self, on: bool) -> None:
        if on != self._highlighted:
            self._highlighted = on
            self.update(self.border_region())

    def border_region(self) -> QRegion:
        """Where the border and its rounded corners lie, in either look: strips along the edges and a
        square in each corner. Every pixel outside it is the Base colour in both looks."""
        # Made once per size: every paint of a card (a text of it that changed) asks for it.
        size = self.size()
        if self._border is None or self._border[0] != size:
            self._border = (size, self._made_border_region())
        return self._border[1]

    def _made_border_region(self) -> QRegion:
        width, height = self.width(), self.height()
        strip, corner = BORDER_STRIP, BORDER_CORNER
        region = QRegion(0, 0, width, strip)
        for rect in ((0, height - strip, width, strip), (0, 0, strip, height), (width - strip, 0, strip, height),
                     (0, 0, corner, corner), (width - corner, 0, corner, corner),
                     (0, height - corner, corner, corner), (width - corner, height - corner, corner, corner)):
            region += QRegion(*rect)
        return region

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        palette = self.palette()
        if not event.region().intersects(self.border_region()):
            # Inside the border the rounded rectangle below is its fill, whole pixels of the Base colour.
            # (A QRegion iterates over its rectangles in PySide6; its stub has no __iter__.)
            for rect in event.region():  # type: ignore[attr-defined]
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
            return
        width = CARD_BORDER_HIGHLIGHTED if self._highlighted else CARD_BORDER
        role = QPalette.ColorRole.Highlight if self._highlighted else QPalette.ColorRole.Mid
        # Copied from kept tiles where that gives the same pixels (see card_frame): a card painted whole
        # (one that grew or moved) no longer runs the smoothed fill of its whole inside.
        paint_frame(painter, self.size(), QPen(palette.color(role), width), palette.color(QPalette.ColorRole.Base),
                    CARD_RADIUS, colour_beneath(self))


class Badge(PlainLabel):
    """A small label on the highlight colour: "In the plan"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planBadge")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.setForegroundRole(QPalette.ColorRole.HighlightedText)
        self.setContentsMargins(*BADGE_MARGINS)
        self.setFont(scaled_font(self, BADGE_FONT_FACTOR, bold=True))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class StatusLine(SteadyLabel):
    """The line under a panel's fit: "✓ In the plan" in a badge on the highlight colour, or whether
    the presence can be opened, as plain text.

    One label whose look changes rather than a badge and a line that take turns: hiding one
    widget and showing another lays the panel out twice and cost a plan-changing slider move
    about 0.25 ms a widget, four panels at a time. The badge's smaller bold type is drawn, not
    set: the label keeps the panel's font, which presentation mode and Preferences enlarge."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eligibility")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._is_badge = False

    @property
    def is_badge(self) -> bool:
        return self._is_badge

    def show_status(self, line: str, badge: bool, tooltip: str = "") -> None:
        if badge != self._is_badge:
            self._is_badge = badge
            self.setObjectName("planBadge" if badge else "eligibility")
            self.setContentsMargins(*(BADGE_MARGINS if badge else (0, 0, 0, 0)))
            self.update()
        self.setText(line)
        self.setToolTip(tooltip)

    def badge_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * BADGE_FONT_FACTOR)
        font.setBold(True)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._is_badge:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        font = self.badge_font()
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        area = self.contentsRect()
        words = QFontMetrics(font).boundingRect(area, flags, self.text())
        margins = self.contentsMargins()
        chip = words.adjusted(-margins.left(), -margins.top(), margins.right(), margins.bottom()) & self.rect()
        palette = self.palette()
        painter.fillRect(chip, palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.setFont(font)
        painter.drawText(area, flags, self.text())


class FitBar(QProgressBar):
    """The fit bar, painted flat from the palette: a rounded track and the fit's share of it.

    A QProgressBar still (screen readers read its value), but the Fusion style draws its frame and
    gradients at about 0.15 ms a bar, which six panels pay again on most slider moves."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        track = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = track.height() / 2
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(track, radius, radius)
        span = self.maximum() - self.minimum()
        share = (self.value() - self.minimum()) / span if span > 0 else 0.0
        if share > 0:
            chunk = QRectF(track)
            chunk.setWidth(max(track.height(), track.width() * share))
            group = QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(group, QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(chunk, radius, radius)


class FitMeter(QWidget):
    """The fit as a large number out of 100 and a bar beneath it, on a card (filling the card's inside colour:
    a new fit repaints the meter alone, see fills_card_inside)."""

    def __init__(self, size: float = FIT_FONT_FACTOR, trailing: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        fills_card_inside(self)
        self.number = FigureLabel("–")
        self.number.setObjectName("fitNumber")
        self.number.setFont(scaled_font(self, size, bold=True))
        self.out_of = PlainLabel("/100")
        self.out_of.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.bar = FitBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.number, 0, Qt.AlignmentFlag.AlignBaseline)
        row.addWidget(self.out_of, 0, Qt.AlignmentFlag.AlignBaseline)
        row.addStretch(1)
        if trailing is not None:
            row.addWidget(trailing, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = SteadyVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.bar)

    def show_fit(self, fit: float, dimmed: bool = False) -> None:
        value = round(fit)
        self.number.setText(str(value))
        if self.bar.value() != value:
            # QProgressBar.setValue paints at once, before the rest of the window has changed;
            # with updates off it only marks the bar for the window's next paint.
            self.bar.setUpdatesEnabled(False)
            self.bar.setValue(value)
            self.bar.setUpdatesEnabled(True)
        role = QPalette.ColorRole.PlaceholderText if dimmed else QPalette.ColorRole.WindowText
        if self.number.foregroundRole() != role:  # setting the same role still repaints the label
            self.number.setForegroundRole(role)


class _ReasonLabels(Sequence[QLabel]):
    """A panel's reason labels, in order: the first made with the panel, the others when one of them is asked
    for (or first shows: see PresencePanel._make_later_reasons)."""

    def __init__(self, panel: PresencePanel):
        self._panel = panel

    def __len__(self) -> int:
        return REASONS_SHOWN

    def __getitem__(self, index: int) -> QLabel:  # type: ignore[override]  # (indices only: no caller slices it)
        if index != 0:
            self._panel._make_later_reasons()
        return self._panel._made_reasons[index]


class _Showing:
    """What a panel shows of the evaluation and what it wrote of it, changed at most slider moves.

    In a plain object rather than in attributes of the panel: PySide looks for a Qt property of the name at each
    attribute set on a Qt object (some 400 ns, a plain object's some 35 ns), and show_evaluation set the evaluation
    on each of six panels at every move, and most of the rest whenever a panel's reasons changed."""

    __slots__ = ("evaluation", "shown", "reasons", "lines", "tooltip_due", "fit", "state", "facts_overrides")

    def __init__(self) -> None:
        self.evaluation: Evaluation | None = None
        self.shown: PanelShown | None = None  # what the card shows now; None: draw it again
        # The reasons shown, each with its mark and the pack it is written from, and the lines written of them so
        # far: each is written when a label or the tooltip first needs it (see PresencePanel._reason_line).
        self.reasons: tuple[tuple[Reason, str, DataPack], ...] = ()
        self.lines: dict[int, str] = {}
        self.tooltip_due = False  # the tooltip (every reason) is written when it is first asked for
        # The fit the meter shows (its whole number, whether dimmed), and the fit and standing its bar's
        # description says; None: set them again.
        self.fit: tuple[int, bool] | None = None
        self.state: tuple[int, str] | None = None
        # The scenario's own figures the key facts are written with (Scenario.overrides).
        self.facts_overrides: Mapping[str, Mapping[str, float]] = {}


class PanelTitle(SteadyLabel):
    """A panel's title, which the panels' grid gives its row's tallest title's room (PanelGrid.align_titles)."""

    def setMinimumHeight(self, height: int) -> None:  # noqa: N802 - Qt override
        if height == QLabel.minimumHeight(self):
            return
        super().setMinimumHeight(height)
        # QLabel's height for a width is at least its least height (QLabelPrivate::sizeForWidth), and the heights
        # SteadyLabel remembers per width were measured with the room before. Kept, the Channels title at 119 px said
        # 32 px (the room of two lines at a narrower grid) once given 16 again, its card was laid out for that, and
        # its first reason lost 2 px to the border (news_publisher at 1920×1080, the Sensitivity dock dragged).
        # (Here only, not in SteadyLabel for every label: the titles are the labels whose least height a layout sets,
        # and a label elsewhere given a new least or largest size would need the same.)
        self._forget()


class PresencePanel(SizedWhereShown, Card):  # (its texts measured where shown: see shown_size)
    """One presence: its one fit, eligibility, "in the plan", the reasons that matter, key facts."""

    facts_made = Signal()  # the key facts' labels exist now (see _make_facts)

    def __init__(self, presence_id: str, pack: DataPack, parent: QWidget | None = None):
        super().__init__(parent)
        self.presence_id = presence_id
        self.pack = pack
        self.setObjectName(f"presencePanel_{presence_id}")
        self.setMinimumWidth(PANEL_MIN_WIDTH)
        self.title = PanelTitle()
        self.title.setObjectName("presenceTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setFont(scaled_font(self, 1.05, bold=True))
        self.title.setWordWrap(True)
        # At the top of its room: the grid gives every title in a row the tallest one's height (align_titles).
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.meter = FitMeter()
        self.status = StatusLine()
        # The first reason is the presence's place in the plan: it reads first, in bold. The others are made when
        # they first show (see _make_later_reasons), in the type the card had as it was made.
        first = wrapping_label("reason0")
        first.setFont(scaled_font(self, 0.85, bold=True))
        fills_card_inside(first)  # (new at most audience moves; the others move under it)
        self._reason_font = scaled_font(self, 0.85)
        self._made_reasons: list[QLabel] = [first]
        self.reason_labels = _ReasonLabels(self)
        # The key facts are made when they first show (see _make_facts).
        self._fact_heading: QLabel | None = None
        self._fact_labels: list[QLabel] | None = None
        self._now = _Showing()  # what it shows of the evaluation (see _Showing)
        # Whether the title shows its parenthesis (see fit_title), and its heights measured (_title_measure).
        self._title_whole = True
        self._title_heights: dict[tuple[str, int, str], tuple[int, int]] = {}  # by name, width and type

        layout = SteadyVBoxLayout(self)
        layout.setContentsMargins(9, 7, 9, 7)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.meter)
        # "In the plan" where the eligibility line would be: a presence in the plan can be opened.
        layout.addWidget(self.status)
        layout.addWidget(first)
        layout.addSpacing(4)  # (the key facts go after it, before the stretch)
        layout.addStretch(1)
        self._compact = False
        self._held = False
        self.retranslate()
        self._show_extras()

    @property
    def compact(self) -> bool:
        return self._compact

    def set_compact(self, on: bool) -> None:
        """Compact: only the fit and the first reason (the presence's place in the plan); the other
        reasons stay in the card's tooltip. For a short window, a docked table or a projector."""
        if on == self._compact and not self._held:
            return
        self._compact = on
        self._held = False
        self._show_extras()

    def hold_extras(self) -> None:
        """Fold what compact folds until set_compact says which look the card has (the window, once it
        has chosen): laid out and measured only if the card shows them then.

        Why it is safe: all of it lies below the first reason, so the card's top down to the end of its
        first reason, which the window measures to choose between the two looks, is laid out the same."""
        if not self._held:
            self._held = True
            self._show_extras()

    def _write_reasons(self) -> None:
        """The reasons' texts on the labels the card's look shows; a folded one's waits until it unfolds.

        Why: a label measures each new text, and the compact desk folds all but the first reason of six
        panels, whose texts most audience moves change."""
        folded = self._compact or self._held
        for i, label in enumerate(self._made_reasons):
            if i == 0 or not folded:
                label.setText(self._reason_line(i))

    def _reason_line(self, i: int) -> str:
        """The i-th reason as the card writes it, its mark first ("" beyond the last), written once per evaluation.

        Why only when asked: an audience move at a small budget changes some three of the panels' later
        reasons (their figures), which the compact desk folds and only the tooltip shows; written at each
        move, they were close to half of the panels' sentences."""
        now = self._now
        if i >= len(now.reasons):
            return ""
        line = now.lines.get(i)
        if line is None:
            reason, mark, pack = now.reasons[i]
            line = now.lines[i] = f"{mark} {text.render_reason(reason, pack)}"
        return line

    def toolTip(self) -> str:  # noqa: N802 - Qt override
        self._write_tooltip()
        return super().toolTip()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # (about to be shown)
            self._write_tooltip()
        return super().event(event)

    def _write_tooltip(self) -> None:
        """All reasons, the ones beyond the card included, one hover away: written as a hover asks for them."""
        if self._now.tooltip_due:
            self._now.tooltip_due = False
            self.setToolTip("\n".join(self._reason_line(i) for i in range(len(self._now.reasons))))

    def _show_extras(self) -> None:
        folded = self._compact or self._held
        reasons = self.result.reasons if self.result is not None else ()
        if not folded and len(reasons) > 1:
            self._make_later_reasons()
        self._write_reasons()  # those it unfolds now
        for i, label in enumerate(self._made_reasons):
            set_shown(label, i < len(reasons) and (i == 0 or not folded))
        # The facts true for the business's entity: an overseas company sees the fees it pays.
        evaluation = self._now.evaluation
        entity = evaluation.scenario.entity if evaluation is not None else "company"
        applies = [fact.applies_to(entity) for fact in self._facts()]
        if self._fact_labels is None and (folded or not any(applies) or not self.isVisible()):
            return  # none of the key facts shows (nor, yet, does the card): they are not made yet
        set_shown(self.fact_heading, any(applies) and not folded)
        for label, shown in zip(self.fact_labels, applies):
            set_shown(label, shown and not folded)

    def _make_later_reasons(self) -> None:
        """The reasons' labels after the first, hidden, in their place under it.

        Why they wait until they show: the compact desk, which a new user's window has on a 1366×768 screen,
        folds them, and made with every panel they cost its start some 8.7 million instructions before the first
        paint (callgrind, a new user's window at 1366×768, 1,644 million in all).
        """
        if len(self._made_reasons) == REASONS_SHOWN:
            return
        layout = cast(SteadyVBoxLayout, self.layout())  # (cast: the card's own, made with it)
        after = self._made_reasons[-1]
        for i in range(len(self._made_reasons), REASONS_SHOWN):
            label = wrapping_label(f"reason{i}")
            label.setFont(self._reason_font)
            label.setVisible(False)  # hidden on purpose: the layout does not show it when the card shows
            layout.insertWidget(layout.indexOf(after) + 1, label)
            # In reading order among the card's children too (what a screen reader follows), before the key facts.
            if self._fact_heading is not None:
                label.stackUnder(self._fact_heading)
            self._made_reasons.append(label)
            after = label

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._fact_labels is None:
            # A card is built unfolded, and its window folds it (hold_extras) before it shows: the key facts
            # are made here, as the card first shows, only if its look shows them.
            self._show_extras()

    @property
    def fact_labels(self) -> list[QLabel]:
        """The key facts' labels, one a fact, made the first time they show or are asked for."""
        if self._fact_labels is None:
            self._make_facts()
        assert self._fact_labels is not None
        return self._fact_labels

    @property
    def fact_heading(self) -> QLabel:
        """"KEY FACTS" above the facts, made with them."""
        if self._fact_heading is None:
            self._make_facts()
        assert self._fact_heading is not None
        return self._fact_heading

    def made_fact_labels(self) -> list[QLabel]:
        """The key facts' labels if they are made, without making them."""
        return self._fact_labels or []

    def _make_facts(self) -> None:
        """The key facts' labels, hidden, in their place in the card.

        Why they wait until they show: they are most of a card's labels (up to ten), and the compact look,
        which a new user's window has on a 1366×768 screen, shows none of them. Made with every card, they
        were a twentieth of the work before such a window's first paint.
        """
        heading = PlainLabel()
        heading.setFont(scaled_font(self, 0.85, bold=True))
        heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        labels: list[QLabel] = [wrapping_label(f"fact{i}") for i in range(len(self._facts()))]
        layout = cast(SteadyVBoxLayout, self.layout())  # (cast: the card's own, made with it)
        at = layout.indexOf(self._made_reasons[-1]) + 2  # after the last reason and the spacing under it
        for offset, widget in enumerate((heading, *labels)):
            widget.setVisible(False)  # hidden on purpose: the layout does not show it when the card shows
            layout.insertWidget(at + offset, widget)
        for label in labels:
            label.setFont(scaled_font(self, 0.85))
            label.setCursor(Qt.CursorShape.WhatsThisCursor)
        self._fact_heading, self._fact_labels = heading, labels
        self._write_facts()
        self.facts_made.emit()

    def _write_facts(self) -> None:
        if self._fact_heading is None or self._fact_labels is None:
            return  # written when they are made
        self._fact_heading.setText(self.tr("KEY FACTS"))
        # With the scenario's own figures, as the reasons above them and the handout's appendix take them: a fee set
        # to ¥500 for the scenario read "(¥500 a year)" in the card's reasons and "(¥300 a year)" in its key facts.
        pack = self.pack.with_overrides(self._now.facts_overrides)
        for label, fact in zip(self._fact_labels, self._facts()):
            label.setText("· " + text.fact_text(pack, fact))
            label.setToolTip(text.plain_tooltip(text.fact_source(pack, fact)))

    def _facts(self) -> tuple[Fact, ...]:
        info = self.pack.accounts.get(self.presence_id)
        return info.facts if info is not None else ()

    @property
    def result(self) -> PresenceResult | None:
        evaluation = self._now.evaluation
        return None if evaluation is None else evaluation.presence(self.presence_id)

    def show_evaluation(self, evaluation: Evaluation) -> bool:
        """Show this presence in `evaluation`; False when nothing the panel shows changed (nothing was set)."""
        now = self._now
        now.evaluation = evaluation
        result = evaluation.presence(self.presence_id)
        overrides = evaluation.scenario.overrides
        facts_moved = overrides != now.facts_overrides
        if facts_moved:
            now.facts_overrides = overrides
            self._write_facts()
        # What the panel shows, not the result itself: an audience move changes most fits by a
        # fraction of a point, which the whole number on the panel (and every text) does not show.
        reasons = tuple((r.template, r.params, _mark(r, result.in_plan)) for r in result.reasons)
        status = (standing(result.eligible, result.in_plan, evaluation.scenario), evaluation.scenario.entity)
        shown = (round(result.fit), status, reasons)
        if shown == now.shown:
            return facts_moved  # nothing else this panel shows has changed
        # Each part set again only where it changed: a session-length move changes a fit by a point
        # and leaves the reasons as they were, an audience move mostly changes a reason and leaves the fit.
        before = now.shown or (None, None, None)
        now.shown = shown
        fit = (shown[0], result.eligible)
        if fit != now.fit:
            now.fit = fit
            self.meter.show_fit(result.fit, dimmed=not result.eligible)
        if status != before[1]:
            self._show_status(result, evaluation)
        if reasons != before[2]:
            now.reasons = tuple((reason, mark, self.pack) for reason, (_, _, mark) in zip(result.reasons, reasons))
            now.lines = {}
            self._write_reasons()
            now.tooltip_due = True
        if (status, len(reasons)) != (before[1], len(before[2] or ())):
            self._show_extras()
        self.set_highlighted(result.in_plan)
        # The bar's description says the fit's whole number and the standing (in the plan follows from it, and so
        # does whether it can be opened), in the words of the language the panel was last written in.
        state = (shown[0], status[0])
        if state != now.state:
            now.state = state
            self.meter.bar.setAccessibleDescription(self._state_words(result))
        return True

    def _show_status(self, result: PresenceResult, evaluation: Evaluation) -> None:
        where = standing(result.eligible, result.in_plan, evaluation.scenario)
        if where == IN_PLAN:
            self.status.show_status(self.tr("✓ In the plan"), badge=True,
                                    tooltip=self.tr("You can open it, and the plan holds it."))
        elif where == OPEN:
            self.status.show_status(self._open_words(evaluation), badge=False)
        elif where == REACHES_NONE:
            self.status.show_status(self.tr("✕ Reaches none of your audience"), badge=False)
        else:
            self.status.show_status(self.tr("✕ Not open to %1").replace(
                "%1", text.term(evaluation.scenario.entity)), badge=False)

    def _open_words(self, evaluation: Evaluation) -> str:
        if self.presence_id != "native_app":
            return self.tr("✓ You can open it")
        if opens_through_a_partner(self.presence_id, evaluation.scenario):
            return self.tr("✓ Through a Chinese partner")
        return self.tr("✓ You can publish one")

    def _state_words(self, result: PresenceResult) -> str:
        state = self.tr("in the plan") if result.in_plan else (
            self.tr("not in the plan") if result.eligible else self.tr("cannot be opened"))
        return self.tr("Fit %1 out of 100, %2").replace("%1", str(round(result.fit))).replace("%2", state)

    def title_heights(self, width: int, measure: QLabel) -> tuple[int, int]:
        """The title's height at `width` without its parenthesis and with it (the same where it has none), measured with
        `measure` (the panels' grid's) where not known."""
        name = text.presence_title(self.presence_id)
        font = self.title.font()
        key = (name, width, font.key())
        known = self._title_heights.get(key)
        if known is not None:
            return known  # (asked at each layout of the panels' grid: a slider's drag lays them out at every step)
        plain = plain_title(name)
        # (Only a title with a parenthesis, the Official Account's in English, is measured twice.)
        alone = _height_of(measure, font, text.escaped(plain), width)
        whole = alone if plain == name else _height_of(measure, font, title_html(name), width)
        if len(self._title_heights) > 32:  # (a window being resized: widths left behind)
            self._title_heights.clear()
        found = self._title_heights[key] = (alone, whole)
        return found

    def fit_title(self, whole: bool) -> None:
        """The title with its parenthesis ("Official Account (formerly Subscription Account)"), or, where that
        would take more lines than the other titles in its row (PanelGrid.align_titles), the name alone, the
        parenthesis then first in the title's tooltip.

        Why: at 1366×768 in English the parenthesis took two more lines of a card 150 px wide, and every score,
        bar and reason of the row stood two lines lower in that card, or (the other titles given the same room)
        the row took those lines from the chart, which presenting at 1366×768 cannot spare. The plan's name
        above the panels says the account in full; the card's name is never cut, nor the parenthesis dropped
        where it fits (公众号（原订阅号） always does)."""
        if whole != self._title_whole:
            self._title_whole = whole
            self._write_title()

    @property
    def title_whole(self) -> bool:
        return self._title_whole

    def _write_title(self) -> None:
        name = text.presence_title(self.presence_id)
        self.title.setText(title_html(name) if self._title_whole else text.escaped(plain_title(name)))
        # What the presence is for: one hover away, so that the panels stay short enough for 1366×768.
        role = text.account_role(self.pack, self.presence_id)
        self.title.setToolTip(role if self._title_whole or plain_title(name) == name else f"{name}\n{role}")

    def retranslate(self) -> None:
        name = text.presence_title(self.presence_id)
        self._write_title()
        self.setAccessibleName(name)
        self.setAccessibleDescription(text.account_role(self.pack, self.presence_id))
        self._write_facts()
        self.meter.bar.setAccessibleName(self.tr("Fit of %1 out of 100").replace("%1", name))
        now = self._now
        if now.evaluation is not None:
            now.shown = now.fit = now.state = None
            self.show_evaluation(now.evaluation)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
