"""The cards beside the chart: the plan with a Mini Program, with a native app, or with both.

Each card is that variant of the plan scored and costed like the plan (AppOrMiniProgram.variants),
with the key to its line on the chart (LineSwatch: the chart's legend steps aside where the plot is
small). The card of the plan's own choice is the plan and says so. As the presence panels, a card
sets only what changed, and paints its frame from the palette (account_panel.Card). A card whose notes
went to its tooltip (variant_column folds them there) says so with a small sign (MoreSign). So does a
ruled-out card whose reason went there, the last thing a column too short for the folded cards gives up:
its "Ruled out" stays on the card, and the sign beside its title says where the reason is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPalette
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QToolTip, QWidget

from wxdesk.engine import Evaluation
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.results import AppOrMiniProgram
from wxdesk.ui import text
from wxdesk.ui.account_panel import Badge, Card, fills_card_inside, scaled_font
from wxdesk.ui.settle import lay_out_soon, set_shown
from wxdesk.ui.shown_size import SizedWhereShown
from wxdesk.ui.steady_label import SteadyLabel, wrapping_label
from wxdesk.ui.steady_layout import SteadyGridLayout
from wxdesk.words import Words

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent, QResizeEvent

    from wxdesk.engine.reasons import Reason
    from wxdesk.engine.results import Band, PlanResult

    # What a card shows (see VariantCard.show_evaluation): its variant's plan, the years, whether it is admissible,
    # the plan's choice, its score as written, and why it costs and why it scores as it does.
    CardShown = tuple[PlanResult, int, bool, str, str, Reason | None, Reason | None]
    # What decides a card's height in each fold (VariantCard.room_key): its width, its folds, its title's text and
    # font, its badge's text and whether it shows, then each line across it: whether it has a text, and its height.
    RoomKey = tuple[int, bool, bool, bool, bool, bool, str, str, str, bool, *tuple[tuple[bool, int], ...]]

# The plan with a Mini Program, with a native app, or with both (AppOrMiniProgram.variants).
VARIANTS = ("mini_program", "native_app", "both")
# Each variant's line on the chart and its key on the card: chosen to read on light and dark backgrounds.
VARIANT_COLORS = {"mini_program": QColor("#12A05C"),  # WeChat green, a little darker for white backgrounds
                  "native_app": QColor("#3D7EDB"),  # blue
                  "both": QColor("#B0568F")}  # plum: the app and the Mini Program together
TITLE_FONT = 1.05  # a card's title's type, to the card's (bold)
SIGN_GAP = 4  # pixels between the title's words and the sign at the end of its first line
_UNWRITTEN = object()  # what a part of a card not written yet said (see VariantCard._changed)


class LineSwatch(QWidget):
    """A short stretch of a chart line: its colour, its width, dashed or solid. The key to the chart."""

    def __init__(self, color: QColor, parent: QWidget | None = None) -> None:
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

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.color, 3.5 if self.bold else 2.0)
        pen.setStyle(Qt.PenStyle.DashLine if self.dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        middle = self.height() / 2
        painter.drawLine(QLineF(1, middle, self.width() - 1, middle))


class MoreSign(QAbstractButton):
    """A circled "i" in the card's muted colour at the end of its title's first line: the card has more in its tooltip.

    Folded, a card's notes went to its tooltip and nothing on screen said so: a client read the card as all
    there was to it. A button, so that it is in the Tab order and a screen reader names it as one (Qt reads a
    button subclass as a button); Enter, Space or a click shows the card's tooltip, as a key fact's source
    shows from the keyboard (accessibility.FactSources). It has no tooltip of its own: hovering it shows the card's.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variantMore")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # (a click shows the tooltip without taking the focus)
        self.clicked.connect(self.show_more)
        self._size: QSize | None = None  # measured once per font (the card places it as its title is resized)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self._size is None:
            # As tall as a line of the title, whose middle the circle sits on. (Its own font's, as the title's:
            # presenting enlarges both, so it is never a font behind the title's.)
            self._size = QSize(self.diameter() + 2, QFontMetrics(scaled_font(self, TITLE_FONT, bold=True)).height())
        return QSize(self._size)

    def diameter(self) -> int:
        return round(QFontMetrics(self.font()).ascent())

    def show_more(self) -> None:
        card = self.parentWidget()
        if card is not None:
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), card.toolTip(), self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._size = None
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        card = self.parentWidget()
        if isinstance(card, VariantCard):
            card.describe()  # (before Qt tells a screen reader of the focus: what it reads out is the card's now)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()  # as Enter on a focused key fact shows its source (Space clicks any button)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        d = min(self.diameter(), self.width() - 2)  # (smaller where the title's line leaves less: see place_sign)
        circle = QRectF((self.width() - d) / 2, (self.height() - d) / 2, d, d)
        # Muted as the card's notes, unless it has the focus: a keyboard user sees where Tab went.
        focused = self.hasFocus()
        ink = palette.color(QPalette.ColorRole.HighlightedText if focused else QPalette.ColorRole.PlaceholderText)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight) if focused else ink, max(1.2, d / 11)))
        if focused:
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5))
        # The "i" drawn, not set in type: the same in every font and either language.
        centre = circle.center()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        dot = d * 0.09
        painter.drawEllipse(QPointF(centre.x(), centre.y() - d * 0.24), dot, dot)
        painter.setPen(QPen(ink, d * 0.13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QLineF(centre.x(), centre.y() - d * 0.08, centre.x(), centre.y() + d * 0.3))


class _Title(SteadyLabel):
    """A card's title, which moves the card's sign when it is resized (see VariantCard.title_resized)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        card = self.parentWidget()
        if isinstance(card, VariantCard):
            card.title_resized()


class VariantCard(SizedWhereShown, Card):  # (its texts measured where shown: see shown_size)
    """One variant of the plan beside the chart: with a Mini Program, a native app, or both.

    Its score and costs are the variant's own, scored and costed like the plan; the card
    of the plan's choice is the plan itself and says so. Compact (a short window, 200 % scaling):
    without the line of presences, which the card's tooltip then gives first.
    """

    def __init__(self, variant: str, pack: DataPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.variant = variant
        self.pack = pack
        self.setObjectName(f"variantCard_{variant}")
        # The key to the variant's line on the chart (the chart's legend steps aside where the plot is small).
        self.swatch = LineSwatch(VARIANT_COLORS[variant])
        self.title = _Title(objectName="variantTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self, TITLE_FONT, bold=True))
        # Its words change with the plan's choice, in a drag too ("This plan with a native app instead" to "... added"):
        # transparent, the title's new words painted the card beneath it again (and the window, the splitters and the
        # column beneath the card), where it kept its place and size. It fills the card's inside colour, as the cost
        # does (inked in the window's text colour as before). Where the sign lies over its end (raised, transparent), a
        # paint of the title paints the sign above it again.
        fills_card_inside(self.title)
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
        # Why a variant is ruled out: on the card wherever the folded cards without their notes fit, its notes going
        # to the tooltip first. "Ruled out · ¥19.1M over 3 years" alone, in presentation mode at 1366×768, gave a
        # verdict without its reason while the card below kept four lines on how its score was made. Where even they
        # do not fit (fitness_coaching at the least size of an 800×800 screen: the column 412 px high, the cards 507,
        # the reason five lines of a card 127 px wide), the reason goes to the tooltip too, and the sign says so
        # (VariantColumn.fit): left on the card, Qt cut it off, then the title above it.
        self.ruled_out = wrapping_label("variantRuledOut", sized_by_width=True)
        fills_card_inside(self.ruled_out)
        self.ruled_out.hide()
        self.note = wrapping_label("variantNote", sized_by_width=True)
        fills_card_inside(self.note)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # Why it costs what it does beside the others (it adds a presence and costs less, or drops one and costs more),
        # under why it scores as it does: a line of its own, which the column folds to the tooltip before the score's
        # (VariantColumn.fit). One note of both, the card whose score departed most from the plan's (16.7 beside the
        # plan's 68.4, the Chinese bakery at 1366×768) was the one too tall for the room left, and lost both.
        self.cost_note = wrapping_label("variantCostNote", sized_by_width=True)
        fills_card_inside(self.cost_note)
        self.cost_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # Shown where the notes went to the tooltip, at the end of the title's first line, in room the title keeps
        # free for it on its right (reserve_sign_room) whenever the card's notes are in its tooltip: the column
        # measures each card with its notes and without, and a card without them is measured with the title that
        # narrower. A title that wraps wraps beside the sign (where the sign took the place of the title's second
        # line's start, under the colour key, "This plan with a native app / ⓘ instead" read as a word of the
        # title). In no layout: placed by hand (place_sign).
        self.more = MoreSign(self)
        self.more.hide()
        # (Kept, typed: the card's layout, read where it places its parts, without asking Qt for it as a QLayout.)
        self._grid = grid = SteadyGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        grid.addWidget(self.swatch, 0, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.badge, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # (Row 1 is the badge's under the title, empty while it sits beside it: an empty row takes no room.)
        for row, widget in enumerate((self.presences, self.cost, self.ruled_out, self.note, self.cost_note), start=2):
            grid.addWidget(widget, row, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(7, 1)
        self.more.raise_()  # (over the title's cell, whose end it may lie in: the title would take its clicks)
        # The column gives each card its height at the column's width, which a narrow window makes less than
        # the card's widest word and badge side by side: with the card's least width counted, its box layout
        # would measure that height at the card's least width instead (fewer lines: the last one cut).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, self.sizePolicy().verticalPolicy())
        self._evaluation: Evaluation | None = None
        self._shown: CardShown | None = None  # what the card shows now; None: draw it again
        self._written: dict[str, object] = {}  # what each part of it says (see _changed); empty: write each again
        self.compact = False
        # Whether its notes (why it scores or costs as it does) are on the card; where the column is too short
        # for the folded cards with them, they are in its tooltip (VariantColumn.fit).
        self.notes_shown = True
        # Whether, its notes on the card, the note on its cost is too (else in its tooltip: VariantColumn.fit).
        self.cost_note_shown = True
        # How far its score is from the plan's (0 for the plan's own card, and for a card ruled out, which shows no
        # score): the column keeps the notes of the cards furthest from the plan the longest (VariantColumn.fit).
        self.departure = 0.0
        # Whether why it is ruled out is on the card: where the column is too short even for the folded cards without
        # their notes, in its tooltip (VariantColumn.fit), the sign showing.
        self.reason_shown = True
        # Whether the card says so (its notes or its reason are in its tooltip, and it has some); the sign shows once
        # the column has fitted the cards (show_sign), not at each of its measures.
        self.more_shown = False
        # Whether the title keeps room for the sign at the end of its lines where the sign shows: not where the
        # column is too short for the folded cards even without their notes (VariantColumn.fit), where the room
        # would wrap a title onto one more line than there is room for.
        self.sign_room = True
        self._badge_beside = True
        # The variant's range and first-year cost, for its tooltip (see _write_tooltip); None: none yet.
        self._range_of: tuple[float, float, float] | None = None
        self._tip_due = False  # whether the tooltip is to be written again before it is next read
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
        self.cost_note.setVisible(on and self.cost_note_shown and bool(self.cost_note.text()))
        self.more_shown = self._more_in_tooltip()
        self.reserve_sign_room()  # (at once too: the title's lines are measured with it)
        self._set_tooltip()

    def set_cost_note_shown(self, on: bool) -> None:
        """Whether the note on its cost is on the card where its notes are (else in its tooltip, the sign showing)."""
        if on == self.cost_note_shown:
            return
        self.cost_note_shown = on
        self.cost_note.setVisible(on and self.notes_shown and bool(self.cost_note.text()))  # (at once: measured)
        self.more_shown = self._more_in_tooltip()
        self.reserve_sign_room()
        self._set_tooltip()

    def notes_text(self) -> str:
        """Its notes, on the card or not: why it scores as it does, then why it costs as it does (a line each)."""
        return "\n".join(note for note in (self.note.text(), self.cost_note.text()) if note)

    def set_reason_shown(self, on: bool) -> None:
        """Whether why the card is ruled out is on it (else in its tooltip, the sign showing): the column says not
        where even the folded cards without their notes are taller than it."""
        if on == self.reason_shown:
            return
        self.reason_shown = on
        self.ruled_out.setVisible(on and bool(self.ruled_out.text()))  # at once, as set_notes_shown
        self.more_shown = self._more_in_tooltip()
        self.reserve_sign_room()
        self._set_tooltip()

    def _more_in_tooltip(self) -> bool:
        """Whether the tooltip holds something the card leaves out beside its presences: notes, or its reason."""
        return ((not self.notes_shown and bool(self.notes_text()))
                or (not self.cost_note_shown and bool(self.cost_note.text()))
                or (not self.reason_shown and bool(self.ruled_out.text())))

    def set_sign_room(self, on: bool) -> None:
        """Whether the title may keep room for the sign (see reserve_sign_room): the column says not where even
        the folded cards are taller than it (the sign is then placed as on a card too narrow for its room)."""
        if on != self.sign_room:
            self.sign_room = on
            self.reserve_sign_room()  # (at once: the column measures the title's lines with it)

    def reserve_sign_room(self) -> None:
        """Keep the end of the title's lines free for the sign where the card shows it, its title's longest word
        still fits beside it, and the column has room for the line that may cost (sign_room); none elsewhere (a card
        with its notes keeps its title's whole width; a card too narrow for both, 800 px presenting, or in a column
        too short, places the sign as place_sign says)."""
        margins = self.title.contentsMargins()
        room = self.more.sizeHint().width() + SIGN_GAP if self.more_shown and self.sign_room else 0
        if room:
            grid = self._grid
            inside = grid.contentsMargins()
            # (The spacing on either side of the title's column, as _place_badge counts it: the grid keeps the badge's.)
            cell = (self.width() - inside.left() - inside.right() - self.swatch.sizeHint().width()
                    - 2 * grid.horizontalSpacing())
            if self._badge_beside and not self.badge.isHidden():
                cell -= self.badge.sizeHint().width()
            # (And two pixels: the least width is the longest word's rounded, which may lay out a little wider.)
            if cell < self.title.minimumSizeHint().width() - margins.right() + room + 2:
                room = 0
        if margins.right() != room:
            self.title.setContentsMargins(margins.left(), margins.top(), room, margins.bottom())

    def show_sign(self) -> None:
        """Show the sign where the notes are in the tooltip, hide it elsewhere, and describe the card: called by
        the column once it has fitted the cards."""
        if self.more.isHidden() == self.more_shown:
            self._show_sign(at_once=True)
        elif self.more_shown:
            self.place_sign()  # (the measures before may have resized the title and back: see title_resized)
        self.describe()

    def _show_sign(self, at_once: bool) -> None:
        """Show or hide the sign as more_shown says (placed first: see title_resized)."""
        if self.more_shown:
            self.place_sign()
        if at_once:
            self.more.setVisible(self.more_shown)
        else:
            set_shown(self.more, self.more_shown)

    def title_resized(self) -> None:
        """The title is resized whenever what the sign's place depends on changes: the card's width, the badge
        beside it coming or going (its cell takes the title's room), the title's words (another line). Not while
        the column measures the cards, folding and unfolding them: it shows the sign once it has fitted them
        (show_sign), and placed at each of its measures, the sign went back and forth at each slider move."""
        if self.more_shown and not self.more.isHidden() and not getattr(self.parentWidget(), "measuring", False):
            self.place_sign()

    def place_sign(self) -> None:
        """At the end of the title's first line, in the room the title keeps free for it (reserve_sign_room): at
        the card's inner edge, or left of the badge beside the title; the title wraps beside it. On a card too
        narrow for that room, or in a column too short for it (sign_room): at the end of a one-line title's line,
        narrower where the words leave less, or, the title wrapping, under the colour key, beside its second line."""
        self.reserve_sign_room()  # (the sign's size follows its font: presenting enlarges it)
        title, sign = self.title.geometry(), self.more.sizeHint()
        if self.title.contentsMargins().right():
            self.more.setGeometry(title.x() + title.width() - sign.width(), title.y(), sign.width(), sign.height())
            return
        metrics = self.title.fontMetrics()
        if title.height() > 1.5 * metrics.height():
            swatch = self.swatch.geometry()
            self.more.setGeometry(swatch.center().x() - sign.width() // 2, title.y() + metrics.lineSpacing(),
                                  sign.width(), sign.height())
            return
        words = title.x() + self.title.contentsRect().x() + metrics.horizontalAdvance(self.title.text())
        edge = self.width() - self._grid.contentsMargins().right()  # the card's inner edge
        if self._badge_beside and not self.badge.isHidden():
            # (Where the grid puts the badge, at the card's inner edge: the title is resized before it is moved.)
            end = edge - self.badge.sizeHint().width()
            right = end - 6  # (clear of the badge, which fills its background)
        else:
            right = edge
            end = right + 4  # (and the margin's inner part: the border is drawn in its outer 3 px)
        left = right - sign.width()
        if left < words + 3:
            # The title's words reach further: between them and the badge or the border, narrower if it must be.
            width = max(0, min(sign.width(), end - words - 2))
            left = words + 1 + (end - words - 2 - width) // 2
            self.more.setGeometry(left, title.y(), width, sign.height())
        else:
            self.more.setGeometry(left, title.y(), sign.width(), sign.height())

    def _place_badge(self) -> None:
        """Beside the title, or under it: folded (the column is short), or where the card is too narrow for the
        title's longest word beside the badge (the title would be cut, not wrapped)."""
        grid = self._grid
        margins = grid.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 2 * grid.horizontalSpacing()
        # (The title's longest word without the room it keeps for the sign, which follows where the badge is: counted,
        # the badge's place followed the last fold measured, and a fit from nothing chose another fold each time.)
        words = self.title.minimumSizeHint().width() - self.title.contentsMargins().right()
        beside = not self.compact and (not self.isVisible() or room >= self.swatch.sizeHint().width()
                                       + words + self.badge.sizeHint().width())
        if beside == self._badge_beside:
            return
        self._badge_beside = beside
        grid.removeWidget(self.badge)
        if beside:
            grid.addWidget(self.badge, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        else:
            grid.addWidget(self.badge, 1, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_badge()
        self.reserve_sign_room()  # (after the badge's place: beside the title, it takes the title's room)

    def room_key(self) -> RoomKey:
        """What decides the card's height in each fold the column measures it in (VariantColumn._room): its width, its
        folds as they are, the texts of its title and badge (whose room a fold changes: the badge beside the title or
        under it, the sign's room at the title's end), and the heights of the lines that lie across the card's inner
        width in every fold they show in (its presences, cost, reason and note), with whether each has a text. A
        hidden line is measured as a shown one: a label's height at a width follows its text and font alone. (Read with
        SteadyLabel.height_at, not heightForWidth: a width asked here is not one a layout asked, which the label
        measures its every new text at.)"""
        margins = self._grid.contentsMargins()
        inner = self.contentsRect().width() - margins.left() - margins.right()
        across = (self.presences, self.cost, self.ruled_out, self.note, self.cost_note)
        return (self.width(), self.compact, self.notes_shown, self.cost_note_shown, self.reason_shown, self.sign_room,
                self.title.text(),
                self.title.font().key(), self.badge.text(), self.badge.isVisibleTo(self),
                *((bool(label.text()), label.height_at(inner)) for label in across))

    def describe(self) -> None:
        """Where the sign shows, the card's accessible description names it, then gives what the tooltip holds
        (else none: Qt then gives the tooltip itself). Set when the column has fitted the cards (once a drag
        pauses) and when the sign takes the focus, not at each step of a drag: as the chart's description, it
        is read once the answer stops changing (accessibility.FactSources)."""
        tip = self.toolTip()
        description = self.tr("More in its tooltip: %1").replace("%1", tip) if self.more_shown else ""
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
        if self.more_shown and tip != self.more.accessibleDescription():
            self.more.setAccessibleDescription(tip)

    def _set_tooltip(self) -> None:
        """What the tooltip holds changed: it is written again when it is next read (_write_tooltip).

        Why not now: the range in it changes at every audience step, and writing it (three amounts, each
        formatted in the pack's words) was some 0.1 ms of each step, for a tooltip read at a hover, a click
        of the sign or a pause of the drag (describe), where it is written first."""
        self._tip_due = True

    def _write_tooltip(self) -> None:
        if not self._tip_due:
            return
        self._tip_due = False
        lines = [self.presences.text()] if self.compact and self.presences.text() else []
        if not self.reason_shown and self.ruled_out.text():  # (in the card's order: the reason above the notes)
            lines.append(self.ruled_out.text())
        if not self.notes_shown and self.notes_text():
            lines.append(self.notes_text())
        elif not self.cost_note_shown and self.cost_note.text():
            lines.append(self.cost_note.text())
        self.setToolTip("\n".join([*lines, self._range_tip()]))

    def _range_tip(self) -> str:
        # The range is the band on the chart; both are one hover away, so three cards stay beside
        # the chart at 1366×768 in either language.
        if self._range_of is None:
            return ""
        low, high, first_year = self._range_of
        return (self.tr("range %1 – %2; first year %3")
                .replace("%1", text.money(low, self.pack))
                .replace("%2", text.money(high, self.pack))
                .replace("%3", text.money(first_year, self.pack)))

    def toolTip(self) -> str:  # noqa: N802 - Qt's name (written first where due: see _set_tooltip)
        self._write_tooltip()
        return super().toolTip()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # (about to be shown: Qt reads it)
            self._write_tooltip()
        return super().event(event)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        avm: AppOrMiniProgram = evaluation.app_or_mini_program
        plan = avm.variants[self.variant]
        years = evaluation.scenario.horizon_years
        # The score as the plan's headline and the three best plans write it (70.7 where one would read 71).
        score = text.words(self.pack).score_of(evaluation, plan)
        cost_reason = avm.cost_reasons.get(self.variant)
        score_reason = avm.score_reasons.get(self.variant)  # why it scores less than it covers (the engine's)
        admissible = avm.admissible[self.variant]
        chosen = avm.choice == self.variant
        self.departure = abs(plan.score - evaluation.plan.score) if admissible and not chosen else 0.0
        shown = (plan, years, admissible, avm.choice, score, cost_reason, score_reason)
        if shown == self._shown:
            return  # the same figures: nothing to set, nothing to repaint
        self._shown = shown
        # Each part written only where what it says changed: a slider move changes the cost line at nearly every
        # step, the rest at few (the texts were made anew at each, for labels that found them as they were).
        title = self._write_title(avm.choice)
        presences = self._write_presences(plan.presences)
        cost = self._write_cost(plan.total.likely, years, admissible, score)
        tip = self._write_range(plan.total, plan.first_year.likely)
        reasons = [self._write_ruled_out(evaluation, plan.presences, admissible),
                   self._write_notes(score_reason, cost_reason)]
        choice = self._write_choice(avm.choice == self.variant, admissible)
        # Whether the tooltip holds what the card leaves out: only where the notes or the reason came or went.
        if any(reasons) and self.more_shown != self._more_in_tooltip():
            self.more_shown = not self.more_shown
            self.reserve_sign_room()
            self._show_sign(at_once=False)  # (said to a screen reader once the column fits: show_sign)
        if presences or tip or any(reasons):  # (what the tooltip holds)
            self._set_tooltip()
        if title or presences or cost or any(reasons) or choice:
            lay_out_soon(self)  # its new texts may take other lines: the column lays it out in this frame

    def _changed(self, part: str, said: object) -> bool:
        """Whether `said`, what a part of the card says, differs from what it said last (noted if so)."""
        if self._written.get(part, _UNWRITTEN) == said:
            return False
        self._written[part] = said
        return True

    def _write_title(self, choice: str) -> bool:
        if not self._changed("title", choice):
            return False
        title = self._title()  # (what the plan holds may have changed)
        if title != self.title.text():
            self.title.setText(title)
            self.setAccessibleName(title)
            self._name_sign()
        return True

    def _name_sign(self) -> None:
        """The sign named by what it opens: both cards' signs read "More" alike to a screen reader."""
        self.more.setAccessibleName(self.tr("More about %1").replace("%1", self.title.text()))

    def _write_presences(self, presences: tuple[str, ...]) -> bool:
        if not self._changed("presences", presences):
            return False
        self.presences.setText(text.plan_name(presences))
        return True

    def _write_cost(self, likely: float, years: int, admissible: bool, score: str) -> bool:
        if not self._changed("cost", (likely, years, admissible, score)):
            return False
        # A variant that cannot carry a ticked need has no score: its card says it is ruled out, and why below.
        line = (self.tr("Plan score %1 · %2 over %3 years") if admissible
                else self.tr("Ruled out · %2 over %3 years"))
        line = Words.for_years(line, years, "%3")  # "over 1 year", never "over 1 years"
        self.cost.setText(line.replace("%1", score).replace("%2", text.money(likely, self.pack))
                          .replace("%3", str(years)))
        return True

    def _write_range(self, total: Band, first_year: float) -> bool:
        range_of = (total.low, total.high, first_year)
        if not self._changed("range", range_of):
            return False
        self._range_of = range_of  # (written in the tooltip when it is read: see _set_tooltip)
        return True

    def _write_ruled_out(self, evaluation: Evaluation, presences: tuple[str, ...], admissible: bool) -> bool:
        # Why it is ruled out is written at every change of the answer while it is (it follows the members' own
        # reasons); an admissible card's is empty.
        if not self._changed("ruled_out", True if admissible else object()):
            return False
        self.ruled_out.setText("" if admissible else self._why_ruled_out(evaluation, presences))
        set_shown(self.ruled_out, not admissible and self.reason_shown)
        return True

    def _write_notes(self, score_reason: Reason | None, cost_reason: Reason | None) -> bool:
        if not self._changed("notes", (score_reason, cost_reason)):
            return False
        # Under its score: what took the points (the budget read "0.0" unexplained).
        self.note.setText(text.render_reason(score_reason, self.pack) if score_reason is not None else "")
        set_shown(self.note, bool(self.note.text()) and self.notes_shown)
        # It adds a presence and costs less (or drops one and costs more): why.
        self.cost_note.setText(text.render_reason(cost_reason, self.pack) if cost_reason is not None else "")
        set_shown(self.cost_note, bool(self.cost_note.text()) and self.notes_shown and self.cost_note_shown)
        return True

    def _write_choice(self, chosen: bool, admissible: bool) -> bool:
        if not self._changed("choice", (chosen, admissible)):
            return False
        set_shown(self.badge, chosen)
        self.set_highlighted(chosen)
        self.swatch.set_style(bold=chosen, dashed=not admissible)  # as the chart draws the line
        return True

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
        return self.tr("Cannot meet every special need you ticked.")

    def _title(self) -> str:
        """The card's title: the plan with one or both, said against what the plan holds.

        "This plan": the card is the plan's other presences with one or both, not the best plan that holds one ("With a
        native app" at 68.0 stood below car_brand's next best, Channels + Native app, at 69.7). Against what the plan
        holds: bank_care's plan holds an app, and its "This plan with a Mini Program" was the app replaced, read as one
        added beside "with both"."""
        choice = self._evaluation.app_or_mini_program.choice if self._evaluation is not None else self.variant
        if self.variant == "both":
            return self.tr("This plan with both added") if choice == "neither" else self.tr("This plan with both")
        if choice == "neither":
            return (self.tr("This plan with a Mini Program added") if self.variant == "mini_program"
                    else self.tr("This plan with a native app added"))
        if choice == "both":
            return (self.tr("This plan with the Mini Program only") if self.variant == "mini_program"
                    else self.tr("This plan with the app only"))
        if choice == self.variant:
            return (self.tr("This plan with a Mini Program") if self.variant == "mini_program"
                    else self.tr("This plan with a native app"))
        return (self.tr("This plan with a Mini Program instead") if self.variant == "mini_program"
                else self.tr("This plan with a native app instead"))

    def retranslate(self) -> None:
        self.title.setText(self._title())
        self.badge.setText(self.tr("The plan"))
        self.setAccessibleName(self.title.text())
        self._name_sign()
        self._place_badge()  # (words of other widths)
        if not self.more.isHidden():
            self.place_sign()  # (after its title's other words: the title is resized only where they take other room)
        self._shown = None  # other words or another pack: every text again
        self._written = {}
        if self._evaluation is not None:
            self.show_evaluation(self._evaluation)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
