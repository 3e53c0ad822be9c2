"""`evaluate --json` says what the handout says beside the plan's cost and budget (batch.plan_notes): the user
acquisition's sentence and the figures it multiplies out, the paragraph under the cost split, the articles' note and
how the budget's points are counted, each as the text output and the handout print it."""

import contextlib
import functools
import io
import json
import re

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.batch.contract import evaluation_record
from wxdesk.batch.language import words
from wxdesk.batch.schema import evaluation_schema
from wxdesk.cli import main
from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.datapack import GOALS
from wxdesk.report.answer import build_answer
from wxdesk.words.acquisition import acquisition

PACK = load_datapack()
NOTES = ("user_acquisition", "under_the_split", "articles", "budget_points")


def run(*args: str) -> str:
    """What `wxdesk ARGS` prints, run in this process as `python -m wxdesk` runs it."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    assert code == 0, err.getvalue()
    return out.getvalue()


def squeezed(text: str) -> str:
    """Without whitespace: the text output wraps its lines at 78 columns, in Chinese between any two characters."""
    return re.sub(r"\s+", "", text)


def texts(plan: dict) -> list[str]:
    """The notes' sentences the JSON gives (a note the plan has none of is null)."""
    found = [plan["user_acquisition"]["text"], plan["under_the_split"]]
    return found + [plan[key]["text"] for key in ("articles", "budget_points") if plan[key] is not None]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", preset_ids())
def test_the_json_says_what_the_text_and_the_handout_say(preset, lang):
    plan = json.loads(run("evaluate", "--preset", preset, "--json", "--lang", lang))["plan"]
    assert set(NOTES) <= set(plan)
    text = squeezed(run("evaluate", "--preset", preset, "--lang", lang))
    for sentence in texts(plan):
        assert sentence and squeezed(sentence) in text, sentence
    # The handout's paragraph under its cost split (the long image prints the same Answer's).
    evaluation = evaluate(load_preset(preset, lang), PACK)
    assert plan["under_the_split"] == build_answer(evaluation, PACK, words(lang)).acquisition
    assert plan["under_the_split"].startswith(plan["user_acquisition"]["text"])


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", [p for p in preset_ids() if load_preset(p).paid_share > 0])
def test_the_figures_are_the_ones_the_sentence_writes(preset, lang):
    w = words(lang)
    evaluation = evaluate(load_preset(preset, lang), PACK)
    note = evaluation_record(evaluation, lang, PACK)["plan"]["user_acquisition"]
    found = acquisition(evaluation.plan, evaluation.scenario, PACK)
    if found is None:  # (a plan that buys no user: the sentence says why, and gives no figure)
        assert {key: value for key, value in note.items() if value is not None} == {"text": note["text"]}
        return
    sentence = note["text"]
    for count in ("users_won_at_start", "users_won_each_year"):
        assert w.number(note[count]) in sentence, count
    for amount in ("first_year_cny", "total_cny") + (("later_year_cny",) if note["years"] > 1 else ()):
        assert w.money(note[amount]) in sentence, amount
    # The price as written has as many digits as it needs; the JSON's has those and more.
    written = re.search(r"at ¥([\d,.]+) on average" if lang == "en" else r"平均每人 ?¥([\d,.]+)", sentence)
    assert written is not None, sentence
    digits = written.group(1).replace(",", "")
    places = len(digits.partition(".")[2])
    assert round(note["price_per_user_cny"], places) == pytest.approx(float(digits)), sentence


scenarios = st.builds(
    Scenario,
    budget_cny=st.floats(1_000, 5e7), audience=st.floats(1, 5e6), china_share=st.floats(0, 1),
    paid_share=st.floats(0, 1), horizon_years=st.integers(1, 6), interaction_minutes=st.floats(0.5, 60),
    goals=st.lists(st.sampled_from(GOALS), unique=True, min_size=1, max_size=3).map(tuple),
    entity=st.sampled_from(["company", "individual", "overseas_company"]),
)


@functools.cache
def schema_check():
    return jsonschema.Draft202012Validator(evaluation_schema())


