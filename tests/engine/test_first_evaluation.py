"""The window's first evaluation does its first-time work once, and gives the numbers it always gave.

At a start, a ranking lays out the costs of sixty-odd plans (CostBook._layout) and the plans
shown find their yearly rows (PlanCosts._by_year). These tests hold the shortcuts taken
there to the plain computation they replace, bit for bit, and check the lookups each saves.
"""

import numpy as np
import pytest
from hypothesis import given, settings

from scenario_strategies import scenarios

from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine import cost_terms, costs
from wxdesk.engine.costs import (CostBook, clear_cost_cache, free_messages_per_month, paid_messages_per_month,
                                 service_pay_pages, wechat_door, written_messages)
from wxdesk.engine.datapack import PRESENCES, parse_loose_date
from wxdesk.engine.draws import AVERAGE_COLUMN, columns
from wxdesk.engine.duties import chat_staff, films_videos, kept_duties
from wxdesk.engine.fit import fit_table, push_limit
from wxdesk.engine.plans import plan_sets

PACK = load_datapack()


def _plain_layout(book, member_sets):
    """The layout's rows as numpy's plain operations give them: each plan's members' own rows summed
    by a matrix product with its mask, plus the rows the plan's kind shares, then the halves joined."""
    own = [np.stack([book.own(p).vectors[k] for p in PRESENCES]) for k in range(4)]
    mask = np.zeros((len(member_sets), len(PRESENCES)))
    for i, members in enumerate(member_sets):
        mask[i, [PRESENCES.index(m) for m in members]] = 1.0
    shared = [np.stack([book.shared(members).vectors[k] for members in member_sets]) for k in range(4)]
    fixed = np.concatenate([mask @ own[0] + shared[0], mask @ own[2] + shared[2]])
    per_user = np.concatenate([mask @ own[1] + shared[1], mask @ own[3] + shared[3]])
    holds = mask[:, PRESENCES.index("wecom"), None]
    # (WeCom's fee per contact in the plans whose WeCom holds the customers: costs.keeps_customer_contacts.)
    keeps = np.array([[float(book.keeps_contacts(members))] for members in member_sets])
    fee = np.asarray(book.s["wecom_contact_fee_cny"], dtype=float)
    contact = np.concatenate([keeps * fee[None, :], keeps * (fee * book.shape[1])[None, :]])
    return fixed, per_user, contact if holds.any() else None


def _same_bits(a, b):
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


@settings(max_examples=25, deadline=None)
@given(scenarios)
def test_the_layout_holds_the_plain_sums_bit_for_bit(scenario):
    clear_cost_cache()
    book = CostBook(scenario, PACK)
    member_sets = tuple(plan_sets(scenario, PACK).sets) or (("service",),)
    rows = book._layout(member_sets)
    fixed, per_user, contact = _plain_layout(book, member_sets)
    assert _same_bits(rows.fixed, fixed) and _same_bits(rows.per_user, per_user)
    assert (rows.contact is None) == (contact is None)
    assert contact is None or _same_bits(rows.contact, contact)


@settings(max_examples=25, deadline=None)
@given(scenarios)
def test_a_plans_yearly_rows_are_the_sums_of_its_terms_outer_products(scenario):
    clear_cost_cache()
    book = CostBook(scenario, PACK)
    for members in (("service", "mini_program"), ("wecom", "native_app"), tuple(PRESENCES)):
        plan = book.plan(members)
        samples, years = plan.shape
        rows, means = np.zeros((2, years, samples)), np.zeros((2, len(costs.COMPONENTS), years))
        for t in plan.terms:
            rows[int(t.per_user)] += np.outer(t.pattern, t.vector)
            means[int(t.per_user), t.component] += float(t.vector[AVERAGE_COLUMN]) * t.pattern
        found = plan._by_year
        for got, want in zip(found, (rows[0], rows[1], means[0], means[1]), strict=True):
            assert _same_bits(got, want)


def test_a_terms_likely_value_is_found_once_and_is_its_column_at_the_averages():
    book = CostBook(Scenario(needs=("payments",)), PACK)
    term = book.own("native_app").terms[0]
    assert term.at_average == float(term.vector[AVERAGE_COLUMN])
    assert "at_average" in vars(term)  # kept: the plans shown share their members' terms


def test_a_term_made_from_samples_is_a_read_only_view_of_them():
    book = CostBook(Scenario(), PACK)
    samples = book.s["mp_build_cny"]
    vector = book._vector(samples)
    assert np.shares_memory(vector, samples) and not vector.flags.writeable
    assert _same_bits(vector, np.broadcast_to(samples, samples.shape))
    one = book._vector(3.5)  # one value for every sample
    assert one.shape == (columns(PACK.samples),) and not one.flags.writeable and (one == 3.5).all()


