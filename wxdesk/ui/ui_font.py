"""The window's type in Chinese: a Chinese sans-serif face, as Chinese desktop apps are set in.

The platform's default UI face often has no Chinese characters (DejaVu Sans on most Linux
desktops, Segoe UI on Windows, the system face on macOS). Chinese then reaches the screen
through Qt's font fallback: every run of Chinese is split off and shaped again in whichever
face the system offers first, which on Linux is often a Japanese one (Noto Sans CJK JP), whose
forms of several characters differ from the Chinese ones. In Chinese the application's font is
therefore a Simplified Chinese sans-serif face chosen from those installed, at the platform
font's size and weight; the platform's face stays second in line for the few symbols a Chinese
face lacks (✕, ▸). English keeps the platform's font untouched.

Only the family changes, so everything that takes its type from the application's font (every
widget, the chart's scene, presentation mode's enlarged copies) follows; the PDF handout and the
long image choose their own faces (wxdesk.report.fonts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from typing import TypedDict

# The faces polished Chinese desktop apps are set in, the platform's own first where it has one:
# Windows (Microsoft YaHei UI: YaHei with a line height made for interfaces), macOS, then Linux.
CHINESE_UI_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
                       "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC",
                       "WenQuanYi Micro Hei", "WenQuanYi Zen Hei")

# The widget classes a platform theme may give fonts of their own (QApplication's list, in Qt's
# initializeWidgetFontHash): QApplication.setFont(font) drops them, so they are kept and set again.
THEMED_CLASSES = ("QMenu", "QMenuBar", "QMenuItem", "QMessageBox", "QLabel", "QTipLabel", "QStatusBar",
                  "QMdiSubWindowTitleBar", "QDockWidgetTitle", "QPushButton", "QCheckBox", "QRadioButton",
                  "QToolButton", "QAbstractItemView", "QListView", "QHeaderView", "QListBox",
                  "QComboMenuItem", "QComboLineEdit", "QSmallFont", "QMiniFont")


class _Platform:
    """The application's fonts as the platform gave them, taken before they change."""

    def __init__(self) -> None:
        self.font = QFont(QApplication.font())
        # A class's font by its name: PySide6 takes a str for the const char*, its stub only bytes.
        self.themed = {name: QFont(QApplication.font(name)) for name in THEMED_CLASSES  # type: ignore[call-overload]
                       if QApplication.font(name) != self.font}  # type: ignore[call-overload]


if TYPE_CHECKING:
    class _State(TypedDict):
        platform: _Platform | None  # the platform's fonts, kept while a Chinese face is set
        family: str | None


_state: _State = {"platform": None, "family": None}


def chinese_ui_family(installed: list[str], platform_family: str) -> str | None:
    """The face for a Chinese window among the `installed` Simplified Chinese families: the platform's
    own when it has Chinese already (a Chinese desktop's), else the first of CHINESE_UI_FAMILIES
    installed, else None (the platform's font stays, and fallback finds the characters)."""
    by_lower = {name.lower(): name for name in installed}
    if platform_family.lower() in by_lower:
        return None
    return next((by_lower[name.lower()] for name in CHINESE_UI_FAMILIES if name.lower() in by_lower), None)


def set_for_language(chinese: bool) -> None:
    """The application's font for a Chinese or an English window (needs a QApplication; else nothing)."""
    if not isinstance(QGuiApplication.instance(), QApplication):
        return
    if not chinese:
        if _state["family"] is not None:
            _put_back(cast(_Platform, _state["platform"]))  # kept before a family is set (set_for_language)
        return
    if _state["family"] is not None:
        return
    # Qt's font database and font info classes are made only for a Chinese window (QFontDatabase's enums some
    # 60 members): an English start does not need them before its first paint.
    from PySide6.QtGui import QFontDatabase
    platform = _state["platform"] = _Platform()  # as they are now, should the platform's have changed
    family = chinese_ui_family(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese),
                               _family_shown(platform.font))
    if family is None:
        return
    # Every font set below is changed in its family alone, all else is resolved from the platform's.
    QApplication.setFont(_in_family(platform.font, family))
    for name, font in platform.themed.items():
        QApplication.setFont(_in_family(font, family), name)  # type: ignore[arg-type]  # (str, as in _Platform)
    _state["family"] = family


def chinese_family() -> str | None:
    """The Chinese face the application's font is set in now, None while it is the platform's."""
    return _state["family"]


def _put_back(platform: _Platform) -> None:
    QApplication.setFont(platform.font)
    for name, font in platform.themed.items():
        QApplication.setFont(font, name)  # type: ignore[arg-type]  # (str, as in _Platform)
    _state["family"] = None


def _family_shown(font: QFont) -> str:
    """The face a font is drawn in ("DejaVu Sans" for the generic "Sans Serif")."""
    from PySide6.QtGui import QFontInfo  # (see set_for_language)
    return QFontInfo(font).family()


def _in_family(font: QFont, family: str) -> QFont:
    changed = QFont(font)
    # The platform's face stays second: the few symbols the Chinese face lacks (✕, ▸) are drawn as before.
    changed.setFamilies([family, *font.families()])
    return changed
