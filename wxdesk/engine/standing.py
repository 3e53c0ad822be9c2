"""Where a presence stands for a business: the one rule that the window's panels, the handout, the
text summary and compare each put in their own words.

In the plan; open to the business but not in the plan; or not open to it. A presence the business
cannot open is not open either because WeChat reaches none of its audience (no users on WeChat in
mainland China: the reason for every WeChat presence, whatever the business is registered as), or
because its kind of business may not register it (an individual, an overseas company).
"""

from __future__ import annotations

from wxdesk.engine.scenario import Scenario

IN_PLAN = "in_plan"
OPEN = "open"
REACHES_NONE = "reaches_none"
NOT_OPEN = "not_open"


def opens_through_a_partner(presence: str, scenario: Scenario) -> bool:
    """Whether the business opens `presence` only through a Chinese entity: an overseas company's app, which every
    Chinese store, the App Store China included, lists only with an app ICP filing that only a Chinese entity can
    make (reasons.WARN_OVERSEAS_APP, the plan's warning that says so)."""
    return presence == "native_app" and scenario.entity == "overseas_company"


def standing(eligible: bool, in_plan: bool, scenario: Scenario) -> str:
    """IN_PLAN, OPEN, REACHES_NONE or NOT_OPEN (see the module)."""
    if in_plan:
        return IN_PLAN
    if eligible:
        return OPEN
    return REACHES_NONE if scenario.china_share <= 0 else NOT_OPEN
