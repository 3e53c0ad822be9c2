"""A new text that takes the old one's room lays nothing out, and the window is still laid out as Qt
would lay it out: every widget where a layout made from scratch puts it, every text what a window
drawn afresh shows."""

from __future__ import annotations

import pytest
from event_counts import EventCount
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QSlider, QWidget

from wxdesk.ui.main_window import _widgets_under
from wxdesk.ui.steady_label import SteadyLabel
from wxdesk.ui.steady_layout import FigureLabel, SteadyVBoxLayout
from wxdesk.ui.unbroken_label import UnbrokenLabel

pytestmark = pytest.mark.gui


@pytest.fixture
def card(qtbot):
    from wxdesk.ui.app import get_qapp
    get_qapp()
    card = QWidget()
    qtbot.addWidget(card)
    layout = SteadyVBoxLayout(card)
    card.figure = FigureLabel("¥262k")
    card.sentence = SteadyLabel("The plan costs ¥262k over 3 years.")
    card.sentence.setWordWrap(True)
    layout.addWidget(card.figure)
    layout.addWidget(card.sentence)
    layout.addStretch(1)
    card.resize(160, 200)
    card.show()
    qtbot.waitExposed(card)
    QApplication.processEvents()
    return card


@pytest.mark.parametrize("which", ["figure", "sentence"])
def test_a_new_text_of_the_same_room_lays_nothing_out(card, which):
    label = getattr(card, which)
    requests = EventCount([card], QEvent.Type.LayoutRequest)
    before = label.geometry()
    label.setText(label.text().replace("262", "263"))  # the same digits' width
    QApplication.processEvents()
    assert requests.count == 0 and not card.layout().geometry().isNull()
    assert label.geometry() == before
    assert label.text().endswith(label.text()[-5:]) and "263" in label.text()


def test_a_new_text_of_other_room_is_laid_out_as_qt_lays_it_out(card):
    requests = EventCount([card], QEvent.Type.LayoutRequest)
    sentence = card.sentence
    one_line = sentence.height()
    sentence.setText("The plan costs ¥262k over 3 years, and ¥97k in its first year, within your budget.")
    card.figure.setText("¥1,262,000,000")
    QApplication.processEvents()
    assert requests.count >= 1
    assert sentence.height() == sentence.heightForWidth(sentence.width()) > one_line
    assert card.figure.width() >= card.figure.sizeHint().width()
    assert card.sentence.y() >= card.figure.geometry().bottom()


def _geometries(window) -> list[tuple]:
    return [(widget.objectName(), type(widget).__name__, widget.geometry().getRect(), widget.isVisible())
            for widget in _widgets_under(window.centralWidget())]


def _laid_out_from_scratch(window) -> None:
    """Every layout of the window told that all it measured is out of date, and laid out again."""
    for widget in [window.centralWidget(), *_widgets_under(window.centralWidget())]:
        if widget.layout() is not None:
            widget.layout().invalidate()
            widget.updateGeometry()
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def long_drag_window(monkeypatch, request):
    """The main window, shown, where every step after the first is part of one drag however long the
    test takes (the drag's pause would lay the desk out anew in the middle of a comparison). The flip
    points under the sliders are found before the drag, as a user who looks before dragging sees them,
    and no search starts again during it: one due in the middle of a comparison (a step run slow on a
    loaded machine) gave the controls' hints new texts between its two measures."""
    from wxdesk.ui import flip_labels, settle
    monkeypatch.setattr(settle, "SETTLE_MS", 600_000)  # before the window (and its followers) is made
    monkeypatch.setattr(flip_labels, "SETTLE_MS", 600_000)
    window = request.getfixturevalue("shown_window")
    window.features.flip_labels.flush()
    QApplication.processEvents()
    assert any(label.text() for label in window.features.flip_labels.labels.values())
    return window


