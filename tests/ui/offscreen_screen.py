"""Qt's offscreen platform given one screen of a size, for the probes that start a window in a process of their own
(the platform's own screen is 800×800)."""

from __future__ import annotations

import json
import os
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
