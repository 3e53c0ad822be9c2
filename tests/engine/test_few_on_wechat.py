"""Where few of the audience are on WeChat, the answer says so beside a WeChat plan.

Below the reach floor (a WeChat presence keeps that share of its fit however few it reaches), an audience of which
1% is on WeChat in mainland China got a Service Account alone as the plan (score 17.4), and nothing among the points
to watch said how few it reaches.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.datapack import WECHAT_PRESENCES
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
FLOOR = PACK.likely("reach_floor")


def _few(evaluation):
    return [r for r in evaluation.warnings if r.template == R.WARN_FEW_ON_WECHAT]


def test_one_percent_on_wechat_is_said_beside_the_plan():
    scenario = load_preset("yoga_teacher").with_changes(china_share=0.01)
    evaluation = evaluate(scenario, PACK, TODAY)
    assert any(p in WECHAT_PRESENCES for p in evaluation.plan.presences)
    (warning,) = _few(evaluation)
    assert Words().reason(warning).startswith("Only 1% of your audience is on WeChat in mainland China")


@settings(max_examples=60, deadline=None)
@given(scenarios, st.floats(0, 1))
def test_the_warning_stands_where_the_reach_floor_holds_up_a_wechat_plan(scenario, share):
    evaluation = evaluate(scenario.with_changes(china_share=share), PACK, TODAY)
    wechat = any(p in WECHAT_PRESENCES for p in evaluation.plan.presences)
    expected = 0 < share < FLOOR and wechat
    assert len(_few(evaluation)) == int(expected), (share, evaluation.plan.presences)
    for warning in _few(evaluation):
        assert float(warning.params["share"]) == share
