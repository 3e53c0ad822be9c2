"""Each row of the sensitivity chart reads on its own: both of a bar's ends seen with their labels clear of the other
end's bar, a mark on every row however little its figure moves the measure, its name whole, its ends' units."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF

from wxdesk.engine import load_preset
from wxdesk.ui import i18n
from wxdesk.ui.tornado import COST, HIGH_COLOR, LEAD, LOW_COLOR, SensitivityView
from wxdesk.words.swings import value_text

# On one worker with test_tornado's test_each_bar_is_named_whole, whose views show the same examples: each example's
# sweep is made once for all of them (sweeps_once), not once on each worker.
pytestmark = [pytest.mark.gui, pytest.mark.xdist_group("sensitivity_views")]

PRESETS = ["food_ordering", "bank_care", "car_brand", "city_service"]
# The dock's view at 1920x1080 and at 1366x768 (the window's own layout: View ▸ Sensitivity).
SIZES = {"1920": (640, 990), "1366": (528, 700), "floated": (1027, 330)}


@pytest.fixture
def lang_view(qtbot, car_brand_document, sweeps_once, request):
    preset, lang, measure, size = request.param
    i18n.set_language(lang)
    car_brand_document.set_scenario(load_preset(preset, lang))
    view = SensitivityView(car_brand_document)
    qtbot.addWidget(view)
    view.resize(*SIZES[size])
    view.show()
    qtbot.waitExposed(view)
    view.flush()
    view.set_measure(measure)
    qtbot.wait(20)
    yield view
    i18n.set_language("en")


def _cases(sizes=tuple(SIZES), langs=("en", "zh_CN"), presets=tuple(PRESETS), measures=(COST, LEAD)):
    return [pytest.param((p, lang, m, s), id=f"{p}-{lang}-{m}-{s}")
            for p in presets for lang in langs for m in measures for s in sizes]


def _bars(view, outlines: bool = False) -> list[tuple[QRectF, str]]:
    """Every filled bar the plot draws, in scene coordinates, with the colour it is filled with; or every outline
    (the mark of a bar that can change the plan)."""
    import pyqtgraph as pg
    rects = []
    for item in view.plot.items:
        if not isinstance(item, pg.BarGraphItem) or not item.isVisible():
            continue
        opts = item.opts
        if (opts.get("brush") is None and opts.get("brushes") is None) != outlines:
            continue
        x0, x1, y = (np.atleast_1d(np.asarray(opts[k], dtype=float)) for k in ("x0", "x1", "y"))
        height = np.broadcast_to(np.asarray(opts["height"], dtype=float), y.shape)
        brushes = opts.get("brushes") or [opts["brush"]] * len(y)
        for a, b, c, h, brush in zip(x0, x1, y, height, brushes):
            top_left = view.plot.vb.mapViewToScene(QPointF(min(a, b), c + h / 2))
            bottom_right = view.plot.vb.mapViewToScene(QPointF(max(a, b), c - h / 2))
            colour = "outline" if outlines else pg.mkBrush(brush).color().name()
            rects.append((QRectF(top_left, bottom_right).normalized(), colour))
    return rects


def _row_bars_y(view, row: int) -> float:
    return view.plot.vb.mapViewToScene(QPointF(0, len(view.shown) - 1 - row)).y()


def _row_px(view) -> float:
    return abs(view.plot.vb.mapViewToScene(QPointF(0, 1)).y() - view.plot.vb.mapViewToScene(QPointF(0, 0)).y())


def _row_bars(view, row: int, outlines: bool = False) -> dict[str, QRectF]:
    """The row's bars by colour (row 0 on top): its low end's and its high end's, each as wide as drawn."""
    y = view.plot.vb.mapViewToScene(QPointF(0, len(view.shown) - 1 - row)).y()
    row_px = abs(view.plot.vb.mapViewToScene(QPointF(0, 1)).y() - view.plot.vb.mapViewToScene(QPointF(0, 0)).y())
    found: dict[str, QRectF] = {}
    for rect, colour in _bars(view, outlines):
        if abs(rect.center().y() - y) < row_px / 2:
            found[colour] = found[colour].united(rect) if colour in found else rect
    return found


def _text_rect(label) -> QRectF:
    """The scene rectangle of a label's text itself (its box less the text document's margin)."""
    margin = label.textItem.document().documentMargin()
    return label.sceneBoundingRect().adjusted(margin, margin, -margin, -margin)


@pytest.mark.parametrize("lang_view", _cases(presets=("food_ordering", "bank_care")), indirect=True)
def test_each_end_label_lies_outside_both_bars_of_its_row(lang_view):
    """"Build a custom Mini Program (cost)", lead: "¥30,000" was printed inside the orange bar that hid the grey one;
    a client could not see what the low end did."""
    view = lang_view
    low_colour, high_colour = LOW_COLOR.name(), HIGH_COLOR.name()
    for row, swing in enumerate(view.shown):
        bars = _row_bars(view, row)
        labels = view.end_labels[row]
        outlined = [r for r, _c in _bars(view, outlines=True)
                    if abs(r.center().y() - _row_bars_y(view, row)) < _row_px(view) / 2]
        for label in labels:
            text = _text_rect(label)
            for colour, bar in bars.items():
                assert not text.intersects(bar), (swing.figure.id, label.textItem.toPlainText(), colour)
            for outline in outlined:  # the outline's edges, 2 px wide, cross no label
                edges = QRectF(outline).adjusted(-1, -1, 1, 1)
                inner = QRectF(outline).adjusted(1, 1, -1, -1)
                assert not text.intersects(edges) or inner.contains(text), (swing.figure.id, "outline")
        assert not _text_rect(labels[0]).intersects(_text_rect(labels[1])), swing.figure.id
        measure = view.current_measure()
        base = getattr(view.result.base, measure)
        low, high = getattr(swing.at_low, measure), getattr(swing.at_high, measure)
        if (low - base) * (high - base) > 0:  # both ends on one side: each has its own bar, seen
            assert low_colour in bars and high_colour in bars, swing.figure.id
            assert bars[low_colour].width() >= 3 and bars[high_colour].width() >= 3
            # Neither bar hides the other.
            assert not bars[low_colour].intersects(bars[high_colour]), swing.figure.id


