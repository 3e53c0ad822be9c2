"""The first frame of two source trees, compared pixel for pixel (a check for changes to what the start builds).

    QT_QPA_PLATFORM=offscreen python build_scripts/first_frame_pixels.py --baseline /path/to/main [--out DIR]

Starts wxdesk from this tree and from the baseline tree as `python -m wxdesk` starts it, under the offscreen
platform, on screens of 800×800 (the platform's own, where bench_startup.py runs), 1366×768 and 1920×1080, in
English and in Chinese, and for each, one user in four starts:

- new: empty settings, no answer kept from an earlier start;
- returning: the window's geometry as the first start left it, the answer kept (this start drags the desk's
  divide 60 px up before it closes, as bench_startup.py --returning does);
- dragged: the desk split as that user left it;
- newkept: the window's settings removed again, the answer kept (bench_startup.py's usual start).

Each start saves what the screen shows of the window right after its first paint (QScreen.grabWindow, the
platform's own copy of what was painted, before the chart is built) and the window rendered again
(QWidget.grab), and both trees' pictures must be the same. Exits 1 where any differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ("800x800", "1366x768", "1920x1080")
LANGUAGES = ("en", "zh_CN")
STARTS = ("new", "returning", "dragged", "newkept")

GRAB = '''
import os, sys
out = os.environ["GRAB_OUT"]
if os.environ.get("GRAB_LANGUAGE"):
    from wxdesk import settings
    settings.set_language(os.environ["GRAB_LANGUAGE"])
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from wxdesk.ui import app as app_module
from wxdesk.ui import main_window

build_chart = main_window.MainWindow.build_chart
grabbed = []

def grab_then_build_chart(self):  # queued by the first paint: the first thing after it
    if not grabbed:
        grabbed.append(True)
        QGuiApplication.primaryScreen().grabWindow(self.winId()).save(out + ".screen.png")
        self.grab().save(out + ".grab.png")
        with open(out + ".txt", "w") as described:
            described.write(f"{self.width()}x{self.height()} compact={self.desk_compact} "
                            f"sizes={self.desk_splitter.sizes()}\\n")
    return build_chart(self)

main_window.MainWindow.build_chart = grab_then_build_chart
started = app_module._started

def started_then_close(window):  # the answer and the compiled code kept for the next start, as ever
    started(window)
    if os.environ.get("GRAB_DRAG"):
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest
        handle = window.desk_splitter.handle(1)
        middle = handle.rect().center()
        QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
        QTest.mouseMove(handle, middle + QPoint(0, -60))
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(0, -60))
    QTimer.singleShot(100, window.close)
    QTimer.singleShot(200, QGuiApplication.quit)

app_module._started = started_then_close
sys.argv = ["wxdesk"]
from wxdesk.cli import main
sys.exit(main())
'''


def _forget_window(config: Path) -> None:
    """The window's settings removed (its geometry and the desk's divide), the language kept."""
    if not config.is_file():
        return
    kept, skipping = [], False
    for line in config.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            skipping = line.strip() == "[mainWindow]"
        if not skipping:
            kept.append(line)
    config.write_text("\n".join(kept) + "\n", encoding="utf-8")


def grab_tree(tree: Path, out: Path, sizes=SIZES, languages=LANGUAGES) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        width, height = (int(v) for v in size.split("x"))
        for language in languages:
            with tempfile.TemporaryDirectory(prefix="wxdesk-pixels-") as tmp:
                home = Path(tmp)
                script = home / "grab.py"
                script.write_text(GRAB, encoding="utf-8")
                env = {k: v for k, v in os.environ.items()
                       if not k.startswith(("QT_", "WXDESK_", "XDG_", "LC_", "LANG", "PYTHONPATH"))}
                platform = "offscreen"
                if size != "800x800":
                    screen = {"name": "pixels", "x": 0, "y": 0, "width": width, "height": height,
                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                    (home / "screen.json").write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
                    platform = f"offscreen:configfile={home / 'screen.json'}"
                env.update(QT_QPA_PLATFORM=platform, LANG="C.UTF-8", HOME=str(home), PYTHONPATH=str(tree),
                           WXDESK_LOG_DIR=str(home / "logs"))
                for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
                    (home / var.lower()).mkdir(mode=0o700, parents=True, exist_ok=True)
                    env[var] = str(home / var.lower())
                for start in STARTS:
                    if start == "newkept":
                        _forget_window(home / "xdg_config_home" / "wxdesk" / "wxdesk.conf")
                    extra = {"GRAB_OUT": str(out / f"{size}-{language}-{start}")}
                    if start == "new" and language != "en":
                        extra["GRAB_LANGUAGE"] = language
                    if start == "returning":
                        extra["GRAB_DRAG"] = "1"
                    done = subprocess.run([sys.executable, str(script)], env={**env, **extra}, cwd=home,
                                          capture_output=True, text=True, timeout=180)
                    if done.returncode != 0:
                        raise SystemExit(f"{tree} {size} {language} {start}: exited {done.returncode}\n{done.stderr}")


def compare(before: Path, after: Path) -> list[str]:
    from PySide6.QtGui import QImage
    differ = []
    for picture in sorted(before.glob("*.png")):
        other = after / picture.name
        if not other.is_file() or QImage(str(picture)) != QImage(str(other)):
            differ.append(picture.name)
    for described in sorted(before.glob("*.txt")):
        other = after / described.name
        if not other.is_file() or described.read_text() != other.read_text():
            differ.append(described.name)
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, required=True, help="the other source tree (a checkout of main)")
    parser.add_argument("--out", type=Path, help="keep the pictures here (else a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wxdesk-pixels-out-") as tmp:
        out = args.out or Path(tmp)
        grab_tree(args.baseline.resolve(), out / "baseline")
        grab_tree(ROOT, out / "tree")
        count = len(list((out / "baseline").glob("*.png")))
        differ = compare(out / "baseline", out / "tree")
        print(f"{count} pictures of {len(SIZES) * len(LANGUAGES) * len(STARTS)} starts of each tree: "
              + (f"{len(differ)} differ: {', '.join(differ)}" if differ else "every one the same, pixel for pixel"))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
