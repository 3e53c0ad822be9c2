"""What reviewers read in the handout: the Chinese cover's label, each member's reasons under one tick, a hedged reason
kept hedged, and a cost range kept on one line.

- The Chinese cover set a lone "致" on its own line above the client's name: an unfinished line. It reads "致：" and
  the name on one line, as the long image writes it; the English keeps "Prepared for" above the name.
- "Why this plan" named a member twice with another between (yoga_teacher: Mini Program, Official Account, Mini
  Program): one line a member, its reasons together.
- It said "✓ Channels: Good for short video and live streams." where the Channels card said "…, though a weak fit for
  what you want as a whole.": the list never reads more favourably than the card.
- A card's range broke at its dash ("5 年预计 ¥421万（¥221万 –" / "¥697万）").
"""

from __future__ import annotations

import itertools

import pytest

from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.report.answer import build_answer
from wxdesk.report.command import reader_words
from wxdesk.words.line_breaks import shown

PACK = load_datapack()
LANGS = ("en", "zh_CN")
# A one-person online course (a reviewer's scenario): a plan of an Official Account and Channels, Channels of weak fit
# as a whole and good for the video it carries.
COURSE = Scenario().with_changes(budget_cny=30_000, interaction_minutes=20, audience=20_000, china_share=0.95,
                                 pushes_per_month=8, goals=["sell", "video"], needs=["payments"], horizon_years=3,
                                 entity="individual", paid_share=0.3, client="Anna Lee online courses")
# A plan of three whose Mini Program and Channels fit weakly as a whole, each carrying a goal it is strong at.
WEAK_MEMBERS = Scenario().with_changes(audience=40_000, budget_cny=600_000, interaction_minutes=12,
                                       pushes_per_month=12, goals=["video", "employees", "service"],
                                       entity="overseas_company", paid_share=0.1, horizon_years=1)
SCENARIOS = {**{p: load_preset(p) for p in preset_ids()}, "course": COURSE, "weak_members": WEAK_MEMBERS}


def _answer(name: str, lang: str):
    return build_answer(evaluate(SCENARIOS[name], PACK), PACK, reader_words(lang, "CNY", PACK), flips={})


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_each_member_is_named_once_in_why_this_plan(name, lang):
    names = [presence for presence, _ in _answer(name, lang).reasons]
    assert len(names) == len(set(names)), names


@pytest.mark.parametrize("lang", LANGS)
def test_the_yoga_teachers_mini_program_reasons_stand_together(lang):
    w = reader_words(lang, "CNY", PACK)
    reasons = _answer("yoga_teacher", lang).reasons
    assert [presence for presence, _ in reasons] == [w.presence("mini_program"), w.presence("subscription")]
    mini_program = reasons[0][1]
    # Its two sentences in one paragraph: the session's point first (its strongest), then the service it carries.
    assert mini_program.startswith(w.reason(R.Reason(R.SESSION_MP_LONGER_PLAIN, {"minutes": 2, "pivot": 5})))
    assert mini_program.endswith(w.reason(R.Reason(R.STRONG_GOAL, {"goal": R.Term("goal:service")})))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_a_member_of_weak_fit_is_listed_with_its_weak_fit(name, lang):
    """The list says a weakly fitting member's goals with the card's qualifier, never in the plain form alone."""
    evaluation = evaluate(SCENARIOS[name], PACK)
    w = reader_words(lang, "CNY", PACK)
    listed = dict(_answer(name, lang).reasons)
    for presence in evaluation.plan.presences:
        said = listed.get(w.presence(presence), "")
        for reason in evaluation.presence(presence).reasons:
            if reason.template != R.STRONG_GOALS_WEAK_FIT:
                continue
            goals = list(reason.params["goals"])
            for n in range(1, len(goals) + 1):
                for some in itertools.combinations(goals, n):
                    plain = w.reason(R.Reason(R.STRONG_GOALS_WEAK_FIT_PLAIN, {"goals": R.Terms(list(some))}))
                    hedged = w.reason(R.Reason(R.STRONG_GOALS_WEAK_FIT, {"goals": R.Terms(list(some))}))
                    assert plain not in said.replace(hedged, ""), (presence, said)


@pytest.mark.parametrize("lang", LANGS)
def test_the_courses_channels_reads_as_its_card_does(lang):
    w = reader_words(lang, "CNY", PACK)
    evaluation = evaluate(COURSE, PACK)
    assert "channels" in evaluation.plan.presences  # the case itself
    card = next(r for r in evaluation.presence("channels").reasons if r.template == R.STRONG_GOALS_WEAK_FIT)
    assert [str(g) for g in card.params["goals"]] == ["goal:video"]
    assert dict(_answer("course", lang).reasons)[w.presence("channels")] == w.reason(card)


def _handout(scenario: Scenario, lang: str, path):
    from wxdesk.report.handout import write_report
    from wxdesk.report.layout import measuring
    with measuring() as pages:
        write_report(evaluate(scenario, PACK), PACK, path, reader_words(lang, "CNY", PACK), flips={})
    return pages


@pytest.mark.gui
@pytest.mark.parametrize("lang", LANGS)
def test_the_cover_names_the_client_after_its_label(lang, qapp, tmp_path):
    pages = _handout(load_preset("car_brand", lang), lang, tmp_path / "h.pdf")
    first = [line for placed in pages[0].texts for line in placed.lines]
    client = SCENARIOS["car_brand"].client if lang == "en" else load_preset("car_brand", lang).client
    if lang == "en":
        assert first[0] == "Prepared for" and first[1].startswith("EV maker"), first[:3]
    else:
        assert first[0] == f"致：{client}", first[:3]
    assert not any(line.strip() in ("致", "致：") for line in first), first[:3]


@pytest.mark.gui
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["car_brand", "yoga_teacher", "course"])
def test_a_cost_range_stays_on_one_line(name, lang, qapp, tmp_path):
    scenario = load_preset(name, lang) if name in preset_ids() else SCENARIOS[name]
    evaluation = evaluate(scenario, PACK)
    w = reader_words(lang, "CNY", PACK)
    ranges = [w.money_range(p.total.low, p.total.high) for p in (evaluation.plan, *evaluation.alternatives)]
    pages = _handout(scenario, lang, tmp_path / "h.pdf")
    placed = [p for page in pages for p in page.texts]
    found = 0
    for p in placed:
        for cost_range in ranges:
            if cost_range in shown(p.text):  # (as the reader reads it: without the joiners that keep it whole)
                found += 1
                assert any(cost_range in line for line in p.lines), (cost_range, p.lines)
    assert found >= len(ranges)  # every card's range, at least
    assert not [line for p in placed for line in p.lines if line.rstrip().endswith("–")]
