"""The long image gives the Official Account's former name once, at its first mention from the top, and "Official
Account" (公众号) after, as the handout and the command line's summary do: it wrote "Official Account (formerly
Subscription Account)" in full in the recommendation, each role, every plan's name and bar label, and each line
about it."""

from __future__ import annotations

import pytest

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.words.vocabulary import PRESENCES, without_former_names

PACK = load_datapack()
LANGS = ("en", "zh_CN")
FULL = {"en": PRESENCES["subscription"].english, "zh_CN": PRESENCES["subscription"].chinese}
SHORT = {"en": "Official Account", "zh_CN": "公众号"}


def _plans(preset: str):
    evaluation = evaluate(load_preset(preset), PACK)
    return evaluation.plan, *evaluation.alternatives


# The image shows the plan and its next plans only: the presets whose plans hold the Official Account name it.
HOLDING = [preset for preset in preset_ids() if any("subscription" in p.presences for p in _plans(preset))]


def _texts(preset: str, lang: str, no_prices: bool = False) -> list[str]:
    """The image's texts from the top down, as the reader reads them (ImageLayout.texts)."""
    from wxdesk.report.command import reader_words
    from wxdesk.share import layout_image
    evaluation = evaluate(load_preset(preset, lang), PACK)
    return layout_image(evaluation, PACK, reader_words(lang, "CNY", PACK), 1080, flips={},
                        no_prices=no_prices).texts


def test_some_plans_hold_the_official_account():
    assert "car_brand" in HOLDING and "news_publisher" in HOLDING


@pytest.mark.parametrize("no_prices", [False, True])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("preset", HOLDING)
def test_the_former_name_is_given_once_at_the_first_mention(preset, lang, no_prices, qapp):
    """Also without prices: the lines left out are never the ones that took the full name."""
    text = "\n".join(_texts(preset, lang, no_prices))
    full, short = FULL[lang], SHORT[lang]
    assert text.count(full) == 1, (preset, lang, text.count(full))
    # The first "Official Account" is the full name's own: the name alone never comes before it.
    assert text.find(short) == text.find(full)


@pytest.mark.parametrize("lang", LANGS)
def test_the_recommendation_names_it_in_full_and_the_roles_by_the_name_alone(lang, qapp):
    texts = _texts("car_brand", lang)
    recommendation = next(t for t in texts if FULL[lang] in t)
    assert recommendation.startswith({"en": "We recommend", "zh_CN": "推荐方案："}[lang])
    assert SHORT[lang] in texts  # the role's title under "What each presence does"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("preset", ["car_brand", "news_publisher"])
def test_only_the_former_name_changes(preset, lang, qapp, monkeypatch):
    """Every other text reads as before, in the same order: only the repeated former name went."""
    from wxdesk.share import image
    named = _texts(preset, lang)

    class EveryName:
        def __call__(self, text: str) -> str:
            return text
    monkeypatch.setattr(image, "NamedOnce", EveryName, raising=False)
    every = _texts(preset, lang)
    assert sum(t.count(FULL[lang]) for t in every) > 1  # (the check can fail)
    assert [without_former_names(t) for t in named] == [without_former_names(t) for t in every]
