"""The interface language: English or Simplified Chinese, switchable at run time.

Also the one place where numbers, money, shares and engine terms are rendered for
people, so that the window, the exported chart and the PDF handout all read alike:
"¥1.2M" in English, "¥12.5万" in Chinese, amounts in the currency the user chose.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from wxdesk.engine.money import SYMBOLS, format_count, format_money
from wxdesk.engine.reasons import Reason, english_term
from wxdesk.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
CURRENCIES = tuple(SYMBOLS)
# The data-pack figure that holds each currency's rate, in CNY per unit.
RATE_FIGURES = {"USD": "usd_cny", "EUR": "eur_cny"}
# Translation contexts shared by the engine's own words and the views.
ENGINE_CONTEXT = "engine"
TERMS_CONTEXT = "terms"

_state: dict = {"language": None, "translator": None, "qt_translator": None, "currency": None}


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def current_language() -> str:
    return _state["language"] or system_language()


def is_chinese(lang: str | None = None) -> bool:
    return (lang or current_language()).startswith("zh")


def catalogue_path(code: str):
    return resource_path("i18n", f"wxdesk_{code}.qm")


def set_language(code: str) -> None:
    """Install the translator for `code`; widgets retranslate on QEvent.LanguageChange."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    app = QCoreApplication.instance()
    if app is not None:
        for key in ("translator", "qt_translator"):
            if _state.get(key) is not None:
                app.removeTranslator(_state[key])
                _state[key] = None
    if code != "en" and app is not None:
        translator = QTranslator(app)
        path = catalogue_path(code)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _state["translator"] = translator
        else:
            # Without the compiled catalogue the app still works, in English.
            log.warning("no compiled translations at %s; run build_scripts/build_translations.py", path)
        # Qt's own strings (standard dialog buttons such as Save, Discard, Cancel).
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
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


def _top_level_widgets():
    from PySide6.QtWidgets import QApplication
    return QApplication.topLevelWidgets() if isinstance(QCoreApplication.instance(), QApplication) else []


# ------------------------------------------------------------------ formatting

def set_display_currency(currency: str | None) -> None:
    """Override the currency for this process (the report's --currency); None follows settings."""
    if currency is not None and currency not in CURRENCIES:
        raise ValueError(f"unknown currency {currency!r}")
    _state["currency"] = currency


def display_currency() -> str:
    if _state["currency"]:
        return _state["currency"]
    chosen = _settings_value("currency")
    return chosen if chosen in CURRENCIES else "CNY"


def cny_per_unit(currency: str, pack=None) -> float:
    """CNY per unit of `currency`: the user's rate from Preferences, else the data pack's."""
    if currency == "CNY":
        return 1.0
    user_rate = _settings_value("rate", currency)
    if isinstance(user_rate, (int, float)) and user_rate > 0:
        return float(user_rate)
    if pack is None:
        from wxdesk.engine import load_datapack
        pack = load_datapack()
    return pack.likely(RATE_FIGURES[currency])


def _settings_value(name: str, *args):
    """Read the currency or a rate from the Preferences module when it is present."""
    try:
        from wxdesk.ui import settings
    except ImportError:
        return None
    getter = getattr(settings, {"currency": "currency", "rate": "cny_per_unit"}[name], None)
    if getter is None:
        return None
    try:
        return getter(*args)
    except Exception:  # noqa: BLE001 - a broken setting must not stop a view from drawing
        log.exception("could not read the %s setting", name)
        return None


def format_money_for_display(amount_cny: float, lang: str | None = None, currency: str | None = None,
                             pack=None) -> str:
    """An amount held in CNY, in the chosen currency and language: ¥1.2M, $170k, ¥12.5万."""
    currency = currency or display_currency()
    lang = lang or current_language()
    return format_money(amount_cny, currency, cny_per_unit(currency, pack), "zh" if is_chinese(lang) else "en")


def format_count_for_display(count: float, lang: str | None = None) -> str:
    return format_count(count, "zh" if is_chinese(lang) else "en")


def format_number(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """A plain number with the language's digit grouping (12,345 / 12,345)."""
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if is_chinese(lang) \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale.toString(float(value), "f", decimals)


def format_share(value: float, lang: str | None = None) -> str:
    return f"{value:.0%}"


def translate_term(key: str) -> str:
    """An engine term id (account, option, goal, need, entity) as display text."""
    return QCoreApplication.translate(TERMS_CONTEXT, english_term(key))


def account_name(account_id: str) -> str:
    return translate_term(account_id)


def join_terms(items: Iterable[str], lang: str | None = None) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    if is_chinese(lang):
        return "、".join(items[:-1]) + "和" + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def render_reason(reason: Reason, lang: str | None = None, currency: str | None = None, pack=None) -> str:
    """An engine Reason in the current language, with money in the chosen currency."""
    return reason.render(
        translate=lambda text: QCoreApplication.translate(ENGINE_CONTEXT, text),
        money=lambda cny: format_money_for_display(cny, lang, currency, pack),
        term=translate_term,
        share=lambda v: format_share(v, lang),
        join=lambda items: join_terms(items, lang),
    )
