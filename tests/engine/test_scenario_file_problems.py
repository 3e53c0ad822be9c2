"""A refused scenario file carries its problem's kind for the window, and keeps the command line's sentence."""

from __future__ import annotations

import pickle
import random

import pytest

from wxdesk import errors
from wxdesk.engine import Scenario, ScenarioError, load_datapack, read_scenario_file
from wxdesk.engine.files import ScenarioFileError
from wxdesk.errors import FileProblem

# A Chinese scenario, as Notepad's "ANSI" writes it on Chinese Windows once encoded as GBK.
CHINESE = Scenario(name="零售银行：客户服务", client="城市商业银行").to_json()
# The start of every PNG: its signature, then the length and name of its first chunk.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc8\x08\x06\x00\x00\x00"


@pytest.mark.parametrize("content, kind, detail", [
    (b"{\n", errors.DAMAGED_AT, "2"),
    (b"", errors.EMPTY, ""),
    (b"[1]", errors.NOT_SCENARIO, ""),
    (b'{"format": "wxdesk-scenario", "version": 99}', errors.NEWER, ""),
    (b"\xff\xfe\x00", errors.NOT_TEXT, ""),
    # Windows Notepad's "Unicode": text, though not the UTF-8 wxdesk reads.
    (Scenario().to_json().encode("utf-16"), errors.UTF16, ""),
    # Its "ANSI": GBK on Chinese Windows, code page 1252 on Western Windows; text too, in another encoding.
    (CHINESE.encode("gbk"), errors.OTHER_ENCODING, ""),
    (Scenario(name="Café Crème").to_json().encode("cp1252"), errors.OTHER_ENCODING, ""),
    # Text in GBK that is no scenario in any encoding: said at once, not sent to Notepad first.
    ("这是一份备忘录，不是场景。\n".encode("gbk"), errors.NOT_SCENARIO, ""),
    # Not text in any encoding: an image, random bytes, UTF-8 broken off inside a character.
    (PNG, errors.NOT_TEXT, ""),
    (random.Random(7).randbytes(2000), errors.NOT_TEXT, ""),
    (CHINESE.encode()[:-3] + "客".encode()[:2], errors.NOT_TEXT, ""),
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


def test_the_command_line_says_a_file_in_another_encoding_is_one(tmp_path):
    path = tmp_path / "客户方案.json"
    path.write_bytes(CHINESE.encode("gbk"))
    with pytest.raises(ScenarioError, match=r"^客户方案\.json: The file is text saved in an encoding other than "
                                            r"UTF-8 \(such as GBK, Notepad's \"ANSI\"\); save it as UTF-8"):
        read_scenario_file(path)
    path.write_bytes(PNG)
    with pytest.raises(ScenarioError, match=r"The file is not UTF-8 text, so it cannot be a wxdesk scenario\.$"):
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
