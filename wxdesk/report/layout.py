"""A small flowing page layout for the handout: blocks fill A4 pages top to bottom.

Laying out and painting are two passes: blocks are measured and placed first, as
drawing steps per page, so that the footer can say "page 2 of 4" when painting.
All coordinates are in points (the PDF writer runs at 72 dpi); text and charts
stay vector graphics whatever the zoom.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintDevice, QPen, QTextLayout, QTextOption

from wxdesk.report.fonts import ReportFonts
from wxdesk.words.line_breaks import NO_BREAK_SPACE, keep_together, shown

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0  # A4 in points
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 54.0, 54.0, 60.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = QColor("#1f2933")
MUTED = QColor("#616e7c")
RULE = QColor("#d9dee3")
PANEL = QColor("#f4f6f8")
ACCENT = QColor("#07a35a")      # WeChat green, a shade darker for print
APP_COLOUR = QColor("#3b6fb6")
MP_COLOUR = ACCENT

WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)

Step = Callable[[QPainter], None]
LINE_SEPARATOR = "\u2028"  # a line end QTextLayout keeps (QPainter.drawText turns "\n" into it)

# Every string drawn while painting a document, so that its PDF text layer can be
# checked against what was meant (see pdftext).
_drawn: list[str] | None = None


class recording:  # noqa: N801 - used as a context manager
    """Collect the text that draw_text paints inside the `with` block."""

    def __enter__(self) -> list[str]:
        global _drawn
        _drawn = []
        return _drawn

    def __exit__(self, *exc: object) -> None:
        global _drawn
        _drawn = None


@dataclass(frozen=True)
class PlacedText:
    """One text as painted: the rectangle it was given and the one its lines take."""

    text: str
    given: QRectF
    inked: QRectF  # where the painter lays the lines out, overflow included
    baseline: float  # of its first line
    lines: tuple[str, ...] = ()  # each line as the painter set it


@dataclass
class PaintedPage:
    texts: list[PlacedText] = field(default_factory=list)
    boxes: list[QRectF] = field(default_factory=list)  # panels and cards that text must stay inside


# The pages being measured while painting (see `measuring`), or None: measuring asks the
# painter to lay every text out twice, so it is for checks, not for every handout.
_measured: list[PaintedPage] | None = None


class measuring:  # noqa: N801 - used as a context manager
    """Keep, page by page, where every text and box painted inside the `with` block lands.

    A check can then hold each text to the rectangle it was given and to the box around it:
    QPainter draws a text that needs more room than its rectangle past the rectangle's edge.
    """

    def __enter__(self) -> list[PaintedPage]:
        global _measured
        _measured = [PaintedPage()]
        return _measured

    def __exit__(self, *exc: object) -> None:
        global _measured
        _measured = None


def turn_page() -> None:
    """What is painted from here on lands on a new page (for `measuring`)."""
    if _measured is not None and (_measured[-1].texts or _measured[-1].boxes):
        _measured.append(PaintedPage())


def fill_box(p: QPainter, rect: QRectF, colour: QColor) -> None:
    """A panel or card: a filled rectangle the text painted on it must stay inside."""
    if _measured is not None:
        _measured[-1].boxes.append(QRectF(rect))
    p.fillRect(rect, colour)


@dataclass
class Styles:
    fonts: ReportFonts
    title: QFont = field(init=False)
    subtitle: QFont = field(init=False)
    heading: QFont = field(init=False)
    body: QFont = field(init=False)
    bold: QFont = field(init=False)
    small: QFont = field(init=False)
    small_bold: QFont = field(init=False)
    tiny: QFont = field(init=False)
    big_number: QFont = field(init=False)
    lead: QFont = field(init=False)

    def __post_init__(self) -> None:
        f = self.fonts.font
        self.title, self.subtitle, self.heading = f(24, True), f(12.5), f(13.5, True)
        self.body, self.bold = f(9.5), f(9.5, True)
        self.small, self.small_bold, self.tiny = f(8), f(8, True), f(6.8)
        self.big_number = f(17, True)
        self.lead = f(15, True)


HEADING_AFTER = 6.0  # the room under a section heading, before what it keeps with it


@dataclass(frozen=True)
class Placed:
    """Where the flow put one block: a check can see which page each heading and its first block are on."""

    page: int  # from 0
    top: float
    height: float
    kind: str  # "heading", "text", "bullet", "block", "table", "rule"
    text: str = ""
    with_next: bool = False  # held for the block after it, and placed on that block's page


class Flow:
    """Places blocks on pages; `steps[page]` are the drawing calls for that page.

    A heading (and whatever else is placed `with_next`) is held until the block after it is
    placed, then set on that block's page: where that block does not fit under it, the heading
    moves to the next page with it rather than standing alone at a page's foot.
    """

    def __init__(self, device: QPaintDevice, styles: Styles):
        self.device = device
        self.styles = styles
        self.pages: list[list[Step]] = [[]]
        self.y = MARGIN_TOP
        self.placed: list[Placed] = []
        # Held for the next block: (height with the room after it, placing at a top), in order.
        self._held: list[tuple[float, Callable[[float], None]]] = []

    # -- measuring
    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def text_height(self, text: str, font: QFont, width: float) -> float:
        return text_height(text, font, width, self.device)

    @property
    def bottom(self) -> float:
        return PAGE_HEIGHT - MARGIN_BOTTOM

    def room(self) -> float:
        return self.bottom - self.y

    # -- placing
    def new_page(self) -> None:
        self.pages.append([])
        self.y = MARGIN_TOP

    def held(self) -> float:
        """The height of what is held for the next block."""
        return sum(height for height, _place in self._held)

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` more points fit on this one, under what is held for them;
        then place what is held, on the page the `height` points start on."""
        self._turn_unless_room(height)
        self.place_held()

    def _turn_unless_room(self, height: float) -> None:
        """A new page unless `height` more points fit on this one under what is held (a page that holds nothing yet
        is never left for another: a block taller than a page starts on it)."""
        if self.y + self.held() + height > self.bottom and self.y > MARGIN_TOP:
            self.new_page()

    def place_held(self) -> None:
        """Place what is held where the flow stands, with no page turned for it."""
        held, self._held = self._held, []
        for height, place in held:
            place(self.y)
            self.y += height

    def put(self, kind: str, text: str, height: float, after: float, paint: Callable[[QPainter, float], None],
            with_next: bool = False, keep: float = 0.0) -> None:
        """Place one block `height` tall, with `keep` points of room below it on its page; or, `with_next`,
        hold it (on a new page at once if even `keep` would not fit) until the next block is placed."""
        def place(top: float) -> None:
            self.placed.append(Placed(len(self.pages) - 1, top, height, kind, text, with_next))
            def step(p: QPainter, t: float = top) -> None:
                paint(p, t)
            self.draw(step)
        if not with_next:
            self.ensure(height + keep)
            place(self.y)
            self.y += height + after
            return
        self._turn_unless_room(height + after + keep)
        self._held.append((height + after, place))

    def draw(self, step: Step) -> None:
        self.pages[-1].append(step)

    def space(self, points: float) -> None:
        if self._held:  # room between held blocks goes with them
            self._held.append((points, lambda _top: None))
        else:
            self.y += points

    def text(self, text: str, font: QFont, colour: QColor = INK, x: float = MARGIN_X,
             width: float = CONTENT_WIDTH, after: float = 4.0, keep: float = 0.0, with_next: bool = False) -> float:
        """A wrapped paragraph; `keep` asks for that much room below it on the same page, and
        `with_next` sets it on the page of the block after it (a sub-heading)."""
        height = self.text_height(text, font, width)
        self.put("text", text, height, after,
                  lambda p, t: draw_text(p, QRectF(x, t, width, height + 2), text, font, colour), with_next, keep)
        return height

    def heading(self, text: str, keep: float = 60.0) -> None:
        """A section heading, set on the page of the block after it and of at least `keep` points below it."""
        self.space(8)
        font = self.styles.heading
        height = self.text_height(text, font, CONTENT_WIDTH)

        def paint(p: QPainter, t: float) -> None:
            p.fillRect(QRectF(MARGIN_X, t + 2, 3, height - 3), ACCENT)
            draw_text(p, QRectF(MARGIN_X + 9, t, CONTENT_WIDTH - 9, height + 2), text, font, INK)
        self.put("heading", text, height, HEADING_AFTER, paint, True, keep)

    def bullet(self, text: str, font: QFont, colour: QColor = INK, mark: str = "•", with_next: bool = False) -> None:
        indent = 11.0
        height = self.text_height(text, font, CONTENT_WIDTH - indent)

        def paint(p: QPainter, t: float) -> None:
            draw_marked(p, QRectF(MARGIN_X, t, CONTENT_WIDTH, height + 2), indent, mark, font, ACCENT, text, font,
                        colour)
        self.put("bullet", text, height, 3, paint, with_next)

    def rule(self) -> None:
        self.place_held()
        self.put("rule", "", 0.0, 6, lambda p, t: _hline(p, MARGIN_X, MARGIN_X + CONTENT_WIDTH, t, RULE), False)

    def block(self, height: float, paint: Callable[[QPainter, float], None], after: float = 6.0) -> None:
        """A fixed-height block (chart, panels) painted by `paint(painter, top)`."""
        self.put("block", "", height, after, paint, False)

    def table_height(self, columns: list[tuple[float, int]], header: list[str] | None, rows: list[list[str]],
                     font: QFont, header_font: QFont, padding: float = 3.0) -> float:
        """How tall table() sets these rows on one page, its header included."""
        heights = self._row_heights([w for w, _ in columns], padding)
        return float((heights(header, header_font) if header else 0.0) + sum(heights(r, font) for r in rows) + 6)

    def _row_heights(self, widths: list[float], padding: float) -> Callable[[list[str], QFont], float]:
        def row_height(cells: list[str], f: QFont) -> float:
            drops = self._baseline_drops(cells, f, widths, padding)
            return max(d + self.text_height(c, f, w - 2 * padding)
                       for c, w, d in zip(cells, widths, drops)) + 2 * padding
        return row_height

    def _baseline_drops(self, cells: list[str], f: QFont, widths: list[float], padding: float) -> list[float]:
        """How far each cell starts below the row's top so that all first lines share one baseline
        (a line with Chinese in it is set taller than one of Latin letters and figures alone)."""
        ascents = [first_line(c, f, w - 2 * padding, self.device)[0] for c, w in zip(cells, widths)]
        return [max(ascents) - a for a in ascents]

    def table(self, columns: list[tuple[float, int]], header: list[str] | None, rows: list[list[str]],
              font: QFont, header_font: QFont, shaded_rows: AbstractSet[int] = frozenset(), padding: float = 3.0,
              keep_after: float = 0.0) -> None:
        """A table of wrapped cells; columns are (width, alignment); the header (if any) repeats on new pages.
        `keep_after`: that much room below the last row on its page (for a note on the table)."""
        widths = [w for w, _ in columns]

        def drops(cells: list[str], f: QFont) -> list[float]:
            return self._baseline_drops(cells, f, widths, padding)

        row_height = self._row_heights(widths, padding)

        def place(cells: list[str], f: QFont, colour: QColor, fill: QColor | None, line: bool) -> None:
            height = row_height(cells, f)
            top = self.y
            cell_drops = drops(cells, f)

            def step(p: QPainter, t: float = top) -> None:
                if fill is not None:
                    p.fillRect(QRectF(MARGIN_X, t, sum(widths), height), fill)
                x = MARGIN_X
                for cell, (w, align), drop in zip(cells, columns, cell_drops):
                    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop) | align
                    draw_text(p, QRectF(x + padding, t + padding + drop, w - 2 * padding, height - 2 * padding - drop),
                              cell, f, colour, flags)
                    x += w
                if line:
                    _hline(p, MARGIN_X, MARGIN_X + sum(widths), t + height, RULE)
            self.placed.append(Placed(len(self.pages) - 1, top, height, "table", cells[0] if cells else ""))
            self.draw(step)
            self.y += height

        header_height = row_height(header, header_font) if header else 0.0
        self.ensure(header_height + (row_height(rows[0], font) if rows else 0))
        if header:
            place(header, header_font, MUTED, None, True)
        last = len(rows) - 1
        for i, cells in enumerate(rows):
            height = row_height(cells, font)
            # A table's last row never stands alone at the top of a page: the row before it goes over with it
            # (every English handout ended on a page 7 holding the appendix's last row and nothing else).
            widow = (0 < i == last - 1 and self.y + height <= self.bottom
                     and self.y + height + row_height(rows[last], font) + keep_after > self.bottom)
            if widow or self.y + height + (keep_after if i == last else 0.0) > self.bottom:
                self.new_page()
                if header:
                    place(header, header_font, MUTED, None, True)
            place(cells, font, INK, PANEL if i in shaded_rows else None, True)
        self.y += 6


