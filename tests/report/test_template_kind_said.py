"""A rented template Mini Program is named one way on a handout: its card's kind is its appendix row's.

The yoga teacher's Mini Program card read "a ready-made information Mini Program" (an individual's takes no WeChat Pay)
and her appendix "Rent a SaaS template Mini Program (ordering, booking or shop)" for the same rent.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.pdf_text import handout_text, squeeze
from wxdesk.batch.language import translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.report import assumptions
from wxdesk.words import Words
from wxdesk.words.template_kind import RENT, kinds, template_labels

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)


def _words(lang: str) -> Words:
    return Words.make(lang, "CNY", PACK, translate_function(lang))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_packs_label_names_the_kind_the_cards_name_for_a_company(lang):
    # (The appendix's label for anyone else is the pack's own: the company's kind stands in it, word for word, so that
    # an individual's replaces it.)
    w = _words(lang)
    assert kinds("company", w) in w.label(PACK.figures[RENT])
    assert template_labels(PACK, "company", w) == {}


@pytest.mark.parametrize("entity", ["company", "individual"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_templates_card_and_its_appendix_row_name_one_kind(lang, entity):
    scenario = load_preset("yoga_teacher", lang).with_changes(entity=entity)
    evaluation = evaluate(scenario, PACK, TODAY)
    w = _words(lang)
    [card] = [r for r in evaluation.presence("mini_program").reasons
              if r.template in (R.MP_TEMPLATE, R.MP_TEMPLATE_LIVE)]
    kind = kinds(entity, w)
    assert kind in w.reason(card)
    label = template_labels(PACK, entity, w).get(RENT, w.label(PACK.figures[RENT]))
    rows = [row for group in assumptions.groups(PACK, w, labels=template_labels(PACK, entity, w))
            for row in group.rows if row[0] == label]
    assert len(rows) == 1 and kind in label, (label, kind)
    other = kinds("company" if entity == "individual" else "individual", w)
    assert other not in rows[0][0] and other not in w.reason(card)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_yoga_teachers_handout_names_her_template_one_way(qapp, lang):
    text = squeeze(handout_text("yoga_teacher", lang))
    w = _words(lang)
    assert squeeze(kinds("individual", w)) in text
    assert squeeze(kinds("company", w)) not in text
    assert squeeze(template_labels(PACK, "individual", w)[RENT]) in text
