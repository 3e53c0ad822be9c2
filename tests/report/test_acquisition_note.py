"""The handout's note under the cost key says where the users come from, as the scenario has it.

factory_staff's handout said its plant's workers "all come on their own (stores, search, QR codes, word of mouth)".
"""

from __future__ import annotations

import pytest

from pdf_text import pdf_text

from wxdesk import cli
from wxdesk.engine import load_preset

STAFF = {"en": "Your users are your own staff: none is won through ads",
         "zh_CN": "您的用户就是您自己的员工：无需通过广告获取"}
NONE_PAID = {"en": "No user is won through ads: all come on their own", "zh_CN": "没有用户通过广告获取"}
SOME_PAID = {"en": "User acquisition assumes 10% of your users are won through ads", "zh_CN": "10%"}


def _text(tmp_path, lang: str, preset: str | None = None, scenario=None) -> str:
    out = tmp_path / "handout.pdf"
    if scenario is not None:
        source = tmp_path / "scenario.json"
        source.write_text(scenario.to_json(), encoding="utf-8")
        args = [str(source)]
    else:
        args = ["--preset", str(preset)]
    assert cli.main(["report", *args, "-o", str(out), "--lang", lang]) == 0
    return " ".join(pdf_text(out).split())


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_staff_only_business_is_told_its_users_are_its_staff(tmp_path, qapp, lang):
    text = _text(tmp_path, lang, "factory_staff")
    assert STAFF[lang] in text and NONE_PAID[lang] not in text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_customers_come_on_their_own_or_through_ads_as_the_share_says(tmp_path, qapp, lang):
    yoga = load_preset("yoga_teacher")
    assert yoga.paid_share == pytest.approx(0.10)
    assert SOME_PAID[lang] in _text(tmp_path, lang, scenario=yoga)
    none = _text(tmp_path, lang, scenario=yoga.with_changes(paid_share=0.0))
    assert NONE_PAID[lang] in none and STAFF[lang] not in none
    # Staff with a share won through ads (an odd input, kept as given): the share is said, not "your own staff".
    staff = load_preset("factory_staff").with_changes(paid_share=0.10)
    assert STAFF[lang] not in _text(tmp_path, lang, scenario=staff)