def set_in_lines(text: str, font: QFont, width: float, device: QPaintDevice) -> str:
    """`text` as it is set `width` wide: its lines joined by line breaks, each ending only where a
    reader may see a line end (never inside a figure and its unit or a product's name; see
    wxdesk.words.line_breaks), and nothing in it that the reader does not see.

    Qt lays the text out with the joiners; what is drawn is the text without them, cut into
    those lines. So a PDF's text copies and searches as written ("¥31.2万", no invisible
    characters in between), and the long image and the handout break lines alike.
    """
    kept = keep_together(text)
    lines = qt_lines(kept, font, width, device)
    if _widowed(lines):
        # One short word alone on the last line ("…¥3,000 in the first / year."): its word before goes down with
        # it, where the two fit well within the width (else the line before would be left half empty).
        paragraph_start = kept.rfind("\n") + 1
        at = kept.rfind(" ", paragraph_start)
        tail = shown(kept[kept.rfind(" ", paragraph_start, at) + 1:])
        if at > paragraph_start and QFontMetricsF(font, device).horizontalAdvance(tail) <= width * _WIDOW_TAIL_SHARE:
            kept = kept[:at] + NO_BREAK_SPACE + kept[at + 1:]
            lines = qt_lines(kept, font, width, device)
    if kept == text and NO_BREAK_SPACE not in text:
        return text  # nothing kept together, no word left alone: Qt's own line breaks are the ones
    return "\n".join(shown(line).rstrip(" ") for line in lines)


