"""The desk's split: how the window divides its height between the accounts (the plan and the
presence panels, above) and the comparison (the chart and the variant cards, below).

Until the user moves the divide, the window chooses it for the texts shown: the full desk where the
plan, every panel's first reason and the chart fit, else the compact one; the accounts get the room
they need, the comparison keeps enough to read its chart, and where there is not room for both the
plan and each panel's first reason (its place in the plan) stay in view while the rest scrolls.
Presentation mode asks for the compact desk whatever the room.

`DeskSplit` is a part of MainWindow (its base, beside QMainWindow): it reads the window's views
(`desk_splitter`, `plan_area`, `presence_panels`, `recommendation_label`...) and keeps its own state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QWidget

from wxdesk.ui.scroll_fade import fade_height
from wxdesk.ui.settle import ChangeFollower, HeldHeights, announce_new_sizes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QLayout, QMainWindow, QScrollArea, QSplitter

    from wxdesk.ui.account_panel import PresencePanel
    from wxdesk.ui.main_window import MainWindow
    from wxdesk.ui.panel_grid import PanelGrid
    from wxdesk.ui.plan_view import PlanArea
    from wxdesk.ui.scroll_fade import ScrollFade
    from wxdesk.ui.variant_column import VariantColumn

# DeskSplit is a part of MainWindow beside its QMainWindow: typed as one, so that it reads the window's Qt methods
# and is the QObject its timers hang on. At run time a plain class, as before.
if TYPE_CHECKING:
    _WindowPart = QMainWindow
else:
    _WindowPart = object

COMPARISON_MIN_HEIGHT = 350
# A scroll bar that appears narrows the panels by its width, which can wrap a reason onto one more line.
FIT_MARGIN = 24
CHART_FLOOR = 250  # the comparison below the panels never gets less on the first run
PLAN_MIN_HEIGHT = 64  # the plan's name and its score on one line each, above anything a dock takes
HEADLINE_MARGIN = 6  # below the plan's score, where the room above the chart is its headline alone


class RequestWatch(QObject):
    """Calls `then` once a watched widget has been laid out again for a child's new size hint (at the next
    turn of the event loop, after the layout request that says so has been handled)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._due = False

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest and self._window.isVisible() and not self._due:
            self._due = True
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        self._due = False
        self._then()


class LayoutWatch(QObject):
    """Calls `then` whenever a watched widget moves or changes size (its layout changed around it), from
    the window's first paint on; at that paint, once, for where the layouts have put them by then.

    Why not from the start: between the window's show and its first paint the first layouts move the
    watched widgets some seventy times, each time through Python, for nothing anyone sees (some 6 million
    instructions); what the first frame shows is what `then` finds once, as that frame is painted.
    """

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._waiting: list[QWidget] | None = []  # the widgets to watch from the first paint (None: watching)
        window.first_painted.connect(self._start)

    def watch(self, widgets: Iterable[QWidget]) -> None:
        """Watch `widgets` (the watch's widgets: those watched before were replaced with the views they were in)."""
        if self._waiting is not None:
            self._waiting = list(widgets)
            return
        for widget in widgets:
            widget.installEventFilter(self)  # (once: installing it again only moves it to the front)

    def _start(self) -> None:
        """The window paints for the first time (its paint has not begun: what `then` moves paints where it goes)."""
        waiting, self._waiting = self._waiting, None
        self.watch(waiting or ())
        self._then()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Only while the window is shown: one closed, or being taken apart, has nothing to keep in view.
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and self._window.isVisible():
            self._then()
        return False


