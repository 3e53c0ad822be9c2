"""Hostile scenario files and command lines: `evaluate` answers with a correct result or one sentence and
exit 2 — never an internal error, a NumPy warning, `Infinity` in JSON, a hang, or a raw control character."""

from __future__ import annotations

import json
import os
import sys

import pytest
from hostile import RAW_CONTROL, assert_one_sentence, hostile_input, run_cli, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wxdesk.engine import Scenario, load_datapack

PACK = load_datapack()


def scenario_text(**changes) -> str:
    data = Scenario().to_dict()
    data.update(changes)
    return json.dumps(data, ensure_ascii=False)


def override(**figures) -> str:
    return scenario_text(overrides=figures)


# Every weight at 0 but the goals' one, in a scenario with no goal: each figure is in range, and the
# weights are not all 0, yet the fit has nothing to weigh.
ONLY_GOALS_WEIGHED = {f.id: 0 for f in PACK.figures.values() if f.unit == "weight" and f.id != "weight_goal"}

# (case id, file text, words the refusal names). Each must be refused in one sentence.
REFUSED = [
    ("spread-0", override(session_spread=0), "session_spread"),
    ("pivot-0", override(session_pivot_min=0), "session_pivot_min"),
    ("conversion-0", override(install_conversion=0), "install_conversion"),
    ("first-open-0", override(first_open_rate={"low": 0, "likely": 0.5, "high": 0.9}), "first_open_rate"),
    ("share-2", override(visibility_service=2), "visibility_service"),
    ("cost-1.7e308", scenario_text(audience=0, overrides={"app_build_cny": 1.7e308}), "app_build_cny"),
    ("cost-above-ceiling", override(mp_cost_per_user_cny=2e10), "mp_cost_per_user_cny"),
    ("all-weights-0", override(**{f.id: 0 for f in PACK.figures.values() if f.unit == "weight"}), "weights"),
    ("fx-0", override(usd_cny=0), "usd_cny"),
    ("points-500", override(extra_account_penalty=500), "extra_account_penalty"),
    ("scale-pivot-0", override(scale_pivot_users=0), "scale_pivot_users"),
    ("weak-above-strong", override(weak_fit_below=99), "weak_fit_below"),
    ("unknown-figure", override(no_such_figure=1), "no_such_figure"),
    ("negative", override(app_build_cny=-1), "app_build_cny"),
    ("400-digit-override", override(app_build_cny=int("9" * 400)), "app_build_cny"),
    ("400-digit-budget", scenario_text(budget_cny=int("9" * 400)), "budget_cny"),
    ("5000-digit-budget", scenario_text().replace('"budget_cny": 500000.0', '"budget_cny": ' + "9" * 5000),
     "too long"),
    ("nan-constant", scenario_text().replace('"budget_cny": 500000.0', '"budget_cny": NaN'), "NaN"),
    ("infinity-constant", scenario_text().replace('"audience": 50000.0', '"audience": -Infinity'), "Infinity"),
    ("huge-float", scenario_text().replace('"audience": 50000.0', '"audience": 1e999'), "audience"),
    ("deep-nesting", '{"format": "wxdesk-scenario", "version": 1, "name": ' + "[" * 100000 + "]" * 100000 + "}",
     "nests"),
    ("deep-override", scenario_text(overrides={"app_build_cny": {"low": {"low": {"low": 1}}}}), "app_build_cny"),
    ("html-key", scenario_text().replace('"format"', '"<a href=\\"http://x\\">click</a>": 1, "format"'), "<a href"),
    ("escape-key", scenario_text().replace('"format"', '"\\u001b[31mred": 1, "format"'), "red"),
    ("rlo-in-key", scenario_text().replace('"format"', '"\\u202eevil": 1, "format"'), "evil"),
    ("nul-in-key", scenario_text().replace('"format"', '"a\\u0000b": 1, "format"'), "a"),
    ("newer-version", scenario_text(version=99), "newer"),
    ("binary", "\x00\xff\xfe garbage", "hostile.json"),
    ("utf16", "\ufeff" + scenario_text(), "hostile.json"),
    ("empty", "", "empty"),
    ("list", "[1, 2, 3]", "JSON object"),
    ("horizon-huge", scenario_text(horizon_years=10**30), "horizon_years"),
]


@pytest.mark.parametrize("case, text, words", REFUSED, ids=[c[0] for c in REFUSED])
def test_a_hostile_scenario_is_refused_in_one_sentence(tmp_path, case, text, words):
    path = tmp_path / "hostile.json"
    path.write_bytes(text.encode("utf-8", "surrogatepass") if case != "utf16" else text.encode("utf-16"))
    before = path.read_bytes()
    for args in (["evaluate", str(path), "--json"], ["evaluate", str(path)], ["compare", str(path), str(path)]):
        with hostile_input():
            code, out, err = run_cli(*args)
            assert_one_sentence(code, err, words)
            assert out == "" and path.read_bytes() == before


