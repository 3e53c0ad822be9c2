"""A label whose lines never end inside a figure and its unit or inside a product's name.

Qt's line breaker ends a line between any two Chinese characters ("小程 / 序") and before
万 ("¥31.2 / 万"). The label lays out its text with the runs that must stay whole joined
(wxdesk.words.line_breaks, the rule the handout and the long image follow too), and gives
the text back as it was written to whoever reads it (`text()`).

A run can only stay whole on a line at least as wide as the run. The label therefore asks
the layouts for no more room than its text would need without the rule (its minimum width
is the one QLabel gives the text as written), and where it is given less than its widest
run, it shows the text as written and Qt breaks that run, as the handout does with a run
wider than its column. So the rule never widens a column of the desk (a line may end a word
earlier, so a label may take a line more).
"""

from __future__ import annotations

import functools
import math
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument, QTextLayout, QTextLine, QTextOption
from PySide6.QtGui import Qt as GuiQt  # the Qt namespace with QtGui's functions (mightBeRichText)
from PySide6.QtWidgets import QLabel

from wxdesk.words.line_breaks import (
    NO_BREAK_SPACE,
    WORD_JOINER,
    keep_together,
    keep_together_markup,
    unbroken_runs,
    unbroken_runs_markup,
)

if TYPE_CHECKING:
    from typing import TypeVar

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QImage, QMovie, QPicture, QPixmap, QResizeEvent
    from PySide6.QtWidgets import QWidget

    from wxdesk.ui.steady_label import _OfTheText

    _Size = TypeVar("_Size")  # a size kept in a MeasuredSizes, as given
    # What QLabel's sizes of a plain text that wraps depend on (see UnbrokenLabel.qt_setting): twice the margin, the
    # contents margins across and down, the width QLabel first tries, the line spacing, whether the format is told
    # from the text.
    QtSetting = tuple[int, int, int, int, int, bool]


_RICH_TEXT, _AUTO_TEXT = Qt.TextFormat.RichText, Qt.TextFormat.AutoText


def _is_rich(text: str, text_format: Qt.TextFormat) -> bool:
    return text_format == _RICH_TEXT or (text_format == _AUTO_TEXT and GuiQt.mightBeRichText(text))


class MeasuredSizes:
    """Sizes measured once and shared, by key; emptied whole when full (the texts a window shows come
    back in runs, and a count bounds the memory without the bookkeeping of a least-recently-used order).

    `find(key)` (None: not measured) and `keep(key, size)` are what the labels call at each new text:
    `find` is the dictionary's own lookup, with no Python call around it."""

    def __init__(self, most: int) -> None:
        # (Any: what is kept under a key, a width, a height, a QSize or a pair of them, its key says; each caller
        # names the type it finds, in a typed local.)
        self._found: dict[tuple[object, ...], Any] = {}
        self._most = most
        self.find = self._found.get  # (the same dictionary for good: emptying it clears it in place)

    def keep(self, key: tuple[object, ...], size: _Size) -> _Size:
        """Remember `size` under `key`, and give it back."""
        if len(self._found) >= self._most:
            self._found.clear()
        self._found[key] = size
        return size


# Measured widths, shared by every label: a slider swept back and forth shows the same sentences in
# the same fonts again, and measuring them (a text document for rich text) cost each changed label
# a fraction of a millisecond at every move.
_text_sizes = MeasuredSizes(4096)
_find, _keep = _text_sizes.find, _text_sizes.keep


# QLabel's largest width (QWIDGETSIZE_MAX): its minimum size hint's height is the text's at this width.
_LARGEST = 16777215
# Characters that could make a text right-to-left (QString::isRightToLeft), or ask for a layout QLabel
# does differently (U+009C: a string of length variants): such a text is measured by QLabel itself.
_NOT_LAID_OUT_HERE = re.compile("[\u009c\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufeff"
                                "\U00010800-\U00010fff\U0001e800-\U0001efff]")
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard

# How LaidOutText lays a text out, as qt_format_text does: words wrapped, left to right. One option for
# every text (QTextLayout keeps a copy), set up once: setting an option's enums from Python is not free.
_WRAPPED = QTextOption()
_WRAPPED.setWrapMode(QTextOption.WrapMode.WordWrap)
_WRAPPED.setTextDirection(Qt.LayoutDirection.LeftToRight)


