"""The window shows one plan: its plan area, presence panels, chart and the JSON agree, for every example."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget
from settled import settled

from wxdesk.engine import Scenario, load_preset, preset_ids
from wxdesk.engine.costs import COMPONENTS
from wxdesk.ui import text
from wxdesk.ui.app import get_qapp
from wxdesk.ui.cost_split import CostSplitBar
from wxdesk.ui.desk_split import CHART_FLOOR
from tests.engine.scenario_strategies import scenarios
from wxdesk.ui.scroll_fade import fade_height

pytestmark = pytest.mark.gui

PRESETS = preset_ids()


@pytest.fixture
def window(laptop_window):
    return laptop_window


def show(window, qtbot, preset: str, **changes):
    """Open `preset` (changed by `changes`): its texts are set at once; the desk's divide and what moves with it
    follow a moment later, or once the changes pause (a test that measures them waits for `at_rest`)."""
    window.document.load(load_preset(preset).with_changes(**changes))
    qtbot.wait(40)
    return window.document.evaluation


def fully_visible(widget) -> bool:
    region = widget.visibleRegion().boundingRect()
    return widget.isVisible() and region.height() == widget.height() and region.width() == widget.width()


def at_rest(window, qtbot) -> None:
    """Wait until the desk stops changing: the split that follows new texts (at once, or once the changes pause,
    SETTLE_MS after the last) and the layouts and scroll bars that follow that split.

    Why not a fixed wait: a language switch and an example opened within SETTLE_MS of the window's opening are one
    run of changes, and the desk is split again only at the pause; the split then resizes the accounts' content at
    once and hides their scroll bar a turn of the event loop later (a queued call in Qt), so for that one turn the
    plan's name reached 2 px past the viewport (never painted: the paint comes after the queued call). Checked after
    `show`'s 40 ms, the desk was measured before the pause on an idle machine and, when a loaded one held the event
    loop until the pause, in that turn: "planName" not fully in view, once in a full run of the window tests."""
    area = window.desk_splitter.widget(0)
    summary = window.plan_area.summary
    measured = (summary.name_label, summary.score_label, summary.cost_label, summary.budget_label,
                *(panel.reason_labels[0] for panel in window.presence_panels.values()),
                *(panel.meter.number for panel in window.presence_panels.values()),
                window.chart.plot_widget.viewport())

    def layout() -> tuple:
        return (window.desk_splitter.sizes(), window.desk_compact, area.viewport().size(), area.widget().size(),
                area.verticalScrollBar().maximum(), area.verticalScrollBar().isVisible(),
                *((widget.isVisible(), widget.geometry(), widget.visibleRegion().boundingRect())
                  for widget in measured))

    settled(layout, qtbot)


# A close call: car_brand's owners spending 8 minutes a session, its Channels + Native app at 69.5 and the Mini
# Program beside them at 69.1. (car_brand as it is was the example, 69.7 against 70.4, only while its app's users
# won through ads were priced at WeChat's rate: costs.wechat_door.)
CAR_CLOSE = {"interaction_minutes": 8}


def test_plan_area_panels_chart_and_json_show_the_same_plan_and_the_same_fits(window, qtbot):
    for preset in PRESETS:
        evaluation = show(window, qtbot, preset)
        # The JSON with its sentences in the window's words, so that texts compare one to one.
        data = evaluation.to_dict(lambda reason: text.render_reason(reason, window.document.pack))
        plan = tuple(data["plan"]["presences"])
        summary = window.plan_area.summary
        assert summary.name_label.text() == "The plan: " + text.plan_name(plan), preset
        # One score, written as the three best plans write it (70.7 where a plan that lost reads alike).
        score = text.words(window.document.pack).score_of(evaluation)
        assert summary.score_label.text() == f"Plan score: {score} out of 100"
        assert float(score) == pytest.approx(data["plan"]["score"], abs=0.5)
        assert score in window.plan_area.columns[0].heading.text(), preset
        # The three best plans: the plan first, then the alternatives of the JSON, in its order.
        # (inside the three best plans, which a compact desk folds behind a one-line toggle)
        shown = [c.name_label.text() for c in window.plan_area.columns if c.isVisibleTo(window.plan_area.best_plans)]
        expected = [plan, *(tuple(a["presences"]) for a in data["alternatives"])]
        assert shown == [text.plan_name(p) for p in expected][:3]
        for entry in data["presences"]:
            panel = window.presence_panels[entry["id"]]
            assert panel.meter.number.text() == str(entry["fit"]), (preset, entry["id"])
            assert panel.highlighted == entry["in_plan"] == (entry["id"] in plan)
            assert panel.status.is_badge == entry["in_plan"]
            # The first reason says the presence's place in the plan, as in the JSON.
            assert panel.reason_labels[0].text().endswith(entry["reasons"][0]["text"])
            in_plan = ("in_plan", "in_plan_no_duty", "in_plan_wechat_door", "in_plan_for_weak_goals", "in_plan_chats",
                       "in_plan_chats_one_hour", "in_plan_chats_under_hour")
            assert entry["reasons"][0]["code"] in (in_plan if entry["in_plan"] else (
                "not_in_plan", "not_in_plan_plain", "not_in_plan_tie", "not_in_plan_budget",
                "not_in_plan_budget_further", "not_in_plan_effort", "not_in_plan_effort_more",
                "not_in_plan_effort_less", "not_in_plan_effort_less_budget", "not_in_plan_effort_less_cost",
                "not_in_plan_effort_cost", "not_in_plan_effort_cost_rounding", "not_in_plan_effort_rounding",
                "not_in_plan_effort_less_cheaper",
                "not_in_plan_more_covered_dearer", "ineligible", "ineligible_instead", "no_wechat_audience"))
        # The chart's fit bars are the panels' numbers: one fit per presence, wherever it appears.
        fits = {p["id"]: p["fit"] for p in data["presences"]}
        assert [item.toPlainText() for item in window.chart.fit_texts] == [
            str(fits["native_app"]), str(fits["mini_program"])]
        # A member's role reads the same in the plan area and on its panel.
        for presence in plan:
            role = data["plan"]["roles_text"][presence]
            assert f"{text.presence_name(presence)}: {role}" in summary.roles_text
            assert window.presence_panels[presence].reason_labels[0].text().endswith(role)


def test_the_budget_sentence_uses_the_first_year_figure_shown_beside_it(window, qtbot):
    for preset in PRESETS:
        evaluation = show(window, qtbot, preset)
        summary = window.plan_area.summary
        first_year = text.money(evaluation.plan.first_year.likely)
        # "first year ¥312k (¥190k – ¥478k)", or "first year ¥3,000." where the range reads as one amount
        assert re.search(f"first year {re.escape(first_year)}[ .]", summary.cost_label.text()), preset
        assert f"first-year cost of {first_year}" in summary.budget_label.text(), preset
        data = evaluation.to_dict()  # amounts in whole yuan: the JSON's own first-year figure
        assert data["budget"]["params"]["cost"] == data["plan"]["first_year_cost_cny"]["likely"]


def test_a_plan_that_lost_never_shows_the_plans_own_score(window, qtbot):
    """Two headings reading "PLAN SCORE 71" would leave a client asking why one is the plan."""
    for preset in PRESETS:
        evaluation = show(window, qtbot, preset)
        headings = [c.heading.text().rsplit(" ", 1)[-1] for c in window.plan_area.columns if c.isVisible()]
        for alternative, shown in zip(evaluation.alternatives, headings[1:], strict=False):
            if alternative.score < evaluation.plan.score:
                assert shown != headings[0], (preset, headings)


def test_no_example_shows_a_second_verdict(window, qtbot):
    """The app-or-Mini-Program section is a view of the plan: its choice, the marked curve and
    the marked card are the plan's, and the marked card's cost is the plan's own."""
    for preset in PRESETS:
        evaluation = show(window, qtbot, preset)
        plan = evaluation.plan.presences
        has_app, has_mp = "native_app" in plan, "mini_program" in plan
        choice = "both" if has_app and has_mp else "native_app" if has_app else "mini_program" if has_mp else "neither"
        avm = evaluation.app_or_mini_program
        assert avm.choice == choice, preset
        assert window.recommendation_label.text() == text.render_reason(avm.reason)
        marked = {v for v, card in window.variant_cards.items() if card.badge.isVisibleTo(card)}
        highlighted = {v for v, card in window.variant_cards.items() if card.highlighted}
        assert marked == highlighted == ({choice} - {"neither"}), preset
        chart = window.chart
        legend = [chart.entry_text(label) for _sample, label in chart.legend.items]
        assert [name for name in legend if "(the plan)" in name] == (
            [] if choice == "neither" else [chart.variant_name(choice)])
        if choice != "neither":
            assert avm.variants[choice].presences == plan
            card = window.variant_cards[choice]
            assert card.cost.text().endswith(f"{text.money(evaluation.plan.total.likely)} over "
                                             f"{evaluation.scenario.horizon_years} years")
            assert text.money(evaluation.plan.total.likely) in window.plan_area.summary.cost_label.text()
            assert chart.curves[choice].getData()[1][-1] == pytest.approx(evaluation.plan.total.likely)
        # No panel outside the plan is marked, and the plan column is the plan.
        assert {p for p, panel in window.presence_panels.items() if panel.highlighted} == set(plan)
        assert window.plan_area.columns[0].name_label.text() == text.plan_name(plan)


