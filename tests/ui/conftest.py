"""Fixtures shared by the window tests."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from persistence_helpers import Dialogs, reset_settings

from wxdesk.engine import load_preset
from wxdesk.ui.app import get_qapp


@pytest.fixture(scope="session")
def chart_probes(tmp_path_factory):
    """chart_probe.py run in a process of its own, each run once in the session (probe_runs.ChartProbes): under
    xdist in a folder every worker of the session shares."""
    from probe_runs import ChartProbes
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # (each worker's own folder is inside the session's)
    return ChartProbes(base / "chart_probes")


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Scripted answers for the window's dialogs, with fresh settings and a data folder of the test's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    reset_settings()
    yield Dialogs(monkeypatch)
    reset_settings()


@pytest.fixture
def window(qtbot, dialogs):
    """The main window, not shown, its dialogs scripted; a test module may give a window of its own (shown, sized)."""
    from wxdesk.ui.main_window import MainWindow
    win = MainWindow()
    yield win
    # Closed here rather than by qtbot, whose teardown runs first and would meet the question.
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


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
        from deferred_deletes import delete_what_tests_let_go
        delete_what_tests_let_go()  # (before the switch, which every widget still alive would take)
        i18n.set_language(language)


@pytest.fixture(autouse=True)
def no_window_left_open(qapp):
    """Whatever window a test opened and left on screen (a message box, a guide, a tooltip) is closed after it.

    Why: such a window goes on painting and answering timers during the later tests in its process, and the
    tests that count paints or wait for a window to settle then saw its work as well (order-dependent failures).
    A window made before the test (by a longer-lived fixture) stays as it is."""
    from PySide6.QtWidgets import QToolTip
    from shiboken6 import getCppPointer

    def key(widget):
        return getCppPointer(widget)[0]

    before = {key(widget) for widget in qapp.topLevelWidgets()}
    yield
    QToolTip.hideText()  # (which hides Qt's one tooltip only after a fade's delay: hidden here at once)
    for widget in qapp.topLevelWidgets():
        if widget.isVisible() and widget.windowType() == Qt.WindowType.ToolTip:
            widget.hide()
        elif widget.isVisible() and key(widget) not in before:
            widget.close()


@pytest.fixture
def shown_chart(qtbot):
    """The comparison chart, 900×420 and shown, showing an example's answer: `shown_chart(pack, preset)`."""
    from wxdesk.engine import evaluate
    from wxdesk.ui.chart import ComparisonChart

    def make(pack, preset: str) -> ComparisonChart:
        chart = ComparisonChart(pack)
        qtbot.addWidget(chart)
        chart.resize(900, 420)
        chart.show()
        qtbot.waitExposed(chart)
        chart.show_evaluation(evaluate(load_preset(preset), pack))
        qtbot.wait(20)
        return chart
    return make


@pytest.fixture
def shown_sensitivity(qtbot):
    """The sensitivity view of a document, 640×520, shown and drawn: `shown_sensitivity(document)`."""
    from wxdesk.ui.tornado import SensitivityView

    def make(document) -> SensitivityView:
        view = SensitivityView(document)
        qtbot.addWidget(view)
        view.resize(640, 520)
        view.show()
        qtbot.waitExposed(view)
        view.flush()
        return view
    return make


@pytest.fixture
def shown_in_holder(qtbot):
    """A widget laid out alone in a plain holder of 1000×800, shown: `shown_in_holder(widget)` gives the holder."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    def make(widget) -> QWidget:
        holder = QWidget()
        qtbot.addWidget(holder)
        QVBoxLayout(holder).addWidget(widget)
        holder.resize(1000, 800)
        holder.show()
        qtbot.waitExposed(holder)
        return holder
    return make


_SWEPT: dict[tuple[str, int], tuple[object, object]] = {}


@pytest.fixture
def sweeps_once(monkeypatch):
    """The sensitivity views' sweeps, each scenario's made once in the process: for tests of how a view draws
    a sensitivity (many sizes, measures and languages of a few examples), not of how it is found.

    The engine's sweep is a pure function of the scenario and the data pack (every figure's samples come from
    seeded streams: engine/sampling.py), so the view draws from the same result either way; a view still calls
    it as ever (flush, or its timers), and the first call for a scenario runs the engine's own generator. Each
    made anew, it was some 80 % of these tests' time (a second a view)."""
    from wxdesk.engine import sensitivity as engine_sensitivity
    from wxdesk.ui import tornado

    real = engine_sensitivity.sweep

    def sweep(scenario, pack):
        key = (scenario.to_json(), id(pack))
        if key not in _SWEPT:
            _SWEPT[key] = (pack, (yield from real(scenario, pack)))  # (the pack kept: its id stays its own)
        return _SWEPT[key][1]

    monkeypatch.setattr(tornado, "sweep", sweep)


# A data folder of the test's own, and windows made in it (recovery and saving tests: autosaves land there).
@pytest.fixture
def data_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    reset_settings()
    yield tmp_path / "data"
    reset_settings()


@pytest.fixture
def new_window(qapp, data_home):
    windows = []

    def make():
        from wxdesk.ui.main_window import MainWindow
        window = MainWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    """Each test in English and in Chinese, the window's language set for it (and English again after)."""
    from deferred_deletes import delete_what_tests_let_go
    from wxdesk.ui import i18n
    i18n.set_language(request.param)
    yield request.param
    delete_what_tests_let_go()  # (before the switch back, which every widget still alive would take)
    i18n.set_language("en")
