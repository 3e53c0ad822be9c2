"""A variant card shown one evaluation after another writes again only the parts whose figures or words changed,
and ends each step showing what a card shown that evaluation alone shows: its texts, tooltip, badge, frame and the
look of its line's key, through plan changes, a variant ruled out and admitted again, and a change of language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset
from wxdesk.ui import i18n, variant_card
from wxdesk.ui.variant_card import VARIANTS, VariantCard

pytestmark = pytest.mark.gui

PACK = load_datapack()


def _shown(card: VariantCard) -> tuple:
    return (card.title.text(), card.accessibleName(), card.presences.text(), card.cost.text(), card.ruled_out.text(),
            card.ruled_out.isVisibleTo(card), card.note.text(), card.note.isVisibleTo(card), card.toolTip(),
            card.badge.isVisibleTo(card), card.highlighted, card.swatch.bold, card.swatch.dashed, card.more_shown)


def _alone(variant: str, evaluation) -> tuple:
    card = VariantCard(variant, PACK)
    card.show()
    card.show_evaluation(evaluation)
    QApplication.processEvents()
    try:
        return _shown(card)
    finally:
        card.deleteLater()


def _scenarios() -> list[Scenario]:
    car_brand = load_preset("car_brand")
    audiences = [20_000, 80_000, 300_000, 1_000_000, 3_000_000, 8_000_000]
    drag = [car_brand.with_changes(audience=a) for a in audiences + audiences[-2::-1]]
    budgets = [car_brand.with_changes(budget_cny=b) for b in (50_000, 400_000, 3_000_000)]
    # A Mini Program no one can reach (ruled out), then reached again; a need only an app can carry.
    ruled = [Scenario().with_changes(china_share=0, goals=["sell"]), Scenario().with_changes(goals=["sell"]),
             Scenario().with_changes(needs=["background"], goals=["service"])]
    return drag + budgets + ruled + drag[:3]


@pytest.mark.parametrize("variant", VARIANTS)
def test_each_step_shows_what_a_card_shown_it_alone_shows(qapp, variant):
    card = VariantCard(variant, PACK)
    card.show()
    try:
        for scenario in _scenarios():
            evaluation = evaluate(scenario, PACK)
            card.show_evaluation(evaluation)
            QApplication.processEvents()
            assert _shown(card) == _alone(variant, evaluation), scenario
        i18n.set_language("zh_CN")  # (the card retranslates itself: every part in the new words)
        QApplication.processEvents()
        assert _shown(card) == _alone(variant, evaluation)
    finally:
        i18n.set_language("en")
        card.deleteLater()


def test_a_step_that_changes_only_the_cost_makes_no_other_text(qapp, monkeypatch):
    """An audience step that leaves the plan's members and choice as they were writes the cost line, and makes
    neither the plan's name nor the title again (each was made at every step, for labels that found it unchanged)."""
    car_brand = load_preset("car_brand")
    before, after = (evaluate(car_brand.with_changes(audience=a), PACK) for a in (300_000, 310_000))
    variant = before.app_or_mini_program.choice
    plan_before, plan_after = (e.app_or_mini_program.variants[variant] for e in (before, after))
    assert plan_before.presences == plan_after.presences and plan_before.total.likely != plan_after.total.likely
    card = VariantCard(variant, PACK)
    card.show()
    try:
        card.show_evaluation(before)
        made: list[str] = []
        plan_name, title = variant_card.text.plan_name, VariantCard._title
        monkeypatch.setattr(variant_card.text, "plan_name", lambda *a: made.append("plan_name") or plan_name(*a))
        monkeypatch.setattr(VariantCard, "_title", lambda self: made.append("title") or title(self))
        cost = card.cost.text()
        card.show_evaluation(after)
        assert made == [] and card.cost.text() != cost
        QApplication.processEvents()
        assert _shown(card) == _alone(variant, after)
    finally:
        card.deleteLater()
