"""The launch timeline: each presence's steps, their weeks from the pack, and the live-by check."""

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import Scenario
from wxdesk.engine.timeline import TIMELINE_FIGURES, Weeks, live_by_date, plan_timeline

ALL = ("service", "subscription", "mini_program", "wecom", "channels", "native_app")
TODAY = dt.date(2026, 11, 30)
# An audience beyond the largest a rented template Mini Program serves (mp_template_max_users, 50,000): the Mini
# Program is built. (Scenario()'s 50,000 users selling, with no special need, now rent a template.)
CUSTOM_BUILT = 60_000


def steps(presence, scenario=None, pack=None):
    from wxdesk.engine import load_datapack
    pack = pack or load_datapack()
    timeline = plan_timeline((presence,), scenario or Scenario(needs=(), audience=CUSTOM_BUILT), pack)
    return [s.id for s in timeline.presence(presence).steps]


@pytest.mark.parametrize("presence, entity, expected", [
    ("service", "company", ["verification"]),
    ("subscription", "company", ["verification"]),
    ("subscription", "individual", ["registration"]),
    ("wecom", "company", ["verification"]),
    ("channels", "company", ["verification"]),
    ("mini_program", "company", ["verification", "icp_filing", "build", "review"]),
    ("mini_program", "individual", ["verification", "icp_filing", "build", "review"]),
    # Mini Programs of overseas companies need no ICP filing.
    ("mini_program", "overseas_company", ["verification", "build", "review"]),
    ("native_app", "company", ["developer_accounts", "build", "icp_filing", "software_copyright", "store_review"]),
    # Chinese app stores ask every app for a filing and a copyright certificate.
    ("native_app", "overseas_company",
     ["developer_accounts", "build", "icp_filing", "software_copyright", "store_review"]),
])
def test_each_presence_has_its_steps(pack, presence, entity, expected):
    assert steps(presence, Scenario(entity=entity, needs=(), audience=CUSTOM_BUILT), pack) == expected


def test_step_weeks_are_the_pack_figures(pack):
    timeline = plan_timeline(("mini_program",), Scenario(needs=(), audience=CUSTOM_BUILT), pack)
    for step in timeline.presence("mini_program").steps:
        fig = pack.figures[step.figure]
        # The likely weeks at the figure's average, as every likely cost takes its figures.
        assert (step.weeks.low, step.weeks.likely, step.weeks.high) == (fig.low, fig.average, fig.high)
    edited = pack.with_overrides({"weeks_icp_filing": {"low": 1, "likely": 9, "high": 12}})
    longer = plan_timeline(("mini_program",), Scenario(needs=(), audience=CUSTOM_BUILT), edited)
    # A filing longer than the build sets the pace of that stage.
    expected = (pack.figures["weeks_verification"].average + max(22 / 3, pack.figures["weeks_mp_build"].average)
                + pack.figures["weeks_mp_review"].average)
    assert longer.weeks.likely == pytest.approx(expected) and longer.weeks.likely > timeline.weeks.likely


def test_overseas_companies_verify_more_slowly(pack):
    home = plan_timeline(("service",), Scenario(entity="company"), pack).weeks
    abroad = plan_timeline(("service",), Scenario(entity="overseas_company"), pack).weeks
    assert abroad.likely == pack.figures["weeks_verification_overseas"].average > home.likely


def _later(a, b):
    return Weeks(max(a.low, b.low), max(a.likely, b.likely), max(a.high, b.high))


def test_steps_run_in_sequence_with_the_filing_beside_the_build(pack):
    app = plan_timeline(("native_app",), Scenario(needs=("payments",)), pack).presence("native_app")
    accounts, build, filing, copyright, review = app.steps
    assert accounts.start == Weeks(0, 0, 0)
    assert build.start == filing.start == accounts.end
    assert copyright.start == _later(build.end, filing.end)
    assert review.start == copyright.end and app.weeks == review.end
    mp = plan_timeline(("mini_program",), Scenario(needs=(), audience=CUSTOM_BUILT), pack).presence("mini_program")
    verification, filing, build, review = mp.steps
    assert filing.start == build.start == verification.end
    assert review.start == _later(filing.end, build.end)
    # Side by side, the filing costs no time unless it outlasts the build.
    assert mp.weeks.likely < sum(s.weeks.likely for s in mp.steps)