_WORD_WRAP = int(Qt.TextFlag.TextWordWrap)
# How far a line set_in_lines ended may reach past its width, drawn as it is: without its joiners a line can
# measure a hair wider than Qt measured it with them, and wrapped again it broke as "…the plan's likely" /
# "first-" / "year cost from …". (A run wider than the line, which Qt had to let overflow, is wrapped again.)
_SET_LINE_SLACK = 1.0


def _as_set(text: str, font: QFont, width: float, device: QPaintDevice, flags: int) -> tuple[str, int]:
    """`text` as draw_text draws it `width` wide, and the flags to draw it with: where `flags` wrap, its lines as
    set_in_lines ends them, not wrapped again where each fits its width within a hair."""
    if not flags & _WORD_WRAP:
        return text, flags
    lines = set_in_lines(text, font, width, device)
    if lines == text:
        return lines, flags  # (Qt's own line breaks: it makes them again as it draws)
    metrics = QFontMetricsF(font, device)
    if all(metrics.horizontalAdvance(line) <= width + _SET_LINE_SLACK for line in lines.split("\n")):
        return lines, flags & ~_WORD_WRAP
    return lines, flags


# The last two words go down together only where they take at most this share of the line.
_WIDOW_TAIL_SHARE = 0.5


def _widowed(lines: list[str]) -> bool:
    """Whether the last of `lines` (a wrapped paragraph's) holds a single word after a line that wrapped."""
    if len(lines) < 2 or not lines[-2].strip():
        return False
    last = shown(lines[-1]).strip()
    return bool(last) and " " not in last


