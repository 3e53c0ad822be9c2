"""The window writes each sentence once per reason and words (text.render_reason remembers it): a reason
written again reads exactly as the words layer writes it, in the language, currency and pack in use."""

from __future__ import annotations

import pytest

from wxdesk import settings
from wxdesk.engine import Scenario, evaluate
from wxdesk.engine.reasons import BUDGET_OK, Count, Money, Reason
from wxdesk.ui import i18n, text
from wxdesk.words import Words

pytestmark = pytest.mark.gui


def _reasons(pack) -> list[Reason]:
    """Every sentence a window shows for two scenarios: the plan's, each presence's, the budget, the choice."""
    found: list[Reason] = []
    for scenario in (Scenario(), Scenario(audience=5_000_000, horizon_years=1, budget_cny=20_000)):
        evaluation = evaluate(scenario, pack)
        found += [*evaluation.plan.reasons, evaluation.budget, *evaluation.warnings,
                  evaluation.app_or_mini_program.reason, evaluation.app_or_mini_program.cost_note]
        for presence in evaluation.presences:
            found += presence.reasons
        for alternative in evaluation.alternatives:
            found += alternative.why_not
    return found


def _written(pack) -> list[str]:
    words = i18n.words(pack)  # Words made afresh: nothing remembered
    return [words.reason(reason) for reason in _reasons(pack)]


def test_a_remembered_sentence_reads_as_the_words_layer_writes_it_in_each_language_and_currency(qapp, pack):
    reasons = _reasons(pack)
    assert len(reasons) > 20
    seen = {}
    for language, currency in (("en", "CNY"), ("zh_CN", "CNY"), ("zh_CN", "USD"), ("en", "USD"), ("en", "CNY")):
        i18n.set_language(language)
        settings.set_currency(currency)
        try:
            for _twice in range(2):  # written, then remembered
                assert [text.render_reason(reason, pack) for reason in reasons] == _written(pack), (language, currency)
            seen[language, currency] = [text.render_reason(reason, pack) for reason in reasons]
        finally:
            settings.set_currency("CNY")
            i18n.set_language("en")
    # Each language and currency reads its own: nothing remembered from another leaks in.
    assert seen["en", "CNY"] != seen["zh_CN", "CNY"] and seen["en", "CNY"] != seen["en", "USD"]
    assert seen["zh_CN", "CNY"] != seen["zh_CN", "USD"]


def test_a_reason_is_written_once_and_again_only_when_its_parameters_differ(qapp, pack, monkeypatch):
    written = []
    real = Words.reason

    def counted(self, reason):
        written.append(reason)
        return real(self, reason)

    monkeypatch.setattr(Words, "reason", counted)
    text.refresh_display_settings()  # nothing remembered from other tests
    # An amount in the display currency (the budget sentence of any scenario, with other figures).
    budget = Reason(BUDGET_OK, {"budget": Money(500_000.0), "cost": Money(312_000.0)})
    first = text.render_reason(budget, pack)
    assert text.render_reason(Reason(BUDGET_OK, {"budget": Money(500_000.0), "cost": Money(312_000.0)}),
                              pack) == first
    assert len(written) == 1  # the same template and parameters: remembered
    # Another amount is another sentence.
    other = text.render_reason(Reason(BUDGET_OK, {"budget": Money(500_000.0), "cost": Money(412_000.0)}), pack)
    assert other != first and len(written) == 2
    # The same number of another kind is written as that kind (a count, not an amount of money).
    as_count = text.render_reason(Reason(BUDGET_OK, {"budget": Money(500_000.0), "cost": Count(312_000.0)}),
                                  pack)
    assert as_count != first and len(written) == 3
    assert as_count == real(text.words(pack), Reason(BUDGET_OK, {"budget": Money(500_000.0),
                                                                    "cost": Count(312_000.0)}))


def test_a_window_on_a_pack_of_its_own_keeps_its_words_and_sentences_across_moves(qapp, pack, monkeypatch):
    """A window on another pack (an imported one) asks for its pack's Words and the bundled pack's at every
    move: both are kept, and the sentences written stay remembered."""
    import dataclasses
    other = dataclasses.replace(pack)  # the same figures, another pack object
    assert other is not pack
    text.refresh_display_settings()
    made = []
    make = i18n.words
    monkeypatch.setattr(i18n, "words", lambda p: made.append(p) or make(p))
    reason = _reasons(other)[0]
    for _ in range(5):  # five moves: the window's pack, then the bundled pack's amounts
        first = text.render_reason(reason, other)
        text.money(1234.0)
    assert len(made) <= 2  # one Words for each pack, made once
    written = []
    monkeypatch.setattr(Words, "reason", lambda self, r: written.append(r) or "")
    assert text.render_reason(reason, other) == first and not written  # remembered, not written again


def test_two_flip_points_alike_in_yuan_are_remembered_apart_in_dollars(qapp, pack):
    """A budget point is written in the reader's currency from the point it rounds (flips.WrittenPoint): two that read
    ¥212k alike need not read alike in dollars, and the sentence remembered for one is not shown for the other."""
    from wxdesk.engine.flips import FLIP_BUDGET_BELOW, FLIP_DROPS, WrittenPoint
    from wxdesk.engine.reasons import Held

    change = Reason(FLIP_DROPS, {"dropped": Held(["mini_program"])})
    first, second = (Reason(FLIP_BUDGET_BELOW, {"value": WrittenPoint(point, False), "change": change})
                     for point in (212_069.39, 212_900.0))
    assert float(first.params["value"]) == float(second.params["value"])  # alike in yuan
    settings.set_currency("USD")
    try:
        shown = [text.render_reason(reason, pack) for reason in (first, second, first, second)]
        words = i18n.words(pack)
        assert shown == [words.reason(first), words.reason(second)] * 2
        assert shown[0] != shown[1], shown
    finally:
        settings.set_currency("CNY")
