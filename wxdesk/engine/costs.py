"""What a plan costs, year by year, split into the parts a client can check.

Every figure is sampled (see sampling.py). A cost is a sum of terms, each a sampled
vector (one value per sample) spread over the years by a pattern: every year, the
first year only, or every year after the first. A term is fixed or per user, so a
plan's cost at any audience is `fixed + per_user × audience`, plus WeCom's fee for the
contacts above its free allowance and its member-scale fee (a step by the number of
members): that gives the chart's break-even audience exactly. The terms and their sums
are in cost_terms.py; this module decides which terms each plan has.
Ranking needs only each plan's first-year and horizon totals, which the terms give as
vectors without building a (samples, years) array; the plans shown build those.

The parts (COMPONENTS):
- build: building the Mini Program and the app, scaled by the special needs (a Mini Program that is a
  rented template, mp_template.rents_template, is built by no one: its yearly rent is a fee);
- maintenance: upkeep of what was built (from year 2), and content production: every message the scenario
  asks for, written once whichever member sends it or whether it is bought as paid reach (written_messages; none
  where staff or a one-person business write them, nor what an app sends as notifications: messages_written), and the
  videos Channels or the video goal's carrier shows;
- staff: the staff time of a WeCom that serves, sells or takes payments by chat (duties.chat_staff);
- fees: verification, developer programmes, software copyright, WeCom contacts;
- servers: fixed infrastructure and servers per user;
- acquisition: the share of users bought through ads, and re-buying that share of
  the users lost each year;
- reach: paid reach for the messages no member of the plan can send for free (the ads alone: their writing is
  in maintenance, as every message's is).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from collections import OrderedDict
from functools import cached_property, partial
from typing import Any, TypeVar

import numpy as np

from wxdesk.engine.datapack import PRESENCES, DataPack
from wxdesk.engine.draws import AVERAGE_ONLY, columns
from wxdesk.engine.fees import WECOM_SCALE_FEES, WECOM_SCALE_LIMITS, verification_fee, wecom_scale_tier
from wxdesk.engine.duties import chat_staff, films_videos, kept_duties, need_carrier, needs_carried
from wxdesk.engine.fit import (FitTable, customer_contacts, fit_basis, fit_inputs, fit_table, is_wechat,
                               push_limit, staff_only, wecom_members_per_user, writes_own_articles)
from wxdesk.engine.mp_template import rents_template, template_kind
from wxdesk.engine.cost_terms import PartSet, PlanCosts, Term, contacts_above, year_patterns
from wxdesk.engine.plan_rows import PlanRows
from wxdesk.engine.recent import kept
from wxdesk.engine.results import COMPONENTS
from wxdesk.engine.sampling import figure_samples, pack_key
from wxdesk.engine.scenario import MAX_AUDIENCE, Scenario

T = TypeVar("T")
OFFICIAL_ACCOUNTS = ("service", "subscription")

# Every data-pack figure a plan's cost is made of (read from the figures' samples as this module builds the parts):
# a likely cost takes each at its average (draws.py), which the handout's appendix gives beside its range. The fit
# scores and the launch timeline read theirs at the likely value, so no average is given for those.
# (test_cost_figures_listed.py records the figures the parts read and checks them against this.)
COST_FIGURES = frozenset({
    "app_build_cny", "mp_build_cny", "scope_per_need", "mp_template_rent_cny",
    "app_maintenance_share", "app_os_update_share", "mp_maintenance_share",
    "content_per_message_cny", "channels_production_cny", "staff_chat_minutes_per_user", "staff_hour_cny",
    "verification_fee_cny", "verification_fee_individual_cny", "verification_fee_overseas_usd",
    "verification_fee_wecom_overseas_cny", "wecom_contact_fee_cny", "wecom_scale_fee_medium_cny",
    "wecom_scale_fee_large_cny", "apple_developer_cny", "apple_developer_usd", "google_play_usd",
    "open_platform_fee_cny", "open_platform_fee_overseas_usd", "software_copyright_cny", "usd_cny",
    "mp_infra_cny", "server_per_1k_users_cny", "app_server_ratio", "service_pay_pages_share",
    "app_cost_per_install_cny", "install_conversion", "first_open_rate", "mp_cost_per_user_cny",
    "yearly_replacement", "moments_cpm_cny",
})


class CostBook:
    """Builds the cost of any plan for one scenario from parts computed once.

    A presence's own parts (building it, its fees, its content) do not depend on the
    other members; the shared parts (acquisition, servers per user, paid reach and
    article production) depend only on a few facts about the plan. Both are cached, so
    ranking every combination of presences costs little more than costing one plan.
    """

    def __init__(self, scenario: Scenario, pack: DataPack, shared: bool = True):
        """`shared=False`: parts of the book's own, kept by no other book, for a ranking done once with
        a pack no slider move uses (the sensitivity's held figures), which would otherwise push the
        window's own parts out of the stores kept (_STORE_LIMIT)."""
        self.scenario, self.pack = scenario, pack
        self.s = figure_samples(pack)
        self.shape = (columns(pack.samples), scenario.horizon_years)  # the average, then the draws (draws.py)
        # How a term spreads over the years.
        self._every, self._first, self._later = year_patterns(scenario.horizon_years)
        # The parts depend on a few of the scenario's fields only (a part is fixed + per user ×
        # audience), so books for scenarios that differ elsewhere share them: every slider
        # move, and the rows of a batch that differ in goals, budget or audience.
        self._store = _store_for(scenario, pack) if shared else _Store()
        self._store_shared = shared
        self._own, self._shared = self._store.own, self._store.shared
        self._states, self._plans = self._store.states, self._store.plans
        self._builds = self._store.builds
        # Whether the scenario's Mini Program is a rented template (the store is chosen by it too).
        self.template = rents_template(scenario, pack)

    def release(self) -> None:
        """Empty a book's parts of its own (shared=False) once done with it: what they keep refers back to
        the book, so unemptied they would wait for Python's full collection (see _forget)."""
        if not self._store_shared:
            _forget(self._store)

    # -- the pieces

    def _term(self, parts: PartSet, component: str, values: np.ndarray | float, pattern: np.ndarray,
              per_user: bool = False) -> None:
        vector = self._vector(values)
        parts.terms.append(Term(COMPONENTS.index(component), per_user, vector, pattern))

    def _vector(self, values: np.ndarray | float) -> np.ndarray:
        """`values` as a read-only (samples,) vector: one value for every sample, or the samples as they are."""
        if type(values) is np.ndarray and values.dtype == np.float64 and values.shape == (self.shape[0],):
            # What broadcast_to gives for samples already of that shape (a read-only view of them),
            # without its general machinery: a book makes some seventy terms at the window's start.
            vector = values.view()
            vector.flags.writeable = False
            return vector
        return np.broadcast_to(np.asarray(values, dtype=float), (self.shape[0],))

    def own(self, presence: str) -> PartSet:
        cached = self._own.get(presence)
        if cached is None:
            cached = self._own[presence] = self._own_parts(presence)
        return cached

    def _own_parts(self, presence: str) -> PartSet:
        s, sc = self.s, self.scenario
        parts = PartSet(self.shape[0])
        usd = s["usd_cny"]
        every, first = self._every, self._first
        if presence == "mini_program" and self.template:
            # A rented template (mp_template.rents_template): its rent every year, the vendor's upkeep and hosting
            # in it; no build, no maintenance, no servers of its own.
            self._term(parts, "fees", s["mp_template_rent_cny"], every)
            self._term(parts, "fees", verification_fee(presence, sc.entity, s.__getitem__), every)
        elif presence == "mini_program":
            # (Its build and upkeep are the plan's: sized by the needs it carries there, builds().)
            self._term(parts, "fees", verification_fee(presence, sc.entity, s.__getitem__), every)
            self._term(parts, "servers", s["mp_infra_cny"], every)
        elif presence == "native_app":
            open_platform = (s["open_platform_fee_overseas_usd"] * usd if sc.entity == "overseas_company"
                             else s["open_platform_fee_cny"])
            # (Apple charges the program in yuan in mainland China, ¥688 where USD 99 converted would read ¥693.)
            apple = (s["apple_developer_usd"] * usd if sc.entity == "overseas_company"
                     else s["apple_developer_cny"])
            self._term(parts, "fees", apple + open_platform, every)
            # Google Play only where some users are outside mainland China (it is not available there): bank_care's
            # app, for an audience all on WeChat in China, paid its one-off fee.
            google_play = s["google_play_usd"] * usd if sc.china_share < 1 else 0.0
            self._term(parts, "fees", google_play + s["software_copyright_cny"], first)
            self._term(parts, "servers", s["mp_infra_cny"] * s["app_server_ratio"], every)
        elif presence in ("service", "subscription", "wecom", "channels"):
            self._term(parts, "fees", verification_fee(presence, sc.entity, s.__getitem__), every)
        # (Channels' videos are the plan's, with the video goal: _shared_parts, duties.films_videos.)
        return parts

    def _state(self, members: Sequence[str]) -> PlanState:
        key = tuple(members)
        state = self._states.get(key)
        if state is None:
            state = self._states[key] = self._compute_state(members)
        return state

    def _compute_state(self, members: Sequence[str]) -> PlanState:
        limits = self._push_limits  # push_limit of each member, as free_messages_per_month takes it
        table, sc, pack = self._fit_table, self.scenario, self.pack
        return ("native_app" in members, "mini_program" in members,
                wechat_door(members, table, sc, pack),
                self._written(members),
                messages_beyond(sc, max(limits[m] for m in members)) if members else 0.0,
                # The special needs its Service Account's payment pages carry, by which they are built (-1: no pages).
                len(needs_carried("service", members, table, sc, pack)) if service_pay_pages(members, sc, pack, table)
                else -1,
                chat_staff(members, table, sc, pack),
                films_videos(members, table, sc, pack),
                # The special needs the plan's app and custom Mini Program each carry, by which each is built (-1: none
                # in the plan, or the Mini Program rented).
                len(needs_carried("native_app", members, table, sc, pack)) if "native_app" in members else -1,
                len(needs_carried("mini_program", members, table, sc, pack))
                if "mini_program" in members and not self.template else -1)

    def builds(self, presence: str, needs: int) -> PartSet:
        """The build of the plan's app or custom Mini Program and its upkeep, sized by the `needs` special needs it
        carries in the plan (duties.needs_carried), each adding scope_per_need: a part of the plan's shared parts, and
        what a card says the member's build costs (build_of)."""
        key = (presence, needs)
        cached = self._builds.get(key)
        if cached is None:
            s = self.s
            parts = cached = self._builds[key] = PartSet(self.shape[0])
            mini_program = presence == "mini_program"
            build = s["mp_build_cny" if mini_program else "app_build_cny"] * (1.0 + s["scope_per_need"] * needs)
            # (An app's upkeep adds its yearly updates for new OS versions.)
            upkeep = (s["mp_maintenance_share"] if mini_program
                      else s["app_maintenance_share"] + s["app_os_update_share"])
            self._term(parts, "build", build, self._first)
            self._term(parts, "maintenance", build * upkeep, self._later)
        return cached

    def build_of(self, presence: str, members: Sequence[str]) -> float:
        """The likely build of the plan's app or custom Mini Program, at the figures' averages (0 where the plan holds
        none, or rents its Mini Program)."""
        state = self._state(members)
        needs = state[8] if presence == "native_app" else state[9]
        if needs < 0:
            return 0.0
        return sum(t.at_average for t in self.builds(presence, needs).terms if t.component == COMPONENTS.index("build"))

    def built_for(self, members: Sequence[str]) -> dict[str, int]:
        """The plan's builds sized by the special needs each carries (duties.needs_carried), and how many: its
        Service Account's payment pages ("service"), its app and its custom Mini Program, where it has them. The plan's
        timeline grows each build's weeks as its cost grows (evaluator._timeline_of), from the same count."""
        state = self._state(members)
        return {presence: needs for presence, needs in (("service", state[5]), ("native_app", state[8]),
                                                        ("mini_program", state[9])) if needs >= 0}

    def pages_build(self, members: Sequence[str]) -> float:
        """The likely build of the plan's Service Account's payment pages (service_pay_pages), at the figures'
        averages: what the plan's shared parts build beside its app and custom Mini Program (0 where it has no such
        pages, or rents them with a template). Its card names it, as the Mini Program's card names its build: the
        watch brand's plan of a Service Account alone read "Build ¥121k" in its cost, and only the card of a Mini
        Program left out of the plan said what a build of that amount was."""
        if self._state(members)[5] < 0 or self.template:
            return 0.0
        build = COMPONENTS.index("build")
        built = sum(t.at_average for t in self.shared(members).terms if t.component == build)
        return built - self.build_of("mini_program", members) - self.build_of("native_app", members)

    def _written(self, members: Sequence[str]) -> float:
        """The articles a month the plan pays to have produced (messages_written)."""
        limits = self._push_limits
        return messages_written(members, self.scenario, lambda member: limits[member],
                                message_sender(members, self._fit_table))

    def articles(self, members: Sequence[str]) -> tuple[str, float] | None:
        """The member whose card says the articles the plan pays to have produced, and how many a month, as its
        maintenance counts them (written_messages); None where it pays for none.

        The member that publishes the news where it can send them all, else the one that sends the plan's messages
        where it can, else any member that can send them all; where none can (some are bought as paid reach), the
        news's carrier, else the messages'. Given to the one that sends the most alone, subscription + app for
        news and relationships would read "Its 4 articles a month" on the app's card, beside the Official
        Account "in the plan for publishing news"."""
        count = self._state(members)[3]
        if count <= 0:
            return None
        carriers = self._fit_table.carriers(members)
        order = [m for m in (carriers.get("goal:news"), carriers.get("push"), *members)
                 if m is not None and m in members]
        if app_sends_notes(members, self.scenario):
            # Those an account sends beside the app (messages_written), said on that account's card: on the app's,
            # bank_care's read "Its 4 articles a month … A plan without it pays for them too" beside its app alone,
            # which pays for none.
            order = [m for m in order if m != "native_app"]
        writer = next((m for m in order if self._push_limits[m] >= count), order[0])
        return writer, count

    @cached_property
    def _fit_table(self) -> FitTable:
        """The scenario's fit table, as the evaluation has it (the basis kept with the store), for the plans' roles."""
        return kept_fit_table(self.scenario, self.pack, self._store)

    @cached_property
    def _push_limits(self) -> dict[str, float]:
        """Each presence's free messages a month (push_limit), looked up once per book rather than
        for every member of the sixty-odd plans a ranking lays out."""
        return {presence: push_limit(presence, self.pack) for presence in PRESENCES}

    def chats(self, members: Sequence[str]) -> bool:
        """Whether the plan's WeCom serves, sells or takes payments by its staff's chats (duties.chat_staff), as
        its cost counts them: found once per plan with the rest of its shared parts' state."""
        return self._state(members)[6]

    def chatting(self, member_sets: Sequence[tuple[str, ...]]) -> list[bool]:
        """For each plan, whether it holds WeCom and its staff chat (chats): kept with the states it is read from (a
        ranking's staff points ask it of its sixty-odd plans at every audience)."""
        key = member_sets if isinstance(member_sets, tuple) else tuple(member_sets)  # a HashOnce as it is
        found = self._store.chatting.get(key)
        if found is None:
            found = self._store.chatting[key] = [bool("wecom" in members and self.chats(members))
                                                      for members in key]
        return found

    def films(self, members: Sequence[str]) -> bool:
        """Whether the plan pays for producing videos (duties.films_videos), as its cost counts them: found once per
        plan with the rest of its shared parts' state."""
        return self._state(members)[7]

    def shared(self, members: Sequence[str]) -> PartSet:
        key = self._state(members)
        cached = self._shared.get(key)
        if cached is None:
            cached = self._shared[key] = self._shared_parts(*key)
        return cached

    def _shared_parts(self, has_app: bool, has_mp: bool, wechat: bool, articles: float,
                      paid: float, pages_needs: int, chats: bool, videos: bool, app_needs: int, mp_needs: int
                      ) -> PartSet:
        s, sc = self.s, self.scenario
        parts = PartSet(self.shape[0])
        every, first, later = self._every, self._first, self._later
        for presence, needs in (("mini_program", mp_needs), ("native_app", app_needs)):
            if needs >= 0:
                parts.terms.extend(self.builds(presence, needs).terms)
        wechat_share, app_share = _shares(sc, has_app, wechat)
        # The Service Account's payment pages (service_pay_pages) are a web front end on the business's own
        # server, built, kept up and served as a Mini Program of the same scope is, by the pack's share of it.
        pay_pages = pages_needs >= 0
        mp_servers, app_servers = server_costs_per_user(has_app, has_mp or pay_pages, wechat, sc, s.__getitem__,
                                                        hosted=self.template)
        if pay_pages and self.template:
            # Where a rented template serves the scenario, the vendor's shop pages are rented as its Mini Program is.
            self._term(parts, "fees", s["mp_template_rent_cny"] * s["service_pay_pages_share"], every)
        elif pay_pages:
            # (A Mini Program of the same scope: the needs the pages carry in the plan, its payments. Sized by every
            # need a Mini Program could take on, a Service Account selling to a business that also needs hardware, with
            # the assumption moved so that a Mini Program can talk to it, had pages for its payments built as a Mini
            # Program doing both: ¥138k in the first year, ¥17k more than payments alone.)
            build = s["mp_build_cny"] * (1.0 + s["scope_per_need"] * pages_needs) * s["service_pay_pages_share"]
            self._term(parts, "build", build, first)
            self._term(parts, "maintenance", build * s["mp_maintenance_share"], later)
            self._term(parts, "servers", s["mp_infra_cny"], every)
        if (has_mp or pay_pages) and not self.template:
            self._term(parts, "servers", mp_servers, every, per_user=True)
        if has_app:
            self._term(parts, "servers", app_servers, every, per_user=True)
        if chats:
            # WeCom's staff serving by chat, every month (duties.chat_staff), the users on WeChat in mainland China, its
            # contacts (as chat_staff_hours says them): those too whom the plan's app serves or sells to, who came in
            # as installs (wechat_door), still chat with its staff.
            self._term(parts, "staff", chat_staff_per_user(s.__getitem__) * sc.china_share, every, per_user=True)
        if videos:
            # Short videos and live streams, once for the plan, whichever member shows them (duties.films_videos):
            # yoga_teacher films her own; an app that carries the video goal needs them made as Channels does.
            self._term(parts, "maintenance", s["channels_production_cny"], every)
        if articles > 0:
            # The scenario's messages, written once whichever member sends them or whether they are bought as paid
            # reach (written_messages); the reach below is only the ads that carry those beyond the free ones.
            self._term(parts, "maintenance", s["content_per_message_cny"] * articles * 12, every)
        # Users bought through ads: through WeChat where the plan has a WeChat door, else app installs. Not a business's
        # own staff, whom no ad wins (fit.staff_only): factory_staff with the ads' slider at 30% paid ¥37k over 3 years
        # to "win" its 3,000 workers through WeChat ads, where at 0% its handout said they were its own staff.
        if sc.paid_share > 0 and not staff_only(sc):
            per_bought = bought_user_cost(has_app, wechat, sc, s.__getitem__)
            replacement = s["yearly_replacement"]
            self._term(parts, "acquisition", sc.paid_share * per_bought * (1 + replacement), first, per_user=True)
            self._term(parts, "acquisition", sc.paid_share * per_bought * replacement, later, per_user=True)
        if paid > 0 and wechat_share > 0:
            self._term(parts, "reach", paid * 12 * s["moments_cpm_cny"] / 1000 * wechat_share, every, per_user=True)
        return parts

    # -- whole plans

    def plan(self, members: Sequence[str]) -> PlanCosts:
        """Every part of the plan's cost, for the views and the breakdown (built once per plan)."""
        key = tuple(members)
        cached = self._plans.get(key)
        if cached is None:
            cached = self._plans[key] = self._plan(key)
        return cached

    def _plan(self, members: tuple[str, ...]) -> PlanCosts:
        parts = (*(self.own(m) for m in members), self.shared(members))
        wechat_share, app_share = _shares(self.scenario, "native_app" in members, self._state(members)[2])
        contact_fee = (np.asarray(self.s["wecom_contact_fee_cny"], dtype=float) if self.keeps_contacts(members)
                       else None)
        return PlanCosts(tuple(members), parts, self.shape, contact_fee, customer_contacts(self.scenario),
                         self.pack.likely("wecom_free_contacts"), wechat_share, app_share,
                         self._scale_fees() if "wecom" in members else None,
                         wecom_members_per_user(self.scenario), self._scale_limits())

    def _scale_fees(self) -> np.ndarray:
        """WeCom's yearly member-scale fee by tier (none, medium, large), (3, samples)."""
        samples = self.shape[0]
        return np.stack([np.zeros(samples), *(np.broadcast_to(np.asarray(self.s[name], dtype=float), (samples,))
                                              for name in WECOM_SCALE_FEES)])

    def _scale_limits(self) -> tuple[float, float]:
        small, medium = (self.pack.likely(name) for name in WECOM_SCALE_LIMITS)
        return small, medium

    def yearly(self, members: Sequence[str]) -> np.ndarray:
        """The plan's (samples, years) cost at the scenario's audience."""
        return self.plan(tuple(members)).yearly(self.scenario.audience)

    def first_year_and_total(self, member_sets: Sequence[tuple[str, ...]],
                             rows: slice | list[int] = slice(None), at: slice = slice(None)) -> np.ndarray:
        """Each plan's sampled first-year cost, then each plan's cost over the horizon: (2 × plans, samples),
        or only the `rows` of it asked for (plan i's first year is row i, its total row plans + i), and only the
        columns `at` selects (PlanRows.at).

        A new array each call, free for the caller to sort in place. Every plan's costs are
        `fixed + per user × audience` (+ WeCom's contacts), with the fixed and per-user rows
        summed once per set of plans (see _layout): a slider move is three array operations.
        A row is the same whichever other rows are asked for with it.
        """
        return self._rows(member_sets).at(self.scenario.audience, self._contacts_above, self._scale_tier,
                                          self._tier_fee, rows, at)

    def row_twins(self, member_sets: Sequence[tuple[str, ...]]) -> list[int]:
        """For each row of first_year_and_total(member_sets), the first row with the same samples at every
        audience (PlanRows.twins)."""
        return self._rows(member_sets).twins

    def first_year_rows(self, member_sets: Sequence[tuple[str, ...]]
                        ) -> tuple[list[int], tuple[list[int], np.ndarray] | None]:
        """The first-year rows of first_year_and_total(member_sets) that are no other's twin, and each plan's place
        among them (None where they are every plan's): PlanRows.distinct_first_years and first_year_places."""
        rows = self._rows(member_sets)
        return rows.distinct_first_years, rows.first_year_places

    def _rows(self, member_sets: Sequence[tuple[str, ...]]) -> PlanRows:
        key = member_sets if isinstance(member_sets, tuple) else tuple(member_sets)  # a HashOnce as it is
        layout = self._store.layouts.get(key)
        if layout is None:
            layout = self._store.layouts[key] = self._layout(key)
        return layout

    @cached_property
    def _contacts_above(self) -> float:
        """WeCom contacts beyond the free allowance at the book's audience (a book is for one audience)."""
        above: float = contacts_above(self.scenario.audience, customer_contacts(self.scenario),
                                      self.pack.likely("wecom_free_contacts"))
        return above

    @cached_property
    def _scale_tier(self) -> int:
        """WeCom's member-scale tier at the book's audience (0: none, 1: medium, 2: large)."""
        return int(wecom_scale_tier(self.scenario.audience * wecom_members_per_user(self.scenario),
                                    self._scale_limits()))

    def _tier_fee(self, tier: int) -> np.ndarray:
        fee: np.ndarray = self._scale_fees()[tier]
        return fee

    def _layout(self, member_sets: Sequence[tuple[str, ...]]) -> PlanRows:
        """Every plan's first-year and horizon rows, fixed and per user, (2 × plans, samples) each,
        and WeCom's fee per contact above its allowance in the rows of the plans that hold it.

        The same plans are ranked on every slider move, so this is kept with the parts.
        """
        # (first-year fixed, first-year per user, horizon fixed, horizon per user), each (presences, samples)
        own = tuple(np.stack(v) for v in zip(*(self.own(p).vectors for p in PRESENCES), strict=True))
        # Which presences each plan holds, 1.0 or 0.0 (made in one go: sixty plans at every start).
        mask = np.array([[1.0 if p in members else 0.0 for p in PRESENCES] for members in member_sets]
                        ).reshape(len(member_sets), len(PRESENCES))
        states: dict[tuple[object, ...], int] = {}
        state_of = np.empty(len(member_sets), dtype=int)
        shared_rows: list[tuple[np.ndarray, ...]] = []
        for i, members in enumerate(member_sets):
            state = self._state(members)
            if state not in states:
                states[state] = len(shared_rows)
                shared_rows.append(self.shared(members).vectors)
            state_of[i] = states[state]
        shared = tuple(np.stack(v)[state_of] for v in zip(*shared_rows, strict=True))
        # Each plan's first-year rows, then its horizon rows: `mask @ own + shared`, each half written
        # where it goes rather than joined afterwards (the same operations, without copying megabytes).
        count = len(member_sets)
        fixed, per_user = np.empty((2 * count, self.shape[0])), np.empty((2 * count, self.shape[0]))
        for rows, (first, horizon) in ((fixed, (0, 2)), (per_user, (1, 3))):
            for half, part in ((rows[:count], first), (rows[count:], horizon)):
                np.matmul(mask, own[part], out=half)
                half += shared[part]
        holds = mask[:, PRESENCES.index("wecom"), None]
        contact = None
        if holds.any():
            # (Only where its WeCom holds the customers as contacts: keeps_contacts.)
            keeps = np.array([self.keeps_contacts(members) for members in member_sets], dtype=float)[:, None]
            fee = np.asarray(self.s["wecom_contact_fee_cny"], dtype=float)  # (S,), the same every year
            contact = np.empty((2 * count, self.shape[0]))
            np.multiply(keeps, fee[None, :], out=contact[:count])
            np.multiply(keeps, (fee * self.shape[1])[None, :], out=contact[count:])
        return PlanRows(fixed, per_user, contact, holds.copy(), self.shape[1])

    def keeps_contacts(self, members: Sequence[str]) -> bool:
        """Whether the plan's WeCom holds its customers as contacts, and so pays WeCom's fee per contact above the
        free allowance: keeps_customer_contacts, as the plan's roles give WeCom its work."""
        return keeps_customer_contacts(members, self._fit_table, self.scenario, self.pack)

    def remember(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """`make()`, kept for this book's cost parts at this audience under `key`.

        For what follows from the costs and the audience alone (the budget, goals and
        session length do not change a cost), so that a budget or session slider move, or
        a batch row that differs only there, finds it ready.
        """
        return kept(self._store.at_audience, (key, self.scenario.audience), make, _AT_AUDIENCE_LIMIT)

    def remember_all(self, keys: Sequence[tuple[object, ...]], make: Callable[[list[int]], list[T]]) -> list[T]:
        """remember() for several keys at once: those not yet kept are made together, by
        `make(their places in keys)`, which returns their values in that order."""
        memo, audience = self._store.at_audience, self.scenario.audience
        full_keys = [(key, audience) for key in keys]
        missing = [i for i, key in enumerate(full_keys) if key not in memo]
        if missing:
            for i, value in zip(missing, make(missing), strict=True):
                memo[full_keys[i]] = value
        found = []
        for key in full_keys:
            memo.move_to_end(key)
            found.append(memo[key])
        while len(memo) > _AT_AUDIENCE_LIMIT:
            memo.popitem(last=False)
        return found

    def lasting(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """`make()`, kept with this book's cost parts under `key`, at every audience.

        For what follows from the scenario without its audience (the fit table's other
        columns, with what follows from them kept on it; the plans' launch timelines), so
        that an audience move, which changes no cost part, finds it ready. The store is chosen by the pack's
        figures and the cost inputs; `key` must name everything else that `make` reads.
        """
        return kept(self._store.lasting, key, make, _LASTING_LIMIT)

    def stacked(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """`make()`, kept with this book's cost parts under `key` at every audience, for arrays stacked from
        several plans' rows (some 160 kB each): the last _STACKED_LIMIT only."""
        return kept(self._store.stacked, key, make, _STACKED_LIMIT)

    def cheaper_flips(self, app: tuple[str, ...], mp: tuple[str, ...]) -> tuple[float, ...]:
        """Every audience at which the cheaper of two plans (by likely total) changes, ascending, over the whole
        range of audiences (0 to MAX_AUDIENCE), whatever the scenario's own audience.

        Where the scenario's Mini Program is a rented template up to the largest audience a template serves
        (mp_template.rents_template) and a custom build above it, each side is priced by its own parts, and the jump
        from the one to the other at that audience is a change too where the cheaper changes there. Answered for the
        scenario's side alone, bakery_10 at 3,000 users read "the plan with a Mini Program costs less than with a
        native app at every audience size" where, built above 20,000 users, it cost ¥2.42M against the app's ¥2.09M
        at 50,000.
        It does not depend on the scenario's audience (costs are fixed + per user × audience on either side), so it
        is found once per set of cost parts and shared by every slider move, and by the other side's parts.
        """
        key = (app, mp)
        flips = self._store.flips.get(key)
        if flips is None:
            limit = self.pack.likely("mp_template_max_users")
            other = self._other_side(limit)
            if other is None:
                flips = _cheaper_flips(partial(app_cheaper_at, self.plan(app), self.plan(mp)), FLIP_GRID)
            else:
                template, custom = (self, other) if self.template else (other, self)
                flips = _cheaper_flips(partial(_app_cheaper_either_side, limit, (template.plan(app), template.plan(mp)),
                                               (custom.plan(app), custom.plan(mp))),
                                       # (Both ends of the jump on the grid: a change there is found as one.)
                                       sorted_once(np.concatenate([FLIP_GRID, [limit, np.nextafter(limit, np.inf)]])))
                other._store.flips.setdefault(key, flips)
                other.release()
            self._store.flips[key] = flips
        return flips

    def _other_side(self, limit: float) -> CostBook | None:
        """The book of the scenario at an audience across the largest audience a rented template serves, whose parts
        price the Mini Program the other way (a template below it, a custom build above); None where the scenario's
        Mini Program is priced one way at every audience."""
        # (rents_template's own conditions, the audience apart)
        if limit <= 0 or not template_kind(self.scenario, self.pack):
            return None
        audience = limit * 2 + 1 if self.template else limit
        return CostBook(dataclasses.replace(self.scenario, audience=audience), self.pack, self._store_shared)


# The audiences the break-even search first looks at, then how finely it narrows each change:
# FLIP_POINTS points per round, FLIP_ROUNDS rounds, to a part in (FLIP_POINTS + 1) ** FLIP_ROUNDS
# = 4,096 of the bracket, as exact as the chart can show.
def sorted_once(values: np.ndarray) -> np.ndarray:
    """`values` sorted, each once: np.unique (np.union1d's) loads numpy.ma and ctypes, some 15 ms of a start, where
    the window's first answer asks for this before its first paint."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


FLIP_GRID = np.concatenate([[0.0], np.geomspace(1.0, MAX_AUDIENCE, 24)])
FLIP_POINTS, FLIP_ROUNDS = 7, 4


def _app_cheaper_either_side(limit: float, template: tuple[PlanCosts, PlanCosts], custom: tuple[PlanCosts, PlanCosts],
                             xs: np.ndarray) -> np.ndarray:
    """app_cheaper_at each audience of `xs`, from the plans priced with a rented template (`template`: the plan with
    the app, then the plan with the Mini Program) up to `limit`, with a custom build (`custom`) above it."""
    below = xs <= limit
    cheaper = np.empty(len(xs), dtype=bool)
    cheaper[below] = app_cheaper_at(*template, xs[below])
    cheaper[~below] = app_cheaper_at(*custom, xs[~below])
    return cheaper


def app_cheaper_at(app: PlanCosts, mp: PlanCosts, xs: np.ndarray) -> np.ndarray:
    """At each audience of `xs`, whether the plan with the app has the lower likely total (the break-even search's
    comparison, and the evaluation's where the cheaper of the two does not change)."""
    # (The average column alone: the totals of every draw, taken and dropped, were a thousand times the work.)
    cheaper: np.ndarray = (app.totals_at(xs, AVERAGE_ONLY) - mp.totals_at(xs, AVERAGE_ONLY))[:, 0] < 0
    return cheaper


def _cheaper_flips(app_cheaper: Callable[[np.ndarray], np.ndarray], grid: np.ndarray) -> tuple[float, ...]:
    """The audiences where `app_cheaper` (audiences → whether the plan with the app costs less at each) changes,
    each narrowed from the bracket of `grid` it changes in. Exact where the difference of the two plans' costs is
    linear between the grid's points (one change at most in a bracket): it is on either side of the template's
    largest audience, both ends of which are on the grid, WeCom's fees being the same in both plans."""
    sides = app_cheaper(grid)
    found = []
    for i in np.flatnonzero(sides[1:] != sides[:-1]):
        lo, hi, lo_side = float(grid[i]), float(grid[i + 1]), bool(sides[i])
        for _ in range(FLIP_ROUNDS):
            points = lo + (hi - lo) * np.arange(1, FLIP_POINTS + 1) / (FLIP_POINTS + 1)
            changed = np.flatnonzero(app_cheaper(points) != lo_side)
            if changed.size:
                j = int(changed[0])
                lo, hi = (lo if j == 0 else float(points[j - 1])), float(points[j])
            else:
                lo = float(points[-1])
        found.append(hi)
    return tuple(found)


# What a plan's shared parts follow (CostBook._compute_state): whether it holds an app, a Mini Program and a door into
# WeChat, its articles and paid messages a month, its WeCom's staff chat and whether it films videos, and the special
# needs its Service Account's payment pages, its app and its custom Mini Program each carry (-1: none of it).
PlanState = tuple[bool, bool, bool, float, float, int, bool, bool, int, int]


class _Store:
    """What a CostBook computes that does not depend on the audience, shared across books."""

    def __init__(self) -> None:
        self.own: dict[str, PartSet] = {}
        self.shared: dict[tuple[object, ...], PartSet] = {}
        self.flips: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[float, ...]] = {}
        self.states: dict[tuple[str, ...], PlanState] = {}
        self.builds: dict[tuple[str, int], PartSet] = {}  # CostBook.builds
        self.chatting: dict[tuple[tuple[str, ...], ...], list[bool]] = {}  # CostBook.chatting, from the states
        self.plans: dict[tuple[str, ...], PlanCosts] = {}
        self.layouts: dict[tuple[tuple[str, ...], ...], PlanRows] = {}
        # Figures derived from the costs at one audience (likely costs, bands), for moves of the
        # other sliders and batch rows that differ only elsewhere; the most recent ones only.
        self.at_audience: OrderedDict[tuple[object, ...], Any] = OrderedDict()
        # What follows from the scenario without its audience, for audience moves; recent ones only.
        self.lasting: OrderedDict[tuple[object, ...], Any] = OrderedDict()
        # The cost figures' rows of the plans shown together, stacked (cost_figures.py); recent ones only.
        self.stacked: OrderedDict[tuple[object, ...], Any] = OrderedDict()


# An audience keeps about a dozen entries (its likely costs, the shown plans' bands, their cost reasons,
# the app-or-Mini-Program figures), some 35 kB: room for about 85 audiences (3 MB a store at most).
# A drag of the audience slider there and back over 60 steps finds on the way back every audience of
# the way up, with room for a flip-point search between drags (some 90 audiences, one entry each).
# With room for three dozen (448 entries), the way back found only the last three dozen: a position
# cost twice as much on the way down a sweep as on the way up, where the previous sweep's way down
# had left it, and in the middle of the slider both ways missed.
_AT_AUDIENCE_LIMIT = 1024
_LASTING_LIMIT = 64  # a fit basis for each recent scenario (about 20 kB), a timeline for each plan shown
# The sets of plans shown together whose stacked rows are kept: a drag changes the plans shown a few
# times; the plans of a dozen sets, some 2 MB at most a store.
_STACKED_LIMIT = 12


# At most this many stores, the least recently used let go first. A batch grid shares a handful of
# stores across its rows; the window makes a new one at each step of the share sliders (users won
# through ads, on WeChat in China), each some 5–8 MB once its audiences are kept.
_STORE_LIMIT = 8
_stores: OrderedDict[tuple[object, ...], _Store] = OrderedDict()


def cost_inputs(scenario: Scenario) -> tuple[object, ...]:
    """The scenario's fields that a cost part depends on; audience only scales the parts.

    Keep this in step with CostBook: a field read there and missing here would let two
    scenarios share parts they should not (tests/engine/test_costs_cache.py compares
    cached books with fresh ones over generated scenarios); and with scenario.COST_FIELDS,
    the fields these come from.
    """
    # (The goals and the payments: which member takes the payments, which decides a Service Account's payment
    # pages, goes with selling: service_pay_pages.)
    # (The needs themselves, not their count: a build is sized by those its presence carries in a plan, which follow
    # from them and the goals: duties.needs_carried.)
    return (tuple(sorted(scenario.needs)), "payments" in scenario.needs, scenario.goals, scenario.entity,
            scenario.pushes_per_month, scenario.paid_share, scenario.china_share, scenario.horizon_years,
            staff_only(scenario))


def _store_for(scenario: Scenario, pack: DataPack) -> _Store:
    # (Whether the Mini Program is a rented template follows from the audience too: books either side of the
    # template's largest audience never share parts.)
    key = (pack_key(pack), cost_inputs(scenario), rents_template(scenario, pack))
    store = _stores.get(key)
    if store is None:
        store = _stores[key] = _Store()
        while len(_stores) > _STORE_LIMIT:
            _forget(_stores.popitem(last=False)[1])
    else:
        _stores.move_to_end(key)
    return store


def _forget(store: _Store) -> None:
    """Empty a store let go of. What it keeps refers back to it (a kept plan's costs hold the book that
    holds the store), so unemptied it would wait for Python's full cyclic collection, which a window
    making few new objects seldom runs: its arrays, megabytes a store, piled up behind it. A book
    still using it makes what it asks for again, as for a new store."""
    for memo in vars(store).values():
        memo.clear()


def clear_cost_cache() -> None:
    """Forget every shared cost part (for tests that compare cached books with fresh ones)."""
    _stores.clear()


def _add(parts: dict[str, np.ndarray], component: str, value: np.ndarray) -> None:
    """Add to one component: a new array, since every part starts as one shared read-only zero."""
    parts[component] = parts[component] + value


def bought_user_cost(has_app: bool, wechat: bool, scenario: Scenario, figure: Callable[[str], Any]) -> Any:
    """What winning one user through ads costs, on average over the audience the plan reaches, from
    `figure` (a figure id → its samples, or its likely value for a sentence): through WeChat where
    the plan has a WeChat door, the rest as app installs (each install opened only so often)."""
    wechat_share, app_share = _shares(scenario, has_app, wechat)
    app_cpa = figure("app_cost_per_install_cny") / (figure("install_conversion") * figure("first_open_rate"))
    return figure("mp_cost_per_user_cny") * wechat_share + app_cpa * app_share


def won_user_cost(has_app: bool, wechat: bool, scenario: Scenario, figure: Callable[[str], Any]) -> Any:
    """What winning one user through ads costs, on average over the users the plan wins: bought_user_cost is per user
    of the audience, and counts those the plan cannot reach (outside WeChat, with no app) at nothing. A sentence says
    this one: "¥7 per acquired user" beside the pack's ¥7.83 a WeChat user read as a slip (0.9 × ¥7.83, a tenth of the
    audience outside China counted at ¥0)."""
    wechat_share, app_share = _shares(scenario, has_app, wechat)
    reached = wechat_share + app_share
    return bought_user_cost(has_app, wechat, scenario, figure) / reached if reached > 0 else 0.0


def service_pay_pages(members: Sequence[str], scenario: Scenario, pack: DataPack,
                      table: FitTable | None = None) -> bool:
    """Whether the plan's Service Account takes its payments in web pages the business builds for it.

    A Service Account takes WeChat Pay only in pages of the business's own (WeChat Pay's JSAPI payment, called
    from a web page the account opens); a Mini Program or an app takes it in its own screens, WeCom's staff by
    chat or payment code, Channels through its shop. Where the scenario needs payments and the plan's roles give
    them to the Service Account (duties.need_carrier, the rule of duties.member_duties: with selling, else with a
    member that can take them), its pages are costed (CostBook._shared_parts): without them, city_service's plan below
    its budget read "a Service Account at ¥300 a year" for two million users' appointments and fees.

    `table`: the scenario's fit table, where the caller has it (which member carries a need does not depend on
    the audience or the session length, the table's only other columns)."""
    if "service" not in members or "payments" not in scenario.needs:
        return False
    table = fit_table(scenario, pack) if table is None else table
    members = list(members)
    return need_carrier("payments", members, table, table.carriers(members), scenario, pack) == "service"


# (A unit conversion written as one, so that no pack value's number stands in engine code.)
MINUTES_AN_HOUR = dt.timedelta(hours=1) / dt.timedelta(minutes=1)
MONTHS_A_YEAR = 12


def chat_staff_per_user(figure: Callable[[str], Any]) -> Any:
    """A year of staff time serving one monthly user by chat, in CNY: minutes a month, at an hour's cost."""
    return figure("staff_chat_minutes_per_user") / MINUTES_AN_HOUR * figure("staff_hour_cny") * MONTHS_A_YEAR


def chat_staff_hours(scenario: Scenario, pack: DataPack) -> float:
    """The staff hours a month where the plan's WeCom serves the scenario's users WeChat reaches by chat, as the
    plan's role line says them (PlanResult.role_reason, beside the staff part of the plan's cost), and as the
    staff part prices them: at the minutes' average (the likely 2 minutes a user read "60 hours" beside a part that
    priced 75, at the average of 2.5)."""
    return scenario.audience * scenario.china_share * pack.average("staff_chat_minutes_per_user") / MINUTES_AN_HOUR


def server_costs_per_user(has_app: bool, has_mp: bool, wechat: bool, scenario: Scenario,
                          figure: Callable[[str], Any], hosted: bool = False) -> tuple[Any, Any]:
    """Yearly servers per user of the audience: (in the Mini Program, in the app). The Mini Program
    serves the users WeChat reaches; the app serves those it does not already serve. `hosted`: the Mini
    Program is a rented template, its hosting in the rent (mp_template.rents_template)."""
    wechat_share, app_share = _shares(scenario, has_app, wechat)
    server = figure("server_per_1k_users_cny") / 1000
    mp = server * wechat_share if has_mp and not hosted else 0.0
    app = server * figure("app_server_ratio") * (app_share if has_mp else app_share + wechat_share) if has_app else 0.0
    return mp, app


def kept_fit_table(scenario: Scenario, pack: DataPack, store: _Store | None = None) -> FitTable:
    """The scenario's fit table from the basis kept with its cost store (CostBook.lasting; `store`: a book's own,
    else the shared one), as the evaluation has it: fit.fit_table builds the basis afresh, which a cost sentence
    asked at every slider move took 0.4 ms for."""
    store = _store_for(scenario, pack) if store is None else store
    basis = kept(store.lasting, ("fit", fit_inputs(scenario, pack)), lambda: fit_basis(scenario, pack), _LASTING_LIMIT)
    return basis.at(scenario, pack)


# What a user won through ads comes for: to be served, to buy, to pay (the jobs duties.CHAT_DUTIES names for WeCom's
# chats), and what the product must do for them that only the app does (the special needs: a heart-rate strap read,
# tracking in the background, working offline, a large app). Where the plan's app carries one of them, that user must
# install the app to get it. Without the needs, an overseas company's Service Account + app for a strap it reads cost
# ¥1.52M over 3 years with no messages and ¥1.28M with one: the message gave the Service Account a job, and its users,
# who must all install the app to use the strap, were priced as WeChat followers.
INSTALL_DUTIES = ("goal:service", "goal:sell", "need:payments", "need:hardware", "need:background", "need:offline",
                  "need:large_app")


def wechat_door(members: Sequence[str], table: FitTable, scenario: Scenario, pack: DataPack) -> bool:
    """Whether the plan reaches its users through WeChat (the share of them on WeChat in mainland China), winning
    those bought through ads at WeChat's price (a follower, a WeCom contact, a Mini Program visitor) and serving them
    there. Every plan without an app does. Beside an app, only where the app serves, sells, takes payments and meets
    no special need for anyone (INSTALL_DUTIES: else a user won through WeChat must still install the app to get what
    the ad promised)
    and a WeChat presence does some of the plan's work for its users (a goal, the messages or a need, as the roles
    every view shows give them: duties.member_duties), or no member has any work at all.

    Whose work counts: a WeChat presence's for the customers; WeCom's for the staff (managing employees, messaging
    staff) only where the staff are the audience (fit.staff_only), never as a way in for customers.
    Why the app's jobs decide: bank_care's WeCom kept the advisers' 1:1 contact and the staff beside an app that
    served the customers and took their payments, and its 75,000 users won through ads were priced at a WeChat
    follower's ¥3 rather than an install's ¥9 (¥4.4M of the plan's ¥7.4M), though each must install the app to be
    served; that price was what made the plan cheaper than the app alone. fitness_coaching's WeCom, beside an app
    that did every job, had counted 70 % of the users as WeChat's, won as followers and served by no server.
    Asked of every plan at every slider move: the roles are kept (duties.kept_duties), and CostBook keeps the answer
    with the plan's cost state."""
    if not any(is_wechat(m) for m in members):
        return False
    if "native_app" not in members:
        return True
    duties = kept_duties(members, table, scenario, pack)
    if not any(duties.values()):
        return True
    if any(duty in INSTALL_DUTIES for duty in duties.get("native_app", ())):
        return False
    staff = staff_only(scenario)
    facing = {d.name for d in table.dims if d.customer_facing or staff}
    return any(duty in facing for m in members if is_wechat(m) for duty in duties[m])


def keeps_customer_contacts(members: Sequence[str], table: FitTable, scenario: Scenario, pack: DataPack) -> bool:
    """Whether the plan's WeCom holds the customers on WeChat as its contacts (fit.customer_contacts), paying WeCom's
    fee per contact above its free allowance: where it does some of the plan's work for customers (a goal, the
    messages or a need, as the roles every view shows give them: duties.kept_duties), or no member has any work, when
    WeChat is the plan's way in (wechat_door). WeCom kept to manage the staff alone, beside an app that served and
    messaged the customers, was charged ¥32.8k a year for 330,000 customer contacts it never held (a scenario about
    staff alone has none either way)."""
    if "wecom" not in members or staff_only(scenario):
        return False
    duties = kept_duties(members, table, scenario, pack)
    if not any(duties.values()):
        return True
    facing = {d.name for d in table.dims if d.customer_facing}
    return any(duty in facing for duty in duties["wecom"])


def _shares(scenario: Scenario, has_app: bool, wechat: bool) -> tuple[float, float]:
    """(share of the audience reached through WeChat, through the app)."""
    wechat_share = scenario.china_share if wechat else 0.0
    return wechat_share, ((1.0 - wechat_share) if has_app else 0.0)


def plan_costs(members: Sequence[str], scenario: Scenario, pack: DataPack) -> PlanCosts:
    """The cost parts of running `members` together for the scenario's horizon."""
    return CostBook(scenario, pack).plan(members)


def messages_written(members: Sequence[str], scenario: Scenario, limit: Callable[[str], float],
                     sender: str | None) -> float:
    """The articles a month a plan pays to have produced: the scenario's messages (written_messages), save in a plan
    with an app, for a scenario that publishes no news (app_sends_notes). An app's notifications are short notes
    written in the course of business ("your class starts at 7", "your card was charged"), not articles laid out with
    images: fitness_coaching's 60 daily reminders a month read as ¥1.8M of produced articles on its app's card.

    Beside the app, the plan pays only for what an account sends as the plan's roles have it (`sender`: the member
    that carries its messages, FitTable.carriers' "push"), up to that account's free messages a month (`limit`:
    push_limit); the app sends the rest. Where the roles give the messages to the app, no account sends any: an
    Official Account or WeCom beside an app (their broadcasts less seen than its notifications), or a Service Account
    asked for more than its 4 broadcasts carry better than the app's notifications (past 4.75 a month at the pack's
    visibility figures: 95 % of 4 over the app's 80 % of them all). Counted for any account in the plan, WeCom kept
    there to manage staff paid for 30 articles a month (¥900k over 3 years) that the app sent, and fitness_coaching's
    Service Account "which would have no job in it" for 4.
    So a plan can cost less with more messages, where the last of them moves its messages from the account to the
    app: a Service Account beside an app sends 4 written articles (its 95 % visibility at 4 of 4 over the app's 80 %),
    and at 5 the app sends them all. `sender` None (the messages weighed at nothing in an analyst's pack, so that no
    one carries them): up to the most any account in the plan may send. An ad bought as paid reach is a made
    advertisement, written too (a plan that adds an app may so cost less: cost_reasons says why)."""
    if not members:
        return 0.0
    if not app_sends_notes(members, scenario):
        return written_messages(scenario)
    if sender == "native_app":
        return 0.0
    senders = [m for m in members if m != "native_app"] if sender is None else [sender]
    return min(written_messages(scenario), max((limit(m) for m in senders), default=0.0))


def message_sender(members: Sequence[str], table: FitTable) -> str | None:
    """The member that carries the plan's messages to its users, as the roles every view shows give them (None where
    the scenario asks for none, or messages to staff, or a pack weighs them at nothing)."""
    return table.carriers(members).get("push") if members else None


def app_sends_notes(members: Sequence[str], scenario: Scenario) -> bool:
    """Whether the plan's app sends the messages its accounts do not as notifications, short notes no one pays to
    have written (messages_written): a plan with an app, for a scenario that publishes no news."""
    return "native_app" in members and "news" not in scenario.goals


def free_messages_per_month(members: Sequence[str], pack: DataPack) -> float:
    """The most messages a month any member may send each follower for free."""
    return max((push_limit(m, pack) for m in members), default=0.0)


def written_messages(scenario: Scenario) -> float:
    """The articles a month every plan pays to have produced (content_per_message_cny): each message the scenario
    asks for, written once whichever member carries it, an official account's broadcast, WeCom's mass message, an
    app's push or an ad bought as paid reach (messages_beyond). The plan decides how a message reaches the users,
    not what it says: counted only for what an official account or WeCom sent for free, a Mini Program that bought
    the bakery's 10 messages a month as Moments ads cost ¥52.7k in its first year against ¥95.4k with the Official
    Account that sent them, for the same messages, and a news shop's plan was a Mini Program "weak at publishing
    news" whose 30 news a month were all bought as ads, unwritten; an app's pushes, taken for notes written in the
    course of business, made the app look ¥80k a year cheaper for the same 8 messages. Transactional notices (an
    order's status, a booking's reminder) are among the scenario's messages in no plan.
    None for a business's own staff, whose notices are no articles to followers (they go through WeCom or the app,
    never as paid reach: messages_beyond), and none paid for by a one-person business, which writes its own
    (fit.writes_own_articles)."""
    if staff_only(scenario) or writes_own_articles(scenario):
        return 0.0
    return max(0.0, scenario.pushes_per_month)


def messages_beyond(scenario: Scenario, free: float) -> float:
    """The scenario's messages a month beyond the `free` ones, bought as paid reach. None for a business's own staff:
    paid reach is ads shown to WeChat users, and staff are messaged through WeCom or the business's app, or not at
    all (the plan's fit says how well); factory_staff's plans were told apart by ads bought to reach its workers."""
    return 0.0 if staff_only(scenario) else max(0.0, scenario.pushes_per_month - free)


def paid_messages_per_month(members: Sequence[str], scenario: Scenario, pack: DataPack) -> float:
    """Messages no member of the plan can send for free, bought as paid reach (as CostBook counts them)."""
    return messages_beyond(scenario, free_messages_per_month(members, pack)) if members else 0.0
