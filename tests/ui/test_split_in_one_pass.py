"""The desk is split in one pass: the sizes a split asks for are the ones it measures again.

A split measured the panels' first reasons at the accounts' width without a scroll bar, and split for them where
the rest must scroll: the scroll bar then came, narrowed the panels, and a first reason wrapped onto one more line.
Measured again, the split wanted the accounts whole, and the next split went back: every split set the desk's
sizes twice (the default scenario at 1280×800 with the least budget and session length, at audiences near 380
and 0: some 9 ms of a slider move, each time).

(Left: where the accounts are whole on the desk, their height at the width beside a scroll bar and at the width
without one can still differ, and a split there goes to one and back: 1440×900 at the least audience.)
"""

from __future__ import annotations

import pytest
from new_users_desk import new_users_window
from PySide6.QtWidgets import QSlider, QSplitter

from wxdesk.ui import desk_split, main_window

pytestmark = pytest.mark.gui


def test_each_split_sets_the_desks_sizes_at_most_once(qtbot, monkeypatch):
    monkeypatch.setattr(main_window, "fit_on_screen", lambda *_: None)  # (the window is let be larger than the screen)
    window = new_users_window(qtbot, lambda w: w.resize(1280, 800))
    passes: list[int] = []  # the desk's sizes set, in each split
    set_splitter_sizes = QSplitter.setSizes
    split_desk = desk_split.DeskSplit._split_desk

    def counted(splitter: QSplitter, sizes: list[int]) -> None:
        if splitter is window.desk_splitter and passes:
            passes[-1] += 1
        set_splitter_sizes(splitter, sizes)

    def split(self) -> None:
        passes.append(0)
        split_desk(self)

    monkeypatch.setattr(QSplitter, "setSizes", counted)
    monkeypatch.setattr(window, "_split_desk", split.__get__(window))
    window._resplit.timeout.disconnect()
    window._resplit.timeout.connect(window._split_desk)
    for name in ("budgetSlider", "interactionSlider"):
        slider = window.findChild(QSlider, name)
        slider.setValue(slider.minimum())
        qtbot.wait(20)
    qtbot.wait(400)
    passes.clear()  # (the splits for the window's size and the two sliders set)
    audience = window.findChild(QSlider, "audienceSlider")
    span = audience.maximum() - audience.minimum()
    up = [audience.minimum() + round(i * span / 60) for i in range(61)]
    for position in up + up[::-1]:
        audience.setValue(position)
        qtbot.wait(5)
    qtbot.wait(400)  # the pause after the drag: the desk is split again for its texts
    assert passes, "no split came: the sweep tested nothing"
    assert max(passes) <= 1, passes
