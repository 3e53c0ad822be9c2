"""The data pack's provenance and its panel texts: every entry sourced, dated and checked;
no panel sentence contradicting the rules beside it; no internal note reaching a client."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping

import pytest

from wxdesk.engine.datapack import Figure, parse_loose_date
from wxdesk.paths import resource_path


def _raw_pack() -> dict:
    # The file itself: it also holds tables this version of the loader does not read yet.
    with resource_path("datapack.toml").open("rb") as f:
        return tomllib.load(f)


def provenance_problems(entry_id: str, entry: Mapping) -> list[str]:
    """What an entry lacks: a source, a url or a reason for none, a source date, a checked date."""
    problems = []
    if not str(entry.get("source", "")).strip():
        problems.append(f"{entry_id}: no source")
    if not str(entry.get("url", "")).strip() and not str(entry.get("no_url_reason", "")).strip():
        problems.append(f"{entry_id}: no url and no stated reason for none")
    source_date = str(entry.get("source_date", ""))
    if source_date != "undated" and parse_loose_date(source_date) is None:
        problems.append(f"{entry_id}: no source date")
    if parse_loose_date(str(entry.get("checked", ""))) is None:
        problems.append(f"{entry_id}: no checked date")
    return problems


def test_every_figure_has_source_url_and_dates(pack):
    problems = [p for fig in pack.figures.values() for p in provenance_problems(fig.id, vars(fig))]
    assert problems == []


def test_every_rule_block_this_pack_checks_has_source_url_and_dates():
    raw = _raw_pack()
    entries = {"payments": raw["payments"]}
    entries |= {f"eligibility.{k}": v for k, v in raw["eligibility"].items()}
    problems = [p for eid, body in entries.items() for p in provenance_problems(eid, body)]
    assert problems == []


@pytest.mark.parametrize("field, value, problem", [
    ("url", "", "no url and no stated reason"),
    ("source", " ", "no source"),
    ("source_date", "sometime", "no source date"),
    ("checked", "", "no checked date"),
])
def test_provenance_check_catches_each_gap(pack, field, value, problem):
    entry = vars(pack.figures["apple_developer_usd"]) | {field: value}
    assert any(problem in p for p in provenance_problems("apple_developer_usd", entry))


def test_a_stated_reason_stands_in_for_a_url(pack):
    model = pack.figures["weight_goal"]
    assert model.url == "" and "model weight" in model.no_url_reason
    assert provenance_problems(model.id, vars(model)) == []


def test_loader_keeps_no_url_reason_and_rule_urls(pack):
    assert isinstance(pack.figures["weight_goal"], Figure)
    assert pack.rules["payments"].url.startswith("https://developer.work.weixin.qq.com/")
    assert "WeCom" in pack.rules["payments"].note
    assert pack.figures["server_per_1k_users_cny"].no_url_reason


def test_every_figure_and_rule_checked_for_this_release(pack):
    raw = _raw_pack()
    released = parse_loose_date(str(raw["pack"]["released"]))
    for fig in pack.figures.values():
        assert parse_loose_date(fig.checked) <= released, fig.id
    assert all(parse_loose_date(r.checked) <= released for r in pack.rules.values())


# ---------------------------------------------------------------- what a client reads

INTERNAL = re.compile(r"§|calibration|fact sheet|conflict \d|pigcms|\(#\d|\b§?\d+\.\d+ of the notes", re.I)
CURRENCY = re.compile(r"¥|\$|€|\bRMB\b|\bCNY\b|\bUSD\b|\bEUR\b|元|美元|欧元")
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def _client_texts(raw: dict) -> list[tuple[str, str]]:
    """(where, text) for every text the window, handout or tooltip can show."""
    texts = []
    for fid, fig in raw["figures"].items():
        for key in ("label", "label_zh", "note", "source"):
            if fig.get(key):
                texts.append((f"figures.{fid}.{key}", fig[key]))
    rule_blocks = {key: raw[key] for key in ("payments", "affinity", "capability", "session_fit", "scale_fit")
                   if key in raw}
    rule_blocks |= {f"eligibility.{k}": v for k, v in raw["eligibility"].items()}
    for rid, body in rule_blocks.items():
        for key in ("source", "note"):
            if body.get(key):
                texts.append((f"{rid}.{key}", body[key]))
    for acct, body in raw["accounts"].items():
        for key in ("name", "name_zh", "role", "role_zh"):
            texts.append((f"accounts.{acct}.{key}", body[key]))
        for i, fact in enumerate(body["facts"]):
            texts.append((f"accounts.{acct}.facts[{i}].text", fact["text"]))
            texts.append((f"accounts.{acct}.facts[{i}].text_zh", fact["text_zh"]))
    for i, change in enumerate(raw.get("changelog", [])):
        for key in ("what", "what_zh", "why", "why_zh"):
            texts.append((f"changelog[{i}].{key}", change[key]))
    return texts


def test_no_internal_reference_reaches_a_client():
    leaks = [(where, text) for where, text in _client_texts(_raw_pack()) if INTERNAL.search(text)]
    assert leaks == []


def test_internal_reference_check_catches_the_old_wording():
    assert INTERNAL.search("Rate assumed in the wxdesk calibration notes (§4.10)")
    assert INTERNAL.search("Older docs say 1 per month (conflict 2)")
    assert INTERNAL.search("wechatwiki registration fees; pigcms 2016")
    assert not INTERNAL.search("Sources conflict: older docs say 1 per month")


def test_panel_facts_hold_amounts_and_numbers_only_as_placeholders(pack):
    raw = _raw_pack()
    for acct, body in raw["accounts"].items():
        for fact in body["facts"]:
            for text in (fact["text"], fact["text_zh"]):
                assert not CURRENCY.search(text), f"{acct}: currency written into '{text}'"
                assert set(PLACEHOLDER.findall(text)) <= set(pack.figures), text
                # Digits belong to the pack, formatted by the views: none outside a placeholder.
                assert not re.search(r"\d", PLACEHOLDER.sub("", text)), f"{acct}: number in '{text}'"


def test_todays_names():
    raw = _raw_pack()
    assert raw["accounts"]["subscription"]["name"] == "Official Account (formerly Subscription Account)"
    assert raw["accounts"]["subscription"]["name_zh"] == "公众号（原订阅号）"
    assert (raw["accounts"]["channels"]["name"], raw["accounts"]["channels"]["name_zh"]) == ("Channels", "视频号")
    assert raw["accounts"]["wecom"]["name"] == "WeCom"
    for where, text in _client_texts(raw):
        if ".source" in where or ".note" in where or where.startswith("changelog"):
            continue  # sources quote the old name; notes and the changelog explain the rename
        assert not re.search(r"(?<!formerly )Subscription Account", text), where
        assert not re.search(r"(?<!原)订阅号", text), where


# ---------------------------------------------------------------- facts against the rules

PAY_WORDS = re.compile(r"WeChat Pay|WeChat Shop|微信支付|收款|微信小店")
PAY_NEGATION = re.compile(r"\bcannot\b|\bcan't\b|\bno WeChat Pay\b|不能|无法|不可", re.I)
OVERSEAS = re.compile(r"overseas|海外")
INDIVIDUALS = re.compile(r"\bindividuals?\b|个人", re.I)
ELIGIBLE_NEGATION = re.compile(r"\bmay not\b|\bnot for\b|\bcannot\b|不可|不能|仅限", re.I)
EXCLUSIVE = re.compile(r"\bthe one type\b|\bthe only\b|唯一")


def contradictions(raw: Mapping) -> list[str]:
    """Panel sentences that say the opposite of [payments] or [eligibility.*].

    Each clause (split at semicolons) is read for what it claims: whether a presence,
    or individuals, can take WeChat Pay; and whether overseas companies or
    individuals may register the presence.
    """
    payments, eligibility = raw["payments"], raw["eligibility"]
    found = []
    for acct, body in raw["accounts"].items():
        for fact in body["facts"]:
            for text in (fact["text"], fact["text_zh"]):
                for clause in re.split(r"[;；]", text):
                    found += _clause_contradictions(acct, clause, text, payments, eligibility,
                                                    fact.get("entities", ()))
    return found


def _clause_contradictions(acct, clause, text, payments, eligibility, entities_of_fact=()) -> list[str]:
    found = []
    if PAY_WORDS.search(clause):
        subject = "individuals" if INDIVIDUALS.search(clause) else acct
        if acct == "channels" and list(entities_of_fact) == ["overseas_company"]:
            subject = "overseas_shop"  # an overseas company's Channels: [payments] overseas_shop
        says = not PAY_NEGATION.search(clause)
        if subject in payments and payments[subject] != says:
            found.append(f"{acct}: '{text}' says payments {'possible' if says else 'impossible'} "
                         f"for {subject}, [payments] says {payments[subject]}")
        return found  # a payment clause makes no claim about who may register
    entities = eligibility.get(acct, {}).get("entities", [])
    negated = bool(ELIGIBLE_NEGATION.search(clause))
    if OVERSEAS.search(clause):
        says = not negated
        if ("overseas_company" in entities) != says:
            found.append(f"{acct}: '{text}' contradicts [eligibility.{acct}] on overseas companies")
        if says and EXCLUSIVE.search(clause):
            others = [a for a, e in eligibility.items() if a != acct and "overseas_company" in e["entities"]]
            if others:
                found.append(f"{acct}: '{text}' claims to be the only one, but {', '.join(others)} are open too")
    if INDIVIDUALS.search(clause):
        says = not negated
        if ("individual" in entities) != says:
            found.append(f"{acct}: '{text}' contradicts [eligibility.{acct}] on individuals")
    return found


def test_no_panel_fact_contradicts_payments_or_eligibility():
    assert contradictions(_raw_pack()) == []


def test_contradiction_check_catches_the_old_service_panel():
    raw = _raw_pack()
    raw["accounts"]["service"]["facts"].append(
        {"text": "Companies only; the one type open to overseas companies", "text_zh": "",
         "rule": "eligibility.service"})
    found = contradictions(raw)
    assert any("only one" in f and "mini_program" in f for f in found)


def test_contradiction_check_catches_wecom_payments_out_of_step():
    raw = _raw_pack()
    raw["payments"]["wecom"] = False  # what the pack said before 2026-11-30
    found = contradictions(raw)
    assert any(f.startswith("wecom:") and "payments possible" in f for f in found)


def test_contradiction_check_catches_an_eligibility_change():
    raw = _raw_pack()
    raw["eligibility"]["subscription"]["entities"] = ["company"]
    assert any("subscription" in f and "individuals" in f for f in contradictions(raw))


# What a card may name as a route: the presences a fact on another card speaks of, by their short names.
ROUTES = {"service": "Service Account", "subscription": "Official Account", "wecom": "WeCom",
          "mini_program": "Mini Program"}


@pytest.mark.parametrize("entity", ["company", "individual", "overseas_company"])
def test_the_facts_a_card_shows_agree_with_the_engine_for_the_business_entity(pack, entity):
    """A card shows the facts true for the business's entity (Fact.applies_to). Those about selling say
    what the engine's reasons say (an overseas company's Channels card said both "cannot sell through a
    WeChat shop" and "can sell through a linked WeChat Shop"), and no fact offers a route through a
    presence the business cannot register ("organisations verify through an Official Account", shown to
    an overseas company, which cannot register one)."""
    from wxdesk.engine import Scenario
    from wxdesk.engine.fit import can_take_payments, is_eligible
    scenario = Scenario(entity=entity, china_share=1.0)
    found = []
    for presence, info in pack.accounts.items():
        if not is_eligible(presence, scenario, pack):
            continue
        for fact in (f for f in info.facts if f.applies_to(entity)):
            if fact.rule == "payments" and not INDIVIDUALS.search(fact.text):
                says = not PAY_NEGATION.search(fact.text)
                if says != can_take_payments(presence, scenario, pack):
                    found.append(f"{presence}: '{fact.text}' says payments {says}")
            for other, name in ROUTES.items():
                if other != presence and name in fact.text and not is_eligible(other, scenario, pack):
                    found.append(f"{presence}: '{fact.text}' names {name}, which {entity} cannot register")
    assert found == []


def test_channels_is_sourced_like_every_other_presence():
    raw = _raw_pack()
    assert isinstance(raw["payments"]["channels"], bool)
    assert provenance_problems("eligibility.channels", raw["eligibility"]["channels"]) == []
    facts = raw["accounts"]["channels"]["facts"]
    assert facts and all(f.get("figure") or f.get("rule") for f in facts)


# ---------------------------------------------------------------- sources as the handout's appendix lists them

# What sources say, once shown in the appendix's source column as if they were sources (in English,
# also in the Chinese handout): each now sits in brackets or after its source's colon.
REMARKS = ("no limit within 48 h", "cannot be shared", "for display only", "when filed yourself", "Android reads",
           "working days ahead", "expedited reviews", "organisations verify", "2025 high", "fee is payable",
           "one-tap refusal", "15% on qualifying", "when encrypted", "pending two to six weeks", "republished")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_appendix_lists_sources_not_what_they_say(lang, pack):
    from wxdesk.report.assumptions import source_text
    from wxdesk.words import Words
    shown = {fid: source_text(figure, Words.make(lang, "CNY", pack)) for fid, figure in pack.figures.items()}
    assert [(fid, text) for fid, text in shown.items() for remark in REMARKS if remark in text] == []
    # A Chinese name inside an English source keeps its spaces ("WeChat 公众号docs" lost one to a bracket).
    joined = re.compile(r"[\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u4e00-\u9fff]")
    assert [text for text in shown.values() if joined.search(text)] == []
