"""What a plan's likely cost is made of, after the sentence that gives it (words.steps.made_of): its parts in the key's
order and words, one part said as the whole, and where the parts as written do not add up to the total as written,
that each is rounded on its own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.money import add_up_as_written
from wxdesk.engine.results import COMPONENTS
from wxdesk.words.steps import component_names, largest_part, made_of

PACK = load_datapack()


def said(breakdown: dict[str, float], total: float, lang: str = "en", stores: bool = True) -> str:
    w = words(lang)
    return made_of(breakdown, total, stores, w.money, w.translate, w.cny_per_unit)


def test_car_brands_parts_in_the_keys_order_each_rounded_on_its_own():
    plan = evaluate(load_preset("car_brand"), PACK).plan
    w = words("en")
    line = said(dict(plan.breakdown), plan.total.likely)
    names = component_names(w.translate)
    shown = [c for c in COMPONENTS if plan.breakdown[c] > 0]
    assert line.startswith("Made of: ") and line.endswith(", each rounded on its own.")
    # Each part with its amount, as the key writes it, in its order.
    places = [line.index(f"{names[c]} {w.money(plan.breakdown[c])}") for c in shown]
    assert places == sorted(places) and len(shown) >= 3
    # ¥121k + ¥1.23M + ¥1,500 + ¥122k + ¥2.73M = ¥4.20M beside ¥4.21M: the clause is there because they miss it.
    assert not add_up_as_written((plan.breakdown[c] for c in shown), plan.total.likely)


def test_one_part_is_said_as_the_whole_without_its_amount_again():
    assert said({"fees": 9000.0}, 9000.0) == "All of it: platform, store and service fees."
    assert said({"acquisition": 237_000.0, "build": 0.2}, 237_000.2) == "All of it: user acquisition."
    assert said({"acquisition": 237_000.0}, 237_000.0, "zh_CN") == "全部用于获客。"
    assert said({"build": 0.0}, 0.0) == ""


@given(st.dictionaries(st.sampled_from(COMPONENTS), st.floats(min_value=1, max_value=5e7), min_size=2))
def test_the_rounding_is_owned_up_to_exactly_where_the_written_parts_miss_the_total(breakdown):
    total = sum(breakdown.values())
    line = said(breakdown, total)
    assert line.startswith("Made of: ")
    assert line.endswith(", each rounded on its own.") != add_up_as_written(breakdown.values(), total)
    assert line.count(" · ") == len(breakdown) - 1


def test_a_presentations_few_words_name_the_largest_part():
    w = words("en")

    def few(breakdown: dict[str, float]) -> str:
        return largest_part(breakdown, sum(breakdown.values()), True, w.money, w.translate)
    assert few({"build": 121_000.0, "acquisition": 2_730_000.0, "servers": 122_000.0}) == (
        "Mostly user acquisition (¥2.73M).")
    assert few({"build": 300_000.0, "maintenance": 400_000.0, "servers": 350_000.0}) == (
        "The largest part: maintenance and content (¥400k).")
    assert few({"acquisition": 237_000.0}) == "All of it: user acquisition."
    assert few({}) == ""
