"""A heading keeps with what follows it: where the section's first block does not fit under it at a
page's foot, the heading moves to the next page with that block, never left alone at the foot."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.presenter import Presenter
from wxdesk.report.answer import build_answer
from wxdesk.report.command import reader_words
from wxdesk.report.fonts import report_fonts
from wxdesk.report.handout import Handout, write_report
from wxdesk.report.layout import MARGIN_TOP, Flow, Styles, measuring
from wxdesk.report.timeline_chart import timeline_caption

PACK = load_datapack()
TODAY = dt.date(2026, 12, 3)


def _writer(tmp_path) -> QPdfWriter:
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setResolution(72)
    return writer


def test_a_heading_goes_to_the_next_page_with_a_block_that_does_not_fit_under_it(qapp, tmp_path):
    flow = Flow(_writer(tmp_path), Styles(report_fonts()))
    flow.space(flow.room() - 120)  # room for the heading and 60 points, not for a 100-point chart
    flow.heading("Section", keep=60)
    flow.block(100, lambda p, top: None)
    heading, chart = flow.placed
    assert (heading.kind, chart.kind) == ("heading", "block")
    assert heading.page == chart.page == 1
    assert heading.top == MARGIN_TOP and chart.top > heading.top + heading.height


def test_a_heading_whose_block_fits_stays_where_it_is(qapp, tmp_path):
    flow = Flow(_writer(tmp_path), Styles(report_fonts()))
    flow.space(flow.room() - 200)
    flow.heading("Section", keep=60)
    flow.block(100, lambda p, top: None)
    assert [x.page for x in flow.placed] == [0, 0]


def test_a_sub_heading_its_lines_and_their_chart_move_together(qapp, tmp_path):
    flow = Flow(_writer(tmp_path), Styles(report_fonts()))
    flow.space(flow.room() - 100)
    flow.text("When it can be live", flow.styles.small_bold, with_next=True, keep=60)
    flow.bullet("Service Account: about a week", flow.styles.small, with_next=True)
    flow.bullet("Mini Program: about 8 weeks", flow.styles.small, with_next=True)
    flow.block(120, lambda p, top: None)
    assert [x.page for x in flow.placed] == [1, 1, 1, 1]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", preset_ids())
def test_no_heading_is_left_at_a_pages_foot_wherever_the_sections_fall(preset, lang, qapp, tmp_path):
    """Page 1's content pushed down step by step (as a longer client name or answer would), each heading
    of the handout stays on the page of the block after it."""
    evaluation = evaluate(load_preset(preset, lang), PACK, TODAY)
    words = replace(reader_words(lang, "CNY", PACK), pack=PACK.with_overrides(evaluation.scenario.overrides))
    answer = build_answer(evaluation, words.pack, words, {})
    timeline_title = words.translate("Report", "When it can be live")
    parted = set()
    for shift in range(0, 400, 40):
        class Shifted(Handout):
            def cover(self, shift=shift) -> None:
                super().cover()
                self.flow.space(shift)
        flow = Flow(_writer(tmp_path), Styles(report_fonts()))
        Shifted(flow, evaluation, answer, words.pack, words, Presenter(), TODAY).build()
        placed = flow.placed
        assert sum(x.kind == "heading" for x in placed) >= 6
        for i, item in enumerate(placed):
            if item.with_next:
                following = placed[i + 1] if i + 1 < len(placed) else None
                if following is None or following.page != item.page:
                    parted.add((shift, item.kind, item.text))
        # The timeline's title, its lines and its chart (the first block after them) on one page.
        title = next(i for i, x in enumerate(placed) if x.text == timeline_title)
        chart = next(x for x in placed[title:] if x.kind == "block")
        if chart.page != placed[title].page:
            parted.add((shift, "timeline", timeline_title))
    assert not parted, sorted(parted)


def test_the_chinese_timeline_title_stays_with_its_chart(qapp, tmp_path):
    """car_brand with its client named in English: the title wraps to two lines, and 何时可以上线 and
    its lines stood at page 1's foot with the chart on page 2."""
    words = reader_words("zh_CN", "CNY", PACK)
    evaluation = evaluate(load_preset("car_brand", "en"), PACK, TODAY)
    with measuring() as pages:
        write_report(evaluation, PACK, tmp_path / "handout.pdf", words, Presenter(), today=TODAY)
    caption = timeline_caption(words)
    title_page = next(i for i, page in enumerate(pages) for t in page.texts if t.text == "何时可以上线")
    chart_page = next(i for i, page in enumerate(pages) for t in page.texts if t.text == caption)
    assert title_page == chart_page


@pytest.mark.parametrize("rows_that_fit", [1, 2, 3])
def test_a_tables_last_row_never_stands_alone_at_the_top_of_a_page(qapp, tmp_path, rows_that_fit):
    """Every English handout ended on a page holding the appendix's last row alone: where only the last row would
    go over, the row before it goes with it (a table of one row left on its page keeps it)."""
    flow = Flow(_writer(tmp_path), Styles(report_fonts()))
    columns = [(200.0, 1), (200.0, 1)]
    rows = [[f"row {i}", "a figure"] for i in range(4)]
    font = flow.styles.tiny
    one = flow.table_height(columns, None, rows[:1], font, font, padding=1.4) - 6  # (a table's 6 points after it)
    flow.space(flow.room() - one * rows_that_fit - 1)  # room for `rows_that_fit` rows of four
    flow.table(columns, None, rows, font, font, padding=1.4)
    pages = [x.page for x in flow.placed if x.kind == "table"]
    assert pages.count(pages[-1]) >= 2  # the last page of the table holds two rows at least
    kept = {1: 1, 2: 2, 3: 2}[rows_that_fit]  # three would fit: two stay, the last two go over together
    assert pages == [0] * kept + [1] * (4 - kept)
