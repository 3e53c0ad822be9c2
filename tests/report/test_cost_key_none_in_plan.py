"""The cost key gives the plan's amounts; a part only the other plans hold is named as none in the plan.

yoga_teacher's key read "Paid reach ¥0" under the orange of her Mini Program's ¥44k of paid reach, which a client read
as a slip; and a part the plan holds still gives its amount.
"""

from __future__ import annotations

import pytest

from pdf_text import pdf_text

from wxdesk import cli
from wxdesk.engine import evaluate, load_datapack, load_preset

NONE = {"en": "Paid reach (none in the plan)", "zh_CN": "付费触达（推荐方案无此项）"}
ZERO = {"en": "Paid reach ¥0", "zh_CN": "付费触达 ¥0"}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_part_only_other_plans_hold_is_named_as_none_in_the_plan(tmp_path, qapp, lang):
    pack = load_datapack()
    evaluation = evaluate(load_preset("yoga_teacher"), pack)
    # (The case itself: her plan buys no paid reach, a plan on the chart beside it does.)
    assert round(evaluation.plan.breakdown["reach"]) == 0
    assert any(round(plan.breakdown["reach"]) > 0 for plan in evaluation.alternatives)
    out = tmp_path / "handout.pdf"
    assert cli.main(["report", "--preset", "yoga_teacher", "-o", str(out), "--lang", lang]) == 0
    text = " ".join(pdf_text(out).split())
    assert NONE[lang] in text and ZERO[lang] not in text
    # The parts the plan holds keep their amounts.
    fees = "Platform and service fees ¥" if lang == "en" else "平台与服务费用 ¥"
    assert fees in text
