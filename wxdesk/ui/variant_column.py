"""The plan's three variants as cards in a column beside the chart, folded where the column is short.

On a short window (1920×1080 at 200 % scaling is a 960×540 screen) the three cards in full,
their presences on two lines each, are taller than the chart beside them and the last one
would be cut off at the window's edge. The cards then leave out their line of presences (it
is in their tooltips, and the plan above names the plan's own): the title, the badge and
the score and cost, the figures the chart compares, stay for every variant.

Where the column has room for the presences and the notes of the variants that are not the plan,
only the plan's own note is left out (into its tooltip) and every card keeps its presences: they
say which plan a card is, which its title alone ("With a native app") leaves open.

The window gives the comparison at least the folded cards' height where it can, but at its
least size (1000×620, or a small screen's) it cannot always: the cards were then squeezed
below what their texts need, and Qt cut off their notes, then their titles. Where even the
folded cards do not fit, a card leaves out its notes too (into its tooltip, as its
presences), those of the plan's own card first: the title, score and cost stay whole. The notes on the cards' costs
go before those on their scores, and the card whose score departs most from the plan's keeps its note the longest
(_note_order): the most surprising score is the last left unexplained. A card whose notes
went to its tooltip shows a small sign of it at the end of its title's line (variant_card.MoreSign). Where the
column is shorter still than the folded cards without their notes, the titles keep no room for that sign at
their lines' end (it goes under the colour key), which can wrap a narrow card's title onto a line less. Where even
that does not fit, a ruled-out card's reason goes to its tooltip as well, the last thing given up: its "Ruled out"
stays on the card, and the sign says where the reason is (as few reasons as need to, in the column's order kept).

During a slider's drag the cards are held as the desk's are (settle.HeldHeights): a card only grows until the drag
pauses, a card whose note got a line shorter keeping its height (blank room at its foot). Laid out as they came,
the cards shrank and grew at many steps of a drag, each time resized and moved with the cards below them: among
the costliest layouts of a drag. At the pause they fit their texts, as a window opened on the scenario shows them.
Not held where that would squeeze a card under its texts (see keep_whole); where the cards' texts need more room than
the column has, they fold at once, as far as they must (_fold_until_whole), and fit again at the pause.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLayout, QSizePolicy, QVBoxLayout, QWidget

from wxdesk.ui.variant_card import VariantCard
from wxdesk.ui.settle import ChangeFollower, HeldHeights
from wxdesk.ui.shown_size import SizedWhereShown

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QResizeEvent, QShowEvent
    from PySide6.QtWidgets import QLayoutItem

    # Each card's title, presences, cost, reason and note, and whether its badge shows (see _texts).
    CardTexts = tuple[tuple[str, str, str, str, str, str, bool], ...]
    # The column's width, height and font (its key), as fit reads them; () before the first fit.
    FittedAt = tuple[int, int, str] | tuple[()]
    # Each card's VariantCard.room_key (see _room).
    Room = tuple[tuple[object, ...], ...]
    # The texts, width and font the folded height was measured at (see _measure_folded); () before.
    FoldedAt = tuple[CardTexts, int, str] | tuple[()]

SPACING = 6


class VariantColumn(SizedWhereShown, QWidget):  # (its texts measured where shown: see shown_size)
    """Holds the variant cards one under another; `compact` says whether they are folded."""

    def __init__(self, cards: Iterable[VariantCard], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("variantColumn")
        # Its share of the width by the comparison row's stretch (a third), never by the cards' one-line
        # widths: on a narrow window the chart beside it keeps room for its years.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.cards = list(cards)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        for card in self.cards:
            layout.addWidget(card)
        layout.addStretch(1)
        self._measuring = False  # folding a card to measure it asks the layouts for sizes again
        self._folded_height = 0  # the folded cards' height without notes at the present width (measured in fit)
        self._fitted: CardTexts = ()  # the cards' texts when they were last fitted
        self._fitted_at: FittedAt = ()  # the column's width, height and font then
        self._fitted_room: Room = ()  # what decided the cards' heights in every fold then (_room)
        self._fit_follows_texts = ChangeFollower(self, self.fit)
        # Set by the window while its first split is due (see wait_for_split): a fit then measures only the least
        # height the split reads, the folded cards'.
        self._split_due = False
        self._folded_at: FoldedAt = ()  # the texts, width and font the folded height was measured at
        self._heights = HeldHeights(self.cards)  # held during a slider's drag (hold_heights)
        # The cards' height in full, every note on its card, and the texts, width and font it was measured at (see
        # noted_height); None before it is.
        self._noted: tuple[FoldedAt, int] | None = None

    @property
    def compact(self) -> bool:
        return any(card.compact for card in self.cards)

    @property
    def measuring(self) -> bool:
        """Whether the cards are being folded and unfolded to be measured (in fit): what they show then is not
        what they will show."""
        return self._measuring

    def height_needed(self, width: int, compact: bool, notes: bool = True) -> int:
        """The cards' height at `width`, in full or folded, with their notes or without (measured, then the
        cards put back)."""
        return sum(self._card_heights(width, compact, notes)) + SPACING * (len(self.cards) - 1)

    def _card_heights(self, width: int, compact: bool, notes: bool, sign_room: bool = True,
                      reasons: bool = True, costs: bool = True) -> list[int]:
        """Each card's height at `width` folded so (`costs`: with the notes on their costs where they have notes)."""
        states = [(card.compact, card.notes_shown, card.cost_note_shown, card.sign_room, card.reason_shown)
                  for card in self.cards]
        try:
            for card in self.cards:
                card.set_compact(compact)
                card.set_notes_shown(notes)
                card.set_cost_note_shown(costs)
                card.set_reason_shown(reasons)
                card.set_sign_room(sign_room)
            return [card.heightForWidth(width) for card in self.cards]
        finally:
            for card, (folded, noted, costed, room, reasoned) in zip(self.cards, states):
                card.set_compact(folded)
                card.set_notes_shown(noted)
                card.set_cost_note_shown(costed)
                card.set_reason_shown(reasoned)
                card.set_sign_room(room)

    def noted_height(self, measure: bool = True) -> int:
        """The column's height for its cards in full, every note on its card (none folded to a tooltip), at its
        width: what the window gives the comparison where it has the room (desk_split). Measured where not known for
        the cards' texts, width and font (unless not `measure`: then the last one known, 0 if none)."""
        if not measure:  # (asked at each of a drag's steps: the cards' texts are not read for it)
            return self._noted[1] if self._noted is not None else 0
        key: FoldedAt = (self._texts(), self.width(), self.font().key())
        if self._noted is not None and self._noted[0] == key:
            return self._noted[1]
        if not self.isVisible() or self.width() <= 0:
            return 0
        measuring, self._measuring = self._measuring, True
        try:
            height = self.height_needed(self.width(), compact=False)
        finally:
            self._measuring = measuring
        self._noted = (key, height)
        return height

    @property
    def held(self) -> bool:
        """Whether the cards' heights are held (a slider's drag: hold_heights)."""
        return self._heights.held

    def hold_heights(self) -> None:
        """A step of a slider's drag, before the cards are given its texts: until release_heights, no card gets
        shorter than it is now. Not where the cards' texts already need more than the column has (the column fits
        them at the pause): held at the heights they were squeezed to, they would be squeezed the more as they grow."""
        if self.isVisible() and (self._heights.held or self._room_needed(held=False) <= self.height()):
            self._heights.hold()

    def release_heights(self) -> None:
        """The drag paused (or another kind of change came): each card fits its texts again."""
        self._heights.release()

    def keep_whole(self) -> None:
        """The cards have the step's texts: where one card held taller than its texts and another's new texts need
        more room together than the column has, the cards are let go (laid out as they would be without the hold),
        rather than squeezed under their texts. Measured only where a card's texts took other room (its layout was
        told of it); held again at the next step where they fit."""
        # (cast: every card has its grid, which QWidget.layout() cannot say.)
        if not self._heights.held or all(not cast(QLayout, card.layout()).geometry().isNull() for card in self.cards):
            return
        if self._room_needed(held=True) > self.height():
            self._heights.release()

    def _room_needed(self, held: bool) -> int:
        """The height the shown cards take at their width: their texts', or (`held`) at least their held heights."""
        shown = [card for card in self.cards if card.isVisible()]
        heights = (card.heightForWidth(card.width()) for card in shown)
        if held:
            heights = (max(card.minimumHeight(), height) for card, height in zip(shown, heights))
        return sum(heights) + SPACING * (len(shown) - 1)

    def fit(self) -> None:
        """In full where the column is tall enough for the three cards in full, else folded, each with its
        notes where the column has room for them."""
        if self._measuring:
            return
        if not self.isVisible():
            # Measured where shown only: as the column is shown, Qt sends its size before its cards are shown,
            # and a hidden card's texts answer other heights (see shown_size), so the folded cards came out a
            # line shorter than once shown; the window's first split went by that height, and split again and
            # again as the column fitted anew. The column fits when it is shown (showEvent).
            return
        texts, fitted_at = self._texts(), (self.width(), self.height(), self.font().key())
        if (texts, fitted_at) == (self._fitted, self._fitted_at):
            return  # (a follow-up of texts a fit since has fitted: at the start, the answer set before the first show)
        if self._split_due:
            self._measure_folded(texts)
            return
        # The cards fit what they show now (at a drag's pause, or for a new size of the column): none is held taller.
        self._heights.release()
        room = self._room()
        if (room, fitted_at) == (self._fitted_room, self._fitted_at):
            # New texts that take the room the fitted ones took, in every fold (a single slider step: "¥912k" to
            # "¥913k", the note a line as long): measured, they would fold as they are. Measuring hides and shows
            # the cards' lines in every fold (some 4 ms of a 10 ms single step at 1280×800), and so painted all
            # three cards again, also where nothing on them changed.
            self._fitted = texts
            self._folded_at = (texts, fitted_at[0], fitted_at[2])
            for card in self.cards:
                card.describe()  # (its tooltip may hold a new note)
            return
        self._measuring = True  # the cards' own size changes below ask for no fit of their own
        try:
            width, height, _font = fitted_at
            gaps = SPACING * (len(self.cards) - 1)
            noted_before = self._noted[1] if self._noted is not None else None
            # (Measured once for these texts at this width: the window's split may have asked for it already.)
            noted_height = self.noted_height()
            compact = noted_height > height
            with_notes = any(card.notes_text() for card in self.cards)
            # (Measured only where it decides something: each measure shows and hides the cards' lines.)
            noted = self._card_heights(width, True, True) if compact or not with_notes else None
            # The least the cards need: folded, without their notes (which their tooltips then give). The
            # window gives the comparison that much before the plan's lines and the panels' first reasons,
            # so a card's note never takes their room.
            bare = noted if noted is not None and not with_notes else self._card_heights(width, True, False)
            folded = sum(bare) + gaps
            if compact and with_notes and height > 0:
                # Where the cards fit with their presences and the notes of the variants that are not the plan,
                # they keep their presences and leave out the plan's own note (its points are in the plan's lines
                # above): a card's presences say which plan it is. Folded at 1366×768, a client read the app
                # card's 68.0 as the best an app could do, beside a next best plan with an app at 69.7 (the card
                # is the plan's Official Account and Channels with an app; the next best drops the account).
                # (In full again, after `plain`, though height_needed measured it: the cards' hidden lines keep the
                # geometry of the last measure, and measured in this order they are laid out as they always were.)
                plain, full = self._card_heights(width, False, False), self._card_heights(width, False, True)
                others = sum(f - p for f, p, card in zip(full, plain, self.cards) if not card.badge.isVisibleTo(card))
                if sum(plain) + gaps + others <= height:
                    compact, noted, bare = False, full, plain
            shown = [True] * len(self.cards)
            costs = [True] * len(self.cards)
            reasons = [True] * len(self.cards)
            sign_room = True
            # (A column not laid out yet has no height: its cards keep their notes until it has one.)
            if noted is not None and height > 0 and sum(noted) + gaps > height:
                if sum(bare) + gaps > height:
                    # Folded, without their notes, the cards are still taller than the column: at the window's least
                    # height on an 800 px screen, a window 801 px wide gave the column 412 px of the 424 they needed,
                    # the titles' room for the sign at their lines' end wrapping "This plan with a Mini Program" onto
                    # five lines in a card 133 px wide, and Qt cut off the last one. The titles then keep no room for
                    # the sign (placed as on a card too narrow for it, under the colour key), a line less where that
                    # was what was missing. (The column's least height stays the cards' with the room: the window's
                    # split gives them that where it can, as ever.)
                    tight = self._card_heights(width, True, False, sign_room=False)
                    if sum(tight) < sum(bare):
                        sign_room, bare = False, tight
                    if sum(bare) + gaps > height and any(card.ruled_out.text() for card in self.cards):
                        # Still taller: fitness_coaching at 784×620 gave the column 412 px of the 507 its folded
                        # cards needed, the ruled-out Mini Program's reason five lines of a card 127 px wide, and Qt
                        # cut off the reason, then the title above it. A ruled-out card's reason then goes to its
                        # tooltip as its notes did, its sign saying so; its "Ruled out" stays. As many stay as fit,
                        # in the column's order. (Measured without the titles' room for the sign, which a card whose
                        # reason goes shows, and which, kept, could wrap its title onto a line more.)
                        sign_room, bare = False, tight
                        unreasoned = self._card_heights(width, True, False, sign_room=False, reasons=False)
                        reasons = _as_many_as_fit([b - u for b, u in zip(bare, unreasoned)],
                                                  height - sum(unreasoned) - gaps, range(len(self.cards)))
                        bare = [b if kept else u for b, u, kept in zip(bare, unreasoned, reasons)]
                # As many notes as there is room for, in the order _note_order gives. None where a reason went.
                scored = (self._card_heights(width, compact, True, costs=False)
                          if any(card.cost_note.text() for card in self.cards) else noted)
                shown, costs = _notes_that_fit([s - b for s, b in zip(scored, bare)],
                                               [n - s for n, s in zip(noted, scored)],
                                               height - sum(bare) - gaps if all(reasons) else -1, self._note_order(),
                                               [card.badge.isVisibleTo(card) for card in self.cards])
            for card, note, cost, reason in zip(self.cards, shown, costs, reasons):
                card.set_compact(compact)
                card.set_notes_shown(note)
                card.set_cost_note_shown(cost)
                card.set_reason_shown(reason)
                card.set_sign_room(sign_room)
        finally:
            self._measuring = False
        self._fitted, self._fitted_at = texts, fitted_at  # (folding changes no text)
        self._fitted_room = self._room()
        self._folded_at = (texts, width, fitted_at[2])
        for card in self.cards:  # (the signs shown as fitted, not as last measured; described once a drag pauses)
            card.show_sign()
        if not self._set_folded_height(folded) and noted_height != noted_before:
            # The window gives the comparison room for every note where it can: told of the cards' new height.
            self._announce_new_size()

    @property
    def split_due(self) -> bool:
        """Whether the column waits for the window's first split to fit its cards (wait_for_split)."""
        return self._split_due

    def wait_for_split(self, due: bool) -> None:
        """`due`: the window's first split is to come (it shows the column first, then splits the desk, which gives
        the column its height); not `due`: it has come, and the column fits now (if it has not, at this size).

        Why: the column fitted as it was shown, at the height the window's first layout gave it, measuring the cards
        in full, folded, with and without their notes (some 9 million instructions on an 800×800 screen), and again
        a moment later at the height the split gave it, before the first paint. Of the first fit the split reads
        only the folded cards' height (the comparison's least height, see minimumSizeHint), which does not follow
        the column's height: that alone is measured until the split has come.
        """
        self._split_due = due
        if not due:
            self.fit()

    def _measure_folded(self, texts: CardTexts) -> None:
        """Only the least height the column needs (the cards folded without their notes) at its width, as fit
        measures it (see wait_for_split)."""
        folded_at = (texts, self.width(), self.font().key())
        if folded_at == self._folded_at:
            return
        self._measuring = True
        try:
            folded = sum(self._card_heights(self.width(), True, False)) + SPACING * (len(self.cards) - 1)
        finally:
            self._measuring = False
        self._folded_at = folded_at
        self._set_folded_height(folded)

    def _set_folded_height(self, folded: int) -> bool:
        """The column's least height (the folded cards'), the layouts holding it told if it changed (True then)."""
        if folded == self._folded_height:
            return False
        self._folded_height = folded
        self._announce_new_size()
        return True

    def _announce_new_size(self) -> None:
        self.updateGeometry()
        # Qt tells only the parent's own layout of a new least size (QWidget.updateGeometry); a layout within
        # it that holds the column (the window's comparison row) keeps the height it measured before until
        # the layouts' next turn. Read then, the window's first split gave the comparison too little room
        # for the folded cards, and split again. Every layout down to the column's is told now.
        parent = self.parentWidget()
        for layout in _layouts_holding(parent.layout() if parent is not None else None, self):
            layout.invalidate()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # The folded cards without their notes at the column's width: shorter than that, a card would be cut off.
        hint = super().minimumSizeHint()
        if self._folded_height:
            hint.setHeight(self._folded_height)
        return hint

    def _room(self) -> Room:
        """What decides each card's height in every fold the column measures (VariantCard.room_key), and the order
        their notes are given room in: where it is as it was at the last fit, with the column's size and font, every
        fold measures as it did then, and the same notes fit."""
        return (*(card.room_key() for card in self.cards), tuple(self._note_order()))

    def _texts(self) -> CardTexts:
        return tuple((card.title.text(), card.presences.text(), card.cost.text(), card.ruled_out.text(),
                      card.note.text(), card.cost_note.text(), card.badge.isVisibleTo(card)) for card in self.cards)

    def follow_texts(self) -> None:
        """The cards were shown an evaluation: fold or unfold again if their texts changed (at once, or once a
        drag pauses). Called by the window: a new text that takes the old one's room asks for no layout (see
        steady_layout), so a drag's steps need not reach event() below, and the drag would not be seen as one."""
        self.keep_whole()
        if not self._measuring and self._texts() != self._fitted:
            if self._squeezed():
                self._fold_until_whole()  # now: squeezed until the pause, the cards' texts would be cut
            self._fit_follows_texts.changed()

    def _squeezed(self) -> bool:
        """Whether the cards' texts, as they are folded now, need more room than the column has."""
        return self.isVisible() and self.height() > 0 and self._room_needed(held=False) > self.height()

    def _note_order(self) -> list[tuple[int, bool]]:
        """The order the cards' notes are given room in, each as (card's index, whether it is the note on its cost):
        the variants that are not the plan first (the plan's own points are in its lines above), the one whose score
        departs most from the plan's first (the most surprising score, its reasons the last to go; the column's order
        where two depart alike); every such card's note on its score before any note on a cost; the plan's last, and
        only where every other note is on its card (_notes_that_fit).

        By the column's order alone, as many notes as fit: at 1366×768 a Chinese bakery's native-app card, 16.7 beside
        the plan's 68.4, lost its notes on score and cost (one note, too tall for the room left after the first
        card's) while the plan's own and the third card's stayed; which card lost its note changed from one business
        to the next."""
        def rank(i: int) -> tuple[float, int]:
            return -round(self.cards[i].departure, 6), i
        plan = [i for i, card in enumerate(self.cards) if card.badge.isVisibleTo(card)]
        others = sorted((i for i in range(len(self.cards)) if i not in plan), key=rank)
        return ([(i, False) for i in others] + [(i, True) for i in others]
                + [(i, cost) for i in plan for cost in (False, True)])

    def _fold_until_whole(self) -> None:
        """In a drag, the cards' new texts need more room than the column has: what fit leaves out first is left
        out now, a step at a time, until they fit. At 1366×768 with the least budget an audience drag squeezed the
        cards under their texts at 92 of 121 steps (up to 38 px cut off) until it paused.

        Why not fit() at once: it measures the cards in every fold, each measure hiding and showing their lines, so
        every card was painted again, also those that end as they were. Here only a card whose fold changes is
        touched. The fit at the pause then chooses as ever (it may give back what this left out)."""
        cards = self.cards

        def compact() -> None:
            for card in cards:
                card.set_compact(True)

        def no_sign_room() -> None:
            for card in cards:
                card.set_sign_room(False)

        steps: list[Callable[[], None]] = [compact]
        steps += [partial(cards[i].set_cost_note_shown if cost else cards[i].set_notes_shown, False)
                  for i, cost in reversed(self._note_order())]
        steps.append(no_sign_room)
        steps += [partial(card.set_reason_shown, False) for card in reversed(cards)]
        before = [card.more_shown for card in self.cards]
        for step in steps:
            if not self._squeezed():
                break
            step()
        for card, had_sign in zip(self.cards, before):
            if card.more_shown != had_sign:
                card.show_sign()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A card's texts changed (another scenario, language or pack): fold or unfold again. Only
        # then: folding itself asks for a new layout, which must not fold again.
        if event.type() == QEvent.Type.LayoutRequest and not self._measuring and self._texts() != self._fitted:
            self._fit_follows_texts.changed()  # at once, or once a drag's changes pause
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # (its cards are shown by now)
        self.fit()


