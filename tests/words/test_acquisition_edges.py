"""The user-acquisition sentence at the ends of its slider, as a client read them.

- Every user won through ads: "The rest come on their own" stood after "100% of your users are won through ads".
- A business's own staff: with the ads' slider at 30%, factory_staff paid ¥37k over 3 years to win its workers through
  WeChat ads, where at 0% its handout said they were its own staff and held no user acquisition.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.fit import staff_only
from wxdesk.words.acquisition import acquisition_sentence, on_their_own

PACK = load_datapack()
TODAY = dt.date(2026, 12, 8)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", ["food_ordering", "bank_care", "car_brand"])
def test_every_user_won_through_ads_leaves_no_rest(preset, lang):
    w = words(lang)
    scenario = load_preset(preset, lang)
    half = evaluate(scenario.with_changes(paid_share=0.5), PACK, TODAY).plan
    rest = acquisition_sentence(half, scenario.with_changes(paid_share=0.5), PACK, w)
    every = scenario.with_changes(paid_share=1.0)
    said = acquisition_sentence(evaluate(every, PACK, TODAY).plan, every, PACK, w)
    # (Where they come from, for the plan: the app stores only where it holds an app.)
    last = w.translate("Report", "The rest come on their own ({sources}).").format(sources=on_their_own(half, w))
    assert rest.endswith(last) and last not in said


@settings(max_examples=15, deadline=None)
@given(st.floats(0.0, 1.0, allow_nan=False))
def test_no_ad_wins_a_business_its_own_staff(paid_share):
    scenario = load_preset("factory_staff").with_changes(paid_share=paid_share)
    assert staff_only(scenario)
    evaluation = evaluate(scenario, PACK, TODAY)
    assert evaluation.plan.breakdown["acquisition"] == 0
    said = acquisition_sentence(evaluation.plan, scenario, PACK, words("en"), True)
    assert said.startswith("Your users are your own staff")
    assert "stores, search" not in said
