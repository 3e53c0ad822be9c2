"""Every picture the README shows, drawn again from the code and the bundled data pack:

- the window (build_scripts/screenshots.py) into docs/screenshots;
- the first two pages of the handout, in English and in Chinese (car_brand), into docs/report;
- the long image, in English (car_brand) and in Chinese (food_ordering), into docs/share;

and docs/pictures.json, which names the data pack they were drawn with. A test compares that name with
the bundled pack's, so that a new pack (whose figures the pictures show) is not released beside pictures of
the old one: the pictures of 6 December had read fees of ¥1,500 for car_brand a day after the pack made them
¥3,000.

Runs offscreen in a throwaway home, so neither the user's settings (a display currency, a presenter) nor
their cache are read or changed. Needs `pdftoppm` (poppler-utils) for the handout's pages.

    python build_scripts/readme_pictures.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
RECORD = DOCS / "pictures.json"
HANDOUT_PRESET = "car_brand"
# (preset, language) of each long image, named "<preset>-<language>.png"
LONG_IMAGES = (("car_brand", "en"), ("food_ordering", "zh_CN"))
# The handout's pages at 60 dpi: 496 px wide, small enough to sit two side by side in the README.
PAGE_DPI = 60


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("readme_pictures: pdftoppm is missing; install poppler-utils", file=sys.stderr)
        return 1
    home = Path(tempfile.mkdtemp(prefix="wxdesk-pictures-"))
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache"), "WXDESK_LOG_DIR": str(home / "logs"),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    run = [sys.executable, "-m", "wxdesk"]
    try:
        subprocess.run([sys.executable, str(ROOT / "build_scripts" / "screenshots.py")], env=env, check=True)
        for language in ("en", "zh_CN"):
            pdf = home / f"handout-{language}.pdf"
            subprocess.run([*run, "report", "--preset", HANDOUT_PRESET, "-o", str(pdf), "--lang", language,
                            "--currency", "CNY"], env=env, check=True)
            stem = home / f"page-{language}"
            subprocess.run(["pdftoppm", "-png", "-r", str(PAGE_DPI), "-f", "1", "-l", "2", str(pdf), str(stem)],
                           check=True)
            pages = sorted(home.glob(f"page-{language}-*.png"))
            for page, suffix in zip(pages, ("", "-2"), strict=True):
                shutil.copyfile(page, DOCS / "report" / f"handout-{language}{suffix}.png")
                print(DOCS / "report" / f"handout-{language}{suffix}.png")
        for preset, language in LONG_IMAGES:
            # Written beside the others and moved into place: `share -o` replaces only an image it marked as its own,
            # which a picture drawn by an older wxdesk is not.
            made = home / f"{preset}-{language}.png"
            subprocess.run([*run, "share", "--preset", preset, "-o", str(made),
                            "--lang", language, "--width", "1080", "--currency", "CNY"], env=env, check=True)
            shutil.move(made, DOCS / "share" / f"{preset}-{language}.png")
            print(DOCS / "share" / f"{preset}-{language}.png")
    except subprocess.CalledProcessError as exc:
        print(f"readme_pictures: {' '.join(map(str, exc.cmd))} failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(home, ignore_errors=True)
    RECORD.write_text(json.dumps({"data_pack": bundled_pack_released()}, indent=2) + "\n", encoding="utf-8")
    print(RECORD)
    return 0


def bundled_pack_released() -> str:
    """The bundled data pack's release date, as its file gives it (2026-12-07)."""
    sys.path.insert(0, str(ROOT))
    from wxdesk.engine.datapack import load_datapack
    return load_datapack().released


if __name__ == "__main__":
    sys.exit(main())
