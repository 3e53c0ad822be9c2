"""The handout's three best plans say when the next best is a close call (issue 10: one answer a client can trust).

fitness_coaching's recommended card read "✓ The highest score of every plan considered" beside a next best 0.3 points
behind, a clear win the model cannot claim.
"""

from __future__ import annotations

import json

import pytest

from pdf_text import pdf_text, squeeze

from wxdesk import cli
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.words.words import Words

PACK = load_datapack()
# The close call: car_brand's owners spending 8 minutes a session, its Channels + Native app at 69.5 and the Mini
# Program beside them at 69.1. (car_brand as it is was the example only while its app's users won through ads were
# priced at WeChat's rate; priced as installs, costs.wechat_door, its next best reads 69.0 against 70.4.)
# food_ordering's next best is no close call.
EXAMPLES = {"car_brand": {"interaction_minutes": 8}, "food_ordering": {}}


def _scenario_file(tmp_path, preset: str, lang: str):
    path = tmp_path / f"{preset}.json"
    path.write_text(json.dumps(load_preset(preset, lang).with_changes(**EXAMPLES[preset]).to_dict()), encoding="utf-8")
    return path


@pytest.mark.parametrize("preset", list(EXAMPLES))
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_recommended_card_says_close_call_exactly_when_the_next_best_is_one(tmp_path, qapp, preset, lang):
    close = evaluate(load_preset(preset).with_changes(**EXAMPLES[preset]), PACK).alternatives[0].close_call
    assert close == (preset == "car_brand")
    out = tmp_path / f"{preset}.pdf"
    assert cli.main(["report", str(_scenario_file(tmp_path, preset, lang)), "-o", str(out), "--lang", lang]) == 0
    text = squeeze(pdf_text(out))
    called = {"en": ("inaclosecallwiththefirstalternative", "aclosecall,nearerthanthemodel"),
              "zh_CN": ("但与备选一难分高下", "两者难分高下")}[lang]
    # The recommended card and the next best's own line agree, and neither speaks of a close call otherwise.
    assert [phrase in text for phrase in called] == [close, close]
    highest = {"en": "Thehighestscoreofeveryplanconsidered", "zh_CN": "在所有候选方案中得分最高"}[lang]
    assert highest in text


def test_page_one_says_the_close_call_under_the_recommendation(tmp_path, qapp):
    """bank_care at 4.5-minute sessions: page 1 said only "We recommend WeCom + Native app" while page 2 showed a
    next best 0.3 points behind and ¥6.96M cheaper. (Found at 4.4 minutes, 0.6 points behind and ¥1.71M cheaper; with
    the app's users won through ads priced as installs, costs.wechat_door, the cheaper plan is the plan there.)"""
    scenario = load_preset("bank_care").with_changes(interaction_minutes=4.5)
    evaluation = evaluate(scenario, PACK)
    assert evaluation.alternatives[0].close_call
    path = tmp_path / "close.json"
    path.write_text(json.dumps(scenario.to_dict()), encoding="utf-8")
    out = tmp_path / "close.pdf"
    assert cli.main(["report", str(path), "-o", str(out), "--lang", "en"]) == 0
    first_page = squeeze(pdf_text(out).split("\f")[0])
    assert "Aclosecall:" in first_page and "weighboth" in first_page
    text = squeeze(pdf_text(out))
    # On the card, the close call is a note (•), never a point against it (✗), and its lower cost a reason to choose.
    line = squeeze(Words().reason(evaluation.alternatives[0].why_not[0]))
    assert line.startswith("Scores") and "aclosecall" in line
    assert "•" + line in text and "✗" + line not in text
    assert "itistheonetochoose" in text and "doesnotmakeupthegap" not in text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", list(EXAMPLES))
def test_the_long_image_says_a_close_call_on_its_first_screen(qapp, lang, preset):
    from wxdesk.batch.language import words
    from wxdesk.share.image import layout_image
    evaluation = evaluate(load_preset(preset, lang).with_changes(**EXAMPLES[preset]), PACK)
    w = words(lang)
    layout = layout_image(evaluation, PACK, w, 1080, flips={})
    close = evaluation.alternatives[0].close_call
    assert close == (preset == "car_brand")
    answer = " ".join(layout.block("answer").texts)
    said = {"en": "A close call:", "zh_CN": "两者难分高下："}[lang]
    assert (said in answer) == close
    heading = layout.block("alternatives").texts[0]
    assert heading == (w.translate("Share", "The alternatives") if close
                       else w.translate("Share", "Why not the alternatives"))