def _layouts_holding(layout: QLayout | None, widget: QWidget) -> list[QLayout]:
    """The layouts from `layout` down to the one that holds `widget`, outermost first (none if it holds none)."""
    if layout is None:
        return []
    if layout.indexOf(widget) >= 0:
        return [layout]
    for index in range(layout.count()):
        inner = cast("QLayoutItem", layout.itemAt(index)).layout()  # (an index below count(): an item)
        path = _layouts_holding(inner, widget)
        if path:
            return [layout, *path]
    return []


def _notes_that_fit(scores: Sequence[int], costs: Sequence[int], room: int, order: Iterable[tuple[int, bool]],
                    plan: Sequence[bool]) -> tuple[list[bool], list[bool]]:
    """Which cards keep their notes on the card (`scores`: what the note on its score adds to each, in px), and which
    the note on their cost (`costs`: what that adds), within `room`, offered in `order` (VariantColumn._note_order):
    each that fits takes its room, the others give theirs up. A note on a cost goes with its card's notes: it is not
    offered where the note on the card's score went to the tooltip. The plan's own card's notes (`plan`), which say
    what the plan's lines above say, are offered only where every other card's are on their cards: presenting at
    1366×768 in English, the bakery's plan card kept its note, the room left after the other cards' too tall for
    theirs, and the cards that scored 16.7 and 27.9 said nothing of why."""
    notes, cost_notes = [False] * len(scores), [True] * len(costs)
    others_whole = True
    for i, cost in order:
        extra = costs[i] if cost else scores[i]
        if cost and not (notes[i] and costs[i]):
            others_whole = others_whole and (plan[i] or not costs[i])
            continue
        if plan[i] and not others_whole:
            continue
        kept = extra <= room
        room -= extra if kept else 0
        others_whole = others_whole and (plan[i] or kept)
        if cost:
            cost_notes[i] = kept
        else:
            notes[i] = kept
    return notes, cost_notes


def _as_many_as_fit(extras: Sequence[int], room: int, order: Iterable[int]) -> list[bool]:
    """Which of the cards keep what each would add (`extras`, in px) within `room`, offered it in `order`: each
    that fits takes its room, the others give theirs up."""
    kept = [False] * len(extras)
    for i in order:
        kept[i] = extras[i] <= room
        room -= extras[i] if kept[i] else 0
    return kept
