"""Compare shows a changed figure with the values each scenario sets it to: two copies of fitness_coaching setting the
cost per app install to ¥20 and ¥10 each read "Paid cost per app install in China" under "Differing inputs", one
input twice beside two answers (the dialog and `wxdesk compare` alike)."""

import pytest

from wxdesk.batch.language import words
from wxdesk.engine import load_datapack, load_preset
from wxdesk.engine.compare import compare
from wxdesk.engine.scenario import with_override
from wxdesk.words.comparison import field_value

PACK = load_datapack()


@pytest.mark.parametrize(("lang", "twenty", "ten"), [
    ("en", "Paid cost per app install in China: ¥3 – ¥20 – ¥34 per install",
     "Paid cost per app install in China: ¥3 – ¥10 – ¥34 per install"),
    ("zh_CN", "中国应用每次安装的获客成本：¥3 – ¥20 – ¥34/次安装", "中国应用每次安装的获客成本：¥3 – ¥10 – ¥34/次安装"),
])
def test_two_scenarios_setting_one_figure_differently_show_its_two_values(lang, twenty, ten):
    base = load_preset("fitness_coaching")
    pair = [with_override(base, "app_cost_per_install_cny", 3, likely, 34) for likely in (20, 10)]
    row = next(r for r in compare(pair, PACK).fields if r.field == "overrides")
    assert row.differs
    w = words(lang)
    assert [field_value("overrides", v, w, PACK) for v in row.values] == [twenty, ten]


def test_several_figures_are_each_named_with_their_values():
    base = with_override(load_preset("car_brand"), "app_cost_per_install_cny", 3, 20, 34)
    both = with_override(base, "mp_template_max_users", 0, 0, 0)
    row = next(r for r in compare([base, both], PACK).fields if r.field == "overrides")
    text = field_value("overrides", row.values[1], words("en"), PACK)
    assert text.count(": ") == 2 and "; " in text and "¥20" in text, text
