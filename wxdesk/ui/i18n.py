"""The window's language: English or Simplified Chinese, switchable at run time.

Installs the compiled catalogue (and Qt's own, for standard dialog buttons) into the
application, and builds the window's `Words` in that language. Numbers, money and
names are the words layer's business (wxdesk.words); this module only decides
which language and currency the window speaks, and has its type follow (wxdesk.ui.ui_font).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent

from wxdesk import catalogues, settings
from wxdesk.ui import ui_font
from wxdesk.engine.datapack import DataPack
from wxdesk.words import LANGUAGES, Words

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

__all__ = ["LANGUAGES", "current_language", "display_currency", "ensure_language_installed", "has_translator",
           "is_chinese", "set_language", "system_language", "words"]

system_language = catalogues.system_language

_state: dict[str, Any] = {"language": None, "translator": None, "qt_translator": None}


def current_language() -> str:
    return _state["language"] or system_language()


def is_chinese(lang: str | None = None) -> bool:
    return (lang or current_language()).startswith("zh")


def set_language(code: str) -> None:
    """Install the translator for `code`, and the application's font for it (wxdesk.ui.ui_font);
    widgets retranslate on QEvent.LanguageChange."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    # The type first: the widgets' texts in the new language are then measured once, in the new face.
    ui_font.set_for_language(is_chinese(code))
    app = QCoreApplication.instance()
    if app is not None:
        for key in ("translator", "qt_translator"):
            if _state.get(key) is not None:
                app.removeTranslator(_state[key])
                _state[key] = None
    if code != "en" and app is not None:
        translator = catalogues.load(code, app)
        if translator is not None:
            app.installTranslator(translator)
            _state["translator"] = translator
        else:
            # Without the compiled catalogue the app still works, in English.
            log.warning("no compiled translations at %s; run build_scripts/build_translations.py",
                        catalogues.catalogue_path(code))
        qt_translator = catalogues.load_qt(code, app)
        if qt_translator is not None:
            app.installTranslator(qt_translator)
            _state["qt_translator"] = qt_translator
    _state["language"] = code
    if app is not None and _state["translator"] is None:
        # Installing or removing a translator posts LanguageChange by itself; when
        # neither happened, widgets must still be told to redraw.
        for widget in _top_level_widgets():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def ensure_language_installed() -> None:
    """Install the current language's translator once (the system language by default)."""
    if _state["language"] is None or (_state["translator"] is None and current_language() != "en"):
        set_language(current_language())


def has_translator() -> bool:
    return _state["translator"] is not None


def _top_level_widgets() -> list[QWidget]:
    from PySide6.QtWidgets import QApplication
    return QApplication.topLevelWidgets() if isinstance(QCoreApplication.instance(), QApplication) else []


def display_currency() -> str:
    """The currency the window shows amounts in (Preferences; CNY by default)."""
    return settings.currency()


def words(pack: DataPack) -> Words:
    """The window's words: its language, the currency and rate from Preferences, Qt's catalogue."""
    currency = display_currency()
    return Words.make(current_language(), currency, pack, QCoreApplication.translate,
                      own_rate=settings.cny_per_unit(currency))