def line_spans(text: str, font: QFont, width: float, device: QPaintDevice | None = None,
               wrap: QTextOption.WrapMode = QTextOption.WrapMode.WordWrap) -> list[tuple[int, int]]:
    """The lines (start, length) Qt's line breaker makes of `text` `width` wide, wrapping as `wrap` says."""
    layout = QTextLayout(text, font, device) if device is not None else QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(wrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1.0))
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return lines


def qt_lines(text: str, font: QFont, width: float, device: QPaintDevice) -> list[str]:
    """The lines Qt's line breaker makes of `text` `width` wide, as QPainter.drawText does with
    Qt.TextWordWrap ("\n" ends a line; each line without it)."""
    return [text[start:start + length].rstrip("\n")
            for start, length in line_spans(text.replace("\n", LINE_SEPARATOR), font, width, device)]


def measured_on(p: QPainter | None, device: QPaintDevice | None) -> QPaintDevice:
    """What a chart measures its texts on: `device`, else the device `p` paints on (a chart measured without painting
    gives a device, one painted gives its painter)."""
    if device is not None:
        return device
    if p is None:
        raise ValueError("a chart is measured on a device or painted with a painter; neither was given")
    return p.device()


def text_height(text: str, font: QFont, width: float, device: QPaintDevice, flags: int = WRAP) -> float:
    """The height `text` takes set `width` wide (as draw_text sets it)."""
    lines, flags = _as_set(text, font, width, device, flags)
    return QFontMetricsF(font, device).boundingRect(QRectF(0, 0, width, 100_000), flags, lines).height()


