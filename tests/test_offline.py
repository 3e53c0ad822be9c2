"""wxdesk is offline by construction: it works with networking refused, and never tries.

Each check runs wxdesk's real entry point in a fresh Python process whose socket
creation and name lookups raise. Every attempt is also counted, so code that catches
the error and carries on still fails the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Runs in the child: refuse the network, run `wxdesk ARGS`, then report attempts and modules.
CHILD = textwrap.dedent("""
    import json, socket, sys, _socket

    attempts = []

    def refuse(what):
        def refused(*args, **kwargs):
            attempts.append(what)
            raise OSError(f"network blocked by the offline test ({what})")
        return refused

    class RefusedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse("socket()")()

    socket.socket = _socket.socket = RefusedSocket
    for name in ("create_connection", "create_server", "socketpair", "getaddrinfo", "gethostbyname",
                 "gethostbyname_ex", "gethostbyaddr", "fromfd"):
        setattr(socket, name, refuse(name))
        if hasattr(_socket, name):
            setattr(_socket, name, refuse(name))

    from wxdesk.cli import main
    try:
        status = main(sys.argv[1:])
    except SystemExit as exc:
        status = exc.code
    network_modules = sorted(m for m in ("PySide6.QtNetwork", "ssl", "http.client", "urllib.request",
                                         "ftplib", "smtplib", "asyncio") if m in sys.modules)
    print("OFFLINE-CHECK " + json.dumps({"status": status, "attempts": attempts,
                                          "network_modules": network_modules}))
""")


def run_offline(*args: str, tmp_path: Path) -> tuple[dict, subprocess.CompletedProcess]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", CHILD, *args], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=240)
    lines = [line for line in result.stdout.splitlines() if line.startswith("OFFLINE-CHECK ")]
    assert lines, f"no report from the child process:\n{result.stdout}\n{result.stderr}"
    return json.loads(lines[-1].removeprefix("OFFLINE-CHECK ")), result


def test_the_blocker_catches_a_connection_attempt(tmp_path):
    """The harness itself: a program that does reach for the network is caught."""
    probe = tmp_path / "probe.py"
    probe.write_text("import socket\ntry:\n    socket.create_connection(('example.com', 80))\n"
                     "except OSError:\n    pass\n")
    script = CHILD.replace("from wxdesk.cli import main", "def main(argv):\n    import runpy\n"
                           f"    runpy.run_path({str(probe)!r})\n    return 0")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    report = json.loads(result.stdout.split("OFFLINE-CHECK ")[-1])
    assert report["attempts"] == ["create_connection"]


def test_evaluation_runs_offline(tmp_path):
    report, result = run_offline("evaluate", "--preset", "car_brand", "--json", tmp_path=tmp_path)
    assert report["status"] == 0, result.stderr
    assert report["attempts"] == []
    assert report["network_modules"] == []
    assert json.loads(result.stdout.split("OFFLINE-CHECK ")[0])["plan"]["presences"]


def test_pdf_handout_is_written_offline(tmp_path):
    report, result = run_offline("report", "--preset", "car_brand", "--lang", "zh_CN", "-o",
                                 str(tmp_path / "handout.pdf"), tmp_path=tmp_path)
    assert report["status"] == 0, result.stderr
    assert report["attempts"] == []
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.gui
def test_window_self_test_runs_offline(tmp_path):
    report, result = run_offline("--self-test", tmp_path=tmp_path)
    assert report["status"] == 0, result.stdout + result.stderr
    assert "self-test: ok" in result.stdout
    assert report["attempts"] == []
    assert "PySide6.QtNetwork" not in report["network_modules"]
    assert "ssl" not in report["network_modules"]
