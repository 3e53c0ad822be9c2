"""A batch's CSV says whether the plan makes the date at its slowest too, as the JSON's live_in_time_at_slowest does:
a row with live_in_time true read as in time while its text said "though not at the slowest"."""

import csv
import dataclasses
import datetime as dt
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.batch.contract import evaluation_record
from wxdesk.batch.writers import csv_header, encode_row
from wxdesk.engine import evaluate, load_datapack, load_preset

PACK = load_datapack()
TODAY = dt.date(2026, 12, 7)
CELL = {True: "true", False: "false", None: ""}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["car_brand", "bank_care", "yoga_teacher"]), st.one_of(st.none(), st.integers(1, 400)))
def test_the_csv_says_both_ends_of_the_launch_against_the_date_as_the_json_does(preset, days):
    live_by = "" if days is None else (TODAY + dt.timedelta(days=days)).isoformat()
    record = evaluation_record(evaluate(dataclasses.replace(load_preset(preset), live_by=live_by), PACK, TODAY), "en")
    row = {"row": 1, "source": "x", "error": None, **record}
    cells = next(csv.DictReader(io.StringIO(csv_header() + encode_row(row, "csv"))))
    assert cells["live_in_time"] == CELL[record["plan"]["live_in_time"]]
    assert cells["live_in_time_at_slowest"] == CELL[record["plan"]["live_in_time_at_slowest"]]
    if days is None:
        assert cells["live_in_time_at_slowest"] == ""
