"""How a scenario's answer moved since an older data pack, in English and Chinese (wxdesk.words.pack_moves)."""

from __future__ import annotations

import datetime as dt

import dataclasses

import pytest

from wxdesk.batch.language import translate_function
from wxdesk.engine import Scenario, load_datapack, load_preset
from wxdesk.engine.changelog import load_changelog
from wxdesk.engine.pack_history import FitMove, Movement, NewPresence, answer_moved
from wxdesk.words import Words
from wxdesk.words.pack_moves import effect_text, movement_clauses, overall_text

OLDER = "2026-11-24"
PACK = load_datapack()

# The bundled pack's release as the English and the Chinese sentences write it.
_RELEASED = dt.date.fromisoformat(load_datapack().released)
RELEASED_EN = f"{_RELEASED.day} {_RELEASED:%B} {_RELEASED.year}"
RELEASED_ZH = f"{_RELEASED.year}年{_RELEASED.month}月{_RELEASED.day}日"
CHANGES = load_changelog(PACK)
# 2,000 monthly users: at 5,000 its WeCom's chats would take nearly a full-time person, whose effort the plan's score
# counts since 3 December 2026, and the plan keeps its Mini Program.
# Its Mini Program a custom build, as every one was before 4 December 2026 (the largest audience a rented template
# serves overridden to none, mp_template.py): rented as a template, a Mini Program at ¥4.5k a year takes the shop's
# payments beside WeCom with either pack's WeCom, and WeCom's payments move nothing.
# No messages a month: since WeCom's mass messages are costed as articles, as the Service Account's broadcasts are
# (2026-12-05), with its 4 messages the older pack's Service Account + Mini Program and Mini Program + WeCom tie to the
# yuan and the point (the one's relationship fit is the other's push fit), and the older plan was a tie's toss. Sending
# none, the older plan is Mini Program + WeCom by 1.6 points over the Mini Program alone, as it was.
SHOP = Scenario().with_changes(goals=["sell", "relationship"], needs=["payments"], audience=2000, budget_cny=50000,
                               pushes_per_month=0,
                               overrides={"mp_template_max_users": {"low": 0, "likely": 0, "high": 0}})


def words(lang):
    return Words.make(lang, "CNY", PACK, translate_function(lang))


@pytest.fixture(scope="module")
def shop():
    return answer_moved(SHOP, PACK, OLDER, CHANGES)


def _payments(moved):
    return next(e.movement for e in moved.effects if "WeCom can take payments" in e.change.what)


def test_the_shop_hears_its_plan_changed_and_why_in_english(shop):
    w = words("en")
    overall = overall_text(shop, w)
    assert overall.startswith(f"With the data pack of {RELEASED_EN} rather than 24 November 2026: ")
    assert "the plan changed from Mini Program + WeCom to WeCom" in overall
    cost = shop.overall
    # Cheaper: WeCom's staff take the shop's payments by chat (their time counted since 3 December 2026), some 75
    # hours a month, for less than the Mini Program that took them.
    assert f"the likely cost over 3 years fell from {w.money(cost.cost_before)} to {w.money(cost.cost_after)}" \
        in overall
    wecom = next(f for f in _payments(shop).fits if f.presence == "wecom")
    # The change's own part: the answer with it alone undone (other changes may move that plan too). It says
    # what the plan would be without it, never a second "changed from" beside the overall sentence's.
    alone = _payments(shop)
    assert effect_text(alone, w) == (
        f"For this scenario: WeCom's fit rose from {wecom.before} to {wecom.after}; without it the plan would be "
        f"Mini Program + WeCom; the likely cost over 3 years fell from {w.money(alone.cost_before)} "
        f"to {w.money(alone.cost_after)}.")


def test_the_shop_hears_it_in_chinese(shop):
    w = words("zh_CN")
    overall = overall_text(shop, w)
    assert overall.startswith(f"按{RELEASED_ZH}的数据包（而非2026年11月24日的）：")
    assert "方案由“小程序 + 企业微信”变为“企业微信”" in overall and overall.endswith("。")
    wecom = next(f for f in _payments(shop).fits if f.presence == "wecom")
    text = effect_text(_payments(shop), w)
    assert text.startswith(f"对此场景：企业微信的适配度由 {wecom.before} 升至 {wecom.after}；")
    assert "3 年预计成本由" in text and "降至" in text
    # Nothing of the English template is left in the Chinese sentence.
    assert not any(word in text + overall for word in ("fit", "plan", "cost", "scenario", "rather"))


def test_a_change_that_moved_nothing_says_so_in_both_languages(shop):
    upkeep = next(e.movement for e in shop.effects if "upkeep" in e.change.what)
    assert not upkeep.moved
    assert effect_text(upkeep, words("en")) == "For this scenario: no fit, plan or cost moved."
    assert effect_text(upkeep, words("zh_CN")) == "对此场景：适配度、方案和成本均无变化。"


