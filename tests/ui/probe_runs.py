"""chart_probe.py's runs, each run once in a test session and its answer shared by the tests that read it.

A probe starts the window in a Python process of its own (a second or more of a busy CI machine's time each):
test_presentation.py and test_presenting_short_screen.py check different things of the same window on the same
screen (the same example, language, currency and scale), and ran one process per test. The answer of a run is kept
in a folder that every xdist worker of the session shares (the first to ask runs it; another asking meanwhile waits
for it), and each test reads it afresh. A run that fails is not kept: each test that asks for it runs it again and
fails on its own.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("chart_probe.py")


class ChartProbes:
    """`probes(size, language, preset, *flags, currency="CNY", scale=None)`: chart_probe.py's answer as a dict."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def __call__(self, size: str, language: str, preset: str, *flags: str, currency: str = "CNY",
                 scale: str | None = None) -> dict:
        args = [size, language, preset, "-", *sorted(set(flags)), f"currency={currency}"]
        if scale is None:
            scale = os.environ.get("QT_SCALE_FACTOR")  # (the process's own, which the run inherits)
        key = hashlib.sha256(json.dumps([args, scale]).encode()).hexdigest()[:24]
        answer = self.folder / f"{key}.json"
        with open(self.folder / f"{key}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # (released when the file closes)
            if not answer.exists():
                text = self._run(args, scale)
                partial = answer.with_suffix(".part")
                partial.write_text(text)
                partial.replace(answer)
            return json.loads(answer.read_text())

    def _run(self, args: list[str], scale: str | None) -> str:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path.cwd()), str(SCRIPT.parent)])}
        if scale is not None:
            env["QT_SCALE_FACTOR"] = scale
        done = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120,
                              env=env)
        assert done.returncode == 0, done.stderr[-2000:]
        last = done.stdout.strip().splitlines()[-1]
        json.loads(last)  # (an answer that does not read fails here, and is not kept)
        return last
