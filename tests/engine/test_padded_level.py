"""Plans left out just above a card (next_best's padded plans) are "ranked above" it only where their score reads
higher than the card's; an exact tie says they score the same."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.report.command import reader_words

PACK = load_datapack()
ABOVE = set(R.LEVEL_FORMS)
LEVEL = set(R.LEVEL_FORMS.values())


def _notes(evaluation):
    return [(alt, r) for alt in evaluation.alternatives for r in alt.why_not if r.template in ABOVE | LEVEL]


def test_a_tie_at_every_decimal_reads_as_scoring_the_same():
    # bank_care with no messages and ¥5M over 5 years: a padded plan ties the second card at 68 (67.56 both). At the
    # averages (draws.py) the two read 67.57 and 67.56 there, so on ¥500k: the plan with an idle Official Account
    # added ties the first card at 63; since an Official Account pays its verification (2026-12-07) it no longer
    # does. On ¥1M: Service Account + Mini Program + WeCom ties the first card, Service Account + WeCom, at 68.
    scenario = load_preset("bank_care").with_changes(audience=400_000, budget_cny=1_000_000, horizon_years=5,
                                                      pushes_per_month=0, interaction_minutes=6)
    evaluation = evaluate(scenario, PACK)
    notes = _notes(evaluation)
    assert evaluation.score_digits == 0 and round(evaluation.alternatives[0].score) == 68
    assert [r.template for _, r in notes] and all(r.template in LEVEL for _, r in notes)
    for lang in ("en", "zh_CN"):
        w = reader_words(lang, "CNY", PACK)
        alt, note = notes[0]
        text = w.reason(note)
        assert w.score_of(evaluation, alt) in text
        assert (re.search(r"scores? the same as this plan", text) is not None) if lang == "en" else ("得分相同" in text)


@settings(max_examples=40, deadline=None)
@given(preset=st.sampled_from(["bank_care", "city_service", "food_ordering", "news_publisher", "car_brand"]),
       audience=st.sampled_from([5_000, 400_000, 2_000_000]),
       budget=st.sampled_from([60_000, 500_000, 5_000_000]),
       pushes=st.sampled_from([0, 4]))
@example(preset="food_ordering", audience=2_000_000, budget=5_000_000, pushes=4)
def test_ranked_above_only_where_the_score_reads_higher(preset, audience, budget, pushes):
    scenario = load_preset(preset).with_changes(audience=audience, budget_cny=budget, pushes_per_month=pushes)
    evaluation = evaluate(scenario, PACK)
    w = reader_words("en", "CNY", PACK)
    for alt, note in _notes(evaluation):
        written = w.reason(note)
        above = note.template in ABOVE
        # The left-out plan's score as the note writes it, against the card's to as many decimals.
        score = note.params["score"]
        if above:
            assert float(score) > round(alt.score, score.digits), written
        else:
            assert float(score) == round(alt.score, score.digits), written
        if above:
            # The left-out plan's score first, or none where it reads as the card's (the heading's 66 beside "65.6").
            assert re.search(r"^.+ scores? (?:up to )?\S+, more than this plan, "
                             r"|^.+ scores? a fraction of a point more than this plan ", written), written
        else:
            assert re.search(r"^.+ scores? the same as this plan \(", written), written
