"""The data pack's changelog: loaded and checked, filtered by date, and by what touches a scenario."""

import datetime as dt
import re

import pytest

from wxdesk.engine import DataPackError, Scenario
from wxdesk.engine.changelog import changes_since, changes_touching, load_changelog
from wxdesk.paths import resource_path
from cli_in_process import run_here

FIRST_RELEASE = "2026-11-24"


@pytest.fixture
def changes(pack):
    return load_changelog(pack)


def _what(changes):
    return " | ".join(c.what for c in changes)


def test_bundled_changelog_loads_oldest_first_with_both_languages(pack, changes):
    assert changes[0].date == FIRST_RELEASE
    assert [c.day for c in changes] == sorted(c.day for c in changes)
    assert all(c.what and c.what_zh and c.why and c.why_zh for c in changes)
    # The newest entries are the pack's own release.
    assert changes[-1].date == pack.released


def test_every_id_a_change_names_exists(pack, changes):
    for change in changes:
        assert set(change.figures) <= set(pack.figures), change.what
        assert set(change.rules) <= set(pack.rules), change.what


def test_this_release_records_the_fact_check(changes):
    text = _what(changes_since(FIRST_RELEASE, changes))
    for topic in ("WeCom can take payments", "NFC on iPhone", "overseas companies", "公众号",
                  "ICP filing", "launch timeline", "Exchange rates", "Channels (视频号)"):
        assert topic in text


def test_changes_since_a_date(pack, changes):
    assert changes_since(None, changes) == changes
    newer = changes_since(FIRST_RELEASE, changes)
    assert newer and all(c.day > dt.date(2026, 11, 24) for c in newer)
    assert changes_since(dt.date.fromisoformat(pack.released), changes) == ()
    assert len(changes_since("2026-11-23", changes)) == len(changes)


def test_changes_since_refuses_what_is_not_a_day(changes):
    for bad in ("2026-11", "yesterday", "2026-13-01"):
        with pytest.raises(ValueError, match="not a date"):
            changes_since(bad, changes)


def test_changes_since_defaults_to_the_bundled_pack(changes):
    assert changes_since(FIRST_RELEASE) == changes_since(FIRST_RELEASE, changes)


def test_a_shop_hears_about_payments_a_factory_does_not(changes):
    shop = Scenario(goals=("sell",), needs=("payments",))
    factory = Scenario(goals=("employees",), needs=())
    assert "WeCom can take payments" in _what(changes_touching(shop, FIRST_RELEASE, changes))
    factory_changes = _what(changes_touching(factory, FIRST_RELEASE, changes))
    assert "WeCom can take payments" not in factory_changes
    # Changes for everyone reach every scenario.
    assert "Exchange rates" in factory_changes and "launch timeline" in factory_changes


def test_presence_changes_reach_the_plans_that_hold_the_presence(changes):
    scenario = Scenario(goals=("employees",), needs=())
    without = _what(changes_touching(scenario, FIRST_RELEASE, changes, presences=("wecom",)))
    with_mp = _what(changes_touching(scenario, FIRST_RELEASE, changes, presences=("wecom", "mini_program")))
    assert "upkeep" not in without and "upkeep" in with_mp


def test_entity_limited_changes_reach_only_those_businesses(changes):
    home, abroad = Scenario(entity="company", needs=()), Scenario(entity="overseas_company", needs=())
    overseas_rule = "open to overseas companies"
    assert overseas_rule in _what(changes_touching(abroad, FIRST_RELEASE, changes))
    assert overseas_rule not in _what(changes_touching(home, FIRST_RELEASE, changes))
    # The ICP filing concerns Chinese entities' Mini Programs only.
    plan, filing = ("mini_program",), "need an ICP filing"
    assert filing in _what(changes_touching(home, FIRST_RELEASE, changes, presences=plan))
    assert filing not in _what(changes_touching(abroad, FIRST_RELEASE, changes, presences=plan))


