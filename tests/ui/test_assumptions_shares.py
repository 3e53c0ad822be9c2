"""The Assumptions dock writes a share as the handout's appendix and the Sensitivity bars do, a percentage, and takes
one typed so; its refusals name units in the window's language.

The dock wrote 公众号消息的可见度 as 0.65 / 0.5 / 0.8 beside the bars' "60% / 90%" and the appendix's
"50% – 65% – 80%"; typing "65%" was refused as no number, and 1.5 "must be from 0 to 1 (share)". A Chinese refusal
read "必须在 0 到 10,000,000,000 之间（CNY/user）".
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from wxdesk.engine import load_preset
from wxdesk.ui import text
from wxdesk.ui.assumptions import (AVERAGE, HIGH, LIKELY, LOW, UNIT, AssumptionsModel, is_share, parse_share,
                                   unit_text)
from wxdesk.ui.document import ScenarioDocument
from wxdesk.words.figure_text import value_text

pytestmark = pytest.mark.gui


@pytest.fixture
def model(language):
    from wxdesk.engine import load_datapack
    document = ScenarioDocument(load_preset("bank_care", language), load_datapack())
    yield AssumptionsModel(document)
    document.undo_stack.clear()


def row_of(model: AssumptionsModel, figure_id: str) -> int:
    return next(r for r in range(model.rowCount()) if model.figure_id(r) == figure_id)


def shown(model: AssumptionsModel, figure_id: str, column: int) -> str:
    return model.data(model.index(row_of(model, figure_id), column))


def refusals(model: AssumptionsModel) -> list[str]:
    said: list[str] = []
    model.refused.connect(said.append)
    return said


@pytest.mark.parametrize("figure_id", ["visibility_subscription", "mp_maintenance_share", "scope_per_need",
                                       "apple_commission_share"])
def test_a_share_reads_as_the_appendix_writes_it(model, figure_id):
    """Low, most common and high as the appendix's range writes them (its "9% – 15% – 25%（占开发费用/年）"), the
    average as its "(average 16.33%)", and the unit what the share is of."""
    figure = model.document.pack.figures[figure_id]
    w = text.words(model.document.pack)
    appendix = value_text(figure, w)
    cells = [shown(model, figure_id, column) for column in (LOW, LIKELY, HIGH)]
    written = " – ".join(dict.fromkeys(cells)) if figure.is_range else cells[0]
    assert appendix.startswith(written), (appendix, cells)
    assert all(cell.endswith("%") for cell in cells)
    unit = shown(model, figure_id, UNIT)
    assert unit == "%" if not w.unit(figure.unit) else unit in appendix and unit != figure.unit
    if figure.id in ("mp_maintenance_share", "scope_per_need"):  # (a cost's figure: its average is shown)
        assert shown(model, figure_id, AVERAGE) == f"{figure.average * 100:.4g}%"


def test_the_subscription_accounts_visibility_reads_in_percent(model):
    assert [shown(model, "visibility_subscription", c) for c in (LOW, LIKELY, HIGH)] == ["50%", "65%", "80%"]
    assert shown(model, "mp_maintenance_share", AVERAGE) == "16.33%"
    # Other figures keep their plain numbers.
    assert shown(model, "app_cost_per_install_cny", HIGH) == "34"


@pytest.mark.parametrize("typed", ["70%", "70", " 70 % ", "70％", 70])
def test_a_share_typed_as_a_percentage_is_held_as_its_fraction(model, typed):
    row = row_of(model, "visibility_subscription")
    assert model.setData(model.index(row, LIKELY), typed)
    assert model.document.scenario.overrides["visibility_subscription"] == {"low": 0.5, "likely": 0.7, "high": 0.8}
    assert shown(model, "visibility_subscription", LIKELY) == "70%"


def test_typing_the_shown_value_again_changes_nothing(model):
    row = row_of(model, "visibility_subscription")
    assert model.setData(model.index(row, LIKELY), model.data(model.index(row, LIKELY), Qt.ItemDataRole.EditRole))
    assert "visibility_subscription" not in model.document.scenario.overrides


def test_a_share_beyond_100_percent_is_refused_in_percent_without_a_unit_id(model, language):
    said = refusals(model)
    row = row_of(model, "visibility_subscription")
    assert not model.setData(model.index(row, HIGH), "150")
    assert not model.setData(model.index(row, HIGH), "1.5e2%")
    assert "visibility_subscription" not in model.document.scenario.overrides
    assert len(said) == 2 and said[0] == said[1]
    assert "0%" in said[0] and "100%" in said[0] and "share" not in said[0]
    assert ("0% 到 100%" in said[0]) if language == "zh_CN" else ("from 0% to 100%" in said[0])


@pytest.mark.parametrize(("figure_id", "typed"), [("app_cost_per_install_cny", "1e12"),
                                                  ("session_pivot_min", "0"),
                                                  ("mp_cost_per_user_cny", "2e10")])
def test_a_refusal_names_the_unit_in_the_windows_language(model, language, figure_id, typed):
    said = refusals(model)
    figure = model.document.pack.figures[figure_id]
    assert not model.setData(model.index(row_of(model, figure_id), LIKELY), typed)
    assert len(said) == 1
    assert unit_text(figure.unit) in said[0]
    if language == "zh_CN":
        assert figure.unit not in said[0] and unit_text(figure.unit) != figure.unit, said[0]


def test_a_percentage_typed_for_a_figure_that_is_no_share_is_refused(model):
    said = refusals(model)
    assert not model.setData(model.index(row_of(model, "app_cost_per_install_cny"), LIKELY), "50%")
    assert len(said) == 1 and "50%" in said[0]


# Percentages of up to four significant figures, as the cells write them (words.figure_text: "16.33%").
_PERCENTAGES = st.decimals(min_value=0, max_value=100, places=4, allow_nan=False, allow_infinity=False).map(
    lambda d: float(f"{float(d):.4g}"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(percent=_PERCENTAGES)
def test_a_share_typed_as_the_dock_shows_it_round_trips(model, percent):
    """Any share the table can show, typed back as it shows it, is held as that share: the cell reads the same, and
    the fraction held is the percentage's own (65% is 0.65, not 65 / 100 a hair off it)."""
    figure_id = "visibility_native_app"  # (a range of 0 to 1 the model computes with at every value)
    row = row_of(model, figure_id)
    index = model.index(row, HIGH)
    model.set_values(row, {"low": 0.0, "likely": 0.0, "high": 1.0})
    assert model.setData(index, f"{percent:g}")
    held = model.values(row)["high"]
    assert held == float(f"{percent:g}e-2")
    written = model.data(index)
    assert model.setData(index, written)  # typed as the cell shows it
    assert model.values(row)["high"] == held
    assert model.data(index) == written
    assert parse_share(model.data(index, Qt.ItemDataRole.EditRole)) == held


def test_only_share_figures_are_shares(model):
    figures = model.document.pack.figures
    assert is_share(figures["visibility_subscription"]) and is_share(figures["mp_maintenance_share"])
    assert not is_share(figures["app_cost_per_install_cny"]) and not is_share(figures["session_pivot_min"])
