"""The cost axis is fitted to the options that can carry what was ticked, not to one that is ruled out.

fitness_coaching's Mini Program alone cannot reach its heart-rate strap or run in the background: ruled out, drawn
dashed, it would cost ¥38.5M over 3 years (up to ¥48.5M), and the axis fitted to it flattened the plan's ¥7.05M app
to a seventh of the plot. The dashed line now runs off the top.
"""

from __future__ import annotations

import pytest

from wxdesk.engine import evaluate, load_preset
from wxdesk.ui.chart import VARIANTS

pytestmark = pytest.mark.gui


def _highs(chart) -> dict[str, float]:
    avm = chart._evaluation.app_or_mini_program
    return {v: max(b.high for b in avm.variants[v].cumulative) for v in VARIANTS}


def _top(chart) -> float:
    return chart.cost_plot.getViewBox().viewRange()[1][1]


def test_a_ruled_out_option_runs_off_the_top_of_a_cost_axis_fitted_to_the_others(shown_chart, pack):
    chart = shown_chart(pack, "fitness_coaching")
    avm = chart._evaluation.app_or_mini_program
    highs = _highs(chart)
    open_highs = [highs[v] for v in VARIANTS if avm.admissible[v]]
    assert not avm.admissible["mini_program"] and highs["mini_program"] > 3 * max(open_highs)
    top = _top(chart)
    assert max(open_highs) <= top < highs["mini_program"]
    # Filled, as after any change: the options shown take at least half the height.
    assert max(open_highs) >= 0.5 * top


@pytest.mark.parametrize("preset", ["car_brand", "yoga_teacher"])
def test_where_every_option_is_open_the_axis_holds_them_all(shown_chart, pack, preset):
    chart = shown_chart(pack, preset)
    assert all(chart._evaluation.app_or_mini_program.admissible.values())
    assert max(_highs(chart).values()) <= _top(chart)


def test_the_ruled_out_line_stops_at_the_others_top_and_the_note_gives_its_amount(shown_chart, pack):
    """Drawn up to the legend across the plot's top, an arrow where it stops, and its amount over the horizon in the
    note under the chart, as its card gives it. (An amount written beside the arrow ran off the plot where the line
    stopped near its right edge; cut at the other options' top, a line that ended within the axis was said to rise
    off the chart.)"""
    from wxdesk.ui.chart import UNDER_LEGEND
    from wxdesk.ui import text
    chart = shown_chart(pack, "fitness_coaching")
    avm = chart._evaluation.app_or_mini_program
    highs = _highs(chart)
    cap = chart._y_top * (1 - chart._legend_headroom) / UNDER_LEGEND
    assert max(highs[v] for v in VARIANTS if avm.admissible[v]) <= cap
    xs, ys = chart.curves["mini_program"].points
    assert max(ys) == pytest.approx(cap) and len(xs) < 4 + 1
    assert max(chart.bands["mini_program"].high) == pytest.approx(cap)
    mark = chart.off_scale_marks["mini_program"]
    assert mark.isVisible() and not any(m.isVisible() for v, m in chart.off_scale_marks.items() if v != "mini_program")
    assert (mark.pos().x(), mark.pos().y()) == pytest.approx((xs[-1], ys[-1]))
    amount = text.money(avm.variants["mini_program"].cumulative[-1].likely, pack)
    assert f"“With a Mini Program” rises off the chart, to {amount} over 3 years." in chart.break_even_label.text()
    # Another example, with every option open: no such line, no arrow and no amount left standing.
    chart.show_evaluation(evaluate(load_preset("car_brand"), pack))
    assert not any(m.isVisible() for m in chart.off_scale_marks.values())
    assert "rises off the chart" not in chart.break_even_label.text()


def test_a_ruled_out_line_that_ends_within_the_axis_is_drawn_whole(shown_chart, pack):
    """fitness_coaching at 150,000 users, 1% won through ads: the ruled-out Mini Program ends at ¥2.09M on an axis of
    ¥3M; cut at the others' top (¥2.07M) it was said to rise off the chart."""
    from wxdesk.ui.chart import UNDER_LEGEND
    chart = shown_chart(pack, "fitness_coaching")
    scenario = load_preset("fitness_coaching").with_changes(audience=150_000, paid_share=0.01, pushes_per_month=4)
    chart.show_evaluation(evaluate(scenario, pack))
    avm = chart._evaluation.app_or_mini_program
    assert not avm.admissible["mini_program"]
    mp = [0.0, *(b.likely for b in avm.variants["mini_program"].cumulative)]
    cap = chart._y_top * (1 - chart._legend_headroom) / UNDER_LEGEND
    assert max(highs for v in VARIANTS if avm.admissible[v] for highs in [_highs(chart)[v]]) < max(mp) < cap
    xs, ys = chart.curves["mini_program"].points
    assert list(ys) == pytest.approx(mp) and not chart.off_scale_marks["mini_program"].isVisible()
    assert "rises off the chart" not in chart.break_even_label.text()