def test_a_video_brand_hears_of_channels_a_factory_does_not(changes):
    brand, factory = Scenario(goals=("video", "sell"), needs=()), Scenario(goals=("employees",), needs=())
    assert "Channels (视频号)" in _what(changes_touching(brand, FIRST_RELEASE, changes))
    assert "Channels (视频号)" not in _what(changes_touching(factory, FIRST_RELEASE, changes))


def test_an_overridden_figure_that_changed_touches_the_scenario(changes):
    plain = Scenario(goals=("employees",), needs=())
    overridden = plain.with_changes(overrides={"mp_maintenance_share": 0.1})
    assert "upkeep" not in _what(changes_touching(plain, FIRST_RELEASE, changes))
    assert "upkeep" in _what(changes_touching(overridden, FIRST_RELEASE, changes))


def test_a_change_of_what_messages_cost_reaches_only_scenarios_that_send_them(changes):
    """WeCom's messages costed as articles (2026-12-05) was listed for any plan with WeCom, a scenario that sends
    no message too, whose answer it cannot move."""
    sender = Scenario(goals=("service",), needs=(), pushes_per_month=4.0)
    silent = sender.with_changes(pushes_per_month=0.0)
    rule = "WeCom's mass messages to customers are costed as produced articles"
    assert rule in _what(changes_touching(sender, FIRST_RELEASE, changes, presences=("wecom",)))
    assert rule not in _what(changes_touching(silent, FIRST_RELEASE, changes, presences=("wecom",)))
    # Set for what it changed: an overridden article price of a silent scenario moves nothing either.
    overridden = silent.with_changes(overrides={"content_per_message_cny": 100.0})
    assert rule not in _what(changes_touching(overridden, FIRST_RELEASE, changes))
    assert next(c for c in changes if c.what.startswith(rule)).to_dict()["sends_messages"] is True


def test_a_file_saved_with_this_pack_hears_of_no_change(pack, changes):
    assert changes_touching(Scenario(), pack.released, changes, presences=("service", "wecom")) == ()


def _pack_with(tmp_path, entry):
    text = resource_path("datapack.toml").read_text(encoding="utf-8")
    path = tmp_path / "pack.toml"
    path.write_text(text + "\n[[changelog]]\n" + entry, encoding="utf-8")
    return path


@pytest.mark.parametrize("entry, problem", [
    ('date = "soon"\nwhat = "x"\nwhat_zh = "x"\nwhy = "y"\nwhy_zh = "y"\neveryone = true\n', "'date'"),
    ('date = "2027-01-01"\nwhat = ""\nwhat_zh = "x"\nwhy = "y"\nwhy_zh = "y"\neveryone = true\n', "'what'"),
    ('date = "2027-01-01"\nwhat = "x"\nwhat_zh = "x"\nwhy = "y"\nwhy_zh = "y"\nfigures = ["no_such"]\n',
     "unknown 'no_such'"),
    ('date = "2027-01-01"\nwhat = "x"\nwhat_zh = "x"\nwhy = "y"\nwhy_zh = "y"\n', "what it concerns"),
    ('date = "2027-01-01"\nwhat = "x"\nwhat_zh = "x"\nwhy = "y"\nwhy_zh = "y"\neveryone = "yes"\n', "'everyone'"),
    ('date = "2027-01-01"\nwhat = "x"\nwhat_zh = "x"\nwhy = "y"\nwhy_zh = "y"\neveryone = true\nsends_messages = 1\n',
     "'sends_messages' must be true or false"),
    # Misspelled keys were passed over, and the entry concerned other than its author wrote.
    ('date = "2027-01-01"\nwhat = "x"\nwhat_zh = "x"\nwhy = "y"\nwhy_zh = "y"\neveryone = true\nfigurse = ["x"]\n',
     "unknown key 'figurse' (did you mean 'figures'?)"),
    ('date = "2027-01-01"\nwhat = "x"\nwhat_zh = "x"\nwhy = "y"\nwhy_zh = "y"\neveryone = true\n'
     '[[changelog.valeus]]\nkey = "x"\nbefore = 1\nafter = 2\n', "unknown key 'valeus' (did you mean 'values'?)"),
    # A change is dated by the release that made it: one after this pack's own was listed as the newest.
    ('date = "2099-11-24"\nwhat = "x"\nwhat_zh = "x"\nwhy = "y"\nwhy_zh = "y"\neveryone = true\n',
     "its date, 2099-11-24, is after the pack's own release of"),
])
def test_a_broken_entry_is_named(tmp_path, entry, problem):
    with pytest.raises(DataPackError, match=re.escape(problem)) as info:
        load_changelog(_pack_with(tmp_path, entry))
    assert f"changelog[{len(load_changelog(resource_path('datapack.toml')))}]" in str(info.value)



