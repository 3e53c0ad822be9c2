"""A label that keeps figures and names whole gives the layouts QLabel's own minimum for the text as
written, also with margins of its own, measured without laying the kept text out at no width."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from wxdesk.ui.steady_label import SteadyLabel
from wxdesk.ui.unbroken_label import UnbrokenLabel

pytestmark = pytest.mark.gui

TEXTS = st.text(alphabet="公众号小程序企业微信服务号 ¥31.2万MkServiceAcount+（）：,.·-", min_size=1, max_size=50)


def _set_alike(labels: list[QLabel], text: str, points: float | None, margin: int, contents: tuple[int, ...]) -> None:
    for label in labels:
        if points is not None:
            font = QFont()
            font.setPointSizeF(points)
            label.setFont(font)
        label.setWordWrap(True)
        label.setMargin(margin)
        label.setContentsMargins(*contents)
        label.setText(text)


@settings(max_examples=80, deadline=None)
@given(text=TEXTS, points=st.sampled_from([None, 9.0, 12.0]), margin=st.integers(0, 6),
       contents=st.tuples(*[st.integers(0, 9)] * 4), steady=st.booleans())
@example(text="¥31.2万 over 3 years", points=None, margin=3, contents=(4, 0, 7, 0), steady=True)
@example(text="方案：公众号 + 小程序，首年 ¥31.2万", points=12.0, margin=0, contents=(0, 0, 0, 0), steady=False)
def test_the_minimum_is_qlabels_for_the_text_as_written(qapp, text, points, margin, contents, steady):
    label = SteadyLabel() if steady else UnbrokenLabel()
    written = QLabel()
    _set_alike([label, written], text, points, margin, contents)
    assert label.minimumSizeHint().width() == written.minimumSizeHint().width()
    # The height: QLabel's for the text the label shows (one line a paragraph, as wide as it likes).
    shown = QLabel()
    _set_alike([shown], QLabel.text(label), points, margin, contents)
    assert label.minimumSizeHint().height() == shown.minimumSizeHint().height()
    assert label.sizeHint() == shown.sizeHint()

