"""The scenario file format: round trip, and one clear sentence for every bad input."""

import json

import pytest

from wxdesk.engine import Scenario, ScenarioError, read_scenario_file, scenario_from_json
from wxdesk.engine.scenario import REQUIRED_FIELDS


def _doc(**changes):
    data = Scenario().to_dict()
    data.update(changes)
    return data


def test_round_trip_field_by_field():
    original = Scenario().with_changes(name="测试 scenario", budget_cny=123456.5, interaction_minutes=7.5, audience=42,
                        china_share=0.25, pushes_per_month=12, goals=["sell", "news"],
                        needs=["offline", "payments"], horizon_years=7, entity="individual",
                        client="Client Co.", notes="multi\nline",
                        overrides={"app_build_cny": {"low": 1.0, "likely": 2.0, "high": 3.0}})
    assert original.goals == ("news", "sell")  # kept in a canonical order
    loaded = scenario_from_json(original.to_json())
    for name in Scenario.__dataclass_fields__:
        assert getattr(loaded, name) == getattr(original, name), name


@pytest.mark.parametrize("changes, field, words", [
    ({"budget_cny": -1}, "budget_cny", "at least 0"),
    ({"budget_cny": "lots"}, "budget_cny", "must be a number"),
    ({"budget_cny": True}, "budget_cny", "must be a number"),
    ({"interaction_minutes": 0}, "interaction_minutes", "more than 0"),
    ({"audience": -5}, "audience", "at least 0"),
    ({"china_share": 1.5}, "china_share", "at most 1"),
    ({"pushes_per_month": None}, "pushes_per_month", "not null"),
    ({"goals": "news"}, "goals", "must be a list"),
    ({"goals": ["news", "fame"]}, "goals", "fame"),
    ({"needs": ["teleport"]}, "needs", "teleport"),
    ({"goals": ["sell", "news", "sell"]}, "goals", 'the text "sell" more than once'),
    ({"needs": ["payments", "payments"]}, "needs", 'the text "payments" more than once'),
    ({"horizon_years": 0}, "horizon_years", "at least 1"),
    ({"horizon_years": 11}, "horizon_years", "at most 10"),
    ({"horizon_years": 2.5}, "horizon_years", "whole number"),
    ({"entity": "robot"}, "entity", "company, individual, overseas_company"),
    ({"name": 5}, "name", "must be text"),
    ({"colour": "red"}, "colour", "not part of a wxdesk scenario"),
    ({"version": 3}, "version", "newer wxdesk"),
    ({"format": "other"}, "format", "not a wxdesk scenario"),
    ({"overrides": {"app_build_cny": {"low": 3, "likely": 2, "high": 1}}}, "overrides", "low ≤ likely ≤ high"),
])
def test_invalid_fields_named(changes, field, words):
    with pytest.raises(ScenarioError) as err:
        scenario_from_json(json.dumps(_doc(**changes)))
    message = str(err.value)
    assert f"'{field}" in message and words in message
    assert message.count(". ") == 0 and message.endswith(".")  # one sentence


@pytest.mark.parametrize("field", REQUIRED_FIELDS)
def test_missing_field_named(field):
    data = _doc()
    del data[field]
    with pytest.raises(ScenarioError, match=f"'{field}' is missing"):
        scenario_from_json(json.dumps(data))


@pytest.mark.parametrize("text, words", [
    ('{"format": "wxdesk-scenario", "version": 1, "budget_cny": NaN}', "NaN"),
    ('{"format": "wxdesk-scenario", "version": 1, "budget_cny": Infinity}', "Infinity"),
    ("", "empty"),
    ("   \n", "empty"),
    ("{not json", "not valid JSON"),
    ("[1, 2]", "JSON object"),
    (b"\xff\xfe\x00", "not UTF-8"),
    ("[" * 100000, "nests too deeply"),
])
def test_malformed_text(text, words):
    with pytest.raises(ScenarioError, match=words):
        scenario_from_json(text)


def test_overrides_checked_against_pack(pack):
    doc = json.dumps(_doc(overrides={"no_such_figure": 3}))
    with pytest.raises(ScenarioError, match="names no figure"):
        scenario_from_json(doc, pack.figures)
    single = scenario_from_json(json.dumps(_doc(overrides={"app_build_cny": 5})), pack.figures)
    assert single.overrides == {"app_build_cny": {"low": 5.0, "likely": 5.0, "high": 5.0}}


def test_file_errors_name_the_file(tmp_path):
    with pytest.raises(ScenarioError, match="does not exist"):
        read_scenario_file(tmp_path / "missing.json")
    with pytest.raises(ScenarioError, match="is a folder"):
        read_scenario_file(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "wxdesk-scenario", "version": 1}')
    before = bad.read_bytes()
    with pytest.raises(ScenarioError, match=r"bad\.json: Field 'name' is missing"):
        read_scenario_file(bad)
    assert bad.read_bytes() == before


