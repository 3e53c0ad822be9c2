"""Which assumptions matter: one-at-a-time swings of every estimated figure.

Every figure with a low–high range is set to its low and then to its high while all
other figures stay at their likely values, and the app-vs-Mini-Program comparison is
recomputed at that single point. The swing of the cost difference (app minus Mini
Program over the horizon) and of the fit difference shows which numbers drive the
answer; a swing that changes the recommended option is marked.

Working at the likely point (one "sample" per figure) keeps a full sweep to about
ten milliseconds, so the tornado chart can follow the sliders. The swung packs do not
depend on the scenario, so they are built once per data pack and their samples stay
in the engine's sampling cache. The cost models do not depend on the three slider
fields either (cost is linear in the audience, see costs.py), so a slider move
reuses them and only the fits and totals are recomputed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Generator
from dataclasses import dataclass, replace

from wxdesk.engine.costs import CostModel, app_costs, mp_costs
from wxdesk.engine.datapack import DataPack, Figure
from wxdesk.engine.fit import option_fit
from wxdesk.engine.scenario import Scenario

_PACK_CACHE_LIMIT = 4
_MODEL_CACHE_LIMIT = 8
_swing_packs: OrderedDict[tuple, tuple[DataPack, dict[str, tuple[DataPack, DataPack]]]] = OrderedDict()
_cost_models: OrderedDict[tuple, dict[int, tuple[CostModel, CostModel]]] = OrderedDict()
# The fields the sliders move; a cost model is the same whatever their values.
_SLIDER_FIELDS = {"audience": 0.0, "budget_cny": 0.0, "interaction_minutes": 1.0}


@dataclass(frozen=True)
class Outcome:
    """The app-vs-Mini-Program comparison at one point of the data pack."""

    app_cost: float
    mp_cost: float
    app_fit: float
    mp_fit: float
    winner: str

    @property
    def cost_gap(self) -> float:
        """App minus Mini Program total cost over the horizon (positive: the app costs more)."""
        return self.app_cost - self.mp_cost

    @property
    def fit_gap(self) -> float:
        """App fit minus Mini Program fit (positive: the app fits better)."""
        return self.app_fit - self.mp_fit


@dataclass(frozen=True)
class Swing:
    """One figure swung across its range, everything else at its likely value."""

    figure: Figure
    at_low: Outcome
    at_high: Outcome

    @property
    def cost_swing(self) -> float:
        return abs(self.at_high.cost_gap - self.at_low.cost_gap)

    @property
    def fit_swing(self) -> float:
        return abs(self.at_high.fit_gap - self.at_low.fit_gap)


@dataclass(frozen=True)
class Sensitivity:
    base: Outcome
    swings: tuple[Swing, ...]  # biggest cost swing first

    def by_cost(self) -> tuple[Swing, ...]:
        return self.swings

    def by_fit(self) -> tuple[Swing, ...]:
        return tuple(sorted(self.swings, key=lambda s: (-s.fit_swing, s.figure.id)))

    def flips_recommendation(self, swing: Swing) -> bool:
        """True when the figure at its low or its high changes the recommended option."""
        return self.base.winner != swing.at_low.winner or self.base.winner != swing.at_high.winner

    @property
    def top_cost_driver(self) -> Swing | None:
        return self.swings[0] if self.swings and self.swings[0].cost_swing > 0 else None

    @property
    def top_fit_driver(self) -> Swing | None:
        ranked = self.by_fit()
        return ranked[0] if ranked and ranked[0].fit_swing > 0 else None


def likely_point(pack: DataPack) -> DataPack:
    """The pack with every figure at its likely value and a single sample."""
    figures = {fid: fig.with_values(fig.likely, fig.likely, fig.likely) for fid, fig in pack.figures.items()}
    return replace(pack, figures=figures, samples=1)


def _pack_key(pack: DataPack) -> tuple:
    return (pack.path, pack.seed, tuple(sorted((f.id, f.low, f.likely, f.high) for f in pack.figures.values())))


def _point_and_swings(pack: DataPack) -> tuple[DataPack, dict[str, tuple[DataPack, DataPack]]]:
    """The likely-point pack and, per range figure, the packs with it at its low and high."""
    key = _pack_key(pack)
    cached = _swing_packs.get(key)
    if cached is not None:
        _swing_packs.move_to_end(key)
        return cached
    point = likely_point(pack)
    swings = {}
    for fid, fig in pack.figures.items():
        if fig.is_range:
            swings[fid] = tuple(replace(point, figures={**point.figures, fid: fig.with_values(v, v, v)})
                                for v in (fig.low, fig.high))
    cached = (point, swings)
    _swing_packs[key] = cached
    if len(_swing_packs) > _PACK_CACHE_LIMIT:
        _swing_packs.popitem(last=False)
    return cached


def _models_for(pack_key: tuple, scenario: Scenario) -> dict[tuple, tuple[CostModel, CostModel]]:
    """Cost models by (figure, end), shared by scenarios that differ only in slider fields."""
    key = (pack_key, replace(scenario, name="", client="", notes="", **_SLIDER_FIELDS).to_json())
    models = _cost_models.get(key)
    if models is None:
        models = _cost_models[key] = {}
        if len(_cost_models) > _MODEL_CACHE_LIMIT:
            _cost_models.popitem(last=False)
    else:
        _cost_models.move_to_end(key)
    return models


def outcome(scenario: Scenario, point_pack: DataPack,
            models: dict[tuple, tuple[CostModel, CostModel]] | None = None, swing: tuple = ()) -> Outcome:
    """Costs, fits and the recommended option for a pack of single values.

    `models` with the key `swing` (which figure at which end) caches the cost models.
    """
    cached = models.get(swing) if models is not None else None
    if cached is None:
        cached = (app_costs(scenario, point_pack), mp_costs(scenario, point_pack))
        if models is not None:
            models[swing] = cached
    app, mp = cached
    app_fit, _ = option_fit("native_app", scenario, point_pack, app, mp)
    mp_fit, _ = option_fit("mini_program", scenario, point_pack, mp, app)
    app_per_user = float(app.per_user_reached(scenario.audience)[0])
    mp_per_user = float(mp.per_user_reached(scenario.audience)[0])
    # The same rule as evaluate(): a clear fit difference decides, else cost per user reached.
    # tests/engine/test_sensitivity.py checks every swing against evaluate() itself.
    if abs(app_fit - mp_fit) > point_pack.likely("tie_margin"):
        winner = "native_app" if app_fit > mp_fit else "mini_program"
    else:
        winner = "native_app" if app_per_user < mp_per_user else "mini_program"
    return Outcome(float(app.total(scenario.audience)[0]), float(mp.total(scenario.audience)[0]),
                   app_fit, mp_fit, winner)


def sweep(scenario: Scenario, pack: DataPack) -> Generator[None, None, Sensitivity]:
    """The sensitivity, yielding after each figure so that a view can spread the work over events."""
    pack = pack.with_overrides(scenario.overrides)
    point, swing_packs = _point_and_swings(pack)
    models = _models_for(_pack_key(pack), scenario)
    base = outcome(scenario, point, models, ("likely",))
    swings = []
    for fid, (low, high) in swing_packs.items():
        yield
        swings.append(Swing(pack.figures[fid], outcome(scenario, low, models, (fid, "low")),
                            outcome(scenario, high, models, (fid, "high"))))
    swings.sort(key=lambda s: (-s.cost_swing, -s.fit_swing, s.figure.id))
    return Sensitivity(base, tuple(swings))


def sensitivity(scenario: Scenario, pack: DataPack) -> Sensitivity:
    """Swing every range figure (with the scenario's overrides applied) low ↔ high."""
    steps = sweep(scenario, pack)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
