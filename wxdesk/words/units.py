"""Units as the data pack spells them, in the reader's language.

The data pack writes units for machines ("CNY/contact/year"); people read "CNY per
contact a year", or 元/联系人/年. Shares are shown as percentages and need no unit.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]

# Figures held as fractions, shown as percentages.
PERCENT_UNITS = ("share", "share of build", "share of build/year", "share of sales")
# Figures that are amounts of money in CNY (a fee, a price per review or per contact, not an exchange
# rate): shown in the reader's currency, with its sign, wherever a sentence quotes them.
MONEY_UNITS = ("CNY", "CNY/year", "CNY/review", "CNY/contact/year", "CNY/install", "CNY/user", "CNY/message",
               "CNY/1000", "CNY/hour")
# Amounts the pack holds in US dollars (what an overseas company is billed), converted at the pack's rate.
USD_MONEY_UNITS = ("USD", "USD/year")
# Figures the pack holds in thousands or millions, shown as the whole number they stand for in the
# reader's way ("100,000 messages a day", "10万 条消息/天"; "949 million", "9.49亿"): {unit: (size, unit of one)}.
SCALED_UNITS = {"thousand messages/day": (1e3, "messages/day"), "million users": (1e6, "users"),
                "million users/month": (1e6, "users/month")}
# A model of iPhone is named by its number: "iPhone 7", in both languages.
IPHONE_UNIT = "iPhone model"
# The English units' counted nouns, which one of takes in the singular: "1 week", "1 new user per user a year"
# (the appendix and the Sensitivity chart read "1 weeks").
_COUNTED = frozenset({"articles", "contacts", "days", "hours", "members", "messages", "minutes", "opens", "points",
                      "seconds", "users", "weeks"})


def for_one(name: str) -> str:
    """An English unit's name as one of it reads: its first counted noun in the singular ("weeks" → "week",
    "new users per user a year" → "new user per user a year"); a name with none as it is ("CNY per install")."""
    words = name.split(" ")
    for i, word in enumerate(words):
        if word in _COUNTED:
            words[i] = word[:-1]
            return " ".join(words)
    return name


def unit_names(translate: Translate) -> dict[str, str]:
    """{data-pack unit: its name for people}; units missing here are shown as written."""
    # Each call is spelled out with its literal context so that lupdate finds it.
    return {
        "MB": "MB", "share": "", "×": "×",
        "CNY": translate("units", "CNY"),
        "CNY/1000": translate("units", "CNY per 1,000 views"),
        "CNY/EUR": translate("units", "CNY per EUR"),
        "CNY/USD": translate("units", "CNY per USD"),
        "CNY/contact/year": translate("units", "CNY per contact a year"),
        "CNY/hour": translate("units", "CNY an hour"),
        "CNY/install": translate("units", "CNY per install"),
        "CNY/user": translate("units", "CNY per user"),
        "CNY/year": translate("units", "CNY a year"),
        "CNY/message": translate("units", "CNY per message"),
        "CNY/review": translate("units", "CNY per review"),
        "USD": translate("units", "USD"),
        "USD/year": translate("units", "USD a year"),
        "articles": translate("units", "articles"),
        "contacts": translate("units", "contacts"),
        "days": translate("units", "days"),
        "h": translate("units", "hours"),
        "h/month": translate("units", "hours a month"),
        "ln(users)": translate("units", "ln(users)"),
        "ln(min)": translate("units", "ln(minutes)"),
        "members": translate("units", "members"),
        "messages": translate("units", "messages"),
        "messages/day": translate("units", "messages a day"),
        "messages/month": translate("units", "messages a month"),
        "min": translate("units", "min"),
        "min/user/month": translate("units", "minutes per user a month"),
        "opens/month": translate("units", "opens a month"),
        "points": translate("units", "points"),
        "s": translate("units", "seconds"),
        # (A special need's extra scope, which lengthens the build as it adds to its cost: timeline.py.)
        "share of build": translate("units", "of the build, in cost and in time"),
        "share of build/year": translate("units", "of the build cost a year"),
        "share of sales": translate("units", "of sales"),
        "users": translate("units", "users"),
        "users/month": translate("units", "users a month"),
        "users/user/year": translate("units", "new users per user a year"),
        "weeks": translate("units", "weeks"),
        "weight": translate("units", "weight"),
    }
