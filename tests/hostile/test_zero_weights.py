"""A weight at 0, in a scenario's figures or an imported pack, is an analyst's question ("what if needs weighed
nothing?"), not an error: every example evaluates, its handout's answer is built, and a special need still vetoes
the presence that cannot meet it. weight_need at 0 stopped every evaluation with a special need on a missing
column (KeyError: 'need:payments')."""

from __future__ import annotations

import pytest

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.fit import can_meet
from wxdesk.report.answer import build_answer
from wxdesk.report.command import reader_words

PACK = load_datapack()
WEIGHTS = ("weight_need", "weight_goal", "weight_push", "weight_session", "weight_scale")


@pytest.mark.parametrize("weight", WEIGHTS)
@pytest.mark.parametrize("preset", preset_ids())
def test_each_weight_at_nothing_gives_an_answer(preset, weight):
    scenario = load_preset(preset).with_changes(overrides={weight: 0})
    pack = PACK.with_overrides(scenario.overrides)
    evaluation = evaluate(scenario, pack)
    assert evaluation.plan.presences == tuple(evaluation.to_dict()["plan"]["presences"])
    build_answer(evaluation, pack, reader_words("en", "CNY", pack), flips={})
    # A hard need is carried only by a member that can meet it, whatever it weighs.
    for plan in (evaluation.plan, *evaluation.alternatives):
        for member, duties in plan.roles.items():
            for duty in duties:
                if duty.startswith("need:"):
                    assert can_meet(member, duty.partition(":")[2], scenario, pack), (member, duty)
