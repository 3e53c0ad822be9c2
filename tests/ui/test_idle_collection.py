"""Python's collector walks only at turns of the event loop, its older generations at a pause in the scenario's
changes (wxdesk.ui.idle_collection)."""

from __future__ import annotations

import gc
import textwrap
import weakref

import pytest
from fresh_python import last_json
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from wxdesk.ui.idle_collection import HELD_FACTOR, PAUSE_MS, IdleCollection

pytestmark = pytest.mark.gui

YOUNGEST = 200  # a small youngest generation: its walks come often, and the older ones soon fall due


class Changes(QObject):
    changed = Signal(object)


class Walks:
    """The collector's walks, by generation, while recording."""

    def __init__(self) -> None:
        self.generations: list[int] = []

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "stop":
            self.generations.append(info["generation"])

    def older(self) -> int:
        return sum(generation > 0 for generation in self.generations)


@pytest.fixture(autouse=True)
def pythons_own_schedule(older_generations_between_tests):
    """Python's own thresholds, which the test session holds back for its older generations (conftest.py): these
    tests are of that schedule, and of what the window does with it."""
    held = gc.get_threshold()
    gc.set_threshold(*older_generations_between_tests)
    yield
    gc.set_threshold(*held)


@pytest.fixture
def walks():
    """Python's thresholds with a small youngest generation, the walks recorded; all as it was afterwards."""
    before = gc.get_threshold()
    gc.collect()
    gc.set_threshold(YOUNGEST, before[1], before[2])
    recorder = Walks()
    gc.callbacks.append(recorder)
    yield recorder
    gc.callbacks.remove(recorder)
    gc.set_threshold(*before)


def kept_objects(count: int, into: list) -> None:
    """Make `count` tracked objects that stay (as the window's kept answers do): walks of the youngest follow."""
    into.extend([i] for i in range(count))


def turn_of_the_loop() -> None:
    QApplication.processEvents()


