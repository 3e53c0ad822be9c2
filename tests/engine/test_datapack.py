"""The data pack: bundled pack valid and complete; broken packs refused with a precise message."""

import datetime as dt
import re
import tokenize
import tomllib
from pathlib import Path

import pytest
from pack_edits import bundled_text, refusal_of_edit

from wxdesk.engine import DataPackError, load_datapack
from wxdesk.engine.datapack import KNOWN_FIGURES, REQUIRED_FIGURES, parse_loose_date

ROOT = Path(__file__).resolve().parents[2]

ENGINE_DIR = Path(__file__).resolve().parents[2] / "wxdesk" / "engine"


def test_bundled_pack_loads_with_sources_and_dates(pack):
    assert set(REQUIRED_FIGURES) <= set(pack.figures)
    for fig in pack.figures.values():
        assert fig.source.strip() and fig.unit.strip()
        assert fig.low <= fig.likely <= fig.high
        assert parse_loose_date(fig.checked) is not None
        assert fig.source_date == "undated" or parse_loose_date(fig.source_date) is not None


def test_conflicts_between_sources_are_explained(pack):
    # The fact sheet's conflicts that touch figures the engine uses carry a note on the pick.
    for fid in ("service_broadcasts_per_month", "mp_total_package_mb", "verification_fee_cny",
                "service_window_messages", "wecom_free_contacts"):
        assert "conflict" in pack.figures[fid].note


def _write(tmp_path, text):
    path = tmp_path / "pack.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("edit, entry, problem", [
    (lambda t: t.replace('[figures.apple_developer_usd]\ngroup = "fees"', '[figures.apple_developer_usd]'),
     "figures.apple_developer_usd", "'group'"),
    (lambda t: t.replace("low = 200000\nlikely = 450000", "low = 900000\nlikely = 450000"),
     "figures.app_build_cny", "low ≤ likely ≤ high"),
    (lambda t: t.replace('value = 99\nunit = "USD/year"\nsource = "developer.apple.com',
                         'value = "99"\nunit = "USD/year"\nsource = "developer.apple.com'),
     "figures.apple_developer_usd", "'value' must be a number, not the text \"99\""),
    (lambda t: t.replace('[affinity.wecom]\nnews = 20', '[affinity.wecom]\nnews = 120'),
     "affinity.wecom", "between 0 and 100"),
    (lambda t: t.replace('entities = ["company", "overseas_company"]\nsource = "grata',
                         'entities = ["company", "alien"]\nsource = "grata'),
     "eligibility.service", "'entities'"),
    (lambda t: t.replace('figure = "verification_fee_cny", entities = ["company"]',
                         'figure = "verification_fee_cny", entities = ["martian"]'),
     "accounts.service.facts[1]", "'entities'"),
    (lambda t: t.replace('figure = "verification_fee_cny", entities = ["company"]',
                         'figure = "verification_fee_cny", entities = []'),
     "accounts.service.facts[1]", "'entities'"),
])
def test_broken_entry_is_named(tmp_path, edit, entry, problem):
    message = refusal_of_edit(tmp_path, edit)
    assert str(tmp_path / "pack.toml") in message and f"'{entry}'" in message and problem in message


def test_missing_required_figure_is_named(tmp_path):
    text = bundled_text()
    data = tomllib.loads(text)
    assert "moments_cpm_cny" in data["figures"]
    start = text.index("[figures.moments_cpm_cny]")
    end = text.index("[figures.", start + 5)
    with pytest.raises(DataPackError, match=r"'figures.moments_cpm_cny': is missing"):
        load_datapack(_write(tmp_path, text[:start] + text[end:]))


def test_every_figure_the_code_names_is_required():
    """A figure the code reads by its name is refused when missing, in one sentence naming it: without it in
    REQUIRED_FIGURES, a pack lacking it (the launch timeline's weeks, WeCom's member tiers) failed as an internal
    error in the middle of an evaluation."""
    pack = load_datapack()
    code = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "wxdesk").rglob("*.py"))
    # (The list of the figures no rule reads, by which a misspelt figure is told, names them without reading them.)
    listed = re.search(r"FACT_FIGURES = frozenset\(\([^)]*\)\)", code)
    assert listed is not None
    code = code.replace(listed.group(), "")
    named = {fid for fid in pack.figures if re.search(r"[\"']" + re.escape(fid) + r"[\"']", code)}
    assert named - set(REQUIRED_FIGURES) == set()
    # Every figure of the bundled pack is one wxdesk knows (a misspelt one is told by these names).
    assert set(pack.figures) <= KNOWN_FIGURES


@pytest.mark.parametrize("content, problem", [
    ("this is = not [toml", "not valid TOML"),
    ("", "is empty: it holds no entries"),
])
def test_malformed_files(tmp_path, content, problem):
    with pytest.raises(DataPackError, match=re.escape(problem)):
        load_datapack(_write(tmp_path, content))


