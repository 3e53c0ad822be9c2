"""Arbitrary bytes and JSON fed to the scenario loader and to the window's Open: a scenario or a clear error.

"Clear" means a ScenarioError with one plain sentence; any other exception, from the
loader or from the window opening the file, is a failure. A file that opens is saved
and opened again, and must come back the same.
"""

from __future__ import annotations

from dataclasses import replace

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wxdesk.engine import Scenario, ScenarioError, scenario_from_json
from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS
from wxdesk.engine.scenario import FIELD_NAMES

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=12)

# Near-valid files reach every validator: a real scenario with some fields replaced or removed.
field_values = {
    "goals": st.lists(st.sampled_from(GOALS) | json_scalars, max_size=6),
    "needs": st.lists(st.sampled_from(NEEDS) | json_scalars, max_size=6),
    "entity": st.sampled_from(ENTITIES) | json_values,
    "overrides": st.dictionaries(st.sampled_from(["usd_cny", "not_a_figure"]) | st.text(max_size=8),
                                 json_values, max_size=3),
}


@st.composite
def near_valid(draw):
    data = Scenario().to_dict()
    for name in draw(st.lists(st.sampled_from([*FIELD_NAMES, "format", "version", "extra"]), max_size=4)):
        if draw(st.booleans()):
            data.pop(name, None)
        else:
            data[name] = draw(field_values.get(name, json_values))
    return data


def check_loader(raw: bytes | str) -> Scenario | None:
    try:
        scenario = scenario_from_json(raw)
    except ScenarioError as exc:
        message = str(exc)
        # (The engine quotes a bad text value as it is, so a value holding a line break spreads
        # the sentence over two lines; it is still one sentence.)
        assert message.strip() and message.rstrip().endswith((".", ")")) and "Traceback" not in message
        return None
    assert isinstance(scenario, Scenario)
    assert scenario_from_json(scenario.to_json()) == scenario, "what loads, saves and loads back the same"
    return scenario


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=400))
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b"[" * 100_000)
@example(b'{"format": "wxdesk-scenario", "version": 1e999}')
@example(b"NaN")
def test_arbitrary_bytes(raw):
    check_loader(raw)


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_arbitrary_json(value):
    check_loader(json.dumps(value))


@settings(max_examples=400, deadline=None)
@given(near_valid())
@example({**Scenario().to_dict(), "name": "lone \ud800 surrogate"})
def test_near_valid_json(data):
    check_loader(json.dumps(data))


@pytest.mark.gui
def test_opening_arbitrary_files_in_the_window(qapp, tmp_path, monkeypatch):
    from wxdesk.ui import file_actions
    from wxdesk.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(file_actions, "show_error", lambda parent, title, message: shown.append(message))
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda parent, name: file_actions.DISCARD)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = MainWindow()
    path, saved = tmp_path / "fuzz.json", tmp_path / "saved.json"

    @settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode())
           | near_valid().map(lambda d: json.dumps(d).encode()))
    @example(json.dumps({**Scenario().to_dict(), "name": "lone \ud800 surrogate"}).encode())
    def open_one(raw):
        path.write_bytes(raw)
        before, errors = window.document.scenario, len(shown)
        try:
            expected = scenario_from_json(raw)
        except ScenarioError:
            expected = None
        opened = window.features.file_actions.open_path(path)  # any other exception fails the test
        if expected is None:
            assert not opened and len(shown) == errors + 1
            assert window.document.scenario == before, "a refused file leaves the work as it was"
        else:
            assert opened and window.document.scenario == expected
            assert window.features.file_actions.save_to(saved)
            # Saving records the data pack the scenario was saved with; nothing else changes.
            resaved = replace(expected, saved_with_pack=window.document.pack.released)
            assert window.features.file_actions.open_path(saved) and window.document.scenario == resaved
        assert path.read_bytes() == raw, "opening never writes to the file"

    try:
        open_one()
    finally:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
    assert Path(path).exists()
