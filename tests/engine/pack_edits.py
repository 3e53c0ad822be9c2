"""A bundled data pack edited as a user might, then loaded: what wxdesk says about it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wxdesk.engine import DataPackError, load_datapack
from wxdesk.paths import resource_path


def bundled_text() -> str:
    return resource_path("datapack.toml").read_text(encoding="utf-8")


def refusal_of_edit(tmp_path, edit: Callable[[str], str]) -> str:
    """The message loading the bundled pack with `edit` applied gives (written to tmp_path/pack.toml);
    the edit must change the pack, and the pack must be refused."""
    text = bundled_text()
    edited = edit(text)
    assert edited != text, "the edit did not apply"
    path = tmp_path / "pack.toml"
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(DataPackError) as err:
        load_datapack(path)
    return str(err.value)