def test_cost_split_bars_add_up_and_compare_in_length(window, qtbot):
    evaluation = show(window, qtbot, "car_brand")
    plans = (evaluation.plan, *evaluation.alternatives)
    for plan in plans:
        assert sum(plan.breakdown.values()) == pytest.approx(plan.total.likely, abs=1)
    bars = [column.bar for column in window.plan_area.columns]
    longest = max(p.total.likely for p in plans)
    for bar, plan in zip(bars, plans):
        segments = bar.segments()
        assert [c for c, _left, _width in segments] == [c for c in COMPONENTS if plan.breakdown[c] > 0]
        length = sum(width for _c, _left, width in segments)
        assert length == pytest.approx((bar.width() - 2) * plan.total.likely / longest, rel=1e-6)
        for component, _left, width in segments:
            assert width == pytest.approx(length * plan.breakdown[component] / plan.total.likely, rel=1e-6)
    # The legend gives the plan's own split in money, for the parts some bar beside it holds.
    legend = window.plan_area.summary.legend
    for component, label in legend.labels.items():
        held = [plan.breakdown[component] > 0 for plan in plans]
        assert label.isVisibleTo(legend) == any(held), component
        if held[0]:
            assert text.money(evaluation.plan.breakdown[component]) in label.text()


def test_the_legend_gives_the_plans_amount_for_a_part_only_other_plans_hold(window, qtbot):
    """yoga_teacher's plan buys no paid reach, its third plan does: the key names the orange part
    beside that bar as none in the plan (where "¥0" under the orange read as a slip), and the key's amounts add up
    to the plan's cost. (Her Mini Program
    custom-built, as when this was found: rented as a template, mp_template.py, it is in her plan, and none of her
    three plans buys paid reach.)"""
    window.document.load(load_preset("yoga_teacher").with_changes(
        overrides={"mp_template_max_users": {"low": 0, "likely": 0, "high": 0}}))
    qtbot.wait(40)
    evaluation = window.document.evaluation
    assert evaluation.plan.breakdown["reach"] == 0
    assert any(plan.breakdown["reach"] > 0 for plan in evaluation.alternatives)
    legend = window.plan_area.summary.legend
    label = legend.labels["reach"]
    assert label.isVisibleTo(legend)
    assert label.text() == " Paid reach (none in the plan)"
    shown = [c for c, label in legend.labels.items() if label.isVisibleTo(legend)]
    for c in shown:  # (her plan, an Official Account alone here, holds only user acquisition)
        held = round(evaluation.plan.breakdown[c]) > 0
        assert legend.labels[c].text().endswith(text.money(evaluation.plan.breakdown[c]) if held
                                                else " (none in the plan)"), legend.labels[c].text()
    assert any(round(evaluation.plan.breakdown[c]) > 0 for c in shown)