# QTextLine's methods, looked up once: looked up on each line, a method costs about as much again as its call.
_is_valid, _set_line_width = QTextLine.isValid, QTextLine.setLineWidth
_ascent, _descent, _natural_width = QTextLine.ascent, QTextLine.descent, QTextLine.naturalTextWidth


class LaidOutText:
    """One plain text in one font, shaped once and broken into lines at any width: the size
    QFontMetrics.boundingRect gives it with word wrap (the lines qt_format_text lays out, each on a
    whole pixel after the leading), for a fraction of the cost.

    QLabel measures a wrapping text with a new layout at every width it tries (three for its size
    hint, one for its minimum size, one per height asked), and the shaping of the text into glyphs,
    the same each time, was most of each. Here the text is shaped once: the layout stays open, and
    each width lays the shaped text out in lines again (QTextLayout.clearLayout keeps the shaping).
    """

    def __init__(self, text: str, font: QFont) -> None:
        # As qt_format_text reads the text: a line feed ends a line, a carriage return or tab is a space.
        self._layout = QTextLayout(text.replace("\r", " ").replace("\t", " ").replace("\n", "\u2028"), font)
        self._layout.setTextOption(_WRAPPED)
        self._layout.beginLayout()
        self._leading = QFontMetricsF(font).leading()
        self._sizes: dict[int, tuple[float, float]] = {}
        self._widest_line = -1.0  # the text's width where no line is wrapped (measured first)

    def size_at(self, width: int) -> tuple[float, float]:
        """The text's (width, height) laid out in lines of `width` pixels (none: one part a line)."""
        width = max(width, 0)
        size = self._sizes.get(width)
        if size is None:
            if self._widest_line < 0:
                unwrapped = self._sizes[_LARGEST] = self._lay_out(_LARGEST)
                self._widest_line = unwrapped[0]
            # Where even the widest line fits, no line wraps: the lines are the unwrapped ones.
            size = self._sizes[_LARGEST] if width >= self._widest_line else self._lay_out(width)
            self._sizes[width] = size
        return size

    def _lay_out(self, width: int) -> tuple[float, float]:
        layout = self._layout
        layout.clearLayout()
        leading = self._leading
        height, widest = -leading, 0.0
        create_line, ceil = layout.createLine, math.ceil
        while True:
            line = create_line()
            if not _is_valid(line):
                break
            _set_line_width(line, width)
            height = ceil(height + leading)  # each line on a whole pixel, as qt_format_text places it
            height += _ascent(line) + _descent(line)
            natural = _natural_width(line)
            if natural > widest:
                widest = natural
        return widest, height


@functools.lru_cache(maxsize=1024)
def parts_kept(text: str, separator: str) -> tuple[str, tuple[str, ...]]:
    """`text` whose lines may end only after `separator` (" · "), each part between two separators one run no line
    end cuts ("THE PLAN · PLAN SCORE 73.5" never ends a line before its 73.5), and those runs as the reader
    reads them (with the separator's start after each but the last: the widths a line must have)."""
    lead = separator.rstrip(" ")  # (" ·": kept with the part before it; the line may end after it)
    parts = text.split(separator)
    joined = lead.replace(" ", NO_BREAK_SPACE) + separator[len(lead):]
    kept = joined.join(WORD_JOINER.join(part.replace(" ", NO_BREAK_SPACE)) for part in parts)
    return kept, tuple(part + lead for part in parts[:-1]) + tuple(parts[-1:])


@functools.lru_cache(maxsize=4096)
def _laid_out_here(shown: str, format_told_from_text: bool) -> bool:
    """Whether QLabel lays `shown` out as LaidOutText does (left to right, plain): asked at each of a new
    text's measures, answered once per text."""
    return not _NOT_LAID_OUT_HERE.search(shown) and not (format_told_from_text and GuiQt.mightBeRichText(shown))


@functools.lru_cache(maxsize=4096)
def kept_text(text: str, rich: bool) -> str:
    """`text` with its runs joined as a label reads it, as rich text or not (never inside a tag). (Keyed
    by whether it is rich rather than by the label's format: an enum hashes in Python.)"""
    return keep_together_markup(text) if rich else keep_together(text)


