"""`wxdesk changes` lists the changes newest first in its JSON as in its text (and as docs/command-line.md says):
`changes --json` listed them oldest first."""

import json

from wxdesk.cli import main
from wxdesk.engine import Scenario, load_datapack
from wxdesk.engine.changelog import load_changelog

TEA_SHOP = Scenario().with_changes(name="Tea shop", goals=["sell", "relationship"], needs=["payments"],
                                   audience=2000, budget_cny=50000, pushes_per_month=0,
                                   saved_with_pack="2026-11-24",
                                   overrides={"mp_template_max_users": {"low": 0, "likely": 0, "high": 0}})


def _dates_in_text(text):
    """The dates of the text's blocks, as ISO days, in the order it gives them (its date lines: "30 November 2026")."""
    import datetime as dt
    days = []
    for line in text.splitlines():
        try:
            days.append(dt.datetime.strptime(line.strip(), "%d %B %Y").date().isoformat())
        except ValueError:
            continue
    return days


def _whats_in_text(text):
    return [line.strip()[2:].split(" Why it matters:")[0] for line in text.splitlines()
            if line.strip().startswith("• ")]


def _newest_first(dates):
    return dates == sorted(dates, reverse=True)


def test_the_changelogs_json_is_newest_first_in_the_texts_order(capsys):
    assert main(["changes", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len({c["date"] for c in listed}) > 1
    assert _newest_first([c["date"] for c in listed])
    # Within one pack, in the order the pack lists them, as the text does.
    changes = load_changelog(load_datapack())
    for day in {c["date"] for c in listed}:
        assert [c["what"] for c in listed if c["date"] == day] == [c.what for c in changes if c.date == day]


def test_a_scenarios_changes_are_newest_first_in_the_json_as_in_the_text(tmp_path, capsys):
    shop = tmp_path / "tea-shop.json"
    shop.write_text(TEA_SHOP.to_json(), encoding="utf-8")
    assert main(["changes", str(shop)]) == 0
    text = capsys.readouterr().out
    assert main(["changes", str(shop), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    dates = [c["date"] for c in data["changes"]]
    assert len(set(dates)) > 1 and _newest_first(dates)
    assert _dates_in_text(text) == sorted(set(dates), reverse=True)
    assert [c["what"] for c in data["changes"]] == _whats_in_text(text)
