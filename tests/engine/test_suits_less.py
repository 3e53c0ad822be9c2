"""A presence that would lower the plan's coverage says which of the session length and the audience size suits the
plan with it less: bank_care's Service Account read "your session length or audience size suits it less", an "or"
a client cannot act on. Only those two columns can fall when a member is added (goals, messages and needs take the
plan's best member), and the sentence names exactly the ones that do."""

from hypothesis import given, settings

from scenario_strategies import scenarios

from wxdesk.batch.language import words
from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.fit import fit_table

PACK = load_datapack()
NAMED = {R.SUITS_LESS_SESSION: {"session"}, R.SUITS_LESS_SIZE: {"scale"}, R.SUITS_LESS_BOTH: {"session", "scale"}}


def _clauses(evaluation):
    for presence in evaluation.presences:
        for reason in presence.reasons:
            if "suits" in reason.params:
                yield presence.id, reason.params["suits"].template


def _lower_columns(scenario, plan, presence) -> set[str]:
    table = fit_table(scenario, PACK.with_overrides(scenario.overrides))
    with_it = tuple(p for p in PRESENCES if p in plan or p == presence)
    now, then = table.columns(plan), table.columns(with_it)
    return {dim.kind for dim, a, b in zip(table.dims, then, now, strict=True) if a < b - 1e-9}


@settings(max_examples=150, deadline=None)
@given(scenarios)
def test_the_clause_names_the_columns_the_plan_with_it_suits_less(scenario):
    evaluation = evaluate(scenario, PACK)
    for presence, clause in _clauses(evaluation):
        lower = _lower_columns(scenario, evaluation.plan.presences, presence)
        assert lower <= {"session", "scale"}, lower  # nothing else can fall
        assert NAMED[clause] == lower or (clause == R.SUITS_LESS_BOTH and not lower), (presence, clause, lower)


def test_bank_cares_service_account_names_both_in_both_languages():
    evaluation = evaluate(load_preset("bank_care"), PACK)
    assert dict(_clauses(evaluation)) == {"service": R.SUITS_LESS_BOTH}
    service = evaluation.presence("service").reasons[0]
    assert words("en").reason(service).endswith(
        "(75.5 against 79.9), as your session length and audience size suit it less.")
    assert words("zh_CN").reason(service).endswith("（您的单次使用时长和用户规模都不太适合它）。")


def test_where_only_the_sessions_suit_it_less_only_they_are_named():
    # Six-hour sessions with no goal: a Service Account beside the plan suits them less, and the audience of no one
    # no worse.
    scenario = Scenario(budget_cny=155e6, interaction_minutes=363.8, audience=0.0, china_share=0.5,
                        pushes_per_month=4.0, goals=(), needs=(), horizon_years=1, entity="company", paid_share=0.0)
    evaluation = evaluate(scenario, PACK)
    assert dict(_clauses(evaluation)).get("service") == R.SUITS_LESS_SESSION
    text = words("en").reason(evaluation.presence("service").reasons[0])
    assert text.endswith("as your session length suits it less.") and "audience size" not in text