@pytest.mark.parametrize(("preset", "stores"), [("factory_staff", False), ("fitness_coaching", True),
                                               ("car_brand", False)])
def test_the_fees_are_named_with_the_stores_only_for_a_plan_that_pays_them(window, qtbot, preset, stores):
    """factory_staff's three plans (WeCom, a Mini Program, an Official Account) pay no app store:
    its key read "Platform and store fees"; fitness_coaching's plan holds a native app; car_brand's does not, while
    both its alternatives do (its key, which gives the plan's amounts, read "Platform, store and service fees
    ¥3,000")."""
    evaluation = show(window, qtbot, preset)
    plans = (evaluation.plan, *evaluation.alternatives)
    assert ("native_app" in evaluation.plan.presences) == stores
    window.plan_area.summary.show_folded()
    fees = window.plan_area.summary.legend.labels["fees"].text()
    name = "Platform, store and service fees" if stores else "Platform and service fees"
    assert fees == f" {name} {text.money(evaluation.plan.breakdown['fees'])}"
    for column, plan in zip(window.plan_area.columns, plans):
        said = [line for line in column.bar.toolTip().splitlines() if "fees" in line]
        # (A plan that pays no fee, factory_staff's Official Account at ¥0, has no such line: its bar lists its parts.)
        own = "Platform, store and service fees" if "native_app" in plan.presences else "Platform and service fees"
        assert said == ([f"{own} {text.money(plan.breakdown['fees'])}"] if plan.breakdown["fees"] > 0 else [])
    made_of = next(line for line in window.summary_text().splitlines() if line.startswith(("Over ", "All of it")))
    assert ("store and service fees" in made_of) == stores


def test_an_empty_split_draws_an_outline_not_a_bar(qtbot):
    bar = CostSplitBar()
    qtbot.addWidget(bar)
    bar.resize(200, 16)
    bar.show_split(dict.fromkeys(COMPONENTS, 0.0), 0.0)
    assert bar.segments() == []
    bar.show_split({"build": 50.0, "fees": 50.0}, 200.0)
    # Half the widest length, in two equal parts, side by side from the left edge.
    assert [(c, left, w) for c, left, w in bar.segments()] == [("build", 1.0, 49.5), ("fees", 50.5, 49.5)]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", ["car_brand", "fitness_coaching", "bank_care", "factory_staff"])
