"""An audience the plan cannot be made for is said, not costed in silence: one on WeChat in mainland China larger than
WeChat itself (at the audience slider's end, two billion users, 90% of them on WeChat were 1.8 billion people against
WeChat's 1.414 billion, and the plan's ¥18.8 billion of ads read as any other plan's), and none at all."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine import reasons as R
from wxdesk.engine.scenario import MAX_AUDIENCE, Scenario

PACK = load_datapack()
TODAY = dt.date(2026, 12, 8)
WECHAT = PACK.likely("wechat_mau_million") * 1e6


@settings(max_examples=30, deadline=None)
@given(st.floats(1e8, MAX_AUDIENCE), st.floats(0.0, 1.0))
def test_the_warning_stands_exactly_where_the_audience_on_wechat_is_more_than_wechats_users(audience, share):
    ev = evaluate(Scenario().with_changes(audience=audience, china_share=share), PACK, TODAY)
    said = [w for w in ev.warnings if w.template == R.WARN_BEYOND_WECHAT]
    assert len(said) == (1 if audience * share > WECHAT else 0)


def test_it_reads_the_audience_on_wechat_as_every_count_is_written():
    ev = evaluate(Scenario().with_changes(audience=MAX_AUDIENCE, china_share=0.9), PACK, TODAY)
    (said,) = [w for w in ev.warnings if w.template == R.WARN_BEYOND_WECHAT]
    assert words("en").reason(said) == (
        "Your audience on WeChat in mainland China, 1.8B monthly users, is more than all of WeChat's monthly users: "
        "the plan's costs count people who do not exist.")
    assert words("zh_CN").reason(said).startswith("您在中国大陆微信上的月活用户为 18亿，超过了微信全部的月活用户")
    # Just within WeChat's users, nothing is said.
    within = evaluate(Scenario().with_changes(audience=WECHAT, china_share=1.0), PACK, TODAY)
    assert R.WARN_BEYOND_WECHAT not in {w.template for w in within.warnings}


@settings(max_examples=20, deadline=None)
@given(st.floats(0.0, 3.0))
def test_a_plan_for_no_user_says_so(audience):
    """At the audience slider's start the hotpot chain's plan scored 76, above its 74 at 120,000 users, for a plan
    serving nobody, and nothing said so."""
    ev = evaluate(Scenario().with_changes(audience=audience), PACK, TODAY)
    assert (R.WARN_NO_AUDIENCE in {w.template for w in ev.warnings}) == (audience < 1)
