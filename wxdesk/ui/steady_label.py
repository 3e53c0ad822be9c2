"""A wrapping label that answers the layouts' height-for-width questions from memory.

Every change of a text on the desk invalidates the layouts up to the window, and each layout
pass asks each wrapping label its height for one width or another: some twenty questions per
slider move for the plan's name alone and the panels' titles. QLabel answers each by laying
its text out at that width. A label whose text sits in a text document (rich text, or text
the user can select: the plan's name, the panels' titles, the app-or-Mini-Program answer) also
lays the document out and back at every question, and that relayout repaints the label, its
text unchanged. The answer depends only on the width, the text and how it is set (font,
format, margins, the screen's resolution), so it is remembered per width and resolution, and
forgotten when any of the rest changes.

The same goes for the label's size hints, which QLabel measures again after each new text
(some five layouts of the text). And what one label measured, every label set the same way
knows: a slider dragged back and forth shows the same sentences again, on the panels and in
the plan, and each was measured when it was first shown. The sizes depend only on the text,
the settings named above and the label's class, so they are kept in a memory shared by every
SteadyLabel, under the text and those settings.

It is an UnbrokenLabel: its lines never end inside a figure and its unit or a product's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel

from wxdesk.ui.steady_layout import MINIMUM, SIZE, set_text_in_place
from wxdesk.ui.unbroken_label import MeasuredSizes, UnbrokenLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QMovie, QPicture, QPixmap
    from PySide6.QtWidgets import QWidget

    from wxdesk.ui.unbroken_label import QtSetting

    # What a label's sizes depend on besides the text and the width (SteadyLabel._settings_and_texts): its class,
    # its font's key, its format, wrap, margin, indent, frame width, alignment, interaction flags, whether it has a
    # buddy, and its contents margins (left, top, right, bottom).
    LabelSetting = tuple[type["SteadyLabel"], str, int, bool, int, int, int, int, int, bool, int, int, int, int]
    # A size's key in the memory shared by labels set alike (SteadyLabel._shared_key): what (_HEIGHT, SIZE or
    # MINIMUM), the label's settings and texts, the resolution across and down, its least width and height, and a
    # width.
    SharedKey = tuple[str, object, int, int, int, int, int]

# Widths remembered per label: a layout tries a few; more would only mean a window being resized.
REMEMBERED_WIDTHS = 16
# What else the height depends on: a change of any clears the memory (the events QLabel itself
# measures its text again after).
_RESET_BY = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange, QEvent.Type.StyleChange,
             QEvent.Type.ContentsRectChange)

_UNSET = object()  # (not yet measured)
_HEIGHT = "height"  # (in the shared memory's keys, beside steady_layout's SIZE and MINIMUM)

# Sizes measured by any SteadyLabel: (what, (the label's settings, its texts), resolution, width) → size.
_shared = MeasuredSizes(16384)
_find, _keep = _shared.find, _shared.keep


class _OfTheText:
    """What a SteadyLabel asked of the text it shows, kept until that text or a setting changes (see
    SteadyLabel._forget): UnbrokenLabel's qt_size_hint and _qt_measured, and the part of the shared memory's
    key that says the label's settings and texts (None: what it measures is not shared). Each of a new text's
    measures asks them. In a plain object rather than in attributes of the label: PySide looks for a Qt
    property of the name at each attribute set on a Qt object (some forty times a plain object's cost), and
    a new text forgets them all at once."""

    __slots__ = ("qt_size", "qt_measured", "shared_key")

    def __init__(self) -> None:
        self.qt_size: object = _UNSET
        self.qt_measured: object = _UNSET
        self.shared_key: object = _UNSET


class SteadyLabel(UnbrokenLabel):
    """A QLabel whose heightForWidth is QLabel's own, asked once per width, text and setting."""

    # UnbrokenLabel's qt_setting, kept until a setting changes.
    _qt_setting: object = _UNSET

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # (QLabel's)
        super().__init__(*args, **kwargs)
        # (Set on the label itself: an attribute PySide finds only on the class takes it longer to read.)
        self._qt_setting = _UNSET
        self._heights: dict[tuple[int, int], int] = {}
        # Whether `_heights` still holds every width asked since the text was set (see setText).
        self._heights_whole = True
        self._hints: dict[str, QSize] = {}  # "size" and "minimum": QLabel's hints, as QLabel keeps them
        self._setting: LabelSetting | None = None  # what the sizes depend on besides the text and the width
        # Whether another label set alike measures as this one: not once it has had a buddy (QLabel then
        # keeps treating an ampersand as a shortcut's mark, whatever buddy it has).
        self._alike = True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        # Only the width and the screen's resolution are in the key: what else the height depends on
        # clears the memory when it changes (the setters below, and changeEvent), since reading the
        # text, its format and margins at each of the layouts' questions (some 2,500 while the window
        # is built and shown) would cost more than half of what is saved.
        key = (width, QLabel.logicalDpiY(self))
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= REMEMBERED_WIDTHS:
                self._heights.clear()
                self._heights_whole = False
            height = self._heights[key] = SteadyLabel._height_measured(self, width)
        return height

    def height_at(self, width: int) -> int:
        """The height at `width`, as heightForWidth answers, without counting `width` among those a
        layout asked about (see setText)."""
        fixed = self._said.fixed
        height = self._heights.get((width, QLabel.logicalDpiY(self) if fixed is None else fixed[1]))
        return SteadyLabel._height_measured(self, width) if height is None else height

    def _height_measured(self, width: int) -> int:
        """The height at `width`: QLabel's, or what a label set the same way and showing the same texts measured."""
        key = SteadyLabel._shared_key(self, _HEIGHT, width)
        if key is None:
            return SteadyLabel._qt_height(self, width)
        height: int | None = _find(key)
        return _keep(key, SteadyLabel._qt_height(self, width)) if height is None else height

    def _qt_height(self, width: int) -> int:
        height = UnbrokenLabel.qt_height_for_width(self, width)
        return QLabel.heightForWidth(self, width) if height is None else height

    def _qt_size_hint(self) -> QSize:
        size = SteadyLabel._qt_hint(self)
        return QLabel.sizeHint(self) if size is None else size  # (kept, never handed out: see sizeHint)

    def _of_the_text(self) -> _OfTheText:
        of_text = self._said.of_text = _OfTheText()
        return of_text

    def _qt_measured(self) -> QtSetting | None:  # (the same, kept)
        of_text = self._said.of_text or SteadyLabel._of_the_text(self)
        found = of_text.qt_measured
        if found is _UNSET:
            found = of_text.qt_measured = UnbrokenLabel._qt_measured(self)
        return found  # type: ignore[return-value]  # (no longer _UNSET: UnbrokenLabel's answer, kept)

    def qt_setting(self) -> QtSetting | None:  # (the same, kept)
        if self._qt_setting is _UNSET:
            self._qt_setting = super().qt_setting()
        return self._qt_setting  # type: ignore[return-value]  # (no longer _UNSET: UnbrokenLabel's answer, kept)

    def _qt_hint(self) -> QSize | None:
        of_text = self._said.of_text or SteadyLabel._of_the_text(self)
        size = of_text.qt_size
        if size is _UNSET:
            size = of_text.qt_size = UnbrokenLabel.qt_size_hint(self)
        return size  # type: ignore[return-value]  # (no longer _UNSET: UnbrokenLabel's answer, kept)

    # The hints are kept as measured (the shared memory may hold the same QSize): handed out as copies,
    # as the caller may change what it is given.

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self._hints.get(SIZE)
        if hint is None:
            hint = self._hints[SIZE] = SteadyLabel._hint_measured(self, SIZE)
        return QSize(hint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self._hints.get(MINIMUM)
        if hint is None:
            hint = self._hints[MINIMUM] = SteadyLabel._hint_measured(self, MINIMUM)
        return QSize(hint)

    def _hint_measured(self, which: str) -> QSize:
        """QLabel's size hint (SIZE) or minimum size hint (MINIMUM), or what a label set the same way and
        showing the same texts measured."""
        # The label's largest width enters QLabel's choice of where a long text wraps for its size hint.
        key = SteadyLabel._shared_key(self, which, UnbrokenLabel._least_and_largest(self)[2])
        hint: QSize | None = None if key is None else _find(key)
        if hint is None:
            hint = SteadyLabel._qt_size_hint(self) if which == SIZE else UnbrokenLabel.minimumSizeHint(self)
            if key is not None:
                _keep(key, hint)
        return hint

    def _shared_key(self, what: str, extra: int) -> SharedKey | None:
        """The key of `what` (at `extra`: a width) in the memory shared by labels set alike; None where the
        label's sizes are not shared: no text (or a picture), or set in a way no key says."""
        of_text = self._said.of_text or SteadyLabel._of_the_text(self)
        text_key = of_text.shared_key
        if text_key is _UNSET:
            text_key = of_text.shared_key = SteadyLabel._settings_and_texts(self)
        if text_key is None:
            return None
        # (The resolution is read at each question, or once for a text set: a window moved to another
        # screen is told no setter. So are the least width and height, which QLabel's measures of a text
        # take into account: two labels alike in all else may be given different ones.)
        fixed = self._said.fixed
        if fixed is None:
            return (what, text_key, QLabel.logicalDpiX(self), QLabel.logicalDpiY(self),
                    QLabel.minimumWidth(self), QLabel.minimumHeight(self), extra)
        return (what, text_key, *fixed[:4], extra)

    def _settings_and_texts(self) -> tuple[LabelSetting, str, str] | None:
        shown = QLabel.text(self)
        if not shown or not self._alike:
            return None
        if self._setting is None:
            self.ensurePolished()  # (the style may set the font)
            self._setting = (type(self), self.font().key(), int(self.textFormat().value), self.wordWrap(),
                             self.margin(), self.indent(), self.frameWidth(), int(self.alignment().value),
                             int(self.textInteractionFlags().value), self.buddy() is not None,
                             self.contentsMargins().left(), self.contentsMargins().top(),
                             self.contentsMargins().right(), self.contentsMargins().bottom())
        return (self._setting, shown, self._said.written)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in _RESET_BY:
            self._forget(setting=True)
        super().changeEvent(event)

    def _forget(self, setting: bool = False) -> None:
        """Forget the sizes measured (and, with `setting`, how the label is set): something they depend on changed."""
        # (An attribute of the label is set only where it changes: see _OfTheText.)
        self._heights.clear()
        if not self._heights_whole:
            self._heights_whole = True
        self._hints.clear()
        self._said.of_text = None
        if setting:
            self._setting = None
            self._qt_setting = _UNSET

    def shown_text_changed(self) -> None:
        # The text laid out changed without a setter: the label is now too narrow for a run it
        # kept whole, or wide enough again (see UnbrokenLabel). Also while the constructor holds its
        # text, before there is anything to forget.
        if hasattr(self, "_heights"):
            SteadyLabel._forget(self)

    # What the label shows and how it lays it out: each setter forgets the heights (QLabel's own
    # setters are not virtual, so every change made from Python comes through these).

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        said = self._said
        if text == said.written:  # the same text again changes nothing (QLabel does nothing either)
            return
        # The old text's room and the new one's are measured here and now, and nothing they do moves the
        # window or resizes the label: what they read of both is read once (each is a call into Qt).
        said.fixed = (QLabel.logicalDpiX(self), QLabel.logicalDpiY(self), QLabel.minimumWidth(self),
                      QLabel.minimumHeight(self), QLabel.maximumWidth(self))
        try:
            set_text_in_place(self, text, SteadyLabel._set_text, SteadyLabel._known_room, SteadyLabel._room_of)
        finally:
            said.fixed = None

    def _known_room(self) -> list[tuple[object, object]] | None:
        """What the layouts may keep of this label's text now: the size hints and heights they asked
        for since the text was set (all remembered here), and the height at the width it was laid out at.
        None where some were forgotten (more widths asked than are remembered)."""
        if not self._heights_whole:
            return None
        known: list[tuple[object, object]] = list(self._hints.items())
        # The width it has first: a text that takes other room mostly differs there.
        laid_out = QLabel.width(self)
        if type(self).hasHeightForWidth(self):
            fixed = self._said.fixed
            dpi = fixed[1] if fixed is not None else QLabel.logicalDpiY(self)
            height = self._heights.get((laid_out, dpi))
            known.append((laid_out, SteadyLabel._height_measured(self, laid_out) if height is None else height))
            known.extend((width, height) for (width, at_dpi), height in self._heights.items()
                         if at_dpi == dpi and width != laid_out)
        return known

    def forget_widths_left_behind(self) -> None:
        """Where the label remembers heights at widths other than its own (or lost count of them), its layouts
        are told once, as a new text tells them, and it forgets them.

        A new text of the same room leaves the layouts alone only once it is measured at every width one of
        them may have kept a height for (see _known_room). While the window is shown and settles at start,
        the layouts ask at widths it has left since (the cards' sentences at -11, 94, 167 and 190 px before
        their column took its width; the budget line at the desk's trial splits), and the first slider move
        measured its new texts at all of them: some 1 ms more than any later move. Told now, every layout
        above the label drops what it kept of them (QWidget.updateGeometry, up to the window), and asks
        again only at the widths it lays the label out at."""
        if QLabel.isHidden(self):  # (set_text_in_place tells a hidden label's layout at each new text anyway)
            return
        at = QLabel.width(self)
        if self._heights_whole and all(width == at for width, _ in self._heights):
            return
        SteadyLabel._forget(self)
        QLabel.updateGeometry(self)

    def _room_of(self, what: object) -> object:
        """One of _known_room's measures, of the text the label has now."""
        if what == SIZE:
            return type(self).sizeHint(self)
        if what == MINIMUM:
            return type(self).minimumSizeHint(self)
        return SteadyLabel.height_at(self, what)  # type: ignore[arg-type]  # (neither: a width, see _known_room)

    def _set_text(self, text: str) -> None:
        SteadyLabel._forget(self)
        UnbrokenLabel._hold(self, text)

    def setNum(self, number: float) -> None:  # noqa: N802 - Qt override
        self._forget()
        super().setNum(number)

    def clear(self) -> None:
        self._forget()
        super().clear()

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 - Qt override
        self._forget(setting=True)
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt override
        self._forget(setting=True)
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:  # noqa: N802 - Qt override
        self._forget(setting=True)
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802 - Qt override
        self._forget(setting=True)
        super().setIndent(indent)

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:  # noqa: N802 - Qt override
        self._forget(setting=True)  # selectable text is laid out in a text document, not by the font's metrics
        super().setTextInteractionFlags(flags)
        self._measure_afresh()

    def setBuddy(self, buddy: QWidget) -> None:  # noqa: N802 - Qt override
        self._forget(setting=True)  # with a buddy, an ampersand marks the shortcut instead of being shown
        self._alike = False
        super().setBuddy(buddy)
        self._measure_afresh()

    def _measure_afresh(self) -> None:
        # QLabel keeps its size hints over a change of selectability or buddy, measured the other way;
        # what it measures next may be shared with every label set alike, and must be this label's as
        # it is set now: it measures afresh (as after any setWordWrap).
        QLabel.setWordWrap(self, self.wordWrap())

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802 - Qt override
        self._forget(setting=True)  # (not the height, but the memory shared by labels set alike holds it)
        super().setAlignment(alignment)

    def setPixmap(self, pixmap: QPixmap | QImage) -> None:  # noqa: N802 - Qt override (QLabel's: either)
        self._forget(setting=True)
        super().setPixmap(pixmap)

    def setPicture(self, picture: QPicture | int) -> None:  # noqa: N802 - Qt override (what QLabel's takes)
        self._forget(setting=True)
        super().setPicture(picture)

    def setMovie(self, movie: QMovie) -> None:  # noqa: N802 - Qt override
        self._forget(setting=True)
        super().setMovie(movie)


class WidthSizedLabel(SteadyLabel):
    """A wrapped sentence whose figures change at every slider move ("Likely cost: ¥1.2M over 3 years…",
    the budget sentence, the note under the chart, a variant card's cost), in a column whose width comes
    from elsewhere (the plan's share of the desk, the chart's width, the cards' column): laid out at that
    width, at the height it needs there, and asking no room of its own (its size hints are nothing).

    QLabel's hints are the text laid out at some eighty characters' width (up to three layouts, at widths
    no one shows it at) and its widest word. A SteadyLabel measures both of each new text to learn whether
    its layout must be told (see steady_layout): some 0.6 ms of a slider move for the plan's three, and
    where only that width nobody sees wrapped the sentence otherwise, the whole desk was laid out again,
    every panel in the place it had. Its layouts place it by its height at its width (heightForWidth),
    which it still answers and compares; the columns it sits in take their widths from their stretch (or
    ignore hints), and are wider than any word of it down to the smallest window.
    """

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, 0)


def wrapping_label(object_name: str = "", sized_by_width: bool = False) -> SteadyLabel:
    """A wrapping plain-text label at the top left of its room, as the desk's cards hold them;
    `sized_by_width`: a WidthSizedLabel (a sentence whose figures change at every move)."""
    label = WidthSizedLabel() if sized_by_width else SteadyLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if object_name:
        label.setObjectName(object_name)
    return label
