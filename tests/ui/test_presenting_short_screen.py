"""Presenting on a 1366×768 projector, the chart is what the room looks at: its cost plot keeps a readable height
and its key (the legend across its top, its row no taller than its entries), the fit bars give up their 0–100
scale (each bar's number is at its end), and how the plan scores, with the note under the chart, is written in
the text's colour, not grey; at 1920×1080 the fit bars keep their scale. Nothing is cut or out of view."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def probe(chart_probes, size: str, language: str, preset: str, currency: str) -> dict:
    """The window presenting on a screen of `size` in a process of its own (chart_probe.py, its runs shared with
    test_presentation.py): what the projector checks, with how the chart reads while presenting and after."""
    result = chart_probes(size, language, preset, currency=currency)
    return {**result, **result["presenting"]}


CASES = [("car_brand", "en", "CNY"), ("car_brand", "zh_CN", "CNY"), ("cross_border_skincare", "en", "USD"),
         ("cross_border_skincare", "zh_CN", "CNY"), ("bank_care", "en", "CNY"), ("bank_care", "zh_CN", "EUR"),
         ("yoga_teacher", "en", "CNY"), ("yoga_teacher", "zh_CN", "EUR")]


@pytest.mark.parametrize(("preset", "language", "currency"), CASES)
def test_presenting_at_1366x768_keeps_the_plot_tall_and_its_key(preset, language, currency, chart_probes):
    result = probe(chart_probes, "1366x768", language, preset, currency)
    assert result["plot_height"] >= 90  # some 76 px before (bank_care in Chinese), the key stepped aside
    assert result["legend_shown"]
    assert result["comparison_cut"] == [] and result["out_of_view"] == [] and result["problems"] == []
    assert result["accounts_scroll"] is False
    assert result["fit_title_whole"] and not result["fit_scale_shown"]
    # How the plan scores, as large as the plan's cost under it and not grey; the note under the chart not grey.
    assert result["reasons_px"] >= result["plan_cost_px"]
    assert not result["reasons_grey"] and not result["note_grey"]
    # As before once the presentation ends.
    assert result["after_fit_scale_shown"] and result["after_reasons_grey"] and result["after_note_grey"]


@pytest.mark.parametrize(("preset", "language", "currency"), [("car_brand", "zh_CN", "CNY"),
                                                              ("cross_border_skincare", "en", "USD")])
def test_presenting_at_1920x1080_keeps_the_fit_scale(preset, language, currency, chart_probes):
    result = probe(chart_probes, "1920x1080", language, preset, currency)
    assert result["fit_scale_shown"] and result["legend_shown"] and result["plot_height"] >= 300
    assert result["comparison_cut"] == [] and result["out_of_view"] == [] and result["problems"] == []
    assert result["fit_title_whole"]
