"""`wxdesk compare A.json B.json [--json]` as an analyst runs it: what it prints and its exit codes, run in the test's
process (cli_in_process; tests/test_cli.py starts `python -m wxdesk` as a process of its own)."""

import dataclasses
import json
from cli_in_process import run_here

from wxdesk.engine import Scenario


def run(*args):
    return run_here("compare", *args)


def write(tmp_path, name, scenario):
    path = tmp_path / f"{name}.json"
    path.write_text(scenario.to_json(), encoding="utf-8")
    return path


def test_compare_two_files_as_text(tmp_path):
    a = write(tmp_path, "small", Scenario(name="Small", audience=2_000))
    b = write(tmp_path, "large", Scenario(name="Large", audience=2_000_000))
    before = a.read_bytes(), b.read_bytes()
    result = run(str(a), str(b))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["small", "large"]
    assert any(line.startswith("*Monthly users") and "2,000" in line and "2M" in line for line in lines)
    assert not any(line.startswith("*First-year budget") for line in lines)
    assert (a.read_bytes(), b.read_bytes()) == before


def test_compare_json_files_and_presets(tmp_path):
    a = write(tmp_path, "mine", Scenario(name="Mine", entity="individual"))
    result = run(str(a), "--preset", "car_brand", "--preset", "yoga_teacher", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [s["label"] for s in data["scenarios"]] == ["mine", "car_brand", "yoga_teacher"]
    entity = next(d for d in data["differing_fields"] if d["field"] == "entity")
    assert entity["values"] == ["individual", "company", "individual"]


def one_line_error(result):
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    return result.stderr


def test_bad_inputs_exit_2_with_one_line(tmp_path):
    good = write(tmp_path, "good", Scenario())
    broken = tmp_path / "broken.json"
    broken.write_text("{oops")
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**Scenario().to_dict(), "version": 7}))
    assert "2 to 4" in one_line_error(run(str(good)))
    assert "2 to 4" in one_line_error(run(*[str(good)] * 5))
    assert "does not exist" in one_line_error(run(str(good), str(tmp_path / "missing.json")))
    assert "not valid JSON" in one_line_error(run(str(good), str(broken)))
    assert "newer wxdesk" in one_line_error(run(str(good), str(newer)))
    assert "no preset" in one_line_error(run(str(good), "--preset", "nope"))
    assert "is a folder" in one_line_error(run(str(good), str(tmp_path)))


def test_compare_takes_the_language_of_its_output():
    result = run("--preset", "car_brand", "--preset", "yoga_teacher", "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert "方案得分" in result.stdout and "Plan score" not in result.stdout
    assert "独立瑜伽老师" in result.stdout or "瑜伽" in result.stdout  # the example's own words in Chinese
    data = json.loads(run("--preset", "car_brand", "--preset", "yoga_teacher", "--lang", "zh_CN", "--json").stdout)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in data["scenarios"][0]["plan"]["reasons"][0]["text"])


