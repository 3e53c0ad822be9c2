"""The chart's legends kept laid out, one per layout (texts, type size, columns): the legend shown after any
sequence of plan changes, resizes, palette and language changes reads and stands as a fresh chart's legend
would, showing the same evaluation at the same size; the others are hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from wxdesk.engine import Scenario, evaluate
from wxdesk.ui import i18n
from wxdesk.ui.chart import LEGENDS_KEPT, ComparisonChart
from wxdesk.ui.variant_card import VARIANTS

pytestmark = pytest.mark.gui

AUDIENCES = (1_000, 50_000, 20_000_000, 5_000_000, 50_000, 1_000)  # moves the plan's choice back and forth


def _rect(item) -> tuple[float, ...]:
    rect: QRectF = item.sceneBoundingRect()
    return tuple(round(v, 3) for v in (rect.x(), rect.y(), rect.width(), rect.height()))


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _legend(chart: ComparisonChart) -> tuple:
    """The legend as shown: whether it is, its place, its entries' texts, places, sizes and colours. (Not the
    headroom the cost axis leaves it: that follows the plot's heights before, in a fresh chart as in any.)"""
    _settle()
    legend = chart.legend
    return (legend.isVisible(), _rect(legend), [label.text for label in chart.legend_entries()],
            [(_rect(sample), _rect(label)) for sample, label in legend.items],
            [label.opts["size"] for label in chart.legend_entries()],
            [label.item.defaultTextColor().name() for label in chart.legend_entries()])


def _chart(qtbot, pack, size) -> ComparisonChart:
    chart = ComparisonChart(pack)
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def _fresh(qtbot, pack, size, evaluation, palette: QPalette | None = None) -> tuple:
    """The legend of a chart that shows `evaluation` and nothing before it."""
    chart = _chart(qtbot, pack, size)
    if palette is not None:
        chart.setPalette(palette)
    chart.show_evaluation(evaluation)
    _settle()
    chart.show_evaluation(evaluation)  # (its note settled the plot's height meanwhile, as a window's does)
    shown = _legend(chart)
    chart.close()
    return shown


def _only_one_shown(chart: ComparisonChart) -> None:
    legends = {id(legend): legend for legend in chart._legends.values()}
    legends[id(chart.legend)] = chart.legend
    assert [legend for legend in legends.values() if legend.isVisible() and legend is not chart.legend] == []
    assert len(chart._legends) <= LEGENDS_KEPT


@pytest.mark.parametrize("size", [(900, 420), (560, 300)])
def test_the_legend_after_plan_changes_resizes_and_a_palette_reads_as_a_fresh_charts(qtbot, pack, size):
    chart = _chart(qtbot, pack, size)
    evaluations = [evaluate(Scenario().with_changes(audience=audience), pack) for audience in AUDIENCES]
    for evaluation in evaluations:
        chart.show_evaluation(evaluation)
        _settle()
        chart.show_evaluation(evaluation)
        assert _legend(chart) == _fresh(qtbot, pack, size, evaluation)
        _only_one_shown(chart)
    assert len({evaluation.app_or_mini_program.choice for evaluation in evaluations}) >= 2
    # Another size: the legends kept for the size before are laid out anew where the room asks for it.
    other = (size[0] + 300, size[1] + 120)
    chart.resize(*other)
    for evaluation in evaluations[:3]:
        chart.show_evaluation(evaluation)
        _settle()
        chart.show_evaluation(evaluation)
        assert _legend(chart) == _fresh(qtbot, pack, other, evaluation)
        _only_one_shown(chart)
    # A palette: the legends kept for other plan choices take its text colour too.
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    chart.setPalette(dark)
    for evaluation in evaluations[:3]:
        chart.show_evaluation(evaluation)
        _settle()
        chart.show_evaluation(evaluation)
        assert _legend(chart) == _fresh(qtbot, pack, other, evaluation, dark)


def test_the_legend_after_a_language_change_reads_in_the_new_language(qtbot, pack):
    size = (900, 420)
    chart = _chart(qtbot, pack, size)
    evaluations = [evaluate(Scenario().with_changes(audience=audience), pack) for audience in AUDIENCES[:3]]
    try:
        for language in ("en", "zh_CN", "en"):
            i18n.set_language(language)
            for evaluation in evaluations:
                chart.show_evaluation(evaluation)
                _settle()
                chart.show_evaluation(evaluation)
                shown = _legend(chart)
                assert [chart.entry_text(label) for label in chart.legend_entries()] == [
                    chart.variant_name(variant) for variant in VARIANTS]
                assert shown == _fresh(qtbot, pack, size, evaluation)
                _only_one_shown(chart)
    finally:
        i18n.set_language("en")


def test_a_plan_change_back_lays_no_legend_out(qtbot, pack, monkeypatch):
    """A plan choice shown before, at the same size: its legend is shown as it was laid out, no entry set anew."""
    chart = _chart(qtbot, pack, (900, 420))
    evaluations = [evaluate(Scenario().with_changes(audience=audience), pack) for audience in AUDIENCES[:3]]
    for evaluation in evaluations * 2:
        chart.show_evaluation(evaluation)
        _settle()
    before = [_legend(chart)]
    laid_out = []
    monkeypatch.setattr(ComparisonChart, "_lay_out_legend", lambda self, *args: laid_out.append(args))
    for evaluation in evaluations:
        chart.show_evaluation(evaluation)
        _settle()
    chart.show_evaluation(evaluations[-1])
    assert laid_out == []
    assert [_legend(chart)] == before