def test_at_1366_by_768_the_plan_the_panels_first_reasons_and_the_chart_are_in_view(window, qtbot, preset,
                                                                                     language):
    from wxdesk.ui import i18n
    i18n.set_language(language)  # the preferences fixture puts the language back
    # The example opened as a change of its own, as a user chooses it after switching the language (within
    # SETTLE_MS of the switch it would be a step of one run of changes, and the desk split only at its pause).
    at_rest(window, qtbot)
    show(window, qtbot, preset)
    at_rest(window, qtbot)  # the desk split for the new texts, and laid out around that split

    summary = window.plan_area.summary
    for widget in (summary.name_label, summary.score_label, summary.cost_label, summary.budget_label):
        assert fully_visible(widget), widget.objectName()
    for presence, panel in window.presence_panels.items():
        assert fully_visible(panel.reason_labels[0]), presence
        # No wrapped line cut off inside its label (a compact desk folds the key facts away).
        for label in (panel.reason_labels[0], *(f for f in panel.fact_labels if f.isVisibleTo(panel))):
            assert label.height() >= label.heightForWidth(label.width()), (presence, label.text())
        assert fully_visible(panel.meter.number), presence
    # Where the rest of the panels scrolls, the first reasons end above the fade at the edge, whose
    # lower part hides what lies under it (a reader sees no half row of glyphs, only "more below").
    area = window.desk_splitter.widget(0)
    fade = area.viewport().findChild(QWidget, "scrollFade")
    assert fade.isVisible() == (area.verticalScrollBar().maximum() > 0 and fade.height() >= 4)
    if fade.isVisible():
        for presence, panel in window.presence_panels.items():
            first = panel.reason_labels[0]
            assert first.mapTo(area.viewport(), QPoint(0, first.height())).y() <= fade.y(), presence
        # Where the room allows, the fade has its full height.
        if window.desk_splitter.sizes()[0] >= window.desk_needs() - CHART_FLOOR:
            assert fade.height() == fade_height(fade)
    assert fully_visible(window.chart.plot_widget.viewport())  # the view itself is covered by its viewport
    assert window.chart.plot_widget.height() >= 200


def test_the_assumptions_dock_leaves_the_plan_and_the_chart_in_view(window, qtbot):
    """A docked table below the desk takes only what the desk can spare; the plan's name and the chart stay."""
    show(window, qtbot, "car_brand")
    window.features.assumptions.action.setChecked(True)
    at_rest(window, qtbot)  # the dock given its height, the desk split again for what is left
    dock = window.features.assumptions.dock
    assert dock.isVisible() and dock.height() >= 150
    summary = window.plan_area.summary
    for widget in (summary.name_label, summary.score_label):
        assert fully_visible(widget), widget.objectName()
    view = window.chart.plot_widget
    assert view.viewport().visibleRegion().boundingRect().height() == view.viewport().height()
    assert view.height() >= 200
    assert window.desk_compact  # the desk folded to keep its essentials above the chart
    window.features.assumptions.action.setChecked(False)


def test_compact_panels_and_plan_fold_extras_and_unfold_them(window, qtbot):
    show(window, qtbot, "car_brand", **CAR_CLOSE)
    panel = window.presence_panels["service"]
    window.set_desk_compact(False)
    assert panel.reason_labels[1].isVisibleTo(panel) and panel.fact_labels[0].isVisibleTo(panel)
    assert window.plan_area.best_plans.isVisibleTo(window.plan_area)
    window.set_desk_compact(True)
    assert panel.reason_labels[0].isVisibleTo(panel)
    assert not panel.reason_labels[1].isVisibleTo(panel) and not panel.fact_labels[0].isVisibleTo(panel)
    area = window.plan_area
    assert not area.best_plans.isVisibleTo(area) and area.best_plans_toggle.isVisibleTo(area)
    # Its next best is a close call (69.1 against 69.5): folded, its line says so beside its name.
    assert window.document.evaluation.alternatives[0].close_call
    assert area.best_plans_toggle.text().startswith("First alternative, a close call: " + text.plan_name(
        window.document.evaluation.alternatives[0].presences))
    # The second alternative is named as the second ("Next best: A; B" read as one plan of two parts).
    second, third = (text.plan_name(a.presences) for a in window.document.evaluation.alternatives[:2])
    assert area.best_plans_toggle.full_line() == f"First alternative, a close call: {second}; second: {third}"
    area.best_plans_toggle.click()  # the three best plans one click away
    assert area.best_plans.isVisibleTo(area)
    # A new evaluation keeps the panels compact.
    window.document.update(budget_cny=window.document.scenario.budget_cny + 100_000)
    assert not panel.reason_labels[1].isVisibleTo(panel)
    area.best_plans_toggle.click()
    window.set_desk_compact(False)
    assert panel.reason_labels[1].isVisibleTo(panel) and area.best_plans.isVisibleTo(area)


def _toggle_and_two_heads(qtbot):
    """A fold toggle, and the next-best line with one plan and with two (a long plan name first)."""
    from wxdesk.ui.plan_view import FoldToggle
    get_qapp()
    toggle = FoldToggle("test")
    qtbot.addWidget(toggle)
    names = ["Service Account + Official Account (formerly Subscription Account) + Mini Program",
             "Service Account + Mini Program + WeCom"]
    return toggle, ["Next best: " + "; ".join(names[:count]) for count in (1, 2)]


