"""The data-pack figures as rows for the handout's assumptions table."""

from __future__ import annotations

from wxdesk.words import Words


def rows(words: Words) -> list[list[str]]:
    """[label, value with unit, source, source date] for every figure of `words`' pack."""
    assert words.pack is not None, "the appendix lists the figures of a data pack"
    found = []
    for figure in words.pack.figures.values():
        label = words.label(figure)
        if figure.id in words.pack.overridden:
            label += " *"
        date = words.translate("Report", "undated") if figure.source_date == "undated" else figure.source_date
        found.append([label, words.figure_values(figure), figure.source, date])
    return found
