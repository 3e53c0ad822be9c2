"""The handout and the long image say which figures the scenario sets for itself, and credit the data pack with only
the others.

Reviewed: bank_care with the pack's cost per app install (most common ¥7) set to ¥30 for the scenario recommends
Mini Program + WeCom where the pack's own figure recommends WeCom + Native app. The window's copied summary said
"Figures set for this scenario: …"; the long image said nothing of it, and its footer gave every figure to the data
pack; the handout said nothing near the plan, and its appendix both gave every figure to the pack and marked one as
the scenario's. A figure the scenario sets still cited the pack's source and date beside a value that source never
gave (yoga_tight's template rent ¥3,000 – ¥9,000 beside pja.cn's ¥2,000 – ¥8,000).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pdf_text import pdf_text, squeeze

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.datapack import Figure
from wxdesk.report.assumptions import GROUP_ORDER, NO_DATE, STALE_MARK, groups
from wxdesk.report.command import reader_words
from wxdesk.report.handout import write_report
from wxdesk.words import Words
from wxdesk.words.figure_text import value_text
from wxdesk.words.sources import source_text

PACK = load_datapack()
TODAY = dt.date(2026, 12, 7)
CPI = "app_cost_per_install_cny"
# The window's copied summary's line (MainWindow.summary_text; tests/ui/test_plan_views.py), as the reviewer read it.
SUMMARY_LINE = {"en": "Figures set for this scenario: Paid cost per app install in China.",
                "zh_CN": "本场景单独设定的数据：中国应用每次安装的获客成本。"}
# The appendix's intro and the image's footer: every figure from the pack, but those the scenario sets.
EXCEPT = {"en": ("except those marked *, which were set for this scenario", "except those set for this scenario"),
          "zh_CN": ("除标 * 的数据为本场景单独设定外", "本场景单独设定的数据除外")}
# The note on what the handout is: the costs are worked out from the pack's ranges and the scenario's.
DISCLAIMER = {"en": "from the ranges in the data pack and those set for this scenario",
              "zh_CN": "根据数据包中的区间及本场景单独设定的区间"}
OWN_SOURCE = {"en": "Set for this scenario", "zh_CN": "本场景单独设定"}


def bank_care(cpi: float | None = 30.0):
    scenario = load_preset("bank_care")
    if cpi is not None:
        figure = PACK.figures[CPI]
        scenario = scenario.with_changes(overrides={CPI: {"low": figure.low, "likely": cpi,
                                                          "high": max(figure.high, cpi + 10)}})
    return evaluate(scenario, PACK)


@functools.cache
def words(lang: str) -> Words:
    return reader_words(lang, "CNY", PACK)


def pages(path) -> list[str]:
    return [squeeze(page) for page in pdf_text(path).split("\f")]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_handout_says_on_page_one_which_figures_the_scenario_sets(tmp_path, qapp, lang):
    own, plain = bank_care(), bank_care(None)
    assert own.plan.presences != plain.plan.presences  # (the figure moved the plan: the case reviewed)
    w = reader_words(lang, "CNY", PACK)
    texts = {}
    for name, evaluation in (("own", own), ("plain", plain)):
        out = tmp_path / f"{name}.pdf"
        write_report(evaluation, PACK, out, w, today=TODAY)
        texts[name] = pages(out)
    first = texts["own"][0]
    line = squeeze(SUMMARY_LINE[lang])
    assert line in first
    # Near the plan: after the recommendation, before what each presence does.
    heading = squeeze(w.translate("Report", "What each presence does"))
    recommendation = squeeze(w.translate("Report", "We recommend {plan}.").format(plan=w.plan(own.plan.presences)))
    assert first.index(recommendation) < first.index(line) < first.index(heading)
    assert not any(squeeze(SUMMARY_LINE[lang].split("：")[0].split(":")[0]) in page for page in texts["plain"])
    # The appendix credits the pack with every figure but the scenario's, and says so only where one is set.
    everything = "".join(texts["own"])
    assert squeeze(EXCEPT[lang][0]) in everything
    assert squeeze(EXCEPT[lang][0]) not in "".join(texts["plain"])
    assert squeeze(DISCLAIMER[lang]) in everything and squeeze(DISCLAIMER[lang]) not in "".join(texts["plain"])


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_appendix_row_of_a_figure_the_scenario_sets_cites_the_scenario(tmp_path, qapp, lang):
    """yoga_tight's template rent, as the reviewer printed it."""
    scenario = load_preset("yoga_teacher").with_changes(
        overrides={"mp_template_rent_cny": {"low": 3000, "likely": 5000, "high": 9000}})
    out = tmp_path / "yoga.pdf"
    w = reader_words(lang, "CNY", PACK)
    write_report(evaluate(scenario, PACK), PACK, out, w, today=TODAY)
    text = squeeze(pdf_text(out))
    pack_value = squeeze(value_text(PACK.figures["mp_template_rent_cny"], w))  # ¥2,000 – ¥4,498 – ¥8,000 a year
    own = squeeze(w.translate("Report", "{own} (the data pack: {value}, {source}, {date})").format(
        own=OWN_SOURCE[lang], value=value_text(PACK.figures["mp_template_rent_cny"], w),
        source=source_text(PACK.figures["mp_template_rent_cny"], w), date="2026-01-16"))
    assert "¥2,000" in pack_value and own in text


