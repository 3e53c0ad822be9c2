"""Export the comparison chart as PNG or SVG, or copy it, at presentation resolution.

The chart is laid out at a logical size with the requested shape, then drawn at the
requested pixel size: a 1920 × 1080 PNG is the chart as on a 960 × 540 screen at
twice the pixel density, so its labels stay readable on a projector. The window's
own chart is put back to its size afterwards.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsScene

    from wxdesk.safe_output import Inputs
    from wxdesk.ui.chart import ComparisonChart
    from wxdesk.ui.plotting import pg

log = logging.getLogger(__name__)

PRESENTATION_SIZE = QSize(1920, 1080)
# Charts wider than this many logical pixels get a higher pixel density instead.
LOGICAL_WIDTH = 960
MIN_SIDE, MAX_SIDE = 200, 8000
FORMATS = {".png": "PNG", ".svg": "SVG"}


class ExportError(Exception):
    """The chart could not be written (plain words for the user)."""


def _scene_and_layout(chart: ComparisonChart) -> tuple[pg.GraphicsLayoutWidget, QGraphicsScene, pg.GraphicsLayout]:
    view = chart.plot_widget
    return view, view.scene(), view.ci


@contextlib.contextmanager
def _light(chart: ComparisonChart) -> Iterator[None]:
    """The chart in the style's light colours while it is drawn for export, then as it was.

    An exported chart goes on a slide or into a document beside the handout and the long image, which are
    light whatever the desktop: drawn in a dark desktop's colours it was a black picture among white ones.
    (The chart follows its palette: its changeEvent colours it again.)
    """
    own_palette = chart.testAttribute(Qt.WidgetAttribute.WA_SetPalette)
    previous = QPalette(chart.palette())
    light = chart.style().standardPalette()
    if light.color(QPalette.ColorRole.Base) == previous.color(QPalette.ColorRole.Base) and \
            light.color(QPalette.ColorRole.Text) == previous.color(QPalette.ColorRole.Text):
        yield  # light already: nothing to draw again
        return
    chart.setPalette(light)
    try:
        yield
    finally:
        # A palette of its own given back; else a palette that sets nothing: it follows the window's again.
        chart.setPalette(previous if own_palette else QPalette())


def _render(chart: ComparisonChart, painter: QPainter, logical: QSizeF) -> None:
    """Draw the chart into `painter` in light colours, laid out at `logical` size, then restore its layout."""
    with _light(chart):
        _render_as_shown(chart, painter, logical)


def _render_as_shown(chart: ComparisonChart, painter: QPainter, logical: QSizeF) -> None:
    view, scene, layout = _scene_and_layout(chart)
    previous = layout.geometry()
    try:
        layout.setGeometry(QRectF(QPointF(0, 0), logical))
        layout.layout.activate()
        background = view.backgroundBrush().color() if view.backgroundBrush().style() != Qt.BrushStyle.NoBrush \
            else chart.palette().window().color()
        painter.fillRect(QRectF(QPointF(0, 0), logical), background)
        with chart.painted_directly():
            scene.render(painter, QRectF(QPointF(0, 0), logical), layout.sceneBoundingRect())
    finally:
        layout.setGeometry(previous)
        layout.layout.activate()


def _scale_for(size: QSize) -> float:
    return max(1.0, size.width() / LOGICAL_WIDTH)


def _check_size(size: QSize) -> None:
    if not (MIN_SIDE <= size.width() <= MAX_SIDE and MIN_SIDE <= size.height() <= MAX_SIDE):
        raise ExportError(QCoreApplication.translate(
            "ChartExport", "The size must be between %1 and %2 pixels on each side.")
            .replace("%1", str(MIN_SIDE)).replace("%2", str(MAX_SIDE)))


def chart_image(chart: ComparisonChart, size: QSize = PRESENTATION_SIZE) -> QImage:
    """The chart as an image of exactly `size` pixels."""
    _check_size(size)
    scale = _scale_for(size)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    try:
        _render(chart, painter, QSizeF(size.width() / scale, size.height() / scale))
    finally:
        painter.end()
    image.setDevicePixelRatio(1.0)
    return image


def write_svg(chart: ComparisonChart, path: Path, size: QSize) -> None:
    from PySide6.QtSvg import QSvgGenerator
    _check_size(size)
    scale = _scale_for(size)
    logical = QSizeF(size.width() / scale, size.height() / scale)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(QPointF(0, 0), logical))
    generator.setTitle(QCoreApplication.translate("ChartExport", "Native app or Mini Program: cost and fit"))
    generator.setDescription("wxdesk")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(_cannot_write(path))
    try:
        _render(chart, painter, logical)
    finally:
        painter.end()
    _size_in_pixels(path, size)


def _size_in_pixels(path: Path, size: QSize) -> None:
    """QSvgGenerator states the size in millimetres; slides and browsers expect pixels."""
    text = path.read_text(encoding="utf-8")
    start = text.index("<svg")
    end = text.index(">", start)
    tag = re.sub(r'\swidth="[^"]*"', f' width="{size.width()}"', text[start:end], count=1)
    tag = re.sub(r'\sheight="[^"]*"', f' height="{size.height()}"', tag, count=1)
    path.write_text(text[:start] + tag + text[end:], encoding="utf-8")


def _cannot_write(path: Path, reason: str = "") -> str:
    text = QCoreApplication.translate("ChartExport", "Could not write %1.").replace("%1", str(path))
    return f"{text} {reason}".strip()


def export_chart(chart: ComparisonChart, path: str | os.PathLike[str], size: QSize = PRESENTATION_SIZE,
                 inputs: Inputs = ()) -> Path:
    """Write the chart to `path` as PNG or SVG (by its extension) at `size` pixels.

    Written through wxdesk.safe_output: the previous file stays until the new one is
    complete and checked, and `inputs` (the open scenario, the data pack) are never written.
    """
    from wxdesk.safe_output import OutputError, write_with
    from wxdesk.share.png import png_bytes
    from wxdesk.ui.saving import output_error_text
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ExportError(QCoreApplication.translate(
            "ChartExport", "Choose a file name ending in .png or .svg, not “%1”.").replace("%1", path.name))
    _check_size(size)

    def produce(temp: Path) -> None:
        if kind == "PNG":
            # Encoded in memory and written by Python, as the long image is (wxdesk.share.png): a full disk then
            # comes back as the disk's own error, which safe_output names, not as Qt's bare "saving failed".
            data = png_bytes(chart_image(chart, size))
            if data is None:
                raise ExportError(_cannot_write(path))
            with open(temp, "wb") as out:
                out.write(data)
        else:
            write_svg(chart, temp, size)

    def complete(temp: Path) -> bool:
        if kind == "PNG":
            return QImage(str(temp)).size() == size
        return temp.read_bytes().rstrip().endswith(b"</svg>")

    try:
        return write_with(path, produce, inputs, complete)
    except OutputError as exc:
        raise ExportError(output_error_text(exc)) from None
    except (OSError, ValueError) as exc:  # the SVG rewrite failed half-way (a full disk)
        raise ExportError(_cannot_write(path, getattr(exc, "strerror", "") or "")) from None


def copy_chart(chart: ComparisonChart, size: QSize = PRESENTATION_SIZE) -> QImage:
    image = chart_image(chart, size)
    QGuiApplication.clipboard().setImage(image)
    return image


class ExportChartDialog(QDialog):
    """Pick the size of the exported chart; the file comes from a save dialog afterwards (hence Save, as in
    Share as Image)."""

    PRESETS = ((1920, 1080), (1280, 720), (3840, 2160), (1200, 900))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportChartDialog")
        # objectName as a keyword: PySide6 takes any Qt property so, the stubs list only each class's own.
        self.preset = QComboBox(objectName="sizePreset")  # type: ignore[call-arg]
        self.width_box = QSpinBox(objectName="widthBox", minimum=MIN_SIDE, maximum=MAX_SIDE)  # type: ignore[call-arg]
        self.height_box = QSpinBox(objectName="heightBox", minimum=MIN_SIDE, maximum=MAX_SIDE)  # type: ignore[call-arg]
        # Pixels in the words Share as Image uses ("1080 像素"), its translation shared.
        prefix, _, suffix = QCoreApplication.translate("ShareImageDialog", "%1 px").partition("%1")
        for box in (self.width_box, self.height_box):
            box.setPrefix(prefix)
            box.setSuffix(suffix)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Size:"), self.preset)
        form.addRow(self.tr("Width:"), self.width_box)
        form.addRow(self.tr("Height:"), self.height_box)
        form.addRow(buttons)
        for w, h in self.PRESETS:
            self.preset.addItem(f"{w} × {h}", (w, h))
        self.preset.addItem(self.tr("Custom"), None)  # what the boxes say when they match no size of the list
        self.preset.currentIndexChanged.connect(self._on_preset)
        self._on_preset(0)
        self.width_box.valueChanged.connect(self._show_preset)
        self.height_box.valueChanged.connect(self._show_preset)
        self.setWindowTitle(self.tr("Export Chart"))

    def _on_preset(self, index: int) -> None:
        size = self.preset.itemData(index)
        if size is None:  # "Custom": the boxes keep what was typed
            return
        w, h = size
        self.width_box.setValue(w)
        self.height_box.setValue(h)

    def _show_preset(self) -> None:
        """The list names the size the boxes hold: "1920 × 1080" stayed after another width was typed."""
        chosen = (self.width_box.value(), self.height_box.value())
        # (Not findData: a tuple stored in a combo box comes back as Python's, which Qt's search cannot compare.)
        index = next((i for i, size in enumerate(self.PRESETS) if size == chosen), self.preset.count() - 1)
        self.preset.blockSignals(True)  # (naming the size sets no value)
        self.preset.setCurrentIndex(index)
        self.preset.blockSignals(False)

    def chosen_size(self) -> QSize:
        return QSize(self.width_box.value(), self.height_box.value())