# On the paths a new text takes, a method is looked up on the label's class (QLabel.wordWrap(self),
# UnbrokenLabel._font(self)), not on the label: PySide looks a name up on a Qt object through a search of its
# Qt properties and signals first, some 200 ns a name, a good share of what a new text cost in Python. A
# method a subclass overrides (SteadyLabel keeps some answers) is looked up on type(self).
_NO_WIDTH = QRectF(0, 0, 0, 1_000_000)  # (QFontMetricsF.boundingRect's rectangle for a text at no width)
_WORD_WRAP = int(Qt.TextFlag.TextWordWrap)


class _Said:
    """What a label says (its text as written, and as kept together) and what it measured of that text, kept until
    the text or the font changes; with what its measures read of the window where a text is set and measured in one
    go (`fixed`), and what a SteadyLabel asked of the text (`of_text`, its _OfTheText).

    In a plain object rather than in attributes of the label: PySide looks for a Qt property of the name at each
    attribute set on a Qt object (some 400 ns, a plain object's some 35 ns), and a new text set most of them: some
    nineteen such sets, a seventh of the instructions of a text set again on a panel's reason (callgrind)."""

    __slots__ = ("written", "kept", "widest_run", "widest", "laid_out", "fixed", "of_text")

    def __init__(self) -> None:
        self.written = ""
        self.kept = ""
        # Measured once per text and font: the widest run kept whole, and the widest unbreakable
        # part of the text kept and as written (what QLabel's minimum width follows).
        self.widest_run: float | None = None
        self.widest: tuple[float, float] | None = None
        # The text shown, shaped once in the label's font for QLabel's sizes (see qt_sizes); None: not yet.
        self.laid_out: LaidOutText | None = None
        # What the measures of a text read of the window and nothing they do changes, read once where a text is
        # set and measured in one go (SteadyLabel.setText): (the screen's resolution across and down, the label's
        # least width and height, its largest width). None: each is asked of Qt when needed.
        self.fixed: tuple[int, int, int, int, int] | None = None
        self.of_text: _OfTheText | None = None  # (SteadyLabel's: see steady_label._OfTheText)


