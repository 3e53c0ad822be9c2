"""A data-pack figure's value or range with its unit, as the handout's appendix and the Sensitivity rows write it.

Amounts of money are written with the reader's currency sign, in the reader's currency, whatever currency
the pack holds them in ("¥200,000 – ¥450,000 – ¥1,000,000", "$139 a year"): the Sensitivity chart and
`wxdesk sensitivity` wrote "30,000 → 360,000 CNY a year" beside a cost that moves by "¥1.65M", two ways of
writing money on one row, where the appendix already wrote "¥30,000". One function writes both now. The
exchange rates themselves are the one place the yuan is named, as rates.
"""

from __future__ import annotations

import os
from itertools import chain
from collections.abc import Iterable, Iterator
from dataclasses import replace

from wxdesk.engine.datapack import Figure
from wxdesk.engine.money import format_figure_money
from wxdesk.engine.reasons import Parts, Price, Reason
from wxdesk.words.numbers import close_unit_spaces, with_unit
from wxdesk.words.units import MONEY_UNITS, USD_MONEY_UNITS, for_one
from wxdesk.words.words import MULTIPLIER_UNITS, Words, cny_per_unit


# The unit of a launch step's weeks (engine.timeline.TIMELINE_FIGURES, save the scope a need adds).
WEEKS = "weeks"


def _money_units(w: Words) -> dict[str, tuple[str, str]]:
    """{unit of an amount of money (units.MONEY_UNITS, USD_MONEY_UNITS): (the currency the pack holds it in, what it
    is per)}."""
    return {
        "CNY": ("CNY", ""),
        "CNY/year": ("CNY", w.translate("Report", "a year")),
        "CNY/1000": ("CNY", w.translate("Report", "per 1,000 views")),
        "CNY/contact/year": ("CNY", w.translate("Report", "per contact a year")),
        "CNY/hour": ("CNY", w.translate("Report", "an hour")),
        "CNY/install": ("CNY", w.translate("Report", "per install")),
        "CNY/user": ("CNY", w.translate("Report", "per user")),
        "CNY/message": ("CNY", w.translate("Report", "per message")),
        "CNY/review": ("CNY", w.translate("Report", "per review")),
        "USD": ("USD", ""),
        "USD/year": ("USD", w.translate("Report", "a year")),
    }


def _extra_units(w: Words) -> dict[str, str]:
    """Units the words layer does not name yet, named for a client."""
    return {
        "users/month": w.translate("Report", "monthly users"),
        "ln(users)": w.translate("Report", "on a log scale of users"),
        "ln(min)": w.translate("Report", "on a log scale of minutes"),
    }


def is_money(figure: Figure) -> bool:
    """Whether the figure is an amount of money (written with a currency sign, not a unit)."""
    return figure.unit in MONEY_UNITS or figure.unit in USD_MONEY_UNITS


def value_text(figure: Figure, w: Words) -> str:
    """The figure's value or range with its unit, as the window writes it; amounts in the reader's currency."""
    if is_money(figure):  # (the units' words are looked up only for an amount: the Sensitivity rows ask per end)
        return money_text(figure, w, *_money_units(w)[figure.unit])
    extra = _extra_units(w)
    if figure.unit in extra:
        unit = extra[figure.unit]
        # One of a counted unit in the singular, as Words.figure_values writes its own: "1 monthly user".
        one = not figure.is_range and figure.likely == 1 and not w.chinese
        text = with_unit(w.figure_values(replace(figure, unit='')), for_one(unit) if one else unit).strip()
        # (As figure_values closes its own: "2万月活用户" beside "1万名成员", not "2万 月活用户".)
        return close_unit_spaces(text) if w.chinese else text
    return w.figure_values(figure)


def average_text(figure: Figure, w: Words) -> str:
    """The figure's average (Figure.average) as value_text writes a value, without the unit the range it follows
    already gives: "¥0.08 – ¥0.1 – ¥0.15 per contact a year (average ¥0.11)", "9% – 15% – 25% of the build cost a
    year (average 16.33%)". An amount is written without what it is per; any other value without what it and the
    range end with from a space, a slash or a bracket on (the unit's words)."""
    if figure.unit == WEEKS:
        # A launch step's likely weeks, to the tenth the JSON gives a step's weeks in (Timeline's to_dict), and with
        # its unit: "（平均 0.9333）" gave four digits no line reads, and no word of what they count.
        tenth = round(figure.average, 1)
        return value_text(figure.with_values(tenth, tenth, tenth), w)
    at = figure.with_values(figure.average, figure.average, figure.average)
    if is_money(figure):
        return money_text(at, w, _money_units(w)[figure.unit][0], "")
    one, whole = value_text(at, w), value_text(figure, w)
    if figure.unit in MULTIPLIER_UNITS:  # "（平均 2.267 倍）", "(average × 2.267)": a bare 2.267 reads as a count
        return one
    # What the two end with alike: the common start of the two read backwards.
    ending = one[len(one) - len(os.path.commonprefix([one[::-1], whole[::-1]])):]
    starts = [i for i, ch in enumerate(ending) if ch in " /（("]
    return one[:len(one) - len(ending) + starts[0]].rstrip() if starts else one


def quoted_averages(reasons: Iterable[Reason], w: Words, prices: Iterable[Price] = ()) -> dict[str, str]:
    """{figure id: its average as the lines among `reasons` write it}, for each figure a line multiplies out at its
    average (reasons.Price with a figure): the appendix writes that average so. Converted, a line takes the digits that
    make the price times its count read as the amount beside it ("€106.8 each on average … €115k"), which the
    appendix's three significant digits ("average €107") did not: one figure read two ways on one handout. Where two
    lines write it differently, the finer writing (each coarser one is it rounded). `prices`: others a sentence built
    outside the reasons multiplies out (words.acquisition.quoted_prices)."""
    found: dict[str, str] = {}
    for price in chain(_prices(reasons), (p for p in prices if p.figure)):
        written = price.written_in(w.currency, w.cny_per_unit, w.lang)
        if sum(ch.isdigit() for ch in written) > sum(ch.isdigit() for ch in found.get(price.figure, "")):
            found[price.figure] = written
    return found


def _prices(reasons: Iterable[Reason]) -> Iterator[Price]:
    for reason in reasons:
        for value in reason.params.values():
            if isinstance(value, Price) and value.figure:
                yield value
            elif isinstance(value, Reason):
                yield from _prices((value,))
            elif isinstance(value, Parts):
                yield from _prices(value)


def money_text(figure: Figure, w: Words, held_in: str, per: str) -> str:
    """"$139 – $347 – $556 a year": an amount the pack holds in `held_in`, in the reader's currency.

    An amount the pack holds in the reader's currency reads as written; a converted one to
    three significant digits, since the rate is no more precise than that: a fee of a few
    yuan neither rounds to nothing nor reads to a thousandth of a cent.
    """
    # CNY per unit of the currency the pack wrote (a fee in US dollars), then into the reader's.
    to_cny = cny_per_unit(held_in, w.pack) if held_in != w.currency else w.cny_per_unit
    factor = to_cny / w.cny_per_unit
    values = (figure.low, figure.likely, figure.high) if figure.is_range else (figure.likely,)
    shown = " – ".join(format_figure_money(v, w.currency, factor, w.lang) for v in values)
    if not per:
        return shown
    return f"{shown}{per}" if w.chinese and per.startswith("/") else f"{shown} {per}"
