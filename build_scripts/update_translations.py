"""Refresh the Chinese catalogue (resources/i18n/wxdesk_zh_CN.ts) from the code.

1. pyside6-lupdate collects every tr()/translate() string in wxdesk/ui, wxdesk/report and wxdesk/words;
   translations already made are kept, new strings arrive marked unfinished.
2. The engine's reason and flip-point templates (context "engine") and its terms (context "terms")
   are merged in too: the engine never imports Qt, so lupdate cannot see them.
3. So are strings passed through a module's own one-line wrapper such as
   `def _tr(text): return QCoreApplication.translate("Assumptions", text)`, which lupdate
   does not follow either (literal arguments, and the values of a module-level dict
   looked up inside the call).
4. Strings no source uses any more are removed.

Then translate the unfinished entries (Qt Linguist: pyside6-linguist FILE.ts) and
build the .qm with build_translations.py. tests/ui/test_i18n.py fails while any
string is missing or unfinished.

    python build_scripts/update_translations.py
"""

from __future__ import annotations

import ast
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
SOURCE_DIRS = ("wxdesk/ui", "wxdesk/report", "wxdesk/words", "wxdesk/share")


def catalogue(lang: str) -> Path:
    return ROOT / "resources" / "i18n" / f"wxdesk_{lang}.ts"


def engine_messages() -> dict[str, list[str]]:
    """The strings the engine hands to views for translation, by context."""
    terms = list(dict.fromkeys([*TERMS_EN.values(), *GOAL_TERMS_EN.values()]))
    return {"engine": list(dict.fromkeys([*ALL_TEMPLATES, *FLIP_TEMPLATES])), "terms": terms}


def _wrapper_context(function: ast.FunctionDef) -> str | None:
    """The context of `def f(text): return ...translate("Context", text)`, else None."""
    if len(function.args.args) != 1 or len(function.body) != 1 or not isinstance(function.body[0], ast.Return):
        return None
    call = function.body[0].value
    if not isinstance(call, ast.Call) or len(call.args) != 2:
        return None
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    context, text = call.args
    if name == "translate" and isinstance(context, ast.Constant) and isinstance(context.value, str) \
            and isinstance(text, ast.Name) and text.id == function.args.args[0].arg:
        return context.value
    return None


def wrapped_strings(paths) -> dict[str, list[str]]:
    """{context: strings} passed through translate() wrappers in the given source files."""
    found: dict[str, list[str]] = {}
    for path in paths:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        wrappers = {node.name: ctx for node in tree.body if isinstance(node, ast.FunctionDef)
                    and (ctx := _wrapper_context(node))}
        if not wrappers:
            continue
        tables = {}  # module-level dicts of strings, looked up inside a wrapper call
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name):
                tables[node.targets[0].id] = [v.value for v in node.value.values
                                              if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers
                    and len(node.args) == 1):
                continue
            arg, strings = node.args[0], []
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                strings = [arg.value]
            elif isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name):
                strings = tables.get(arg.value.id, [])
            bucket = found.setdefault(wrappers[node.func.id], [])
            bucket += [text for text in strings if text not in bucket]
    return found


def source_files() -> list[Path]:
    return sorted(p for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))


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
    sources = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.run([*lupdate_command(), "-locations", "relative", "-source-language", "en",
                    "-target-language", lang, *sources, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def merge_engine(ts: Path) -> int:
    """Add the engine's and the wrapped strings; retire engine strings no longer used."""
    tree = ET.parse(ts)
    root = tree.getroot()
    added = 0
    engine = engine_messages()
    wrapped = wrapped_strings(source_files())
    for name, sources in [*engine.items(), *wrapped.items()]:
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
        if name not in engine:
            continue  # lupdate judges the other strings of a wrapped context
        for source, message in existing.items():
            if source not in sources:
                message.find("translation").set("type", "vanished")
    drop_retired(root)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return added


def drop_retired(root: ET.Element) -> None:
    """Strings no source uses any more leave the catalogue (and contexts left empty with them):
    a retired sentence kept in the file is one more thing a translator reads for nothing."""
    for context in root.findall("context"):
        for message in context.findall("message"):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)


def main() -> int:
    for lang in LANGUAGES:
        ts = catalogue(lang)
        ts.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(ts, lang)
        added = merge_engine(ts)
        print(f"{ts.relative_to(ROOT)}: {added} engine or wrapped strings added")
    return 0


if __name__ == "__main__":
    sys.exit(main())
