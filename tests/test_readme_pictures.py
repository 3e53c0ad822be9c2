"""The README's pictures are of the data pack the README's wxdesk ships.

The pictures show the pack's figures (fees, costs, the status bar's "Data pack of …"); a new pack released
beside pictures of the old one shows a client figures the app no longer gives. build_scripts/readme_pictures.py
draws them all again and names the pack it drew them with in docs/pictures.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from wxdesk.engine.datapack import load_datapack

ROOT = Path(__file__).resolve().parent.parent


def test_the_pictures_were_drawn_with_the_bundled_pack():
    drawn_with = json.loads((ROOT / "docs" / "pictures.json").read_text(encoding="utf-8"))["data_pack"]
    released = load_datapack().released
    assert drawn_with == released, (
        f"the README's pictures show the data pack of {drawn_with}, the bundled pack is of {released}: "
        "run python build_scripts/readme_pictures.py")


def test_every_picture_the_readme_shows_is_there():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert len(pictures) >= 10
    missing = [p for p in pictures if not (ROOT / p).is_file()]
    assert not missing