@pytest.mark.parametrize("lang_view", _cases(), indirect=True)
def test_every_row_shows_a_mark_beside_the_plans_line(lang_view):
    """food_ordering's lead: "Producing one article broadcast" moves the lead by 0.03 points; its bar, a pixel wide,
    lay under the plan's line and the row showed its two values beside nothing."""
    view = lang_view
    base = view.plot.vb.mapViewToScene(QPointF(getattr(view.result.base, view.current_measure()), 0)).x()
    line = view.base_line.pen.widthF() / 2
    for row, swing in enumerate(view.shown):
        bars = _row_bars(view, row)
        reach = max((max(abs(r.left() - base), abs(r.right() - base)) for r in bars.values()), default=0.0)
        assert reach >= line + 2.5, (swing.figure.id, reach)


@pytest.mark.parametrize("lang_view", _cases(sizes=("1920",)), indirect=True)
def test_every_name_is_whole_at_1920(lang_view):
    """"Monthly users at which an app of your own and WeChat suit the audie…": at 1920x1080 each row's name is
    painted whole (three lines where it needs them)."""
    from tests.ui.test_tornado import _painted_row_names
    view = lang_view
    names = view.row_names()
    painted = _painted_row_names(view)
    assert len(painted) == len(view.shown)
    flips = {s.figure.id for s in view.shown if view.result.flips_recommendation(s)}
    wanted = sorted("".join((("⇄ " if s.figure.id in flips else "") + names[s.figure.id]).split())
                    for s in view.shown)
    assert sorted("".join(p.split()) for p in painted) == wanted
    assert all("…" not in p for p in painted)


@pytest.mark.parametrize("lang_view", [pytest.param(("bank_care", "en", COST, "1920"), id="bank_care")],
                         indirect=True)
def test_the_wecom_fee_keeps_its_unit_at_1920(lang_view):
    """bank_care's cost: "¥0.08" / "¥0.15", where other rows read "¥20 a year" and Chinese "¥0.08/联系人/年"."""
    from wxdesk.ui import text
    view = lang_view
    words = text.words(view.document.pack)
    row = next(i for i, s in enumerate(view.shown) if s.figure.unit == "CNY/contact/year")
    figure = view.shown[row].figure
    low, high = (label.textItem.toPlainText() for label in view.end_labels[row])
    assert (low, high) == (value_text(figure, figure.low, words), value_text(figure, figure.high, words))
    assert high.endswith("per contact a year")


@pytest.mark.parametrize("lang_view", [pytest.param(("car_brand", "en", LEAD, "1920"), id="car_brand")],
                         indirect=True)
def test_a_row_moved_less_than_the_chart_can_draw_says_so(lang_view):
    """Its mark is drawn longer than its effect, so the caption says what such a mark means. (The row that moves the
    lead least among those shown: food_ordering's price of an article moved it by less than 0.05 points when likely
    costs were medians, and by 0.06 at the figures' averages; since an Official Account pays its verification,
    2026-12-07, its least row moves it 1.2 points, and car_brand's 0.06.)"""
    view = lang_view
    base = view.result.base.lead
    least = min(max(abs(s.at_low.lead - base), abs(s.at_high.lead - base)) for s in view.shown)
    assert least < 0.1  # a tenth of a point: a few pixels at most on a plot that spans points
    assert view.short_ends > 0
    assert "less than the chart can draw" in view.caption.text()


# The dock's view floated over the comparison at 1366×768 (the window maximized, View ▸ Sensitivity): wide and short.
FLOATED = (1027, 330)


@pytest.mark.parametrize("lang_view", [pytest.param(("fitness_coaching", lang, COST, "floated"), id=lang)
                                       for lang in ("en", "zh_CN")], indirect=True)
def test_a_wide_short_dock_keeps_the_axis_clear_of_the_caption_and_every_name_whole(lang_view, qtbot):
    """Floated over the comparison at 1366×768 in Chinese, the caption covered the lower half of the axis's figures
    (¥0, ¥500万 …), and "每千名月活用户的服务器费用（小程序；…" was cut where the English name took two lines."""
    from tests.ui.test_tornado import _painted_row_names
    view = lang_view
    view.resize(*FLOATED)
    qtbot.wait(50)
    plot, caption = view.plot_widget.geometry(), view.caption.geometry()
    assert caption.top() > plot.bottom(), (plot, caption)
    assert caption.height() >= view.caption.heightForWidth(caption.width()), "the caption whole"
    assert view.geometry().height() >= caption.bottom() + 1, "the caption inside the view"
    painted = _painted_row_names(view)
    assert len(painted) == len(view.shown)
    assert all("…" not in p for p in painted), painted