def test_a_folded_line_too_wide_for_its_column_ends_after_a_whole_plan_name(qtbot):
    """The next-best line is cut after the last plan name that fits, with "…", never in the middle of a
    name; its tooltip then gives the whole line. Wide enough, it shows whole."""
    toggle, heads = _toggle_and_two_heads(qtbot)
    toggle.set_line(heads[-1], heads)
    toggle.show()
    metrics = toggle.fontMetrics()
    toggle.resize(metrics.horizontalAdvance(heads[-1]) + 120, 24)
    QApplication.processEvents()
    assert toggle.text() == heads[-1]
    toggle.resize(metrics.horizontalAdvance(heads[0] + " …") + 60, 24)
    QApplication.processEvents()
    assert toggle.text() == heads[0] + " …"
    assert heads[-1] in toggle.toolTip()
    toggle.resize(metrics.horizontalAdvance("Next best: Service"), 24)  # not even one name: cut at the end
    QApplication.processEvents()
    assert toggle.text().startswith("Next best:") and toggle.text().endswith("…")


def test_a_folded_line_is_fitted_once_the_toggle_has_its_width(qtbot):
    """Given its line before it is first shown (as the window is built), the toggle shows it whole: cut
    then, it would be cut at a width it never shows, for nothing. Shown at a width too narrow, it is
    cut after a whole plan name."""
    toggle, heads = _toggle_and_two_heads(qtbot)
    metrics = toggle.fontMetrics()
    toggle.resize(metrics.horizontalAdvance(heads[0] + " …") + 60, 24)
    toggle.set_line(heads[-1], heads)
    assert toggle.text() == heads[-1] and toggle.toolTip() == ""
    toggle.show()
    qtbot.waitExposed(toggle)
    assert toggle.text() == heads[0] + " …"
    assert heads[-1] in toggle.toolTip()


def test_a_folded_line_may_take_a_second_line_rather_than_lose_a_plan(qtbot):
    """Presenting at 1366×768 the next-best line lost its third plan behind "…": allowed two lines, it
    ends the first after a whole plan ("…Mini Program;") and gives the next one whole on the second;
    where two lines are too few, it is cut after a whole plan as before."""
    from wxdesk.ui.plan_view import FoldToggle
    get_qapp()
    toggle = FoldToggle("test", most_lines=2)
    qtbot.addWidget(toggle)
    names = ["Service Account + Official Account (formerly Subscription Account) + Mini Program",
             "Service Account + Mini Program + WeCom",
             "Official Account (formerly Subscription Account) + WeCom + Channels + Native app"]
    heads = ["Next best: " + "; ".join(names[:count]) for count in (1, 2, 3)]
    toggle.set_line(heads[1], heads[:2])
    toggle.show()
    metrics = toggle.fontMetrics()
    toggle.resize(metrics.horizontalAdvance(heads[0] + ";") + 60, 24)
    QApplication.processEvents()
    assert toggle.text() == heads[0] + ";\n" + names[1]
    assert toggle.toolTip() == ""  # nothing left out
    assert toggle.sizeHint().height() >= 2 * metrics.lineSpacing()  # a layout gives it both lines
    toggle.set_line(heads[2], heads)  # three plans: the first two whole, then "…"
    QApplication.processEvents()
    assert toggle.text() == heads[0] + ";\n" + names[1] + " …"
    assert heads[2] in toggle.toolTip()
    toggle.set_most_lines(1)
    assert toggle.text() == heads[0] + " …"
    assert "\n" not in toggle.text()


def test_a_plan_score_below_what_the_plan_covers_says_why_under_the_score(window, qtbot):
    """The plan's score differs from every panel's fit where points are taken off (a budget it exceeds,
    presences to run together): the window then says so beside the score, in the engine's own reasons."""
    window.force_desk_compact(False)  # the full desk whatever the room
    summary = window.plan_area.summary
    seen = set()
    for preset in PRESETS:
        plan = show(window, qtbot, preset).plan
        deducted = any(reason.impact < 0 for reason in plan.reasons)
        seen.add(deducted)
        assert summary.score_reasons_label.isVisibleTo(summary) == deducted
        for reason in plan.reasons if deducted else ():
            assert text.render_reason(reason, window.document.pack) in summary.score_reasons_label.text()
    assert seen == {True, False}  # the examples hold both kinds of plan
    window.force_desk_compact(True)  # folded, the reasons are in the score's tooltip
    assert not summary.score_reasons_label.isVisibleTo(summary)
    window.force_desk_compact(None)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_budget_sentence_gives_its_points_only_where_the_score_lines_do_not(window, qtbot, language):
    """news_publisher's plan read "Less 12 points because the budget covers only 57% …" under its score and, just
    below, "…, which takes 12 points off its score": beside the score's lines the budget's sentence leaves the
    points to them; where the lines fold away (a compact desk), it says them, as the summary copied does."""
    from wxdesk.engine import reasons as R
    from wxdesk.ui import i18n
    i18n.set_language(language)
    try:
        window.force_desk_compact(False)
        summary = window.plan_area.summary
        evaluation = show(window, qtbot, "news_publisher")
        pack = window.document.pack
        budget_line = next(r for r in evaluation.plan.reasons if r.template in R.PLAN_BUDGET_LINES)
        with_points = text.render_reason(evaluation.budget, pack)
        without = text.render_reason(R.budget_beside_score(evaluation.budget), pack)
        points = str(budget_line.params["points"])
        assert points in with_points and points not in without, (with_points, without)
        assert text.render_reason(budget_line, pack) in summary.score_reasons_label.text()
        assert summary.budget_label.text() == without
        window.force_desk_compact(True)  # the score's lines folded into its tooltip
        assert not summary.score_reasons_label.isVisibleTo(summary)
        assert summary.budget_label.text() == with_points
        assert with_points in window.summary_text()
    finally:
        window.force_desk_compact(None)
        i18n.set_language("en")


