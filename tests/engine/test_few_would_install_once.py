"""An app the plan does not hold says "few of your users would install it" once: its session sentence
(SESSION_LONG_FEW) says so where the audience is small, and the audience's own sentence (SCALE_SMALL) said it again a
line below (a university of 20,100 users with sessions of 10 minutes, on its handout's app card)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios
from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine import reasons as R
from wxdesk.engine.fit import fit_table, presence_reasons

PACK = load_datapack()
TODAY = dt.date(2026, 12, 6)
UNIVERSITY = Scenario().with_changes(goals=["news", "relationship", "video"], needs=[], audience=20100,
                                     interaction_minutes=10, china_share=0.9, pushes_per_month=4,
                                     entity="overseas_company", paid_share=0.2, horizon_years=3)


def _alone(scenario):
    """The app's fit sentences, each with its points, as presence_reasons gives them before a card is written."""
    return {r.template: r.impact for r in presence_reasons("native_app", fit_table(scenario, PACK), scenario, PACK)}


def _app(scenario):
    return next(p for p in evaluate(scenario, PACK, TODAY).presences if p.id == "native_app")


def test_the_universitys_app_card_says_few_would_install_it_once_with_the_points_of_both():
    app = _app(UNIVERSITY)
    assert not app.in_plan
    templates = [r.template for r in app.reasons]
    assert R.SESSION_LONG_FEW in templates and R.SCALE_SMALL not in templates
    # The one sentence carries the points the two moved.
    alone = _alone(UNIVERSITY)
    said = next(r for r in app.reasons if r.template == R.SESSION_LONG_FEW)
    assert said.impact == alone[R.SESSION_LONG_FEW] + alone[R.SCALE_SMALL] < 0
    assert said.about == "session"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios, st.floats(0.1, 60), st.floats(1, 100_000))
def test_no_app_card_out_of_the_plan_says_it_twice_and_none_loses_a_point(scenario, minutes, audience):
    scenario = scenario.with_changes(interaction_minutes=minutes, audience=audience)
    app = _app(scenario)
    templates = [r.template for r in app.reasons]
    if not app.in_plan:
        assert not (R.SESSION_LONG_FEW in templates and R.SCALE_SMALL in templates)
    if app.eligible and not app.in_plan and R.SESSION_LONG_FEW in templates:
        # No point is lost: where the audience's sentence was dropped, the session's carries its points too.
        alone = _alone(scenario)
        said = next(r for r in app.reasons if r.template == R.SESSION_LONG_FEW)
        assert said.impact == alone[R.SESSION_LONG_FEW] + alone.get(R.SCALE_SMALL, 0.0)