def evaluate_json(*args):
    result = run_here("evaluate", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_each_compared_scenario_is_what_evaluate_json_gives_for_it(tmp_path):
    """compare --json gave the app-or-Mini-Program choice as a bare string, presences without reasons, and no
    alternatives, budget, warnings or data pack: not the shapes of evaluate --json, which the README promises."""
    mine = write(tmp_path, "mine", Scenario(name="Mine", budget_cny=80_000, entity="individual"))
    for lang in ("en", "zh_CN"):
        result = run(str(mine), "--preset", "food_ordering", "--preset", "yoga_teacher", "--json", "--lang", lang)
        assert result.returncode == 0, result.stderr
        scenarios = json.loads(result.stdout)["scenarios"]
        expected = [evaluate_json(str(mine), "--lang", lang),
                    *(evaluate_json("--preset", p, "--lang", lang) for p in ("food_ordering", "yoga_teacher"))]
        assert [s.pop("label") for s in scenarios] == ["mine", "food_ordering", "yoga_teacher"]
        assert [s.pop("name") for s in scenarios] == [e["inputs"]["name"] for e in expected]
        assert scenarios == expected  # every key and value, the scores as each evaluate writes them


def differing_row(text, heading):
    return next(line for line in text.splitlines() if line.startswith("*" + heading)).split()


def test_inputs_differ_where_their_values_do_and_read_apart(tmp_path):
    """Which inputs differ was decided on their values as the table wrote them: car_brand with budgets of 1,059,600
    and 1,059,700 (both ¥1.06M) was told "The inputs are the same." beside two different plans, with
    `differing_fields: []`; and 500,000 against 500,400 yuan differed in dollars ($71.4k, $71.5k) and not in yuan,
    so the JSON changed with --currency. Values now decide, and the table writes values that would read alike
    apart: to the whole unit, and where that reads alike too, with the decimals that tell them apart."""
    from wxdesk.engine import load_preset
    car = load_preset("car_brand")
    car_a = write(tmp_path, "car_a", dataclasses.replace(car, budget_cny=1_059_600))
    car_b = write(tmp_path, "car_b", dataclasses.replace(car, budget_cny=1_059_700))
    data = json.loads(run(str(car_a), str(car_b), "--json").stdout)
    assert data["differing_fields"] == [{"field": "budget_cny", "values": [1_059_600, 1_059_700]}]
    text = run(str(car_a), str(car_b)).stdout
    assert "The inputs are the same." not in text
    assert differing_row(text, "First-year budget")[-2:] == ["¥1,059,600", "¥1,059,700"]

    a = write(tmp_path, "a", Scenario(name="Shop", budget_cny=500_000, china_share=0.9))
    b = write(tmp_path, "b", Scenario(name="Shop", budget_cny=500_000.4, china_share=0.90000001))
    c = write(tmp_path, "c", Scenario(name="Shop", budget_cny=500_400, audience=1_000_000))
    d = write(tmp_path, "d", Scenario(name="Shop", budget_cny=500_000, audience=1_000_400))
    answers = {currency: json.loads(run(str(a), str(c), str(d), "--json", "--currency", currency).stdout)
               for currency in ("CNY", "USD", "EUR")}
    assert answers["CNY"] == answers["USD"] == answers["EUR"]
    assert [f["field"] for f in answers["CNY"]["differing_fields"]] == ["budget_cny", "audience"]
    text = run(str(a), str(c), str(d)).stdout
    assert differing_row(text, "First-year budget")[-3:] == ["¥500,000", "¥500,400", "¥500,000"]
    assert differing_row(text, "Monthly users")[-3:] == ["50k", "1,000,000", "1,000,400"]
    text = run(str(a), str(b), "--currency", "USD").stdout
    assert differing_row(text, "First-year budget")[-2:] == ["$71,428.57", "$71,428.63"]
    assert differing_row(text, "On WeChat in mainland China")[-2:] == ["90%", "90.000001%"]
    text = run(str(a), str(b)).stdout
    assert differing_row(text, "First-year budget")[-2:] == ["¥500,000.0", "¥500,000.4"]
    # Values that read apart as they are keep the table's own writing.
    finer = write(tmp_path, "finer", Scenario(name="Shop", budget_cny=600_000, china_share=0.9004))
    assert differing_row(run(str(a), str(finer)).stdout, "First-year budget")[-2:] == ["¥500k", "¥600k"]
    # Changed figures are shown by name alone: a different value of the same figure still differs.
    e = write(tmp_path, "e", Scenario(name="Shop", budget_cny=504_000, china_share=0.9,
                                      overrides={"mp_build_cny": {"low": 1, "likely": 2, "high": 3}}))
    f = write(tmp_path, "f", Scenario(name="Shop", budget_cny=504_000, china_share=0.9,
                                      overrides={"mp_build_cny": {"low": 1, "likely": 2, "high": 4}}))
    assert [d["field"] for d in json.loads(run(str(e), str(f), "--json").stdout)["differing_fields"]] == ["overrides"]


def test_compare_in_dollars_names_its_rate_and_keeps_json_in_yuan(tmp_path):
    """A sales person comparing in dollars (the handout and long image have --currency, compare had none)."""
    from wxdesk.engine import load_datapack
    from wxdesk.words import Words
    words = Words.make("en", "USD", load_datapack())
    text = run("--preset", "car_brand", "--preset", "yoga_teacher", "--currency", "USD")
    assert text.returncode == 0, text.stderr
    budget = next(line for line in text.stdout.splitlines() if line.startswith("*First-year budget"))
    assert "$" in budget and "¥" not in text.stdout, text.stdout
    assert text.stdout.rstrip().endswith(f"Amounts in {words.currency_with_rate()}."), text.stdout[-200:]
    in_yuan = run("--preset", "car_brand", "--preset", "yoga_teacher", "--json")
    in_dollars = run("--preset", "car_brand", "--preset", "yoga_teacher", "--json", "--currency", "USD")
    assert json.loads(in_dollars.stdout) == json.loads(in_yuan.stdout)
    plain = run("--preset", "car_brand", "--preset", "yoga_teacher")
    assert "Amounts in" not in plain.stdout and "¥" in plain.stdout


def test_two_files_of_one_name_are_told_apart_by_their_paths(tmp_path):
    """Two files both named a.json, from two folders, were headed "a (1)" and "a (2)", in Chinese too: each is now
    headed by its path as typed, in full-width brackets in Chinese."""
    for folder in ("q3", "q4"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "a", Scenario(name="Shop", audience=2_000 if folder == "q3" else 9_000))

    def run_in_folder(*args):  # (in the folder, as an analyst types short paths)
        return run_here("compare", *args, cwd=tmp_path)

    first, second = "q3/a.json", "q4/a.json"
    result = run_in_folder(first, second, "--json")
    assert result.returncode == 0, result.stderr
    assert [s["label"] for s in json.loads(result.stdout)["scenarios"]] == [f"a ({first})", f"a ({second})"]
    result = run_in_folder(first, second, "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split() == [f"a（{first}）", f"a（{second}）"]


def test_numbers_a_script_makes_of_one_input_are_one_input(tmp_path):
    """A script's 0.1 × 3 × 1e6 beside 300000 was marked as a second budget, written "¥300,000.0000000000" and
    "¥300,000.0000000001"; a session of 3 minutes beside 3.0001 was marked and read "3 | 3". Within a billionth they
    are one input; apart by more, they are marked and written apart."""
    from wxdesk.engine import load_preset
    car = load_preset("car_brand")
    one = write(tmp_path, "one", dataclasses.replace(car, budget_cny=300_000.0, china_share=0.9))
    same = write(tmp_path, "same", dataclasses.replace(car, budget_cny=0.1 * 3 * 1e6, china_share=0.7 + 0.2))
    assert 0.1 * 3 * 1e6 != 300_000.0 and 0.7 + 0.2 != 0.9
    assert json.loads(run(str(one), str(same), "--json").stdout)["differing_fields"] == []
    minutes = write(tmp_path, "minutes", dataclasses.replace(car, budget_cny=300_000.0, china_share=0.9,
                                                             interaction_minutes=car.interaction_minutes + 0.0001))
    assert differing_row(run(str(one), str(minutes)).stdout, "Session length")[-2:] == ["4.0000", "4.0001"]
