"""One message a month is said as one: the Official Account's card read "Your 1 messages a month fit within its one
push a day." (fit.push_reason)."""

from __future__ import annotations

import pytest

from wxdesk.batch.language import translate_function
from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine import reasons as R
from wxdesk.words import Words

PACK = load_datapack()
ONE = (R.PUSH_FITS_SERVICE_ONE, R.PUSH_FITS_FOLDER_ONE, R.PUSH_FITS_FOLDER_OWN_ONE, R.PUSH_STAFF_WECOM_ONE)
MANY = (R.PUSH_FITS_SERVICE, R.PUSH_FITS_FOLDER, R.PUSH_FITS_FOLDER_OWN, R.PUSH_STAFF_WECOM)


# A company's Service Account and Official Account, an individual's Official Account (she writes her own), and WeCom's
# notices to a company's staff.
@pytest.mark.parametrize(("entity", "goals"), [("company", ["service", "news"]), ("individual", ["service", "news"]),
                                               ("company", ["employees"])])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_one_message_a_month_is_said_as_one(entity, goals, lang):
    w = Words.make(lang, "CNY", PACK, translate_function(lang))
    for messages, said, unsaid in ((1, ONE, MANY), (2, MANY, ONE)):
        scenario = Scenario().with_changes(pushes_per_month=messages, goals=goals, entity=entity)
        reasons = [r for p in evaluate(scenario, PACK).presences for r in p.reasons]
        found = [r for r in reasons if r.template in said]
        assert found and not any(r.template in unsaid for r in reasons), (messages, [r.template for r in reasons])
        for reason in found:
            text = w.reason(reason)
            if lang == "en":
                assert ("Your one message a month" in text) == (messages == 1), text
            else:
                assert f"{messages} 条消息" in text, text