def draw_text(p: QPainter, rect: QRectF, text: str, font: QFont, colour: QColor, flags: int = WRAP) -> None:
    if _drawn is not None:
        _drawn.append(text)
    p.setFont(font)
    p.setPen(colour)
    lines, flags = _as_set(text, font, rect.width(), p.device(), flags)
    p.drawText(rect, flags, lines)
    if _measured is not None:
        inked = p.boundingRect(rect, flags, lines)
        ascent = first_line(text, font, rect.width(), p.device())[0]
        set_lines = qt_lines(lines, font, rect.width(), p.device()) if flags & _WORD_WRAP else lines.split("\n")
        _measured[-1].texts.append(PlacedText(text, QRectF(rect), inked, inked.top() + ascent, tuple(set_lines)))


def first_line(text: str, font: QFont, width: float, device: QPaintDevice) -> tuple[float, float]:
    """(ascent, height) of the first line of `text` wrapped at `width`.

    Not the font's own: a line set partly in a fallback face (the Chinese one) is taller,
    and its baseline lower, so marks and figures placed beside it use this to stand on the
    same baseline.
    """
    layout = QTextLayout(keep_together(text) or " ", font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(max(width, 1.0))
    layout.endLayout()
    return line.ascent(), line.height()


def draw_on_baseline(p: QPainter, x: float, baseline: float, text: str, font: QFont, colour: QColor,
                     right: bool = False) -> float:
    """One line of text standing on `baseline`, starting at `x` (or ending there, `right`); returns its width."""
    width = QFontMetricsF(font, p.device()).horizontalAdvance(text)
    ascent, height = first_line(text, font, width + 1000, p.device())
    left = x - width if right else x
    draw_text(p, QRectF(left, baseline - ascent, width + 1, height), text, font, colour,
              int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop))
    return width


def draw_marked(p: QPainter, rect: QRectF, indent: float, mark: str, mark_font: QFont, mark_colour: QColor,
                text: str, font: QFont, colour: QColor) -> None:
    """A wrapped text in `rect` after a mark (✓, ✗, •) standing on the text's first baseline."""
    text_rect = QRectF(rect.left() + indent, rect.top(), rect.width() - indent, rect.height())
    text_ascent = first_line(text, font, text_rect.width(), p.device())[0]
    mark_ascent, mark_height = first_line(mark, mark_font, indent + 100, p.device())
    top = rect.top() + text_ascent - mark_ascent
    draw_text(p, QRectF(rect.left(), top, indent, mark_height), mark, mark_font, mark_colour)
    draw_text(p, text_rect, text, font, colour)


def _hline(p: QPainter, x1: float, x2: float, y: float, colour: QColor) -> None:
    p.setPen(QPen(colour, 0.6))
    p.drawLine(QPointF(x1, y), QPointF(x2, y))
