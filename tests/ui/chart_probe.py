"""What the chart draws on its axes and where, for the presentation tests.

`axes_picture` records each axis's tick labels as pyqtgraph would paint them (text and
rectangle), its size and its plot's view range: equal pictures mean identical axes.

Run as a script, it opens the main window on a screen of the given size, enters
presentation mode and prints, as JSON, which parts of the chart lie outside the window
or outside the chart's own view (the projector check, which needs its own screen size):

    python chart_probe.py 1280x720 zh_CN car_brand [picture.png] [window] [currency=EUR]

(In place of an example's id, a scenario file's path ending in ".json".)

With "window" it leaves the window as it opens (no presentation); with QT_SCALE_FACTOR=2
in its environment the screen is scaled, 1920x1080 then being 960×540 for the window.
The display currency is set before the window opens (CNY, the default, unless asked).
Presenting, it also reports what tests/ui/test_presenting_short_screen.py reads (`presenting`):
the cost plot's height, the fit bars' title and scale, the type and colour of how the plan
scores and of the note under the chart, and the last three once the presentation has ended.
`out_of_view` lists what must stay in view and does not: the plan's headline, each
panel's first reason (its place in the plan) and the chart's plot areas.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter


def _rounded(rect: QRectF) -> tuple:
    return tuple(round(v, 1) for v in (rect.x(), rect.y(), rect.width(), rect.height()))


def axes_picture(chart) -> dict:
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        picture = {}
        for name in ("cost_plot", "fit_plot"):
            plot = getattr(chart, name)
            picture[name] = tuple(tuple(round(v, 6) for v in r) for r in plot.getViewBox().viewRange())
            picture[name + " area"] = _rounded(plot.getViewBox().sceneBoundingRect())
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                _axis, _ticks, texts = axis.generateDrawSpecs(painter)
                picture[f"{name} {side}"] = {
                    "size": _rounded(axis.geometry()),
                    "labels": [(text, _rounded(rect)) for rect, _flags, text in texts],
                }
    finally:
        painter.end()
    return picture


def tick_labels(chart, plot: str, side: str) -> list[str]:
    return [text for text, _rect in axes_picture(chart)[f"{plot} {side}"]["labels"]]


def outside(window) -> list[str]:
    """The parts of the chart a viewer cannot see: outside the window or beyond the chart's view."""
    chart = window.chart
    view = chart.plot_widget
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    problems = []
    window_rect = window.rect()
    chart_rect = chart.rect().translated(chart.mapTo(window, chart.rect().topLeft()))
    if not window_rect.contains(chart_rect):
        problems.append(f"chart {chart_rect} outside the window {window_rect}")
    title = chart.cost_plot.titleLabel
    title_rect = title.item.mapRectToScene(title.item.boundingRect())
    if not visible.contains(title_rect):
        problems.append(f"title {title_rect} beyond the view {visible}")
    for name in ("cost_plot", "fit_plot"):
        plot = getattr(chart, name)
        area = plot.getViewBox().sceneBoundingRect()
        if not visible.contains(area):
            problems.append(f"{name} area {area} beyond the view {visible}")
        image = QImage(4, 4, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            for rect, _flags, text in axis.generateDrawSpecs(painter)[2]:
                where = axis.mapRectToScene(rect)
                if not visible.contains(where):
                    problems.append(f"{name} {side} label {text!r} {where} beyond the view {visible}")
        painter.end()
    return problems


def out_of_view(window) -> list[str]:
    """The plan's name and score, each panel's first reason and the chart's plots: each must be
    whole inside the window, not covered by a scroll area's edge, and not empty."""
    problems = []
    window_rect = window.rect()
    summary = window.plan_area.summary
    widgets = {"plan name": summary.name_label, "plan score": summary.score_label,
               "plan cost": summary.cost_label}
    if summary.score_reasons_label.isVisible():  # how the coverage becomes the score, where it shows
        widgets["plan score reasons"] = summary.score_reasons_label
    if summary.own_figures_label.text():  # the figures the scenario sets for itself, where it sets any
        widgets["figures set for the scenario"] = summary.own_figures_label
    widgets.update({f"{presence} first reason": panel.reason_labels[0]
                    for presence, panel in window.presence_panels.items()})
    widgets["chart"] = window.chart.plot_widget.viewport()
    for name, widget in widgets.items():
        where = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
        shown = widget.visibleRegion().boundingRect()
        if not widget.isVisible() or widget.width() < 20 or widget.height() < 8:
            problems.append(f"{name} hidden or empty: {where}")
        elif not window_rect.contains(where):
            problems.append(f"{name} {where} outside the window {window_rect}")
        elif (shown.width(), shown.height()) != (widget.width(), widget.height()):
            problems.append(f"{name} partly covered: {shown.height()} of {widget.height()} px in view")
        elif hasattr(widget, "heightForWidth") and widget.heightForWidth(widget.width()) > widget.height():
            problems.append(f"{name} has lines cut off inside it")
    for name in ("cost_plot", "fit_plot"):
        area = getattr(window.chart, name).getViewBox().sceneBoundingRect()
        if area.height() < 30 or area.width() < 200:
            problems.append(f"{name} too small to read: {area}")
    return problems


def texts_cut(window) -> list[str]:
    """Each wrapping label shown that is shorter than its text needs at its width (its last lines cut off)."""
    from PySide6.QtWidgets import QLabel
    return [f"{label.objectName()} {label.height()} of {QLabel.heightForWidth(label, label.width())} px: "
            f"{label.text()[:60]!r}" for label in window.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.width() > 0
            and QLabel.heightForWidth(label, label.width()) > label.height()]


def _whole_in_window(window, name: str, widget) -> list[str]:
    where = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
    shown = widget.visibleRegion().boundingRect()
    if not widget.isVisible() or widget.width() < 8 or widget.height() < 8:
        return [f"{name} hidden or empty: {where}"]
    if not window.rect().contains(where):
        return [f"{name} {where} outside the window {window.rect()}"]
    if (shown.width(), shown.height()) != (widget.width(), widget.height()):
        return [f"{name} partly covered: {shown.width()}×{shown.height()} of {widget.width()}×{widget.height()}"]
    if widget.hasHeightForWidth() and widget.heightForWidth(widget.width()) > widget.height():
        return [f"{name} has lines cut off inside it"]
    return []


def comparison_cut(window) -> list[str]:
    """The variant cards' texts and the key to every line of the chart, each whole in the window:
    the legend's entries inside the plot, or (the legend stepped aside) each card's line swatch."""
    problems = []
    for variant, card in window.variant_cards.items():
        for name in ("title", "cost", "swatch"):
            problems += _whole_in_window(window, f"{variant} card {name}", getattr(card, name))
        if card.presences.isVisible():
            problems += _whole_in_window(window, f"{variant} card presences", card.presences)
        if card.badge.isVisibleTo(card):
            problems += _whole_in_window(window, f"{variant} card badge", card.badge)
    chart = window.chart
    view = chart.plot_widget
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    plot_area = chart.cost_plot.getViewBox().sceneBoundingRect()
    if chart.legend.isVisible():
        for label in chart.legend_entries():
            where = label.mapRectToScene(label.boundingRect())
            text = label.item.mapRectToScene(label.item.boundingRect())
            if not (plot_area.contains(where) and visible.contains(where) and where.contains(text)):
                problems.append(f"legend entry {label.text!r} {where} cut off by the plot {plot_area}")
    return problems


def presenting(window) -> dict:
    """While presenting: how tall the cost plot is, whether the fit bars' title shows whole and their scale shows, the
    pixel size of how the plan scores and of the plan's cost, and whether that text and the note under the chart are
    grey."""
    from PySide6.QtGui import QFontInfo, QPalette
    chart = window.chart
    reasons = window.plan_area.summary.score_reasons_label
    view = chart.plot_widget
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    fit_title = chart.fit_plot.getAxis("left").label
    muted = QPalette.ColorRole.PlaceholderText
    return {"plot_height": chart.cost_plot.getViewBox().height(),
            "fit_title_whole": visible.contains(fit_title.mapRectToScene(fit_title.boundingRect())),
            "fit_scale_shown": chart.fit_plot.getAxis("bottom").isVisible(),
            "reasons_px": QFontInfo(reasons.font()).pixelSize(),
            "plan_cost_px": QFontInfo(window.plan_area.summary.cost_label.font()).pixelSize(),
            "reasons_grey": reasons.foregroundRole() == muted,
            "note_grey": chart.break_even_label.foregroundRole() == muted}


def _settle() -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    for _ in range(6):  # the chart after the first paint, then the desk's split after the layout
        loop = QEventLoop()
        QTimer.singleShot(30, loop.quit)
        loop.exec()


def _texts_cut_at_rest(window) -> list[str]:
    """texts_cut as the window rests: where a look finds a text cut, it looks again after the desk's pause
    (settle.SETTLE_MS) until two looks agree. On a busy machine the fixed settling could end while the controls'
    flip lines were still being laid out (19 px of the 126 a Chinese flip takes, read as cut); a cut that outlasts
    the pause is one a reader sees."""
    from PySide6.QtCore import QEventLoop, QTimer
    from wxdesk.ui.settle import SETTLE_MS
    cut = texts_cut(window)
    for _ in range(20):
        if not cut:
            break
        loop = QEventLoop()
        QTimer.singleShot(SETTLE_MS + 80, loop.quit)
        loop.exec()
        before, cut = cut, texts_cut(window)
        if cut == before:
            break
    return cut


def _main(size: str, language: str, preset: str, picture: str = "-", *flags: str) -> None:
    from offscreen_screen import report_and_leave, use_screen
    width, height, config = use_screen(size)
    from wxdesk import settings
    from wxdesk.engine import load_preset
    from wxdesk.engine.files import read_scenario_file
    from wxdesk.ui import i18n
    from wxdesk.ui.app import get_qapp
    app = get_qapp()
    i18n.set_language(language)
    currencies = [flag.removeprefix("currency=") for flag in flags if flag.startswith("currency=")]
    settings.set_currency(currencies[-1] if currencies else "CNY")
    from wxdesk.ui.variant_card import VARIANTS
    from wxdesk.ui.main_window import MainWindow
    window = MainWindow()
    window.document.set_scenario(read_scenario_file(preset) if preset.endswith(".json") else load_preset(preset))
    window.show()
    is_presenting = "window" not in flags
    if is_presenting:
        window.features.presentation.action.setChecked(True)
    else:
        window.build_chart()
    _settle()
    frame = window.frameGeometry()
    available = app.primaryScreen().availableGeometry()
    result = {"screen": [app.primaryScreen().size().width(), app.primaryScreen().size().height()],
              "window": [window.width(), window.height()],
              "frame_inside_screen": available.contains(frame),
              "compact": window.desk_compact,
              "bottom_labels": tick_labels(window.chart, "cost_plot", "bottom"),
              "title_points": window.chart.title_points,
              "problems": outside(window),
              "out_of_view": out_of_view(window),
              "comparison_cut": comparison_cut(window),
              "legend_shown": window.chart.legend.isVisible(),
              "cards_compact": window.variant_column.compact,
              "accounts_scroll": window.desk_splitter.widget(0).verticalScrollBar().isVisible(),
              "score_reasons": (window.plan_area.summary.score_reasons_label.text()
                                if window.plan_area.summary.score_reasons_label.isVisible() else ""),
              "plan_reasons": [reason.code for reason in window.document.evaluation.plan.reasons],
              "next_best": window.plan_area.best_plans_toggle.text(),
              "next_best_whole": window.plan_area.best_plans_toggle.full_line(),
              "legend_points": window.chart.legend_points,
              "legend_sizes": sorted({label.opts["size"] for label in window.chart.legend_entries()}),
              "legend_texts": [window.chart.entry_text(label) for label in window.chart.legend_entries()],
              "variant_names": [window.chart.variant_name(v) for v in VARIANTS],
              "own_figures": window.plan_area.summary.own_figures_label.text(),
              "texts_cut": _texts_cut_at_rest(window)}
    if picture.endswith(".png"):
        window.grab().save(picture)
    if is_presenting:
        result["presenting"] = presenting(window)
        window.features.presentation.action.setChecked(False)
        _settle()
        after = presenting(window)
        result["presenting"].update({"after_fit_scale_shown": after["fit_scale_shown"],
                                     "after_reasons_grey": after["reasons_grey"],
                                     "after_note_grey": after["note_grey"]})
    report_and_leave(result, config)


if __name__ == "__main__":
    _main(*sys.argv[1:])
