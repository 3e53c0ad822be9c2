"""The yearly verification fee a presence pays, by who registers it.

One rule for the costs (costs.py, per sample) and for the sentences that name the fee
(fit.py, at the likely value), so that a card never quotes a fee the costs do not charge.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def verification_fee(presence: str, entity: str, figure: Callable[[str], Any]) -> Any:
    """The yearly fee, in CNY, from `figure` (a figure id → its value or its samples); 0 for none.

    - A Service Account of an overseas company is verified as an overseas account, in USD.
    - A Mini Program of an overseas company has no yearly review (WeChat's overseas business
      FAQ: no ICP filing and no annual review); an individual's costs the individual fee.
    - WeCom verifies an overseas enterprise at its own price, each review.
    """
    if presence == "service":
        if entity == "overseas_company":
            return figure("verification_fee_overseas_usd") * figure("usd_cny")
        return figure("verification_fee_cny")
    if presence == "mini_program":
        if entity == "overseas_company":
            return 0.0
        return figure("verification_fee_individual_cny" if entity == "individual" else "verification_fee_cny")
    if presence == "wecom":
        return figure("verification_fee_wecom_overseas_cny" if entity == "overseas_company" else "verification_fee_cny")
    return 0.0
