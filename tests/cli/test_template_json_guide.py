"""The field guide `wxdesk template` prints beside a JSON scenario describes lists as JSON lists: it said "joined with
';'. Default sell." beside "goals": ["sell"], and a user who wrote "goals": "sell;news" as told was refused."""

import json

from wxdesk.batch.template import guide, json_template
from wxdesk.engine import scenario_from_json


def _lines(table):
    return {line.split(":", 1)[0]: line for line in guide(table=table)}


def test_the_json_guide_gives_lists_as_json():
    lines = _lines(table=False)
    assert lines["goals"].endswith(", each once. Default [\"sell\"].") and "a list of any of news" in lines["goals"]
    assert lines["needs"].endswith(". Default [].")
    assert all("joined with" not in line for line in lines.values())


def test_the_table_guide_still_gives_cells():
    lines = _lines(table=True)
    assert lines["goals"].endswith("each once, joined with ';'. Default sell.")
    assert lines["needs"].endswith("joined with ';'. Default (none).")


def test_a_file_written_as_the_json_guide_says_is_read():
    data = json.loads(json_template())
    data["goals"], data["needs"] = ["sell", "news"], ["payments"]
    scenario = scenario_from_json(json.dumps(data))
    assert sorted(scenario.goals) == ["news", "sell"] and list(scenario.needs) == ["payments"]
