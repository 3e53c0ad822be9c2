"""A variant card ruled out says why as its members' panels do: a Mini Program with no one on WeChat in mainland
China reaches none of the audience; "Cannot carry every special need you ticked" is for a need it cannot carry.

With none of the audience on WeChat and no need ticked, "With a Mini Program" and "With both" read "Cannot carry
every special need you ticked", beside a Mini Program panel that said it reaches none of the audience."""

from __future__ import annotations

import pytest

from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.ui import i18n
from wxdesk.ui.variant_card import VARIANTS, VariantCard

pytestmark = pytest.mark.gui

PACK = load_datapack()


def _notes(evaluation):
    notes = {}
    for variant in VARIANTS:
        card = VariantCard(variant, PACK)
        card.show_evaluation(evaluation)
        # Why it is ruled out has a line of its own, before its other notes.
        notes[variant] = (evaluation.app_or_mini_program.admissible[variant],
                          "\n".join(filter(None, (card.ruled_out.text(), card.note.text()))))
        assert bool(card.ruled_out.text()) == (not evaluation.app_or_mini_program.admissible[variant])
        card.deleteLater()
    return notes


@pytest.mark.parametrize("needs", [[], ["payments"]])
def test_a_mini_program_no_one_can_reach_is_ruled_out_for_that(qapp, needs):
    evaluation = evaluate(Scenario().with_changes(china_share=0, needs=needs, goals=["sell"]), PACK)
    notes = _notes(evaluation)
    for variant in ("mini_program", "both"):
        admissible, note = notes[variant]
        assert not admissible
        assert "None of your audience is on WeChat" in note and "special need" not in note


def test_a_variant_that_cannot_carry_a_need_says_so(qapp):
    evaluation = evaluate(Scenario().with_changes(needs=["background"], goals=["service"]), PACK)
    notes = _notes(evaluation)
    assert [v for v in VARIANTS if not notes[v][0]] == ["mini_program"]
    # The need by name: "Cannot carry every special need you ticked" named none, beside a Mini Program panel
    # that said "You can open it".
    assert notes["mini_program"][1].startswith("Cannot meet the special need you ticked: running in the background.")


def test_in_chinese(qapp):
    i18n.set_language("zh_CN")
    try:
        evaluation = evaluate(Scenario().with_changes(china_share=0), PACK)
        admissible, note = _notes(evaluation)["mini_program"]
        assert not admissible and "微信" in note and "特殊需求" not in note
    finally:
        i18n.set_language("en")


def test_a_variant_that_cannot_carry_two_needs_names_both_in_either_language(qapp):
    evaluation = evaluate(Scenario().with_changes(needs=["background", "offline"], goals=["service"]), PACK)
    assert notes_in(evaluation, "en")["mini_program"][1].startswith(
        "Cannot meet the special needs you ticked: working offline and running in the background.")
    chinese = notes_in(evaluation, "zh_CN")["mini_program"][1]
    assert chinese.startswith("无法满足您勾选的特殊需求：") and "后台运行" in chinese, chinese


def notes_in(evaluation, language):
    i18n.set_language(language)
    try:
        return _notes(evaluation)
    finally:
        i18n.set_language("en")
