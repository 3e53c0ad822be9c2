"""`wxdesk compare` as text: whole names as the rest of wxdesk writes them, goals by name, columns that
line up by display width, in English and Chinese."""

import pytest

from wxdesk.batch.language import words
from wxdesk.engine import Scenario, load_datapack, load_preset
from wxdesk.engine.compare import compare
from wxdesk.words.columns import display_width
from wxdesk.words.comparison import comparison_text

PRESETS = ("car_brand", "bank_care", "news_publisher")


@pytest.fixture(scope="module")
def pack():
    return load_datapack()


@pytest.fixture(scope="module")
def comparisons(pack):
    return {lang: compare([load_preset(p, lang) for p in PRESETS], pack, PRESETS) for lang in ("en", "zh_CN")}


def _from_column(line, column):
    """The line's text from a display column on (a Chinese character takes two)."""
    for i in range(len(line) + 1):
        if display_width(line[:i]) >= column:
            return line[i:]
    return ""


def _columns(text, labels):
    """Each scenario's column read top to bottom, every space taken out (a long cell wraps within it)."""
    lines = text.splitlines()
    starts, search = [], 0
    for label in labels:
        index = lines[0].index(label, search)
        starts.append(display_width(lines[0][:index]))
        search = index + len(label)
    ends = [*(start - 2 for start in starts[1:]), None]
    columns = ["" for _ in labels]
    for line in lines[1:]:
        for i, (start, end) in enumerate(zip(starts, ends)):
            cell = _from_column(line, start)
            if end is not None:
                cell = cell[:len(cell) - len(_from_column(line, end))]
            columns[i] += "".join(cell.split())
    return columns


def _squeezed(text):
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_plans_presences_and_goals_read_as_everywhere_else(comparisons, pack, lang):
    comparison = comparisons[lang]
    w = words(lang)
    text = comparison_text(comparison, w, pack)
    assert "…" not in text
    columns = _columns(text, comparison.labels)
    for column, evaluation in zip(columns, comparison.evaluations, strict=True):
        assert _squeezed(w.plan(evaluation.plan.presences)) in column  # whole, never cut
        goals = w.join(w.term("goal:" + g) for g in evaluation.scenario.goals)
        assert _squeezed(goals) in column  # goals by their names
    heads = _squeezed(text)
    for presence in ("service", "subscription", "mini_program", "wecom", "channels", "native_app"):
        assert _squeezed(w.presence(presence)) in heads
    assert "service, sell" not in text and "employees, relationship" not in text


def test_chinese_text_has_no_english_headings(comparisons, pack):
    text = comparison_text(comparisons["zh_CN"], words("zh_CN"), pack)
    for english in ("Inputs that differ", "The plan", "Plan score", "Likely cost", "Each presence", "in the plan",
                    "First-year budget", "Goals", "none", "over"):
        assert english not in text
    assert "方案得分" in text and "公众号（原订阅号）" in text and "发布资讯" in text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_columns_line_up_by_display_width(comparisons, pack, lang):
    """Every column starts where its heading does, and no cell runs into the gap before the next column
    (the long row "Share of users won through ads" once pushed its values out of line)."""
    comparison = comparisons[lang]
    text = comparison_text(comparison, words(lang), pack)
    lines = text.splitlines()
    header = lines[0]
    starts, search = [], 0
    for label in comparison.labels:
        index = header.index(label, search)
        starts.append(display_width(header[:index]))
        search = index + len(label)
    rows = [line for line in lines[1:] if line[:1] in ("*", " ") and line.strip()]
    assert len(rows) > 20
    for line in rows:
        for start in starts:
            if display_width(line) > start:
                assert _from_column(line, start - 2)[:2] == "  ", (line, start)
    paid = next(line for line in rows if words(lang).translate("fields", "Users won through ads") in line)
    assert _from_column(paid, starts[0]).startswith("15%")


def test_inputs_that_are_the_same_say_so(pack):
    text = comparison_text(compare([Scenario(), Scenario()], pack, ["a", "b"]), words("en"), pack)
    assert "The inputs are the same." in text


def test_the_differences_are_marked(pack):
    text = comparison_text(compare([Scenario(), Scenario().with_changes(audience=9)], pack, ["a", "b"]),
                           words("en"), pack)
    lines = text.splitlines()
    assert any(line.startswith("*Monthly users") for line in lines)
    assert not any(line.startswith("*First-year budget") for line in lines)


def test_a_cell_of_several_lines_keeps_each_line_apart():
    from wxdesk.words.columns import table_row
    lines = table_row(["Points to watch", "! First one.\n! Second, a longer one that wraps."], [16, 20])
    cells = [line[16:].strip() for line in lines]
    assert cells[0] == "! First one."
    assert cells[1].startswith("! Second")
    assert all(len(line) <= 16 + 2 + 20 for line in lines)
