"""Total cost of ownership of a native app and of a Mini Program, year by year.

Every sample of every year splits into a fixed part and a part per user reached,
so cost is linear in the audience: that makes the break-even audience exact and
guarantees that cost never falls when the audience or the horizon grows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from wxdesk.engine.datapack import TECH_NEEDS, DataPack
from wxdesk.engine.sampling import figure_samples
from wxdesk.engine.scenario import Scenario


@dataclass(frozen=True)
class CostModel:
    """Sampled yearly costs of one option: fixed[s, y] + per_user[s, y] × users reached."""

    option: str
    fixed: np.ndarray
    per_user: np.ndarray
    reach_share: float

    def users_reached(self, audience: float) -> float:
        return audience * self.reach_share

    def yearly(self, audience: float) -> np.ndarray:
        return self.fixed + self.per_user * self.users_reached(audience)

    def total(self, audience: float) -> np.ndarray:
        return self.yearly(audience).sum(axis=1)

    def launch_cost(self) -> np.ndarray:
        """What it takes to build and run it in year one, before paying for any user."""
        return self.fixed[:, 0]

    def per_user_reached(self, audience: float) -> np.ndarray:
        """Cost over the horizon per user reached, fixed costs spread over at least one user."""
        return self.fixed.sum(axis=1) / max(self.users_reached(audience), 1.0) + self.per_user.sum(axis=1)


def _scope(pack_samples: dict, scenario: Scenario) -> np.ndarray:
    special = len([n for n in scenario.needs if n in TECH_NEEDS or n == "payments"])
    return 1.0 + pack_samples["scope_per_need"] * special


def _by_year(first: np.ndarray, later: np.ndarray, years: int) -> np.ndarray:
    """Stack a first-year column and a later-years column into (samples, years)."""
    out = np.repeat(later[:, None], years, axis=1)
    out[:, 0] = first
    return out


def app_costs(scenario: Scenario, pack: DataPack) -> CostModel:
    s = figure_samples(pack)
    usd = s["usd_cny"]
    build = s["app_build_cny"] * _scope(s, scenario)
    open_platform = (s["open_platform_fee_overseas_usd"] * usd if scenario.entity == "overseas_company"
                     else s["open_platform_fee_cny"])
    yearly_fees = s["apple_developer_usd"] * usd + open_platform + s["mp_infra_cny"] * s["app_server_ratio"]
    one_off_fees = s["google_play_usd"] * usd + s["software_copyright_cny"]
    maintenance = build * (s["app_maintenance_share"] + s["app_os_update_share"])
    fixed = _by_year(build + one_off_fees + yearly_fees, maintenance + yearly_fees, scenario.horizon_years)

    # Paid installs lose users on the store page and before the first open.
    per_install = s["app_cost_per_install_cny"] / (s["install_conversion"] * s["first_open_rate"])
    replacement = s["yearly_replacement"]
    server = s["server_per_1k_users_cny"] / 1000 * s["app_server_ratio"]
    per_user = _by_year(per_install * (1 + replacement) + server, per_install * replacement + server,
                        scenario.horizon_years)
    return CostModel("native_app", fixed, per_user, reach_share=1.0)


def paid_messages_per_month(scenario: Scenario, pack: DataPack) -> float:
    """Messages a Mini Program must buy as paid reach: those beyond a linked Service Account's."""
    return max(0.0, scenario.pushes_per_month - pack.likely("service_broadcasts_per_month"))


def mp_costs(scenario: Scenario, pack: DataPack) -> CostModel:
    s = figure_samples(pack)
    build = s["mp_build_cny"] * _scope(s, scenario)
    verification = (s["verification_fee_individual_cny"] if scenario.entity == "individual"
                    else s["verification_fee_cny"])
    yearly_fees = verification + s["mp_infra_cny"]
    fixed = _by_year(build + yearly_fees, build * s["mp_maintenance_share"] + yearly_fees,
                     scenario.horizon_years)

    per_new_user = s["mp_cost_per_user_cny"]
    replacement = s["yearly_replacement"]
    server = s["server_per_1k_users_cny"] / 1000
    reengagement = paid_messages_per_month(scenario, pack) * 12 * s["moments_cpm_cny"] / 1000
    per_user = _by_year(per_new_user * (1 + replacement) + server + reengagement,
                        per_new_user * replacement + server + reengagement, scenario.horizon_years)
    return CostModel("mini_program", fixed, per_user, reach_share=scenario.china_share)
