"""Fixtures shared by the window tests."""

from __future__ import annotations

import pytest
from persistence_helpers import Dialogs, reset_settings

from wxdesk.engine import load_preset
from wxdesk.ui.app import get_qapp


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Scripted answers for the window's dialogs, with fresh settings and a data folder of the test's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    reset_settings()
    yield Dialogs(monkeypatch)
    reset_settings()


@pytest.fixture
def car_brand_document(qapp):
    """A document holding the car-brand preset, its undo stack emptied before it goes."""
    get_qapp()
    from wxdesk.ui.document import ScenarioDocument
    doc = ScenarioDocument(load_preset("car_brand"))
    yield doc
    doc.undo_stack.clear()  # while the document is alive: the stack signals when it is cleared


@pytest.fixture(autouse=True)
def fresh_preferences(qapp):
    """Every window test starts and ends with default preferences and the starting language,
    so that no test's currency or language leaks into the next one."""
    from persistence_helpers import reset_settings
    from wxdesk.ui import i18n

    language = i18n.current_language()
    reset_settings()
    yield
    reset_settings()
    if i18n.current_language() != language:
        i18n.set_language(language)
