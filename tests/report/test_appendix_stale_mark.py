"""The appendix marks the figures the window's assumptions table flags as maybe out of date, and says what the mark
means where a figure bears it.

The handout printed a figure whose source is older than the pack's `stale_after_years` (a server cost from 2020, a
staff time from 2008) as a plain fact, where the window's table flags it with a ⚠.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pdf_text import pdf_text, squeeze

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.report.assumptions import STALE_MARK, groups
from wxdesk.report.command import reader_words
from wxdesk.report.handout import write_report

TODAY = dt.date(2026, 12, 6)
KEY = {"en": "Dates marked ⚠: the source is more than 2 years old", "zh_CN": "⚠"}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_appendix_marks_the_dates_of_exactly_the_figures_the_window_flags(lang):
    pack = load_datapack()
    w = reader_words(lang, "CNY", pack)
    stale = {figure.id for figure in pack.stale_figures(TODAY)}  # (the window's rule: ui.assumptions)
    assert stale and len(stale) < len(pack.figures)  # (the check below can fail both ways)
    dates = {row[0]: row[3] for group in groups(pack, w, TODAY) for row in group.rows}
    for figure in pack.figures.values():
        marked = dates[w.label(figure)].startswith(STALE_MARK)
        assert marked == (figure.id in stale), (figure.id, figure.source_date, dates[w.label(figure)])
    # Without a day to judge by, nothing is marked (the window's model and the tests that read the rows alone).
    assert not any(row[3].startswith(STALE_MARK) for group in groups(pack, w) for row in group.rows)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_handout_says_what_the_mark_means_only_where_a_figure_bears_it(tmp_path, qapp, lang):
    pack = load_datapack()
    evaluation = evaluate(load_preset("yoga_teacher"), pack)
    texts = {}
    # On a day before any source was two years old (the pack's oldest is of 2008), none is marked.
    assert not pack.stale_figures(dt.date(2009, 1, 1))
    for name, today in (("now", TODAY), ("long ago", dt.date(2009, 1, 1))):
        out = tmp_path / f"{lang}-{name.replace(' ', '-')}.pdf"
        write_report(evaluation, pack, out, reader_words(lang, "CNY", pack), today=today)
        texts[name] = squeeze(pdf_text(out))
    assert squeeze(KEY[lang]) in texts["now"] and texts["now"].count(STALE_MARK) >= 2
    assert STALE_MARK not in texts["long ago"]