class Cycle:
    """An object in a reference cycle: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_the_older_generations_wait_while_the_scenario_changes_and_are_walked_at_the_pause(qtbot, walks):
    changes = Changes()
    collection = IdleCollection(changes.changed, changes)
    kept: list = []
    try:
        # Three times as many walks of the youngest as Python waits for before it walks the middle one, with a
        # change of the scenario after each step (a drag) and no pause: Python alone would have walked it 3 times.
        for _ in range(30):
            kept_objects(YOUNGEST, kept)
            changes.changed.emit(None)
            turn_of_the_loop()
        assert walks.generations.count(0) >= 25
        assert walks.older() == 0
        assert gc.get_count()[1] >= 10
        # The changes pause: what is due is walked, once, within the pause and a little.
        qtbot.waitUntil(lambda: walks.older() > 0, timeout=PAUSE_MS + 2000)
        assert gc.get_count()[1] < 10
    finally:
        collection.uninstall()


def test_each_change_pushes_the_walk_back(qtbot, walks):
    changes = Changes()
    collection = IdleCollection(changes.changed, changes)
    kept: list = []
    try:
        while gc.get_count()[1] < 10:
            kept_objects(YOUNGEST, kept)
            turn_of_the_loop()
        for _ in range(4):  # changes closer together than the pause: still no walk of the older generations
            qtbot.wait(PAUSE_MS // 2)
            changes.changed.emit(None)
            assert walks.older() == 0
        qtbot.waitUntil(lambda: walks.older() > 0, timeout=PAUSE_MS + 2000)
    finally:
        collection.uninstall()


def test_where_no_pause_comes_they_are_walked_at_a_turn_of_the_loop_at_last(walks):
    changes = Changes()
    collection = IdleCollection(changes.changed, changes)
    kept: list = []
    try:
        youngest_walks_before_the_older = None
        for _ in range(10 * (HELD_FACTOR + 2)):
            kept_objects(YOUNGEST, kept)
            changes.changed.emit(None)
            turn_of_the_loop()
            if walks.older() and youngest_walks_before_the_older is None:
                youngest_walks_before_the_older = walks.generations.index(1)
        # Not after Python's own ten walks of the youngest, but after HELD_FACTOR times as many.
        assert youngest_walks_before_the_older == 10 * HELD_FACTOR
    finally:
        collection.uninstall()


def test_no_walk_comes_inside_a_call_only_at_a_turn_of_the_loop(qtbot, walks):
    """The hang it keeps out: a walk begun inside a Qt call that holds a lock, freeing a Qt object that needs it."""
    changes = Changes()
    collection = IdleCollection(changes.changed, changes)
    try:
        assert not gc.isenabled()
        freed = []

        def busy() -> None:
            # Fifty times the youngest generation's threshold in cycles, within one call: Python alone walks often.
            walks.generations.append("start of the call")
            for _ in range(50 * YOUNGEST):
                cycle = Cycle()
                freed.append(weakref.ref(cycle))
            del cycle
            walks.generations.append("end of the call")

        QTimer.singleShot(0, busy)
        qtbot.waitUntil(lambda: "end of the call" in walks.generations, timeout=2000)
        qtbot.wait(20)  # turns of the loop, where the walks come
        # No walk between the call's start and its end, and one at a turn of the loop after it. (A walk at a turn of
        # the loop before the call is one the collection may make: garbage from the tests before, on a busy machine,
        # made one there, and "the call's end first" failed with nothing walked inside the call.)
        start = walks.generations.index("start of the call")
        assert walks.generations[start + 1] == "end of the call" and 0 in walks.generations[start + 2:]
        assert all(ref() is None for ref in freed)
    finally:
        collection.uninstall()


def test_uninstalled_or_gone_python_has_its_own_schedule_back(qtbot):
    assert gc.isenabled()
    before, callbacks = gc.get_threshold(), list(gc.callbacks)
    changes = Changes()
    collection = IdleCollection(changes.changed, changes)
    assert not gc.isenabled() and gc.get_threshold() == before
    collection.uninstall()
    assert gc.isenabled() and gc.get_threshold() == before and gc.callbacks == callbacks
    # Two at once: Python's schedule comes back when the last goes, whichever goes first.
    first_owner, second_owner = Changes(), Changes()
    first = IdleCollection(first_owner.changed, first_owner)
    second = IdleCollection(second_owner.changed, second_owner)
    first.uninstall()
    assert not gc.isenabled()
    second.uninstall()
    assert gc.isenabled()
    # Its owner deleted: the same, and no walk calls into the Qt objects that went with it.
    owner = Changes()
    IdleCollection(owner.changed, owner)
    assert not gc.isenabled()
    owner.deleteLater()
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    assert gc.callbacks == callbacks and gc.get_threshold() == before
    gc.collect()


# The window as `wxdesk` starts it: once the start is done, a drag of the budget slider, then a pause.
START = textwrap.dedent("""
    import gc, json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QSlider
    from wxdesk.ui import app
    from wxdesk.ui.idle_collection import IdleCollection
    from wxdesk.ui.main_window import MainWindow

    report = {}
    older = []

    inside_a_move = [False]
    walks_inside_moves = []

    def walked(phase, info):
        if phase == "stop" and info["generation"]:
            older.append(info["generation"])
        if phase == "start" and inside_a_move[0]:
            walks_inside_moves.append(info["generation"])

    gc.callbacks.append(walked)
    original_init = MainWindow.__init__

    def drag(window):
        report["installed"] = window.findChild(IdleCollection) is not None
        gc.set_threshold(350, *gc.get_threshold()[1:])  # walks of the youngest every few moves
        slider = window.findChild(QSlider, "budgetSlider")
        older.clear()
        for position in range(0, 1000, 5):
            inside_a_move[0] = True
            slider.setValue(position)
            inside_a_move[0] = False
            QApplication.processEvents()
        report["collector_on"] = gc.isenabled()
        report["walks_inside_moves"] = len(walks_inside_moves)
        report["older_walks_in_the_drag"] = len(older)
        report["middle_count"] = gc.get_count()[1]
        QTimer.singleShot(1000, lambda: finish(window))

    def finish(window):
        report["older_walks_after_the_pause"] = len(older)
        window.close()

    def watched_init(window, *args, **kwargs):
        original_init(window, *args, **kwargs)
        window.chart_built.connect(lambda: QTimer.singleShot(1500, lambda: drag(window)))
        QTimer.singleShot(30_000, window.close)

    MainWindow.__init__ = watched_init
    status = app.run_gui()
    print(json.dumps({"status": status, **report}))
""")


def test_the_window_as_wxdesk_starts_it_walks_the_older_generations_after_a_drag(tmp_path):
    seen = last_json(START, cwd=tmp_path, env={
        "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "WXDESK_LOG_DIR": str(tmp_path / "logs")})
    assert seen["status"] == 0 and seen["installed"]
    assert seen["older_walks_in_the_drag"] == 0 and seen["middle_count"] >= 10, seen
    # Python's automatic walks off: none inside a move (on its schedule, the evaluation's allocations bring them).
    assert not seen["collector_on"] and seen["walks_inside_moves"] == 0
    assert seen["older_walks_after_the_pause"] > 0
