"""Smoke-test a built wxdesk bundle: does the frozen program start, compute and paint?

    python build_scripts/smoke_test.py [--xvfb] [path/to/wxdesk]     # default: dist/wxdesk/wxdesk

Runs the frozen executable (never the source tree) three times, under the offscreen Qt
platform and a throwaway home folder:

  1. `wxdesk presets`                          - the bundled presets are found;
  2. `wxdesk evaluate --preset car_brand --json` - the engine and data pack work;
  3. `wxdesk --self-test`                      - the window starts, moves its sliders and
                                                  checks its chart.

Each must exit 0 and print nothing on stderr except the known harmless lines below;
anything else (a Qt plugin that failed to load, a missing module, a traceback) fails.
Exit status: 0 passed, 1 failed, 2 the executable is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXE = ROOT / "dist" / "wxdesk" / ("wxdesk.exe" if sys.platform.startswith("win") else "wxdesk")
TIMEOUT_S = 180

# stderr lines that are expected and harmless; each pattern must match a whole line.
HARMLESS_STDERR = [
    # The offscreen platform has no window manager to pass size hints to.
    r"This plugin does not support propagateSizeHints\(\)",
]


def _environment(home: Path, platform: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "PYTHON", "WXDESK_", "XDG_", "LC_", "LANG"))}
    env["QT_QPA_PLATFORM"] = platform
    # A locale every glibc system has: Qt warns on stderr when the configured one is not installed.
    env["LANG"] = "C.UTF-8"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        folder = home / var.lower()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        env[var] = str(folder)
    env["WXDESK_LOG_DIR"] = str(home / "logs")
    env["HOME"] = env["USERPROFILE"] = str(home)
    return env


def unexpected_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.strip() and not any(re.fullmatch(p, line.strip()) for p in HARMLESS_STDERR)]


def run(exe: Path, args: list[str], env: dict[str, str], cwd: Path, prefix: tuple[str, ...] = ()) -> tuple[bool, str]:
    """Run one command; returns (passed, stdout)."""
    shown = " ".join([*prefix[:1], "wxdesk", *args])
    try:
        result = subprocess.run([*prefix, str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True,
                                encoding="utf-8", errors="replace", timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        print(f"smoke: FAIL {shown}: no exit after {TIMEOUT_S} s", file=sys.stderr)
        return False, ""
    bad = unexpected_lines(result.stderr)
    if result.returncode != 0 or bad:
        print(f"smoke: FAIL {shown}: exit status {result.returncode}", file=sys.stderr)
        for line in (bad or result.stderr.splitlines())[:40]:
            print(f"    stderr: {line}", file=sys.stderr)
        for line in result.stdout.splitlines()[-10:]:
            print(f"    stdout: {line}", file=sys.stderr)
        return False, result.stdout
    last = result.stdout.strip().splitlines()[-1:] or [""]
    print(f"smoke: ok   {shown}: {last[0][:100]}")
    return True, result.stdout


PRESENCE_IDS = {"service", "subscription", "mini_program", "wecom", "channels", "native_app"}


def _has_a_plan(data: dict) -> bool:
    """The JSON contract (docs/plan-model.md): the car brand's plan is made of known presences,
    and every presence has its fit."""
    plan = data["plan"]["presences"]
    fits = {p["id"]: p["fit"] for p in data["presences"]}
    if not plan or not set(plan) <= PRESENCE_IDS or set(fits) != PRESENCE_IDS:
        print(f"smoke: FAIL evaluate gave no plan of known presences: plan {plan}, presences {sorted(fits)}",
              file=sys.stderr)
        return False
    return True


def smoke_test(exe: Path, xvfb: bool = False) -> int:
    """Run the three checks offscreen; with `xvfb`, also the self-test on an X server (xvfb-run)."""
    exe = Path(exe)
    if not exe.is_file():
        print(f"smoke: {exe} does not exist; build it with: python build_scripts/build.py", file=sys.stderr)
        return 2
    if xvfb and shutil.which("xvfb-run") is None:
        print("smoke: xvfb-run is not installed (apt-get install xvfb xauth)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="wxdesk-smoke-") as tmp:
        home = Path(tmp)
        env = _environment(home, "offscreen")
        ok, out = run(exe, ["presets"], env, home)
        passed = ok and "car_brand" in out
        ok, out = run(exe, ["evaluate", "--preset", "car_brand", "--json"], env, home)
        if ok:
            try:
                passed &= _has_a_plan(json.loads(out))
            except (ValueError, KeyError, TypeError) as exc:
                print(f"smoke: FAIL evaluate printed no usable JSON: {exc}", file=sys.stderr)
                passed = False
        else:
            passed = False
        ok, _ = run(exe, ["--self-test"], env, home)
        passed &= ok
        if xvfb:  # the X11 platform plugin and the X libraries in the bundle
            ok, _ = run(exe, ["--self-test"], _environment(home, "xcb"), home,
                        ("xvfb-run", "-a", "-s", "-screen 0 1440x900x24"))
            passed &= ok
    print("smoke: PASSED" if passed else "smoke: FAILED", file=sys.stdout if passed else sys.stderr)
    return 0 if passed else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a built wxdesk bundle.")
    parser.add_argument("exe", nargs="?", type=Path, default=DEFAULT_EXE, help=f"default: {DEFAULT_EXE}")
    parser.add_argument("--xvfb", action="store_true", help="also run the self-test on an X server (xvfb-run)")
    args = parser.parse_args(argv)
    return smoke_test(args.exe, xvfb=args.xvfb)


if __name__ == "__main__":
    sys.exit(main())
