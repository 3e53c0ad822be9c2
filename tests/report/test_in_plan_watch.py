"""In the handout, a point against a presence the plan holds reads as a point to watch (!), not as a
verdict against it (✗) (issue 10).

fitness_coaching's native app, in the plan, carried "✗ With 200k monthly users the app may not pay back
its cost: watch how many install it." beside the plan that recommends it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pdf_text import pdf_text, squeeze

from wxdesk import cli
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.report.answer import build_answer
from wxdesk.report.command import reader_words
from wxdesk.report.handout import CON, WATCH

PACK = load_datapack()


@pytest.mark.parametrize("preset", preset_ids())
def test_a_plan_members_points_against_it_are_points_to_watch(preset):
    evaluation = evaluate(load_preset(preset), PACK, dt.date(2026, 12, 1))
    words = reader_words("en", "CNY", PACK)
    answer = build_answer(evaluation, PACK, words, flips={})
    for shown, presence in zip(answer.presences, evaluation.presences, strict=True):
        against = {words.reason(r) for r in presence.reasons[1:] if r.impact < 0}
        if shown.in_plan:
            assert not shown.cons and set(shown.watch) == against
        else:
            assert not shown.watch and set(shown.cons) == against


def test_fitness_coachings_handout_marks_the_apps_point_as_one_to_watch(tmp_path, qapp):
    out = tmp_path / "fitness.pdf"
    assert cli.main(["report", "--preset", "fitness_coaching", "-o", str(out), "--lang", "en"]) == 0
    text = squeeze(pdf_text(out))
    point = squeeze("With 200k monthly users the app may not pay back its cost")
    assert squeeze(WATCH) + point in text
    assert squeeze(CON) + point not in text
