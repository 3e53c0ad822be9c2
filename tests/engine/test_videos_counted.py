"""The videos a plan pays to have produced are said on the card of the member that shows them, with their part.

car_brand's plan counted about ¥120k a year of short videos and live streams (the pack's "Producing short videos and
live streams") inside "Maintenance and content", and no card said so, where the Official Account's card gave its
articles with their amount. The line reads the amount the split gives (cost_figures.share_in_split), names the
assumption a user can change, and is there exactly where the plan's cost counts the videos (CostBook.films).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from scenario_strategies import scenarios

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostBook
from wxdesk.engine.duties import shows_videos
from wxdesk.engine.fit import fit_table

PACK = load_datapack()


def _lines(evaluation):
    return {p.id: [r for r in p.reasons if r.template == R.VIDEOS_COUNTED] for p in evaluation.presences}


def _check(scenario) -> None:
    evaluation = evaluate(scenario, PACK)
    plan = evaluation.plan.presences
    pack = PACK.with_overrides(scenario.overrides)
    films = bool(plan) and CostBook(scenario, pack).films(plan) and pack.figures["channels_production_cny"].high > 0
    lines = _lines(evaluation)
    carriers = [p for p, found in lines.items() if found]
    assert len(carriers) == (1 if films else 0), (plan, carriers)
    for presence in carriers:
        assert presence in plan
        (line,) = lines[presence]
        assert 0 < line.params["amount"] <= evaluation.plan.total.likely  # type: ignore[operator]
        assert line.params["total"] == evaluation.plan.total.likely
    # A one-person business films its own: the card that would show the videos says so, and counts nothing.
    own = {p.id for p in evaluation.presences if any(r.template == R.VIDEOS_OWN for r in p.reasons)}
    shows = bool(plan) and shows_videos(plan, fit_table(scenario, pack), scenario, pack)
    if scenario.entity == "individual" and shows and pack.figures["channels_production_cny"].high > 0:
        assert len(own) == 1 and own <= set(plan) and not carriers, (plan, own)
    else:
        assert not own, (plan, own)


@pytest.mark.parametrize("preset", preset_ids())
def test_every_example_says_its_videos_where_it_pays_for_them(preset):
    _check(load_preset(preset))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_generated_scenarios_say_their_videos_exactly_where_they_pay_for_them(scenario):
    _check(scenario)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_car_brands_channels_card_gives_its_videos_and_their_part(lang):
    evaluation = evaluate(load_preset("car_brand", lang), PACK)
    (line,) = _lines(evaluation)["channels"]
    text = words(lang).reason(line)
    assert words(lang).money(evaluation.plan.total.likely) in text
    assert ("film them yourself" in text) if lang == "en" else ("自己拍摄" in text)
    # Produced for nothing, the line goes, and the plan's cost is lower.
    free = {"channels_production_cny": {"low": 0, "likely": 0, "high": 0}}
    without = evaluate(load_preset("car_brand", lang).with_changes(overrides=free), PACK)
    assert not any(_lines(without).values())
    assert without.plan.total.likely < evaluation.plan.total.likely


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_one_person_business_is_told_it_films_its_own_videos(lang):
    """A tutor's Channels cost nothing to fill, beside a company's some ¥170k a year, and no card said why, where the
    Official Account's said its articles are written by the owner."""
    scenario = load_preset("yoga_teacher", lang).with_changes(goals=["sell", "relationship", "video"],
                                                              needs=[], interaction_minutes=45)
    evaluation = evaluate(scenario, PACK)
    assert "channels" in evaluation.plan.presences and scenario.entity == "individual"
    card = next(p for p in evaluation.presences if p.id == "channels")
    (line,) = [r for r in card.reasons if r.template == R.VIDEOS_OWN]
    text = words(lang).reason(line)
    assert ("film its short videos and live streams yourself" in text) if lang == "en" else ("自己拍摄" in text)
