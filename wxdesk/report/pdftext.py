"""Make the handout's Chinese text copy and search correctly.

Qt maps each embedded glyph back to the first code point that uses it. CJK fonts
share glyphs between common characters and their Kangxi-radical look-alikes
(小 U+5C0F and ⼩ U+2F29), so without this repair a reader copying "小程序" from
the PDF would paste "⼩程序", and search would miss it. The ToUnicode maps are
rewritten to the ordinary characters (their NFKC form); nothing else changes.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

# Kangxi radicals and CJK radicals supplement: look-alikes of ordinary ideographs.
_RADICALS = re.compile(r"<(2[EF][0-9A-Fa-f]{2})>")


def _ordinary(match: re.Match) -> str:
    char = chr(int(match.group(1), 16))
    normal = unicodedata.normalize("NFKC", char)
    if len(normal) != 1 or normal == char:
        return match.group(0)
    return f"<{ord(normal):04X}>"


def repair_cmap(cmap: bytes) -> bytes:
    return _RADICALS.sub(_ordinary, cmap.decode("latin-1")).encode("latin-1")


def repair_text_mapping(path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    reader = PdfReader(path)
    changed = False
    seen = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            to_unicode = font.get("/ToUnicode")
            if to_unicode is None or id(to_unicode.get_object()) in seen:
                continue
            stream = to_unicode.get_object()
            seen.add(id(stream))
            data = stream.get_data()
            repaired = repair_cmap(data)
            if repaired != data:
                stream.set_data(repaired)
                changed = True
    if not changed:
        return
    writer = PdfWriter(clone_from=reader)
    with open(path, "wb") as out:
        writer.write(out)
