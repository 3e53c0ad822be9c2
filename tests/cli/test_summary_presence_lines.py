"""`wxdesk evaluate`'s text keeps, under each presence, what a client needs of it in at most three lines: its role
(in the plan for what, or why not), its main drawback and what it costs (the handout's card keeps both: a ✗ or !
and its cost basis). The first three of the engine's reasons kept role, cost and the payments line, so bank_care's
WeCom lost "Sessions of 5 min are longer …: a point to watch" that its handout card shows, and a presence with a
cost line (articles produced for you) and a payments line lost its drawback in every preset."""

from __future__ import annotations

import re

from hypothesis import given, settings

from tests.engine.scenario_strategies import scenarios
from wxdesk.batch.language import words
from wxdesk.engine import Evaluation, Scenario, evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.reasons import Reason
from wxdesk.engine.reasons import COST_BASIS
from wxdesk.words.summary import summary_text
from wxdesk.words.vocabulary import NamedOnce

PACK = load_datapack()
EN = words("en")
# Its cost: what it is made of (the handout's cost basis), or what adding it would save the plan.
COST = frozenset((*COST_BASIS, R.NOT_IN_PLAN_ADDED_CHEAPER, *R.ADDED_CHEAPER_AS.values()))
ROW = re.compile(r"^  (\S.*?)\s+\d+   ")


def _presence_bullets(text: str) -> list[list[str]]:
    """The bullet sentences under each presence's row of "Every presence and its fit", in rows' order, unwrapped."""
    section = text.split("\nEvery presence and its fit\n", 1)[1].split("\n\n", 1)[0]
    rows: list[list[str]] = []
    for line in section.splitlines():
        if ROW.match(line):
            rows.append([])
        elif line.startswith("    - "):
            rows[-1].append(line[len("    - "):])
        elif line.startswith("      "):
            rows[-1][-1] += " " + line.strip()
    return rows


def _said(reason: Reason) -> str:
    """A reason as the summary prints it wherever it stands: every former name taken away (NamedOnce keeps it where
    the reader first meets the presence, which may be any line)."""
    named = NamedOnce()
    named(EN.reason(reason))  # named once: the sentence again gives the name alone
    return named(EN.reason(reason))


def _shortened(text: str) -> str:
    named = NamedOnce()
    named(text)
    return named(text)


def _check(evaluation: Evaluation) -> None:
    text = summary_text(evaluation, PACK, EN)
    rows = _presence_bullets(text)
    assert len(rows) == len(evaluation.presences)
    for presence, bullets in zip(evaluation.presences, rows, strict=True):
        shown = [_shortened(b) for b in bullets]
        reasons = presence.reasons
        costs = [r for r in reasons[1:] if r.template in COST]
        assert len(shown) <= 3 + max(0, len(costs) - 1), (presence.id, shown)
        if not reasons:
            continue
        assert shown[0] == _said(reasons[0]), (presence.id, shown)  # its role, or why it is not in the plan
        for cost in costs:  # each (bank_care's WeCom: the articles it sends and its fee for customer contacts)
            assert _said(cost) in shown, (presence.id, "cost", shown)
        drawback = next((r for r in reasons[1:] if r.impact < 0 and r.template not in COST), None)
        if drawback is not None:
            assert _said(drawback) in shown, (presence.id, "drawback", shown)
        # The lines kept are the engine's, in its order, each once.
        said = [_said(r) for r in reasons]
        assert [said.index(b) for b in shown] == sorted({said.index(b) for b in shown}), (presence.id, shown)


def test_every_preset_keeps_each_presences_role_drawback_and_cost() -> None:
    for preset in preset_ids():
        _check(evaluate(load_preset(preset), PACK))


def test_bank_cares_wecom_keeps_its_point_to_watch_beside_its_fee() -> None:
    evaluation = evaluate(load_preset("bank_care"), PACK)
    rows = dict(zip((p.id for p in evaluation.presences), _presence_bullets(summary_text(evaluation, PACK, EN)),
                    strict=True))
    wecom = " ".join(rows["wecom"])
    assert "Above 2,000 customer contacts WeCom charges a fee" in wecom
    assert "Sessions of 5 min are longer than the quick reads and replies it is made for" in wecom


@settings(max_examples=40, deadline=None)
@given(scenarios)
def test_any_scenario_keeps_each_presences_role_drawback_and_cost(scenario: Scenario) -> None:
    _check(evaluate(scenario, PACK))
