"""Presentation mode: full screen, larger type, chrome hidden; Esc puts everything back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QToolBar,
                               QWidget)

from wxdesk.engine import load_preset, preset_ids


pytestmark = pytest.mark.gui


@pytest.fixture
def window(shown_window):
    return shown_window


def chrome(win) -> list[QWidget]:
    return [win.menuBar(), win.statusBar(), *win.findChildren(QToolBar), win.controls.plan_group,
            win.controls.goals_group, win.controls.needs_group, win.controls.budget.spin,
            win.controls.paid_share.spin]


def essentials(win) -> list[QWidget]:
    return [win.controls.budget_slider, win.controls.audience_slider, win.controls.interaction_slider,
            win.plan_area, *win.presence_panels.values(), win.chart]


def _qt_internal(widget: QWidget) -> bool:
    """Scroll bars and their containers: Qt shows them as the content size requires."""
    while widget is not None:
        if widget.objectName().startswith("qt_"):
            return True
        widget = widget.parentWidget()
    return False


def snapshot(win) -> dict:
    widgets = [win, *(w for w in win.findChildren(QWidget) if not _qt_internal(w))]
    return {
        "state": win.windowState(),
        "visible": {w: w.isVisibleTo(win) for w in widgets if w is not win},
        "fonts": {w: (w.font().toString(), w.testAttribute(Qt.WidgetAttribute.WA_SetFont)) for w in widgets},
    }


def test_f11_enters_and_esc_restores_exactly(window, qtbot):
    before = snapshot(window)
    label_size = window.recommendation_label.font().pointSizeF()
    before_title = window.chart.cost_plot.titleLabel.opts["size"]
    before_points = window.chart.title_points
    before_axis_width = window.chart.fit_plot.getAxis("left").fixedWidth
    assert all(w.isVisible() for w in chrome(window))

    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.features.presentation.active
    assert window.isFullScreen()
    assert not any(w.isVisible() for w in chrome(window))
    assert all(w.isVisible() for w in essentials(window))
    assert window.recommendation_label.font().pointSizeF() > label_size
    # Larger asked for; on a small screen the title may then shrink back to fit the chart's width.
    assert window.chart.title_points > before_points

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.features.presentation.active
    assert not window.isFullScreen()
    assert snapshot(window) == before
    assert window.chart.cost_plot.titleLabel.opts["size"] == before_title
    assert window.chart.fit_plot.getAxis("left").fixedWidth == before_axis_width


def test_toolbar_button_and_f11_again_also_leave(window, qtbot):
    action = window.features.presentation.action
    assert action in window.toolbar.actions()
    assert action in window.view_menu.actions()
    action.trigger()
    assert window.features.presentation.active and window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.features.presentation.active and not window.isFullScreen()
    assert window.menuBar().isVisible() and window.toolbar.isVisible()


def test_chrome_the_user_had_hidden_stays_hidden(window, qtbot):
    window.toolbar.hide()
    window.features.presentation.action.setChecked(True)
    window.features.presentation.action.setChecked(False)
    assert not window.toolbar.isVisible()
    assert window.menuBar().isVisible()


def test_esc_does_nothing_outside_presentation_mode(window, qtbot):
    assert not window.features.presentation.leave_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.features.presentation.active and window.menuBar().isVisible()


def test_sliders_still_edit_the_scenario_while_presenting(window, qtbot):
    window.features.presentation.action.setChecked(True)
    before = window.document.scenario.budget_cny
    slider = window.controls.budget_slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert window.document.scenario.budget_cny != before
    window.features.presentation.action.setChecked(False)


CLICKER_KEYS = [Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down,
                Qt.Key.Key_Up]


def test_a_presenters_clicker_keys_change_no_value(window, qtbot):
    """Entering with the keyboard in the client's box (hidden while presenting), Qt gave it to the budget slider, and
    the clicker's PageDown cut the client's budget in front of the client. Nothing that holds a value takes the
    keyboard as the presentation starts; a slider clicked takes it, and leaving gives it back to the client's box."""
    window.features.file_actions.open_preset("car_brand")
    window.activateWindow()
    window.controls.client.setFocus()
    qtbot.wait(10)
    scenario = window.document.scenario
    steps = window.document.undo_stack.count()
    window.features.presentation.action.setChecked(True)
    qtbot.wait(10)
    holder = window.focusWidget()
    assert holder is not None and holder.isVisible()
    assert not any(holder is control or control.isAncestorOf(holder)
                   for control in (*window.controls.findChildren(QAbstractSlider),
                                   *window.controls.findChildren(QAbstractSpinBox),
                                   *window.controls.findChildren(QComboBox)))
    for key in CLICKER_KEYS:
        qtbot.keyClick(holder, key)
    assert window.document.scenario == scenario
    assert window.document.undo_stack.count() == steps

    slider = window.controls.budget_slider
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=slider.rect().center() + QPoint(slider.width() // 3, 0))
    assert window.focusWidget() is slider
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert window.document.scenario.budget_cny != scenario.budget_cny, "a slider the presenter clicked works"
    window.features.presentation.action.setChecked(False)
    window.document.undo_stack.clear()


def test_leaving_gives_the_keyboard_back_to_where_it_was(window, qtbot):
    window.activateWindow()
    window.controls.client.setFocus()
    window.features.presentation.action.setChecked(True)
    qtbot.wait(10)
    window.features.presentation.action.setChecked(False)
    qtbot.wait(10)
    assert window.focusWidget() is window.controls.client


def test_the_hidden_bars_keys_still_work_while_presenting_and_leave_with_it(window, qtbot):
    """With the menus and the toolbar hidden, Ctrl+Z did nothing in front of a client: an action's key works only
    while a widget carrying it shows. While presenting the window carries them; after, it carries what it did."""
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest
    own = list(window.actions())
    before = window.document.scenario.budget_cny
    window.features.presentation.action.setChecked(True)
    slider = window.controls.budget_slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    moved = window.document.scenario.budget_cny
    assert moved != before
    for name, then in (("undoAction", before), ("redoAction", moved)):
        keys = window.findChild(QAction, name).shortcuts()
        assert keys, name
        QTest.keySequence(slider, keys[0])
        assert window.document.scenario.budget_cny == then, name
    assert window.features.presentation.active  # (a key of the bars' is no way out of the presentation)
    window.features.presentation.action.setChecked(False)
    assert list(window.actions()) == own


def _settle(qtbot) -> None:
    # Layouts and pyqtgraph's deferred axis sizing run from the event loop; the desk's split follows
    # a change that came soon after another only once the changes pause (wxdesk.ui.settle).
    from wxdesk.ui.settle import SETTLE_MS
    qtbot.wait(SETTLE_MS + 30)


def test_the_chart_axes_read_the_same_after_a_presentation(window, qtbot):
    """F11 then Esc once bunched the years at the left ("0 1 2 3" in a corner) and ran the
    fit ticks together ("25075"): the axes must come back exactly as they were."""
    from chart_probe import axes_picture
    from settled import settled

    def settled_picture() -> dict:
        # On a busy machine the settle's layouts can come later than one pause: the picture once it stops changing.
        return settled(lambda: axes_picture(window.chart), qtbot)

    window.document.set_scenario(load_preset("car_brand"))
    before = settled_picture()
    assert [t for t, _ in before["cost_plot bottom"]["labels"]] == ["0", "1", "2", "3", "4", "5"]

    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert settled_picture() != before  # larger tick labels while presenting
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert settled_picture() == before


def test_after_a_presentation_the_axes_still_follow_the_window(window, qtbot):
    window.features.presentation.action.setChecked(True)
    _settle(qtbot)
    window.features.presentation.action.setChecked(False)
    window.resize(1300, 760)
    qtbot.keyClick(window.controls.budget_slider, Qt.Key.Key_PageUp)
    _settle(qtbot)
    for plot in (window.chart.cost_plot, window.chart.fit_plot):
        area = plot.getViewBox().sceneBoundingRect()
        bottom = plot.getAxis("bottom").sceneBoundingRect()
        assert abs(bottom.width() - area.width()) < 1, "the year and fit axes span their plot"


def test_the_chart_title_shrinks_to_fit_rather_than_push_the_plot_aside(window, qtbot):
    chart = window.chart
    window.resize(1000, 700)
    _settle(qtbot)
    title = chart.cost_plot.titleLabel
    view = chart.plot_widget
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(title.item.mapRectToScene(title.item.boundingRect()))
    assert visible.contains(chart.cost_plot.getViewBox().sceneBoundingRect())
    window.resize(1600, 900)
    _settle(qtbot)
    assert title.opts["size"] == f"{chart.title_points:g}pt"  # room enough: the size asked for


@pytest.mark.parametrize(("size", "preset"), [("1280x720", "car_brand"), ("1366x768", "bank_care")])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_presentation_shows_the_whole_chart_on_a_projector(size, preset, language, chart_probes):
    """Title, plots and every year's label in view; the plan and each panel's first reason too, unscrolled."""
    result = chart_probes(size, language, preset)
    assert result["screen"] == [int(v) for v in size.split("x")]
    assert result["window"] == result["screen"]
    assert result["bottom_labels"] == ["0", "1", "2", "3", "4", "5"]
    assert result["problems"] == []
    assert result["out_of_view"] == []
    assert result["compact"]
    assert result["comparison_cut"] == []
    # How the plan's coverage becomes its score, under the score, where points were taken off.
    assert bool(result["score_reasons"]) == (result["plan_reasons"][0] == "plan_score_less")
    assert result["accounts_scroll"] is False


@pytest.mark.parametrize("preset", ["car_brand", "bank_care"])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_laptop_window_keeps_the_plan_the_first_reasons_and_the_chart_in_view(preset, language, chart_probes):
    """On a 1366×768 screen the window opens inside it, and the desk folds to show what must be seen."""
    result = chart_probes("1366x768", language, preset, "window")
    assert result["frame_inside_screen"]
    assert result["out_of_view"] == []
    assert result["problems"] == []
    assert result["comparison_cut"] == []


def test_at_200_percent_the_window_fits_the_screen_and_the_plan_and_chart_stay_in_view(chart_probes):
    """1920×1080 at 200 % is a 960×540 screen for the window: it opens inside it; the panels may scroll."""
    result = chart_probes("1920x1080", "en", "car_brand", "window", scale="2")
    assert result["screen"] == [960, 540]
    assert result["frame_inside_screen"]
    assert result["compact"]
    missing = [p for p in result["out_of_view"] if p.split()[1:3] != ["first", "reason"]]
    assert missing == []
    assert result["problems"] == []


@pytest.mark.parametrize(("language", "preset"), [("en", "car_brand"), ("zh_CN", "bank_care")])
def test_at_200_percent_the_variant_cards_and_the_key_to_every_line_are_whole(language, preset, chart_probes):
    """On the 960×540 screen the cards beside the chart fold (without their presences) rather
    than lose their last lines; the legend steps aside where no entry would fit in the small plot,
    and each card then shows its line's colour: every variant's name, score, cost and key whole."""
    result = chart_probes("1920x1080", language, preset, "window", scale="2")
    assert result["screen"] == [960, 540]
    assert result["cards_compact"] or language != "en"  # English names are long: folded there
    assert result["comparison_cut"] == []
    assert result["problems"] == []
    missing = [p for p in result["out_of_view"] if p.split()[1:3] != ["first", "reason"]]
    assert missing == []


def test_presenting_at_1366x768_shows_the_panels_whole_without_a_scroll_bar(chart_probes):
    """The desk's split counted the splitter's handle as room: the panels' last pixels scrolled."""
    result = chart_probes("1366x768", "en", "car_brand")
    assert result["accounts_scroll"] is False
    assert result["legend_shown"] and result["comparison_cut"] == []


def test_presenting_shows_even_sliders_no_client_box_and_the_chart_text_enlarged(window, qtbot):
    """In front of a client: every slider as long as the others (their entry boxes are hidden), no empty
    "Client" box, and the axes' titles and the fits' numbers grow with the rest of the type."""
    chart = window.chart
    controls = window.controls
    sliders = [c.slider for c in (controls.budget, controls.audience, controls.interaction,
                                  controls.china_share, controls.paid_share)]
    axis_label = chart.cost_plot.getAxis("bottom").label
    before_label, before_fit = axis_label.boundingRect().height(), chart.fit_texts[0].textItem.font().pointSizeF()
    assert controls.client.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_F11)
    QApplication.processEvents()
    assert not controls.client.isVisible() and not controls.client_label.isVisible()
    assert len({slider.width() for slider in sliders}) == 1
    assert sliders[0].width() == sliders[0].parentWidget().contentsRect().width()
    assert axis_label.boundingRect().height() > before_label
    assert chart.fit_texts[0].textItem.font().pointSizeF() > before_fit

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert controls.client.isVisible() and all(c.spin.isVisible() for c in (controls.budget, controls.paid_share))
    assert axis_label.boundingRect().height() == before_label
    assert chart.fit_texts[0].textItem.font().pointSizeF() == before_fit