def test_with_changes_validates():
    with pytest.raises(ScenarioError, match="china_share"):
        Scenario().with_changes(china_share=2)
    assert Scenario().with_changes(audience=10).audience == 10


def test_bad_text_value_cannot_break_the_message_over_lines():
    with pytest.raises(ScenarioError) as err:
        scenario_from_json(json.dumps(_doc(entity="multi\nline\r\x07")))
    assert "\n" not in str(err.value) and "\r" not in str(err.value) and "\x07" not in str(err.value)
    for doc in ({**_doc(), "bad\nkey": 1}, _doc(overrides={"no\nfigure": 1})):
        with pytest.raises(ScenarioError) as err:
            scenario_from_json(json.dumps(doc), known_figures={})
        assert "\n" not in str(err.value)


def test_a_version_1_file_opens_with_the_new_inputs_at_their_defaults_and_saves_as_version_2():
    import json

    from wxdesk.engine.scenario import SCENARIO_VERSION, scenario_from_json
    old = {"format": "wxdesk-scenario", "version": 1, "name": "Old shop", "budget_cny": 100000,
           "interaction_minutes": 2, "audience": 5000, "china_share": 1.0, "pushes_per_month": 4,
           "goals": ["sell"], "needs": ["payments"], "horizon_years": 3, "entity": "company"}
    scenario = scenario_from_json(json.dumps(old))
    assert scenario.paid_share == Scenario().paid_share and scenario.live_by == ""
    saved = json.loads(scenario.to_json())
    assert saved["version"] == SCENARIO_VERSION == 2
    assert saved["paid_share"] == scenario.paid_share and saved["live_by"] == ""
    assert {k: saved[k] for k in old if k != "version"} == {k: v for k, v in old.items() if k != "version"}


@pytest.mark.parametrize("value, ok", [("2027-03-31", True), ("", True), ("31/03/2027", False),
                                       ("2027-02-30", False)])
def test_live_by_is_an_iso_date_or_empty(value, ok):
    if ok:
        assert Scenario().with_changes(live_by=value).live_by == value
    else:
        with pytest.raises(ScenarioError, match="live_by"):
            Scenario().with_changes(live_by=value)


def test_an_override_read_without_the_pack_is_refused_without_a_unit_it_may_not_have():
    """Without the pack the generic ceiling applies (money's, the widest), and the sentence named it "(CNY)" for a
    count of users."""
    with pytest.raises(ScenarioError) as refused:
        Scenario().with_changes(overrides={"mp_template_max_users": 1e12})
    assert str(refused.value) == ("Field 'overrides.mp_template_max_users' must be from 0 to 10,000,000,000, "
                                  "not 1,000,000,000,000.")


def test_weights_all_at_0_are_refused_in_a_sentence(tmp_path):
    """A file giving every weight 0 read "Field 'overrides.weight_goal' the weights (…) must not all be 0", a sentence
    with a word missing; each clause is said of the figure it names, as every other field's is."""
    from wxdesk.engine import load_datapack
    weights = [fid for fid, fig in load_datapack().figures.items() if fig.unit.strip().lower() == "weight"]
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({**Scenario().to_dict(), "overrides": dict.fromkeys(weights, 0)}), encoding="utf-8")
    with pytest.raises(ScenarioError) as refused:
        read_scenario_file(path, load_datapack().figures)
    assert str(refused.value) == (f"weights.json: Field 'overrides.{weights[0]}' must not be 0 while the other weights "
                                  f"({', '.join(weights[1:])}) are 0 too, since the fit is their weighted mean.")


@pytest.mark.parametrize("written", ["1e999", "-1e400", "1.5e309"])
def test_a_number_too_large_for_a_float_is_quoted_as_the_file_wrote_it(written):
    """JSON 1e999 was read as infinity, and the file was told "must be a finite number, not inf"."""
    data = json.loads(Scenario().to_json())
    data["budget_cny"] = "@"
    with pytest.raises(ScenarioError) as caught:
        scenario_from_json(json.dumps(data).replace('"@"', written))
    assert str(caught.value) == f"Field 'budget_cny' holds {written}, which is too large to be a number."
    data["budget_cny"], data["overrides"] = 1000.0, {"app_build_cny": "@"}
    with pytest.raises(ScenarioError) as caught:
        scenario_from_json(json.dumps(data).replace('"@"', written))
    assert str(caught.value) == f"Field 'overrides.app_build_cny' must be a finite number of at least 0, not {written}."


@pytest.mark.parametrize(("value", "named", "said"), [(-5, "", "-5"), (-0.5, "", "-0.5"),
                                                     ({"low": -1, "likely": 1, "high": 2}, ".low", "-1")])
def test_an_override_out_of_range_is_quoted(value, named, said):
    data = json.loads(Scenario().to_json())
    data["overrides"] = {"app_build_cny": value}
    with pytest.raises(ScenarioError) as caught:
        scenario_from_json(json.dumps(data))
    assert str(caught.value) == (f"Field 'overrides.app_build_cny{named}' must be a finite number of at least 0, "
                                 f"not {said}.")
