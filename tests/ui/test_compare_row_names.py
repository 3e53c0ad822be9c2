"""One input, one name: the Compare window names each input the window's controls set as the control names it.

Its rows read "Share on WeChat in China" and "Share of users won through ads" beside the sliders "On WeChat in
mainland China" and "Users won through ads"; Edit ▸ Undo read "Undo Change Share of users won through ads"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel

from wxdesk.engine import load_preset
from wxdesk.ui import i18n
from wxdesk.ui.compare_dialog import CompareDialog
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _as_read(widget: QLabel | QAbstractButton) -> str:
    """A control's caption as the user reads it on screen: without its access letter's "&" (or "(&D)")."""
    caption = widget.text()
    for mark in ("(&", "（&"):
        if mark in caption:
            caption = caption[:caption.index(mark)].rstrip()
    return caption.replace("&", "")


def _captions(window: MainWindow) -> dict[str, str]:
    """Each field a control sets, and the control's caption as read."""
    c = window.controls
    widgets = {"budget_cny": c.budget.caption, "audience": c.audience.caption, "china_share": c.china_share.caption,
               "paid_share": c.paid_share.caption, "pushes_per_month": c.pushes_label, "entity": c.entity_label,
               "live_by": c.live_by_check}
    return {field: _as_read(widget) for field, widget in widgets.items()}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_compare_rows_are_named_as_the_controls_name_them(qtbot, pack, language):
    i18n.set_language(language)
    window = MainWindow()
    qtbot.addWidget(window)
    captions = _captions(window)
    assert captions["paid_share"] == QCoreApplication.translate("ScenarioControls", "Users won through a&ds").replace(
        "&", "").split("(")[0]
    first = load_preset("food_ordering", language)
    second = load_preset("bank_care", language).with_changes(live_by="2027-06-01", paid_share=0.3, china_share=0.8)
    dialog = CompareDialog(pack, [("a", first), ("b", second)])
    qtbot.addWidget(dialog)
    rows = {key: dialog.table.verticalHeaderItem(r).text().removeprefix("≠ ")
            for r, (key, _differs) in enumerate(dialog._row_kinds)}
    for field, caption in captions.items():
        assert rows[f"field:{field}"] == caption, field
    # The summary names the differing inputs as the rows do.
    few = CompareDialog(pack, [("a", first), ("b", first.with_changes(paid_share=0.4))])
    qtbot.addWidget(few)
    assert captions["paid_share"] in few.summary.text()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("field", ["paid_share", "china_share", "budget_cny", "audience"])
def test_undo_names_the_control_as_it_reads(qtbot, language, field):
    """Edit ▸ Undo names the slider moved by the slider's own caption, quoted: "&Undo Change “Users won through
    ads”", 撤销修改“通过广告获取的用户比例”(&U), not a field name written into the sentence with its capital."""
    i18n.set_language(language)
    window = MainWindow()
    qtbot.addWidget(window)
    caption = _captions(window)[field]
    slider = {"paid_share": window.controls.paid_share.slider, "china_share": window.controls.china_share.slider,
              "budget_cny": window.controls.budget_slider, "audience": window.controls.audience_slider}[field]
    slider.setValue(slider.value() - 7 if slider.value() > slider.minimum() + 7 else slider.value() + 7)
    undo = window.features.file_actions.undo_action.text()
    assert f"“{caption}”" in undo, (undo, caption)
    if language == "en":
        assert undo == f"&Undo Change “{caption}”"
    window.document.undo_stack.undo()
    assert f"“{caption}”" in window.features.file_actions.redo_action.text()
