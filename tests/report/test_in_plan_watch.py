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


SMART_LOCK = {"budget_cny": 1_800_000, "interaction_minutes": 6, "audience": 250_000, "china_share": 0.95,
              "pushes_per_month": 6, "goals": ["sell", "service", "relationship"], "needs": ["hardware", "payments"],
              "horizon_years": 3, "entity": "company", "paid_share": 0.35}


@pytest.mark.parametrize("scenario", [*preset_ids(), "smart_lock"])
def test_what_a_presence_cannot_do_of_a_ticked_need_comes_first_against_it(scenario):
    """A smart-lock brand ticking phone hardware: its handout's Mini Program card printed its first two points against
    it (a rented template's audience, no free pushes) and left out "A Mini Program reaches … Bluetooth LE and NFC …,
    but not classic Bluetooth devices", beside a plan whose native app was chosen for that need. Of the points the
    card prints, those on a ticked need it cannot meet come first, in the engine's order; the rest keep theirs."""
    from wxdesk.engine import reasons as R
    base = load_preset("yoga_teacher").with_changes(**SMART_LOCK) if scenario == "smart_lock" else load_preset(scenario)
    evaluation = evaluate(base, PACK, dt.date(2026, 12, 1))
    words = reader_words("en", "CNY", PACK)
    answer = build_answer(evaluation, PACK, words, flips={})
    for shown, presence in zip(answer.presences, evaluation.presences, strict=True):
        against = [r for r in presence.reasons[1:] if r.impact < 0]
        limits = [words.reason(r) for r in against if r.template in R.NEED_LIMITS]
        rest = [words.reason(r) for r in against if r.template not in R.NEED_LIMITS]
        printed = shown.watch if shown.in_plan else shown.cons
        assert list(printed) == list(dict.fromkeys(limits + rest))
    if scenario == "smart_lock":
        mini = next(p for p in answer.presences if p.presence == "mini_program")
        assert not mini.in_plan and mini.cons[0].startswith("A Mini Program reaches the camera"), mini.cons