class UnbrokenLabel(QLabel):
    """A QLabel that keeps figures with their units and product names whole where they fit."""

    # Whether the label ever had a buddy: QLabel then keeps reading an ampersand as a shortcut's mark,
    # whatever buddy it has after (see qt_setting).
    _had_buddy = False
    # Where set (keep_parts_whole), a plain text's lines end only after this separator, where its parts fit.
    _parts_separator: str | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # (QLabel's: a text, a parent, flags, properties)
        super().__init__(*args, **kwargs)
        # Never guessed to be HTML (see wxdesk.ui.plain_label). QLabel's own: nothing is measured yet, and
        # a subclass's override would run before the subclass has set itself up.
        QLabel.setTextFormat(self, Qt.TextFormat.PlainText)
        # The format, kept here (every change of it comes through setTextFormat below): asked at each new
        # text, QLabel's answer is made into an enum in Python, more work than the question.
        self._text_format = Qt.TextFormat.PlainText
        self._format_value = int(self._text_format.value)
        self._said = _Said()  # what it says and measured of it (see _Said)
        self._font_key: str | None = None  # the font's description, asked of Qt once per font
        if super().text():  # a text given to the constructor
            self._hold(super().text())

    # -- what the label says

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._hold(text)

    def text(self) -> str:
        """The text as it was written (without what keeps its figures and names whole)."""
        return self._said.written

    def setNum(self, number: float) -> None:  # noqa: N802 - Qt override
        super().setNum(number)
        self._says_as_qt_shows(super().text())

    def clear(self) -> None:
        super().clear()
        self._says_as_qt_shows("")

    # A picture in place of the text: QLabel forgets the text, and so does the label.
    def setPixmap(self, pixmap: QPixmap | QImage) -> None:  # noqa: N802 - Qt override (QLabel's: either)
        super().setPixmap(pixmap)
        self._says_as_qt_shows("")

    def setPicture(self, picture: QPicture | int) -> None:  # noqa: N802 - Qt override (what QLabel's takes)
        super().setPicture(picture)
        self._says_as_qt_shows("")

    def setMovie(self, movie: QMovie) -> None:  # noqa: N802 - Qt override
        super().setMovie(movie)
        self._says_as_qt_shows("")

    def _says_as_qt_shows(self, text: str) -> None:
        """What QLabel was given by another setter than setText (a number, nothing, a picture): the text as written
        and as kept together is what Qt shows, and nothing measured of the text before holds."""
        said = self._said
        said.written = said.kept = text
        self._forget_widths()

    def setBuddy(self, buddy: QWidget) -> None:  # noqa: N802 - Qt override
        self._had_buddy = True
        super().setBuddy(buddy)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 - Qt override
        super().setTextFormat(text_format)
        self._text_format = self.textFormat()
        self._format_value = int(self._text_format.value)
        if self._said.written:  # kept together as the new format reads it (no joiner inside a tag)
            self._hold(self._said.written, again=True)

    def keep_parts_whole(self, separator: str = " · ") -> None:
        """Lines of a plain text end only after `separator`, where the label is wide enough for its widest part
        (else where Qt ends them): a heading "THE PLAN · PLAN SCORE 73.5" never leaves its score alone on a line."""
        self._parts_separator = separator
        self._hold(self._said.written, again=True)

    def _hold(self, text: str, again: bool = False) -> None:
        said = self._said
        if text == said.written and not again:
            return  # the same text again (a view sets every sentence at every move): nothing to do
        said.written = text
        rich = _is_rich(text, self._text_format)
        separator = self._parts_separator
        kept = said.kept = (kept_text(text, rich) if separator is None or rich
                            else parts_kept(text, separator)[0])
        UnbrokenLabel._forget_widths(self)
        UnbrokenLabel._show(self, kept if UnbrokenLabel._kept_fits(self) else text)

    def _forget_widths(self) -> None:
        said = self._said
        said.widest_run = said.widest = said.laid_out = None

    def _show(self, text: str) -> None:
        if text != QLabel.text(self):
            QLabel.setText(self, text)
            self._said.laid_out = None
            type(self).shown_text_changed(self)

    def shown_text_changed(self) -> None:
        """The text Qt lays out changed (a subclass forgets what it measured)."""

    # -- room

    def _font(self) -> str:
        if self._font_key is None:
            self._font_key = QLabel.font(self).key()
        return self._font_key

    def _widest_kept_run(self) -> float:
        said = self._said
        if said.widest_run is None:
            written = said.written
            rich = _is_rich(written, self._text_format)
            fixed = said.fixed
            font, dpi = UnbrokenLabel._font(self), QLabel.logicalDpiY(self) if fixed is None else fixed[1]
            separator = self._parts_separator
            key = ("run", written, rich, font, dpi, separator)
            widest: float | None = _find(key)
            if widest is None:
                widest = _keep(key, UnbrokenLabel._measure_widest_run(self, written, rich, font, dpi, separator))
            said.widest_run = widest
        return said.widest_run

    def _measure_widest_run(self, written: str, rich: bool, font: str, dpi: int,
                            separator: str | None = None) -> float:
        if separator is not None and not rich:
            runs = list(parts_kept(written, separator)[1])
        else:
            runs = unbroken_runs_markup(written) if rich else unbroken_runs(written)
        # In the label's own font: a run set smaller in rich text is measured a little wide, so it is
        # shown as written a little early, never cut off. Each run is remembered on its own: a new
        # sentence (another amount) mostly holds runs measured before.
        metrics: QFontMetricsF | None = None
        widths = []
        for run in runs:
            key = ("one run", run, font, dpi)
            width: float | None = _find(key)
            if width is None:
                if metrics is None:
                    metrics = QFontMetricsF(QLabel.font(self), self)
                width = _keep(key, metrics.horizontalAdvance(run))
            widths.append(width)
        return max(widths, default=0.0)

    def _widest_parts(self) -> tuple[float, float]:
        said = self._said
        if said.widest is None:
            said.widest = (self._widest_part(said.kept), self._widest_part(said.written))
        return said.widest

    def _widest_part(self, text: str) -> float:
        """The width of the widest part of `text` no line end may cut, in this label's font."""
        return self._least_size(text)[0]

    def _least_size(self, text: str) -> tuple[float, float]:
        """`text` laid out at no width (one part no line end may cut a line): its widest part, and its
        height (for rich text, the width only)."""
        fixed = self._said.fixed
        key = ("part", text, self._format_value, UnbrokenLabel._font(self),
               QLabel.logicalDpiY(self) if fixed is None else fixed[1])
        size: tuple[float, float] | None = _find(key)
        return _keep(key, UnbrokenLabel._measure_least_size(self, text)) if size is None else size

    def _measure_least_size(self, text: str) -> tuple[float, float]:
        if _is_rich(text, self._text_format):
            document = QTextDocument()
            document.setDefaultFont(self.font())
            document.setDocumentMargin(0)
            option = document.defaultTextOption()
            option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as QLabel sets it (a document wraps anywhere)
            document.setDefaultTextOption(option)
            document.setHtml(text)
            document.setTextWidth(0)
            return document.idealWidth(), 0.0
        size = QFontMetricsF(QLabel.font(self), self).boundingRect(_NO_WIDTH, _WORD_WRAP, text).size()
        return size.width(), size.height()

    def _kept_fits(self) -> bool:
        said = self._said
        if said.kept == said.written or not QLabel.wordWrap(self):
            return True
        room = QLabel.contentsRect(self).width() - 2 * QLabel.margin(self)
        return room <= 0 or room >= UnbrokenLabel._widest_kept_run(self) - 0.5  # no width yet: kept until laid out

    # -- QLabel's own sizes, with the text shaped once

    def qt_setting(self) -> QtSetting | None:
        """What QLabel's sizes of a plain text that wraps depend on, besides the text, the font and the
        label's least and largest sizes: (twice the margin, the contents margins across and down, the
        width QLabel first tries for its size hint (80 average characters), the line spacing, whether
        the format is told from the text). None where QLabel measures the text some other way: rich or
        selectable text (in a text document), a shortcut, an indent, justified lines, or no wrap.
        (Read afresh at each call; SteadyLabel keeps it until a setting changes.)"""
        text_format = self._text_format
        if (not self.wordWrap() or text_format == _RICH_TEXT or self._had_buddy
                or self.textInteractionFlags() & _SELECTABLE or self.alignment() & Qt.AlignmentFlag.AlignJustify):
            return None
        indent = self.indent()
        if indent > 0 or (indent < 0 and self.frameWidth()):
            return None
        margins = self.contentsMargins()
        metrics = self.fontMetrics()
        return (2 * self.margin(), margins.left() + margins.right(), margins.top() + margins.bottom(),
                metrics.averageCharWidth() * 80, metrics.lineSpacing(), text_format == _AUTO_TEXT)

    def _qt_measured(self) -> QtSetting | None:
        """qt_setting, where the text shown is one QLabel lays out as qt_sizes measures it (not empty,
        left to right, plain)."""
        QLabel.ensurePolished(self)  # (as QLabel measures: the style may set the font)
        setting = type(self).qt_setting(self)
        shown = QLabel.text(self)
        if setting is None or not shown or not _laid_out_here(shown, setting[5]):
            return None
        return setting

    def qt_sizes(self) -> tuple[QSize, QSize] | None:
        """QLabel's (sizeHint, minimumSizeHint) for the text shown, measured with one shaping of the text;
        None where QLabel measures it some other way (then ask QLabel)."""
        hint = self.qt_size_hint()
        return None if hint is None else (hint, self._qt_minimum(hint))

    def qt_size_hint(self) -> QSize | None:
        """QLabel's sizeHint for the text shown (None: ask QLabel, as for qt_sizes). Apart from the minimum,
        which needs the text laid out at no width: a text whose size hint changed takes other room, whatever
        its minimum (see steady_layout)."""
        setting = type(self)._qt_measured(self)
        if setting is None:
            return None
        return QSize(*UnbrokenLabel._qt_size_for_width(self, -1, setting, *UnbrokenLabel._least_and_largest(self)))

    def _qt_minimum(self, hint: QSize, widest_part: float | None = None) -> QSize:
        """QLabel's minimumSizeHint for the text shown, whose sizeHint is `hint` (qt_size_hint). With
        `widest_part` (only where the label has no least width of its own), the width is QLabel's for a text
        whose widest unbreakable part is that wide."""
        # (Measured: asked only of a text whose size hint was, which _qt_measured let through: see qt_size_hint.)
        setting: QtSetting = type(self)._qt_measured(self)  # type: ignore[assignment]
        sizes = UnbrokenLabel._least_and_largest(self)
        size_for_width = UnbrokenLabel._qt_size_for_width
        if widest_part is None:
            width = size_for_width(self, 0, setting, *sizes)[0]
        else:  # as _qt_size_for_width(0) measures it: the widest part, rounded up, and the margins
            width = math.ceil(widest_part) + setting[0] + setting[1]
        return QSize(width, min(size_for_width(self, _LARGEST, setting, *sizes)[1], hint.height()))

    def qt_height_for_width(self, width: int) -> int | None:
        """QLabel's heightForWidth for the text shown (None: ask QLabel, as for qt_sizes)."""
        setting = type(self)._qt_measured(self)
        if setting is None:
            return None
        return UnbrokenLabel._qt_size_for_width(self, width, setting, *UnbrokenLabel._least_and_largest(self))[1]

    def _least_and_largest(self) -> tuple[int, int, int]:
        """The label's least width and height, and its largest width."""
        fixed = self._said.fixed
        if fixed is None:
            return QLabel.minimumWidth(self), QLabel.minimumHeight(self), QLabel.maximumWidth(self)
        return fixed[2], fixed[3], fixed[4]

    def _qt_size_for_width(self, width: int, setting: QtSetting, least_width: int, least_height: int,
                           largest: int) -> tuple[int, int]:
        """QLabelPrivate::sizeForWidth, for a text QLabel lays out as qt_setting says, in a label of that least
        size and largest width."""
        extra, across, down, first_try, spacing, _ = setting
        if least_width > 0:
            width = max(width, least_width)
        try_width = width < 0
        if try_width:  # the size hint: a width for some 80 characters, narrowed where the text is short
            width = min(first_try, largest)
        width -= extra + across
        text_size = UnbrokenLabel._text_size
        found = text_size(self, width)
        if try_width and found[1] < 4 * spacing and found[0] > int(width / 2):
            found = text_size(self, int(width / 2))
        if try_width and found[1] < 2 * spacing and found[0] > int(width / 4):
            found = text_size(self, int(width / 4))
        return max(found[0] + extra + across, least_width), max(found[1] + extra + down, least_height)

    def _text_size(self, width: int) -> tuple[int, int]:
        """fontMetrics().boundingRect(0, 0, width, 2000, wrap, text shown).size(), as QLabel asks it."""
        if width <= 0:  # one unbreakable part a line: what the least width below measures too
            least = UnbrokenLabel._least_size(self, QLabel.text(self))
            return math.ceil(least[0]), math.ceil(least[1])
        said = self._said
        laid_out = said.laid_out
        if laid_out is None:
            laid_out = said.laid_out = LaidOutText(QLabel.text(self), QLabel.font(self))
        found = laid_out.size_at(width)
        return math.ceil(found[0]), math.ceil(found[1])

    def _qt_hint(self) -> QSize | None:
        """qt_size_hint (SteadyLabel keeps it until the text or a setting changes)."""
        return self.qt_size_hint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint_size = type(self)._qt_hint(self)
        said = self._said
        kept_shown = QLabel.wordWrap(self) and QLabel.text(self) == said.kept != said.written
        if hint_size is not None and kept_shown and UnbrokenLabel._least_and_largest(self)[0] <= 0:
            # The width QLabel gives the text as written: its widest unbreakable part's. The kept text's
            # (never narrower: keeping a run whole only joins parts) is not laid out at no width to be taken
            # off again, which cost a new text that lays out as QLabel does half of its measuring.
            return UnbrokenLabel._qt_minimum(self, hint_size, UnbrokenLabel._least_size(self, said.written)[0])
        hint = self._qt_minimum(hint_size) if hint_size is not None else super().minimumSizeHint()
        if kept_shown:
            kept, written = self._widest_parts()
            # Less what the kept text's widest part takes over the written one's, each as QLabel rounds it
            # (up): the same width QLabel gives the text as written, whichever of the two the label shows.
            hint.setWidth(max(0, hint.width() - max(0, math.ceil(kept) - math.ceil(written))))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        said = self._said
        self._show(said.kept if self._kept_fits() else said.written)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (event.Type.FontChange, event.Type.ApplicationFontChange):
            self._font_key = None
            self._forget_widths()
        elif event.type() == event.Type.ContentsRectChange:
            # Other room for the text at the same size (new contents margins): whether a run kept whole fits
            # is decided again, as at a resize.
            said = self._said
            self._show(said.kept if self._kept_fits() else said.written)
        super().changeEvent(event)
