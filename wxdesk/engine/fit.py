"""Fit scores (0–100) with their reasons: account types, setups, app vs Mini Program.

A fit is a weighted mean of dimension scores, one per goal, push frequency and
special need. A setup (several accounts together) scores each dimension by its best
member, so the single-account fit and the best-setup search share one rule.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostModel
from wxdesk.engine.datapack import ACCOUNT_IDS, DataPack
from wxdesk.engine.reasons import Money, Reason, Share, Term, Terms
from wxdesk.engine.scenario import Scenario

NEUTRAL = 50.0


@dataclass(frozen=True)
class Dimension:
    name: str
    weight: float
    customer_facing: bool


def reach_factor(pack: DataPack, china_share: float) -> float:
    floor = pack.likely("reach_floor")
    return floor + (1 - floor) * china_share


def dimensions(scenario: Scenario, pack: DataPack) -> list[Dimension]:
    dims = [Dimension(f"goal:{g}", pack.likely("weight_goal"), g != "employees") for g in scenario.goals]
    if scenario.pushes_per_month > 0:
        dims.append(Dimension("push", pack.likely("weight_push"), True))
    dims += [Dimension(f"need:{n}", pack.likely("weight_need"), True) for n in scenario.needs]
    return dims


def push_limit(account: str, pack: DataPack) -> float:
    return pack.likely({
        "service": "service_broadcasts_per_month",
        "subscription": "subscription_broadcasts_per_month",
        "wecom": "wecom_messages_per_month",
        "mini_program": "mini_program_free_pushes_per_month",
    }[account])


def _visibility(account: str, pack: DataPack) -> float:
    return pack.likely("visibility_" + account) if account != "mini_program" else 0.0


def can_take_payments(presence: str, scenario: Scenario, pack: DataPack) -> bool:
    if scenario.entity == "individual" and not pack.payments["individuals"]:
        return False
    return pack.payments[presence]


def account_score(account: str, dim: str, scenario: Scenario, pack: DataPack) -> float:
    """How well one account serves one dimension, 0–100, before reach."""
    kind, _, what = dim.partition(":")
    if kind == "goal":
        return pack.affinity[account][what]
    if kind == "push":
        limit = push_limit(account, pack)
        return 100.0 * _visibility(account, pack) * min(1.0, limit / scenario.pushes_per_month)
    if what == "payments":
        return 100.0 if can_take_payments(account, scenario, pack) else 0.0
    return pack.capability[what][account]


def setup_score(members: tuple[str, ...], scenario: Scenario, pack: DataPack) -> float:
    """Fit of a set of accounts used together, before the cost of running several."""
    dims = dimensions(scenario, pack)
    if not dims:
        return NEUTRAL
    reach = reach_factor(pack, scenario.china_share)
    total = sum(d.weight * max(account_score(m, d.name, scenario, pack) for m in members)
                * (reach if d.customer_facing else 1.0) for d in dims)
    return total / sum(d.weight for d in dims)


def is_eligible(account: str, scenario: Scenario, pack: DataPack) -> bool:
    return scenario.entity in pack.eligibility[account]


def best_setup(scenario: Scenario, pack: DataPack) -> tuple[str, ...]:
    """The eligible account or combination with the highest fit net of running extra accounts."""
    eligible = [a for a in ACCOUNT_IDS if is_eligible(a, scenario, pack)]
    penalty = pack.likely("extra_account_penalty")
    best, best_value = (), -math.inf
    for size in range(1, len(eligible) + 1):
        for members in itertools.combinations(eligible, size):
            value = setup_score(members, scenario, pack) - penalty * (size - 1)
            if value > best_value + 1e-9:  # ties keep the smaller, earlier setup
                best, best_value = members, value
    return best


def setup_roles(members: tuple[str, ...], scenario: Scenario, pack: DataPack) -> list[Reason]:
    """Which member carries which goal or need: 'Mini Program for selling and taking payments.'

    A duty is listed only where its carrier actually serves it; what no member
    serves well is left to the warnings.
    """
    duties: dict[str, list[str]] = {m: [] for m in members}
    for dim in dimensions(scenario, pack):
        carrier = max(members, key=lambda m: account_score(m, dim.name, scenario, pack))
        if account_score(carrier, dim.name, scenario, pack) >= pack.likely("weak_fit_below"):
            duties[carrier].append(dim.name.partition(":")[2] if dim.name.startswith("need:") else dim.name)
    return [Reason(R.BEST_SETUP_ROLE, {"account": Term(m), "duties": Terms(duties[m])})
            for m in members if duties[m]]


def _dimension_reasons(account: str, scenario: Scenario, pack: DataPack) -> list[Reason]:
    dims = dimensions(scenario, pack)
    if not dims:
        return [Reason(R.NO_GOALS)]
    weight_sum = sum(d.weight for d in dims)
    reach = reach_factor(pack, scenario.china_share)
    out = []
    for d in dims:
        raw = account_score(account, d.name, scenario, pack)
        score = raw * (reach if d.customer_facing else 1.0)
        impact = d.weight * (score - NEUTRAL) / weight_sum
        kind, _, what = d.name.partition(":")
        if kind == "goal":
            template = _goal_template(raw, pack)
            if template:
                out.append(Reason(template, {"goal": R.goal(what)}, impact))
        elif kind == "push":
            out.append(Reason(_push_template(account, scenario, pack),
                              {"account": Term(account), "limit": int(push_limit(account, pack)),
                               "wanted": _number(scenario.pushes_per_month)}, impact))
        elif what == "payments":
            out.append(_payment_reason(account, scenario, pack, impact))
        elif account == "mini_program":
            out.append(_mp_need_reason(what, pack, impact))
        else:
            out.append(Reason(R.NEED_WEB_PAGES, {"account": Term(account), "need": Term(what)}, impact))
    if scenario.china_share < 1 and any(d.customer_facing for d in dims):
        unreached = sum(d.weight * account_score(account, d.name, scenario, pack) * (1 - reach)
                        for d in dims if d.customer_facing) / weight_sum
        out.append(Reason(R.REACH, {"share": Share(scenario.china_share)}, -unreached))
    return out


def _goal_template(score: float, pack: DataPack) -> str | None:
    """Only clearly strong or clearly weak goals are worth a sentence."""
    if score >= pack.likely("strong_fit_from"):
        return R.STRONG_GOAL
    if score < pack.likely("weak_fit_below"):
        return R.WEAK_GOAL
    return None


def _number(value: float) -> int | float:
    return int(value) if value == int(value) else round(value, 1)


def _push_template(account: str, scenario: Scenario, pack: DataPack) -> str:
    if account == "mini_program":
        return R.PUSH_NONE_MP
    if scenario.pushes_per_month > push_limit(account, pack):
        return R.PUSH_OVER_LIMIT
    return {"service": R.PUSH_FITS_SERVICE, "subscription": R.PUSH_FITS_FOLDER,
            "wecom": R.PUSH_FITS_WECOM}[account]


def _payment_reason(presence: str, scenario: Scenario, pack: DataPack, impact: float) -> Reason:
    if can_take_payments(presence, scenario, pack):
        return Reason(R.PAYMENTS_YES, {"fee": Money(pack.likely("verification_fee_cny"))}, impact)
    if scenario.entity == "individual" and pack.payments[presence]:
        return Reason(R.PAYMENTS_INDIVIDUAL, {}, impact)
    return Reason(R.PAYMENTS_NO, {"account": Term(presence)}, impact)


def _mp_need_reason(need: str, pack: DataPack, impact: float) -> Reason:
    if need == "offline":
        return Reason(R.NEED_OFFLINE_MP, {}, impact)
    if need == "hardware":
        return Reason(R.NEED_HARDWARE_MP, {}, impact)
    if need == "background":
        return Reason(R.NEED_BACKGROUND_MP, {"seconds": int(pack.likely("mp_background_suspend_s"))}, impact)
    return Reason(R.NEED_LARGE_MP, {"size": int(pack.likely("mp_total_package_mb"))}, impact)


def account_fit(account: str, scenario: Scenario, pack: DataPack) -> tuple[float, bool, list[Reason]]:
    """Fit, eligibility and reasons (most important first) of one account type alone."""
    if not is_eligible(account, scenario, pack):
        reason = Reason(R.INELIGIBLE, {"entity": Term(scenario.entity), "account": Term(account)}, -100.0)
        return 0.0, False, [reason]
    score = setup_score((account,), scenario, pack)
    found = _dimension_reasons(account, scenario, pack)
    if account == "wecom":
        contacts = scenario.audience * scenario.china_share
        free = pack.likely("wecom_free_contacts")
        if contacts > free:
            fee = (contacts - free) * pack.likely("wecom_contact_fee_cny")
            found.append(Reason(R.WECOM_CONTACT_FEE, {"free": int(free), "cost": Money(fee)}, -0.5))
    found.sort(key=lambda r: -abs(r.impact))
    return _clamp(score), True, found


def _clamp(value: float) -> float:
    return min(100.0, max(0.0, value))


# ---------------------------------------------------------------- app vs Mini Program

def session_lean(scenario: Scenario, pack: DataPack) -> float:
    """0 = sessions clearly Mini-Program-sized, 1 = clearly app-sized (logistic in log-minutes)."""
    pivot = pack.likely("session_pivot_min")
    spread = pack.likely("session_spread")
    x = (math.log(scenario.interaction_minutes) - math.log(pivot)) / spread
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))


def _percentile(values: np.ndarray, q: float) -> float:
    # np.percentile's checks cost more than the work on one value, which the
    # sensitivity sweep passes 120 times per slider move.
    return float(values[0]) if values.size == 1 else float(np.percentile(values, q))


def option_fit(option: str, scenario: Scenario, pack: DataPack, own: CostModel,
               other: CostModel, percentile: float = 50) -> tuple[float, list[Reason]]:
    """Fit of a native app or a Mini Program (0–100) with its reasons."""
    parts: list[tuple[float, float, Reason | None]] = []  # (weight, score, reason)
    w_goal, w_need = pack.likely("weight_goal"), pack.likely("weight_need")
    for g in scenario.goals:
        raw = pack.affinity[option][g]
        template = _goal_template(raw, pack)
        parts.append((w_goal, raw, Reason(template, {"goal": R.goal(g)}) if template else None))

    lean = session_lean(scenario, pack)
    session_score = 100 * (lean if option == "native_app" else 1 - lean)
    favoured = R.SESSION_LONG if lean >= 0.5 else R.SESSION_SHORT
    parts.append((pack.likely("weight_session"), session_score,
                  Reason(favoured, {"minutes": _number(scenario.interaction_minutes),
                                    "typical": _number(pack.likely("mp_session_min"))})))

    for need in scenario.needs:
        if need == "payments":
            ok = can_take_payments(option, scenario, pack)
            parts.append((w_need, 100.0 if ok else 0.0,
                          None if ok else _payment_reason(option, scenario, pack, 0.0)))
        else:
            score = pack.capability[need][option]
            parts.append((w_need, score, _mp_need_reason(need, pack, 0.0) if option == "mini_program" else None))

    limit = pack.likely("service_broadcasts_per_month")
    if scenario.pushes_per_month > 0:
        if option == "native_app":
            parts.append((pack.likely("weight_push"), 100.0,
                          Reason(R.APP_PUSH_FREE) if scenario.pushes_per_month > limit else None))
        else:
            score = 100.0 * min(1.0, limit / scenario.pushes_per_month)
            parts.append((pack.likely("weight_push"), score,
                          Reason(R.MP_PAID_PUSH, {"limit": int(limit)}) if score < 100 else None))

    launch = _percentile(own.launch_cost(), percentile)
    covered = 1.0 if launch <= 0 else min(1.0, scenario.budget_cny / launch)
    budget_reason = (Reason(R.BUDGET_OK, {"budget": Money(scenario.budget_cny), "cost": Money(launch)})
                     if covered >= 1 else
                     Reason(R.BUDGET_SHORT, {"budget": Money(scenario.budget_cny), "share": Share(covered),
                                             "cost": Money(launch)}))
    parts.append((pack.likely("weight_budget"), 100.0 * covered, budget_reason))

    mine = _percentile(own.per_user_reached(scenario.audience), percentile)
    theirs = _percentile(other.per_user_reached(scenario.audience), percentile)
    cost_score = 100.0 * min(mine, theirs) / mine if mine > 0 else 100.0
    parts.append((pack.likely("weight_cost"), cost_score,
                  Reason(R.COST_PER_USER, {"cost": Money(mine), "years": scenario.horizon_years,
                                           "other": Money(theirs), "other_option": Term(other.option)})))

    weight_sum = sum(w for w, _, _ in parts)
    reach = reach_factor(pack, scenario.china_share) if option == "mini_program" else 1.0
    fit = reach * sum(w * s for w, s, _ in parts) / weight_sum
    found = [Reason(r.template, r.params, reach * w * (s - NEUTRAL) / weight_sum)
             for w, s, r in parts if r is not None]
    if option == "mini_program" and scenario.china_share < 1:
        found.append(Reason(R.REACH, {"share": Share(scenario.china_share)},
                            -(1 - reach) * sum(w * s for w, s, _ in parts) / weight_sum))
    found.sort(key=lambda r: -abs(r.impact))
    return _clamp(fit), found
