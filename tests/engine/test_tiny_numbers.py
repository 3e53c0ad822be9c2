"""Numbers too small to say as written: a file's session of 1e-320 minutes read "Session length (minutes):
9.99989e-321" and "Sessions of 9.99989e-321 min"; one of 0.0001 minutes read "Sessions of 0 min are short"."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine.fit import as_said
from wxdesk.engine.reasons import Fixed
from wxdesk.engine.scenario import ScenarioError, scenario_from_dict
from wxdesk.words.summary import as_typed

PACK = load_datapack()


@pytest.mark.parametrize("field", ["interaction_minutes"])  # (the field that must be more than 0)
def test_a_value_below_the_smallest_normal_number_is_too_small_to_be_told_from_0(field):
    data = {**Scenario().to_dict(), field: 1e-320}
    with pytest.raises(ScenarioError, match=r"holds 1e-320, which is too small to be told from 0"):
        scenario_from_dict(data)
    assert scenario_from_dict({**data, field: sys.float_info.min * 2}) is not None


@given(st.floats(min_value=sys.float_info.min, max_value=1e3, exclude_min=False))
def test_a_count_or_length_as_said_is_never_0_for_a_value_above_0(value):
    said = as_said(value)
    written = said.text() if isinstance(said, Fixed) else str(said)  # (as a sentence writes it)
    assert said != 0 and "e" not in written or value < 1e-12
    assert said == int(value) if value == int(value) else abs(said - value) <= max(0.005, abs(value) * 0.05)
    assert value >= 0.01 or abs(said - value) <= abs(value) * 0.05  # (0.005 read "0.01", twice the input)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_an_input_as_typed_reads_back_as_itself(value):
    assert float(as_typed(value)) == value


def test_a_tiny_session_is_said_as_held():
    ev = evaluate(Scenario().with_changes(interaction_minutes=0.0001), PACK, dt.date(2026, 12, 1))
    texts = [r.text for p in ev.presences for r in p.reasons]
    assert any("Sessions of 0.0001 min" in t for t in texts) and not any("Sessions of 0 min" in t for t in texts)
    assert as_typed(3.0) == "3" and as_typed(7.55) == "7.55" and as_typed(1e-320) == "1e-320"
    assert as_typed(1e-07) == "0.0000001" and as_typed(1.5e-05) == "0.000015"
    for tiny, said in ((0.005, "0.005"), (1e-07, "0.0000001"), (0.0012, "0.0012")):
        ev = evaluate(Scenario().with_changes(interaction_minutes=tiny), PACK, dt.date(2026, 12, 1))
        assert any(f"Sessions of {said} min" in r.text for p in ev.presences for r in p.reasons), tiny
