"""The data-pack figures as the handout's appendix: grouped, compact, each with its source
(named as the window's assumptions name it: wxdesk.words.sources).

Amounts of money are written in the handout's currency, whatever currency the pack holds
them in, so that a page never mixes yuan with dollars or euros; the exchange rates
themselves are the one place the yuan is named, as rates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from wxdesk.engine import DataPack
from wxdesk.engine.costs import COST_FIGURES
from wxdesk.engine.datapack import Figure
from wxdesk.engine.timeline import TIMELINE_FIGURES
from wxdesk.words import Words
from wxdesk.words.figure_text import average_text, value_text
from wxdesk.words.sources import source_text

# The order groups appear in, the presences first, the model's own assumptions last.
GROUP_ORDER = ("service", "subscription", "mini_program", "wecom", "channels", "app", "fees", "content",
               "acquisition", "timeline", "fx", "scale", "model")


@dataclass(frozen=True)
class Group:
    title: str
    rows: tuple[tuple[str, str, str, str], ...]  # label, value, source, date


def group_titles(w: Words) -> dict[str, str]:
    return {
        "service": w.presence("service"), "subscription": w.presence("subscription"),
        "mini_program": w.presence("mini_program"), "wecom": w.presence("wecom"),
        "channels": w.presence("channels"), "app": w.presence("native_app"),
        "fees": w.translate("Report", "Fees"), "content": w.translate("Report", "Content"),
        "acquisition": w.translate("Report", "Winning and reaching users"),
        "timeline": w.translate("Report", "Launch timeline"),
        "fx": w.translate("Report", "Exchange rates"),
        "scale": w.translate("Report", "Audience size"),
        "model": w.translate("Report", "How wxdesk weighs fit (its own estimates)"),
    }


# Before the date of a figure whose source is older than the pack's staleness threshold, as the window's assumptions
# table flags it (its ⚠): the appendix printed such figures as plain facts.
STALE_MARK = "⚠"


def stale_ids(pack: DataPack, today: dt.date) -> frozenset[str]:
    """The figures the window's assumptions table flags as maybe out of date on `today` (DataPack.stale_figures)."""
    return frozenset(figure.id for figure in pack.stale_figures(today))


# The date cell of a figure the scenario sets: no source of its own, so no date (its source cell says so).
NO_DATE = "—"


def groups(pack: DataPack, w: Words, today: dt.date | None = None, base: DataPack | None = None,
           quoted: Mapping[str, str] | None = None, labels: Mapping[str, str] | None = None) -> list[Group]:
    """The appendix's rows, group by group; with `today`, each figure stale on that day has its date marked.

    A figure the scenario sets (`pack` has its overrides: DataPack.overridden) is marked *, and its source is the
    scenario, not the pack's source it replaced: the row cited that source and its date beside a value the source
    never gave (yoga_tight's template rent of ¥3,000 – ¥9,000 beside pja.cn's ¥2,000 – ¥8,000). With `base`, the pack
    without the scenario's figures, its source cell gives the pack's own value, source and date after. `quoted`: a
    figure's average as the handout's lines write it (figure_text.quoted_averages), which its row writes too. `labels`:
    a figure's label as the handout's lines name what it prices (words.template_kind), in place of the pack's."""
    titles = group_titles(w)
    stale = stale_ids(pack, today) if today is not None else frozenset()
    found: dict[str, list[tuple[str, str, str, str]]] = {}
    for figure in pack.figures.values():
        label = (labels or {}).get(figure.id) or w.label(figure)
        date = w.date_words(figure.source_date)  # (the assumptions table's word: one word for "undated")
        source = source_text(figure, w)
        if figure.id in pack.overridden:
            label += " *"
            source, date = own_source(figure.id, w, base), NO_DATE
        elif figure.id in stale:
            date = f"{STALE_MARK} {date}"
        found.setdefault(figure.group, []).append((label, _value(figure, w, (quoted or {}).get(figure.id)), source,
                                                   date))
    order = [g for g in GROUP_ORDER if g in found] + sorted(g for g in found if g not in GROUP_ORDER)
    return [Group(titles.get(g, g), tuple(found[g])) for g in order]


def own_source(figure_id: str, w: Words, base: DataPack | None = None) -> str:
    """The source of a figure the scenario sets: the scenario, then, where `base` (the data pack without the
    scenario's figures) holds it, the pack's own value with its source and date."""
    own = w.translate("Report", "Set for this scenario")
    # (A `base` that itself holds the scenario's figure would give that figure as the pack's.)
    figure = base.figures.get(figure_id) if base is not None and figure_id not in base.overridden else None
    if figure is None:
        return own
    return w.translate("Report", "{own} (the data pack: {value}, {source}, {date})").format(
        own=own, value=value_text(figure, w), source=source_text(figure, w), date=w.date_words(figure.source_date))


def _value(figure: Figure, w: Words, average: str | None = None) -> str:
    """The figure's value as the appendix gives it. The rate of the pages' own currency, where the reader set their own
    in Preferences, says which one the pages use: the intro read "converted at 1 USD = 7.2 CNY" above a row of 7."""
    shown = value_text(figure, w)
    if figure.is_range and (figure.id in COST_FIGURES or figure.id in TIMELINE_FIGURES):
        # The value a plan's likely cost takes it at (draws.py), and a launch step's likely weeks (timeline.py): a
        # client multiplies or adds these to check a part or a date. None for a figure the fit reads, which takes the
        # most common value.
        average = average or average_text(figure, w)
        shown = w.translate("Report", "{range} (average {average})").format(range=shown, average=average)
    if figure.id == f"{w.currency.lower()}_cny" and w.cny_per_unit != figure.likely:
        return (w.translate("Report", "{pack}; these pages use your own rate, {own}")
                .format(pack=shown, own=w.figure_number(w.cny_per_unit)))
    return shown
