"""The yearly verification fee a presence pays, by who registers it.

One rule for the costs (costs.py, per sample) and for the sentences that name the fee
(fit.py, at the likely value), so that a card never quotes a fee the costs do not charge.
WeCom adds a member-scale fee to its verification once the enterprise has more than a
thousand members (wecom_scale_fee).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from wxdesk.engine.draws import AVERAGE_COLUMN


def verification_fee_figure(presence: str, entity: str) -> str:
    """The data pack's figure for a presence's yearly verification fee, "" for none.

    - A Service Account of an overseas company is verified as an overseas account, in USD.
    - A Mini Program of an overseas company has no yearly review (WeChat's overseas business
      FAQ: no ICP filing and no annual review); an individual's costs the individual fee.
    - WeCom verifies an overseas enterprise at its own price, each (yearly) review.
    - An organisation's Official Account is verified, as its timeline has it (timeline._subscription_steps), at the
      Chinese price: overseas companies may not register one. An individual's cannot be verified.
    - A company's Channels is verified at the Chinese price; an individual's and an overseas company's pay none.
    """
    if presence == "service":
        return "verification_fee_overseas_usd" if entity == "overseas_company" else "verification_fee_cny"
    if presence == "mini_program":
        if entity == "overseas_company":
            return ""
        return "verification_fee_individual_cny" if entity == "individual" else "verification_fee_cny"
    if presence == "subscription":
        # (Charged nothing until 2026-12-07, while its timeline gave it a verification step: the plan's cost and its
        # weeks to launch disagreed on what the business does.)
        return "" if entity == "individual" else "verification_fee_cny"
    if presence == "wecom":
        return "verification_fee_wecom_overseas_cny" if entity == "overseas_company" else "verification_fee_cny"
    if presence == "channels":
        # An organisation's Channels is verified at the Chinese price, as its timeline has it verified (a 2025 guide:
        # 300 a year, through an account of the same company; another source says free: the pack's note). An
        # individual's own verification is free; how an overseas company's is verified, no source says
        # (sources.channels_overseas_verification), so no fee is assumed.
        return "verification_fee_cny" if entity == "company" else ""
    return ""


def verification_fee(presence: str, entity: str, figure: Callable[[str], Any]) -> Any:
    """The yearly fee, in CNY, from `figure` (a figure id → its value or its samples); 0 for none."""
    name = verification_fee_figure(presence, entity)
    if not name:
        return 0.0
    if name.endswith("_usd"):
        return figure(name) * figure("usd_cny")
    return figure(name)


# WeCom's member-scale fee, by the verified enterprise's size: none up to the small tier's limit,
# then the medium tier's fee, then the large tier's (data pack: wecom_scale_fee_*).
WECOM_SCALE_FEES = ("wecom_scale_fee_medium_cny", "wecom_scale_fee_large_cny")
WECOM_SCALE_LIMITS = ("wecom_small_members_max", "wecom_medium_members_max")


def wecom_scale_tier(members: Any, limits: tuple[float, float]) -> Any:
    """0 (no scale fee), 1 (medium) or 2 (large) for a number of members, or an array of numbers;
    `limits` are the most members of the small and the medium tier."""
    if isinstance(members, float):  # one number, as most callers ask: no arrays for it
        return int(members > limits[0]) + int(members > limits[1])
    members = np.asarray(members)
    return (members > limits[0]).astype(int) + (members > limits[1]).astype(int)


def wecom_scale_fee(members: float, figure: Callable[[str], Any]) -> Any:
    """The yearly member-scale fee WeCom adds to its verification for `members` members, in CNY."""
    small, medium = (_likely(figure(name)) for name in WECOM_SCALE_LIMITS)
    tier = int(wecom_scale_tier(members, (small, medium)))
    return 0.0 if tier == 0 else figure(WECOM_SCALE_FEES[tier - 1])


def _likely(value: Any) -> float:
    """A figure's value, or its average, from its samples (draws.py)."""
    return value if isinstance(value, float) else float(value[AVERAGE_COLUMN])
