"""A variant card's title says it is the plan with one or both, against what the plan holds.

car_brand's card "With a native app" (Official Account + Channels + Native app, 68.0) stood below its next best,
Channels + Native app, at 69.7: read as "the app scores 68", two figures for one question. Then bank_care's "This plan
with a Mini Program" was its app replaced by a Mini Program, read as one added beside "with both". Each title now
names the plan and says what changes in it: instead, added, or only one of the two it holds.
"""

from __future__ import annotations

import pytest

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.ui import i18n
from wxdesk.ui.variant_card import VARIANTS, VariantCard

pytestmark = pytest.mark.gui

PACK = load_datapack()
# (example, what its plan holds): each card's title in English and Chinese.
CASES = {
    ("car_brand", "mini_program"): {
        "en": ("This plan with a Mini Program", "This plan with a native app instead", "This plan with both"),
        "zh_CN": ("推荐方案配小程序", "推荐方案改用原生应用", "推荐方案同时配小程序和原生应用")},
    ("bank_care", "native_app"): {
        "en": ("This plan with a Mini Program instead", "This plan with a native app", "This plan with both"),
        "zh_CN": ("推荐方案改用小程序", "推荐方案配原生应用", "推荐方案同时配小程序和原生应用")},
    ("news_publisher", "neither"): {
        "en": ("This plan with a Mini Program added", "This plan with a native app added", "This plan with both added"),
        "zh_CN": ("推荐方案加上小程序", "推荐方案加上原生应用", "推荐方案加上小程序和原生应用")},
}
ADDS = {"mini_program": {"mini_program"}, "native_app": {"native_app"}, "both": {"mini_program", "native_app"}}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize(("preset", "choice"), list(CASES))
def test_each_variant_card_is_titled_as_the_plan_with_its_option(qapp, lang, preset, choice):
    i18n.set_language(lang)
    try:
        evaluation = evaluate(load_preset(preset, lang), PACK)
        assert evaluation.app_or_mini_program.choice == choice  # the case itself
        others = {m for m in evaluation.plan.presences if m not in ("mini_program", "native_app")}
        titles = []
        for variant in VARIANTS:
            card = VariantCard(variant, PACK)
            card.show_evaluation(evaluation)
            titles.append(card.title.text())
            # What the title says of it: the plan's other presences, with the Mini Program, the app or both.
            assert set(evaluation.app_or_mini_program.variants[variant].presences) == others | ADDS[variant]
            card.deleteLater()
        assert tuple(titles) == CASES[(preset, choice)][lang]
    finally:
        i18n.set_language("en")


def test_the_plan_with_both_says_which_one_a_card_keeps(qapp):
    """A plan holding both (food_ordering with 5M users in 5-minute sessions): the other two cards keep one of them."""
    evaluation = evaluate(load_preset("food_ordering").with_changes(audience=5_000_000, interaction_minutes=5), PACK)
    assert evaluation.app_or_mini_program.choice == "both"  # the case itself
    titles = []
    for variant in VARIANTS:
        card = VariantCard(variant, PACK)
        card.show_evaluation(evaluation)
        titles.append(card.title.text())
        card.deleteLater()
    assert titles == ["This plan with the Mini Program only", "This plan with the app only", "This plan with both"]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("choice", ["mini_program", "native_app", "both", "neither"])
def test_the_note_under_the_chart_quotes_a_ruled_out_card_by_its_title(qapp, lang, choice):
    """The note named a ruled-out card its own way: "The plan with a Mini Program is ruled out" beside a plan of a Mini
    Program and an app, whose card read "This plan with the Mini Program only"."""
    from dataclasses import replace

    from wxdesk.engine.reasons import card_title
    from wxdesk.ui import text
    i18n.set_language(lang)
    try:
        evaluation = evaluate(load_preset("car_brand", lang), PACK)
        # Each other card's title as the window writes it for this choice, against the term the note quotes.
        evaluation = replace(evaluation, app_or_mini_program=replace(evaluation.app_or_mini_program, choice=choice))
        for variant in ("mini_program", "native_app", "both"):
            if variant == choice:
                continue
            card = VariantCard(variant, PACK)
            card.show_evaluation(evaluation)
            assert text.words(PACK).term(card_title(variant, choice)) == card.title.text()
            card.deleteLater()
    finally:
        i18n.set_language("en")