@pytest.mark.parametrize("name", ["audienceSlider", "budgetSlider", "interactionSlider"])
def test_at_every_step_of_a_drag_each_widget_is_where_a_layout_from_scratch_puts_it(long_drag_window, name):
    """The layouts a step leaves alone (its new texts took the old ones' room) hold what they would
    measure again: laying the whole window out from nothing moves no widget."""
    window = long_drag_window
    slider = window.findChild(QSlider, name)
    steps = [slider.minimum() + round(i * (slider.maximum() - slider.minimum()) / 24) for i in range(25)]
    for position in steps + steps[-2::-1]:
        slider.setValue(position)
        for _ in range(3):  # and what follows a single change at once (a step slower than a drag's)
            QApplication.processEvents()
        moved = _geometries(window)
        _laid_out_from_scratch(window)
        assert _geometries(window) == moved, position


def _shown_texts(window) -> list[tuple[str, str, bool]]:
    # A hidden label's text is not shown (the cost key leaves a part it hides as it was: a drag that crossed plans
    # with a build keeps "Build ¥572k" on a hidden label where a fresh window has "Build"); whether it is shown is.
    window.plan_area.show_folded()
    return [(widget.objectName(), widget.text() if widget.isVisibleTo(window) else None, widget.isVisibleTo(window))
            for widget in _widgets_under(window.centralWidget()) if isinstance(widget, (QLabel, QAbstractButton))]


