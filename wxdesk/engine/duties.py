"""Who does what in a plan: the member that carries each goal and need (the roles every view shows), and the
jobs whose work costs money, which follow those roles (videos produced, WeCom's staff chatting with customers).

Apart from the fit (fit.py), which scores each presence on each dimension: the roles are read off the fit
table, and the costs (costs.py), the plan's sentences (plan_reasons.py) and the evaluation ask them of a plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wxdesk.engine.datapack import DataPack
from wxdesk.engine.fit import FitTable, can_meet, staff_only, writes_own_articles
from wxdesk.engine.scenario import Scenario

# The presences that take a payment in screens of their own, with no one at the other end.
SELF_SERVICE_PAYERS = ("mini_program", "native_app")


def need_carrier(need: str, members: Sequence[str], table: FitTable, carriers: Mapping[str, str],
                 scenario: Scenario, pack: DataPack) -> str | None:
    """The member that carries a need in a plan (member_duties), or None where no member can meet it.

    `carriers`: table.carriers(members). Payments go with selling where the member that sells can take them:
    an order is paid where it is placed (food_ordering's Mini Program, not the Service Account that only
    messages). A need goes only to a member that can meet it, the one that scores best on it. The plan's
    costs follow the same rule (costs.service_pay_pages: the Service Account that takes the payments has
    its payment pages built)."""
    carrier = carriers["need:" + need]
    seller = carriers.get("goal:sell")
    if need == "payments" and seller is not None and can_meet(seller, "payments", scenario, pack):
        return seller
    column = table.index("need:" + need)

    def best_at_it(candidates: Sequence[str]) -> str:
        return max(candidates, key=lambda m: table.row(m)[column])  # (the first of equals)

    able = [m for m in members if can_meet(m, need, scenario, pack)]
    by_itself = [m for m in able if m in SELF_SERVICE_PAYERS]
    if need == "payments" and carrier in ("wecom", "service") and by_itself:
        # WeCom's staff take a payment one chat at a time (对外收款, chat_staff), and a Service Account only in payment
        # pages built for it (costs.service_pay_pages): the plan's Mini Program or app, built already and taking it
        # by itself, takes it where the plan's seller does not (bank_care's app, not its advisers' WeCom, takes the
        # payments of a bank that sells nothing; a Service Account beside a Mini Program had pages built, ¥287k over
        # three years, for payments the Mini Program takes).
        carrier = best_at_it(by_itself)
    elif need == "payments" and carrier == "wecom" and "service" in able and staff_chats_with_customers(scenario):
        # Else a Service Account takes them in payment pages built for it (costs.service_pay_pages), with no one at
        # the other end: beside a Service Account, WeCom for 1:1 contact and groups read "adding it would lower the
        # plan's score by 26.5 points … its chats would take about 600 staff hours a month" (the payments moved
        # to its chats), and a relationship plan stayed a Service Account alone, which has no customer groups.
        carrier = "service"
    if not can_meet(carrier, need, scenario, pack):
        if not able:
            return None
        carrier = best_at_it(able)
    return carrier


def member_duties(members: Sequence[str], table: FitTable, scenario: Scenario,
                  pack: DataPack) -> dict[str, tuple[str, ...]]:
    """Member → the dimensions it carries in a plan: where it is the plan's best member (the roles every view shows).

    A hard need goes only to a member that can meet it, so a vetoed presence never carries the need it
    cannot meet. The costs follow the same duties (costs.service_pay_pages, chat_staff).
    """
    duties: dict[str, list[str]] = {m: [] for m in members}
    if not members:
        return {}
    carriers = table.carriers(list(members))
    for dim in table.dims:
        carrier = carriers[dim.name]
        if dim.kind == "need":
            # (Payments with selling, and each need with a member that can meet it: need_carrier.)
            found = need_carrier(dim.what, members, table, carriers, scenario, pack)
            if found is None:
                continue
            carrier = found
        if dim.kind in ("session", "scale"):
            continue  # how well the plan suits sessions and size is not a job to hand out
        if table.row(carrier)[table.index(dim.name)] >= pack.likely("weak_fit_below") or dim.kind == "need":
            duties[carrier].append(dim.name)
    return {m: tuple(d) for m, d in duties.items()}


def kept_duties(members: Sequence[str], table: FitTable, scenario: Scenario,
                pack: DataPack) -> Mapping[str, tuple[str, ...]]:
    """member_duties, kept with the table's fit basis: a plan's roles follow neither the audience nor the session
    length, and the evaluation, the costs (costs.wechat_door) and the why-not lines (plan_reasons.why_not) all ask
    them of the same plans at every slider move. Read only: it is shared."""
    key = tuple(members)
    found: Mapping[str, tuple[str, ...]] = table.basis.keep(("roles", key),
                                                            lambda: member_duties(key, table, scenario, pack))
    return found


def needs_carried(presence: str, members: Sequence[str], table: FitTable, scenario: Scenario,
                  pack: DataPack) -> tuple[str, ...]:
    """The special needs `presence` carries in the plan `members` (its roles: kept_duties), by which its build is sized
    (costs.CostBook, timeline.plan_timeline). Sized by every need it could carry, the tea house's app beside a Mini
    Program that takes the payments was built for payments too: ¥167k over five years of a build the roles gave no
    job."""
    if presence not in members:
        return ()
    return tuple(duty.removeprefix("need:") for duty in kept_duties(members, table, scenario, pack)[presence]
                 if duty.startswith("need:"))


def films_videos(members: Sequence[str], table: FitTable, scenario: Scenario, pack: DataPack,
                 duties: Mapping[str, Sequence[str]] | None = None) -> bool:
    """Whether the plan pays for producing videos (channels_production_cny): it holds Channels, which shows
    nothing without them, or another member carries the video goal (member_duties). Why the goal's carrier too:
    counted with Channels alone, a plan whose app carried the videos had them free. Not for an individual, who
    films her own, as she writes her own articles (writes_own_articles)."""
    return not writes_own_articles(scenario) and shows_videos(members, table, scenario, pack, duties)


def shows_videos(members: Sequence[str], table: FitTable, scenario: Scenario, pack: DataPack,
                 duties: Mapping[str, Sequence[str]] | None = None) -> bool:
    """Whether the plan shows videos, produced by anyone: it holds Channels, or another member carries the video goal
    (films_videos, which adds who pays for them)."""
    if "channels" in members:
        return True
    if "video" not in scenario.goals or not members:
        return False
    duties = member_duties(members, table, scenario, pack) if duties is None else duties
    return any("goal:video" in carried for carried in duties.values())


# The duties WeCom carries by its staff's chats with customers, one order or request at a time: serving
# them, selling to them, taking their payments (WeCom's 对外收款: staff collect by chat or payment code).
CHAT_DUTIES = ("goal:service", "goal:sell", "need:payments")


def staff_chats_with_customers(scenario: Scenario) -> bool:
    """Whether a WeCom's staff would chat with this business's customers, their time a cost: not for a plan about
    staff alone (it has no customers), nor for an individual, who answers her customers herself, as she writes
    her own articles (writes_own_articles)."""
    return not staff_only(scenario) and not writes_own_articles(scenario)


def chat_staff(members: Sequence[str], table: FitTable, scenario: Scenario, pack: DataPack,
               duties: Mapping[str, Sequence[str]] | None = None) -> bool:
    """Whether the plan's WeCom serves, sells to or takes payments from customers by its staff's chats, so
    that the staff's time is a cost (costs.CostBook, staff_chat_minutes_per_user and staff_hour_cny).

    Only where the plan's duties give WeCom one of those jobs: beside a Mini Program that sells and takes the
    payments, WeCom keeps the contact and the groups, and its chats are no order desk. An individual answers
    her customers herself, as she writes her own articles (writes_own_articles); a plan about staff alone
    has no customers. Without it, food_ordering's plan on a smaller budget was WeCom alone, "in the plan for
    serving customers, selling … and taking payments" for 80,000 monthly users, at its contact fees alone."""
    if "wecom" not in members or not staff_chats_with_customers(scenario):
        return False
    asked = {f"goal:{goal}" for goal in scenario.goals} | {f"need:{need}" for need in scenario.needs}
    if asked.isdisjoint(CHAT_DUTIES):  # (no need to hand out the duties)
        return False
    # (`duties`: the plan's, where the caller has them: member_duties(members, …).)
    duties = member_duties(members, table, scenario, pack) if duties is None else duties
    return any(duty in CHAT_DUTIES for duty in duties.get("wecom", ()))
