"""The words of the client-facing outputs (handout and long image) in one language and currency.

A Wording is made once per output and passed around, so an output never depends on
the language the process happens to run in: the window can paint a Chinese handout
while it shows English, and the command line needs no application-wide translator.
Chinese comes from the same catalogue as the window (resources/i18n), looked up
through a private QTranslator that is never installed on the application.

Every figure a client reads is formatted here, through the engine's one money and
count formatter, so "¥12.5万" reads the same in the window, PDF and image.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QTranslator

from wxdesk.engine.money import SYMBOLS, format_count, format_money
from wxdesk.engine.reasons import Reason, english_term
from wxdesk.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh_CN")
CURRENCIES = tuple(SYMBOLS)
# The data-pack figure that holds each currency's rate, in CNY per unit.
RATE_FIGURES = {"USD": "usd_cny", "EUR": "eur_cny"}
ENGINE_CONTEXT, TERMS_CONTEXT = "engine", "terms"

# The presences as a client should meet them: the Official Account keeps its former
# name beside the new one, since many businesses still call it a Subscription Account.
PRESENCE_NAMES = {
    "en": {"service": "Service Account", "subscription": "Official Account (formerly Subscription Account)",
           "mini_program": "Mini Program", "wecom": "WeCom", "channels": "Channels", "native_app": "Native app"},
    "zh_CN": {"service": "服务号", "subscription": "公众号（原订阅号）", "mini_program": "小程序",
              "wecom": "企业微信", "channels": "视频号", "native_app": "原生应用"},
}
# Short names for plan titles, where a presence is one of several joined by "+".
SHORT_NAMES = {
    "en": {**PRESENCE_NAMES["en"], "subscription": "Official Account"},
    "zh_CN": {**PRESENCE_NAMES["zh_CN"], "subscription": "公众号"},
}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

_catalogues: dict[str, QTranslator | None] = {}


def _catalogue(lang: str) -> QTranslator | None:
    """The compiled catalogue for `lang`, loaded once and never installed on the application."""
    if lang not in _catalogues:
        translator = QTranslator()
        path = resource_path("i18n", f"wxdesk_{lang}.qm")
        if not translator.load(str(path)):
            log.warning("no compiled translations at %s; run build_scripts/build_translations.py", path)
            translator = None
        _catalogues[lang] = translator
    return _catalogues[lang]


def has_catalogue(lang: str) -> bool:
    return lang == "en" or _catalogue(lang) is not None


@dataclass
class Wording:
    """Language, currency and rate of one output; `cny_per_unit` None means the data pack's rate."""

    lang: str = "en"
    currency: str = "CNY"
    cny_per_unit: float = 1.0
    _cache: dict = field(default_factory=dict, repr=False)

    @classmethod
    def for_pack(cls, pack, lang: str = "en", currency: str = "CNY", cny_per_unit: float | None = None) -> Wording:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        if currency not in CURRENCIES:
            raise ValueError(f"unknown currency {currency!r}")
        rate = 1.0 if currency == "CNY" else (cny_per_unit or pack.likely(RATE_FIGURES[currency]))
        return cls(lang, currency, float(rate))

    @property
    def chinese(self) -> bool:
        return self.lang.startswith("zh")

    # -- words
    def translate(self, context: str, text: str) -> str:
        """`text` in this output's language (lupdate collects the literal calls)."""
        if not self.chinese:
            return text
        catalogue = _catalogue(self.lang)
        found = catalogue.translate(context, text) if catalogue is not None else ""
        return found or text

    def term(self, key: str) -> str:
        if key in PRESENCE_NAMES["en"] and not key.startswith("goal:"):
            return self.presence(key, short=True)
        return self.translate(TERMS_CONTEXT, english_term(key))

    def presence(self, presence_id: str, short: bool = False) -> str:
        names = (SHORT_NAMES if short else PRESENCE_NAMES)["zh_CN" if self.chinese else "en"]
        return names[presence_id]

    def plan(self, presences: Sequence[str]) -> str:
        """A plan's name: its presences joined by "+", or "no WeChat presence" for an empty plan."""
        if not presences:
            return self.translate("Report", "No WeChat presence")
        return " + ".join(self.presence(p, short=True) for p in presences)

    def join(self, items: Iterable[str]) -> str:
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        if self.chinese:
            return "、".join(items[:-1]) + "和" + items[-1]
        return ", ".join(items[:-1]) + " and " + items[-1]

    def sentences(self, parts: Iterable[str]) -> str:
        """Sentences run together as the language writes them (no spaces between Chinese ones)."""
        return ("" if self.chinese else " ").join(p for p in parts if p)

    def reason(self, reason: Reason) -> str:
        return reason.render(translate=lambda text: self.translate(ENGINE_CONTEXT, text), money=self.money,
                             term=self.term, share=self.share, join=self.join, count=self.count)

    # -- numbers
    def money(self, amount_cny: float) -> str:
        return format_money(amount_cny, self.currency, self.cny_per_unit, "zh" if self.chinese else "en")

    def money_range(self, low_cny: float, high_cny: float) -> str:
        low, high = self.money(low_cny), self.money(high_cny)
        return low if low == high else f"{low} – {high}"

    def count(self, value: float) -> str:
        return format_count(value, "zh" if self.chinese else "en")

    def share(self, value: float) -> str:
        return f"{value:.0%}"

    def number(self, value: float, decimals: int = 0) -> str:
        """A plain number with digit grouping: 2,000 (the window writes it the same way)."""
        return self._locale().toString(float(value), "f", decimals)

    def date(self, day: dt.date) -> str:
        if self.chinese:
            return f"{day.year}年{day.month}月{day.day}日"
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"

    def _locale(self) -> QLocale:
        if self.chinese:
            return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
