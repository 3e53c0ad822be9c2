"""Refresh the Chinese catalogue (resources/i18n/wxdesk_zh_CN.ts) from the code.

1. pyside6-lupdate collects every tr()/translate() string in wxdesk/ui and wxdesk/report;
   translations already made are kept, new strings arrive marked unfinished.
2. The engine's reason and flip-point templates (context "engine") and its terms (context "terms")
   are merged in too: the engine never imports Qt, so lupdate cannot see them.

Then translate the unfinished entries (Qt Linguist: pyside6-linguist FILE.ts) and
build the .qm with build_translations.py. tests/ui/test_i18n.py fails while any
string is missing or unfinished.

    python build_scripts/update_translations.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wxdesk.engine.flips import TEMPLATES as FLIP_TEMPLATES  # noqa: E402
from wxdesk.engine.reasons import ALL_TEMPLATES, GOAL_TERMS_EN, TERMS_EN  # noqa: E402

LANGUAGES = ("zh_CN",)
SOURCE_DIRS = ("wxdesk/ui", "wxdesk/report")


def catalogue(lang: str) -> Path:
    return ROOT / "resources" / "i18n" / f"wxdesk_{lang}.ts"


def engine_messages() -> dict[str, list[str]]:
    """The strings the engine hands to views for translation, by context."""
    terms = list(dict.fromkeys([*TERMS_EN.values(), *GOAL_TERMS_EN.values()]))
    return {"engine": list(dict.fromkeys([*ALL_TEMPLATES, *FLIP_TEMPLATES])), "terms": terms}


def lupdate_command() -> list[str]:
    try:
        import PySide6
        folder = Path(PySide6.__file__).parent
        for name in ("lupdate", "lupdate.exe"):
            if (folder / name).is_file():
                return [str(folder / name)]
    except ImportError:
        pass
    found = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if not found:
        raise SystemExit("update_translations: lupdate not found; install PySide6-Essentials")
    return [found]


def run_lupdate(ts: Path, lang: str) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))
    subprocess.run([*lupdate_command(), "-locations", "relative", "-source-language", "en",
                    "-target-language", lang, *sources, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def merge_engine(ts: Path) -> int:
    """Add the engine's strings to their contexts; retire those the engine no longer uses."""
    tree = ET.parse(ts)
    root = tree.getroot()
    added = 0
    for name, sources in engine_messages().items():
        context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        existing = {m.findtext("source"): m for m in context.findall("message")}
        for source in sources:
            message = existing.get(source)
            if message is None:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", {"type": "unfinished"})
                added += 1
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                # lupdate cannot see the engine; a translation already made stays valid.
                del translation.attrib["type"]
                if not (translation.text or "").strip():
                    translation.set("type", "unfinished")
        for source, message in existing.items():
            if source not in sources:
                message.find("translation").set("type", "vanished")
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return added


def main() -> int:
    for lang in LANGUAGES:
        ts = catalogue(lang)
        ts.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(ts, lang)
        added = merge_engine(ts)
        print(f"{ts.relative_to(ROOT)}: {added} engine strings added")
    return 0


if __name__ == "__main__":
    sys.exit(main())
