"""One amount for one thing on a page: a card's "costs … less (more)" beside the plan's cost key.

The yoga teacher's Official Account card read "It costs ¥9,740 less over 2 years" (¥15.8k less ¥6,060, the two totals as
written), and just below it the plan's cost key read "Platform and service fees ¥9,730": the one part the plan pays and
the Official Account alone does not (¥9,725). Where the plan and a card's plan differ in one part alone, the card's
sentence gives that part's difference, written as any amount is; where the other plan has none of that part, that is
the key's own amount, in every currency.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.catalogues import translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
# The card sentences that say how much more or less a plan costs than the plan over the horizon.
AGAINST_THE_PLAN = (R.WHY_NOT_CHEAPER, R.WHY_NOT_CHEAPER_CLOSE, R.WHY_NOT_TIE, R.WHY_NOT_TIE_ALIKE,
                    R.WHY_NOT_CHEAPER_PART, R.WHY_NOT_CHEAPER_CLOSE_PART, R.WHY_NOT_TIE_PART, R.WHY_NOT_TIE_ALIKE_PART,
                    *R.WHY_NOT_CHEAPER_FORMS)

READERS = [Words.make("en", "CNY", PACK), Words.make("zh_CN", "CNY", PACK), Words.make("en", "USD", PACK),
           Words.make("en", "EUR", PACK)]


def w_reason(reason) -> str:
    return Words().reason(reason)


def _amounts_for_one_part(scenario) -> int:
    """The count of cards checked whose plan differs from the plan in one part alone."""
    evaluation = evaluate(scenario, PACK, TODAY)
    plan = evaluation.plan
    checked = 0
    for alt in evaluation.alternatives:
        apart = [part for part in plan.breakdown if abs(plan.breakdown[part] - alt.breakdown[part]) >= 0.5]
        if len(apart) != 1:
            continue
        part = apart[0]
        for reason in alt.why_not:
            if reason.template not in AGAINST_THE_PLAN:
                continue
            difference = abs(plan.breakdown[part] - alt.breakdown[part])
            # The part is named, as the cost key names it, so that a client finds the amount there.
            stores = "native_app" in plan.presences or "native_app" in alt.presences
            assert reason.params["part"] == R.part_term(part, stores), w_reason(reason)
            for w in READERS:
                said = w.reason(R.Reason("{cost}", {"cost": reason.params["cost"]}))
                assert said == w.money(difference), (w.lang, w.currency, w.reason(reason))
                if w.lang == "en":  # the key's name of the part, in lower case in a sentence
                    assert w.component(part, stores).lower() in w.reason(reason), w.reason(reason)
                # Where only one of the two has the part, the amount is the one the key beside the cards writes.
                if min(plan.breakdown[part], alt.breakdown[part]) < 0.5:
                    assert said == w.money(max(plan.breakdown[part], alt.breakdown[part])), w.reason(reason)
            checked += 1
    return checked


def test_the_yoga_teachers_official_account_costs_less_by_the_fees_its_key_writes():
    assert _amounts_for_one_part(load_preset("yoga_teacher")) > 0
    evaluation = evaluate(load_preset("yoga_teacher"), PACK, TODAY)
    w = Words()
    alone = next(alt for alt in evaluation.alternatives if alt.presences == ("subscription",))
    # (Both first years within the ¥10k a first year may cost without losing points: said so, 2026-12-07.)
    note = next(w.reason(r) for r in alone.why_not if r.template == R.WHY_NOT_CHEAPER_UNSCORED_PART)
    # The amount with the part it is, as the key beside it writes it ("Platform and service fees ¥9,730"): the two
    # totals, ¥15.8k and ¥6,060, subtract to ¥9,740, and the sentence said neither where the ¥9,730 was.
    assert note.startswith(f"It costs {w.money(evaluation.plan.breakdown['fees'])} less over 2 years, all of it in "
                           "platform and service fees, but cost takes no points here"), note
    zh = Words.make("zh_CN", "CNY", PACK, translate_function("zh_CN"))
    note = next(zh.reason(r) for r in alone.why_not if r.template == R.WHY_NOT_CHEAPER_UNSCORED_PART)
    assert "平台与服务费用" in note and zh.money(evaluation.plan.breakdown["fees"]) in note, note


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(scenarios, st.sampled_from([load_preset(p) for p in preset_ids()])))
@example(load_preset("yoga_teacher"))
def test_a_difference_in_one_part_reads_as_that_part_in_every_language_and_currency(scenario):
    _amounts_for_one_part(scenario)
