"""A scenario file that passes every check but whose figures the model cannot compute is refused whole.

Reviewed in session 53: such a file opened under its own name while the controls and the answer still showed
the previous client's; Export wrote the previous client's handout, and Save wrote figures the screen did not show.
"""

from __future__ import annotations

import json

import pytest

from wxdesk.engine import load_preset

pytestmark = pytest.mark.gui


def uncomputable_file(tmp_path):
    data = load_preset("car_brand").to_dict()
    data["client"] = "EV maker"
    data["overrides"] = {"install_conversion": 1e-300, "first_open_rate": 1e-300}
    path = tmp_path / "overflow.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_uncomputable_file_is_refused_and_the_current_scenario_kept(window, dialogs, tmp_path):
    path = uncomputable_file(tmp_path)
    assert window.features.file_actions.open_path(tmp_path / "bank.json") is False  # (missing: refused too)
    window.document.update(client="City bank")
    before = (window.document.scenario, window.document.evaluation, window.windowTitle())
    dialogs.errors.clear()

    assert window.features.file_actions.open_path(path) is False

    assert (window.document.scenario, window.document.evaluation, window.windowTitle()) == before
    assert window.document.path is None and window.document.problem is None
    assert window.document.undo_stack.canUndo()  # the history is the user's still
    title, message = dialogs.errors[-1]
    assert title == "Could not open the scenario"
    assert "overflow.json" in message and "cannot compute" in message and "unchanged" in message
    assert "Traceback" not in message and "ComputationError" not in message


def test_the_refusal_asks_nothing_first(window, dialogs, tmp_path):
    """Refused before the unsaved-changes question: answering Save or Discard would be for nothing."""
    window.document.update(client="City bank")
    assert window.features.file_actions.open_path(uncomputable_file(tmp_path)) is False
    assert dialogs.asked == []


def test_a_computable_file_still_opens(window, dialogs, tmp_path):
    data = load_preset("car_brand").to_dict()
    path = tmp_path / "fine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert window.features.file_actions.open_path(path)
    assert window.document.path == path and window.document.problem is None