@pytest.mark.parametrize("preset", ["cross_border_skincare", "car_brand"])
def test_a_panel_shows_the_facts_true_for_the_business_entity(window, qtbot, preset):
    """An overseas company sees the verification fee it pays (the one its reasons and costs use) and no
    yearly review its Mini Program does not have; a Chinese company sees its own."""
    evaluation = show(window, qtbot, preset)
    window.force_desk_compact(False)
    entity = evaluation.scenario.entity
    words = text.words(window.document.pack)
    for presence, panel in window.presence_panels.items():
        info = window.document.pack.accounts.get(presence)
        facts = info.facts if info is not None else ()
        shown = [label.text() for label in panel.fact_labels if label.isVisibleTo(panel)]
        assert shown == ["· " + words.fact(fact) for fact in facts if fact.applies_to(entity)]
    service = [label.text() for label in window.presence_panels["service"].fact_labels
               if label.isVisibleTo(window.presence_panels["service"])]
    fee = "¥693" if entity == "overseas_company" else "¥300"
    assert any(f"({fee} a year)" in line for line in service)
    assert any(f"({fee} a year)" in text.render_reason(r, window.document.pack)
               for r in evaluation.presence("service").reasons)  # the card's reason says the same fee
    window.force_desk_compact(None)


def test_the_best_plans_read_the_same_scores_in_the_window_and_the_handout(window, qtbot):
    """A plan that lost by less than a point reads to a tenth in both; the handout said "Score 71" for
    the plan and for the next best while the window said 70.7 and 70.5."""
    from wxdesk.report.answer import build_answer
    words = text.words(window.document.pack)
    window.force_desk_compact(False)  # the three best plans side by side
    checked = 0
    for preset in PRESETS:
        evaluation = show(window, qtbot, preset)
        answer = build_answer(evaluation, window.document.pack, words, flips={})
        shown = [answer.plan.score_shown, *(a.score_shown for a in answer.alternatives)]
        headings = [column.heading.text() for column in window.plan_area.columns if column.isVisibleTo(window)]
        assert len(headings) == len(shown)
        assert all(heading.endswith(" " + score) for heading, score in zip(headings, shown))
        # and the reasons under them say the same scores ("Scores 70.5 against the plan's 70.7")
        for alternative, score in zip(evaluation.alternatives, shown[1:]):
            for reason in alternative.why_not:
                if reason.code == "why_not_lower":
                    line = text.render_reason(reason, window.document.pack)
                    assert f"{score} " in line and f"{shown[0]}." in line, line
                    checked += 1
    assert checked
    window.force_desk_compact(None)


def test_a_ruled_out_variant_has_no_score_and_a_member_is_never_marked_against(window, qtbot):
    """fitness_coaching needs the background and phone hardware: the Mini Program variant cannot carry
    them, so its card says it is ruled out (no "Plan score 0"); and what tells against the app the plan
    holds reads as a point to watch (!), as the handout marks it, not as a verdict (−)."""
    evaluation = show(window, qtbot, "fitness_coaching")
    avm = evaluation.app_or_mini_program
    ruled_out = [key for key, ok in avm.admissible.items() if not ok]
    assert ruled_out
    for key, card in window.variant_cards.items():
        assert card.cost.text().startswith("Ruled out ·") == (key in ruled_out), card.cost.text()
    for presence, panel in window.presence_panels.items():
        result = evaluation.presence(presence)
        # Every reason, those beyond the card's room too, is in its tooltip with its mark.
        marks = {line[:1] for line in panel.toolTip().split("\n") if line}
        if result.in_plan:
            assert "−" not in marks, presence
    app = evaluation.presence("native_app")
    assert app.in_plan and any(r.impact < 0 for r in app.reasons)
    assert "!" in {line[:1] for line in window.presence_panels["native_app"].toolTip().split("\n")}


def test_plan_texts_say_a_single_amount_once_one_year_as_one_and_what_a_plan_adds_or_drops(window, qtbot):
    # factory_staff's costs have no spread: the window says "¥9,000 over 3 years", as the handout does.
    evaluation = show(window, qtbot, "factory_staff")
    cost = window.plan_area.summary.cost_label.text()
    likely = text.money(evaluation.plan.total.likely)
    assert cost.count(likely) == 1 and "(" not in cost.split(";")[0], cost
    # A one-year horizon reads "over 1 year" wherever the window names the horizon.
    window.document.update(horizon_years=1)
    qtbot.wait(40)
    window.plan_area.show_folded()  # the plans' heading, where a compact desk folds it
    shown = " ".join([window.plan_area.summary.cost_label.text(), window.chart.break_even_label.text(),
                      window.plan_area.plans_title.text()])
    assert "1 years" not in shown.lower() and "over 1 year" in shown.lower(), shown
    # Over one year the first year is the whole cost: the plan's cost is said once.
    one_year = window.document.evaluation
    assert window.plan_area.summary.cost_label.text().count(text.money(one_year.plan.total.likely)) == 1
    assert "first year" not in window.plan_area.summary.cost_label.text()
    # The plans beside the best say what they add with "a" and what they drop as the best's own.
    evaluation = show(window, qtbot, "car_brand")
    best = evaluation.plan.presences
    for column, alternative in zip(window.plan_area.columns[1:], evaluation.alternatives):
        change = column.change_label.text()
        added = [p for p in alternative.presences if p not in best]
        dropped = [p for p in best if p not in alternative.presences]
        for presence in added:
            assert text.term("a:" + presence) in change, change
        for presence in dropped:
            assert text.term("the:" + presence) in change, change
        if added and dropped:
            assert "; drops " in change, change


