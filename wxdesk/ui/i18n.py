"""The interface language: English or Simplified Chinese, switchable at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from wxdesk.paths import resource_path

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
_state = {"language": None, "translator": None}


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def current_language() -> str:
    return _state["language"] or system_language()


def set_language(code: str) -> None:
    """Install the translator for `code`; widgets retranslate on QEvent.LanguageChange."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    app = QCoreApplication.instance()
    if _state["translator"] is not None and app is not None:
        app.removeTranslator(_state["translator"])
        _state["translator"] = None
    if code != "en" and app is not None:
        translator = QTranslator(app)
        if translator.load(str(resource_path("i18n", f"wxdesk_{code}.qm"))):
            app.installTranslator(translator)
            _state["translator"] = translator
    _state["language"] = code
    if app is not None and code == "en":
        # Removing a translator already posts LanguageChange; switching to English
        # with none installed must still tell widgets to redraw.
        from PySide6.QtCore import QEvent
        for widget in _top_level_widgets():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def _top_level_widgets():
    from PySide6.QtWidgets import QApplication
    return QApplication.topLevelWidgets() if isinstance(QCoreApplication.instance(), QApplication) else []