def test_a_new_presence_is_named_with_its_fit():
    moved = answer_moved(load_preset("car_brand"), PACK, OLDER, CHANGES)
    channels = next(e.movement for e in moved.effects if e.change.adds)
    fit = channels.added[0].fit
    en, zh = effect_text(channels, words("en")), effect_text(channels, words("zh_CN"))
    assert en.startswith(f"For this scenario: Channels is new, with a fit of {fit}, and joins the plan; "
                         "without it the plan would be ")
    assert zh.startswith(f"对此场景：新增视频号，适配度 {fit}，已纳入方案；没有这项变化，方案将是“")


def _movement(**changes):
    base = Movement(plan_before=("wecom",), plan_after=("wecom",), fits=(), cost_before=4_210_000.0,
                    cost_after=4_210_000.0, horizon_years=5)
    return dataclasses.replace(base, **changes)


def test_a_cost_move_smaller_than_the_rounding_says_by_how_much():
    w = words("en")
    small = _movement(cost_after=4_210_104.0)
    assert effect_text(small, w) == "For this scenario: the likely cost over 5 years rose by ¥104, to ¥4.21M."
    assert effect_text(small, words("zh_CN")) == "对此场景：5 年预计成本增加 ¥104，达 ¥421万。"
    # Less than a yuan is no move at all.
    assert effect_text(_movement(cost_after=4_210_000.4), w) == "For this scenario: no fit, plan or cost moved."


def test_one_year_a_fall_and_a_plan_of_nothing():
    w = words("en")
    moved = _movement(horizon_years=1, cost_after=1_000_000.0, plan_after=(),
                      fits=(FitMove("service", 70, 55),), added=(NewPresence("channels", 30, False),))
    assert effect_text(moved, w) == (
        "For this scenario: Channels is new, with a fit of 30, and stays out of the plan; Service Account's fit "
        "fell from 70 to 55; without it the plan would be WeCom; the likely cost over one year fell from ¥4.21M "
        "to ¥1M.")
    # The overall sentence names the plan of nothing it changed to.
    assert "the plan changed from WeCom to No WeChat presence and no app" in \
        movement_clauses(moved, w, name_the_plan=True)
    assert words("zh_CN").plan(()) == "不做微信渠道，也不做应用"
    assert effect_text(moved, words("zh_CN")) == (
        "对此场景：新增视频号，适配度 30，未纳入方案；服务号的适配度由 70 降至 55；"
        "没有这项变化，方案将是“企业微信”；一年预计成本由 ¥421万 降至 ¥100万。")
    overall_zh = movement_clauses(moved, words("zh_CN"), name_the_plan=True)
    assert "方案由“企业微信”变为“不做微信渠道，也不做应用”" in overall_zh


def test_a_day_on_which_no_pack_was_released_is_named_as_the_one_in_use_then():
    """`changes FILE --since 2026-11-01` read "rather than 1 November 2026", a data pack that never was."""
    moved = answer_moved(SHOP, PACK, "2026-11-01", CHANGES)
    assert not moved.since_released and answer_moved(SHOP, PACK, OLDER, CHANGES).since_released
    assert overall_text(moved, words("en")).startswith(
        f"With the data pack of {RELEASED_EN} rather than the one in use on 1 November 2026: ")
    assert "时在用的数据包" in overall_text(moved, words("zh_CN"))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_answer_says_how_many_changes_below_it_could_not_count(lang):
    """bank_care saved with the pack of 6 December read "the plan stays WeCom + Native app" and nothing more, above a
    change of the next day's rules that took ¥200k off its cost: a change that records no older figure (a rule of
    wxdesk's own, a text) cannot be undone to compare, and the sentence says how many of those listed it leaves out."""
    since = "2026-12-06"
    bank = load_preset("bank_care")
    moved = answer_moved(bank, PACK, since, CHANGES)
    told = [c for c in CHANGES if c.day == dt.date(2026, 12, 7)]
    rules = [c for c in told if not c.comparable]
    assert len(rules) >= 2 and not moved.overall.moved
    text = overall_text(moved, words(lang), told)
    said = (f"Not counted here: {len(rules)} of the changes below, to wxdesk's rules or texts rather than a figure, "
            "whose older form cannot be put back to compare." if lang == "en" else
            f"此处未计入下列变更中的 {len(rules)} 项：它们修改的是 wxdesk 的规则或文字而非数据，无法还原旧版本来比较。")
    assert text.endswith(said), text
    # One left out is said as one; none, not at all.
    assert "one of the changes below" in overall_text(moved, words("en"), rules[:1])
    assert overall_text(moved, words(lang), []) == text.removesuffix(said).rstrip()
