"""What a plan's likely cost is made of, after the sentence that gives it (words.steps.made_of): the horizon's parts
in the key's order and words, one part said as the whole, and where the parts as written do not add up to the total
as written, that each is rounded on its own; a presentation's few words name the largest (largest_part)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.money import add_up_as_written
from wxdesk.engine.results import COMPONENTS
from wxdesk.words.steps import MOSTLY, component_names, largest_part, made_of

PACK = load_datapack()
NBSP = "\u00a0"


def said(breakdown: dict[str, float], total: float, lang: str = "en", years: int = 3, stores: bool = True) -> str:
    return made_of(breakdown, total, years, stores, words(lang)).replace(NBSP, " ")


def test_car_brands_parts_over_its_horizon_in_the_keys_order_each_rounded_on_its_own():
    # (At 600k users: at its own 300k its parts add up as written since its Official Account pays its verification,
    # and at 500k since its Channels pays its own.)
    evaluation = evaluate(load_preset("car_brand").with_changes(audience=600_000), PACK)
    plan, years = evaluation.plan, evaluation.scenario.horizon_years
    w = words("en")
    line = made_of(dict(plan.breakdown), plan.total.likely, years, True, w)
    names = component_names(w.translate)
    shown = [c for c in COMPONENTS if plan.breakdown[c] > 0]
    assert line.startswith(f"Over {years} years: ") and line.endswith(", each rounded on its own.")
    # Each part with its amount, as the key writes it, in its order; plain text, as the JSON and the terminal carry it.
    places = [line.index(f"{names[c]} {w.money(plan.breakdown[c])}") for c in shown]
    assert places == sorted(places) and len(shown) >= 3
    assert line.count(" · ") == len(shown) - 1 and NBSP not in line
    # ¥121k + ¥1.23M + ¥4,500 + ¥231k + ¥5.47M = ¥7.06M beside ¥7.05M: the clause is there because they miss it.
    assert not add_up_as_written((plan.breakdown[c] for c in shown), plan.total.likely)
    chinese = made_of(dict(plan.breakdown), plan.total.likely, years, True, words("zh_CN"))
    assert chinese.startswith(f"{years} 年成本构成：")


def test_one_part_is_said_as_the_whole_without_its_amount_again():
    assert said({"fees": 9000.0}, 9000.0) == "All of it: platform, store and service fees."
    assert said({"acquisition": 237_000.0, "build": 0.2}, 237_000.2) == "All of it: user acquisition."
    assert said({"acquisition": 237_000.0}, 237_000.0, "zh_CN") == "全部用于获客。"
    assert said({"build": 0.0}, 0.0) == ""


def test_a_horizon_of_one_year_is_said_in_the_singular():
    assert said({"build": 1000.0, "servers": 500.0}, 1500.0, years=1) == "Over 1 year: Build ¥1,000 · Servers ¥500."


@given(st.dictionaries(st.sampled_from(COMPONENTS), st.floats(min_value=1, max_value=5e7), min_size=2))
def test_the_rounding_is_owned_up_to_exactly_where_the_written_parts_miss_the_total(breakdown):
    total = sum(breakdown.values())
    line = said(breakdown, total)
    assert line.startswith("Over 3 years: ")
    assert line.endswith(", each rounded on its own.") != add_up_as_written(breakdown.values(), total)
    assert line.count(" · ") == len(breakdown) - 1


@example({"maintenance": 900.0, "acquisition": 882.0})
@given(st.dictionaries(st.sampled_from(COMPONENTS), st.floats(min_value=1, max_value=5e7), min_size=2))
def test_a_presentations_few_words_name_the_largest_part_and_mostly_only_of_most(breakdown):
    total = sum(breakdown.values())
    w = words("en")
    line = largest_part(breakdown, total, 5, True, w).replace(NBSP, " ")
    largest = max((c for c in COMPONENTS if c in breakdown), key=lambda c: breakdown[c])  # (ties: the key's first)
    name = component_names(w.translate)[largest].lower()
    mostly = breakdown[largest] >= MOSTLY * total
    assert line == (f"Over 5 years, mostly {name} ({w.money(breakdown[largest])})." if mostly else
                    f"The largest part over 5 years: {name} ({w.money(breakdown[largest])}).")


def test_a_presentations_few_words_for_one_part_or_none():
    w = words("en")
    assert largest_part({"acquisition": 237_000.0}, 237_000.0, 3, True, w) == "All of it: user acquisition."
    assert largest_part({}, 0.0, 3, True, w) == ""