@settings(max_examples=40, deadline=None)
@given(scenarios)
def test_the_figures_multiply_out_to_the_amounts(scenario):
    """What the sentence promises a client: users won × the price per user is each amount, to its rounding; and the
    record is what the schema says."""
    record = evaluation_record(evaluate(scenario, PACK), "en", PACK)
    schema_check().validate(json.loads(json.dumps(record)))
    note = record["plan"]["user_acquisition"]
    assert note["text"]
    if note["users_reached"] is None:
        assert all(value is None for key, value in note.items() if key != "text")
        return
    start, again, price = note["users_won_at_start"], note["users_won_each_year"], note["price_per_user_cny"]
    assert start == pytest.approx(note["users_reached"] * scenario.paid_share, abs=1)
    assert again == pytest.approx(start * note["won_again_per_user_kept"], abs=1 + 1e-4 * start)

    def close(amount: float, users: float) -> None:
        assert amount == pytest.approx(users * price, abs=1 + price + 1e-4 * users)

    close(note["first_year_cny"], start + again)
    if note["years"] > 1:
        close(note["later_year_cny"], again)
        assert note["total_cny"] == pytest.approx(note["first_year_cny"] + note["later_year_cny"] * (note["years"] - 1),
                                                  abs=note["years"])
    else:
        assert note["later_year_cny"] is None and note["total_cny"] == note["first_year_cny"]


def test_the_articles_note_gives_the_cards_figures(tmp_path):
    """A kindergarten whose budget the articles written for it take whole: the note the text prints after the
    budget's sentence, with its figures."""
    path = tmp_path / "kindergarten.json"
    path.write_text(Scenario(name="Kindergarten", budget_cny=120_000, audience=600, china_share=1.0,
                             pushes_per_month=12, goals=("news",), horizon_years=5, paid_share=0.0).to_json(),
                    encoding="utf-8")
    plan = json.loads(run("evaluate", str(path), "--json"))["plan"]
    note = plan["articles"]
    assert note is not None and squeezed(note["text"]) in squeezed(run("evaluate", str(path)))
    w = words("en")
    assert note["articles_a_month"] == 12
    # (In full here: ¥120,000 of ¥120,300, written apart as the budget's sentence writes them.)
    assert w.money_in_full(note["yearly_cny"]) in note["text"]
    assert w.money_in_full(note["first_year_cost_cny"]) in note["text"]
    assert note["first_year_cost_cny"] == plan["first_year_cost_cny"]["likely"]
    assert plan["user_acquisition"]["users_reached"] is None  # (no user won through ads: the sentence says so)


def test_the_scenarios_own_figures_are_the_ones_quoted(tmp_path):
    """A price per user the scenario sets for itself is the one the sentence and the figures give."""
    path = tmp_path / "own.json"
    path.write_text(load_preset("food_ordering").with_changes(overrides={"mp_cost_per_user_cny": 12.0}).to_json(),
                    encoding="utf-8")
    note = json.loads(run("evaluate", str(path), "--json"))["plan"]["user_acquisition"]
    assert note["price_per_user_cny"] == 12.0 and "¥12 on average" in note["text"]


def test_compare_gives_each_scenario_the_notes_evaluate_gives(tmp_path):
    compared = json.loads(run("compare", "--preset", "food_ordering", "--preset", "news_publisher", "--json"))
    for entry in compared["scenarios"]:
        alone = json.loads(run("evaluate", "--preset", entry["label"], "--json"))["plan"]
        assert {key: entry["plan"][key] for key in NOTES} == {key: alone[key] for key in NOTES}


def test_a_batch_row_gives_the_notes_as_one_scenario_does(tmp_path):
    out = tmp_path / "rows.jsonl"
    run("evaluate", "--preset", "news_publisher", "--preset", "yoga_teacher", "-o", str(out), "-q", "--jobs", "1")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for row, preset in zip(rows, ("news_publisher", "yoga_teacher"), strict=True):
        alone = json.loads(run("evaluate", "--preset", preset, "--json"))["plan"]
        assert {key: row["plan"][key] for key in NOTES} == {key: alone[key] for key in NOTES}
