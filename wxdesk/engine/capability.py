"""What a presence can carry at all: the special needs, taking payments among them, and the needs its build takes on.

Apart from fit.py (which uses it) so that the cost of a build (costs.py), its weeks (timeline.py) and whether a Mini
Program is a rented template (mp_template.py) follow the same rule without importing the fits.
"""

from __future__ import annotations

from wxdesk.engine.datapack import WECHAT_PRESENCES, DataPack
from wxdesk.engine.scenario import Scenario


def can_take_payments(presence: str, scenario: Scenario, pack: DataPack) -> bool:
    if scenario.entity == "individual" and presence in WECHAT_PRESENCES and not pack.payments["individuals"]:
        return False
    if scenario.entity == "individual" and presence == "native_app" and not pack.payments["individual_app"]:
        # In-app purchase is for digital content; WeChat Pay or Alipay in an app need a registered business. A
        # yoga teacher who ticked payments was told to build an app at 30 times her budget to take them.
        return False
    if presence == "channels" and scenario.entity == "overseas_company" and not pack.payments["overseas_shop"]:
        return False  # Channels sells through a WeChat Shop, which needs a mainland business licence
    if presence == "channels" and "sell" not in scenario.goals and not pack.payments["shop_without_selling"]:
        # A WeChat Shop sells goods: it takes no booking or fee of a business that sells none. (A city's services
        # at a small budget were given Channels alone, "in the plan for taking payments".)
        return False
    return pack.payments[presence]


def can_meet(presence: str, need: str, scenario: Scenario, pack: DataPack) -> bool:
    """Whether a presence can carry a hard need at all (every special need is a hard one)."""
    if need == "payments":
        return can_take_payments(presence, scenario, pack)
    return pack.capability[need][presence] >= pack.likely("hard_need_met_from")


def needs_built_in(presence: str, scenario: Scenario, pack: DataPack) -> tuple[str, ...]:
    """The scenario's special needs a build of `presence` takes on: those it can carry (can_meet). A need it cannot
    carry another member of the plan carries, and adds nothing to its build: a bakery whose app works offline read, on
    its Mini Program's card, that offline use took the Mini Program off its rented template into a ¥138k build."""
    return tuple(need for need in scenario.needs if can_meet(presence, need, scenario, pack))