def test_a_panel_title_sets_its_former_name_apart_as_its_language_does():
    from wxdesk.ui.account_panel import title_html
    # English sets "(formerly …)" after a space; a full-width bracket carries its own (公众号（原订阅号）).
    assert title_html("Official Account (formerly Subscription Account)").startswith("Official Account <span")
    assert title_html("公众号（原订阅号）").startswith("公众号<span")
    assert "（原订阅号）</span>" in title_html("公众号（原订阅号）")
    assert title_html("WeCom") == "WeCom"


def _plan_texts(area) -> list[tuple[str, str, str]]:
    """What the plan area says that its moves may keep from the move before: each label's and toggle's text
    and tooltip, with the score's reasons as the compact look keeps them."""
    summary = area.summary
    shown = [(label.objectName(), label.text(), label.toolTip())
             for label in (summary.name_label, summary.score_label, summary.score_reasons_label,
                           summary.roles_label, summary.budget_label, area.plans_title)]
    return shown + [(toggle.objectName(), toggle.full_line(), toggle.toolTip())
                    for toggle in (area.timeline_toggle, area.best_plans_toggle)]


_PACK = None


def _evaluated(scenario):
    global _PACK
    from wxdesk.engine import evaluate, load_datapack
    _PACK = _PACK or load_datapack()
    return evaluate(scenario, _PACK)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=scenarios, second=scenarios, kept=st.sampled_from([0, 1, None]))
def test_after_any_scenario_the_plan_says_what_a_plan_drawn_afresh_says(qtbot, first, second, kept):
    """The roles, the timeline's line, the best plans' title and folded line, and the score's reasons in one
    line are written again only where what they say changed (an audience step mostly changes figures alone):
    after any scenario and any other, each reads as on a plan area that showed only the second."""
    from wxdesk.ui.plan_view import PlanArea
    get_qapp()
    _evaluated(first)  # (the pack loaded)
    moved, fresh = PlanArea(_PACK), PlanArea(_PACK)
    for area in (moved, fresh):
        qtbot.addWidget(area)
        area.set_compact(True)
        area.summary.keep_score_reasons(kept)  # presenting on a small screen keeps one line
    moved.show_evaluation(_evaluated(first))
    moved.show_evaluation(_evaluated(second), in_drag=True)
    fresh.show_evaluation(_evaluated(second))
    assert _plan_texts(moved) == _plan_texts(fresh)


def test_an_audience_step_writes_again_only_the_plan_sentences_whose_words_changed(qtbot, monkeypatch):
    """At a budget the plan exceeds, an audience step changes the plan's figures and the points its budget
    takes, not its members, their roles or its timeline: those sentences are not written again, nor the score's
    reasons in one line that only a compact look presenting on a small screen shows."""
    from wxdesk.engine import Scenario
    from wxdesk.engine.results import PlanResult
    from wxdesk.ui import plan_view
    get_qapp()
    _evaluated(Scenario())  # (the pack loaded)
    area = plan_view.PlanArea(_PACK)
    qtbot.addWidget(area)
    area.set_compact(True)
    before, after = (_evaluated(Scenario(budget_cny=10_000, audience=audience)) for audience in (200_000, 210_000))
    assert before.plan.presences == after.plan.presences and before.plan.roles == after.plan.roles
    assert before.plan.timeline == after.plan.timeline and before.plan.reasons != after.plan.reasons
    assert any(reason.impact < 0 for reason in after.plan.reasons)  # points taken off: a one line to write
    area.show_evaluation(before)
    written = []
    monkeypatch.setattr(plan_view, "timeline_lines", lambda *a: written.append("timeline") or ("",))
    monkeypatch.setattr(plan_view, "score_in_one_line", lambda *a: written.append("one line"))
    monkeypatch.setattr(PlanResult, "role_reason", lambda *a: written.append("role"))
    area.show_evaluation(after, in_drag=True)
    assert area.summary.cost_label.text() != "" and written == []



