"""fontconfig is set up on a thread of its own as the window starts (wxdesk.start_fonts): only the fontconfig
Qt has loaded, only on Linux, and the faces the window is set in are those Qt finds setting it up itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wxdesk import start_fonts

ROOT = Path(__file__).resolve().parents[1]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt uses fontconfig on Linux")

# A start as the window's (PySide6 loaded, fontconfig set up aside unless "alone" is given, the application made),
# then the faces its fonts are drawn in, and whether fontconfig was loaded by the set-up itself.
FACES = textwrap.dedent("""
    import json, sys
    import PySide6.QtGui
    from wxdesk import start_fonts
    thread = None if "alone" in sys.argv else start_fonts.set_up_aside()
    from PySide6.QtGui import QFont, QFontInfo
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    bold, bigger = QFont(app.font()), QFont(app.font())
    bold.setBold(True)
    bigger.setPointSizeF(app.font().pointSizeF() * 1.4)
    faces = [(QFontInfo(font).family(), QFontInfo(font).styleName(), QFontInfo(font).pixelSize())
             for font in (app.font(), bold, bigger, QLabel().font())]
    if thread is not None:
        thread.join(30)
    print(json.dumps({"thread": None if thread is None else [thread.name, thread.daemon, thread.is_alive()],
                      "faces": faces}))
""")


def _start(*args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", FACES, *args], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@linux_only
def test_fontconfig_is_set_up_aside_and_the_faces_are_the_same():
    aside, alone = _start(), _start("alone")
    assert aside["thread"] == [start_fonts.THREAD_NAME, True, False]  # never holding the process open at exit
    assert aside["faces"] == alone["faces"]
    assert all(family for family, _style, _size in aside["faces"])


def test_a_fontconfig_not_loaded_is_left_alone(monkeypatch):
    monkeypatch.setattr(start_fonts, "FONTCONFIG", "libwxdesk-no-such-fontconfig.so.1")
    assert start_fonts.set_up_aside() is None


def test_nothing_is_done_where_qt_uses_no_fontconfig(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert start_fonts.set_up_aside() is None
