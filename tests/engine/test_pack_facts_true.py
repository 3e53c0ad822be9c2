"""What the pack and the engine's sentences tell a client is true, and each key fact names a source that says it
(the fact check of 6 December 2026).

An overseas company publishes an app through a Chinese entity in every Chinese store, Apple's included; a Mini
Program reaches more phone hardware than Bluetooth LE and NFC; an app's notifications are free but capped by
Android phone makers; the Service Account's WeChat Pay fee is not shown to an individual, who cannot open one; and
the Official Account's, Channels' and the overseas Mini Program's facts cite their own sources."""

from __future__ import annotations

import re
import tomllib

import pytest

from wxdesk.engine import evaluate, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.datapack import ENTITIES, parse_loose_date
from wxdesk.engine.fit import is_eligible
from wxdesk.engine.scenario import Scenario
from wxdesk.paths import resource_path
from wxdesk.words.words import Words

from test_datapack_sources import PAY_NEGATION, PAY_WORDS, provenance_problems


def _raw_pack() -> dict:
    with resource_path("datapack.toml").open("rb") as f:
        return tomllib.load(f)


# ---------------------------------------------------------------- an overseas company's app

def test_an_overseas_company_is_told_it_publishes_through_a_chinese_entity_in_every_store(pack):
    """It was told the App Store China was open to it; since September 2023 every Chinese store, Apple's
    included, needs an app ICP filing that only a Chinese entity can make (the pack's own weeks_icp_filing)."""
    scenario = load_preset("cross_border_skincare").with_changes(entity="overseas_company")
    app = evaluate(scenario, pack).presence("native_app")
    [said] = [Words(pack=pack).reason(r) for r in app.reasons if r.template == R.WARN_OVERSEAS_APP]
    assert "through a Chinese entity" in said and "App Store China included" in said
    assert not re.search(r"you can publish in the App Store", said, re.I)
    # The pack says the same of the filing the sentence rests on.
    assert "Apple's China storefront included" in pack.figures["weeks_icp_filing"].note


# ---------------------------------------------------------------- phone hardware

def test_the_hardware_sentence_names_what_a_mini_program_reaches_and_what_it_does_not():
    said = R.NEED_HARDWARE_MP
    for reached in ("camera", "location", "motion sensors", "Bluetooth LE", "NFC"):
        assert reached in said.split("but not")[0], reached
    for beyond in ("classic Bluetooth", "USB", "background"):
        assert beyond in said.split("but not")[1], beyond
    assert "only" not in said.split("(")[0]  # "Bluetooth LE and NFC only" was false


def test_the_hardware_need_is_one_a_mini_program_cannot_carry(pack):
    """The need means hardware a Mini Program cannot reach: its capability stays below the score that carries it."""
    assert pack.capability["hardware"]["mini_program"] < pack.likely("hard_need_met_from")
    assert pack.capability["hardware"]["native_app"] >= pack.likely("hard_need_met_from")


def test_fitness_coachings_strap_ticks_hardware_only_for_what_a_mini_program_cannot_do(pack):
    """Its notes said "a Bluetooth strap": a Bluetooth LE strap a Mini Program reaches, beside a hardware tick that
    now means hardware it cannot reach. The strap is read with the phone locked, which it cannot do."""
    scenario = load_preset("fitness_coaching")
    assert "hardware" in scenario.needs
    assert "Bluetooth LE" in scenario.notes and "phone locked" in scenario.notes
    assert "Mini Program cannot" in scenario.notes
    evaluation = evaluate(scenario, pack)
    assert not evaluation.app_or_mini_program.admissible["mini_program"]
    assert "native_app" in evaluation.plan.presences


# ---------------------------------------------------------------- app notifications

def test_an_apps_notifications_are_said_to_be_capped_by_android_phone_makers(pack):
    assert "as often as you need" not in R.PUSH_APP and "cap" in R.PUSH_APP
    basis = pack.figures["visibility_native_app"].source
    assert "unlimited" not in basis and "cap" in basis and "Tencent Cloud push docs" in basis


# ---------------------------------------------------------------- the key facts

def _facts(raw: dict) -> list[tuple[str, dict]]:
    return [(acct, fact) for acct, body in raw["accounts"].items() for fact in body["facts"]]


def test_a_fact_narrowed_to_some_businesses_names_only_those_that_may_open_the_presence(pack):
    """The Service Account's "Takes WeChat Pay once verified" was shown to an individual, whom the card says
    cannot open one: its `entities` listed "individual"."""
    wrong = []
    for presence, info in pack.accounts.items():
        for fact in info.facts:
            for entity in fact.entities:
                if not is_eligible(presence, Scenario(entity=entity, china_share=1.0), pack):
                    wrong.append((presence, fact.text, entity))
    assert wrong == []


