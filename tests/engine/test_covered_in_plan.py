"""A point against a presence the plan holds, on what another member carries, names that member.

car_brand's Official Account read "cannot take payments; pair it with a presence that can" beside
the Mini Program the plan had paired it with.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.words.words import Words

PACK = load_datapack()


def _check(scenario) -> None:
    ev = evaluate(scenario, PACK)
    roles = ev.plan.roles
    for presence in ev.presences:
        if not presence.in_plan:
            assert all(r.template != R.COVERED_IN_PLAN for r in presence.reasons), presence.id
            continue
        for reason in presence.reasons:
            carriers = [m for m, duties in roles.items() if m != presence.id and reason.about in duties]
            if reason.impact < 0 and reason.about and carriers:
                assert reason.template == R.COVERED_IN_PLAN, (presence.id, reason.template)
                assert reason.params["member"] == carriers[0]
            if reason.template == R.COVERED_IN_PLAN:
                assert reason.impact < 0 and carriers


def test_car_brands_official_account_names_the_mini_program_that_takes_payments():
    ev = evaluate(load_preset("car_brand"), PACK)
    lines = [Words(pack=PACK).reason(r) for r in ev.presence("subscription").reasons]
    assert any("cannot take payments" in line and "The plan's Mini Program covers that." in line for line in lines)


@pytest.mark.parametrize("preset", preset_ids())
def test_every_presets_members_name_who_covers_what_they_lack(preset):
    _check(load_preset(preset))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_a_members_point_covered_by_another_member_says_so(scenario):
    _check(scenario)
