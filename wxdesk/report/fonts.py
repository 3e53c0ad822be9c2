"""Fonts for the handout: a Latin face for words and figures, a CJK face for Chinese.

Latin text and digits come from a TrueType face: the CJK faces shape digits into
glyphs without a Unicode mapping, so figures would vanish from copied or searched
text. Chinese falls back to a face that has the glyphs. When none is installed, an English
handout is still written (only the accounts' Chinese names would show as boxes) and the caller
gets a warning to pass on; a Chinese handout or image is refused (chinese_face_missing): every
word of it would be an empty box.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

LATIN_PREFERRED = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans")
CJK_PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei",
                 "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                 "Noto Sans SC", "SimHei", "Heiti SC")
MISSING_CJK_WARNING = ("no font with Chinese characters is installed, so Chinese text may show as empty boxes; "
                       "install Noto Sans CJK (fonts-noto-cjk)")


NO_CHINESE_FACE = ("no installed font has Chinese characters, so every word of a Chinese handout or image would "
                   "be an empty box; install Noto Sans CJK (fonts-noto-cjk on Debian and Ubuntu) and try again")


def pick_family(available: Iterable[str], preferred: Iterable[str]) -> str | None:
    """The first preferred family that is available (case-insensitive), else None."""
    by_lower = {name.lower(): name for name in available}
    for name in preferred:
        if name.lower() in by_lower:
            return by_lower[name.lower()]
    return None


def pick_cjk_family(chinese_families: Iterable[str]) -> str | None:
    """A preferred CJK family, else any proportional family that covers Simplified Chinese."""
    chinese_families = list(chinese_families)
    chosen = pick_family(chinese_families, CJK_PREFERRED)
    if chosen:
        return chosen
    proportional = [f for f in chinese_families if "mono" not in f.lower()]
    candidates = proportional or chinese_families
    return candidates[0] if candidates else None


@dataclass(frozen=True)
class ReportFonts:
    families: tuple[str, ...]
    warning: str | None

    def font(self, size_pt: float, bold: bool = False) -> QFont:
        font = QFont()
        if self.families:
            font.setFamilies(list(self.families))
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font


def report_fonts() -> ReportFonts:
    """Choose the handout's fonts from those installed (needs a Qt GUI application)."""
    latin = pick_family(QFontDatabase.families(), LATIN_PREFERRED)
    cjk = _installed_cjk_family()
    warning = None
    if cjk is None:
        warning = MISSING_CJK_WARNING
        log.warning(warning)
    return ReportFonts(tuple(f for f in (latin, cjk) if f), warning)


def chinese_face_missing(language: str) -> str | None:
    """Why an output in `language` cannot be written with the fonts installed (needs a Qt GUI application):
    Chinese, where no installed face has its characters. None where it can."""
    if not language.startswith("zh") or _installed_cjk_family() is not None:
        return None
    return NO_CHINESE_FACE


def _installed_cjk_family() -> str | None:
    """The face the handout and the image write Chinese in, among those installed (pick_cjk_family)."""
    return pick_cjk_family(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
