"""The handout's three best plans say when the next best is a close call (issue 10: one answer a client can trust).

fitness_coaching's recommended card read "✓ The highest score of every plan considered" beside a next best 0.3 points
behind, a clear win the model cannot claim.
"""

from __future__ import annotations

import pytest

from pdf_text import pdf_text, squeeze

from wxdesk import cli
from wxdesk.engine import evaluate, load_datapack, load_preset

PACK = load_datapack()


@pytest.mark.parametrize("preset", ["fitness_coaching", "food_ordering"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_recommended_card_says_close_call_exactly_when_the_next_best_is_one(tmp_path, qapp, preset, lang):
    close = evaluate(load_preset(preset), PACK).alternatives[0].close_call
    assert close == (preset == "fitness_coaching")
    out = tmp_path / f"{preset}.pdf"
    assert cli.main(["report", "--preset", preset, "-o", str(out), "--lang", lang]) == 0
    text = squeeze(pdf_text(out))
    called = {"en": ("inaclosecallwiththenextbest", "aclosecall,nearerthanthemodel"),
              "zh_CN": ("但与次优方案难分高下", "两者难分高下")}[lang]
    # The recommended card and the next best's own line agree, and neither speaks of a close call otherwise.
    assert [phrase in text for phrase in called] == [close, close]
    highest = {"en": "Thehighestscoreofeveryplanconsidered", "zh_CN": "在所有备选方案中得分最高"}[lang]
    assert highest in text
