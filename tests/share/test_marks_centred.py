"""A dot before a line of the long image sits in the middle of the line's letters, in Chinese as in English.

The yoga teacher's Chinese image set its dots some 7 px above the middle of "同时运营 2 个渠道…" and "公众号：约 1 周":
each mark stood at the top of its own line box, on its own font's baseline, while a line with Chinese in it is set
taller, on a lower baseline.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from wxdesk.share.image import INK, _Builder


def _ink_rows(image: QImage, left: int, right: int) -> tuple[int, int]:
    """The first and last rows with ink between columns `left` and `right`."""
    rows = [y for y in range(image.height())
            if any(QColor(image.pixel(x, y)).lightness() < 200 for x in range(left, right))]
    return rows[0], rows[-1]


@pytest.mark.parametrize("mark", ["·", "•"])
@pytest.mark.parametrize("text", ["中中中中", "xxxxxx", "公众号：约 1 周"])
def test_a_dots_middle_is_the_middle_of_its_lines_letters(qapp, text, mark):
    builder = _Builder(1080)
    block, steps = builder.start("marked"), []
    builder.text(block, steps, text, builder.fonts.body, INK, mark=mark, mark_colour=INK)
    builder.finish(block, steps)
    image = QImage(1080, int(builder.y) + 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    block.paint(painter)
    painter.end()
    left, mark_right = int(builder.margin), int(builder.margin + builder.px(48))
    mark_top, mark_bottom = _ink_rows(image, left, mark_right)
    # The letters' middle: of "中" or "x" (a line's first glyphs, none reaching above or below the others).
    letters_top, letters_bottom = _ink_rows(image, mark_right, mark_right + int(builder.px(40)))
    assert abs((mark_top + mark_bottom) / 2 - (letters_top + letters_bottom) / 2) <= 1.5, (
        (mark_top, mark_bottom), (letters_top, letters_bottom))
