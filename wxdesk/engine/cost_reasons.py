"""Why a plan that adds a presence costs less than the plan (or one that drops it costs more).

A larger plan is expected to cost more. Where it costs less, the engine's own figures say
why, so that a card beside the plan's never shows a cheaper, larger plan without a reason:
- users bought through a WeChat door cost less to win than app installs (acquisition);
- users a Mini Program serves need less server capacity than in an app (servers);
- a member that sends messages for free leaves fewer to buy as paid reach (reach);
- an app that alone sends a business's messages sends them as notifications that cost nothing to write (writing).
The one of these that moves the cost most is named, with the per-unit figures of both plans
that the costs are built from (costs.py), at their likely values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wxdesk.engine import reasons as R
from wxdesk.engine.costs import (chat_staff_hours, kept_fit_table, message_sender, messages_written,
                                 paid_messages_per_month, server_costs_per_user, service_pay_pages, wechat_door,
                                 won_user_cost)
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.duties import CHAT_DUTIES, chat_staff, member_duties
from wxdesk.engine.fit import FitTable, is_wechat, push_limit, staff_only
from wxdesk.engine.money import yuan_as_written
from wxdesk.engine.mp_template import rents_template
from wxdesk.engine.reasons import Held, Members, Money, Plan, Reason, duty_terms
from wxdesk.engine.scenario import Scenario

# The parts of a cost that a larger plan can lower, with the sentence for each direction:
# (cheaper although it adds, dearer although it drops).
_TEMPLATES = {
    "acquisition": (R.WHY_CHEAPER_USERS, R.WHY_DEARER_USERS),
    "servers": (R.WHY_CHEAPER_SERVERS, R.WHY_DEARER_SERVERS),
    "reach": (R.WHY_CHEAPER_REACH, R.WHY_DEARER_REACH),
    "staff": (R.WHY_CHEAPER_STAFF, R.WHY_DEARER_STAFF),
    # (Not a part of the cost split, which counts the writing with upkeep as "maintenance": _writing_move.)
    "writing": (R.WHY_CHEAPER_WRITTEN, R.WHY_DEARER_WRITTEN),
}
# A difference smaller than this (in CNY over the horizon) is rounding, not a reason.
_NOTICEABLE = 0.5


def cost_surprise(members: Sequence[str], plan: Sequence[str], cost: float, plan_cost: float,
                  breakdown: Mapping[str, float], plan_breakdown: Mapping[str, float],
                  scenario: Scenario, pack: DataPack, table: FitTable | None = None) -> Reason | None:
    """Why `members` cost less than the plan although they add to it, or more although they drop from
    it; None where the cost moves as the size does, or the plans both add and drop.

    `cost` and `plan_cost` are the likely totals over the horizon, the breakdowns their parts (what the
    cards show); the part that moves most against the size is the one explained. `table`: the scenario's fit
    table (costs.kept_fit_table's), where the caller has it.
    """
    added = [m for m in members if m not in plan]
    dropped = [m for m in plan if m not in members]
    if added and not dropped and cost < plan_cost - _NOTICEABLE:
        sign, changed, template_at = -1.0, added, 0
    elif dropped and not added and cost > plan_cost + _NOTICEABLE:
        sign, changed, template_at = 1.0, dropped, 1
    else:
        return None
    if yuan_as_written(cost) == yuan_as_written(plan_cost):
        # Alike as every view writes them (three significant figures): a few yuan between two sums
        # of parts is rounding's, not a cost anyone would see or need explained.
        return None
    moves = {part: sign * (breakdown.get(part, 0.0) - plan_breakdown.get(part, 0.0)) for part in _TEMPLATES}
    moves["writing"] = sign * _writing_move(members, plan, scenario, pack)
    # The part that moves most against the size whose figure differs between the two plans: where the largest one's
    # does not (the servers of an app with or without a Service Account, ¥336 against ¥336 for 1,000 users), the
    # next one's says why (its users won cheaper through WeChat), rather than leave the cheaper plan unexplained.
    for part in sorted(moves, key=moves.__getitem__, reverse=True):
        if moves[part] <= _NOTICEABLE:
            return None
        if part == "servers" and "native_app" not in members and "native_app" not in plan:
            # The sentence sets a Mini Program's servers against an app's: with an app in neither plan, the servers
            # moved for another reason (a Service Account's payment pages), and "¥54 … against ¥54" read as none.
            continue
        here, there = _per_unit(part, members, scenario, pack, table), _per_unit(part, plan, scenario, pack, table)
        if here == there or (part == "servers" and yuan_as_written(here) == yuan_as_written(there)):
            # The figure behind the part is the same for both: it explains nothing ("¥54 … against ¥54" for
            # servers). (A bought user's cost can differ by less than a yuan, ¥8.55 against ¥8.64, and still be why
            # one plan costs ¥505 less: it is said, in whole yuan, rather than leave a cheaper larger plan
            # unexplained.)
            continue
        break
    else:
        return None
    # What it drops is the plan's own ("drops the Service Account"); what it adds, one of its kind. The horizon is
    # said: the totals compared are over it, and the line above may say the first year is the dearer one.
    values: dict[str, object] = {"presences": Held(changed) if template_at else Members(changed),
                                 "years": scenario.horizon_years}
    if part in ("reach", "writing"):
        values.update(alt=messages_as_written(here), best=messages_as_written(there))
    elif part == "staff":  # and what WeCom's staff do by chat in the plan that has them do it
        chatting = members if here > there else plan
        duties = member_duties(chatting, kept_fit_table(scenario, pack) if table is None else table, scenario,
                               pack).get("wecom", ())
        values.update(alt=round(here), best=round(there), duties=duty_terms([d for d in duties if d in CHAT_DUTIES]))
    else:
        values.update(alt=Money(here), best=Money(there))
    return Reason(_TEMPLATES[part][template_at], values, 0.0)  # it explains a cost; it moves no points


# A plan dearer than a larger one shown beside it (not the plan): the same reasons, naming that plan.
_THAN = {R.WHY_DEARER_USERS: R.WHY_DEARER_USERS_THAN, R.WHY_DEARER_SERVERS: R.WHY_DEARER_SERVERS_THAN,
         R.WHY_DEARER_REACH: R.WHY_DEARER_REACH_THAN, R.WHY_DEARER_STAFF: R.WHY_DEARER_STAFF_THAN,
         R.WHY_DEARER_WRITTEN: R.WHY_DEARER_WRITTEN_THAN}
# Those sentences: they compare a card with another card shown, not with the plan (plan_reasons.why_not).
THAN_ANOTHER = frozenset(_THAN.values())


def dearer_than(members: Sequence[str], other: Sequence[str], cost: float, other_cost: float,
                breakdown: Mapping[str, float], other_breakdown: Mapping[str, float],
                scenario: Scenario, pack: DataPack, table: FitTable | None = None) -> Reason | None:
    """Why `members` cost more than `other`, a plan shown beside them that holds them and more; None
    where they do not, or nothing in cost_surprise's parts says why."""
    found = cost_surprise(members, other, cost, other_cost, breakdown, other_breakdown, scenario, pack, table)
    if found is None or found.template not in _THAN:
        return None
    # It lacks one of the other plan's presences, not of its own: "lacks an Official Account".
    lacks = Members(m for m in other if m not in members)
    return Reason(_THAN[found.template], {**found.params, "presences": lacks, "other": Plan(other)}, 0.0)


def wechat_door_reason(member: str, members: Sequence[str], scenario: Scenario, pack: DataPack,
                       table: FitTable | None = None) -> Reason | None:
    """Why a plan with an app holds a WeChat presence that carries none of its goals: it is the plan's
    only WeChat presence, the door through which bought users come cheaper than as app installs (the
    price of a bought user with it and without it, as _per_unit gives it). None where that is not
    what it does: beside an app that does every job of the plan, it is no door (costs.wechat_door), which is
    asked first. `table`: the scenario's fit table, where the caller has it."""
    others = [m for m in members if m != member]
    if not is_wechat(member) or "native_app" not in members or any(is_wechat(m) for m in others) \
            or scenario.paid_share <= 0 or staff_only(scenario):
        return None
    if not wechat_door(members, kept_fit_table(scenario, pack) if table is None else table, scenario, pack):
        return None
    with_it, without = (_per_unit("acquisition", plan, scenario, pack) for plan in (members, others))
    if without <= with_it:
        return None
    return Reason(R.IN_PLAN_WECHAT_DOOR, {"with_it": Money(with_it), "without": Money(without)})


def _per_unit(part: str, members: Sequence[str], scenario: Scenario, pack: DataPack,
              table: FitTable | None = None) -> float:
    """The figure behind a part of a plan's cost, with every figure at its average as the part takes them: a bought
    user, servers for 1,000 users a year, the staff hours a month serving by chat, or the messages a month bought as
    paid reach. `table`: the scenario's fit
    table (costs.kept_fit_table's, which it is found as where the caller has none: only the plans' roles are
    read of it)."""
    has_app, has_mp = "native_app" in members, "mini_program" in members
    table = kept_fit_table(scenario, pack) if table is None else table
    wechat = wechat_door(members, table, scenario, pack)
    if part == "acquisition":
        return float(won_user_cost(has_app, wechat, scenario, pack.average))
    if part == "servers":
        pages = service_pay_pages(members, scenario, pack, table)
        serves = has_mp or pages  # as CostBook._shared_parts counts them (a rented template's hosting is in its rent)
        return 1000 * float(sum(server_costs_per_user(has_app, serves, wechat, scenario, pack.average,
                                                      hosted=rents_template(scenario, pack))))
    if part == "writing":
        return plan_messages_written(members, scenario, pack, table)
    if part == "staff":  # in hours, as the plan's role line says them (an amount there is the cost split's)
        serves = chat_staff(members, table, scenario, pack)
        return chat_staff_hours(scenario, pack) if serves else 0.0
    return paid_messages_per_month(members, scenario, pack)


def acquired_user_cost(members: Sequence[str], scenario: Scenario, pack: DataPack,
                       table: FitTable | None = None) -> float:
    """What a user won through ads costs the plan of `members` on average, as WHY_*_USERS say it (_per_unit)."""
    return _per_unit("acquisition", members, scenario, pack, table)


def plan_messages_written(members: Sequence[str], scenario: Scenario, pack: DataPack,
                          table: FitTable | None = None) -> float:
    """The messages a month the plan has written (costs.messages_written), its sender as its roles give it."""
    table = kept_fit_table(scenario, pack) if table is None else table
    return messages_written(members, scenario, lambda member: push_limit(member, pack), message_sender(members, table))


def _writing_move(members: Sequence[str], plan: Sequence[str], scenario: Scenario, pack: DataPack) -> float:
    """How much more `members` pay than `plan` over the horizon for their messages written, at the figure's average as
    the costs take it: part of the cost split's "maintenance" (with the upkeep), which a larger plan lowers only where
    its app sends unwritten notifications (costs.messages_written)."""
    more = plan_messages_written(members, scenario, pack) - plan_messages_written(plan, scenario, pack)
    return more * pack.average("content_per_message_cny") * 12 * scenario.horizon_years if more else 0.0


def messages_as_written(value: float) -> int | float:
    """A count of messages a month as a sentence gives it: 4, or 0.5 (never 4.0), and a fraction below a tenth to its
    first figure, 0.03 (one message a month in 32, from a scenario file: "pays for 0 of them … against 0" said
    nothing of a cost of ¥51k)."""
    if value == int(value):
        return int(value)
    return round(value, 1) if abs(value) >= 0.05 else float(f"{value:.1g}")
