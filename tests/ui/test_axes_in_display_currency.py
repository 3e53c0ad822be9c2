"""The window's amount axes step by round amounts of the currency they read in, as the handout's and the share
image's do (wxdesk.words.axis_ticks): $0, $200k, $400k, not ¥0, ¥2M, ¥4M divided by the rate ($286k, $571k)."""

from __future__ import annotations

import math
import re

import pytest
from chart_probe import tick_labels

from wxdesk import settings
from wxdesk.engine import load_datapack
from wxdesk.ui.tornado import COST
from wxdesk.words.axis_ticks import in_cny, money_ticks, next_round_step

pytestmark = pytest.mark.gui

SCALES = {"": 1.0, "k": 1e3, "M": 1e6, "B": 1e9, "万": 1e4, "亿": 1e8}
LABEL = re.compile(r"^([¥$€])([\d,.]+)(k|M|B|万|亿)?$")


def amount(label: str, symbol: str) -> float:
    """What a tick label reads, in its own currency: "$1.5M" is 1,500,000."""
    found = LABEL.match(label)
    assert found, f"not an amount: {label!r}"
    assert found.group(1) == symbol, label
    return float(found.group(2).replace(",", "")) * SCALES[found.group(3) or ""]


def is_round_series(values: list[float]) -> bool:
    """Evenly spaced from a multiple of one step of 1, 2 or 5 × 10ⁿ, as a round axis reads (pyqtgraph lists its
    major ticks first, then the finer ones between them)."""
    values = sorted(values)
    if len(values) < 2:
        return False
    step = values[1] - values[0]
    power = 10 ** math.floor(math.log10(step))
    if not any(math.isclose(step, factor * power, rel_tol=1e-6) for factor in (1, 2, 5, 10)):
        return False
    return all(math.isclose(value / step, round(value / step), abs_tol=1e-6) for value in values)


@pytest.fixture
def pack():
    return load_datapack()


@pytest.mark.parametrize(("currency", "symbol", "preset"), [("USD", "$", "cross_border_skincare"),
                                                            ("EUR", "€", "yoga_teacher"),
                                                            ("USD", "$", "car_brand")])
def test_the_cost_axis_ticks_are_round_in_the_display_currency(shown_chart, pack, currency, symbol, preset):
    settings.set_currency(currency)
    chart = shown_chart(pack, preset)
    labels = [label for label in tick_labels(chart, "cost_plot", "left") if label]
    values = [amount(label, symbol) for label in labels]
    assert len(values) >= 2 and min(values) == 0
    assert is_round_series(values), labels
    # The axis's top is round in that currency too.
    rate = chart.cost_plot.getAxis("left").cny_per_unit()
    top = chart.cost_plot.getViewBox().viewRange()[1][1] / rate
    mantissa = top / 10 ** math.floor(math.log10(top))
    assert any(math.isclose(mantissa, step) for step in (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0))


def test_the_cost_axis_follows_a_new_currency(shown_chart, qtbot, pack):
    chart = shown_chart(pack, "cross_border_skincare")
    yuan = [amount(label, "¥") for label in tick_labels(chart, "cost_plot", "left") if label]
    assert is_round_series(yuan)
    settings.set_currency("USD")
    chart.retranslate()  # as the window does on Preferences' display_changed
    dollars = [amount(label, "$") for label in tick_labels(chart, "cost_plot", "left") if label]
    assert is_round_series(dollars)


def test_the_sensitivity_axis_ticks_are_round_in_the_display_currency(shown_sensitivity, car_brand_document):
    settings.set_currency("USD")
    view = shown_sensitivity(car_brand_document)
    assert view.current_measure() == COST
    assert is_round_series([amount(label, "$") for label in _major_labels(view)]), _major_labels(view)
    settings.set_currency("EUR")  # Preferences: the dock follows
    assert is_round_series([amount(label, "€") for label in _major_labels(view)]), _major_labels(view)


def _major_labels(view) -> list[str]:
    axis, box = view.axis, view.plot.getViewBox()
    low, high = box.viewRange()[0]
    return [label for label in axis.tickStrings(list(axis.tickValues(low, high, box.width())[0][1]), 1, 0) if label]


def test_the_shared_rule_is_the_handouts():
    """The handout's ticks (wxdesk.report.charts) are the shared rule's, in CNY at round dollars."""
    from wxdesk.report import charts
    assert charts.money_ticks is money_ticks
    ticks = money_ticks(4_000_000, 5, 7.0)
    assert is_round_series([t / 7.0 for t in ticks])
    assert in_cny([(50_000.0, 0.0)], 7.0) == [(350_000.0, 0.0)]
    assert in_cny([(50_000.0, 0.0)], 0.0) == [(50_000.0, 0.0)]  # no usable rate: yuan
    assert [next_round_step(s) for s in (1.0, 2.0, 5.0)] == [2.0, 5.0, 10.0]
