"""A variant beside the chart that cannot carry a ticked need names the need (issue 10: no verdict without its
reason). "Cannot carry every special need you ticked" named none, beside a Mini Program panel that said "You can
open it"."""

from __future__ import annotations

from hypothesis import given, settings

from tests.engine.scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine import reasons as R
from wxdesk.engine.fit import can_meet, is_eligible

PACK = load_datapack()


@settings(max_examples=60, deadline=None)
@given(scenarios)
def test_a_variant_ruled_out_by_a_need_names_the_needs_none_of_its_presences_can_carry(scenario):
    ev = evaluate(scenario, PACK)
    avm = ev.app_or_mini_program
    for key, plan in avm.variants.items():
        open_to_it = all(is_eligible(m, ev.scenario, PACK) for m in plan.presences)
        said = avm.ruled_out.get(key)
        assert (said is not None) == (open_to_it and not avm.admissible[key]), key
        if said is not None:
            # Ticked needs none of its presences can carry, in the order ticked (the ranking's hard needs: an
            # individual's payments, which no presence takes for her, rule out no plan and are not named).
            named = list(said.params["needs"])
            unmet = [n for n in ev.scenario.needs
                     if not any(can_meet(m, n, ev.scenario, PACK) for m in plan.presences)]
            assert named and set(named) <= set(unmet) and named == [n for n in unmet if n in named]
            assert said.template == (R.VARIANT_NEED_UNMET if len(named) == 1 else R.VARIANT_NEEDS_UNMET)


@settings(max_examples=40, deadline=None)
@given(scenarios)
def test_the_json_gives_a_ruled_out_variant_no_score_and_its_reason(scenario):
    """As its card does: "Ruled out" and why, no score (a Mini Program no one on WeChat could reach read
    "score": 14 beside the plan's 5)."""
    ev = evaluate(scenario, PACK)
    avm = ev.app_or_mini_program
    # The evaluation's own JSON, as every command and the public API write it (its variants' scores rewritten there
    # to the plans' digits had put a score back on a ruled-out variant), and the part's alone.
    for data in (ev.to_dict()["app_or_mini_program"], avm.to_dict(lambda reason: reason.text)):
        for key, variant in data["variants"].items():
            assert variant["admissible"] == avm.admissible[key]
            assert (variant["score"] is None) == (not avm.admissible[key])
            said = avm.ruled_out.get(key)
            assert variant["ruled_out"] == (None if said is None else {**said.to_dict(said.text)})


def test_no_one_on_wechat_rules_the_mini_program_out_without_a_score():
    from wxdesk.engine import load_preset
    ev = evaluate(load_preset("yoga_teacher").with_changes(china_share=0.0), PACK)
    variants = ev.app_or_mini_program.to_dict(lambda reason: reason.text)["variants"]
    assert variants["mini_program"]["admissible"] is False and variants["mini_program"]["score"] is None
    assert variants["native_app"]["score"] == round(ev.plan.score)
    # And as `wxdesk evaluate --json` prints it.
    shown = ev.to_dict()["app_or_mini_program"]["variants"]
    assert shown["mini_program"]["score"] is None and shown["native_app"]["score"] == ev.to_dict()["plan"]["score"]
