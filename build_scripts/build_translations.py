"""Compile the Qt Linguist sources (resources/i18n/*.ts) into the .qm files wxdesk loads.

Run by the package build (setup.py) so that every install carries fresh catalogues;
developers run it directly after editing a translation:

    python build_scripts/build_translations.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def lrelease_command() -> list[str]:
    """The lrelease shipped inside PySide6, else one on PATH."""
    try:
        import PySide6
        folder = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return [str(folder / name)]
    except ImportError:
        pass
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    raise SystemExit("build_translations: lrelease not found; install PySide6-Essentials")


def build(i18n_dir: Path = I18N) -> list[Path]:
    """Compile every .ts in `i18n_dir`; returns the .qm files written."""
    written = []
    for ts in sorted(i18n_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        result = subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True)
        if result.returncode != 0 or not qm.is_file():
            raise SystemExit(f"build_translations: lrelease failed for {ts.name}: {result.stderr.strip()}")
        written.append(qm)
    return written


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
    sys.exit(0)
