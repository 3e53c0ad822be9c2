"""What Save As, the handout and the long image suggest as a file's name, and the name a scenario is saved under.

A Chinese business owner describing three businesses was offered "New scenario.json" three times (in English), so
the second save landed on the first file; the handout and the image already took the client's name. One rule names
all three (file_actions.file_stem): the client's name where given, else the scenario's as the window shows it.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from wxdesk.engine import Scenario, read_scenario_file
from wxdesk.ui import file_actions, i18n

pytestmark = pytest.mark.gui

FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\s]')


def _three_names(window) -> list[str]:
    return [file_actions.suggested_file_name(window.document.scenario),
            window.features.report_export.suggested_name(), window.features.share.suggested_name()]


def _stems(names: list[str]) -> set[str]:
    return {name.rsplit(".", 1)[0] for name in names}


def test_a_chinese_window_suggests_the_clients_name_for_all_three(window, dialogs, tmp_path):
    i18n.set_language("zh_CN")
    window.document.update(client="上海烘焙")
    # The client's name alone: "新场景" beside it named what the client's scenario had never been called.
    assert window.windowTitle() == "上海烘焙[*] — wxdesk"
    names = _three_names(window)
    assert names == ["上海烘焙.json", "上海烘焙.pdf", "上海烘焙.png"]
    dialogs.save_paths.append(str(tmp_path / "bakery.json"))
    assert window.features.file_actions.save_as()
    assert dialogs.asked == ["save as 上海烘焙.json"]
    stored = json.loads((tmp_path / "bakery.json").read_text(encoding="utf-8"))
    assert stored["name"] == "新场景" and stored["client"] == "上海烘焙"


def test_without_a_client_the_shown_name_names_them_in_the_windows_language(window):
    assert _three_names(window) == ["New-scenario.json", "New-scenario.pdf", "New-scenario.png"]
    i18n.set_language("zh_CN")
    assert _three_names(window) == ["新场景.json", "新场景.pdf", "新场景.png"]
    window.document.update(name="Tea shop: Pudong")  # the user's own name, as written in any language
    assert _three_names(window) == ["Tea-shop-Pudong.json", "Tea-shop-Pudong.pdf", "Tea-shop-Pudong.png"]


def test_the_saved_name_is_the_shown_one_and_older_files_still_read_in_the_readers_language(window, tmp_path):
    window.features.file_actions.save_to(tmp_path / "en.json")
    assert json.loads((tmp_path / "en.json").read_text(encoding="utf-8"))["name"] == "New scenario"
    i18n.set_language("zh_CN")
    assert window.features.file_actions.save_to(tmp_path / "zh.json")
    assert json.loads((tmp_path / "zh.json").read_text(encoding="utf-8"))["name"] == window.document.display_name()
    assert window.document.display_name() == "新场景"
    # A file written before (or in English) holds "New scenario": the Chinese window still shows 新场景.
    assert window.features.file_actions.open_path(tmp_path / "en.json")
    assert window.document.scenario.name == "New scenario" and window.document.display_name() == "新场景"
    # A name of the user's own is saved as written.
    window.document.update(name="My own")
    window.features.file_actions.save_to(tmp_path / "own.json")
    assert read_scenario_file(tmp_path / "own.json").name == "My own"


names = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40)


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(client=names, name=names)
def test_one_stem_for_all_three_and_always_a_safe_name(window, client, name):
    window.document.load(Scenario(name=name.strip()[:80] or "x", client=client.strip()[:80]))
    suggested = _three_names(window)
    assert len(_stems(suggested)) == 1
    stem = _stems(suggested).pop()
    assert stem and not FORBIDDEN.search(stem) and not stem.startswith(("-", "."))
    client = window.document.scenario.client
    if re.search(r"[^\W_]", client):  # a client's name with a letter or a digit names the files, as written
        assert stem.replace("-", "") in re.sub(r"[^\w]", "", client)