@pytest.mark.parametrize("preset", preset_ids())
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_presenting_on_a_laptop_keeps_the_score_explained_the_next_plans_whole_and_the_key_in_full_type(
        preset, language, chart_probes):
    """At 1366×768, for every example: the plan, each panel's first reason and the chart in view; under
    the plan's score, how its coverage becomes the score (a flip hint beside the sliders quotes the
    coverage: without that line a client reads two figures out of 100); the plans that come next whole,
    on two lines where they need it, never cut with "…"; the chart's key in the chart's own type, not
    shrunk below the axes' labels."""
    result = chart_probes("1366x768", language, preset)
    assert result["out_of_view"] == [] and result["problems"] == [] and result["comparison_cut"] == []
    assert result["compact"]
    deducted = result["plan_reasons"][0] == "plan_score_less"
    assert bool(result["score_reasons"]) == deducted
    if deducted:
        assert len(result["score_reasons"]) > 20
    assert "…" not in result["next_best"]
    assert "".join(result["next_best"].split()) == "".join(result["next_best_whole"].split())
    assert result["next_best"].count("\n") <= 1
    assert result["legend_sizes"] == [f"{result['legend_points']:g}pt"]
    assert result["legend_texts"] == result["variant_names"]


def test_presenting_shows_how_the_plan_scores_and_leaving_folds_it_again(window, qtbot):
    """news_publisher: "Plan score: 39" with, under it, the coverage of 56 it comes from (the figure the
    budget slider's flip hint quotes) and, where the screen has the lines, the 1 point its cost and the 16 points
    the budget take (56 - 1 - 16 = 39); the compact desk of an ordinary window folds them into the score's tooltip
    again. Now cross_border_skincare: "Plan score: 73" from a coverage of 82 (the figure its audience slider's flip
    hint quotes, "82 today"), less the 5 points of running 2 presences and the 4 points the budget takes."""
    from wxdesk.ui import text
    # cross_border_skincare, since articles are costed for any member that sends the news (2026-12-05): news_publisher's
    # plan is now the cheapest, its cost takes no points and its budget's 12 are its only line; no example's plan has
    # two lines in whole points but this one.
    window.document.set_scenario(load_preset("cross_border_skincare"))
    window.force_desk_compact(True)
    summary = window.plan_area.summary
    shown = summary.score_reasons_label
    assert not shown.isVisibleTo(summary)
    window.force_desk_compact(None)
    window.features.presentation.action.setChecked(True)
    pack = window.document.pack
    reasons = [text.render_reason(r, pack) for r in window.document.evaluation.plan.reasons]
    assert window.desk_compact and shown.isVisibleTo(summary)
    assert window.screen().availableGeometry().height() >= 768  # the test's screen: every line
    assert all(reason in shown.text() for reason in reasons) and "Less 4 points because" in shown.text()
    window.plan_area.set_presenting(True, roomy=False)  # a 720-line projector: one line
    # ... which gives the points the lines it stands for take, rather than "less the points that follow"
    # with none following.
    # And what takes them, with the points each line gives: "less 17 points" beside the budget's "takes 16 points
    # off its score" read as two figures for one thing (here "less 9 points" beside "takes 4 points").
    assert shown.text() == ("The plan covers your goals and needs at 82 out of 100; less 5 points for running 2 "
                            "presences and 4 for the budget, it scores 73.")
    assert reasons[1] not in shown.text() and "follow" not in shown.text()
    window.plan_area.set_presenting(True, roomy=True)
    # A slider moved in front of the client: the lines follow.
    window.document.update(budget_cny=window.document.scenario.budget_cny + 100_000)
    assert all(text.render_reason(r, pack) in shown.text() for r in window.document.evaluation.plan.reasons)
    window.features.presentation.action.setChecked(False)
    window.force_desk_compact(True)
    assert not shown.isVisibleTo(summary)
    window.force_desk_compact(None)


def test_a_maximized_window_is_maximized_again_after_full_screen(window, qtbot):
    """A window the user had maximized (as it starts on a small screen) comes back maximized, not at
    some smaller size it never had: after View ▸ Full Screen, and after presenting."""
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.full_screen_action.setChecked(True)
    qtbot.waitUntil(window.isFullScreen)
    window.full_screen_action.setChecked(False)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.isMaximized()
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized())
    window.full_screen_action.setChecked(True)
    qtbot.waitUntil(window.isFullScreen)
    window.full_screen_action.setChecked(False)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.isMaximized()
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.isMaximized()
    window.features.presentation.action.trigger()
    window.features.presentation.action.trigger()
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized())
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.isMaximized()
