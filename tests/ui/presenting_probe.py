"""The window presenting on a screen of the given size, in a display currency, as JSON: how tall the cost plot
is, whether its key shows whole, whether anything the projector checks (chart_probe) is cut or out of view, and how
the texts the window writes in grey read while presenting and after.

    python presenting_probe.py 1366x768 zh_CN car_brand EUR
"""

from __future__ import annotations

import sys


def _main(size: str, language: str, preset: str, currency: str) -> None:
    from offscreen_screen import report_and_leave, use_screen
    width, height, config = use_screen(size)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QFontInfo, QPalette

    from chart_probe import comparison_cut, out_of_view, outside
    from wxdesk import settings
    from wxdesk.engine import load_preset
    from wxdesk.ui import i18n
    from wxdesk.ui.app import get_qapp
    from wxdesk.ui.main_window import MainWindow
    get_qapp()
    i18n.set_language(language)
    settings.set_currency(currency)
    window = MainWindow()
    window.document.set_scenario(load_preset(preset))
    window.show()

    def settle() -> None:
        for _ in range(6):  # the chart after the first paint, then the desk's split after the layout
            loop = QEventLoop()
            QTimer.singleShot(30, loop.quit)
            loop.exec()

    window.features.presentation.action.setChecked(True)
    settle()
    chart = window.chart
    reasons = window.plan_area.summary.score_reasons_label
    view = chart.plot_widget
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    fit_title = chart.fit_plot.getAxis("left").label
    muted = QPalette.ColorRole.PlaceholderText
    result = {"plot_height": chart.cost_plot.getViewBox().height(),
              "legend_shown": chart.legend.isVisible(),
              "comparison_cut": comparison_cut(window),
              "out_of_view": out_of_view(window),
              "problems": outside(window),
              "accounts_scroll": window.desk_splitter.widget(0).verticalScrollBar().isVisible(),
              "fit_title_whole": visible.contains(fit_title.mapRectToScene(fit_title.boundingRect())),
              "fit_scale_shown": chart.fit_plot.getAxis("bottom").isVisible(),
              "reasons_px": QFontInfo(reasons.font()).pixelSize(),
              "plan_cost_px": QFontInfo(window.plan_area.summary.cost_label.font()).pixelSize(),
              "reasons_grey": reasons.foregroundRole() == muted,
              "note_grey": chart.break_even_label.foregroundRole() == muted}
    window.features.presentation.action.setChecked(False)
    settle()
    result.update({"after_fit_scale_shown": chart.fit_plot.getAxis("bottom").isVisible(),
                   "after_reasons_grey": reasons.foregroundRole() == muted,
                   "after_note_grey": chart.break_even_label.foregroundRole() == muted})
    report_and_leave(result, config)


if __name__ == "__main__":
    _main(*sys.argv[1:5])