def test_after_a_drag_the_window_shows_what_a_window_opened_on_its_scenario_shows(shown_window, qtbot):
    from wxdesk.ui import MainWindow
    from wxdesk.ui.document import ScenarioDocument
    window = shown_window
    slider = window.findChild(QSlider, "audienceSlider")
    steps = [slider.minimum() + round(i * (slider.maximum() - slider.minimum()) / 30) for i in range(31)]
    for position in steps + steps[-2::-1][:17]:
        slider.setValue(position)
        QApplication.processEvents()
    fresh = MainWindow(ScenarioDocument(window.document.scenario, pack=window.document.pack))
    qtbot.addWidget(fresh)
    fresh.resize(window.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    qtbot.waitUntil(lambda: fresh.built_chart is not None)
    QApplication.processEvents()
    assert _shown_texts(window) == _shown_texts(fresh)
    assert window.chart.snapshot() == fresh.chart.snapshot()
    for presence, panel in window.presence_panels.items():
        assert panel.meter.number.text() == fresh.presence_panels[presence].meter.number.text()


@pytest.mark.parametrize("least, largest", [(0, 16777215), (150, 16777215), (0, 90), (40, 120)])
def test_a_text_set_in_place_is_measured_in_the_label_as_it_is_sized_then(card, least, largest):
    """SteadyLabel.setText reads the label's least and largest sizes once for all of a new text's measures: read
    when the text is set (not kept from the text before), and asked afresh again once it is set. Its answers
    are an UnbrokenLabel's (QLabel's own, but for the minimum width of a text with runs kept whole)."""
    sentence = card.sentence
    sentence.setMinimumWidth(least)
    sentence.setMaximumWidth(largest)
    QApplication.processEvents()
    reference = UnbrokenLabel()
    reference.setWordWrap(True)
    reference.setMinimumWidth(least)
    reference.setMaximumWidth(largest)
    # (Texts no other label showed: the memory SteadyLabels share answers for the texts and settings asked.)
    for text in (f"The plan costs ¥{least}k over 3 years, ¥{largest} a year.",
                 f"Mini Program + WeCom: ¥{least}.2M over 3 years, ¥{largest}k a year"):
        sentence.setText(text)
        reference.setText(text)
        assert sentence._said.fixed is None and QLabel.text(sentence) == QLabel.text(reference)
        assert (sentence.sizeHint(), sentence.minimumSizeHint()) == (reference.sizeHint(), reference.minimumSizeHint())
        widths = [60, 90, sentence.width(), 200, 400]
        assert [sentence.heightForWidth(w) for w in widths] == [reference.heightForWidth(w) for w in widths]
        QApplication.processEvents()


def _widths_remembered(window) -> dict[tuple, set[int]]:
    """The widths each shown SteadyLabel of the window remembers a height at (see SteadyLabel._known_room)."""
    found = {}
    for index, label in enumerate(window.findChildren(SteadyLabel)):
        room = label._known_room() if label.isVisible() else []
        found[(index, label.objectName())] = None if room is None else {what for what, _ in room
                                                                         if isinstance(what, int)}
    return found


def _started(window, qtbot) -> None:
    """Once the chart has painted and what follows its paint has run: the window as a user's first move meets it."""
    viewport = window.chart.plot_widget.viewport()
    paints = EventCount([viewport], QEvent.Type.Paint)
    viewport.update()
    qtbot.waitUntil(lambda: paints.count > 0)
    qtbot.wait(50)
    viewport.removeEventFilter(paints)


def test_the_start_leaves_no_label_measuring_new_texts_at_widths_the_window_has_left(shown_window, qtbot):
    """While the window is shown and settles, its layouts ask the labels at widths it has left since (the
    cards' sentences before their column had its width): once it has settled, each label remembers only widths
    that the window laid out afresh at its size asks too, so that the first slider move measures its new texts
    only there, as later moves do."""
    window = shown_window
    _started(window, qtbot)
    started = _widths_remembered(window)
    for label in window.findChildren(SteadyLabel):  # each told as a new text of other room tells its layouts
        label._forget()
        label.updateGeometry()
    _laid_out_from_scratch(window)
    afresh = _widths_remembered(window)
    left_behind = {key: widths - (afresh[key] or set()) for key, widths in started.items()
                   if widths is None or widths - (afresh[key] or set())}
    assert left_behind == {}


@pytest.mark.parametrize("size", [(1100, 700), (760, 560), (1500, 900)])
def test_after_the_first_move_each_widget_is_where_a_layout_from_scratch_puts_it_at_any_size(shown_window, qtbot,
                                                                                               size):
    """The widths a label forgets once the window has settled are forgotten by its layouts too: after the first
    move, the window resized to another size lays every widget out where a layout from scratch puts it."""
    window = shown_window
    _started(window, qtbot)
    slider = window.findChild(QSlider, "budgetSlider")
    slider.setValue(slider.value() + (slider.maximum() - slider.minimum()) // 60)
    QApplication.processEvents()
    window.resize(*size)
    for _ in range(4):
        QApplication.processEvents()
    resized = _geometries(window)
    _laid_out_from_scratch(window)
    assert _geometries(window) == resized


def test_widths_a_label_forgets_its_layouts_forget_too(qtbot):
    """A label that forgets the widths it was asked at tells its layouts, up to the window, which forget the
    heights they kept at them: a later text that takes the same room at the label's width but not at a width
    forgotten is laid out at that width as it needs, once the window is narrowed to it again."""
    window = QWidget()
    qtbot.addWidget(window)
    card = QWidget()
    sentence = SteadyLabel("The plan costs ¥262k over 3 years.")
    sentence.setWordWrap(True)
    SteadyVBoxLayout(card).addWidget(sentence)
    outer = SteadyVBoxLayout(window)  # keeps the card's height at each width it asked (QWidgetItemV2)
    outer.addWidget(card)
    outer.addStretch(1)
    laid_out_at = []
    for width in (90, 160):
        window.resize(width, 200)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        laid_out_at.append(sentence.width())
    narrow, wide = laid_out_at
    assert narrow in {width for width, _ in sentence._heights}
    sentence.forget_widths_left_behind()
    QApplication.processEvents()
    assert narrow not in {width for width, _ in sentence._heights}
    longer = "The plan costs ¥262k over three years."  # one line at the label's width, a line more when narrow
    reference = UnbrokenLabel(longer)
    reference.setWordWrap(True)
    assert reference.heightForWidth(wide) == sentence.height_at(wide)
    assert reference.heightForWidth(narrow) > sentence.height_at(narrow)
    sentence.setText(longer)
    window.resize(90, 200)
    QApplication.processEvents()
    assert sentence.width() == narrow
    assert sentence.height() == reference.heightForWidth(narrow)
