"""`evaluate --currency`: one scenario's summary, and its JSON's texts, in dollars or euros at the data pack's rate, as
`report --currency` and `compare --currency` write them; the JSON's numbers stay in yuan, and `text_currency` says
which currency its texts are in. A batch keeps yuan, and says so."""

import contextlib
import io
import json

import jsonschema
import pytest

from wxdesk.batch.language import reader
from wxdesk.batch.schema import evaluation_schema
from wxdesk.cli import main
from wxdesk.cli_parser import CURRENCIES
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.report.answer import build_answer
from wxdesk.words.vocabulary import CURRENCIES as WORDS_CURRENCIES, RATE_FIGURES

PACK = load_datapack()


def run(*args: str) -> tuple[int, str, str]:
    """`wxdesk ARGS` in this process: its exit status, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def numbers_of(data):
    """The JSON without its texts: what must not change with the currency the texts are in."""
    if isinstance(data, dict):
        return {k: numbers_of(v) for k, v in data.items() if k not in ("text", "roles_text", "under_the_split",
                                                                        "text_currency")}
    if isinstance(data, list):
        return [numbers_of(v) for v in data]
    return data


def test_the_currencies_are_those_the_words_layer_converts():
    assert set(CURRENCIES) == set(WORDS_CURRENCIES)


@pytest.mark.parametrize("currency", ["USD", "EUR"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_summary_reads_as_the_handout_in_that_currency(currency, lang):
    code, text, err = run("evaluate", "--preset", "food_ordering", "--currency", currency, "--lang", lang)
    assert code == 0, err
    w = reader(lang, currency, PACK)
    answer = build_answer(evaluate(load_preset("food_ordering", lang), PACK), PACK, w)
    flat = "".join(text.split())
    for said in (answer.cost_sentence, answer.acquisition, answer.budget_beside_score):
        assert "".join(said.split()) in flat, said
    assert "¥" not in text
    rate = w.translate("CompareTable", "Amounts in {currency}.").format(currency=w.currency_with_rate())
    assert text.rstrip().endswith(rate)
    assert f"{PACK.likely(RATE_FIGURES[currency]):g}" in rate


def test_cny_is_the_summary_as_it_was():
    assert run("evaluate", "--preset", "yoga_teacher", "--currency", "CNY") == run("evaluate", "--preset",
                                                                                   "yoga_teacher")


@pytest.mark.parametrize("currency", ["USD", "EUR"])
def test_the_json_keeps_yuan_and_says_the_currency_of_its_texts(currency):
    code, out, err = run("evaluate", "--preset", "car_brand", "--currency", currency, "--json")
    assert code == 0, err
    converted = json.loads(out)
    jsonschema.Draft202012Validator(evaluation_schema()).validate(converted)
    yuan = json.loads(run("evaluate", "--preset", "car_brand", "--json")[1])
    assert yuan["text_currency"] == {"code": "CNY", "cny_per_unit": 1.0}
    assert converted["text_currency"] == {"code": currency, "cny_per_unit": PACK.likely(RATE_FIGURES[currency])}
    assert numbers_of(converted) == numbers_of(yuan)
    w = reader("en", currency, PACK)
    evaluation = evaluate(load_preset("car_brand"), PACK)
    assert converted["budget"]["text"] == w.reason(evaluation.budget) != yuan["budget"]["text"]
    assert converted["plan"]["under_the_split"] == build_answer(evaluation, PACK, w).acquisition
    assert not [text for text in texts_of(converted) if "¥" in text]
    assert any("¥" in text for text in texts_of(yuan))


def texts_of(data):
    """Every text of the JSON."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("text", "under_the_split") and isinstance(value, str):
                yield value
            elif key == "roles_text":
                yield from value.values()
            else:
                yield from texts_of(value)
    elif isinstance(data, list):
        for value in data:
            yield from texts_of(value)


@pytest.mark.parametrize("value", ["GBP", "usd", ""])
def test_a_currency_it_does_not_know_is_one_sentence(value):
    code, out, err = run("evaluate", "--preset", "car_brand", "--currency", value)
    assert code == 2 and out == ""
    assert err == (f"wxdesk: argument --currency: invalid choice: '{value}' (choose from 'CNY', 'USD', 'EUR') "
                   "(see 'wxdesk evaluate --help').\n")


def test_a_batch_keeps_yuan_and_says_so(tmp_path):
    out = tmp_path / "rows.csv"
    code, printed, err = run("evaluate", "--preset", "car_brand", "--preset", "yoga_teacher", "--currency", "USD",
                             "-o", str(out))
    assert code == 2 and printed == "" and not out.exists()
    assert err == ("wxdesk: --currency USD is for one scenario's summary or --json; a batch's rows keep every amount "
                   "in yuan (CNY), as their columns name them.\n")