# Scenarios whose figures are each within range but together leave the model nothing to
# compute: one sentence, never an internal error.
UNCOMPUTABLE = [
    ("only-goals-weighed-and-no-goal", scenario_text(goals=[], needs=[], pushes_per_month=0,
                                                     overrides=ONLY_GOALS_WEIGHED)),
]


@pytest.mark.parametrize("case, text", UNCOMPUTABLE, ids=[c[0] for c in UNCOMPUTABLE])
def test_figures_the_model_cannot_combine_give_one_sentence(tmp_path, case, text):
    path = write(tmp_path / "s.json", text)
    for args in (["evaluate", str(path), "--json"], ["report", str(path), "-o", str(tmp_path / "r.pdf")]):
        with hostile_input():
            code, out, err = run_cli(*args)
            assert_one_sentence(code, err, "cannot compute")
            assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize("text", [
    "Lone \ud800 surrogate", "ESC \x1b[2J clear", "NUL \x00 byte", "RLO \u202e txt.exe", "bell \x07",
    "C1 \x9b control", "<b>html</b>", "{__class__.__mro__}", "line\nbreak", "中文名称",
])
def test_hostile_text_in_a_name_is_answered_and_escaped(tmp_path, text):
    path = tmp_path / "s.json"
    # Escaped as JSON allows ("\ud800" alone), which a text editor or another program may write.
    path.write_text(json.dumps({**Scenario().to_dict(), "name": text, "client": text}), encoding="ascii")
    with hostile_input():
        code, out, err = run_cli("evaluate", str(path), "--json")
        assert code == 0, err
        data = json.loads(out)  # strict JSON, whatever the name holds
        assert text in _strings(data), "the name comes back exactly as it was"
        assert not RAW_CONTROL.search(out.replace("\n", ""))
    with hostile_input():
        code, out, err = run_cli("evaluate", str(path))
        assert code == 0, err
        assert not RAW_CONTROL.search(out.replace("\n", "")) and "\ud800" not in out


def _strings(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dev-null", "folder", "loop", "missing", "huge", "dev-urandom"])
def test_a_file_that_is_not_a_scenario_file_is_refused_without_waiting(tmp_path, kind):
    path = tmp_path / "x.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind in ("dev-zero", "dev-null", "dev-urandom"):
        path = "/dev/" + kind[4:]
    elif kind == "folder":
        path.mkdir()
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "huge":
        with open(path, "wb") as f:
            f.truncate(6 * 1024 * 1024)
    with hostile_input():
        code, out, err = run_cli("evaluate", str(path))  # pytest-timeout catches a hang
        assert_one_sentence(code, err)


@pytest.mark.parametrize("args, words", [
    (["evaluate", "--preset", ""], "no preset called ''"),
    (["evaluate", "--preset", "\x1b[31m"], "no preset"),
    (["report", "--preset", "", "-o", "x.pdf"], "no preset"),
    (["compare", "--preset", "", "--preset", "car_brand"], "no preset"),
    (["evaluate", "--preset", "car_brand", "--pack", "/dev/zero"], "not a regular file"),
    (["evaluate", "--preset", "car_brand", "--pack", "/"], "folder"),
    (["evaluate", "\x1b]0;title\x07.json"], "does not exist"),
])
def test_hostile_command_lines(tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    with hostile_input():
        code, out, err = run_cli(*args)
        assert_one_sentence(code, err, words)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="/dev/full")
@pytest.mark.parametrize("args", [["evaluate", "--preset", "car_brand"],
                                  ["evaluate", "--preset", "car_brand", "--json"], ["presets"],
                                  ["compare", "--preset", "car_brand", "--preset", "bank_care"]])
def test_output_to_a_full_disk_is_one_sentence(args):
    import subprocess
    with hostile_input(), open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "wxdesk", *args], stdout=full, stderr=subprocess.PIPE,
                                text=True, timeout=120)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert "No space left" in result.stderr and "Traceback" not in result.stderr


FIGURES = sorted(PACK.figures)
numbers = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(min_value=-10**30, max_value=10**30),
                    st.sampled_from([0, 0.0, 1e-300, 1e308, 1.7e308, -0.0, 1, 1e10, 1e11]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(FIGURES), numbers, min_size=1, max_size=4),
       st.sampled_from([0, 1, 50_000, 2e9]), st.lists(st.sampled_from(["news", "sell", "employees"]), max_size=2))
def test_any_overrides_give_an_answer_or_one_sentence(tmp_path, overrides, audience, goals):
    text = json.dumps({**Scenario().to_dict(), "audience": audience, "goals": goals, "overrides": overrides},
                      allow_nan=True)
    path = tmp_path / "h.json"
    path.write_text(text, encoding="utf-8")
    with hostile_input():
        code, out, err = run_cli("evaluate", str(path), "--json")
        if code == 0:
            json.loads(out, parse_constant=lambda name: pytest.fail(f"{name} in JSON"))
            assert err == ""
        else:
            assert_one_sentence(code, err)
