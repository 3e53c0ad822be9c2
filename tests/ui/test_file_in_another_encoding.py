"""A scenario saved by Notepad as "ANSI" (GBK on Chinese Windows) is told as text in another encoding, with the fix.

The window called such a file "not a text file" (“客户方案.json”不是 wxdesk 场景：它不是文本文件), in Open and in
Compare ▸ Add file alike: false of a file any editor opens, and no way on, where one Save As as UTF-8 makes it open.
"""

from __future__ import annotations

import pytest

from wxdesk.engine import Scenario
from wxdesk.ui import compare_dialog

pytestmark = pytest.mark.gui

GBK = Scenario(name="零售银行：客户服务", client="城市商业银行").to_json().encode("gbk")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc8\x08\x06\x00\x00\x00"

SAID = {
    "en": ("“客户方案.json” is saved in an encoding other than UTF-8 (such as GBK, Notepad's “ANSI”), which wxdesk "
           "does not read. Save it again as UTF-8 (in Notepad: Save As, then Encoding: UTF-8), and open it again."),
    "zh_CN": "“客户方案.json”以 UTF-8 以外的编码保存（例如 GBK，即记事本中的“ANSI”），wxdesk 无法读取。"
             "请将其另存为 UTF-8（在记事本中：另存为，编码选择 UTF-8），然后再次打开。",
}
NOT_TEXT = {"en": "is not a wxdesk scenario: it is not a text file", "zh_CN": "不是 wxdesk 场景：它不是文本文件"}


@pytest.fixture
def shown(language, window):
    """The window, made in the language of the test (conftest's `language`, set before it)."""
    return window


def _add_in_compare(win, qtbot, monkeypatch, path):
    monkeypatch.setattr(compare_dialog, "ask_compare_paths", lambda parent, folder: [str(path)])
    win.features.compare.action.trigger()
    dialog = win.findChild(compare_dialog.CompareDialog)
    qtbot.addWidget(dialog)
    dialog.add_file_button.click()
    return dialog


def test_a_gbk_scenario_is_told_to_be_saved_again_as_utf8(shown, dialogs, qtbot, monkeypatch, tmp_path, language):
    path = tmp_path / "客户方案.json"
    path.write_bytes(GBK)
    assert not shown.features.file_actions.open_path(path)
    dialog = _add_in_compare(shown, qtbot, monkeypatch, path)
    assert len(dialog.entries) == 1, "refused in Compare too"
    (_open_title, opened), (_add_title, added) = dialogs.errors
    assert opened.startswith(SAID[language]) and added == SAID[language]
    # And saved again as UTF-8, as the sentence says, it opens.
    path.write_bytes(GBK.decode("gbk").encode("utf-8"))
    assert shown.features.file_actions.open_path(path)
    assert shown.document.scenario.client == "城市商业银行"


def test_an_image_is_still_not_a_text_file(shown, dialogs, qtbot, monkeypatch, tmp_path, language):
    path = tmp_path / "客户方案.json"
    path.write_bytes(PNG)
    assert not shown.features.file_actions.open_path(path)
    _add_in_compare(shown, qtbot, monkeypatch, path)
    (_t1, opened), (_t2, added) = dialogs.errors
    assert NOT_TEXT[language] in opened and NOT_TEXT[language] in added
    assert "UTF-8" not in opened + added
