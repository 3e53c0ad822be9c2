"""Size hints of the desk's cards that measure their texts only at the width the cards are shown at.

Qt asks a widget whose layout changed for its size hint, and for a layout whose heights follow its width
(wrapping texts) that hint is its height at the hint's own width: the width its widest line would take
unwrapped, one the card is never shown at. Every wrapping label in it is then laid out at that width
too (a plan's name at 1,305 pixels, each panel's reasons at two or three widths of a six-column grid the
window never lays out), and a plan-changing slider move measured some forty of its fifty new heights
only for such hints. Yet a card whose height follows its width is placed by that height at the width it
gets (box and grid layouts take a height-for-width item's height from heightForWidth, never from its
hint), and the size hints of the desk's parts are read for the least sizes of a splitter and a scroll
area, which take their minimum hints in their place (QSizePolicy.Preferred shrinks).

So, once the card is shown (before, Qt's own hint: the window's first layout and the scroll area's
hint, which it keeps, read it then), a card's size hint is its height at the width it is shown at, and
its width Qt's (SizedWhereShown), or, for a part that spans the accounts' column (the plan, the panels'
grid), its shown width too (SpanningWhereShown): its column's hint then asks its height at the width it
has, which is known, rather than at the widest line's.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QWidget


def _shown_and_wrapping(widget: QWidget) -> QLayout | None:
    """The widget's layout where its hint is this module's (shown, its heights following its width), else None."""
    layout = QWidget.layout(widget)
    if layout is None or not QWidget.isVisible(widget) or not layout.hasHeightForWidth():
        return None
    return layout


class SizedWhereShown:
    """A shown widget's size hint: Qt's width, and its height at the width it has (see the module)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        layout = _shown_and_wrapping(self)  # type: ignore[arg-type]
        if layout is None:
            qt_hint: QSize = super().sizeHint()  # type: ignore[misc]
            return qt_hint
        # Qt's width (QLayout.totalSizeHint: the layout's own hint and the widget's margins), without its height.
        margins = QWidget.contentsMargins(self)  # type: ignore[arg-type]
        height: int = QWidget.heightForWidth(self, QWidget.width(self))  # type: ignore[arg-type]
        return QSize(layout.sizeHint().width() + margins.left() + margins.right(), height)


class SpanningWhereShown:
    """A shown widget's size hint: the size it has across and its height there (see the module)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if _shown_and_wrapping(self) is None:  # type: ignore[arg-type]
            qt_hint: QSize = super().sizeHint()  # type: ignore[misc]
            return qt_hint
        width = QWidget.width(self)  # type: ignore[arg-type]
        return QSize(width, QWidget.heightForWidth(self, width))  # type: ignore[arg-type]
