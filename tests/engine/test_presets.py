"""Every bundled preset is a valid scenario, evaluates, and gives the answer its business expects."""

import pytest

from wxdesk.engine import evaluate, load_preset, preset_ids

EXPECTED_SETUP = {
    "car_brand": ("subscription", "mini_program"),      # the seed article's example
    "factory_staff": ("wecom",),
    "city_service": ("mini_program",),
    "news_publisher": ("subscription",),
    "food_ordering": ("service", "mini_program"),
    "cross_border_skincare": ("service", "mini_program"),  # overseas: Service Account + MP
}
EXPECTED_WINNER = {
    "fitness_coaching": "native_app",  # long sessions, Bluetooth strap, background tracking
    "food_ordering": "mini_program",   # quick orders, small order values
    "city_service": "mini_program",
}


def test_at_least_six_presets():
    assert {"food_ordering", "city_service", "car_brand", "news_publisher", "bank_care",
            "factory_staff"} <= set(preset_ids())


@pytest.mark.parametrize("preset_id", preset_ids())
def test_preset_evaluates(preset_id, pack):
    scenario = load_preset(preset_id)
    ev = evaluate(scenario, pack)
    assert scenario.name and ev.best_setup
    if preset_id in EXPECTED_SETUP:
        assert ev.best_setup == EXPECTED_SETUP[preset_id]
    if preset_id in EXPECTED_WINNER:
        assert ev.app_vs_mini_program.winner == EXPECTED_WINNER[preset_id]


def test_unknown_preset_lists_the_known_ones():
    with pytest.raises(Exception, match="car_brand"):
        load_preset("no_such_business")
