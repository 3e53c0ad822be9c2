"""What a presence's card says agrees with the rest of the card, as a client reads it.

- A presence that cannot carry a special need says why in words true of what it is: WeCom is
  no page-and-post account, and Channels is a video feed.
- A presence the plan holds carries no sentence saying it does not suit the business: the
  same point reads as one to watch (over every preset and generated scenarios).
- A one-person business writes its own articles: its costs count no content production,
  and its Official Account's card says so, as a factory's WeCom card says its staff write theirs.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.batch.language import words
from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostBook
from wxdesk.engine.fit import can_meet, need_reason

PACK = load_datapack()
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PRESETS = [load_preset(p) for p in preset_ids()]
NEEDS = ("offline", "hardware", "background", "large_app")


# ---------------------------------------------------------------- a need a presence cannot carry

# What each presence is, as its sentence must say it.
WHAT_IT_IS = {"service": "articles", "subscription": "articles", "wecom": "chats", "channels": "videos"}


@pytest.mark.parametrize("need", NEEDS)
@pytest.mark.parametrize("presence", sorted(WHAT_IT_IS))
def test_a_presence_says_truly_why_it_cannot_carry_a_need(presence, need):
    """'WeCom offers pages and posts, not an app: it cannot carry using phone hardware' was false for
    WeCom and Channels, and did not read as English."""
    scenario = Scenario(needs=(need,), entity="company")
    assert not can_meet(presence, need, scenario, PACK)
    text = need_reason(presence, need, scenario, PACK).text
    assert WHAT_IT_IS[presence] in text
    assert "pages and posts" not in text and "not an app" not in text
    assert f"no way of {R.TERMS_EN[need]}." in text  # a need read as what it is: "no way of working offline"
    assert not re.search(r"carry (using|working|running|shipping)", text)


@pytest.mark.parametrize("need", NEEDS)
def test_the_app_says_what_it_can_do_in_plain_words(need):
    """'A native app can use using phone hardware without WeChat's limits' did not read as English; and
    after the presence's name ("Native app: A native app has none …", "原生应用：原生应用在…") the
    sentence named the app twice, so it starts with its verb as "Takes WeChat Pay …" does."""
    text = need_reason("native_app", need, Scenario(needs=(need,)), PACK).text
    assert text == f"Has none of WeChat's limits on {R.TERMS_EN[need]}."
    chinese = words("zh_CN").reason(need_reason("native_app", need, Scenario(needs=(need,)), PACK))
    assert "原生应用" not in chinese and "不受微信的任何限制" in chinese, chinese


# ---------------------------------------------------------------- the plan's own presences

# What a sentence says when it argues for another presence instead of this one.
AGAINST = re.compile(r"few would install|WeChat suits the size better|a Mini Program suits them better|suit it poorly"
                     r"|and beyond \S+ min an app suits better")


def _against_in_plan(scenario: Scenario) -> list[str]:
    ev = evaluate(scenario, PACK)
    return [f"{p.id}: {r.text}" for p in ev.presences if p.in_plan for r in p.reasons
            if AGAINST.search(r.text) or r.template in (R.SCALE_SMALL, R.SCALE_SMALL_STAFF, R.SESSION_APP_SHORT,
                                                           R.SESSION_MP_TOO_LONG, R.SESSION_POOR)]


@pytest.mark.parametrize("scenario", PRESETS, ids=preset_ids())
def test_no_presence_in_the_plan_is_said_not_to_suit_the_business_in_any_preset(scenario):
    assert _against_in_plan(scenario) == []


@SETTINGS
@given(st.one_of(scenarios, st.sampled_from(PRESETS).flatmap(
    lambda s: st.builds(s.with_changes, audience=st.floats(0, 5e8), interaction_minutes=st.floats(0.05, 600)))))
def test_no_presence_in_the_plan_is_said_not_to_suit_the_business(scenario):
    assert _against_in_plan(scenario) == []


def test_the_plans_own_app_puts_its_small_audience_as_a_point_to_watch():
    """fitness_coaching: the plan holds the app; its card said 'few would install an app; WeChat suits the
    size better'. It now says the same cost as a risk, with the same points; outside a plan the verdict stays."""
    ev = evaluate(load_preset("fitness_coaching"), PACK)
    app = ev.presence("native_app")
    assert app.in_plan
    scale = [r for r in app.reasons if r.template == R.SCALE_SMALL_IN_PLAN]
    assert len(scale) == 1 and scale[0].impact < 0 and "watch" in scale[0].text
    yoga = evaluate(load_preset("yoga_teacher"), PACK).presence("native_app")
    assert not yoga.in_plan and any(r.template == R.SCALE_SMALL for r in yoga.reasons)


# ---------------------------------------------------------------- who writes the articles

def _content(scenario: Scenario, members: tuple[str, ...]) -> float:
    """The likely yearly article production of a plan: maintenance, less what was built's upkeep."""
    return float(CostBook(scenario, PACK).plan(members).part("maintenance", scenario.audience)[:, 0].mean())


@pytest.mark.parametrize("entity, counted", [("individual", False), ("company", True)])
def test_a_one_person_business_pays_for_no_articles(entity, counted):
    """yoga_teacher, a sole teacher with 8 posts a month, was charged ¥149k over 2 years for articles at ¥500."""
    scenario = load_preset("yoga_teacher").with_changes(entity=entity)
    content = _content(scenario, ("subscription",))
    assert (content > 0) == counted


def test_the_yoga_teachers_plan_costs_no_content_and_its_card_says_why():
    ev = evaluate(load_preset("yoga_teacher"), PACK)
    # (Her Mini Program, rented as a template since 4 December 2026, has no upkeep of its own either.)
    assert ev.plan.presences == ("subscription", "mini_program")
    assert ev.plan.breakdown["maintenance"] == 0
    oa = ev.presence("subscription")
    own = [r for r in oa.reasons if r.template == R.PUSH_FITS_FOLDER_OWN]
    assert len(own) == 1 and "you are taken to write them yourself, so no content production is counted" in own[0].text
    company = evaluate(load_preset("yoga_teacher").with_changes(entity="company"), PACK)
    assert all(r.template != R.PUSH_FITS_FOLDER_OWN for r in company.presence("subscription").reasons)


@SETTINGS
@given(scenarios)
def test_the_card_says_no_articles_are_paid_for_only_where_none_are(scenario):
    """Wherever an Official Account's card says the business writes its own articles, a plan of it alone
    counts no content production; and an individual's never does."""
    ev = evaluate(scenario, PACK)
    oa = ev.presence("subscription")
    says = any(r.template == R.PUSH_FITS_FOLDER_OWN for r in oa.reasons)
    if says or scenario.entity == "individual":
        assert _content(scenario, ("subscription",)) == 0
