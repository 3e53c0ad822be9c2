"""Build the wxdesk desktop app with PyInstaller, then smoke-test it.

    python build_scripts/build.py              # one folder: dist/wxdesk/wxdesk[.exe]
    python build_scripts/build.py --onefile    # one file:   dist/onefile/wxdesk[.exe]

Uses the interpreter that runs it (install the app's dependencies and PyInstaller into it
first: `pip install ".[build]"`). Works the same on Linux, Windows and macOS.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_scripts" / "wxdesk.spec"
QT_BINDINGS = ("PySide6", "PyQt6", "PyQt5", "PySide2")
EXE_NAME = "wxdesk.exe" if sys.platform.startswith("win") else "wxdesk"


class BuildError(Exception):
    pass


def check_environment() -> None:
    """Exactly one Qt binding (PySide6) and PyInstaller must be importable by this interpreter."""
    found = [name for name in QT_BINDINGS if importlib.util.find_spec(name) is not None]
    if found != ["PySide6"]:
        others = ", ".join(n for n in found if n != "PySide6") or "none"
        raise BuildError(
            f"wxdesk is bundled with PySide6 only, but this Python ({sys.executable}) can import: "
            f"{', '.join(found) or 'no Qt binding'}. "
            + ("Install PySide6-Essentials. " if "PySide6" not in found else "")
            + (f"Uninstall {others} (or build from a clean virtual environment) so that only one Qt binding "
               "lands in the bundle." if others != "none" else ""))
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(f"PyInstaller is not installed for {sys.executable}; run: pip install \".[build]\"")


def lrelease_command() -> list[str] | None:
    import PySide6
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe", folder / "Qt" / "bin" / "lrelease"):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def stage_translations(work: Path) -> Path:
    """Collect compiled catalogues: *.qm as they are, *.ts compiled with Qt's lrelease."""
    source, staged = ROOT / "resources" / "i18n", work / "i18n"
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    for qm in source.glob("*.qm"):
        shutil.copy2(qm, staged / qm.name)
    sources = sorted(source.glob("*.ts"))
    if sources:
        lrelease = lrelease_command()
        if lrelease is None:
            raise BuildError("resources/i18n has .ts files but Qt's lrelease was not found (it ships with PySide6)")
        for ts in sources:
            result = subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(staged / f"{ts.stem}.qm")],
                                    capture_output=True, text=True)
            if result.returncode != 0:
                raise BuildError(f"lrelease failed on {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
    return staged


def build(onefile: bool, dist: Path, work: Path, spec_options: tuple[str, ...] = (), log=None) -> Path:
    """Run PyInstaller on wxdesk.spec; returns the executable. `log`: a file for PyInstaller's messages."""
    check_environment()
    work.mkdir(parents=True, exist_ok=True)
    i18n = stage_translations(work)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC),
               "--", "--i18n-dir", str(i18n), *spec_options] + (["--onefile"] if onefile else [])
    started = time.monotonic()
    output = {} if log is None else {"stdout": log, "stderr": subprocess.STDOUT}
    if subprocess.run(command, cwd=ROOT, **output).returncode != 0:
        raise BuildError("PyInstaller failed (see its messages " + (f"in {log.name})" if log else "above)"))
    exe = dist / EXE_NAME if onefile else dist / "wxdesk" / EXE_NAME
    if sys.platform == "darwin" and not onefile:
        exe = dist / "wxdesk.app" / "Contents" / "MacOS" / "wxdesk"
    if not exe.is_file():
        raise BuildError(f"PyInstaller finished but {exe} is missing")
    size = folder_size(exe if onefile else exe.parent)
    print(f"build: {exe} ({size / 1e6:.1f} MB on disk) in {time.monotonic() - started:.0f} s", file=log)
    return exe


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the wxdesk desktop app with PyInstaller.")
    parser.add_argument("--onefile", action="store_true", help="build one self-extracting executable")
    parser.add_argument("--dist", type=Path, help="output folder (default: dist/, or dist/onefile/ with --onefile)")
    parser.add_argument("--work", type=Path, help="PyInstaller's work folder (default: build/pyinstaller[-onefile])")
    parser.add_argument("--no-smoke-test", action="store_true", help="do not run the bundle's --self-test")
    args = parser.parse_args(argv)
    dist = (args.dist or ROOT / "dist" / ("onefile" if args.onefile else "")).resolve()
    work = (args.work or ROOT / "build" / ("pyinstaller-onefile" if args.onefile else "pyinstaller")).resolve()
    try:
        exe = build(args.onefile, dist, work)
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 2
    if args.no_smoke_test:
        return 0
    spec = importlib.util.spec_from_file_location("wxdesk_smoke_test", ROOT / "build_scripts" / "smoke_test.py")
    smoke = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(smoke)
    return smoke.smoke_test(exe)


if __name__ == "__main__":
    sys.exit(main())
