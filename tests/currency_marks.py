"""How an amount shows its currency, for tests that read amounts from text: "¥12.5万", "$170k", and in Chinese a
foreign currency named after the number, "58.4万美元" (wxdesk.engine.money.dressed)."""

from __future__ import annotations

from wxdesk.engine.money import CHINESE_NAMES, SYMBOLS


def named_after(currency: str, lang: str) -> bool:
    """Whether `lang` writes `currency` after the amount (by its Chinese name) rather than its sign before it."""
    return lang.startswith("zh") and currency in CHINESE_NAMES


def carries(text: str, currency: str, lang: str) -> bool:
    """Whether the amount `text` (no more) is written in `currency`, as `lang` writes that currency."""
    bare = text.removeprefix("-")
    if named_after(currency, lang):
        return bare.endswith(CHINESE_NAMES[currency]) and not bare.startswith(tuple(SYMBOLS.values()))
    return bare.startswith(SYMBOLS[currency])


def mark(currency: str, lang: str) -> str:
    """The currency's mark as `lang` writes it beside an amount: "$", or "美元" after it in Chinese."""
    return CHINESE_NAMES[currency] if named_after(currency, lang) else SYMBOLS[currency]