def _override(draw, figure_id: str) -> dict[str, float]:
    figure = PACK.figures[figure_id]
    if not figure.is_range:
        value = draw(st.floats(0.5, 3.0)) * figure.likely or draw(st.floats(1.0, 100.0))
        return {"low": value, "likely": value, "high": value}
    low, likely, high = sorted(draw(st.floats(0.2, 5.0)) * value or 1.0
                               for value in (figure.low, figure.likely, figure.high))
    return {"low": low, "likely": likely, "high": high}


@st.composite
def overrides(draw) -> dict[str, dict[str, float]]:
    ids = draw(st.lists(st.sampled_from(sorted(PACK.figures)), min_size=1, max_size=4, unique=True))
    return {figure_id: _override(draw, figure_id) for figure_id in ids}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(own=overrides())
def test_a_figure_the_scenario_sets_is_credited_to_it_and_every_other_to_the_pack(lang, own):
    """Every figure the scenario sets, and only those, is marked *, with no date of a source of its own and no mark of
    a stale one, and its source cell names the scenario, then the pack's own value, source and date. Every other row
    reads as the pack's appendix reads it."""
    used = PACK.with_overrides(own)
    w = replace(words(lang), pack=used)  # (as write_report sets its words)
    rows = [row for group in groups(used, w, TODAY, PACK) for row in group.rows]
    plain = [row for group in groups(PACK, w, TODAY, PACK) for row in group.rows]
    # The figures in the appendix's order (group by group, each group's in the pack's order): two figures may share a
    # label (an app's build cost and its build time).
    by_group: dict[str, list[Figure]] = {}
    for figure in PACK.figures.values():
        by_group.setdefault(figure.group, []).append(figure)
    order = [g for g in GROUP_ORDER if g in by_group] + sorted(g for g in by_group if g not in GROUP_ORDER)
    figures = [figure for g in order for figure in by_group[g]]
    assert len(rows) == len(plain) == len(figures)
    for figure, (label, value, source, date), pack_row in zip(figures, rows, plain):
        assert pack_row[0] == w.label(figure)
        if figure.id not in own:
            assert (label, value, source, date) == pack_row
            continue
        assert label == f"{w.label(figure)} *" and date == NO_DATE and STALE_MARK not in date
        assert source.startswith(OWN_SOURCE[lang])
        # The pack's figure follows, as the pack's appendix gives it: its value, source and date.
        assert value_text(figure, w) in source and pack_row[2] in source
        assert w.date_words(figure.source_date) in source
        assert value.startswith(value_text(used.figures[figure.id], w))  # (the scenario's, with its average)
    # A pack that holds the scenario's figures already is no pack to quote beside them: the scenario alone is named.
    quoted = [row for group in groups(used, w, TODAY, used) for row in group.rows if row[0].endswith(" *")]
    assert len(quoted) == len(own) and all(row[2] == OWN_SOURCE[lang] for row in quoted)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("no_prices", [False, True])
def test_the_long_image_says_which_figures_the_scenario_sets_under_the_answer(qapp, lang, no_prices):
    from wxdesk.share import layout_image
    w = reader_words(lang, "CNY", PACK)
    layout = layout_image(bank_care(), PACK, w, 1080, no_prices=no_prices, today=TODAY)
    names = [block.name for block in layout.blocks]
    assert names[names.index("answer") + 1] == "own_figures"
    assert layout.block("own_figures").texts == [SUMMARY_LINE[lang]]
    footer = "".join(layout.block("footer").texts)
    assert EXCEPT[lang][1] in footer
    plain = layout_image(bank_care(None), PACK, w, 1080, no_prices=no_prices, today=TODAY)
    assert "own_figures" not in [block.name for block in plain.blocks]
    assert EXCEPT[lang][1] not in "".join(plain.block("footer").texts)
    # The same pack date in both footers: only the exception is added.
    assert w.pack_date(PACK.released) in footer