_ENTRY = 'what = "x"\nwhat_zh = "x"\nwhy = "y"\nwhy_zh = "y"\neveryone = true\n'


@pytest.mark.parametrize("entry, kind, other, en, zh", [
    # A key near none known: the window had said "incomplete or holds a value wxdesk does not accept".
    ('date = "2027-01-01"\n' + _ENTRY + 'qqqzzz = 1\n', "pack_unknown_name", "qqqzzz",
     "holds “qqqzzz”, a name wxdesk does not know", "无法识别的名称“qqqzzz”"),
    ('date = "2027-01-01"\n' + _ENTRY.replace("everyone = true", 'goals = ["qqqzzz"]'), "pack_unknown_name",
     "qqqzzz", "holds “qqqzzz”, a name wxdesk does not know", "无法识别的名称“qqqzzz”"),
    # A change dated after the pack: the window had said nothing of the date.
    ('date = "2099-11-24"\n' + _ENTRY, "pack_change_later", "2099-11-24",
     "is dated 24 November 2099, later than the pack itself", "日期为 2099年11月24日，晚于数据包本身的发布日期"),
])
def test_the_window_says_what_the_command_line_says_of_an_entry(tmp_path, entry, kind, other, en, zh):
    from wxdesk.engine import load_datapack
    from wxdesk.report.command import reader_words
    from wxdesk.words.file_problems import file_problem_text

    with pytest.raises(DataPackError) as info:
        load_changelog(_pack_with(tmp_path, entry))
    problem = info.value.problem
    index = len(load_changelog(resource_path("datapack.toml")))
    assert (problem.kind, problem.detail, problem.other) == (kind, f"changelog[{index}]", other)
    for lang, said in (("en", en), ("zh_CN", zh)):
        text = file_problem_text(problem, reader_words(lang, "CNY", load_datapack()))
        assert said in text and f"“changelog[{index}]”" in text, text

def test_a_pack_without_a_changelog_has_none(tmp_path):
    text = resource_path("datapack.toml").read_text(encoding="utf-8")
    path = tmp_path / "old.toml"
    path.write_text(text[:text.index("[[changelog]]")], encoding="utf-8")
    assert load_changelog(path) == ()


def test_changelog_text_is_newest_first_in_pack_order(changes):
    from wxdesk.batch.language import words
    from wxdesk.words.pack_moves import changelog_text
    text = changelog_text(changes, words("en"))
    assert text.index("2026-11-30") < text.index(FIRST_RELEASE)
    assert text.index("WeCom can take payments") < text.index("NFC on iPhone")
    assert "Why it matters:" in text and "(effective 2024-11)" in text
    assert "Concerns: presences: wecom; rules: payments" in text or "rules: payments" in text
    assert changelog_text((), words("en")) == "No changes."


def test_the_changelog_reads_in_chinese_with_lang_zh_cn():
    """`wxdesk changes --lang zh_CN` printed every what, why and label in English."""
    result = _cli("--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert "Why it matters" not in result.stdout and "Concerns" not in result.stdout
    assert "企业微信" in result.stdout and "涉及：" in result.stdout
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in result.stdout)
    assert cjk > len(result.stdout) // 4, cjk
    assert _cli("--lang", "zh_CN", "--since", "2099-01-01").stdout.strip() == "无变化。"


