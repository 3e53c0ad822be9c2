"""The native app's panel has key facts too (a client read five panels with key facts and the app's with none): the
stores' fees, filings and commission, from the data pack's figures, in the reader's currency and with shares as
percentages. A pack without them (an older one imported) still loads, and the app's panel then shows no facts."""

from __future__ import annotations

import dataclasses

import pytest

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.ui import i18n, text
from wxdesk.ui.account_panel import PresencePanel

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_native_app_panel_shows_its_key_facts(qtbot, language):
    i18n.set_language(language)
    pack = load_datapack()
    facts = pack.accounts["native_app"].facts
    assert len(facts) >= 3
    panel = PresencePanel("native_app", pack)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    # Those true for the business the panel starts with (a company): the Apple fee paid abroad is an overseas one's.
    labels = [label for label in panel.made_fact_labels() if label.isVisibleTo(panel)]
    assert len(labels) == len([f for f in facts if f.applies_to("company")]) < len(facts)
    assert panel.fact_heading.isVisibleTo(panel)
    shown = [label.text() for label in labels]
    # Every placeholder filled; the commission as a percentage, the developer account in yuan.
    assert not any("{" in line for line in shown), shown
    commission = next(line for line in shown if "30%" in line)
    assert "15%" in commission and "0.3" not in commission
    assert any("¥" in line for line in shown)
    assert text.account_role(pack, "native_app")


def test_a_pack_without_the_apps_facts_still_serves_the_window(qtbot):
    pack = load_datapack()
    older = dataclasses.replace(pack, accounts={k: v for k, v in pack.accounts.items() if k != "native_app"})
    panel = PresencePanel("native_app", older)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.made_fact_labels() == [] or not any(label.isVisibleTo(panel) for label in panel.made_fact_labels())
    assert text.account_role(older, "native_app") == ""


@pytest.mark.parametrize(("entity", "says"), [("company", "✓ You can publish one"),
                                               ("overseas_company", "✓ Through a Chinese partner")])
def test_the_app_panel_says_how_the_business_can_publish(qtbot, entity, says):
    """An overseas company's app panel read "✓ You can publish one" beside the plan's warning that only a Chinese
    entity can file the app's ICP filing that every Chinese store, Apple's included, asks for."""
    i18n.set_language("en")
    pack = load_datapack()
    scenario = dataclasses.replace(load_preset("cross_border_skincare"), entity=entity)
    evaluation = evaluate(scenario, pack)
    assert not evaluation.presence("native_app").in_plan
    panel = PresencePanel("native_app", pack)
    qtbot.addWidget(panel)
    panel.show_evaluation(evaluation)
    assert panel.status.text() == says