def test_wecoms_role_line_follows_the_audience_where_its_staff_serve_by_chat(qtbot):
    """The hours a month WeCom's staff spend in chats follow the audience: an audience step that leaves the
    plan and its roles as they were writes the line again, with the new hours and the new staff part."""
    from wxdesk.engine import Scenario
    from wxdesk.ui import plan_view
    get_qapp()
    # (Its Mini Program custom-built: rented as a template, mp_template.py, it takes the orders beside WeCom.)
    shop = {"goals": ("sell", "relationship"), "needs": ("payments",), "budget_cny": 50_000,
            "overrides": {"mp_template_max_users": {"low": 0, "likely": 0, "high": 0}}}
    # (2,000 users: at 5,000 the chats' near full-time person weighs more than a Mini Program to run.)
    before, after = (_evaluated(Scenario(audience=audience, **shop)) for audience in (2_000, 2_040))
    assert before.plan.presences == after.plan.presences == ("wecom",) and before.plan.roles == after.plan.roles
    area = plan_view.PlanArea(_PACK)
    qtbot.addWidget(area)
    area.show_evaluation(before)
    assert "about 75 staff hours a month" in area.summary.roles_label.text()  # 2,000 x 0.9 x 2.5 minutes / 60
    area.show_evaluation(after)
    assert "about 76 staff hours a month" in area.summary.roles_label.text()  # 2,040 x 0.9 x 2.5 / 60 = 76.5


@pytest.mark.parametrize("preset", ["car_brand", "food_ordering"])
def test_the_folded_best_plans_say_a_close_call_only_for_one(window, qtbot, preset):
    show(window, qtbot, preset, **(CAR_CLOSE if preset == "car_brand" else {}))
    window.set_desk_compact(True)
    evaluation = window.document.evaluation
    second, third = (text.plan_name(a.presences) for a in evaluation.alternatives[:2])
    close = evaluation.alternatives[0].close_call
    assert close == (preset == "car_brand")
    lead = "First alternative, a close call" if close else "First alternative"
    assert window.plan_area.best_plans_toggle.full_line() == f"{lead}: {second}; second: {third}"
    # A move that ends the close call names the next best plainly again (the line follows the call, not the names
    # alone). The pack's own figure decides it.
    window.document.update(overrides={**evaluation.scenario.overrides, "close_call_points": 0 if close else 50})
    assert window.plan_area.best_plans_toggle.full_line().startswith("First alternative: " if close
                                                                     else "First alternative, a close call: ")
    window.set_desk_compact(False)


def test_the_copied_summary_says_who_when_the_alternatives_and_the_figures_set_for_the_scenario(window, qtbot):
    """Copy summary left out the client, when the plan can be live, the two alternatives and the figures the
    scenario set: after "Build a custom Mini Program" was set to ¥50M the pasted lines showed another plan with no
    hint why."""
    from wxdesk.words.summary import cost_sentence
    from wxdesk.words.timeline import live_text
    evaluation = show(window, qtbot, "car_brand", overrides={"content_per_message_cny": 100.0})
    words = text.words(window.document.pack)
    lines = window.summary_text().splitlines()
    assert lines[0] == evaluation.scenario.client
    assert live_text(evaluation.plan.timeline.weeks, words) in lines
    for alt in evaluation.alternatives:
        line = next(line for line in lines if line.endswith(cost_sentence(alt, evaluation.scenario.horizon_years,
                                                                          words)))
        assert words.plan(alt.presences) in line and words.score_of(evaluation, alt) in line
    assert lines[-1] == "Figures set for this scenario: Producing one article broadcast (writing, layout, images)."
    window.document.load(load_preset("car_brand"))
    qtbot.wait(40)
    assert not any(line.startswith("Figures set") for line in window.summary_text().splitlines())


def test_the_goals_the_plan_is_weak_at_stay_under_it_in_every_look(window, qtbot):
    """The compact look leaves each member's role to its panel, but nothing there says what the plan does badly:
    presenting, the watch brand's desk dropped "The plan is weak at 1:1 contact and customer groups", which its
    handout and long image print on their first page."""
    window.document.load(Scenario().with_changes(
        name="Swiss watch brand", budget_cny=250_000, audience=8_000, china_share=0.35, goals=["sell", "relationship"],
        entity="overseas_company"))
    qtbot.wait(40)
    evaluation = window.document.evaluation
    assert evaluation.plan.weak_goals is not None
    weak = text.render_reason(evaluation.plan.weak_goals, window.document.pack)
    summary = window.plan_area.summary
    roles = [f"{text.presence_name(p)}: " for p in evaluation.plan.presences]
    window.set_desk_compact(False)
    assert summary.roles_label.isVisibleTo(summary) and weak in summary.roles_label.text()
    assert all(role in summary.roles_label.text() for role in roles)
    window.set_desk_compact(True)
    assert summary.roles_label.isVisibleTo(summary) and summary.roles_label.text() == weak
    # The copied summary and the plan's description still give every role.
    assert summary.roles_text == "\n".join([*(r for r in summary.roles_text.split("\n") if r != weak), weak])
    assert all(role in summary.roles_text for role in roles)
    # A plan weak at nothing leaves the compact look without the line.
    plain = show(window, qtbot, "food_ordering")
    assert plain.plan.weak_goals is None
    assert not summary.roles_label.isVisibleTo(summary)
    window.set_desk_compact(False)
    assert summary.roles_label.isVisibleTo(summary) and summary.roles_label.text() == summary.roles_text
