"""A variant card's title says it is the plan with one or both, not the best plan that holds one.

car_brand's card "With a native app" (Official Account + Channels + Native app, 68.0) stood below its next best,
Channels + Native app, at 69.7: read as "the app scores 68", two figures for one question. Each title now names the
plan, and the card's members (its second line) are the plan's other presences with the option.
"""

from __future__ import annotations

import pytest

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.ui import i18n
from wxdesk.ui.variant_card import VARIANTS, VariantCard

pytestmark = pytest.mark.gui

PACK = load_datapack()
TITLES = {"en": {"mini_program": "This plan with a Mini Program", "native_app": "This plan with a native app",
                 "both": "This plan with both"},
          "zh_CN": {"mini_program": "本方案配小程序", "native_app": "本方案配原生应用", "both": "本方案两者都做"}}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_variant_card_is_titled_as_the_plan_with_its_option(qapp, lang):
    i18n.set_language(lang)
    try:
        evaluation = evaluate(load_preset("car_brand", lang), PACK)
        others = [m for m in evaluation.plan.presences if m not in ("mini_program", "native_app")]
        for variant in VARIANTS:
            card = VariantCard(variant, PACK)
            card.show_evaluation(evaluation)
            assert card.title.text() == TITLES[lang][variant]
            # What the title says of it: the plan's other presences, with the Mini Program, the app or both.
            members = evaluation.app_or_mini_program.variants[variant].presences
            adds = {"mini_program": {"mini_program"}, "native_app": {"native_app"},
                    "both": {"mini_program", "native_app"}}[variant]
            assert set(members) == set(others) | adds
            card.deleteLater()
    finally:
        i18n.set_language("en")
