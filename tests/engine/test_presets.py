"""Every bundled preset is a valid scenario, evaluates, and gives the answer its business expects."""

import pytest

from wxdesk.engine import evaluate, load_preset, preset_ids

# What each business needs at the least: the seed article's car brand publishes through an
# Official Account and sells through a Mini Program; a city service is a Mini Program; a
# factory runs its staff on WeCom; a fitness coach with a heart-rate strap needs an app;
# a bank keeps its advisers' customer contacts on WeCom.
EXPECTED_PLAN = {
    "car_brand": ("subscription", "mini_program"),
    "city_service": ("mini_program",),
    "factory_staff": ("wecom",),
    "fitness_coaching": ("native_app",),
    "food_ordering": ("mini_program",),
    "bank_care": ("wecom",),
    "news_publisher": ("subscription",),
}

def test_at_least_six_presets():
    assert {"food_ordering", "city_service", "car_brand", "news_publisher", "bank_care",
            "factory_staff"} <= set(preset_ids())


@pytest.mark.parametrize("preset_id", preset_ids())
def test_preset_evaluates(preset_id, pack):
    scenario = load_preset(preset_id)
    ev = evaluate(scenario, pack)
    assert scenario.name and ev.plan.presences
    if preset_id in EXPECTED_PLAN:
        assert set(EXPECTED_PLAN[preset_id]) <= set(ev.plan.presences)


def test_unknown_preset_lists_the_known_ones():
    with pytest.raises(Exception, match="car_brand"):
        load_preset("no_such_business")
