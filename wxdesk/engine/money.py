"""Readable money: ¥1.2M rather than 1200000.0, and ¥12.5万 in Chinese."""

from __future__ import annotations

import math

SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€"}


def format_money(amount_cny: float, currency: str = "CNY", cny_per_unit: float = 1.0,
                 lang: str = "en") -> str:
    """Format an amount held in CNY for display in `currency` (1 unit = cny_per_unit CNY)."""
    if not math.isfinite(amount_cny):
        return "—"
    value = amount_cny / cny_per_unit
    symbol = SYMBOLS.get(currency, currency + " ")
    sign = "-" if value < 0 else ""
    value = abs(value)
    text = _chinese_units(value) if lang.startswith("zh") else _western_units(value)
    return f"{sign}{symbol}{text}"


def _trim(number: float, digits: int) -> str:
    text = f"{number:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _western_units(value: float) -> str:
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if value >= limit * 0.9995:
            scaled = value / limit
            return _trim(scaled, 1 if scaled < 100 else 0) + suffix
    return _trim(value, 0)


def _chinese_units(value: float) -> str:
    for limit, suffix in ((1e8, "亿"), (1e4, "万")):
        if value >= limit * 0.9995:
            scaled = value / limit
            return _trim(scaled, 1 if scaled < 1000 else 0) + suffix
    return _trim(value, 0)


def format_count(count: float, lang: str = "en") -> str:
    """People counts: 1.2M users, or 120万 in Chinese."""
    return _chinese_units(count) if lang.startswith("zh") else _western_units(count)
