"""A line that repeats a table's header is said to repeat it (two tables pasted one below the other), not read as a
row whose budget is the text "budget_cny"; and a number written as more than 0 but too small for a float (1e-400),
which reads as 0, is refused where 0 is in the words of the too-large refusal, not as "must be more than 0 …, not 0"
of a file that holds no 0."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.batch.sources import csv_rows, jsonl_rows
from wxdesk.engine import Scenario, ScenarioError, scenario_from_dict, scenario_from_json
from wxdesk.engine.scenario import read_number

HEADER = "name,budget_cny,interaction_minutes\n"


@pytest.mark.parametrize("again", [HEADER, " name , budget_cny,interaction_minutes\n", "\ufeff" + HEADER])
def test_a_line_repeating_the_header_says_so(again):
    rows = list(csv_rows([HEADER, "A,1,3\n", again, "B,2,3\n"], "t.csv"))
    assert [r.error for r in rows] == [None, "t.csv line 3: the line repeats the header, so it holds no scenario; "
                                       "remove it (a second table pasted below the first?).", None]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 9), st.integers(330, 5000), st.sampled_from(["e", "E"]))
def test_a_number_too_small_to_tell_from_0_is_said_so_where_0_is_refused(digit, power, e):
    written = f"{digit}{e}-{power}"
    assert read_number(written) == 0 and read_number(written).text == written
    said = f"holds {written}, which is too small to be told from 0."
    (row,) = csv_rows([HEADER, f"A,60000,{written}\n"], "t.csv")
    with pytest.raises(ScenarioError) as refused:
        scenario_from_dict(row.data)
    assert str(refused.value) == f"Field 'interaction_minutes' {said}"
    text = Scenario().to_json().replace('"interaction_minutes": 3.0', f'"interaction_minutes": {written}')
    with pytest.raises(ScenarioError) as refused:
        scenario_from_json(text)
    assert str(refused.value) == f"Field 'interaction_minutes' {said}"
    # Where 0 is a value (a budget of nothing), it is 0.
    assert scenario_from_json(Scenario().to_json().replace('"budget_cny": 500000.0',
                                                           f'"budget_cny": {written}')).budget_cny == 0
    # A line that fails echoes the number as it was written.
    (line,) = jsonl_rows([json.dumps({"interaction_minutes": 1.0}).replace("1.0", written) + "\n"], "t.jsonl")
    assert line.given == {"interaction_minutes": written}


@pytest.mark.parametrize("zero", ["0", "0.0", "0e5", "-0", "0.000e-400"])
def test_a_written_0_is_0(zero):
    assert read_number(zero) == 0 and not hasattr(read_number(zero), "text")
