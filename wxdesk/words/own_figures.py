"""The data-pack figures a scenario sets for itself, in one sentence: "Figures set for this scenario: …".

Said by the window's copied summary, the handout, the long image and `wxdesk evaluate`'s text alike: a plan that moved
with such a figure read, on the handout and the long image, as the pack's own answer.
"""

from __future__ import annotations

from wxdesk.engine.datapack import DataPack
from wxdesk.words.swings import figure_names
from wxdesk.words.words import Words


def own_figures_sentence(pack: DataPack, w: Words) -> str:
    """"Figures set for this scenario: Cost per install of a China app."; "" where the scenario sets none.

    `pack`: the pack with the scenario's overrides (DataPack.with_overrides), whose `overridden` names them. Each is
    named as the Sensitivity's rows name it: its label, with its unit where another figure has the same label (the
    app's build cost and its build time both read "Build a native iOS + Android app")."""
    if not pack.overridden:
        return ""
    names = figure_names(pack.figures.values(), w)
    return w.translate("Summary", "Figures set for this scenario: %1.").replace(
        "%1", w.join(names[figure] for figure in sorted(pack.overridden)))
