"""A card's frame copied from kept tiles (wxdesk.ui.card_frame) is the frame drawn directly, pixel for pixel."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPicture, QRegion
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from wxdesk.ui import card_frame
from wxdesk.ui.account_panel import CARD_BORDER, CARD_BORDER_HIGHLIGHTED, CARD_RADIUS, Card
from wxdesk.ui.card_frame import COPIED_SHAPES, colour_beneath, draw_frame, paint_frame

colours = st.builds(QColor, st.integers(0, 255), st.integers(0, 255), st.integers(0, 255))


def _painted(size: QSize, offset: tuple[int, int], pen: QPen, base: QColor, radius: float, beneath: QColor,
             tiles: bool, clip: QRegion | None = None) -> QImage:
    image = QImage(size.width() + 2 * offset[0] + 3, size.height() + 2 * offset[1] + 3,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(beneath)
    card_frame.start_copying()
    painter = QPainter(image)
    if clip is not None:
        painter.setClipRegion(clip)
    painter.translate(*offset)
    if tiles:
        paint_frame(painter, size, pen, base, radius, beneath)
    else:
        draw_frame(painter, QRectF(0, 0, size.width(), size.height()), pen, base, radius)
    painter.end()
    return image


def test_the_cards_frames_are_the_ones_copied():
    assert {(CARD_RADIUS, CARD_BORDER), (CARD_RADIUS, CARD_BORDER_HIGHLIGHTED)} <= COPIED_SHAPES


@settings(max_examples=200, deadline=None)
@given(width=st.integers(1, 900), height=st.integers(1, 600), offset=st.tuples(st.integers(0, 9), st.integers(0, 9)),
       shape=st.sampled_from(sorted(COPIED_SHAPES)) | st.tuples(st.floats(0.0, 10.0), st.floats(0.5, 4.0)),
       pen_colour=colours, base=colours, beneath=colours)
def test_a_frame_from_tiles_is_the_frame_drawn(qapp, width, height, offset, shape, pen_colour, base, beneath):
    radius, border = shape
    pen = QPen(pen_colour, border)
    size = QSize(width, height)
    direct = _painted(size, offset, pen, base, radius, beneath, tiles=False)
    assert _painted(size, offset, pen, base, radius, beneath, tiles=True) == direct


def _card_in_window(highlighted: bool) -> tuple[QWidget, Card]:
    window = QWidget()
    window.resize(420, 320)
    layout = QVBoxLayout(window)
    card = Card()
    card.setMinimumSize(300, 200)
    layout.addWidget(card)
    card.set_highlighted(highlighted)
    return window, card


def _recording_draws(monkeypatch, drawn: list, ours: list) -> None:
    """Note where each frame is drawn directly, as (where, rectangle): "card" on one of `ours`, "tile" into an
    image (the tiles copies are made from, once per look in a process), "other" on another widget (a window
    an earlier test in this process left open, repainting its cards when this test lets events run)."""
    real_draw = card_frame.draw_frame

    def record(painter, rect, *rest):
        device = painter.device()
        where = ("card" if any(device is widget for widget in ours)
                 else "other" if isinstance(device, QWidget) else "tile")
        drawn.append((where, rect))
        real_draw(painter, rect, *rest)
    monkeypatch.setattr(card_frame, "draw_frame", record)


def _on_cards(drawn: list) -> list:
    return [rect for where, rect in drawn if where == "card"]


def test_a_card_painted_whole_draws_no_rounded_rectangle(qapp, monkeypatch):
    """Once its tiles are kept, a card repainted whole (one that grew or moved) copies its frame: no smoothed
    fill of its inside, and the same pixels as the frame drawn directly."""
    drawn: list = []
    ours: list = []
    _recording_draws(monkeypatch, drawn, ours)
    for highlighted in (False, True):
        window, card = _card_in_window(highlighted)
        ours[:] = [card]
        try:
            window.show()
            assert colour_beneath(card) == window.palette().color(QPalette.ColorRole.Window)
            first = window.grab().toImage()  # drawn, or copied from tiles made here (once for each look)
            QApplication.processEvents()  # (the window's first frame draws its cards: copies start after it)
            window.grab()
            drawn.clear()
            copied = window.grab().toImage()
            assert _on_cards(drawn) == []  # copied from the tiles
            monkeypatch.setattr(card_frame, "colour_beneath", lambda _widget: None)
            monkeypatch.setattr("wxdesk.ui.account_panel.colour_beneath", lambda _widget: None)
            direct = window.grab().toImage()
            assert [rect.size() for rect in _on_cards(drawn)] == [QSize(card.width(), card.height())]  # drawn directly
            assert copied == direct == first
            monkeypatch.undo()
            _recording_draws(monkeypatch, drawn, ours)
        finally:
            window.close()
            window.deleteLater()


def test_a_frame_is_drawn_directly_where_copies_would_differ(qapp, monkeypatch):
    """A picture (a PDF or SVG records what is drawn), a scaled painter or an unknown background: drawn."""
    card_frame.start_copying()
    drawn = []
    real_draw = card_frame.draw_frame
    monkeypatch.setattr(card_frame, "draw_frame", lambda *args: (drawn.append(args[1]), real_draw(*args)))
    pen, white, grey = QPen(QColor("#3D7EDB"), 2.5), QColor("white"), QColor("#efefef")
    picture = QPicture()
    painter = QPainter(picture)
    paint_frame(painter, QSize(200, 100), pen, white, 8, grey)
    painter.end()
    image = QImage(400, 300, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.scale(1.5, 1.5)
    paint_frame(painter, QSize(200, 100), pen, white, 8, grey)
    painter.resetTransform()
    painter.translate(0.5, 0)
    paint_frame(painter, QSize(200, 100), pen, white, 8, grey)
    painter.resetTransform()
    paint_frame(painter, QSize(200, 100), pen, white, 8, None)
    paint_frame(painter, QSize(30, 100), pen, white, 8, grey)  # too narrow for two corners
    painter.end()
    assert len(drawn) == 5


def test_the_colour_beneath_is_a_solid_fill_or_none(qapp):
    window = QWidget()
    try:
        inner = QWidget(window)
        card = Card(inner)
        assert colour_beneath(card) == window.palette().color(window.backgroundRole())
        inner.setAutoFillBackground(True)
        palette = inner.palette()
        palette.setColor(inner.backgroundRole(), QColor(10, 20, 30))
        inner.setPalette(palette)
        assert colour_beneath(card) == QColor(10, 20, 30)
        palette.setColor(inner.backgroundRole(), QColor(10, 20, 30, 128))  # seen through
        inner.setPalette(palette)
        assert colour_beneath(card) is None
        assert colour_beneath(window) is None  # a window has nothing beneath it
    finally:
        window.deleteLater()


def test_the_first_frame_draws_its_cards(qapp, monkeypatch):
    """Copies start at the turn of the event loop after the first frame: making the tiles (and the image
    class PySide makes at its first use) would add to the first paint."""
    monkeypatch.setattr(card_frame, "_copying", False)
    monkeypatch.setattr(card_frame, "_copying_soon", False)
    drawn: list = []
    ours: list = []
    _recording_draws(monkeypatch, drawn, ours)
    window, card = _card_in_window(False)
    ours.append(card)
    try:
        window.show()
        window.grab()
        assert len(_on_cards(drawn)) == 1  # drawn directly
        QApplication.processEvents()
        window.grab()
        # Copied from then on: the tiles may be made here (drawn into images), the card is not drawn again.
        assert len(_on_cards(drawn)) == 1
    finally:
        window.close()
        window.deleteLater()


class _RecordingPainter:
    """A painter that notes the size of every image it copies (and paints as the painter it wraps)."""

    def __init__(self, painter: QPainter):
        self._painter = painter
        self.images: list[QSize] = []

    def drawImage(self, *args):  # noqa: N802 - QPainter's name
        self.images.append(next(arg for arg in args if isinstance(arg, QImage)).size())
        self._painter.drawImage(*args)

    def __getattr__(self, name):
        return getattr(self._painter, name)


def test_a_frame_copies_no_image_larger_than_a_corner(qapp):
    """A widget's paint is clipped to a region that is seldom a rectangle, and through such a clip the raster
    engine copies an image line by line: a frame copies only its corners and fills the rest."""
    card_frame.start_copying()
    image = QImage(320, 240, QImage.Format.Format_ARGB32_Premultiplied)
    grey = QColor("#efefef")
    image.fill(grey)
    painter = QPainter(image)
    recording = _RecordingPainter(painter)
    paint_frame(recording, QSize(300, 200), QPen(QColor("#3D7EDB"), CARD_BORDER_HIGHLIGHTED), QColor("white"),
                CARD_RADIUS, grey)
    painter.end()
    assert len(recording.images) == 4
    assert all(size.width() <= card_frame.TILE and size.height() <= card_frame.TILE for size in recording.images)


@settings(max_examples=60, deadline=None)
@given(rects=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 150), st.integers(1, 120), st.integers(1, 90)),
                      min_size=1, max_size=8),
       shape=st.sampled_from(sorted(COPIED_SHAPES)))
def test_a_frame_painted_through_a_clip_is_the_frame_drawn_through_it(qapp, rects, shape):
    """Through a clip of several rectangles (as a card's paint leaves out its opaque texts): the same pixels."""
    radius, border = shape
    clip = QRegion()
    for rect in rects:
        clip += QRegion(*rect)
    pen, base, beneath, size = QPen(QColor("#3D7EDB"), border), QColor("white"), QColor("#efefef"), QSize(240, 180)
    direct = _painted(size, (0, 0), pen, base, radius, beneath, tiles=False, clip=clip)
    assert _painted(size, (0, 0), pen, base, radius, beneath, tiles=True, clip=clip) == direct