def test_to_dict_names_what_it_concerns(changes):
    data = next(c for c in changes if "WeCom can take payments" in c.what).to_dict()
    assert data["presences"] == ["wecom"] and data["rules"] == ["payments"] and data["effective"] == "2023-11"


def _cli(*args):
    return run_here("changes", *args)  # (in the test's process: tests/cli_in_process.py)


def test_cli_prints_the_changelog_and_filters_by_date():
    everything = _cli()
    assert everything.returncode == 0, everything.stderr
    assert FIRST_RELEASE in everything.stdout and "WeCom can take payments" in everything.stdout
    recent = _cli("--since", FIRST_RELEASE)
    assert recent.returncode == 0 and FIRST_RELEASE not in recent.stdout
    assert "WeCom can take payments" in recent.stdout
    assert _cli("--since", "2099-01-01").stdout.strip() == "No changes."


def test_cli_bad_date_is_one_plain_sentence():
    result = _cli("--since", "last week")
    assert result.returncode == 2
    assert result.stderr.strip() == "wxdesk: --since must be a day such as 2026-11-24, not 'last week'."
    assert "Traceback" not in result.stderr


def test_a_scenario_saved_with_an_older_pack_hears_of_the_changes_that_touch_it():
    from wxdesk.engine import Scenario, evaluate, load_datapack
    from wxdesk.engine.changelog import changes_since_saved
    pack = load_datapack()
    sells = Scenario().with_changes(goals=["sell", "relationship"], needs=["payments"], saved_with_pack="2026-11-24")
    plan = evaluate(sells, pack).plan.presences
    touched = changes_since_saved(sells, pack, plan)
    assert touched and all(c.day > dt.date(2026, 11, 24) for c in touched)
    assert all(c.touches(sells, plan) for c in touched)
    # Saved with today's pack, or with no date at all: nothing to say.
    assert changes_since_saved(sells.with_changes(saved_with_pack=pack.released), pack, plan) == ()
    assert changes_since_saved(sells.with_changes(saved_with_pack=""), pack, plan) == ()


def _scenario_file(tmp_path, **changes):
    # Its Mini Program a custom build, as every one was before 4 December 2026 (the largest audience a rented template
    # serves overridden to none, mp_template.py): rented as a template, a Mini Program at ¥4.5k a year takes the shop's
    # payments beside WeCom with either pack's WeCom, and WeCom's payments move nothing.
    # No messages a month, since WeCom's messages are costed as articles (2026-12-05): with the default 4, Mini Program
    # + WeCom pays for them as a Service Account + Mini Program does, and with the older pack the plan is the Service
    # Account + Mini Program, so the case kept here (Mini Program + WeCom giving way to WeCom once WeCom takes the
    # payments) is the shop's with none. (The articles' rule is the engine's, not a value of the pack: both packs are
    # read with it.)
    scenario = Scenario().with_changes(name="Tea shop", goals=["sell", "relationship"], needs=["payments"],
                                       audience=2000, budget_cny=50000, pushes_per_month=0,
                                       overrides={"mp_template_max_users": {"low": 0, "likely": 0, "high": 0}},
                                       **changes)
    path = tmp_path / "shop.json"
    path.write_text(scenario.to_json(), encoding="utf-8")
    return path


def test_cli_with_a_file_says_how_its_answer_moved(pack, tmp_path):
    path = _scenario_file(tmp_path, saved_with_pack=FIRST_RELEASE)
    result = _cli(str(path))
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.split("\n\n")
    released = dt.date.fromisoformat(pack.released)
    assert first.startswith(f"With the data pack of {released.day} {released:%B} {released.year} "
                            "rather than 24 November 2026: ")
    assert "the plan changed from Mini Program + WeCom to WeCom" in first
    payments = next(block for block in rest if "WeCom can take payments" in block)
    assert re.search(r"• WeCom can take payments.*\n    → For this scenario: WeCom's fit rose from \d+ to \d+; "
                     r"without it the plan would be Mini Program \+ WeCom", payments)
    # Changes that touch nothing of this shop are not listed.
    assert "NFC on iPhone" not in result.stdout
    chinese = _cli(str(path), "--lang", "zh_CN")
    assert chinese.returncode == 0 and "方案由“小程序 + 企业微信”变为“企业微信”" in chinese.stdout
    assert "For this scenario" not in chinese.stdout
    # Since today's pack: nothing moved.
    assert _cli(str(path), "--since", pack.released).stdout.strip() == "No changes."