@pytest.mark.parametrize("entity", ENTITIES)
def test_no_card_offers_a_business_payments_through_a_presence_it_cannot_open(pack, entity):
    scenario = Scenario(entity=entity, china_share=1.0)
    for presence, info in pack.accounts.items():
        if is_eligible(presence, scenario, pack):
            continue
        for fact in info.facts:
            if fact.applies_to(entity) and PAY_WORDS.search(fact.text) and not PAY_NEGATION.search(fact.text):
                # A fact for every business ("Staff can collect WeChat Pay") describes the presence; one given an
                # explicit list of businesses speaks to them.
                assert not fact.entities, (presence, fact.text, entity)


def _source_of(pack, acct: str, start: str):
    [fact] = [f for f in pack.accounts[acct].facts if f.text.startswith(start)]
    return pack.figures[fact.figure] if fact.figure else pack.rules[fact.rule]


def test_each_key_fact_cites_a_source_about_it(pack):
    official_pay = _source_of(pack, "subscription", "Cannot take WeChat Pay")
    assert "WeCom" not in official_pay.source and "Official Accounts" in official_pay.source
    links = _source_of(pack, "subscription", "Links Mini Programs")
    assert "links 10 Mini Programs" in links.source and "assumption" not in links.source
    for start in ("Videos and live streams can sell", "Videos cannot sell"):
        shop = _source_of(pack, "channels", start)
        assert "WeCom" not in shop.source and "视频号小店" in shop.source and shop.url
    overseas_review = _source_of(pack, "mini_program", "No yearly review")
    assert "no annual review" in overseas_review.source and "overseas" in overseas_review.source


def test_an_unsourced_fact_is_marked_as_wxdesks_assumption_as_estimates_are(pack):
    from wxdesk.words.sources import source_text
    verify = _source_of(pack, "channels", "Overseas companies may open one")
    assert verify.source.startswith("wxdesk assumption") and verify.no_url_reason and not verify.url
    assert source_text(verify, Words(pack=pack)) == "wxdesk estimate"
    [fact] = [f for f in pack.accounts["channels"].facts if f.text.startswith("Overseas companies may open one")]
    assert "assumption" in fact.text and "假定" in fact.text_zh


def test_every_source_a_key_fact_cites_has_provenance(pack):
    cited = {fact.rule for info in pack.accounts.values() for fact in info.facts if fact.rule}
    problems = [p for rule in sorted(cited) for p in provenance_problems(rule, vars(pack.rules[rule]))]
    assert problems == []
    released = parse_loose_date(pack.released)
    assert all(parse_loose_date(pack.rules[rule].checked) <= released for rule in cited)


def test_a_pack_may_name_no_fact_sources(tmp_path):
    """[sources] is optional: a pack made before it (or without one) still loads."""
    from wxdesk.engine.datapack import load_datapack
    text = resource_path("datapack.toml").read_text(encoding="utf-8")
    start, end = text.index("\n[sources."), text.index("\n# ------------------------------------------------"
                                                        "---------------- what the panels show")
    text = text[:start] + text[end:]
    text = re.sub(r'rule = "sources\.[a-z_]+"', 'rule = "payments"', text)
    path = tmp_path / "pack.toml"
    path.write_text(text, encoding="utf-8")
    assert not [r for r in load_datapack(path).rules if r.startswith("sources.")]


# ---------------------------------------------------------------- smaller wording

def test_individuals_are_told_a_company_or_an_individual_business_will_do():
    for template in (R.WARN_INDIVIDUAL_PAYMENTS, R.WARN_INDIVIDUAL_PAYMENTS_ANYWHERE):
        assert "个体工商户" in template and "register a company" not in template


def test_every_rule_block_was_rechecked_as_the_readme_says():
    """The README: every entry re-checked on 2026-11-30 or later; [affinity] said 2026-11-24."""
    raw = _raw_pack()
    blocks = {key: raw[key] for key in ("affinity", "capability", "session_fit", "scale_fit", "payments")}
    blocks |= {f"eligibility.{k}": v for k, v in raw["eligibility"].items()}
    blocks |= {f"figures.{k}": v for k, v in raw["figures"].items()}
    since = parse_loose_date("2026-11-30")
    early = [key for key, body in blocks.items() if parse_loose_date(str(body["checked"])) < since]
    assert early == []


def test_the_template_change_does_not_say_live_in_one_to_two_weeks():
    """The filing and the review still come before a rented template goes live (the card says about 6 weeks)."""
    [entry] = [c for c in _raw_pack()["changelog"] if "rented SaaS template" in c["what"]]
    assert "live in 1–2 weeks" not in entry["what"] and "1–2 周上线" not in entry["what_zh"]
    assert "ICP filing" in entry["what"] and "备案" in entry["what_zh"]


def test_the_channels_fact_in_chinese_names_channels():
    raw = _raw_pack()
    overseas = [f for f in raw["accounts"]["channels"]["facts"] if f.get("entities") == ["overseas_company"]
                and "WeChat Shop" in f["text"]]
    assert [f["text_zh"].split("：")[0] for f in overseas] == ["视频号无法带货"]
