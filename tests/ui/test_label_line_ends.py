"""The desk's wrapping labels never end a line inside a product's name ("小程 / 序") or between a
figure and its unit, and still read back as written."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from line_ends import INVISIBLE, cuts, qt_lines
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel

from wxdesk.engine import preset_ids
from wxdesk.ui import i18n
from wxdesk.ui.steady_label import SteadyLabel
from wxdesk.ui.unbroken_label import UnbrokenLabel
from wxdesk.words.line_breaks import shown

pytestmark = pytest.mark.gui


def _laid_out(label: QLabel, width: float) -> tuple[str, list[str]]:
    """The label's text as the reader reads it, and the lines Qt sets it in at `width`: Qt lays out
    the text the label holds (QLabel.text, not the override), as QLabel paints it."""
    held = QLabel.text(label)
    return shown(held), [shown(line) for line in qt_lines(held, label.font(), width, label)]


def test_a_label_keeps_names_and_figures_whole_at_every_width(qapp):
    label = SteadyLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    text = "公众号（原订阅号）+ 小程序 + 企业微信 + 视频号：预计成本 ¥31.2万（¥20.1万 – ¥45.6万）"
    label.setText(text)
    assert label.text() == text  # read back as written, for whoever asks (accessibility, tests)
    metrics = QFontMetricsF(label.font())
    found = []
    for width in range(int(metrics.horizontalAdvance("公众号（原订阅号）+")) + 2,
                       int(metrics.horizontalAdvance(text)) + 10, 2):
        shown_text, lines = _laid_out(label, width)
        assert shown_text == text
        found += [f"{width}: {cut}" for cut in cuts(text, lines)]
    assert found == []


def test_rich_text_keeps_its_tags(qapp):
    label = SteadyLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText('小程序 <span style="font-size:small">（原订阅号）</span>')
    assert label.text() == '小程序 <span style="font-size:small">（原订阅号）</span>'
    assert 'style="font-size:small"' in QLabel.text(label)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the same words, now kept as plain text
    assert label.text() == '小程序 <span style="font-size:small">（原订阅号）</span>'


@pytest.fixture
def laptop_window(qtbot):
    """The window as a Chinese client sees it on a 1366 × 768 laptop."""
    from wxdesk.ui.app import get_qapp
    from wxdesk.ui.main_window import MainWindow
    get_qapp()
    i18n.set_language("zh_CN")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def _desk_lines(window) -> tuple[list[str], int, int]:
    """The cuts on the desk's wrapping labels, how many wrap, and how many hold a run kept whole."""
    found, wrapped, kept = [], 0, 0
    for label in window.findChildren(UnbrokenLabel):
        if not (label.isVisible() and label.wordWrap() and label.textFormat() == Qt.TextFormat.PlainText):
            continue
        text, lines = _laid_out(label, label.contentsRect().width())
        assert not any(c in label.text() for c in INVISIBLE)
        wrapped += len(lines) > 1
        kept += QLabel.text(label) != label.text()
        found += [f"{label.objectName()}: {cut}" for cut in cuts(text, lines)]
    return found, wrapped, kept


def test_no_label_on_the_desk_cuts_a_name_or_a_figure(laptop_window, qtbot):
    window = laptop_window
    for preset in preset_ids():
        window.features.file_actions.open_preset(preset)
        # As the client sees it once the desk is laid out: while the layouts settle, a label may be
        # narrower than a name for a moment, and shows it as Qt breaks it (see UnbrokenLabel).
        for _ in range(60):
            qtbot.wait(50)
            found, wrapped, kept = _desk_lines(window)
            if not found:
                break
        assert found == [], preset
        assert wrapped > 0 and kept > 0  # lines did end somewhere, and runs were kept whole


@pytest.mark.parametrize("text_format", [Qt.TextFormat.PlainText, Qt.TextFormat.RichText])
@pytest.mark.parametrize("text", ["Service Account", "方案：公众号（原订阅号）+ 小程序 + 企业微信，首年 ¥31.2万",
                                  "Likely cost: ¥3.1M over 3 years; paid reach ¥120k a year"])
def test_keeping_runs_whole_asks_the_layout_for_no_more_room(qapp, text, text_format):
    """The rule never widens the desk: a label's minimum width is QLabel's for the text as written."""
    plain, steady = QLabel(), SteadyLabel()
    for label in (plain, steady):
        label.setWordWrap(True)
        label.setTextFormat(text_format)
        label.setText(text)
    assert QLabel.text(steady) != text  # something was kept whole
    assert abs(steady.minimumSizeHint().width() - plain.minimumSizeHint().width()) <= 1
    if text_format == Qt.TextFormat.PlainText:  # (measured as QLabel measures it: to the pixel)
        assert steady.minimumSizeHint().width() == plain.minimumSizeHint().width()


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="公众号小程序企业微信服务号 ¥31.2万MkServiceAcount+（）：,.", min_size=1, max_size=40),
       points=st.sampled_from([None, 9.0, 10.5, 12.0, 13.5]))
@example(text="Service Account", points=None)
def test_a_labels_minimum_width_is_the_same_whether_its_runs_are_kept_whole_or_not(qapp, text, points):
    """A layout laid out before the label has its width (a window not yet shown) reads the minimum of the text
    kept whole; once the label is narrower than its widest run, it shows the text as written. Both minimums
    are the one QLabel gives the text as written: were they a pixel apart, the desk laid out at the first
    would be laid out again at the other."""
    label = SteadyLabel()
    if points is not None:
        font = QFont()
        font.setPointSizeF(points)
        label.setFont(font)
    label.setWordWrap(True)
    label.setText(text)
    wide = label.minimumSizeHint().width()  # not yet given a width: kept whole
    label.resize(2, 50)
    label.show()  # narrower than any run: shown as written
    assert QLabel.text(label) == text
    assert label.minimumSizeHint().width() == wide
    label.close()


def test_a_label_narrower_than_a_run_lets_qt_break_it_rather_than_spill(qtbot):
    """Given less room than "Service Account", the label shows the text as written (Qt then wraps it),
    and takes the kept text back once it is wide enough."""
    label = SteadyLabel()
    label.setWordWrap(True)
    label.setText("Service Account")
    qtbot.addWidget(label)
    label.show()
    whole = QFontMetricsF(label.font()).horizontalAdvance("Service Account")
    label.resize(int(whole) - 10, 60)
    qtbot.waitUntil(lambda: QLabel.text(label) == "Service Account")
    assert label.heightForWidth(int(whole) - 10) == QLabel.heightForWidth(label, int(whole) - 10)
    label.resize(int(whole) + 10, 60)
    qtbot.waitUntil(lambda: QLabel.text(label) == "Service\u00a0Account")
    assert label.text() == "Service Account"


def test_the_same_text_after_a_picture_or_a_number_shows_again(qapp):
    from PySide6.QtGui import QPixmap
    label = SteadyLabel()
    label.setText("方案：小程序")
    label.setPixmap(QPixmap(4, 4))
    label.setText("方案：小程序")
    assert label.text() == "方案：小程序" and "\u2060" in QLabel.text(label)
    label.setNum(3)
    label.setText("方案：小程序")
    assert label.text() == "方案：小程序" and "\u2060" in QLabel.text(label)
