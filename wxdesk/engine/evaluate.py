"""Scenario → evaluation: fits, best setup, app-vs-Mini-Program costs, warnings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostModel, app_costs, mp_costs
from wxdesk.engine.datapack import ACCOUNT_IDS, TECH_NEEDS, DataPack
from wxdesk.engine.fit import account_fit, best_setup, option_fit, setup_roles
from wxdesk.engine.reasons import Money, Reason, Term
from wxdesk.engine.scenario import MAX_AUDIENCE, Scenario, ScenarioError


@dataclass(frozen=True)
class Band:
    low: float
    likely: float
    high: float

    def to_dict(self) -> dict[str, float]:
        return {"low": round(self.low), "likely": round(self.likely), "high": round(self.high)}


@dataclass(frozen=True)
class AccountFit:
    id: str
    fit: float
    eligible: bool
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class OptionResult:
    id: str
    fit: float
    reasons: tuple[Reason, ...]
    total: Band
    yearly: tuple[Band, ...]
    cumulative: tuple[Band, ...]
    launch_cost: float
    cost_per_user: float
    users_reached: float


@dataclass(frozen=True)
class AppVsMiniProgram:
    native_app: OptionResult
    mini_program: OptionResult
    winner: str
    break_even_audience: float | None
    probability_mp_cheaper: float
    recommendation: Reason

    def option(self, option_id: str) -> OptionResult:
        return self.native_app if option_id == "native_app" else self.mini_program


@dataclass(frozen=True)
class Evaluation:
    scenario: Scenario
    accounts: tuple[AccountFit, ...]
    best_setup: tuple[str, ...]
    setup_roles: tuple[Reason, ...]
    app_vs_mini_program: AppVsMiniProgram
    warnings: tuple[Reason, ...]
    pack_released: str

    def account(self, account_id: str) -> AccountFit:
        return next(a for a in self.accounts if a.id == account_id)

    def to_dict(self) -> dict[str, Any]:
        avm = self.app_vs_mini_program
        return {
            "scenario": self.scenario.name,
            "accounts": [{"id": a.id, "fit": round(a.fit), "eligible": a.eligible,
                          "reasons": [r.text for r in a.reasons]} for a in self.accounts],
            "best_setup": list(self.best_setup),
            "best_setup_roles": [r.text for r in self.setup_roles],
            "app_vs_mini_program": {
                "native_app": _option_dict(avm.native_app),
                "mini_program": _option_dict(avm.mini_program),
                "winner": avm.winner,
                "break_even_audience": (None if avm.break_even_audience is None
                                        else round(avm.break_even_audience)),
                "probability_mini_program_cheaper": round(avm.probability_mp_cheaper, 3),
                "recommendation": avm.recommendation.text,
            },
            "warnings": [w.text for w in self.warnings],
            "data_pack": self.pack_released,
        }


def _option_dict(result: OptionResult) -> dict[str, Any]:
    return {
        "fit": round(result.fit),
        "cost_cny": result.total.to_dict(),
        "yearly_cost_cny": [{"year": i + 1, **band.to_dict()} for i, band in enumerate(result.yearly)],
        "cost_per_user_reached_cny": round(result.cost_per_user, 2),
        "users_reached": round(result.users_reached),
        "reasons": [r.text for r in result.reasons],
    }


def _bands(samples: np.ndarray, pack: DataPack) -> tuple[Band, ...]:
    """One band per column of (samples, columns)."""
    lows, likelies, highs = np.percentile(samples, [pack.low_percentile, 50, pack.high_percentile], axis=0)
    return tuple(Band(float(a), float(b), float(c)) for a, b, c in zip(lows, likelies, highs))


def _option_result(option: str, scenario: Scenario, pack: DataPack, own: CostModel,
                   other: CostModel) -> OptionResult:
    fit, found = option_fit(option, scenario, pack, own, other)
    yearly = own.yearly(scenario.audience)
    return OptionResult(
        id=option, fit=fit, reasons=tuple(found),
        total=_bands(yearly.sum(axis=1, keepdims=True), pack)[0],
        yearly=_bands(yearly, pack),
        cumulative=_bands(np.cumsum(yearly, axis=1), pack),
        launch_cost=float(np.median(own.launch_cost())),
        cost_per_user=float(np.median(own.per_user_reached(scenario.audience))),
        users_reached=own.users_reached(scenario.audience),
    )


def break_even_audience(app: CostModel, mp: CostModel, audience: float) -> float | None:
    """The audience at which the option with the lower likely total cost changes.

    Per sample, each total is fixed + slope × audience, so the likely (median) totals
    of a whole grid of audiences come from one vectorised median. A coarse log grid
    finds the crossings; the one nearest the current audience is refined on finer
    grids. None when one option is cheaper at every audience.
    """
    a_fixed, a_slope = app.fixed.sum(axis=1), app.per_user.sum(axis=1) * app.reach_share
    m_fixed, m_slope = mp.fixed.sum(axis=1), mp.per_user.sum(axis=1) * mp.reach_share

    def gaps(xs: np.ndarray) -> np.ndarray:
        # Rows are audiences, so each median runs over contiguous memory.
        app_totals = a_fixed[None, :] + xs[:, None] * a_slope[None, :]
        mp_totals = m_fixed[None, :] + xs[:, None] * m_slope[None, :]
        return np.median(app_totals, axis=1) - np.median(mp_totals, axis=1)

    # About 2.6 points a decade; three finer rounds of 16 steps pin the crossing
    # to a few parts in 10,000 of that bracket.
    grid = np.concatenate([[0.0], np.geomspace(1.0, MAX_AUDIENCE, 24)])
    cheaper_app = gaps(grid) < 0
    flips = np.flatnonzero(cheaper_app[1:] != cheaper_app[:-1])
    if flips.size == 0:
        return None
    nearest = min(flips, key=lambda i: abs(np.log1p(grid[i]) - np.log1p(audience)))
    lo, hi = grid[nearest], grid[nearest + 1]
    for _ in range(3):
        fine = np.linspace(lo, hi, 17)
        side = gaps(fine) < 0
        step = int(np.flatnonzero(side[1:] != side[:-1])[0])
        lo, hi = fine[step], fine[step + 1]
    return float(hi)


def _app_vs_mp(scenario: Scenario, pack: DataPack) -> AppVsMiniProgram:
    app, mp = app_costs(scenario, pack), mp_costs(scenario, pack)
    app_result = _option_result("native_app", scenario, pack, app, mp)
    mp_result = _option_result("mini_program", scenario, pack, mp, app)

    margin = pack.likely("tie_margin")
    if abs(app_result.fit - mp_result.fit) > margin:
        winner = "native_app" if app_result.fit > mp_result.fit else "mini_program"
        tie = False
    else:
        winner = "native_app" if app_result.cost_per_user < mp_result.cost_per_user else "mini_program"
        tie = True
    won, lost = (app_result, mp_result) if winner == "native_app" else (mp_result, app_result)
    if tie:
        template = R.RECOMMEND_APP_CHEAPER if winner == "native_app" else R.RECOMMEND_MP_CHEAPER
    else:
        template = R.RECOMMEND_APP if winner == "native_app" else R.RECOMMEND_MP
    recommendation = Reason(template, {
        "fit": round(won.fit), "other_fit": round(lost.fit), "years": scenario.horizon_years,
        "cost": Money(won.total.likely), "other_cost": Money(lost.total.likely)})

    cheaper = np.mean(mp.total(scenario.audience) < app.total(scenario.audience))
    return AppVsMiniProgram(app_result, mp_result, winner, break_even_audience(app, mp, scenario.audience),
                            float(cheaper), recommendation)


def _warnings(scenario: Scenario, pack: DataPack, avm: AppVsMiniProgram) -> list[Reason]:
    found = []
    if scenario.china_share == 0:
        found.append(Reason(R.WARN_NO_CHINA))
    if scenario.budget_cny < avm.mini_program.launch_cost:
        found.append(Reason(R.WARN_BUDGET_BELOW_MP, {"budget": Money(scenario.budget_cny),
                                                     "cost": Money(avm.mini_program.launch_cost)}))
    if scenario.pushes_per_month > pack.likely("subscription_broadcasts_per_month"):
        found.append(Reason(R.WARN_PUSH_ABOVE_DAILY, {"wanted": round(scenario.pushes_per_month, 1)}))
    for need in scenario.needs:
        if need in TECH_NEEDS:
            found.append(Reason(R.WARN_TECH_NEEDS, {"need": Term(need)}))
    if scenario.entity == "overseas_company":
        found.append(Reason(R.WARN_OVERSEAS_APP))
    if scenario.entity == "individual" and "payments" in scenario.needs:
        found.append(Reason(R.WARN_INDIVIDUAL_PAYMENTS))
    return found


def evaluate(scenario: Scenario, pack: DataPack) -> Evaluation:
    """Evaluate a scenario against a data pack (with the scenario's overrides applied)."""
    unknown = [fid for fid in scenario.overrides if fid not in pack.figures]
    if unknown:
        raise ScenarioError(f"Field 'overrides.{unknown[0]}' names no figure of the data pack.", "overrides")
    pack = pack.with_overrides(scenario.overrides)
    fits = []
    for account in ACCOUNT_IDS:
        fit, eligible, found = account_fit(account, scenario, pack)
        fits.append(AccountFit(account, fit, eligible, tuple(found)))
    fits.sort(key=lambda a: (not a.eligible, -a.fit, ACCOUNT_IDS.index(a.id)))
    setup = best_setup(scenario, pack)
    avm = _app_vs_mp(scenario, pack)
    return Evaluation(
        scenario=scenario,
        accounts=tuple(fits),
        best_setup=setup,
        setup_roles=tuple(setup_roles(setup, scenario, pack)),
        app_vs_mini_program=avm,
        warnings=tuple(_warnings(scenario, pack, avm)),
        pack_released=pack.released,
    )