class DeskSplit(_WindowPart):
    """MainWindow's split of the desk (see the module's docstring). Its state is set up by
    `_start_desk_split`, called as the window restores its geometry."""

    if TYPE_CHECKING:  # What it reads of MainWindow: its views and parts, made by MainWindow.
        desk_splitter: QSplitter
        plan_area: PlanArea
        presence_panels: dict[str, PresencePanel]
        panel_grid: PanelGrid
        variant_column: VariantColumn
        recommendation_label: QLabel
        _shown: dict[str, object]
        _accounts_scroll: QScrollArea
        _accounts_area: QWidget  # what it scrolls: the plan and the panels
        _accounts_fade: ScrollFade
        _fade_clear_to: int | None
        _account_containers: list[QWidget]

        def _track_account_cards(self) -> None: ...
        def _desk_texts(self) -> tuple[tuple[str, bool], ...]: ...

    def _start_desk_split(self, desk_state: object) -> None:
        """The desk's split as the user left it (`desk_state`, kept in the settings), or split for the texts
        once the window shows; and what follows the texts from then on."""
        self._desk_split_pending = not (isinstance(desk_state, QByteArray) and not desk_state.isEmpty()
                                        and self.desk_splitter.restoreState(desk_state))
        # Until the user moves the divide, the window keeps the plan and the panels' first reasons in view.
        self._auto_split = self._desk_split_pending
        self._painted_split = False
        self._split_floor = 0  # the comparison's floor when the desk was last split
        self._split_sizes: list[int] = []  # and the sizes it wanted
        self._split_noted = 0  # and the variant cards' height with every note (VariantColumn.noted_height)
        self._compact_forced: bool | None = None  # presentation mode asks for the compact desk
        self._full_desk_needs = 0  # the height the full desk needed when it last went compact
        self._auto_split_before = self._auto_split
        self._resplit = QTimer(self, singleShot=True, interval=0)
        self._resplit.timeout.connect(self._split_desk)
        # After a single change at once, after a drag once it pauses: the cards fit their texts
        # again, and the desk is split again where they need it.
        self._desk_follows_texts = ChangeFollower(self, self._desk_after_new_texts)
        self._desk_heights = HeldHeights()
        self._track_account_cards()
        self.desk_splitter.splitterMoved.connect(lambda *_: setattr(self, "_auto_split", False))

    def _first_split(self) -> None:
        self._split_desk()
        # The texts it was split for: the pass that follows the answer's first texts (_desk_follows_texts,
        # due now too) finds them the same and leaves the split as it is, rather than measuring it all
        # again before the first paint for the same texts.
        self._shown["desk_texts"] = self._desk_texts()

    def _desk_after_new_texts(self) -> None:
        self.plan_area.show_folded()  # what the drag left unset where the compact desk folds it
        self._desk_heights.release()
        self.variant_column.release_heights()  # (held only in a slider's drag: see show_evaluation)
        if self._auto_split and self._painted_split:
            # Another scenario can need taller panels: split again once its texts are laid out.
            self._split_for_new_texts()

    def _keep_comparison_whole(self) -> None:
        """Split again where the comparison's floor is not the one the split allowed for, or the splitter did
        not take the sizes the split asked (it keeps a part at least at its least height, which may still be
        that of the texts before). With less than its floor, a variant card given a longer title or note is
        squeezed under its texts, its last line cut; with more, the desk stands where earlier texts put it
        (a language switch and back left it a pixel off). The split that follows new texts goes by the texts
        above the chart, and the cards fold or unfold in a follow-up of their own, which may come after it
        (at once, or at a drag's pause): their least height is known only once they have."""
        if not (self._auto_split and self._painted_split):
            return
        # (A split that gave the comparison less than its floor, on a window too short for it, is not done
        # again for nothing: it would give the same.)
        if (self._comparison_floor() != self._split_floor or self.desk_splitter.sizes() != self._split_sizes
                or self.variant_column.noted_height(measure=False) != self._split_noted):
            self._split_desk()

    def _split_for_new_texts(self) -> None:
        """Split again where the texts above the chart changed. Most slider moves change none (or none
        that wraps differently): measuring the layout for nothing would cost more than the rest of
        the repaint."""
        texts = self._desk_texts()
        if texts != self._shown.get("desk_texts"):
            self._shown["desk_texts"] = texts
            self._split_desk()

    def _split_desk(self) -> None:
        """The accounts get the room they need, the comparison keeps enough to read its chart.

        Where there is not room for all, the plan and each panel down to its first reason (its
        place in the plan) stay in view above the chart, and the key facts scroll. A scroll bar
        that comes or goes narrows or widens the panels, so the split is measured again after it.
        """
        self._painted_split = True
        self._choose_compact()
        for panel in self.presence_panels.values():  # the look chosen: panels held until now follow it
            panel.set_compact(self.desk_compact)
        self._fold_score_lines_for_room()
        for _attempt in range(3):
            top, total = self._wanted_split()
            if self.desk_splitter.sizes() == [top, total - top]:
                break
            self.desk_splitter.setSizes([top, total - top])
        # A dock never takes the plan's name and score out of view, however the name wraps (see _headline_height;
        # measured here, with the accounts laid out at the width they have).
        headline = self._headline_height()
        if self._accounts_scroll.minimumHeight() != headline:
            self._accounts_scroll.setMinimumHeight(headline)
        # What the split allowed for below, and the sizes it wanted (the splitter holds a part at its least size,
        # which may still be the one of the texts before): see _keep_comparison_whole.
        self._split_floor, self._split_sizes = self._comparison_floor(), [top, total - top]
        self._split_noted = self.variant_column.noted_height(measure=False)
        self._fade_below_first_reasons()  # the first reasons may have moved

    def _fold_score_lines_for_room(self) -> None:
        """In front of a client, the plan's score lines in one line ("less 15 points, it scores 41") where every
        line would push a panel's first reason under the chart: a screen of 768 lines has room for them all in
        most examples, but not where the plan loses points for its effort, its cost and its budget alike
        (cross_border_skincare at 1366×768). Until the presentation ends: a desk that folded and unfolded its
        lines as the texts change would jump under the client's eyes."""
        summary = self.plan_area.summary
        if self._compact_forced is None or summary.kept_score_reasons is not None:
            return
        total = self.desk_splitter.height() - self.desk_splitter.handleWidth()
        if self._essential_height() + self._comparison_floor() > total:
            summary.keep_score_reasons(1)

    @property
    def desk_compact(self) -> bool:
        """Whether the plan and the panels show only what must stay in view (see PlanArea.set_compact)."""
        return self.plan_area.compact

    def set_desk_compact(self, on: bool) -> None:
        self.plan_area.set_compact(on)
        for panel in self.presence_panels.values():
            panel.set_compact(on)

    def force_desk_compact(self, on: bool | None) -> None:
        """Presentation mode: the compact desk whatever the room (None: chosen by the room again)."""
        if on is not None and self._compact_forced is None:
            self._auto_split_before = self._auto_split
            self._auto_split = True  # while presenting, the desk is split for the screen whatever the user set
        elif on is None and self._compact_forced is not None:
            self._auto_split = self._auto_split_before
        self._compact_forced = on
        if on is not None:
            self.set_desk_compact(on)

    def desk_needs(self) -> int:
        """The desk's height for the plan, the panels' first reasons and the chart, as it is laid out now."""
        return self._essential_height() + CHART_FLOOR

    def desk_look(self) -> tuple[bool, int]:
        """The desk's look as the split chose it (compact or not, and what the full one needed), for
        first_reasons_in_view_now to set again."""
        return self.desk_compact, self._full_desk_needs

    def first_reasons_in_view_now(self, look: tuple[bool, int] | None = None) -> bool:
        """Whether every presence panel shows its name, fit and badge and its first reason whole above the chart,
        with the window laid out and the desk split for it now, before the next paint (a dock just shown docked
        takes its room at the window's next layout: asked here, the answer is the one that layout would paint).
        With `look` (see desk_look), the desk split from that look, as it was before a dock that has gone again:
        the room the dock took had folded it, and the full desk's needs measured in that room kept it folded."""
        cast("QLayout", self.layout()).activate()  # (cast: a main window's own layout)
        if self._auto_split and self._painted_split:
            if look is not None and self._compact_forced is None:
                compact, self._full_desk_needs = look
                self.set_desk_compact(compact)
            self._split_desk()
        return self.first_reasons_in_view()

    def first_reasons_in_view(self) -> bool:
        """Whether every presence panel's first reason ends above the accounts' lower edge, as laid out now."""
        scroll = self._accounts_scroll
        return self._first_reasons_end() - scroll.verticalScrollBar().value() <= scroll.viewport().height()

    def fit_desk(self) -> None:
        """Split the desk again once the layout has settled, whether or not the user moved the divide."""
        QTimer.singleShot(0, self, self._split_desk)

    def _choose_compact(self) -> None:
        """The full desk where the plan, the panels' first reasons and the chart fit; else the compact one."""
        if self._compact_forced is not None:
            self.set_desk_compact(self._compact_forced)
            return
        total = self.desk_splitter.height()
        if self.plan_area.best_plans_held and not self.desk_compact:
            # The desk as the first show laid it out, the best plans still held, is no taller than the full look:
            # the full look adds them beside the plan, and narrows the plan's column for them (its texts wrap onto
            # as many lines or more). Where even this does not fit, neither does the full look: compact at once,
            # without laying the three columns out only to fold them (a short window's first split, a laptop's or
            # the offscreen 800×800: some 3 ms of the 6 the split took). The height kept is then less than the
            # full look needs, and more than the room: only a taller desk measures the full look again.
            needs = self._essential_height()
            if needs + CHART_FLOOR + FIT_MARGIN > total:
                self._full_desk_needs = needs
                self.set_desk_compact(True)
                return
        # The full look's best plans, held until now (PlanArea.hold_best_plans): measured with the plan.
        self.plan_area.release_best_plans()
        if not self.desk_compact:
            needs = self._essential_height()
            if needs + CHART_FLOOR + FIT_MARGIN > total:
                self._full_desk_needs = needs
                self.set_desk_compact(True)
        elif self._full_desk_needs + CHART_FLOOR + FIT_MARGIN <= total:
            self.set_desk_compact(False)
            needs = self._essential_height()
            if needs + CHART_FLOOR + FIT_MARGIN > total:  # wider texts than when it was measured: compact after all
                self._full_desk_needs = needs
                self.set_desk_compact(True)

    def _essential_height(self) -> int:
        """The height down to the last panel's first reason: the plan and each presence's place in it."""
        accounts = self._accounts_area
        self._activate_accounts()
        # Below the last of them, the room the scroll fade takes where the rest scrolls: it hides
        # what lies under its lower part.
        return self._first_reasons_end() + max(8, fade_height(accounts))

    def _essential_height_scrolled(self) -> int:
        """The essential height (see _essential_height) as the accounts are laid out when the rest scrolls: narrower
        by the scroll bar, which a first reason may need one more line for. Measured now where no scroll bar shows:
        measured at the width without one, a split for the first reasons gave them a line too few once the bar came
        (at 1280×800 the default scenario's last first reason ended 12 px under the desk's edge), and the next split,
        measuring with the bar, wanted them whole again: every split went there and back, some 9 ms each."""
        essential = self._essential_height()
        accounts, scroll = self._accounts_area, self._accounts_scroll
        width = accounts.width()
        # (By the widths: the bar's own visibility can lag a split's new sizes, which the widths have taken.)
        narrow = scroll.width() - 2 * scroll.frameWidth() - scroll.verticalScrollBar().sizeHint().width()
        if width <= narrow:  # laid out beside the bar already
            return essential
        layout = cast("QLayout", accounts.layout())  # (cast: made with the accounts, as the window is built)
        layout.setGeometry(QRect(0, 0, narrow, max(accounts.height(), accounts.heightForWidth(narrow))))
        try:
            return max(essential, self._first_reasons_end() + max(8, fade_height(accounts)))
        finally:  # the accounts as they are shown (the scroll area lays them out at this width)
            layout.setGeometry(QRect(0, 0, width, max(accounts.height(), accounts.heightForWidth(width))))

    def _fade_below_first_reasons(self) -> None:
        # Only when the line moved: the first layouts move the reasons some seventy times, mostly to where
        # they were (the fade follows its viewport's size and scrolling itself).
        end = self._first_reasons_end()
        if end != self._fade_clear_to:
            self._fade_clear_to = end
            self._accounts_fade.keep_clear(end)

    def _first_reasons_end(self) -> int:
        """Where the panels' first reasons end in what the accounts scroll (the fade keeps below it)."""
        content = self._accounts_area
        return max((panel.reason_labels[0].mapTo(content, QPoint(0, panel.reason_labels[0].height())).y()
                    for panel in self.presence_panels.values()), default=0)

    def _activate_accounts(self) -> None:
        accounts = self._accounts_area
        # What the scroll area holds gets the height its texts need now, at the width it has: the scroll area
        # gives it that a turn of the event loop later, and measured before then, the plan and the panels were
        # squeezed into the room the texts before had. An example opened with the window (from the command line)
        # had the first split read a full desk 76 px shorter than it was (the best plans' columns at their least
        # height), and keep it where it did not fit. (Not by the scroll area's own layout now: that would lay the
        # full desk out at its least width, wider than the room, before the split chooses the compact one.)
        announce_new_sizes(self._account_containers, accounts)
        for widget in (accounts, self.plan_area, self.plan_area.summary, self.panel_grid,
                       *self.presence_panels.values()):
            # The texts' heights at the width they have now. (cast: each has its layout, made with it.)
            cast("QLayout", widget.layout()).activate()
        needed = accounts.heightForWidth(accounts.width())
        if needed > accounts.height():
            cast("QLayout", accounts.layout()).setGeometry(QRect(0, 0, accounts.width(), needed))  # (cast: as above)

    def _headline_height(self) -> int:
        """The height down to the plan's score: its name and its score, at the width they have. Measured, since the
        name wraps: at 1366×768 with the Assumptions and Sensitivity docks open the plan's name took two lines of the
        64 px kept for it, and its score was cut in half."""
        score = self.plan_area.summary.score_label
        accounts = self._accounts_area
        if not score.isVisibleTo(accounts):
            return PLAN_MIN_HEIGHT
        # (Below it the room the scroll fade takes, as _essential_height leaves: the fade hides what lies under it.)
        below = max(HEADLINE_MARGIN, fade_height(accounts))
        return max(PLAN_MIN_HEIGHT, score.mapTo(accounts, QPoint(0, score.height())).y() + below)

    def _comparison_floor(self) -> int:
        """The least the comparison below the desk gets: its chart, and the variant cards whole
        (folded, on a short window), under its question as wrapped at the width it has."""
        bottom = cast(QWidget, self.desk_splitter.widget(1))  # (cast: the comparison, set as the window is built)
        label = self.recommendation_label
        wrapped = label.heightForWidth(label.width()) - label.minimumSizeHint().height() if label.width() > 0 else 0
        return max(CHART_FLOOR, bottom.minimumSizeHint().height() + max(0, wrapped))

    def _comparison_with_every_note(self) -> int:
        """The comparison's height with every variant card's notes on the card (0: not known yet).

        Given before the panels' later reasons and key facts (which scroll) and after the plan and each panel's
        first reason: at 1920×1080 the comparison had its least 350 px, and the cards beside the chart folded the
        plan's own note into its tooltip (car_brand in English and Chinese, the Chinese plan names being longer),
        a client seeing no note on the plan's card, while the panels above showed key facts under a fade."""
        column = self.variant_column
        # In a slider's drag, the height known when it began: the comparison does not grow and shrink under the held
        # cards at its steps (they fit again at its pause, and the desk is split again then).
        noted = column.noted_height(measure=not column.held)
        if noted <= 0:
            return 0
        bottom = cast(QWidget, self.desk_splitter.widget(1))  # (cast: the comparison, set as the window is built)
        return bottom.height() - column.height() + noted

    def _wanted_split(self) -> tuple[int, int]:
        # The splitter's handle takes its part of the height: without it the accounts would miss
        # that much, and show a scroll bar for the panels' last few pixels.
        total = self.desk_splitter.height() - self.desk_splitter.handleWidth()
        accounts = self._accounts_area
        self._activate_accounts()
        # Wrapped labels: the height they need depends on the width they get.
        wanted = accounts.heightForWidth(accounts.width())
        if wanted < 0:
            wanted = accounts.sizeHint().height()
        roomy = max(COMPARISON_MIN_HEIGHT, self._comparison_with_every_note())
        if total - wanted < roomy:
            essential = self._essential_height_scrolled()
            if wanted - essential <= 24:  # only the panels' lower edges are left: the whole, without a scroll bar
                essential = wanted
            floor = self._comparison_floor()
            wanted = max(min(essential, total - floor), total - roomy)
            # A very short desk (200 % scaling, or docks open beside and below it): the plan's headline first, then
            # the comparison whole.
            return max(min(wanted, total - floor), self._headline_height()), total
        return max(wanted, total // 3), total
