"""The PDF text layer repair: Qt's ToUnicode maps read back, rewritten, and look-alikes found."""

from __future__ import annotations

from wxdesk.report.pdftext import _repaired, look_alikes, parse_cmap, write_cmap

QT_CMAP = """/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfrange
<0000> <0000> <0000>
<0001> <0003> [<2F29> <7A0B> <5E8F> ]
<0004> <0006> <0041>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def test_ranges_and_arrays_are_read():
    mapping = parse_cmap(QT_CMAP)
    assert mapping == {0: "0000", 1: "2F29", 2: "7A0B", 3: "5E8F", 4: "0041", 5: "0042", 6: "0043"}


def test_rewritten_map_reads_back_the_same():
    mapping = parse_cmap(QT_CMAP)
    mapping[1] = "5C0F"
    rewritten = write_cmap(QT_CMAP, mapping)
    assert parse_cmap(rewritten) == mapping
    assert rewritten.startswith("/CIDInit") and rewritten.rstrip().endswith("end")


def _glyph(family: str, char: str) -> int:
    from PySide6.QtGui import QFont, QRawFont
    font = QFont()
    font.setFamily(family)
    return QRawFont.fromFont(font).glyphIndexesForString(char)[0]


def test_radical_look_alike_maps_back_to_the_drawn_character(qapp):
    """With the handout's own fonts, whichever Chinese face is installed.

    A face that draws a radical with the everyday character's glyph (Noto Sans CJK draws
    ⼩ U+2F29 as 小) makes Qt write the radical into the text layer, so it must be mapped
    back. A face with a glyph of its own for the radical, or none (WenQuanYi), gives Qt
    nothing to confuse: no mapping is made, and none is needed.
    """
    from wxdesk.report.fonts import report_fonts
    families = report_fonts().families
    radicals = {0x2F29: "小", 0x2F64: "用", 0x2F3E: "户"}
    found = look_alikes("小程序用户", [*radicals, 0x7A0B], families)
    assert 0x7A0B not in found  # 程 was drawn as itself
    for radical, char in radicals.items():
        shared = [f for f in families if _glyph(f, chr(radical)) and _glyph(f, chr(radical)) == _glyph(f, char)]
        assert found.get(radical) == (ord(char) if shared else None), (chr(radical), families)


def test_ligatures_are_spelled_out():
    assert _repaired("FB01", {}) == "00660069"
    assert _repaired("2F29", {0x2F29: 0x5C0F}) == "5C0F"
    assert _repaired("0041", {}) == "0041"
