"""The data-pack figures as the handout's appendix: grouped, compact, each with its source.

A client sees where a figure comes from, not how wxdesk was calibrated: wxdesk's own
estimates are called that, and working notes kept in the pack (calibration
references, explanations in brackets) stay in the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wxdesk.engine import DataPack
from wxdesk.engine.datapack import Figure
from wxdesk.report.wording import Wording

PERCENT_UNITS = ("share", "share of build", "share of build/year")
# The order groups appear in, the presences first, the model's own assumptions last.
GROUP_ORDER = ("service", "subscription", "mini_program", "wecom", "channels", "app", "fees", "content",
               "acquisition", "fx", "model")
# Parts of a source that are working notes, not a source a client could look up.
_INTERNAL = re.compile(r"calibration|§|seed article|pigcms|wxdesk|not found|basis|assum", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]")


@dataclass(frozen=True)
class Group:
    title: str
    rows: tuple[tuple[str, str, str, str], ...]  # label, value, source, date


def unit_names(w: Wording) -> dict[str, str]:
    """Units as the data pack spells them, in the output's language (a percentage needs none)."""
    return {
        "MB": "MB", "share": "", "×": "×",
        "CNY": w.translate("Report", "CNY"),
        "CNY/1000": w.translate("Report", "CNY per 1,000 views"),
        "CNY/EUR": w.translate("Report", "CNY per EUR"),
        "CNY/USD": w.translate("Report", "CNY per USD"),
        "CNY/contact/year": w.translate("Report", "CNY per contact a year"),
        "CNY/install": w.translate("Report", "CNY per install"),
        "CNY/user": w.translate("Report", "CNY per user"),
        "CNY/year": w.translate("Report", "CNY a year"),
        "CNY/message": w.translate("Report", "CNY per message"),
        "USD": w.translate("Report", "USD"),
        "USD/year": w.translate("Report", "USD a year"),
        "articles": w.translate("Report", "articles"),
        "contacts": w.translate("Report", "contacts"),
        "ln(min)": w.translate("Report", "on a log scale of minutes"),
        "ln(users)": w.translate("Report", "on a log scale of users"),
        "messages": w.translate("Report", "messages"),
        "messages/month": w.translate("Report", "messages a month"),
        "min": w.translate("Report", "min"),
        "points": w.translate("Report", "points"),
        "s": w.translate("Report", "seconds"),
        "share of build": w.translate("Report", "of the build cost"),
        "share of build/year": w.translate("Report", "of the build cost a year"),
        "users/month": w.translate("Report", "monthly users"),
        "users/user/year": w.translate("Report", "new users per user a year"),
        "weight": w.translate("Report", "weight"),
    }


def group_titles(w: Wording) -> dict[str, str]:
    return {
        "service": w.presence("service"), "subscription": w.presence("subscription"),
        "mini_program": w.presence("mini_program"), "wecom": w.presence("wecom"),
        "channels": w.presence("channels"), "app": w.presence("native_app"),
        "fees": w.translate("Report", "Fees"), "content": w.translate("Report", "Content"),
        "acquisition": w.translate("Report", "Winning and reaching users"),
        "fx": w.translate("Report", "Exchange rates"),
        "model": w.translate("Report", "How wxdesk weighs fit (its own estimates)"),
    }


def _number(value: float, w: Wording) -> str:
    decimals = 0 if value == int(value) or abs(value) >= 100 else (1 if abs(value) >= 10 else 2)
    text = w.number(value, decimals)
    return text.rstrip("0").rstrip(".") if "." in text and decimals else text


def value_text(figure: Figure, w: Wording) -> str:
    values = (figure.low, figure.likely, figure.high) if figure.is_range else (figure.likely,)
    if figure.unit in PERCENT_UNITS:
        shown = [f"{v * 100:.4g}%" for v in values]
    else:
        shown = [_number(v, w) for v in values]
    unit = unit_names(w).get(figure.unit, figure.unit)
    text = " – ".join(shown)
    if figure.unit == "×":
        return f"× {text}"
    return f"{text} {unit}".strip()


def source_text(figure: Figure, w: Wording) -> str:
    """The sources a client could look up, without working notes; wxdesk's own estimates say so."""
    parts = []
    for part in re.split(r";\s*", figure.source):
        while _BRACKETS.search(part):
            part = _BRACKETS.sub("", part)
        part = re.split(r"\s*[(（]", part)[0].strip(" .,")  # a remark cut short by the ";" split
        if part and not _INTERNAL.search(part) and not part.lower().startswith(("derived", "basis", "official fee")):
            parts.append(part)
    if not parts:
        return w.translate("Report", "wxdesk estimate")
    return "; ".join(parts[:3])


def groups(pack: DataPack, w: Wording) -> list[Group]:
    titles = group_titles(w)
    found: dict[str, list[tuple[str, str, str, str]]] = {}
    undated = w.translate("Report", "undated")
    for figure in pack.figures.values():
        label = figure.label_zh if w.chinese and figure.label_zh else figure.label
        if figure.id in pack.overridden:
            label += " *"
        date = undated if figure.source_date == "undated" else figure.source_date
        found.setdefault(figure.group, []).append((label, value_text(figure, w), source_text(figure, w), date))
    order = [g for g in GROUP_ORDER if g in found] + sorted(g for g in found if g not in GROUP_ORDER)
    return [Group(titles.get(g, g), tuple(found[g])) for g in order]