def test_missing_and_folder(tmp_path):
    with pytest.raises(DataPackError, match="does not exist"):
        load_datapack(tmp_path / "nope.toml")
    with pytest.raises(DataPackError, match="is a folder"):
        load_datapack(tmp_path)


def test_newer_pack_version_refused(tmp_path):
    text = bundled_text().replace("version = 1\nreleased", "version = 7\nreleased", 1)
    with pytest.raises(DataPackError, match="newer than this wxdesk reads"):
        load_datapack(_write(tmp_path, text))


def test_stale_figures_use_source_dates(pack):
    stale = {f.id for f in pack.stale_figures(dt.date(2026, 11, 24))}
    assert "install_conversion" in stale          # Cselle, 2012
    assert "service_broadcasts_per_month" in stale  # 2023-05-11, older than two years
    assert "apple_developer_usd" not in stale      # 2026-05-22
    assert "mp_main_package_mb" not in stale       # undated current docs are not flagged


def test_engine_code_holds_no_platform_numbers():
    """Fees, limits and cost bands live in the pack: none of their values appear in engine code."""
    pack = load_datapack()
    literals = set()
    # scenario.py holds the defaults of a new scenario (user inputs, not platform facts);
    # money.py holds display units (thousand, million, 万).
    for path in (p for p in ENGINE_DIR.glob("*.py") if p.name not in ("scenario.py", "money.py")):
        with path.open("rb") as f:
            literals |= {f"{float(t.string):g}" for t in tokenize.tokenize(f.readline)
                         if t.type == tokenize.NUMBER and "j" not in t.string.lower()}
    # Numbers every program needs (indices, percent, unit conversions, defaults of the
    # scenario format, validation bounds such as the exchange rate's ceiling of 10,000) are
    # allowed; pack values are not.
    for fig in pack.figures.values():
        if fig.group in ("model",):
            continue
        for value in {fig.low, fig.likely, fig.high}:
            # Numbers like 4, 0.1 or 0.5 are too common in code to tell apart (list
            # sizes, grid steps); test_small_limits_are_read_from_the_pack covers them.
            # Distinctive ones (0.175, 7.2, 1288, 115...) must not appear.
            significant = f"{value:g}".replace(".", "").strip("0")
            if (value <= 10 and len(significant) <= 1) or value in (12, 30, 50, 100, 1000, 10000):
                continue
            text = f"{value:g}"
            assert text not in literals, f"{fig.id} value {text} is written into engine code"


def test_small_limits_are_read_from_the_pack(pack):
    """Changing a limit in the pack changes what the engine says: it is not in the code."""
    from wxdesk.engine import Scenario, evaluate

    scenario = Scenario().with_changes(goals=["news"], pushes_per_month=9)
    before = " ".join(r.text for r in evaluate(scenario, pack).presence("service").reasons)
    assert "only 4 times a month; you want 9" in before
    edited = scenario.with_changes(overrides={"service_broadcasts_per_month": 6,
                                              "mp_background_suspend_s": 7})
    after = evaluate(edited, pack)
    assert "only 6 times a month; you want 9" in " ".join(r.text for r in after.presence("service").reasons)
    offline = evaluate(edited.with_changes(needs=["background"]), pack).presence("mini_program")
    assert any("suspended 7 seconds" in r.text for r in offline.reasons)


def test_the_native_apps_key_facts_are_optional_and_checked_as_any_others(tmp_path):
    """The pack's [accounts.native_app] (the stores' fees, filings and commission) is the one panel entry a pack may
    leave out: a pack from before it loads without it; one that has it is checked as the WeChat presences' are."""
    text = bundled_text()
    start = text.index("[accounts.native_app]")
    end = text.index("# ----", start)
    without = load_datapack(_write(tmp_path, text[:start] + text[end:]))
    assert "native_app" not in without.accounts and "service" in without.accounts
    assert len(load_datapack().accounts["native_app"].facts) >= 3
    broken = text.replace('figure = "apple_developer_cny", ', 'figure = "apple_developer_eur", ')
    with pytest.raises(DataPackError, match=r"accounts.native_app.facts\[0\].*unknown figure 'apple_developer_eur'"):
        load_datapack(_write(tmp_path, broken))


def test_the_apple_fee_on_the_native_apps_panel_is_the_one_the_business_pays():
    """An overseas company's panel named the ¥688 Apple charges in mainland China; it pays USD 99 abroad."""
    facts = load_datapack().accounts["native_app"].facts
    apple = {entity: [f.figure for f in facts if f.applies_to(entity) and f.figure.startswith("apple_developer")]
             for entity in ("company", "individual", "overseas_company")}
    assert apple == {"company": ["apple_developer_cny"], "individual": ["apple_developer_cny"],
                     "overseas_company": ["apple_developer_usd"]}