def resource_pack_released() -> str:
    from wxdesk.engine import load_datapack
    return load_datapack().released


def test_cli_with_a_file_from_a_newer_pack_says_so(tmp_path):
    """A file saved with a pack newer than this one read "No changes.", as if its figures were this pack's."""
    path = _scenario_file(tmp_path, saved_with_pack="2030-01-01")
    result = _cli(str(path))
    assert result.returncode == 0, result.stderr
    from wxdesk.words import Words
    released = Words().pack_date(resource_pack_released())
    assert result.stdout.strip() == ("No changes: this file was saved with the data pack of 1 January 2030, newer "
                                     f"than the one in use ({released}).")
    assert _cli(str(path), "--since", "2030-01-01").stdout.strip() == "No changes."  # (a day asked for: as asked)


def test_cli_with_a_file_as_json(tmp_path):
    import json
    result = _cli(str(_scenario_file(tmp_path, saved_with_pack=FIRST_RELEASE)), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["since"], data["scenario"]) == (FIRST_RELEASE, "Tea shop")
    answer = data["answer"]
    assert (answer["plan_before"], answer["plan_after"]) == (["mini_program", "wecom"], ["wecom"])
    assert answer["text"].startswith("With the data")
    # The cost after is the plan's own as `evaluate` gives it today (since 3 December 2026 with its staff's time in
    # chats: WeCom alone takes the shop's payments by chat; at 2,000 users the staff it takes is less than a Mini
    # Program's effort, since 3 December 2026 also counted in its score).
    today = run_here("evaluate", str(tmp_path / "shop.json"), "--json")
    plan = json.loads(today.stdout)["plan"]
    assert answer["cost_cny"]["after"] == round(plan["cost_cny"]["likely"]) and plan["cost_breakdown_cny"]["staff"] > 0
    payments = next(c for c in data["changes"] if c["rules"] == ["payments"] and c["presences"] == ["wecom"])
    assert payments["values"] == [{"key": "payments.wecom", "before": False, "after": True}]
    assert payments["effect"]["plan_after"] == ["wecom"] and payments["effect"]["moved"]
    assert next(c for c in data["changes"] if "launch timeline" in c["what"])["effect"] is None


def test_cli_json_lists_the_values_each_change_moved():
    import json
    result = _cli("--since", FIRST_RELEASE, "--json")
    assert result.returncode == 0, result.stderr
    upkeep = next(c for c in json.loads(result.stdout) if c["what"].startswith("Mini Program upkeep"))
    assert upkeep["values"] == [{"key": "figures.mp_maintenance_share",
                                 "before": {"low": 0.09, "likely": 0.12, "high": 0.15},
                                 "after": {"low": 0.09, "likely": 0.15, "high": 0.25}}]


@pytest.mark.parametrize("args, sentence", [
    (["{file}"], "wxdesk: {file} does not say which data pack it was saved with; give --since DATE."),
    (["{file}", "--since", "soon"], "wxdesk: --since must be a day such as 2026-11-24, not 'soon'."),
    (["{missing}"], "wxdesk: {missing} does not exist."),
])
def test_cli_with_a_file_refuses_in_one_sentence(tmp_path, args, sentence):
    path, missing = _scenario_file(tmp_path), tmp_path / "missing.json"
    result = _cli(*(a.format(file=path, missing=missing) for a in args))
    assert result.returncode == 2
    assert result.stderr.strip() == sentence.format(file=path, missing=missing)
    assert result.stdout == ""
