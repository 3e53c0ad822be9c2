"""During a slider's drag the variant cards beside the chart are held as the desk's cards are: a card only grows
(one whose note got a line shorter keeps its height, blank room at its foot), none is squeezed under its texts, and
once the drag pauses every card has the place, size and texts a window opened on that scenario gives it.

Laid out as they came, the cards shrank and grew at many steps of a drag, each time resized and moved with the
cards below them (the costliest layouts of a drag). Run in a process of its own, on a screen of 1366×768 plus
room, as the desk is split on a laptop's screen (the offscreen platform's own screen is 800×800).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


def _probe(slider: str, size: str, budget: str = "as_started") -> dict:
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    done = subprocess.run([sys.executable, __file__, slider, size, budget], capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("slider", "size"), [("interactionSlider", "1366x768"), ("audienceSlider", "1366x768"),
                                              ("budgetSlider", "1280x800")])
def test_in_a_drag_the_cards_only_grow_and_after_its_pause_are_as_in_a_fresh_window(slider, size):
    result = _probe(slider, size)
    for step in result["steps"]:
        # Nothing cut at any step: no card squeezed under its texts, none past the column's foot, no label cut.
        assert not step["cut"], step
    # The held cards never shrank, except where the hold gave way (a card's new texts and another's held room were
    # more than the column has: then laid out as without the hold, rather than cut).
    for before, after in zip(result["steps"], result["steps"][1:]):
        if after["held"]:
            assert all(a >= b for a, b in zip(after["heights"], before["heights"])), (before, after)
    # The drag met a card whose texts got shorter while held (else the test would show nothing of the hold).
    assert result["held_taller"] > 0
    # After the pause: every card, and every widget in it, where and as a fresh window shows it.
    assert result["paused"] == result["fresh"]
    assert result["paused_cut"] == result["fresh_cut"] == []


def test_a_drag_whose_texts_outgrow_the_column_folds_the_cards_at_once_rather_than_cut_them():
    # At 1366×768 with the budget at its least, an audience drag gives the cards texts that need more room than the
    # column has: folded only at the pause, they were squeezed under their texts at 92 of 121 steps (up to 38 px).
    result = _probe("audienceSlider", "1366x768", budget="least")
    assert [step for step in result["steps"] if step["cut"]] == []
    # (What folding left out went to the cards' tooltips: the cards folded further in the drag than at its start.)
    assert any(step["folded"] != result["steps"][0]["folded"] for step in result["steps"])
    assert result["paused"] == result["fresh"]
    assert result["paused_cut"] == result["fresh_cut"] == []


def _card_places(window) -> list:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
    places = []
    for card in window.variant_column.cards:
        places.append([card.objectName(), card.geometry().getRect(), card.minimumHeight(), card.toolTip()])
        for widget in card.findChildren(QWidget):
            shown = widget.isVisibleTo(card)
            said = widget.text() if shown and isinstance(widget, (QLabel, QAbstractButton)) else None
            places.append([widget.objectName(), widget.geometry().getRect() if shown else None, shown, said])
    return places


def _step_state(window, cards_cut) -> dict:
    column = window.variant_column
    cut = cards_cut(window)
    for card in column.cards:
        if card.isVisible() and card.height() < card.heightForWidth(card.width()):
            cut.append(f"{card.variant}: {card.heightForWidth(card.width())} px of texts in {card.height()}")
        if card.isVisible() and card.geometry().bottom() >= column.height():
            cut.append(f"{card.variant}: past the column's foot")
    held = getattr(column, "_heights", None)  # (None in a window from before the hold: the test's own check)
    return {"heights": [card.height() for card in column.cards], "held": held is not None and held.held,
            "folded": [(card.compact, card.notes_shown, card.reason_shown) for card in column.cards],
            "taller": sum(card.height() > card.heightForWidth(card.width()) for card in column.cards), "cut": cut}


def _main(slider_name: str, size: str, budget: str) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from offscreen_screen import report_and_leave, use_screen
    width, height = (int(v) for v in size.split("x"))
    _w, _h, config = use_screen(f"{width + 320}x{height + 200}")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QSlider
    from test_variant_cards_whole import cards_cut

    from wxdesk.ui import flip_labels, settle
    from wxdesk.ui.app import get_qapp
    get_qapp()
    # One drag however slow the machine (the followers are made with the window); the pause is then the flush below.
    settle.SETTLE_MS = 600_000
    flip_labels.SETTLE_MS = 600_000
    from wxdesk.ui.document import ScenarioDocument
    from wxdesk.ui.main_window import MainWindow

    def rest(times: int = 8) -> None:
        for _ in range(times):
            loop = QEventLoop()
            QTimer.singleShot(40, loop.quit)
            loop.exec()

    def pause(window) -> None:
        for follower in window.findChildren(settle.ChangeFollower):
            follower.flush()
        rest(3)

    def opened(document=None):
        QSettings().remove("mainWindow")  # the desk split as a new user's
        window = MainWindow(document) if document is not None else MainWindow()
        window.resize(width, height)
        window.show()
        rest()
        pause(window)  # (what a first run of changes left waiting)
        return window

    window = opened()
    if budget == "least":
        budget_slider = window.findChild(QSlider, "budgetSlider")
        budget_slider.setValue(budget_slider.minimum())
        QApplication.processEvents()
        pause(window)
    slider = window.findChild(QSlider, slider_name)
    span = slider.maximum() - slider.minimum()
    positions = [slider.minimum() + round(i * span / 40) for i in range(41)]
    steps = []
    for position in positions + positions[-2::-1][:25]:
        slider.setValue(position)
        for _ in range(3):
            QApplication.processEvents()
        steps.append(_step_state(window, cards_cut))
    pause(window)
    result = {"steps": steps, "held_taller": sum(step["taller"] for step in steps), "paused": _card_places(window),
              "paused_cut": cards_cut(window)}
    fresh = opened(ScenarioDocument(window.document.scenario, pack=window.document.pack))
    result.update(fresh=_card_places(fresh), fresh_cut=cards_cut(fresh))
    report_and_leave(result, config)


if __name__ == "__main__":
    _main(*sys.argv[1:4])
