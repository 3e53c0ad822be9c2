"""Chart export: PNG and SVG files of the requested size, the clipboard, and the menus."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage

from wxdesk.engine import load_preset
from wxdesk.ui.export import ExportError, chart_image, copy_chart, export_chart

pytestmark = pytest.mark.gui


@pytest.fixture
def window(shown_window):
    shown_window.document.set_scenario(load_preset("car_brand"))
    return shown_window


def distinct_colours(image: QImage, step: int = 23) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.parametrize("width, height", [(1920, 1080), (800, 600), (3840, 2160)])
def test_png_opens_at_the_requested_size_with_the_chart_drawn(window, tmp_path, width, height):
    path = export_chart(window.chart, tmp_path / "chart.png", QSize(width, height))
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (width, height)
    # A chart, not an empty canvas: bands, lines and labels give many colours.
    assert distinct_colours(image) > 20


def test_export_leaves_the_window_chart_as_it_was(window, tmp_path):
    layout = window.chart.plot_widget.ci
    before = layout.geometry()
    export_chart(window.chart, tmp_path / "chart.png", QSize(1920, 1080))
    assert layout.geometry() == before


def test_svg_opens_with_the_requested_size(window, tmp_path):
    from PySide6.QtSvg import QSvgRenderer
    path = export_chart(window.chart, tmp_path / "chart.svg", QSize(1600, 900))
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert (root.get("width"), root.get("height")) == ("1600", "900")
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(1600, 900)
    assert "<path" in path.read_text(encoding="utf-8")


def test_chart_is_copied_to_the_clipboard(window):
    copy_chart(window.chart, QSize(1280, 720))
    pasted = QGuiApplication.clipboard().image()
    assert (pasted.width(), pasted.height()) == (1280, 720)


def test_copy_action_puts_the_chart_on_the_clipboard(window):
    QGuiApplication.clipboard().clear()
    window.features.chart_export.copy_action.trigger()
    pasted = QGuiApplication.clipboard().image()
    assert (pasted.width(), pasted.height()) == (1920, 1080)


def test_unknown_extension_and_absurd_sizes_are_refused(window, tmp_path):
    with pytest.raises(ExportError, match=r"\.png or \.svg"):
        export_chart(window.chart, tmp_path / "chart.gif")
    with pytest.raises(ExportError):
        chart_image(window.chart, QSize(10, 10))
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_raises_a_plain_error(window, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_chart(window.chart, tmp_path / "missing-folder" / "chart.png")


def test_menus_and_toolbar_offer_the_exports(window):
    file_actions = window.file_menu.actions()
    assert window.features.report_export.action in file_actions
    assert window.features.chart_export.export_action in file_actions
    assert window.features.chart_export.copy_action in window.edit_menu.actions()
    assert window.features.chart_export.export_action in window.toolbar.actions()
    assert window.features.report_export.action.text() and window.features.chart_export.export_action.text()


def test_export_report_action_writes_the_handout_of_the_open_scenario(window, tmp_path):
    path = window.features.report_export.export_to(tmp_path / "client.pdf")
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    assert "client.pdf" in window.statusBar().currentMessage()


def test_size_dialog_offers_presentation_sizes(window, qtbot):
    from wxdesk.ui.export import ExportChartDialog
    dialog = ExportChartDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.chosen_size() == QSize(1920, 1080)
    dialog.preset.setCurrentIndex(2)
    assert dialog.chosen_size() == QSize(3840, 2160)
    dialog.width_box.setValue(1000)
    assert dialog.chosen_size() == QSize(1000, 2160)


def test_report_file_name_comes_from_the_client(window):
    assert window.features.report_export.suggested_name() == "EV-maker-China-owners-programme.pdf"


def test_export_report_into_a_missing_folder_says_so(window, tmp_path):
    assert window.features.report_export.export_to(tmp_path / "gone" / "client.pdf") is None
    assert "could not be saved" in window.statusBar().currentMessage()
    assert not (tmp_path / "gone").exists()


def test_a_refused_report_says_why_in_sentences_of_the_windows_language(window, tmp_path):
    """"客户资料无法保存到 …/client.pdf。 (The folder of … does not exist.)": the reason in brackets after the full
    stop, the file named twice; now two sentences, as Save says them."""
    from wxdesk.ui import i18n
    i18n.set_language("zh_CN")
    target = tmp_path / "gone" / "client.pdf"
    assert window.features.report_export.export_to(target) is None
    message = window.statusBar().currentMessage()
    assert message.startswith("客户资料无法保存。") and str(target) in message, message
    assert "(" not in message and "。 " not in message and message.count(str(target)) == 1, message


def test_a_full_disk_is_named_and_the_previous_png_stays(window, tmp_path, monkeypatch):
    """Saved through Qt, a full disk came back as "Could not write …" alone (and libpng's own line on the
    terminal); written by Python from the PNG encoded in memory, the disk's error is named."""
    import errno

    from wxdesk.ui import export
    target = tmp_path / "chart.png"
    export_chart(window.chart, target, QSize(800, 600))
    before = target.read_bytes()

    def full_disk(path, mode="r", *args, **kwargs):
        if "w" in mode:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return open(path, mode, *args, **kwargs)
    monkeypatch.setattr(export, "open", full_disk, raising=False)
    with pytest.raises(ExportError, match="not enough space"):
        export_chart(window.chart, target, QSize(1024, 768))
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]  # nothing half-written left beside it


def test_size_list_names_the_size_typed(window, qtbot):
    """The list kept "1920 × 1080" after another width was typed; it says Custom, and a preset's size again."""
    from wxdesk.ui.export import ExportChartDialog
    dialog = ExportChartDialog(window)
    qtbot.addWidget(dialog)
    dialog.width_box.setValue(1000)
    assert dialog.preset.currentData() is None and dialog.chosen_size() == QSize(1000, 1080)
    dialog.width_box.setValue(1280)
    dialog.height_box.setValue(720)
    assert dialog.preset.currentData() == (1280, 720)


def test_size_dialog_says_it_as_share_as_image_does(window, qtbot):
    """Labels with colons, pixels in the window's words, and Save: the button leads to a save dialog."""
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel

    from wxdesk.ui import i18n
    from wxdesk.ui.export import ExportChartDialog
    i18n.set_language("zh_CN")
    dialog = ExportChartDialog(window)
    qtbot.addWidget(dialog)
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    labels = [form.labelForField(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
              for row in range(3)]
    assert all(isinstance(label, QLabel) and label.text().endswith(("：", ":")) for label in labels)
    assert "px" not in dialog.width_box.text() and "像素" in dialog.width_box.text()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Save) is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Ok) is None


def test_the_exported_chart_is_light_on_a_dark_desktop(window, tmp_path):
    """The handout and the long image are light whatever the desktop; the chart export was drawn dark."""
    from PySide6.QtGui import QColor, QPalette
    dark = QPalette(window.chart.palette())
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Window, "#2d2d2d"),
                         (QPalette.ColorRole.Text, "#f0f0f0"), (QPalette.ColorRole.WindowText, "#f0f0f0")):
        dark.setColor(role, QColor(colour))
    window.chart.setPalette(dark)
    image = QImage(str(export_chart(window.chart, tmp_path / "chart.png", QSize(800, 600))))
    corner = QColor(image.pixel(2, 2))
    assert corner.lightness() > 200, corner.name()
    # The window's chart is dark again.
    assert window.chart.palette().color(QPalette.ColorRole.Base) == QColor("#1e1e1e")
    assert window.chart.plot_widget.backgroundBrush().color() == QColor("#1e1e1e")
