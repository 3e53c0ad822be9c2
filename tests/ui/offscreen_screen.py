"""Qt's offscreen platform given one screen of a size, for the probes that start a window in a process of their own
(the platform's own screen is 800×800)."""

from __future__ import annotations

import json
import os
import sys
import tempfile


def use_screen(size: str) -> tuple[int, int, str]:
    """Before Qt starts: one screen of `size` ("1366x768") at 96 dpi and ratio 1; its width and height, and the
    file that says so (for the probe to remove: it ends with os._exit, which runs no clean-up)."""
    width, height = (int(v) for v in size.split("x"))
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as config:
        json.dump({"screens": [screen]}, config)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config.name}"
    return width, height, config.name


def report_and_leave(result: dict, config: str) -> None:
    """The probe's answer on stdout as its last line, the screen's file removed, and the process ended without
    the interpreter's teardown, where PySide now and then crashes releasing a window and its application in the
    wrong order."""
    print(json.dumps(result))
    os.unlink(config)
    sys.stdout.flush()
    os._exit(0)
