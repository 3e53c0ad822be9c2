"""`wxdesk diff-pack` on two packs that differ in one figure: it names that figure, and only real changes."""

import json
import re
import subprocess
import sys

import pytest

from wxdesk.batch.contract import evaluation_record, verdict
from wxdesk.batch.diffpack import pack_differences
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.paths import resource_path

# A rented template Mini Program at a custom build's price, some eighteen times dearer: a change big enough to move
# some plans (yoga_teacher's, whose Mini Program is a template). (A custom build at a template's price moved hers
# until the pack of 4 December 2026 priced her Mini Program as a template; a native app a hundred times cheaper
# moved fitness_coaching's until its WeCom stopped counting as the app users' way in; now neither moves a plan.)
FIGURE, NEW_VALUES = "mp_template_rent_cny", (30_000, 80_000, 200_000)


def with_figure(text, figure_id, low, likely, high):
    """The pack's TOML with one figure's low, likely and high replaced (nothing else touched)."""
    start = text.index(f"[figures.{figure_id}]")
    end = text.find("\n[", start + 1)
    block = text[start:end]
    for key, value in (("low", low), ("likely", likely), ("high", high)):
        block, found = re.subn(rf"(?m)^{key} = .*$", f"{key} = {value}", block, count=1)
        assert found == 1
    return text[:start] + block + text[end:]


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packs")
    old = resource_path("datapack.toml")
    new = folder / "new.toml"
    new.write_text(with_figure(old.read_text(encoding="utf-8"), FIGURE, *NEW_VALUES), encoding="utf-8")
    return old, new


def answers(pack_path):
    pack = load_datapack(pack_path)
    return {p: verdict(evaluation_record(evaluate(load_preset(p), pack))) for p in preset_ids()}


def test_the_packs_differ_in_exactly_that_figure(packs):
    old, new = (load_datapack(p) for p in packs)
    assert pack_differences(old, new) == [("figure", FIGURE)]
    assert pack_differences(old, old) == []


def test_diff_pack_lists_exactly_the_presets_whose_answer_changes_and_names_the_figure(packs):
    old, new = packs
    before, after = answers(old), answers(new)
    expected = sorted(p for p in preset_ids() if before[p] != after[p])
    assert expected, "the chosen figure change moves no preset; pick a bigger one"

    result = subprocess.run([sys.executable, "-m", "wxdesk", "diff-pack", str(old), str(new), "--all-presets",
                             "--json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"] == {"scenarios": len(preset_ids()), "changed": len(expected), "failed": 0,
                                 "first_error": None}
    assert sorted(e["source"].removeprefix("preset:") for e in report["changed"]) == expected
    for entry in report["changed"]:
        preset = entry["source"].removeprefix("preset:")
        assert entry["old"] == before[preset] and entry["new"] == after[preset]
        (mover,) = entry["moved_by"]
        assert mover["figure"] == FIGURE
        assert (mover["new"]["low"], mover["new"]["likely"], mover["new"]["high"]) == NEW_VALUES

    text = subprocess.run([sys.executable, "-m", "wxdesk", "diff-pack", str(old), str(new), "--all-presets"],
                          capture_output=True, text=True, timeout=300)
    assert text.returncode == 0
    assert text.stdout.count(f"moved by {FIGURE} ") == len(expected)

    # In Chinese, its own words too ("was: 企业微信 + 原生应用; app or Mini Program: native_app" read half English).
    chinese = subprocess.run([sys.executable, "-m", "wxdesk", "diff-pack", str(old), str(new), "--all-presets",
                              "--lang", "zh_CN"], capture_output=True, text=True, timeout=300)
    assert chinese.returncode == 0, chinese.stderr
    assert chinese.stdout.startswith("数据包 ") and chinese.stdout.count(f"起因：{FIGURE}（") == len(expected)
    assert chinese.stdout.count("原来：") == chinese.stdout.count("现在：") == len(expected)
    for english in ("was:", "now:", "moved by", "app or Mini Program", "likely", "range", "native_app"):
        assert english not in chinese.stdout, english
    names = {load_preset(p, "zh_CN").name for p in expected}  # the examples' own Chinese names
    assert all(f"- {name} (preset:" in chinese.stdout for name in names), chinese.stdout


def test_same_pack_twice_changes_nothing_and_bad_rows_are_reported(packs, tmp_path):
    old, _new = packs
    table = tmp_path / "leads.csv"
    table.write_text("name,budget_cny\nA,1000\nB,-1\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "wxdesk", "diff-pack", str(old), str(old), str(table),
                             "--json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["summary"]["changed"] == 0 and report["summary"]["failed"] == 1
    # A failed row is listed under "failed", not among the scenarios that change (a script counting them read 1).
    assert report["changed"] == [] and len(report["failed"]) == 1
    assert report["failed"][0]["error"].startswith(f"{table} line 3: Column 'budget_cny'")
    assert report["failed"][0]["source"] == f"{table}:3" and report["failed"][0]["row"] == 2
    text = subprocess.run([sys.executable, "-m", "wxdesk", "diff-pack", str(old), str(old), str(table)],
                          capture_output=True, text=True, timeout=300)
    assert f"! {table} line 3: Column 'budget_cny'" in text.stdout and "0 of 1 scenario" in text.stdout, text.stdout
    assert result.stderr.count("\n") == 1 and f"{table} line 3" in result.stderr


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_figure_without_a_range_is_said_as_one_value(lang):
    """"likely 20,000 → 1,000 (range 20,000–20,000 → 1,000–1,000)" read as a range that was not there."""
    from wxdesk.batch.language import words
    from wxdesk.words.pack_diff import _mover_text
    fixed = {"figure": "mp_template_max_users", "label": "Largest audience",
             "old": {"low": 20000, "likely": 20000, "high": 20000}, "new": {"low": 1000, "likely": 1000, "high": 1000}}
    ranged = {**fixed, "new": {"low": 500, "likely": 1000, "high": 2000}}
    w = words(lang)
    assert _mover_text(fixed, w) == {"en": "mp_template_max_users (Largest audience): 20,000 → 1,000",
                                     "zh_CN": "mp_template_max_users（Largest audience）：20,000 → 1,000"}[lang]
    assert _mover_text(ranged, w) == {
        "en": "mp_template_max_users (Largest audience): most common 20,000 → 1,000 (range 20,000–20,000 → 500–2,000)",
        "zh_CN": "mp_template_max_users（Largest audience）：最常见 20,000 → 1,000"
                 "（区间 20,000–20,000 → 500–2,000）"}[lang]
