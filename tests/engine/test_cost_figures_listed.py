"""costs.COST_FIGURES names exactly the figures a plan's cost is made of: the handout's appendix gives those an
average beside their range (the value a likely cost takes), and no other figure one. Here the figures the cost parts
read are recorded, for every preset as each kind of business and at two audiences, with every plan the ranking
weighs."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping

import numpy as np

import wxdesk.engine.costs as costs
from wxdesk.engine import load_datapack, load_preset, preset_ids
from wxdesk.engine.costs import COST_FIGURES, CostBook, clear_cost_cache
from wxdesk.engine.datapack import ENTITIES
from wxdesk.engine.plans import plan_sets


class _Recorded(Mapping[str, np.ndarray]):
    def __init__(self, samples: Mapping[str, np.ndarray], read: set[str]) -> None:
        self.samples, self.read = samples, read

    def __getitem__(self, figure_id: str) -> np.ndarray:
        self.read.add(figure_id)
        return self.samples[figure_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.samples)

    def __len__(self) -> int:
        return len(self.samples)


def test_the_cost_figures_are_those_the_cost_parts_read(monkeypatch):
    pack = load_datapack()
    read: set[str] = set()
    drawn = costs.figure_samples
    monkeypatch.setattr(costs, "figure_samples", lambda p: _Recorded(drawn(p), read))
    clear_cost_cache()
    try:
        for preset, entity, audience in itertools.product(preset_ids(), ENTITIES, (1_000, 50_000)):
            scenario = load_preset(preset).with_changes(entity=entity, audience=audience)
            book = CostBook(scenario, pack)
            for members in plan_sets(scenario, pack).sets:
                plan = book.plan(members)
                plan.yearly(scenario.audience)
                plan.component_likely(scenario.audience)
    finally:
        clear_cost_cache()  # (no part kept that was made through the recording)
    assert read == COST_FIGURES
    # And the fit's and the timeline's ranged figures are none of them.
    assert {"mp_session_min", "weeks_mp_build", "visibility_service"}.isdisjoint(COST_FIGURES)
