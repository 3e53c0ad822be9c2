"""Whether a scenario's Mini Program is a rented SaaS template rather than a custom build.

Small shops and studios rent an ordering, booking or shop Mini Program from a SaaS vendor for a few
thousand yuan a year, live in a week or two (data pack: mp_template_rent_cny, weeks_mp_template). A
template does only the standard jobs: selling, serving customers (ordering, booking), news and the
relationship with customers, taking payments, and testing such an idea cheaply, which is what renting one is; and it
is sold for the audiences of single shops and small chains (mp_template_max_users, a wxdesk model assumption), in
mainland China. Any other special need (offline use, hardware, background work, a large app) that a Mini Program can
carry, a larger audience or an overseas company takes a custom build (mp_build_cny), as every Mini Program did before
the pack of 4 December 2026.

Testing an idea cheaply once ended the template too: a one-person repair shop that ticked it beside serving
customers read, on its Mini Program's card, "a great fit for testing an idea cheaply" above "a custom build is needed
for testing an idea cheaply: adding it raises the plan's first year by ¥106k", and its plan dropped the Mini Program
it rented for ¥4,860 a year without that goal.
A need a Mini Program cannot carry at all ends no template, as a weak-fit goal ends none (below): another member of
any plan that holds the Mini Program carries it, and no build would make the Mini Program do it.

A goal the Mini Program is a weak fit for (its affinity under weak_fit_below: staff, short video) does not end the
template beside a goal a template serves: a custom build would not make the Mini Program carry it, and where a plan
wants it met another member does (WeCom, Channels). car_brand at 10k users read, on the Mini Program's card, "In the
plan for serving customers, selling and taking payments. … a custom build is needed for short video and live streams",
in a plan whose Channels carries the video, and paid ¥121k in its first year for that build. A scenario whose goals
are all of that kind has no job for a template, and its Mini Program is built, as before.

The rule is the scenario's, not the plan's: a plan's Mini Program is a template or not whichever presences
run beside it, so that the cost of a presence stays its own (costs.CostBook.own).
"""

from __future__ import annotations

from wxdesk.engine.capability import needs_built_in
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.scenario import Scenario

# The goals and special needs a rented template carries (the engine's ids: datapack.GOALS, datapack.NEEDS).
TEMPLATE_GOALS = frozenset({"sell", "service", "news", "relationship", "experiment"})
TEMPLATE_NEEDS = frozenset({"payments"})
# Who rents one: the template prices are Chinese vendors' for mainland merchants (pja.cn). An overseas company's Mini
# Program is registered as an overseas entity's, in a restricted list of categories with cross-border payments, which
# those templates do not cover: it is costed as a custom build.
TEMPLATE_ENTITIES = frozenset({"company", "individual"})


# The pack's figures every sentence writes in full (template_limit), and so the appendix and the Assumptions too.
WRITTEN_IN_FULL = frozenset({"mp_template_max_users"})


def template_limit(pack: DataPack) -> int:
    """The largest audience a rented template serves, as every sentence writes it: in full ("for up to 20,000 monthly
    users", "Above 20,000 monthly users a Mini Program is priced as a custom build"), where a flip's range beside it
    needs every figure ("Between 20,000 and 141,665"): "20k" on the card beside "20,000" under the slider read one
    number two ways."""
    return round(pack.likely("mp_template_max_users"))


def rents_template(scenario: Scenario, pack: DataPack) -> bool:
    """Whether the scenario's Mini Program is a rented template: only the template's goals (beside those it is a weak
    fit for) and needs, for at most the pack's largest template audience (none where that is 0, as before the pack of
    4 December 2026)."""
    limit = pack.likely("mp_template_max_users")
    return limit > 0 and template_kind(scenario, pack) and scenario.audience <= limit


def template_kind(scenario: Scenario, pack: DataPack) -> bool:
    """Whether the scenario's business and jobs are a template's, at some audience (its own or a smaller one): a job
    for a template among its goals (or no goal at all), and no goal or need a template cannot serve."""
    jobs = not scenario.goals or any(g in TEMPLATE_GOALS for g in scenario.goals)
    return (jobs and scenario.entity in TEMPLATE_ENTITIES and not _goals_ending(scenario, pack)
            and not _needs_ending(scenario, pack))


def _needs_ending(scenario: Scenario, pack: DataPack) -> list[str]:
    """The scenario's special needs that keep its Mini Program from being a template: those no template serves, save
    the ones a Mini Program cannot carry at all (offline use, a large app...), which another member of any plan that
    holds it carries, as a weak-fit goal is left to another (_goals_ending). A bakery whose app works offline read,
    on its Mini Program's card, that offline use took it off its rented template into a ¥138k build."""
    return [n for n in needs_built_in("mini_program", scenario, pack) if n not in TEMPLATE_NEEDS]


def _goals_ending(scenario: Scenario, pack: DataPack) -> list[str]:
    """The scenario's goals that keep its Mini Program from being a template: those no template serves, save the ones
    the Mini Program is a weak fit for (see the module's docstring). Those alone leave a template no job, but they are
    not what a card names as needing a build: a business that wants only short video read "a custom build is needed
    for short video and live streams" on a Mini Program's card beside the plan's Channels, which carries the video."""
    weak_below, fits = pack.likely("weak_fit_below"), pack.affinity["mini_program"]
    return [g for g in scenario.goals if g not in TEMPLATE_GOALS and fits[g] >= weak_below]


def template_ended_by(scenario: Scenario, pack: DataPack) -> tuple[str, ...]:
    """What alone keeps the scenario's Mini Program from being a rented template, as the terms a sentence names:
    the business (an overseas company), then the goals (_goals_ending) and special needs no template serves. () where
    it rents one, where no template is priced (a limit of 0) and where its audience is beyond the template's: the
    audience's own sentence says that (reasons.MP_CUSTOM_OVER_TEMPLATE), and no goal or need then stands alone in the
    way."""
    limit = pack.likely("mp_template_max_users")
    if limit <= 0 or scenario.audience > limit:
        return ()
    entity = () if scenario.entity in TEMPLATE_ENTITIES else (scenario.entity,)
    goals = tuple("goal:" + g for g in _goals_ending(scenario, pack))
    return entity + goals + tuple(_needs_ending(scenario, pack))
