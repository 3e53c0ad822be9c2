"""Make the handout's Chinese text copy and search correctly.

Qt maps each embedded glyph back to the *first* code point the font draws with it.
CJK fonts share glyphs between everyday characters and their radical look-alikes
(小 U+5C0F and ⼩ U+2F29, 户 and ⼾), so a reader copying "小程序" from Qt's PDF
would paste "⼩程序", and searching for it would fail. Knowing the text we drew,
each such code point is put back to the drawn character with the same glyph. Latin
ligatures (ﬁ, ﬂ) are spelled out as their letters. The page content is not touched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

_HEADER_END = "endcodespacerange\n"
_RANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_HEX = re.compile(r"<([0-9A-Fa-f]+)>")
LIGATURES = range(0xFB00, 0xFB07)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ


def _spelled_out(code: int) -> str:
    return "".join(f"{ord(c):04X}" for c in unicodedata.normalize("NFKC", chr(code)))


def parse_cmap(text: str) -> dict[int, str]:
    """A ToUnicode CMap as {glyph code: hex of the Unicode text}."""
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high, target in _RANGE.findall(block):
            low_code, high_code = int(low, 16), int(high, 16)
            if target.startswith("["):
                for offset, value in enumerate(_HEX.findall(target)):
                    mapping[low_code + offset] = value.upper()
            else:
                start = int(target[1:-1], 16)
                width = len(target) - 2
                for offset in range(high_code - low_code + 1):
                    mapping[low_code + offset] = f"{start + offset:0{width}X}"
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, value in _CHAR.findall(block):
            mapping[int(code, 16)] = value.upper()
    return mapping


def write_cmap(original: str, mapping: dict[int, str]) -> str:
    """The CMap with its mappings rewritten as bfchar entries (at most 100 per block)."""
    head = original[:original.index(_HEADER_END) + len(_HEADER_END)]
    tail = original[original.index("endcmap"):]
    items = sorted(mapping.items())
    blocks = []
    for start in range(0, len(items), 100):
        chunk = items[start:start + 100]
        lines = "\n".join(f"<{code:04X}> <{value}>" for code, value in chunk)
        blocks.append(f"{len(chunk)} beginbfchar\n{lines}\nendbfchar\n")
    return head + "".join(blocks) + tail


def look_alikes(drawn: Iterable[str], mapped: Iterable[int], families: Iterable[str]) -> dict[int, int]:
    """{code point Qt wrote: the drawn character with the same glyph} (needs a Qt GUI app)."""
    from PySide6.QtGui import QFont, QRawFont
    drawn_chars = sorted({c for c in drawn if ord(c) < 0x10000 and not 0xD800 <= ord(c) < 0xE000})
    strangers = sorted({c for c in mapped if c < 0x10000 and not 0xD800 <= c < 0xE000} - {ord(c) for c in drawn_chars})
    found: dict[int, int] = {}
    if not drawn_chars or not strangers:
        return found
    for family in families:
        font = QFont()
        font.setFamily(family)
        raw = QRawFont.fromFont(font)
        by_glyph: dict[int, int] = {}
        for char, glyph in zip(drawn_chars, raw.glyphIndexesForString("".join(drawn_chars))):
            if glyph:
                by_glyph.setdefault(glyph, ord(char))
        stranger_glyphs = raw.glyphIndexesForString("".join(chr(c) for c in strangers))
        for code, glyph in zip(strangers, stranger_glyphs):
            if glyph in by_glyph and code not in found:
                found[code] = by_glyph[glyph]
    return found


def _repaired(value: str, replacements: dict[int, int]) -> str:
    if len(value) != 4:
        return value
    code = int(value, 16)
    if code in replacements:
        return f"{replacements[code]:04X}"
    if code in LIGATURES:
        return _spelled_out(code)
    return value


def repair_text_mapping(path: Path, drawn: str, families: Iterable[str]) -> int:
    """Rewrite the PDF's ToUnicode maps in place; returns how many entries changed."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(path)
    writer = PdfWriter(clone_from=reader)
    streams = {}
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            to_unicode = ref.get_object().get("/ToUnicode")
            if to_unicode is not None:
                streams[id(to_unicode.get_object())] = to_unicode.get_object()
    parsed = {key: parse_cmap(stream.get_data().decode("latin-1")) for key, stream in streams.items()}
    mapped = {int(v, 16) for m in parsed.values() for v in m.values() if len(v) == 4}
    replacements = look_alikes(drawn, mapped, families)
    changed = 0
    for key, stream in streams.items():
        mapping = parsed[key]
        fixed = {code: _repaired(value, replacements) for code, value in mapping.items()}
        count = sum(1 for code in mapping if fixed[code] != mapping[code])
        if count:
            stream.set_data(write_cmap(stream.get_data().decode("latin-1"), fixed).encode("latin-1"))
            changed += count
    if changed:
        with open(path, "wb") as out:
            writer.write(out)
    return changed