def test_building_is_sized_by_the_needs(pack):
    scope = pack.figures["scope_per_need"]
    plain = plan_timeline(("mini_program",), Scenario(needs=(), audience=CUSTOM_BUILT), pack).presence("mini_program")
    heavy = plan_timeline(("mini_program",), Scenario(needs=("payments", "offline", "hardware"), audience=CUSTOM_BUILT),
                          pack).presence("mini_program")
    build = next(s for s in plain.steps if s.id == "build")
    heavy_build = next(s for s in heavy.steps if s.id == "build")
    assert build.weeks.likely == pack.figures["weeks_mp_build"].average
    # By the needs a Mini Program carries (payments): offline use and phone hardware are an app's to carry.
    carried = [n for n in ("payments", "offline", "hardware")
               if n == "payments" or pack.capability[n]["mini_program"] >= pack.likely("hard_need_met_from")]
    assert carried == ["payments"]
    assert heavy_build.weeks.likely == pytest.approx(build.weeks.likely * (1 + len(carried) * scope.average))
    assert heavy_build.weeks.high == pytest.approx(build.weeks.high * (1 + len(carried) * scope.high))
    app = plan_timeline(("native_app",), Scenario(needs=("payments", "offline", "hardware"), audience=CUSTOM_BUILT),
                        pack).presence("native_app")
    app_plain = plan_timeline(("native_app",), Scenario(needs=(), audience=CUSTOM_BUILT), pack).presence("native_app")
    app_build, app_plain_build = (next(s for s in t.steps if s.id == "build") for t in (app, app_plain))
    assert app_build.weeks.likely == pytest.approx(app_plain_build.weeks.likely * (1 + 3 * scope.average))
    # Paperwork and reviews do not grow with the Mini Program.
    assert [s.weeks for s in heavy.steps if s.id != "build"] == [s.weeks for s in plain.steps if s.id != "build"]


def test_presences_run_side_by_side(pack):
    timeline = plan_timeline(("subscription", "mini_program"), Scenario(needs=(), audience=CUSTOM_BUILT), pack)
    mp = timeline.presence("mini_program").weeks
    assert timeline.weeks == mp  # the Mini Program is the slower one
    assert timeline.weeks.likely < mp.likely + timeline.presence("subscription").weeks.likely


@settings(max_examples=40, deadline=None)
@given(members=st.sets(st.sampled_from(ALL), min_size=1),
       extra=st.sampled_from(ALL),
       needs=st.sets(st.sampled_from(("payments", "offline", "hardware", "background", "large_app"))),
       entity=st.sampled_from(("company", "individual", "overseas_company")))
def test_plan_weeks_are_its_slowest_member_and_adding_one_never_shortens_it(members, extra, needs, entity):
    from wxdesk.engine import load_datapack
    pack = load_datapack()
    scenario = Scenario(needs=tuple(sorted(needs)), entity=entity)
    plan = tuple(sorted(members))
    timeline = plan_timeline(plan, scenario, pack)
    for key in ("low", "likely", "high"):
        assert getattr(timeline.weeks, key) == max(getattr(p.weeks, key) for p in timeline.presences)
    assert timeline.weeks.low <= timeline.weeks.likely <= timeline.weeks.high
    bigger = plan_timeline(tuple(sorted(members | {extra})), scenario, pack)
    assert bigger.weeks.likely >= timeline.weeks.likely


def test_must_be_live_by(pack):
    timeline = plan_timeline(("mini_program",), Scenario(needs=(), audience=CUSTOM_BUILT), pack)
    likely_day = timeline.live_dates(TODAY)["likely"]
    assert likely_day == TODAY + dt.timedelta(days=round(timeline.weeks.likely * 7))
    assert timeline.meets(likely_day, TODAY)
    assert not timeline.meets(likely_day - dt.timedelta(days=1), TODAY)
    assert timeline.meets(likely_day + dt.timedelta(days=60), TODAY)
    # A Service Account is live within weeks; an app within months.
    deadline = TODAY + dt.timedelta(weeks=8)
    assert plan_timeline(("service",), Scenario(), pack).meets(deadline, TODAY)
    assert not plan_timeline(("native_app",), Scenario(), pack).meets(deadline, TODAY)


