"""Each goal, special need and "Registered as" choice says what it means to the model, and what it does not, in the
window's language, as its tooltip and its accessible description: a bakery read 离线使用 ("working offline") as its
physical shops, ticked it, and its plan became a Mini Program and an app at 12 times the cost."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from wxdesk.engine import load_datapack, load_preset
from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS, PRESENCES, TECH_NEEDS
from wxdesk.engine.fit import can_meet, can_take_payments
from wxdesk.engine.reasons import TERMS_EN
from wxdesk.ui import i18n, text
from wxdesk.ui.controls import ScenarioControls
from wxdesk.ui.document import ScenarioDocument

pytestmark = pytest.mark.gui

HAN = re.compile(r"[\u4e00-\u9fff]")
TIP = Qt.ItemDataRole.ToolTipRole
DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole


def switch(language: str) -> None:
    """The window's language, its LanguageChange delivered (posted to each widget)."""
    i18n.set_language(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture
def controls(qtbot: Any) -> Iterator[ScenarioControls]:
    i18n.set_language("en")
    widget = ScenarioControls(ScenarioDocument(load_preset("food_ordering")))
    qtbot.addWidget(widget)
    yield widget
    i18n.set_language("en")


def tips(controls: ScenarioControls) -> dict[str, str]:
    """Every choice's words, each checked to be its accessible description and its tooltip, the tooltip as rich text
    that wraps (text.plain_tooltip: plain, Qt draws a tooltip on one line, wider than a 1366 px screen)."""
    found: dict[str, str] = {}
    for key, box in (*(("goal:" + g, b) for g, b in controls.goal_boxes.items()), *controls.need_boxes.items()):
        assert box.toolTip() == text.plain_tooltip(box.accessibleDescription()), key
        found[key] = box.accessibleDescription()
    combo = controls.entity
    for i in range(combo.count()):
        entity = combo.itemData(i)
        assert combo.itemData(i, TIP) == text.plain_tooltip(combo.itemData(i, DESCRIPTION)), entity
        found["entity:" + entity] = combo.itemData(i, DESCRIPTION)
    return found


def test_every_choice_says_what_it_means_in_english_and_in_chinese(controls: ScenarioControls) -> None:
    keys = {*("goal:" + g for g in GOALS), *NEEDS, *("entity:" + e for e in ENTITIES)}
    english = tips(controls)
    assert set(english) == keys
    for key, tip in english.items():
        assert re.search(r"[A-Za-z]{4,}", tip), key
        assert len(tip) <= 210, (key, len(tip))  # one or two plain sentences
    switch("zh_CN")  # the open controls follow the switch (LanguageChange)
    chinese = tips(controls)
    assert set(chinese) == keys
    for key, tip in chinese.items():
        assert tip.strip() and tip != english[key] and HAN.search(tip), key
    switch("en")
    assert tips(controls) == english


def test_working_offline_is_not_the_physical_shops(controls: ScenarioControls) -> None:
    offline = controls.need_boxes["offline"]
    assert re.search(r"Not: your physical shops", offline.accessibleDescription())
    assert "Not: your physical shops" in offline.toolTip()
    switch("zh_CN")
    assert "不是指线下门店" in offline.accessibleDescription() and "不是指线下门店" in offline.toolTip()


def test_the_registration_box_tells_its_current_choice(controls: ScenarioControls) -> None:
    combo = controls.entity
    for entity in ENTITIES:
        controls.document.update(entity=entity)  # from the document (an undo, a file)
        index = combo.findData(entity)
        assert combo.currentIndex() == index
        assert combo.toolTip() == combo.itemData(index, TIP) == text.plain_tooltip(combo.accessibleDescription())
        assert combo.accessibleDescription() == combo.itemData(index, DESCRIPTION)
    combo.setCurrentIndex(combo.findData("individual"))  # chosen in the box
    assert controls.document.scenario.entity == "individual"
    assert combo.toolTip() == combo.itemData(combo.findData("individual"), TIP)
    assert combo.accessibleDescription() == combo.itemData(combo.findData("individual"), DESCRIPTION)
    switch("zh_CN")
    assert HAN.search(combo.accessibleDescription()) and combo.toolTip() == combo.itemData(combo.currentIndex(), TIP)


# The tooltips' claims, held against the model: were the pack to change (a Mini Program that works offline, Service
# Accounts for individuals), these fail and the words are to be written again.

def test_only_a_native_app_carries_the_technical_needs_as_their_tooltips_say(controls: ScenarioControls) -> None:
    pack = load_datapack()
    english = tips(controls)
    for entity in ENTITIES:
        scenario = replace(load_preset("food_ordering"), entity=entity)
        for need in TECH_NEEDS:
            able = [p for p in PRESENCES if can_meet(p, need, scenario, pack)]
            assert able == ["native_app"], (need, entity, able)
            assert "Only a native app" in english[need], need
    assert "Mini Program needs the network" in english["offline"]


def test_the_registrations_name_what_each_cannot_open_or_take(controls: ScenarioControls) -> None:
    pack = load_datapack()
    english = tips(controls)
    for entity in ENTITIES:
        tip = english["entity:" + entity]
        scenario = replace(load_preset("food_ordering"), entity=entity, goals=("sell",))
        barred = [p for p in PRESENCES if p != "native_app" and entity not in pack.eligibility[p]]
        for presence in barred:
            assert TERMS_EN[presence] in tip, (entity, presence)
        if entity == "company":
            assert not barred and "every presence" in tip
        takes = [p for p in PRESENCES if can_take_payments(p, scenario, pack)]
        assert ("nor take payments" in tip) == (not takes), (entity, takes)
        if "channels" not in takes and "channels" in PRESENCES and entity in pack.eligibility["channels"] and takes:
            assert "sell through Channels" in tip, entity  # open to it, but not to its selling
