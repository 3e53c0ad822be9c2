"""A presence the business may not register says what is open to it instead, where the pack's eligibility facts name
one: beside the panel's "Not open to an overseas company", "Official Account cannot be registered by an overseas
company" said the same thing twice."""

from __future__ import annotations

import pytest

from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine import reasons as R
from wxdesk.engine.fit import is_eligible

PACK = load_datapack()


@pytest.mark.parametrize(("entity", "presence", "instead"), [("overseas_company", "subscription", "service"),
                                                              ("individual", "service", "subscription"),
                                                              ("individual", "wecom", None)])
def test_a_presence_not_open_to_the_business_names_the_one_that_is(entity, presence, instead):
    scenario = Scenario().with_changes(entity=entity, china_share=0.9)
    assert not is_eligible(presence, scenario, PACK)
    (reason,) = evaluate(scenario, PACK).presence(presence).reasons
    if instead is None:
        assert reason.template == R.INELIGIBLE
    else:
        assert reason.template == R.INELIGIBLE_INSTEAD and str(reason.params["instead"]) == instead
        assert is_eligible(instead, scenario, PACK)
