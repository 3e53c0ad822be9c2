"""The data-pack figures as rows for the handout's assumptions table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from wxdesk.engine import DataPack
from wxdesk.engine.datapack import Figure
from wxdesk.ui import i18n

PERCENT_UNITS = ("share", "share of build", "share of build/year")


# lupdate finds these calls by their literal context and text.
translate = QCoreApplication.translate


def unit_names() -> dict[str, str]:
    """Units as the data pack spells them, in the current language (a percentage needs none)."""
    return {
        "MB": "MB", "share": "", "×": "×",
        "CNY": translate("Report", "CNY"),
        "CNY/1000": translate("Report", "CNY per 1,000 views"),
        "CNY/EUR": translate("Report", "CNY per EUR"),
        "CNY/USD": translate("Report", "CNY per USD"),
        "CNY/contact/year": translate("Report", "CNY per contact a year"),
        "CNY/install": translate("Report", "CNY per install"),
        "CNY/user": translate("Report", "CNY per user"),
        "CNY/year": translate("Report", "CNY a year"),
        "USD": translate("Report", "USD"),
        "USD/year": translate("Report", "USD a year"),
        "articles": translate("Report", "articles"),
        "contacts": translate("Report", "contacts"),
        "ln(min)": translate("Report", "ln(minutes)"),
        "messages": translate("Report", "messages"),
        "messages/month": translate("Report", "messages a month"),
        "min": translate("Report", "min"),
        "points": translate("Report", "points"),
        "s": translate("Report", "seconds"),
        "share of build": translate("Report", "of the build cost"),
        "share of build/year": translate("Report", "of the build cost a year"),
        "users/user/year": translate("Report", "new users per user a year"),
        "weight": translate("Report", "weight"),
    }


def _number(value: float, lang: str) -> str:
    decimals = 0 if value == int(value) or abs(value) >= 100 else (1 if abs(value) >= 10 else 2)
    text = i18n.format_number(value, decimals, lang)
    return text.rstrip("0").rstrip(".") if "." in text and decimals else text


def value_text(figure: Figure, lang: str) -> str:
    values = (figure.low, figure.likely, figure.high) if figure.is_range else (figure.likely,)
    if figure.unit in PERCENT_UNITS:
        shown = [f"{v * 100:.4g}%" for v in values]
    else:
        shown = [_number(v, lang) for v in values]
    unit = unit_names().get(figure.unit, figure.unit)
    text = " – ".join(shown)
    if figure.unit == "×":
        return f"× {text}"
    return f"{text} {unit}".strip()


def rows(pack: DataPack, lang: str, money: Callable[[float], str] | None = None) -> list[list[str]]:
    chinese = i18n.is_chinese(lang)
    found = []
    for figure in pack.figures.values():
        label = figure.label_zh if chinese and figure.label_zh else figure.label
        if figure.id in pack.overridden:
            label += " *"
        date = translate("Report", "undated") if figure.source_date == "undated" else figure.source_date
        found.append([label, value_text(figure, lang), figure.source, date])
    return found
