"""The handout gives the Official Account's former name once, at its first mention from page 1 on, and "Official
Account" (公众号) after, as the command line's summary does: it wrote "Official Account (formerly Subscription
Account)" in full on every card, why-not line, chart label and table row (20 times in car_brand), which a client
read as padding."""

from __future__ import annotations

import re

import pytest

from pdf_text import handout_text, pdf_text, squeeze

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.words.vocabulary import PRESENCES

PACK = load_datapack()
LANGS = ("en", "zh_CN")
FULL = {"en": squeeze(PRESENCES["subscription"].english), "zh_CN": squeeze(PRESENCES["subscription"].chinese)}
SHORT = {"en": "OfficialAccount", "zh_CN": "公众号"}

# On one worker with test_disclaimer_placed.py, which reads the same handouts (pdf_text.handout_text: written once).
pytestmark = pytest.mark.xdist_group("handout_texts")


def _plans(preset: str):
    evaluation = evaluate(load_preset(preset), PACK)
    return evaluation.plan, *evaluation.alternatives


# The presets whose plan or next plans hold the Official Account, named on page 1 or on the plans' cards; every
# handout names it at least on its card under "Every presence and its fit", where the others first meet it.
# (Or a card names such a plan: city_service's next best names the plan left out above it, which holds one.)
HOLDING = [preset for preset in preset_ids() if any("subscription" in p.presences for p in _plans(preset))
           or any("subscription" in r.params.get("plan", ()) for p in _plans(preset)[1:] for r in p.why_not)
           # (Or the plan's cost line names the cheapest plan, which holds one: bank_care's, since 7 December 2026.)
           or any("subscription" in r.params.get("cheapest", ()) for p in _plans(preset) for r in p.reasons)]
PLAN_HOLDS = [preset for preset in HOLDING if "subscription" in _plans(preset)[0].presences]
ON_ITS_CARD = [preset for preset in preset_ids() if preset not in HOLDING]


def _handout(preset: str, lang: str, tmp_path=None) -> str:
    """The handout's text as pdftotext reads it, in drawing order (squeeze it to read across line ends): written
    once in the process (pdf_text.handout_text), or, given a folder, written there afresh (a test that patched the
    handout's code)."""
    if tmp_path is None:
        return handout_text(preset, lang)
    from wxdesk.report.command import reader_words
    from wxdesk.report.handout import write_report
    path = tmp_path / "handout.pdf"
    write_report(evaluate(load_preset(preset, lang), PACK), PACK, path, reader_words(lang, "CNY", PACK))
    return pdf_text(path)


def test_some_plans_hold_the_official_account():
    assert PLAN_HOLDS and "car_brand" in PLAN_HOLDS


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("preset", preset_ids())
def test_the_former_name_is_given_once_at_the_first_mention(preset, lang, qapp):
    raw = _handout(preset, lang)
    text, full, short = squeeze(raw), FULL[lang], SHORT[lang]
    assert text.count(full) == 1, (preset, lang, text.count(full))
    # The first "Official Account" is the full name's own: the name alone never comes before it.
    assert text.find(short) == text.find(full)
    assert text.count(short) > 1  # and the name alone follows
    if preset in PLAN_HOLDS:  # the recommendation on page 1 names it in full
        assert full in squeeze(raw.split("\f")[0])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("preset", ON_ITS_CARD)
def test_where_no_plan_holds_it_its_card_names_it_in_full(preset, lang, qapp):
    """Where none of the three best plans holds an Official Account (bank_care's), the reader first meets it on its
    card, whose title gives the former name, and the lines under it the name alone."""
    text = squeeze(_handout(preset, lang))
    cards = squeeze({"en": "Every presence and its fit", "zh_CN": "各渠道及其适配度"}[lang])
    assert cards in text
    assert text.find(FULL[lang]) > text.find(cards)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("preset", ["car_brand", *ON_ITS_CARD[:1]])
def test_only_the_former_name_changes(preset, lang, tmp_path, qapp, monkeypatch):
    """Every other word reads as before, in the same order: only the repeated former name went (compared with the
    footers left out, as the shorter names may end a page elsewhere)."""
    from wxdesk.report import handout
    named = _handout(preset, lang)

    class EveryName:
        def __call__(self, text: str) -> str:
            return text
    monkeypatch.setattr(handout, "NamedOnce", EveryName, raising=False)
    every = _handout(preset, lang, tmp_path)  # (written now, with the name given at every mention)
    assert squeeze(every).count(FULL[lang]) > 1  # (the check can fail)
    client = squeeze(load_preset(preset, lang).client or load_preset(preset, lang).name)
    footer = re.compile(re.escape(client) + r"(?:Page\d+of\d+|第\d+页，共\d+页)")

    def read(text: str) -> str:
        return footer.sub("", squeeze(text)).replace(FULL[lang], SHORT[lang])
    assert read(named) == read(every)
