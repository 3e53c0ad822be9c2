"""The assumptions table: edits become scenario overrides, survive save/open, and reset to the pack."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from wxdesk.engine import evaluate, load_datapack, scenario_from_json
from wxdesk.engine.packs import remove_imported_pack, user_pack_path
from wxdesk.paths import resource_path
from wxdesk.ui.app import get_qapp
from wxdesk.ui.assumptions import (AVERAGE, EDITED_ROLE, GROUP, HIGH, LIKELY, LOW, SHOW_EDITED, SHOW_STALE, SOURCE,
                                   STALE_ROLE, AssumptionsModel, AssumptionsPanel)
from wxdesk.ui.document import ScenarioDocument

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 24)
# An imported pack cannot be dated after the real today (and today is never before the bundled pack).
# The bundled pack's release, and a later day for a newer pack imported over it.
RELEASED = load_datapack().released
NEWER = max(dt.date.today(), dt.date.fromisoformat(RELEASED) + dt.timedelta(days=1)).isoformat()


@pytest.fixture
def document(car_brand_document):
    return car_brand_document


@pytest.fixture
def panel(qtbot, document):
    widget = AssumptionsPanel(document, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def row_of(model: AssumptionsModel, figure_id: str) -> int:
    return next(r for r in range(model.rowCount()) if model.figure_id(r) == figure_id)


def app_total(evaluation) -> float:
    """The likely cost of the plan with a native app (the chart's app curve)."""
    return evaluation.app_or_mini_program.variants["native_app"].total.likely


def test_model_passes_qt_model_tester(qtmodeltester, document):
    model = AssumptionsModel(document, TODAY)
    qtmodeltester.check(model)
    assert model.rowCount() == len(document.pack.figures)


def test_filter_model_passes_qt_model_tester(qtmodeltester, panel):
    panel.search.setText("app")
    qtmodeltester.check(panel.proxy)


def test_the_average_column_is_the_value_the_likely_cost_takes_and_follows_an_edit(panel, document):
    """Each row's average is the mean of its low, likely and high, the figure a plan's likely cost takes: for a user
    won through ads, (0.5 + 3 + 20) / 3 = 7.833, where the likely value is 3. It is read only, and follows an edit."""
    model = panel.model
    row = row_of(model, "mp_cost_per_user_cny")
    figure = document.pack.figures["mp_cost_per_user_cny"]
    assert (figure.low, figure.likely, figure.high) == (0.5, 3, 20)
    assert model.data(model.index(row, AVERAGE)) == "7.833"
    assert not model.flags(model.index(row, AVERAGE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(row, AVERAGE), "5")
    assert model.setData(model.index(row, HIGH), "5.5")
    assert model.data(model.index(row, AVERAGE)) == "3"  # (0.5 + 3 + 5.5) / 3
    # None beside a figure no cost takes: the fit reads a Mini Program session at its likely length.
    session = row_of(model, "mp_session_min")
    assert document.pack.figures["mp_session_min"].is_range and model.data(model.index(session, AVERAGE)) == ""
    assert document.scenario.overrides["mp_cost_per_user_cny"] == {"low": 0.5, "likely": 3, "high": 5.5}


def test_editing_a_value_changes_the_evaluation_and_survives_save_and_open(panel, document):
    model = panel.model
    row = row_of(model, "app_build_cny")
    before = app_total(document.evaluation)
    assert model.setData(model.index(row, LIKELY), "900,000")

    assert document.scenario.overrides["app_build_cny"] == {"low": 200_000, "likely": 900_000, "high": 1_000_000}
    assert app_total(document.evaluation) > before
    assert model.data(model.index(row, 0), EDITED_ROLE) is True
    assert model.data(model.index(row, 0)).startswith("✎ ")
    assert model.data(model.index(row, LIKELY)) == "900,000"
    assert load_datapack().figures["app_build_cny"].likely == 450_000  # the pack is untouched

    # Save and open: the file carries the override and gives the same evaluation.
    reopened = scenario_from_json(document.scenario.to_json(), document.pack.figures)
    assert reopened == document.scenario
    assert app_total(evaluate(reopened, document.pack)) == app_total(document.evaluation)
    fresh = AssumptionsModel(ScenarioDocument(reopened), TODAY)
    assert fresh.data(fresh.index(row, LIKELY)) == "900,000"
    assert fresh.is_edited(row)


def test_editing_through_the_table_like_a_user(qtbot, panel, document):
    panel.show()
    qtbot.waitExposed(panel)
    row = row_of(panel.model, "mp_build_cny")
    index = panel.proxy.mapFromSource(panel.model.index(row, HIGH))
    panel.table.scrollTo(index)
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    editor = panel.table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "350000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits a Return on the next pass of the event loop.
    qtbot.waitUntil(lambda: "mp_build_cny" in document.scenario.overrides)
    assert document.scenario.overrides["mp_build_cny"]["high"] == 350_000
    assert "1 figure changed" in panel.status.text()


def test_reset_one_and_reset_all_restore_the_pack_values(panel, document):
    model = panel.model
    original = app_total(document.evaluation)
    for fid, value in (("app_build_cny", "700000"), ("app_cost_per_install_cny", "20")):
        assert model.setData(model.index(row_of(model, fid), LIKELY), value)
    assert set(document.scenario.overrides) == {"app_build_cny", "app_cost_per_install_cny"}

    build_row = row_of(model, "app_build_cny")
    panel.table.selectRow(panel.proxy.mapFromSource(model.index(build_row, 0)).row())
    assert panel.reset_button.isEnabled()
    panel.reset_selected()
    assert set(document.scenario.overrides) == {"app_cost_per_install_cny"}
    assert model.data(model.index(build_row, LIKELY)) == "450,000"
    assert not model.is_edited(build_row)

    assert panel.reset_all_button.isEnabled()
    panel.reset_all()
    assert document.scenario.overrides == {}
    assert app_total(document.evaluation) == original
    assert not panel.reset_all_button.isEnabled()


def test_an_edit_is_one_undo_step(panel, document):
    model = panel.model
    row = row_of(model, "yearly_replacement")
    model.setData(model.index(row, LOW), "0.8")
    assert "yearly_replacement" in document.scenario.overrides
    document.undo_stack.undo()
    assert document.scenario.overrides == {}
    assert not model.is_edited(row)
    document.undo_stack.redo()
    assert model.is_edited(row)


def test_an_edit_and_a_reset_are_named_by_their_figure_in_the_undo_history(panel, document):
    """Edit ▸ Undo read "Undo Change scenario" for an edited figure and for its reset alike."""
    model = panel.model
    row = row_of(model, "yearly_replacement")
    label = document.pack.figures["yearly_replacement"].label
    model.setData(model.index(row, LOW), "0.8")
    assert document.undo_stack.undoText() == f"Change “{label}”"
    panel.table.selectRow(panel.proxy.mapFromSource(model.index(row, 0)).row())
    panel.reset_selected()
    assert document.undo_stack.undoText() == f"Reset “{label}”"
    model.setData(model.index(row, LOW), "0.8")
    panel.reset_all()
    assert document.undo_stack.undoText() == "Reset figures"


def test_edits_keep_low_likely_high_in_order(panel, document):
    model = panel.model
    row = row_of(model, "mp_cost_per_user_cny")  # 0.5 / 3 / 20
    model.setData(model.index(row, LOW), "25")
    assert document.scenario.overrides["mp_cost_per_user_cny"] == {"low": 25, "likely": 25, "high": 25}
    model.setData(model.index(row, HIGH), "10")
    assert document.scenario.overrides["mp_cost_per_user_cny"] == {"low": 10, "likely": 10, "high": 10}


def test_a_fixed_figure_stays_fixed_when_its_value_changes(panel, document):
    model = panel.model
    row = row_of(model, "service_broadcasts_per_month")
    model.setData(model.index(row, LIKELY), "1")
    assert document.scenario.overrides["service_broadcasts_per_month"] == {"low": 1, "likely": 1, "high": 1}
    # Typing the pack's own value again is no edit at all.
    model.setData(model.index(row, LIKELY), "4")
    assert "service_broadcasts_per_month" not in document.scenario.overrides


NOT_A_NUMBER, DECIMAL_COMMA = "not a number wxdesk can use", "write decimals with a point"


# A comma that does not group thousands is refused with how to write decimals: "1,5" became 15 with no word.
@pytest.mark.parametrize("typed, said", [*((t, NOT_A_NUMBER) for t in ("abc", "-5", "", "nan", "1e999")),
                                         *((t, DECIMAL_COMMA) for t in ("1,5", "0,25", "1,50,000", "12,3456"))])
def test_bad_input_is_refused_in_plain_words(panel, document, typed, said):
    model = panel.model
    before = document.scenario
    assert not model.setData(model.index(row_of(model, "app_build_cny"), LIKELY), typed)
    assert document.scenario == before
    assert said in panel.status.text()


@pytest.mark.parametrize("typed, value", [("450,000", 450_000), ("1,234.5", 1234.5), ("450，000", 450_000),
                                          (" 7 ", 7), ("0.2", 0.2)])
def test_thousands_grouped_with_commas_are_read(typed, value):
    from wxdesk.ui.assumptions import parse_value
    assert parse_value(typed) == value


def test_old_sources_are_flagged_as_possibly_stale(panel, document):
    model = panel.model
    old = row_of(model, "moments_cpm_cny")       # source dated 2019
    fresh = row_of(model, "mp_build_cny")         # source dated 2026
    assert model.data(model.index(old, 0), STALE_ROLE) is True
    assert model.data(model.index(fresh, 0), STALE_ROLE) is False
    assert "out of date" in model.data(model.index(old, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(old, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(fresh, 0), Qt.ItemDataRole.DecorationRole) is None
    expected = {f.id for f in document.pack.stale_figures(TODAY)}
    assert {model.figure_id(r) for r in range(model.rowCount()) if model.is_stale(r)} == expected
    # Seen from 2020, a 2019 source is still fresh.
    early = AssumptionsModel(document, dt.date(2020, 1, 1))
    assert not early.is_stale(old)


def test_source_url_and_note_on_hover(panel):
    model = panel.model
    row = row_of(model, "service_broadcasts_per_month")
    tip = model.data(model.index(row, SOURCE), Qt.ItemDataRole.ToolTipRole)
    assert "developers.weixin.qq.com" in tip
    assert "4 per calendar month" in tip  # the note on conflicting sources


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_source_is_named_as_the_handout_names_it(panel, document, language):
    """A Chinese window's table named its sources in the pack's English ("WeChat Service Account docs (服务号), Batch
    Sends; official community post…") where the Chinese handout beside it read 微信服务号开发文档：群发接口. The
    table's Source column is the appendix's source for every figure, in the window's language; the pack's own text
    stays in the cell's tooltip."""
    from wxdesk.report.assumptions import groups
    from wxdesk.ui import i18n, text
    i18n.set_language(language)
    try:
        model, words = panel.model, text.words(document.pack)
        appendix = {(label.removesuffix(" *"), source) for group in groups(document.pack, words)
                    for label, _value, source, _date in group.rows}
        for row in range(model.rowCount()):
            figure = document.pack.figures[model.figure_id(row)]
            shown = model.data(model.index(row, SOURCE), Qt.ItemDataRole.DisplayRole)
            assert (words.label(figure), shown) in appendix, (figure.id, shown)
            assert figure.source in html.unescape(model.data(model.index(row, SOURCE), Qt.ItemDataRole.ToolTipRole))
        row = row_of(model, "service_broadcasts_per_month")
        shown = model.data(model.index(row, SOURCE), Qt.ItemDataRole.DisplayRole)
        if language == "zh_CN":
            assert "微信服务号开发文档" in shown and "Batch Sends" not in shown, shown
        else:
            assert "Batch Sends" in shown, shown
    finally:
        i18n.set_language("en")


def test_search_and_group_filter(panel, document):
    proxy = panel.proxy
    panel.search.setText("install")
    shown = {proxy.data(proxy.index(r, 0), Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount())}
    assert "app_cost_per_install_cny" in shown and "mp_build_cny" not in shown
    panel.search.setText("")
    assert proxy.rowCount() == len(document.pack.figures)

    panel.group.setCurrentIndex(panel.group.findData("acquisition"))
    assert 0 < proxy.rowCount() < len(document.pack.figures)
    assert all(proxy.data(proxy.index(r, GROUP)) == panel.group.currentText() for r in range(proxy.rowCount()))

    panel.group.setCurrentIndex(panel.group.findData(SHOW_STALE))
    assert proxy.rowCount() == len(document.pack.stale_figures(TODAY))

    panel.group.setCurrentIndex(panel.group.findData(SHOW_EDITED))
    assert proxy.rowCount() == 0
    panel.model.setData(panel.model.index(row_of(panel.model, "mp_build_cny"), LIKELY), "90000")
    assert proxy.rowCount() == 1


# ------------------------------------------------------------- in the window

@pytest.fixture
def window(qtbot):
    get_qapp()
    remove_imported_pack()
    from wxdesk.ui import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    remove_imported_pack()


def test_window_has_the_menus_and_docks(window):
    features = window.features
    assert features.assumptions.action in window.view_menu.actions()
    assert features.sensitivity.action in window.view_menu.actions()
    file_actions = window.file_menu.actions()
    assert file_actions.index(features.pack_import.import_action) < file_actions.index(window.quit_action)
    features.assumptions.action.trigger()
    assert features.assumptions.dock.isVisibleTo(window)
    # Flip-point sentences sit in the controls, under their sliders.
    for label in features.flip_labels.labels.values():
        assert window.controls.isAncestorOf(label)


def test_an_invalid_pack_import_is_refused_and_nothing_changes(window, tmp_path):
    from wxdesk.ui.pack_import import import_data_pack
    broken = tmp_path / "broken.toml"
    broken.write_text(resource_path("datapack.toml").read_text(encoding="utf-8")
                      .replace(f'released = "{RELEASED}"', f'released = "{NEWER}"')
                      .replace("likely = 450000", "likely = -1", 1), encoding="utf-8")
    pack, scenario, evaluation = window.document.pack, window.document.scenario, window.document.evaluation
    assert import_data_pack(window, str(broken)) is None
    assert window.document.pack is pack
    assert window.document.scenario == scenario and window.document.evaluation is evaluation
    assert not user_pack_path().exists()


def test_a_valid_pack_import_is_used_and_dated(window, tmp_path):
    from wxdesk.ui.pack_import import import_data_pack, pack_description
    newer = tmp_path / "newer.toml"
    newer.write_text(resource_path("datapack.toml").read_text(encoding="utf-8")
                     .replace(f'released = "{RELEASED}"', f'released = "{NEWER}"')
                     .replace("likely = 450000", "likely = 600000", 1), encoding="utf-8")
    before = app_total(window.document.evaluation)
    pack = import_data_pack(window, str(newer))
    assert pack is not None and pack.released == NEWER
    day = dt.date.fromisoformat(NEWER)
    assert f"{day.day} {day:%B} {day.year}" in pack_description(pack) and "imported" in pack_description(pack)
    if hasattr(window.document, "set_pack"):
        assert window.document.pack.released == NEWER
        assert app_total(window.document.evaluation) > before


def test_a_new_pack_without_an_overridden_figure_drops_that_override(window, tmp_path, monkeypatch):
    from wxdesk.ui import pack_import
    from wxdesk.ui.pack_import import import_data_pack
    told: list[tuple[str, str, bool]] = []
    monkeypatch.setattr(pack_import, "tell", lambda parent, title, message, warning=False:
                        told.append((title, message, warning)))
    document = window.document
    document.set_scenario(document.scenario.with_changes(
        overrides={"app_session_min": {"low": 5, "likely": 6, "high": 9},
                   "app_build_cny": {"low": 1e5, "likely": 2e5, "high": 3e5}}))
    source = resource_path("datapack.toml").read_text(encoding="utf-8")
    start = source.index("[figures.app_session_min]")
    end = source.index("[figures.", start + 10)
    newer = tmp_path / "newer.toml"
    newer.write_text((source[:start] + source[end:]).replace(f'released = "{RELEASED}"', f'released = "{NEWER}"'),
                     encoding="utf-8")
    assert import_data_pack(window, str(newer)) is not None
    assert document.pack.released == NEWER
    assert set(document.scenario.overrides) == {"app_build_cny"}
    assert document.is_modified
    # Said, where the log alone had it: the import's message names the dropped change, as a warning.
    (title, message, warning), = told
    assert warning and message.endswith(
        "Your scenario's changes to “app_session_min” were dropped: this data pack has no such figures.")
    panel = window.features.assumptions.dock.panel
    assert panel.model.rowCount() == len(document.pack.figures)


def test_delete_key_resets_the_selected_figure(qtbot, panel, document):
    panel.show()
    qtbot.waitExposed(panel)
    model = panel.model
    row = row_of(model, "app_build_cny")
    model.setData(model.index(row, LIKELY), "700000")
    panel.table.setFocus()
    panel.table.selectRow(panel.proxy.mapFromSource(model.index(row, 0)).row())
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "app_build_cny" not in document.scenario.overrides


def test_open_docks_are_open_again_next_time(qtbot):
    get_qapp()
    from PySide6.QtCore import QSettings

    from wxdesk.ui import MainWindow
    QSettings().remove("docks")
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    assert not first.features.sensitivity.built, "a dock not open at start is built when first shown"
    first.features.sensitivity.action.trigger()
    assert first.features.sensitivity.dock.isVisible()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    # Open docks are built again right after the first paint.
    qtbot.waitUntil(lambda: second.features.sensitivity.built and second.features.sensitivity.dock.isVisible())
    assert not second.features.assumptions.built
    second.features.sensitivity.action.trigger()
    second.close()
    assert not QSettings().value("docks/sensitivityDock/visible", False, type=bool)


@pytest.mark.parametrize("figure_id, typed", [
    ("install_conversion", "0"),      # the model divides by it
    ("session_spread", "0"),
    ("session_pivot_min", "0"),       # the model takes its logarithm
])
def test_a_value_the_model_cannot_use_is_refused(panel, document, figure_id, typed):
    model = panel.model
    before = document.scenario
    assert not model.setData(model.index(row_of(model, figure_id), LIKELY), typed)
    assert document.scenario == before
    # The shared rule (wxdesk.engine.figure_limits) names the range the figure may take.
    assert "must be more than 0" in panel.status.text()


def test_a_range_reaching_a_value_the_model_cannot_use_is_refused(panel, document):
    model = panel.model
    row = row_of(model, "first_open_rate")  # fixed at 0.9: widening it down to 0 breaks the low end
    assert not model.setData(model.index(row, LOW), "0")
    assert "first_open_rate" not in document.scenario.overrides
    assert model.setData(model.index(row, LOW), "50%")  # (a share is typed as its cell shows it: 90%)
    assert document.scenario.overrides["first_open_rate"]["low"] == 0.5


def test_the_model_check_refuses_an_edit_it_cannot_compute_with_and_tries_only_the_edited_figure(monkeypatch):
    """An edit is tried at both ends of the edited figure's range (a conversion of 0 divides by zero);
    the other figures keep their ranges, so their ends are not tried again on every edit."""
    from wxdesk.engine import load_datapack, load_preset
    from wxdesk.engine.scenario import with_override
    from wxdesk.ui import assumptions
    pack, scenario = load_datapack(), load_preset("bank_care")
    assert not assumptions.model_holds(with_override(scenario, "first_open_rate", 0.0, 0.5, 0.9), pack,
                                       "first_open_rate")
    held = []
    real = assumptions.hold_figure
    monkeypatch.setattr(assumptions, "hold_figure", lambda p, fid, value: (held.append(fid), real(p, fid, value))[1])
    assert assumptions.model_holds(with_override(scenario, "app_cost_per_install_cny", 3, 10, 40), pack,
                                   "app_cost_per_install_cny")
    assert held == ["app_cost_per_install_cny"] * 2


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("width", [1350, 1000])
def test_figures_and_units_are_whole_and_source_takes_the_rest(qtbot, document, language, width):
    """Figure was fixed at 330 px and Unit at 96: "Service Account broadcasts per follower per mo…" and
    "messages/m…" were cut while Source had hundreds of empty pixels."""
    from wxdesk.ui import i18n
    from wxdesk.ui.assumptions import FIGURE, SOURCE, SOURCE_LEAST_CHARACTERS, UNIT
    try:
        i18n.set_language(language)
        panel = AssumptionsPanel(document)
        qtbot.addWidget(panel)
        panel.resize(width, 300)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.wait(20)
        table, model = panel.table, panel.table.model()
        header, metrics = table.horizontalHeader(), table.fontMetrics()

        def fits(column: int, row: int) -> bool:
            from PySide6.QtWidgets import QStyle
            index = model.index(row, column)
            shown = metrics.horizontalAdvance(index.data())
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:  # (the ⚠ of a figure that may be out of date)
                shown += table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 4
            return shown <= header.sectionSize(column) - 6  # (the cell's margins)

        assert all(fits(UNIT, row) for row in range(model.rowCount()))
        # The pack's first figure ("Service Account broadcasts per follower per month"): a name of usual length.
        assert fits(FIGURE, 0), model.index(0, FIGURE).data()
        assert header.sectionSize(SOURCE) >= metrics.averageCharWidth() * SOURCE_LEAST_CHARACTERS // 2
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("typed", ["1e-320", "0.0000001", "5e-7"])
def test_a_figure_too_small_to_show_is_refused_in_plain_words(panel, document, typed):
    """1e-320 was taken and shown as "0.000…0001", 320 digits wide."""
    model = panel.model
    before = document.scenario
    assert not model.setData(model.index(row_of(model, "app_build_cny"), LIKELY), typed)
    assert document.scenario == before
    assert "too small" in panel.status.text()


def test_zero_and_a_millionth_are_taken(panel, document):
    from wxdesk.ui.assumptions import SMALLEST_FIGURE
    model = panel.model
    row = row_of(model, "app_build_cny")
    assert model.setData(model.index(row, LOW), str(SMALLEST_FIGURE))
    assert model.values(row)["low"] == SMALLEST_FIGURE


def test_a_rate_that_only_converts_what_is_shown_is_not_a_scenario_figure(panel, document):
    """Editing "Exchange rate, CNY per EUR" marked the figure changed and changed nothing shown: the amounts shown in
    euros take Preferences' rate, and the costs none. It is shown, not edited, and says where it is set."""
    from wxdesk.ui.assumptions import DISPLAY_RATES, PRICING_RATES
    model = panel.model
    assert "eur_cny" in DISPLAY_RATES and "usd_cny" in PRICING_RATES  # (the costs price dollar fees with usd_cny)
    eur = model.index(row_of(model, "eur_cny"), LIKELY)
    assert not model.flags(eur) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(eur, "3.9")
    assert "eur_cny" not in document.scenario.overrides
    assert "Preferences" in model.data(eur, Qt.ItemDataRole.ToolTipRole)
    usd = model.index(row_of(model, "usd_cny"), LIKELY)
    assert model.flags(usd) & Qt.ItemFlag.ItemIsEditable
    assert "Preferences" in model.data(usd, Qt.ItemDataRole.ToolTipRole)  # its other use, named


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_weights_all_at_0_are_refused_in_the_windows_language(qtbot, document, language):
    """The last weight set to 0 is refused with the rule across the weights said in the window's language: the Chinese
    window wrote the engine's English clause ("the weights (weight_goal, …) must not all be 0 …") inside its own
    sentence."""
    import re
    from wxdesk.ui import i18n
    try:
        i18n.set_language(language)
        panel = AssumptionsPanel(document)
        qtbot.addWidget(panel)
        model = panel.model
        weights = [fid for fid, fig in document.pack.figures.items() if fig.unit.strip().lower() == "weight"]
        assert len(weights) > 1
        for fid in reversed(weights[1:]):
            row = row_of(model, fid)
            for column in (LOW, LIKELY, HIGH):  # (the range narrowed to 0 from its low end up)
                assert model.setData(model.index(row, column), "0"), (fid, panel.status.text())
        row = row_of(model, weights[0])
        assert not model.setData(model.index(row, LIKELY), "0")
        # The weight keeps a value above 0 (the refused edit changed nothing), and the status says why in words.
        assert document.pack.with_overrides(document.scenario.overrides).figures[weights[0]].likely > 0
        said = panel.status.text()
        figure = document.pack.figures[weights[0]]
        label = figure.label_zh if language == "zh_CN" else figure.label
        assert f"“{label}”" in said, said
        if language == "en":
            assert "cannot be 0 while the other weights are 0 too" in said, said
        else:  # no English words inside the Chinese sentence
            assert not re.search(r"[A-Za-z]{3,}", said.replace(label, "")), said
    finally:
        i18n.set_language("en")
