"""Screenshots of the main window for the README: default scenario, two presets, dark palette,
the Assumptions table and the Sensitivity chart beside the desk.

Runs offscreen (no display needed) with a throwaway settings folder, so a remembered
window size never changes the pictures:

    python build_scripts/screenshots.py [--out docs/screenshots] [--size 1440x900]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (file name, example, palette, language)
SHOTS = (("default", None, "light", "en"), ("car_brand", "car_brand", "light", "en"),
         ("bank_care", "bank_care", "light", "en"), ("fitness_coaching", "fitness_coaching", "light", "en"),
         ("car_brand-zh_CN", "car_brand", "light", "zh_CN"), ("dark", "car_brand", "dark", "en"))


def dark_palette():
    """A dark palette like the ones desktop environments provide."""
    from PySide6.QtGui import QColor, QPalette
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#E8EAED",
        QPalette.ColorRole.Base: "#2A2B2F", QPalette.ColorRole.AlternateBase: "#303134",
        QPalette.ColorRole.Text: "#E8EAED", QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#E8EAED", QPalette.ColorRole.Highlight: "#8AB4F8",
        QPalette.ColorRole.HighlightedText: "#202124", QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#E8EAED", QPalette.ColorRole.PlaceholderText: "#9AA0A6",
        QPalette.ColorRole.Mid: "#5F6368", QPalette.ColorRole.Dark: "#17181A",
        QPalette.ColorRole.Light: "#3C4043", QPalette.ColorRole.Midlight: "#35363A",
        QPalette.ColorRole.Shadow: "#000000", QPalette.ColorRole.Link: "#8AB4F8",
        QPalette.ColorRole.BrightText: "#FFFFFF",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#80868B"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#80868B"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#80868B"))
    return palette


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--size", default="1440x900", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    home = Path(tempfile.mkdtemp(prefix="wxdesk-shots-"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        # A screen larger than every picture: the window never opens larger than its screen, and
        # the offscreen platform's own screen is only 800×800 (run with QT_QPA_PLATFORM=offscreen set, as the
        # README's own command line has it, every picture was drawn at 796×796).
        screen = {"name": "shots", "x": 0, "y": 0, "width": max(width, 1600) + 320, "height": max(height, 1000) + 200,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        config = home / "screen.json"
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["WXDESK_LOG_DIR"] = str(home / "logs")

    from PySide6.QtCore import QSettings

    from wxdesk.engine import load_preset
    from wxdesk.engine.scenario import with_override
    from wxdesk.ui.app import get_qapp
    from wxdesk.ui.main_window import MainWindow

    app = get_qapp()
    app.setStyle("Fusion")
    light = app.palette()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from wxdesk.ui import i18n
    for name, preset, palette, language in SHOTS:
        QSettings().clear()  # each picture is a first start: no splitter or geometry from the previous one
        i18n.set_language(language)
        app.setPalette(dark_palette() if palette == "dark" else light)
        window = _window(MainWindow, load_preset(preset, language) if preset is not None else None, width, height)
        _save(window.grab(), out / f"{name}.png")
        _close(window)
    i18n.set_language("en")
    app.setPalette(light)

    # The assumptions table, searched for "cost", with one figure changed for the scenario.
    QSettings().clear()
    changed = with_override(load_preset("car_brand"), "app_cost_per_install_cny", 3, 12, 34)
    window = _window(MainWindow, changed, 1600, 1000)
    dock = window.features.assumptions.dock
    dock.setFloating(True)
    dock.resize(1600, 430)
    dock.show()
    dock.widget().search.setText("cost")
    dock.widget().table.selectRow(0)
    _settle()
    _save(dock.grab(), out / "assumptions.png")
    _close(window)

    # The sensitivity chart beside the desk, the flip points under the sliders found.
    QSettings().clear()
    window = _window(MainWindow, load_preset("car_brand"), 1600, 1000)
    window.features.sensitivity.action.setChecked(True)
    window.features.flip_labels.flush()
    _settle()
    # The sweep runs in slices between events: wait for its result before the picture.
    from wxdesk.ui.tornado import SensitivityView
    for _ in range(100):
        charts = window.findChildren(SensitivityView)
        if charts and charts[0].result is not None:
            break
        _settle()
    _settle()
    _save(window.grab(), out / "sensitivity.png")
    _close(window)
    return 0


def _settle() -> None:
    """Let the layouts, the chart built after the first paint and the desk's split settle."""
    from PySide6.QtCore import QEventLoop, QTimer
    for _ in range(5):
        loop = QEventLoop()
        QTimer.singleShot(60, loop.quit)
        loop.exec()


def _window(window_class, scenario, width: int, height: int):
    window = window_class()
    if scenario is not None:
        window.document.set_scenario(scenario)
    window.resize(width, height)
    window.show()
    _settle()
    window.build_chart()  # built after the first paint in any case; the picture must not race it
    _settle()
    return window


def _save(picture, path: Path) -> None:
    picture.save(str(path))
    print(path)


def _close(window) -> None:
    from PySide6.QtWidgets import QApplication
    window.document.undo_stack.clear()
    window.close()
    window.deleteLater()
    QApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
