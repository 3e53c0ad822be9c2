"""Running a script in a fresh Python, as a start of wxdesk runs: for what only a new process shows
(what a start imports, compiles and keeps for the next one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def last_json(script: str, cwd: Path | None = None, env: Mapping[str, str] | None = None,
              drop: Iterable[str] = (), timeout: float = 120) -> Any:
    """The JSON on the last line `script` prints, run with this checkout on its path, this environment
    with `env` set and the variables in `drop` removed; the script's errors, should it fail."""
    environment = {k: v for k, v in os.environ.items() if k not in set(drop)}
    environment.update({"PYTHONPATH": str(ROOT), **(env or {})})
    result = subprocess.run([sys.executable, "-c", script], env=environment, cwd=cwd, capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