def test_live_dates_are_ordered(pack):
    dates = plan_timeline(("native_app", "wecom"), Scenario(needs=("large_app",)), pack).live_dates(TODAY)
    assert TODAY < dates["low"] <= dates["likely"] <= dates["high"]


def test_an_empty_plan_is_live_today(pack):
    timeline = plan_timeline((), Scenario(), pack)
    assert timeline.weeks == Weeks(0, 0, 0)
    assert timeline.meets(TODAY, TODAY) and not timeline.meets(TODAY - dt.timedelta(days=1), TODAY)


def test_to_dict_is_json_with_steps_and_bands(pack):
    data = plan_timeline(("service", "native_app"), Scenario(needs=("payments",)), pack).to_dict()
    json.dumps(data)
    assert set(data) == {"weeks", "presences"}
    assert [p["id"] for p in data["presences"]] == ["service", "native_app"]
    app = data["presences"][1]
    assert app["weeks"] == data["weeks"]
    first, second = app["steps"][:2]
    assert set(first) == {"step", "figure", "weeks", "start_weeks", "end_weeks"}
    assert second["start_weeks"] == first["end_weeks"]


def test_unknown_presence_is_refused(pack):
    with pytest.raises(ValueError, match="flyers"):
        plan_timeline(("flyers",), Scenario(), pack)


def test_every_step_figure_is_in_the_pack_in_weeks(pack):
    for fid in TIMELINE_FIGURES:
        assert fid in pack.figures
        if fid != "scope_per_need":
            assert pack.figures[fid].unit == "weeks" and pack.figures[fid].group == "timeline"


def test_live_by_date_reads_the_scenario_field(pack):
    assert live_by_date(Scenario()) is None
    scenario = Scenario().with_changes(live_by="2027-03-01", goals=["sell"], needs=["payments"])
    assert live_by_date(scenario) == dt.date(2027, 3, 1)
    # The check a plan and its alternatives make: a Mini Program shop by March, an app not.
    assert plan_timeline(("mini_program",), scenario, pack).meets(live_by_date(scenario), TODAY)
    assert not plan_timeline(("native_app",), scenario, pack).meets(live_by_date(scenario), TODAY)


def test_a_rented_template_is_set_up_in_its_weeks_in_place_of_the_build(pack):
    """Where a template serves (mp_template.rents_template), the Mini Program's build step is the template's set-up,
    weeks_mp_template whatever the needs it serves; the ICP filing and the review stay."""
    for entity, expected in (("company", ["verification", "icp_filing", "template_setup", "review"]),
                             ("individual", ["verification", "icp_filing", "template_setup", "review"])):
        shop = Scenario(entity=entity, goals=("sell",), needs=("payments",), audience=3000)
        assert steps("mini_program", shop, pack) == expected
        setup = next(s for s in plan_timeline(("mini_program",), shop, pack).presence("mini_program").steps
                     if s.id == "template_setup")
        figure = pack.figures["weeks_mp_template"]
        assert (setup.weeks.low, setup.weeks.likely, setup.weeks.high) == (figure.low, figure.likely, figure.high)
    # An overseas company's Mini Program is built (its categories and payments are not the templates').
    assert "build" in steps("mini_program", Scenario(entity="overseas_company", needs=(), audience=3000), pack)


# ---------------------------------------------------------------- a Service Account's payment pages


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["city_service", "food_ordering", "cross_border_skincare", "bank_care", "yoga_teacher"]),
       st.sampled_from(["company", "overseas_company", "individual"]), st.booleans())
