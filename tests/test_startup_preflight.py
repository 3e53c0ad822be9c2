"""The X11 libraries check before the window: run once, then again only when what it depends on changes."""

from __future__ import annotations

import pytest

from wxdesk import qt_preflight

X11 = {"DISPLAY": ":0"}
CLEAN = "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)\n"
MISSING = "\tlibxcb-icccm.so.4 => not found\n"


@pytest.fixture
def checks(monkeypatch, tmp_path):
    """Each ldd run's plugin, with a plugin and a loader cache of the test's own, and its own cache folder."""
    monkeypatch.setattr(qt_preflight.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"plugin")
    loader_cache = tmp_path / "ld.so.cache"
    loader_cache.write_bytes(b"libraries as installed")
    monkeypatch.setattr(qt_preflight, "xcb_plugin", lambda: plugin)
    monkeypatch.setattr(qt_preflight, "LOADER_CACHE", loader_cache)
    runs: list[str] = []
    report = {"text": CLEAN}
    monkeypatch.setattr(qt_preflight, "run_ldd", lambda path: runs.append(str(path)) or report["text"])
    return runs, report, loader_cache


def test_a_check_that_found_everything_is_not_run_again(checks):
    runs, _report, _cache = checks
    assert qt_preflight.missing_libraries_message(X11) is None
    assert qt_preflight.missing_libraries_message(X11) is None
    assert len(runs) == 1


def test_it_runs_again_once_libraries_are_installed_or_removed(checks):
    runs, report, loader_cache = checks
    assert qt_preflight.missing_libraries_message(X11) is None
    loader_cache.write_bytes(b"ldconfig ran: a library was removed")
    report["text"] = MISSING
    assert "sudo apt install libxcb-icccm4" in qt_preflight.missing_libraries_message(X11)
    assert len(runs) == 2


def test_it_runs_again_with_another_library_path(checks):
    runs, _report, _cache = checks
    assert qt_preflight.missing_libraries_message(X11) is None
    assert qt_preflight.missing_libraries_message({**X11, "LD_LIBRARY_PATH": "/opt/other"}) is None
    assert len(runs) == 2


def test_a_missing_library_is_reported_at_every_start(checks):
    runs, report, _cache = checks
    report["text"] = MISSING
    for _start in range(2):
        assert "libxcb-icccm.so.4" in qt_preflight.missing_libraries_message(X11)
    assert len(runs) == 2
    report["text"] = CLEAN  # installed: the window starts, and the next start is not checked again
    assert qt_preflight.missing_libraries_message(X11) is None
    assert qt_preflight.missing_libraries_message(X11) is None
    assert len(runs) == 3


def test_no_loader_cache_means_a_check_every_time(checks):
    runs, _report, loader_cache = checks
    loader_cache.unlink()
    qt_preflight.missing_libraries_message(X11)
    qt_preflight.missing_libraries_message(X11)
    assert len(runs) == 2
