"""A start that explains itself: a missing system library gets one sentence naming the package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from wxdesk import qt_preflight
from wxdesk.qt_preflight import PACKAGES, message, missing_from_ldd, will_use_xcb

# What ldd printed for PySide6 6.11's xcb plugin on a Debian 12 machine without
# libxcb-icccm4 and libxcb-keysyms1 (shortened): each missing library appears once for
# the plugin's own Qt library and again where another library needs it.
LDD_TWO_MISSING = """\
\tlinux-vdso.so.1 (0x00007f880c7dc000)
\tlibQt6XcbQpa.so.6 => /opt/wx/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f880c70e000)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f880bb70000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f880bb5e000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f880bb56000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f880b34f000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f880c7de000)
"""


def test_the_ldd_report_gives_each_missing_library_once():
    assert missing_from_ldd(LDD_TWO_MISSING) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert missing_from_ldd(LDD_TWO_MISSING.replace(" => not found", " => /lib/x.so (0x1)")) == []
    assert missing_from_ldd("") == []


def _one_sentence(text: str) -> bool:
    return "\n" not in text and ". " not in text and not text.endswith(".")  # the cli adds "wxdesk: "


def test_the_message_names_the_packages_to_install():
    text = message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "libxcb-icccm.so.4 and libxcb-keysyms.so.1" in text
    assert "'sudo apt install libxcb-icccm4 libxcb-keysyms1'" in text
    assert _one_sentence(text)
    one = message(["libxcb-cursor.so.0"])
    assert "library libxcb-cursor.so.0, and it is not installed" in one
    assert "install it with 'sudo apt install libxcb-cursor0'" in one


def test_a_library_without_a_known_package_is_still_named():
    text = message(["libxcb-icccm.so.4", "libfuture.so.9"])
    assert "'sudo apt install libxcb-icccm4' plus the package that provides libfuture.so.9" in text
    alone = message(["libfuture.so.9"])
    assert "apt-file search libfuture.so.9" in alone and "sudo apt install" not in alone
    assert _one_sentence(text) and _one_sentence(alone)


def test_a_broken_qt_install_asks_for_a_reinstall_not_a_system_package():
    text = message(["libQt6XcbQpa.so.6"])
    assert "reinstall wxdesk" in text and "apt" not in text


def test_every_package_name_is_a_debian_package_name():
    for soname, package in PACKAGES.items():
        assert soname.startswith("lib") and ".so." in soname
        assert package == package.lower() and " " not in package


@pytest.mark.parametrize(("environ", "xcb"), [
    ({"DISPLAY": ":0"}, True),
    ({}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, True),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11"}, True),
])
def test_only_an_x11_start_is_checked(environ, xcb):
    assert will_use_xcb(environ) is xcb


def test_no_check_and_no_message_offscreen(monkeypatch):
    monkeypatch.setattr(qt_preflight, "run_ldd", lambda _path: pytest.fail("ldd must not run offscreen"))
    assert qt_preflight.missing_libraries_message({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}) is None


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="needs ldd")
def test_the_real_loader_reports_what_a_moved_plugin_cannot_find(tmp_path):
    """The parser reads the real ldd: a copy of the plugin away from Qt's libraries misses them."""
    plugin = qt_preflight.xcb_plugin()
    if plugin is None:
        pytest.skip("this PySide6 has no xcb plugin")
    copy = tmp_path / "libqxcb.so"
    shutil.copy(plugin, copy)
    missing = missing_from_ldd(qt_preflight.run_ldd(copy) or "")
    assert "libQt6XcbQpa.so.6" in missing
    assert "libQt6XcbQpa.so.6" not in missing_from_ldd(qt_preflight.run_ldd(plugin) or "")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 plugin is Linux's")
def test_wxdesk_says_which_package_to_install_instead_of_aborting(tmp_path):
    """End to end: an X11 display, and a loader that cannot find two libraries (a stand-in
    ldd, so the test does not depend on what this machine has installed)."""
    if qt_preflight.xcb_plugin() is None:
        pytest.skip("this PySide6 has no xcb plugin")
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text("#!/bin/sh\ncat <<'EOF'\n" + LDD_TWO_MISSING + "EOF\n")
    fake_ldd.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":99", PATH=f"{tmp_path}{os.pathsep}{env.get('PATH', '')}")
    done = subprocess.run([sys.executable, "-m", "wxdesk"], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr == ("wxdesk: the window cannot open because Qt needs the system libraries "
                           "libxcb-icccm.so.4 and libxcb-keysyms.so.1, and they are not installed; on Debian "
                           "or Ubuntu install them with 'sudo apt install libxcb-icccm4 libxcb-keysyms1', "
                           "then start wxdesk again.\n")