def test_laying_out_every_plan_looks_up_each_presences_push_limit_once(monkeypatch):
    calls = []

    def counted(presence, pack):
        calls.append(presence)
        return push_limit(presence, pack)
    monkeypatch.setattr(costs, "push_limit", counted)
    clear_cost_cache()
    scenario = Scenario(goals=("news", "sell"), pushes_per_month=8)
    book = CostBook(scenario, PACK)
    member_sets = tuple(plan_sets(scenario, PACK).sets)
    book.first_year_and_total(member_sets)
    assert len(member_sets) > 20 and sorted(calls) == sorted(PRESENCES)
    for members in member_sets:  # and the kinds of plan are told apart as before
        has_app, has_mp, wechat, official, paid, pay_pages, chats, videos, app_needs, mp_needs = book._state(members)
        # The needs each build carries in the plan (-1: none in it, or the Mini Program rented), as its roles give them.
        roles = kept_duties(members, fit_table(scenario, PACK), scenario, PACK)
        pages = service_pay_pages(members, scenario, PACK)
        for presence, needs in (("native_app", app_needs), ("mini_program", mp_needs), ("service", pay_pages)):
            built = presence in members and (pages if presence == "service"
                                             else not (presence == "mini_program" and book.template))
            assert needs == (sum(duty.startswith("need:") for duty in roles[presence]) if built else -1)
        assert chats == chat_staff(members, fit_table(scenario, PACK), scenario, PACK)
        assert videos == films_videos(members, fit_table(scenario, PACK), scenario, PACK)
        table = fit_table(scenario, PACK)
        assert (has_app, has_mp, wechat) == ("native_app" in members, "mini_program" in members,
                                             wechat_door(members, table, scenario, PACK))
        # The messages bought as paid reach, as the plan's cost counts them and its sentences say them.
        assert paid == paid_messages_per_month(members, scenario, PACK)
        assert paid == max(0.0, scenario.pushes_per_month - free_messages_per_month(members, PACK))
        # Every message the scenario asks for is written, whichever member sends it or whether it is bought as paid
        # reach (2026-12-07; for the members that send them for free alone, the most of them, from 2026-12-05).
        assert official == written_messages(scenario) == scenario.pushes_per_month


def test_a_figures_limit_is_found_once_per_figure():
    from wxdesk.engine.figure_limits import limit_for
    first = limit_for("session_pivot_min", "min", "session")
    assert limit_for("session_pivot_min", "min", "session") is first
    assert limit_for("app_build_cny", "CNY", "build").high == limit_for("x", "cny", "y").high


def test_the_packs_keys_are_checked_as_before():
    """The loader's quick check of a table's keys refuses what the full one refused, by name."""
    from wxdesk.engine import DataPackError
    from wxdesk.engine.datapack import FIGURE_KEYS, _Reader
    reader = _Reader("pack.toml")
    reader.only({"label": "x", "low": 1}, FIGURE_KEYS, "figures.a")  # all allowed: nothing said
    with pytest.raises(DataPackError, match="unknown key 'lable' \\(did you mean 'label'\\?\\)"):
        reader.only({"lable": "x", "low": 1}, FIGURE_KEYS, "figures.a")
    with pytest.raises(DataPackError, match="unknown row 'servise'"):
        reader.only({"service": {}, "servise": {}}, ("service", "wecom"), "affinity", "row")


def test_a_date_read_again_is_read_once():
    parse_loose_date.cache_clear()
    assert parse_loose_date("2024-09") is parse_loose_date("2024-09")
    assert parse_loose_date.cache_info().hits == 1
    assert parse_loose_date("2024") == parse_loose_date("2024-12-31")
    assert parse_loose_date("2024-13") is None and parse_loose_date("soon") is None


def test_the_first_evaluation_after_a_start_equals_a_later_one():
    clear_cost_cache()
    first = evaluate(Scenario(), PACK).to_dict()
    evaluate(Scenario(audience=7), PACK)
    assert evaluate(Scenario(), PACK).to_dict() == first


@settings(max_examples=25, deadline=None)
@given(scenarios)
def test_a_part_sets_vectors_are_its_terms_summed_as_before(scenario):
    clear_cost_cache()
    book = CostBook(scenario, PACK)
    for part_set in [book.own(p) for p in PRESENCES] + [book.shared(("service", "mini_program", "native_app"))]:
        want = [np.zeros(part_set.samples) for _ in range(4)]
        for t in part_set.terms:
            base = 1 if t.per_user else 0
            if t.pattern[0]:
                want[base] += t.vector * t.pattern[0]
            want[base + 2] += t.vector * float(t.pattern.sum())
        assert all(_same_bits(got, expected) for got, expected in zip(part_set.vectors, want, strict=True))


def test_a_patterns_weights_are_found_once():
    every, first, later = cost_terms.year_patterns(4)
    assert [cost_terms._pattern_sums(p) for p in (every, first, later)] == [(1.0, 4.0), (1.0, 1.0), (0.0, 3.0)]
    assert all(cost_terms._PATTERN_SUMS[id(p)][0] is p for p in (every, first, later))
    other = np.array([0.5, 2.0])  # a pattern made elsewhere is summed as it is
    assert cost_terms._pattern_sums(other) == (0.5, 2.5)
