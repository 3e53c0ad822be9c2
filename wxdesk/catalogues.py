"""The compiled translation catalogues (Qt .qm files) and the system's language.

Qt core only, no widgets: the window installs a catalogue for the whole application
(wxdesk.ui.i18n), while `wxdesk report` only loads one and hands its translate
function to the words layer, so the handout's language never depends on, or
changes, the language of anything else in the process.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator

from wxdesk.paths import resource_path
from wxdesk.words import LANGUAGES, Translate, untranslated


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def catalogue_path(code: str) -> Path:
    return resource_path("i18n", f"wxdesk_{code}.qm")


def load(code: str, parent: QObject | None = None) -> QTranslator | None:
    """wxdesk's own catalogue for `code`, or None when it is not built or not found."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    translator = QTranslator(parent)
    return translator if translator.load(str(catalogue_path(code))) else None


def load_qt(code: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own strings (standard dialog buttons such as Save, Discard, Cancel) for `code`."""
    translator = QTranslator(parent)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{code}", path) else None


def translate_function(code: str) -> Translate | None:
    """`translate(context, text)` in language `code` without installing anything; None if missing."""
    if code == "en":
        return untranslated
    translator = load(code)
    if translator is None:
        return None

    def translate(context: str, text: str) -> str:
        # The closure keeps the translator alive; Qt answers "" for a string it does not know.
        return translator.translate(context, text) or text
    return translate
