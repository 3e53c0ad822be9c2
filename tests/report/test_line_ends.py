"""A line never ends between a figure and its unit ("¥31.2 / 万") or inside a product's name
("小程 / 序"): in the handout, in the long image, and at any width a text may be set."""

from __future__ import annotations

import pytest
from line_ends import INVISIBLE, cuts, kept_runs
from pdf_text import pdf_text

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def pack():
    return load_datapack()


def _words(lang, pack):
    from wxdesk.report.command import reader_words
    return reader_words(lang, "CNY", pack)


def _handout(preset, lang, pack, path):
    from wxdesk.report.handout import write_report
    from wxdesk.report.layout import measuring
    evaluation = evaluate(load_preset(preset, lang), pack)
    with measuring() as pages:
        write_report(evaluation, pack, path, _words(lang, pack), flips={})
    return [placed for page in pages for placed in page.texts]


def _image(preset, lang, pack, width):
    from wxdesk.report.layout import measuring
    from wxdesk.share import layout_image, render_image
    evaluation = evaluate(load_preset(preset, lang), pack)
    with measuring() as pages:
        render_image(layout_image(evaluation, pack, _words(lang, pack), width, flips={}))
    return [placed for page in pages for placed in page.texts]


def _cut_texts(placed_texts) -> list[str]:
    return [cut for placed in placed_texts for cut in cuts(placed.text, list(placed.lines))]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("preset", preset_ids())
def test_the_handout_keeps_figures_with_their_units_and_names_whole(preset, lang, pack, tmp_path, qapp):
    placed = _handout(preset, lang, pack, tmp_path / "h.pdf")
    assert any(len(p.lines) > 1 for p in placed)  # texts do wrap, so line ends were tried
    assert _cut_texts(placed) == []
    # What the PDF says, copied or searched, is the text as written: nothing invisible in it.
    text = pdf_text(tmp_path / "h.pdf")
    assert not [c for c in INVISIBLE if c in text]
    assert all(not any(c in line for c in INVISIBLE) for p in placed for line in p.lines)


@pytest.mark.parametrize("width", [750, 1080])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("preset", preset_ids())
def test_the_long_image_keeps_figures_with_their_units_and_names_whole(preset, lang, width, pack, qapp):
    placed = _image(preset, lang, pack, width)
    assert any(len(p.lines) > 1 for p in placed)
    assert _cut_texts(placed) == []


@pytest.mark.parametrize("text", [
    "预计成本：5 年共 ¥31.2万（¥20.1万 – ¥45.6万），首年 ¥12.9万。",
    "您 ¥40万 的预算比方案第一年的预计成本 ¥45.2万 少 ¥5.18万，方案得分因此扣 3 分；这笔预算够做服务号（¥31.9万）。",
    "方案：公众号（原订阅号）+ 小程序 + 企业微信 + 视频号",
    "每月 150万 用户的规模下，自有应用可以收回成本；约 33 周上线，每条消息 ¥0.5/条消息，40%的用户。",
    "Service Account + Mini Program: 3 points lower. A Service Account may send 4 messages a month and you want 6.",
    "Likely cost: ¥3.1M over 3 years (¥2.4M – ¥4.4M); paid reach ¥120k a year; live in 12 weeks.",
])
def test_at_every_width_the_line_ends_fall_between_runs(text, qapp):
    """Set at each width from a few characters to a full line, in the handout's fonts."""
    from PySide6.QtGui import QFontMetricsF, QImage

    from wxdesk.report.fonts import report_fonts
    from wxdesk.report.layout import qt_lines, set_in_lines
    device = QImage(8, 8, QImage.Format.Format_ARGB32)
    found = []
    for size in (6.8, 9.5, 15):
        font = report_fonts().font(size)
        metrics = QFontMetricsF(font, device)
        # From ten characters wide (the narrowest column any output sets text in holds some fifteen),
        # and never narrower than the longest run: a line narrower than a run must cut it.
        narrowest = max([size * 10] + [metrics.horizontalAdvance(text[a:b]) for a, b in kept_runs(text)])
        for width in range(int(narrowest) + 1, int(metrics.horizontalAdvance(text)) + 10, 3):
            lines = qt_lines(set_in_lines(text, font, width, device), font, width, device)
            assert all(not any(c in line for c in INVISIBLE) for line in lines)
            found += [f"{width}: {cut}" for cut in cuts(text, lines)]
    assert found == []


def test_a_text_with_nothing_to_keep_is_set_as_qt_sets_it(qapp):
    from PySide6.QtGui import QImage

    from wxdesk.report.fonts import report_fonts
    from wxdesk.report.layout import set_in_lines
    device = QImage(8, 8, QImage.Format.Format_ARGB32)
    text = "Each line moves one input with the others held where they are."
    font = report_fonts().font(9.5)
    # At 80 points its last line holds two words: nothing to change.
    assert set_in_lines(text, font, 80, device) == text


@pytest.mark.parametrize("text", [
    "Likely ¥9,000 over 3 years; ¥3,000 in the first year.",
    "Live in about a week (a few days to 2 weeks) from the start of work.",
    "Each line moves one input with the others held where they are.",
    "Prepared for Precision parts plant, Suzhou",
])
def test_no_wrapped_paragraph_ends_on_one_short_word(text, qapp):
    """At every width where it wraps, the last line holds two words (a widow's word before goes down with it),
    unless those two would take more than half the line; the words are the same, in the same order."""
    from PySide6.QtGui import QFontMetricsF, QImage

    from wxdesk.report.fonts import report_fonts
    from wxdesk.report.layout import qt_lines, set_in_lines
    device = QImage(8, 8, QImage.Format.Format_ARGB32)
    font = report_fonts().font(15)
    metrics = QFontMetricsF(font, device)
    last_two = " ".join(text.split()[-2:])
    for width in range(int(metrics.horizontalAdvance(last_two) * 2) + 2, int(metrics.horizontalAdvance(text)), 5):
        set_text = set_in_lines(text, font, width, device)
        lines = qt_lines(set_text, font, width, device)
        assert " ".join(" ".join(lines).split()) == text
        if len(lines) > 1:
            assert " " in lines[-1].strip(), (width, lines)


@pytest.mark.parametrize("preset", ["cross_border_skincare", "news_publisher", "bank_care"])
def test_a_line_set_is_drawn_as_set(preset, pack, tmp_path, qapp):
    """cross_border_skincare's handout read "…the plan's likely" / "first-" / "year cost from …": a line set with
    its figures kept whole measured a hair wider without the joiners, and the painter wrapped it again, leaving a
    word's first half alone on a line. A line set is drawn as set."""
    for placed in _handout(preset, "en", pack, tmp_path / "h.pdf"):
        for line in placed.lines:
            assert not (line.strip().endswith("-") and " " not in line.strip()), placed.lines