def test_a_service_account_costed_with_payment_pages_is_live_once_they_are_built(preset, entity, payments):
    """city_service's Service Account, costed with payment pages priced as a Mini Program of the same scope, was said
    to be live in a week, its verification alone: "Likely in time for your date …, unlike the plan". Its timeline now
    builds the pages as it costs them (a Mini Program's build of the same scope, or a rented template's set-up), with
    their ICP filing (none for an overseas company), and a Service Account without pages stays its verification."""
    from wxdesk.engine import evaluate, load_datapack, load_preset
    from wxdesk.engine.costs import service_pay_pages
    from wxdesk.engine.timeline import PAGES_BUILD, PAGES_TEMPLATE_SETUP, TEMPLATE_SETUP
    pack = load_datapack()
    base = load_preset(preset)
    needs = sorted({*base.needs, "payments"} if payments else set(base.needs) - {"payments"})
    scenario = base.with_changes(entity=entity, needs=needs)
    ev = evaluate(scenario, pack, TODAY)
    alone = plan_timeline(("mini_program",), scenario, pack).presence("mini_program")
    mini_program = {s.id: s.weeks for s in alone.steps}
    for plan in (ev.plan, *ev.alternatives):
        if "service" not in plan.presences:
            continue
        service = plan.timeline.presence("service")
        kinds = [s.id for s in service.steps]
        if service_pay_pages(plan.presences, scenario, pack):
            built = [s for s in service.steps if s.id in (PAGES_BUILD, PAGES_TEMPLATE_SETUP)]
            assert len(built) == 1 and TEMPLATE_SETUP not in kinds, kinds  # (pages, in a plan with no Mini Program)
            # As long as the Mini Program's own build or set-up, of the same scope.
            rented = TEMPLATE_SETUP in mini_program
            assert built[0].id == (PAGES_TEMPLATE_SETUP if rented else PAGES_BUILD)
            assert built[0].weeks == mini_program[TEMPLATE_SETUP if rented else "build"]
            assert ("icp_filing" in kinds) == (entity != "overseas_company")
            assert "review" not in kinds  # (web pages pass no platform review)
        else:
            assert kinds in (["verification"], ["registration"]), kinds


def test_rented_payment_pages_are_set_up_as_pages():
    """city_service's inputs at 5,000 users with 1:1 contact and payments: the plan is Service Account + WeCom, its
    pages rented as a template. The handout's chart read "Set up the rented template" beside "The plan holds neither a
    native app nor a Mini Program"."""
    from wxdesk.engine import evaluate, load_datapack, load_preset
    from wxdesk.engine.timeline import PAGES_TEMPLATE_SETUP
    from wxdesk.words.steps import step_names
    pack = load_datapack()
    scenario = load_preset("city_service").with_changes(audience=5000, goals=["relationship"], pushes_per_month=4,
                                                        interaction_minutes=3, needs=["payments"])
    ev = evaluate(scenario, pack, TODAY)
    assert "service" in ev.plan.presences and "mini_program" not in ev.plan.presences
    kinds = [s.id for s in ev.plan.timeline.presence("service").steps]
    assert PAGES_TEMPLATE_SETUP in kinds, kinds
    assert step_names(lambda _context, text: text)[PAGES_TEMPLATE_SETUP] == "Set up the rented payment pages"


@given(st.floats(0, 500, allow_nan=False))
def test_whole_weeks_are_the_jsons_tenth_rounded_as_a_reader_rounds_it(weeks):
    """The sentences' whole weeks are read off the tenth the JSON gives, halves up: 9.46 read "9.5" in the JSON beside
    "about 9 weeks" in the text, and 8.5 read "about 8"."""
    from decimal import ROUND_HALF_UP, Decimal

    from wxdesk.engine.timeline import whole_weeks
    tenth = Weeks(weeks, weeks, weeks).to_dict()["likely"]
    by_hand = int(Decimal(str(tenth)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert whole_weeks(weeks) == max(1, by_hand)


def test_whole_weeks_at_the_cases_that_read_apart():
    from wxdesk.engine.timeline import whole_weeks
    assert whole_weeks(9.46) == 10 and whole_weeks(8.5) == 9 and whole_weeks(8.44) == 8 and whole_weeks(0.2) == 1
