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


def test_the_ruled_out_line_stops_at_the_others_top_with_its_amount_beside_it(shown_chart, pack):
    """Drawn up to the highest band of the options that can carry the needs, under the legend, and its amount over
    the horizon written where it stops, as its card gives it."""
    from wxdesk.ui import text
    chart = shown_chart(pack, "fitness_coaching")
    avm = chart._evaluation.app_or_mini_program
    highs = _highs(chart)
    top = max(highs[v] for v in VARIANTS if avm.admissible[v])
    xs, ys = chart.curves["mini_program"].points
    assert max(ys) == pytest.approx(top) and len(xs) < 4 + 1
    assert max(chart.bands["mini_program"].high) == pytest.approx(top)
    label = chart.off_scale_text
    assert label.isVisible()
    assert text.money(avm.variants["mini_program"].cumulative[-1].likely, pack) in label.toPlainText()
    assert (label.pos().x(), label.pos().y()) == pytest.approx((xs[-1], ys[-1]))
    # Another example, with every option open: no such line, and no amount left standing.
    chart.show_evaluation(evaluate(load_preset("car_brand"), pack))
    assert not chart.off_scale_text.isVisible()
