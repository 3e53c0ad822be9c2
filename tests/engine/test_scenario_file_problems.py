"""A refused scenario file carries its problem's kind for the window, and keeps the command line's sentence."""

from __future__ import annotations

import pickle

import pytest

from wxdesk import errors
from wxdesk.engine import Scenario, ScenarioError, load_datapack, read_scenario_file
from wxdesk.engine.files import ScenarioFileError
from wxdesk.errors import FileProblem


@pytest.mark.parametrize("content, kind, detail", [
    (b"{\n", errors.DAMAGED_AT, "2"),
    (b"", errors.EMPTY, ""),
    (b"[1]", errors.NOT_SCENARIO, ""),
    (b'{"format": "wxdesk-scenario", "version": 99}', errors.NEWER, ""),
    (b"\xff\xfe\x00", errors.NOT_TEXT, ""),
    # Windows Notepad's "Unicode": text, though not the UTF-8 wxdesk reads.
    (Scenario().to_json().encode("utf-16"), errors.UTF16, ""),
    (Scenario().to_json().replace('"china_share": 0.9', '"china_share": 9').encode(), errors.BAD_VALUE,
     "china_share"),
    (Scenario().to_json().replace('"audience": 50000.0,', "").encode(), errors.MISSING_VALUE, "audience"),
    (Scenario().to_json().replace('"audience"', '"colour": 1, "audience"').encode(), errors.UNKNOWN_ENTRY, "colour"),
    (Scenario().to_json().replace('"overrides": {}', '"overrides": {"nope": 3}').encode(), errors.UNKNOWN_FIGURE,
     "nope"),
    (Scenario().to_json().replace('"audience"', '"budget_cny": 0, "audience"').encode(), errors.REPEATED_VALUE,
     "budget_cny"),
    (Scenario().to_json().replace('"overrides": {}', '"overrides": {"mp_build_cny": {"low": 1, "low": 2}}').encode(),
     errors.REPEATED_VALUE, "low"),
    (Scenario().to_json().replace('"overrides": {}', '"overrides": {"mp_build_cny": 1, "mp_build_cny": 2}').encode(),
     errors.REPEATED_VALUE, "mp_build_cny"),
])
def test_a_refused_file_says_its_kind(tmp_path, content, kind, detail):
    path = tmp_path / "s.json"
    path.write_bytes(content)
    with pytest.raises(ScenarioFileError) as refused:
        read_scenario_file(path, load_datapack().figures)
    assert refused.value.problem == FileProblem(kind, str(path), detail)


def test_the_command_line_says_a_utf16_file_is_one(tmp_path):
    path = tmp_path / "notepad.json"
    path.write_bytes(Scenario().to_json().encode("utf-16"))
    with pytest.raises(ScenarioError, match=r"^notepad\.json: The file is saved as UTF-16 text; save it as UTF-8"):
        read_scenario_file(path)


def test_the_command_line_sentence_is_unchanged(tmp_path):
    path = tmp_path / "broken.json"
    path.write_bytes(b"{\n")
    with pytest.raises(ScenarioError, match=r"^broken\.json: The file is not valid JSON \(line 2, column 1: "):
        read_scenario_file(path)
    with pytest.raises(ScenarioError) as refused:
        read_scenario_file(tmp_path / "gone.json")
    assert str(refused.value) == f"{tmp_path / 'gone.json'} does not exist."
    assert refused.value.problem == FileProblem(errors.MISSING, str(tmp_path / "gone.json"))


def test_a_refusal_crosses_processes_whole(tmp_path):
    """A batch's workers send their exceptions back pickled."""
    path = tmp_path / "s.json"
    path.write_bytes(b"")
    with pytest.raises(ScenarioFileError) as refused:
        read_scenario_file(path)
    again = pickle.loads(pickle.dumps(refused.value))
    assert (str(again), again.field, again.problem) == (str(refused.value), refused.value.field, refused.value.problem)
