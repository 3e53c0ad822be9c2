"""What a line must not cut is kept together for layout only: the words, the JSON and the
command line never carry a joiner, and taking the joiners out gives the text back."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from line_ends import INVISIBLE

from wxdesk import cli
from wxdesk.engine import preset_ids
from wxdesk.words import line_breaks
from wxdesk.words.line_breaks import NO_BREAK_SPACE, WORD_JOINER, keep_together, keep_together_markup, shown

# Text as wxdesk writes it: Chinese, Latin letters, figures, currency signs, units, punctuation; and digits of
# other scripts (a full-width ３, an Arabic-Indic ٣), which a pattern's \d matches too.
_ALPHABET = st.sampled_from(list("0123456789.,¥$€%万亿元年月周天分条次小程序服务号公众企业微信视频原生应用"
                                 "MiniProgramServiceAccountkMB （）()/–+:;，。：３٣ ") + ["Mini Program", "a month"])
TEXTS = st.lists(_ALPHABET, max_size=40).map("".join)


@given(TEXTS)
def test_taking_the_joiners_out_gives_the_text_back(text):
    assert shown(keep_together(text)) == text


@given(TEXTS)
def test_a_joiner_never_parts_two_latin_letters_or_digits(text):
    """Between those Qt never ends a line, and a joiner would part a ligature ("fi") or a kerning pair."""
    kept = keep_together(text)
    assert not re.search(r"[A-Za-z0-9.,]\u2060[A-Za-z0-9.,]", kept)


def _as_written(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with its figure as the rule writes it (line_breaks._FIGURE), not as it is found quickly."""
    assert line_breaks._FIGURE_FOUND_QUICKLY in pattern.pattern
    return re.compile(pattern.pattern.replace(line_breaks._FIGURE_FOUND_QUICKLY, line_breaks._FIGURE))


def _kept_as_the_rule_reads(text: str) -> str:
    """keep_together read straight from the rule, every pattern tried on the whole text and every pair
    of characters looked at: what the quicker paths of line_breaks (a text without Chinese units or without
    a Chinese colon, runs remembered) must give."""
    spans = [m.span() for m in line_breaks._NAME.finditer(text)]
    between = set()
    for name, second in line_breaks._TWO_WORD_NAMES.items():  # each word whole, a line end allowed between
        for m in re.finditer(re.escape(name), text):
            spans += [(m.start(), m.start() + second), (m.start() + second, m.end())]
            between.add(m.start() + second)
    rule = (re.compile(line_breaks._ZH_FIGURE_AS_WRITTEN), _as_written(line_breaks._EN_FIGURE))
    spans += [m.span() for pattern in rule
              for m in pattern.finditer(text) if not re.fullmatch(line_breaks._FIGURE, m.group())]
    spans += [m.span() for m in line_breaks._answer().finditer(text)]
    spans += [m.span() for m in re.finditer(r"首年 ?(?=[-−+]?[¥$€]?\d)", text)]
    spans += [m.span() for m in re.finditer(r"\S ·", text)]  # a list's dot with what comes before it
    # A sentence's last short clause with its figure ("，本方案为 79。"), ten characters at most.
    spans += [m.span() for m in re.finditer(rf"(?<=[，；])[\u4e00-\u9fff]{{1,4}} ?{line_breaks._FIGURE}"
                                            r"[\u4e00-\u9fff%]{0,2}(?=。)", text) if len(m.group()) <= 10]
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and (start < merged[-1][1] or (start == merged[-1][1] and start not in between)):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    if re.search("[\u3400-\u4dbf\u4e00-\u9fff]", text):
        # Chinese: every word of the list wherever it stands, joined with what it overlaps (never what it touches).
        words = [[i, i + len(word)] for i in range(len(text)) for word in line_breaks._WORDS
                 if text.startswith(word, i)]
        merged = _overlapping_merged(merged, words)
        merged = _overlapping_merged(merged, _tails_as_the_rule_reads(text, merged))
    out, last = [], 0
    for start, end in merged:
        run = text[start:end].replace(" ", NO_BREAK_SPACE)
        joined = run[0]
        for before, after in zip(run, run[1:]):
            in_word = re.match(r"[A-Za-z0-9.,]", before) and re.match(r"[A-Za-z0-9.,]", after)
            joined += ("" if in_word or NO_BREAK_SPACE in (before, after) else WORD_JOINER) + after
        out += [text[last:start], joined]
        last = end
    return "".join(out) + text[last:]


def _overlapping_merged(runs: list[list[int]], more: list[list[int]]) -> list[list[int]]:
    """`runs` and `more`, any two that overlap made one, again and again until none overlaps another."""
    spans = [list(span) for span in runs + more]
    merging = True
    while merging:
        merging = False
        for a in spans:
            for b in spans:
                if a is not b and a[0] < b[1] and b[0] < a[1]:
                    a[:] = [min(a[0], b[0]), max(a[1], b[1])]
                    spans.remove(b)
                    merging = True
                    break
            if merging:
                break
    return sorted(spans)


def _tail_word_parted(text: str, cut: int, start: int) -> tuple[int, int] | None:
    """The word of _TAIL_WORDS (from `start` on) that a line ending at `cut` would part: the longest, then the first."""
    found = [(begin, begin + len(word)) for word in line_breaks._TAIL_WORDS
             for begin in range(start, cut) if begin < cut < begin + len(word) and text.startswith(word, begin)]
    return min(found, key=lambda span: (span[0] - span[1], span[0])) if found else None


def _tails_as_the_rule_reads(text: str, runs: list[list[int]]) -> list[list[int]]:
    """Each paragraph that ends in Chinese: from its third-last ideograph (else its second-last, else its last if a
    figure follows it) to its end, at most ten characters, with the run that ideograph stands in; none if none fits."""
    tails, start = [], 0
    for paragraph in re.split("[\n\r\u2028\u2029]", text):
        end = start + len(paragraph.rstrip(" \t\u3000"))
        ideographs = [start + m.start() for m in re.finditer("[\u3400-\u4dbf\u4e00-\u9fff]", text[start:end])]
        if end > start and re.match(line_breaks._CHINESE_END.pattern, text[end - 1]):
            for count in (3, 2, 1):
                if len(ideographs) < count or end - ideographs[-count] > 10:
                    continue
                at = ideographs[-count]
                whole = min([at] + [run_start for run_start, run_end in runs if run_start < at < run_end])
                if end - whole <= 10 and (count > 1 or re.search(r"\w", text[at + 1:end])):
                    # A word of _TAIL_WORDS the tail would start inside ("合 / 作伙伴"): taken whole, or no tail.
                    cut = _tail_word_parted(text, whole, start)
                    if cut is not None:
                        at = cut[0]
                        whole = min([at] + [run_start for run_start, run_end in runs if run_start < at < run_end])
                        if end - whole > 10 or _tail_word_parted(text, whole, start) is not None:
                            break
                    tails.append([at, end])
                    break
        start += len(paragraph) + 1
    return tails


# English as the window writes it: figures with and without units, "%" and "MB" after a figure, names.
ENGLISH = st.lists(st.sampled_from(["¥1.2M", "over", "3 years", "40%", "5MB", "12.5%MB", "1.2.3%", "1,234", "a",
                                    "Mini Program", "Official Account", "out of 100", "$170k", "–", "(", ")", ";",
                                    "10 min", "2 a month", "·", "7"]), max_size=16).map(" ".join)


@example("合作伙伴")  # a tail that would start inside a word of _TAIL_WORDS takes it whole
@example("Build ¥121k · Servers ¥122k · User acquisition ¥2.73M")
@given(TEXTS | ENGLISH | st.text(max_size=30))
def test_the_runs_are_those_the_rule_gives(text):
    assert keep_together(text) == _kept_as_the_rule_reads(text)


@given(TEXTS | ENGLISH | st.text(alphabet=st.sampled_from(list("-−+¥$€0123456789,.３٣%kMB x万")), max_size=30))
def test_a_figure_found_quickly_is_the_figure_as_written(text):
    """The patterns that look for figures with the figure written to be found quickly find what they find
    with the figure as written, at every place in every text."""
    for pattern in (re.compile(line_breaks._FIGURE_FOUND_QUICKLY), line_breaks._EN_FIGURE,
                    line_breaks._ZH_FIGURE_IN_ASCII_UNITS):
        as_written = _as_written(pattern)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in as_written.finditer(text)]
        for start in range(len(text) + 1):
            found, expected = pattern.match(text, start), as_written.match(text, start)
            assert (found and found.span()) == (expected and expected.span())


# Chinese as the figures are written in it: dates, scores and their scale, units, rates, signs and currencies.
CHINESE_FIGURES = st.lists(st.sampled_from([
    "2026年3月5日", "58", "（满分 100）", "（满分100）", "满分", "满", "分", "3", "12.5", "1,234", "-", "−", "+", "¥",
    "$", "€", "万", "亿元", "个月", "%", "MB", "年", "月", "日", "/", "条消息", "次", " ", " 用户", " 月活用户",
    "，", "３", "٣", "小程序", "："]), max_size=24).map("".join)


@given(CHINESE_FIGURES | TEXTS)
def test_a_chinese_figure_found_quickly_is_the_figure_as_written(text):
    """The Chinese figure's pattern, written to start at the characters its figures start with, finds what the
    rule as written finds, at every place in every text."""
    quick, as_written = line_breaks._zh_figure(), re.compile(line_breaks._ZH_FIGURE_AS_WRITTEN)
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in as_written.finditer(text)]
    for start in range(len(text) + 1):
        found, expected = quick.match(text, start), as_written.match(text, start)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("text, kept", [
    ("首年 ¥31.2万。", "首\u2060年\u00a0¥\u206031.2\u2060万\u2060。"),  # the first year kept with its amount
    ("方案：小程序", "方\u2060案：小\u2060程\u2060序"),
    # A name of two words as two words: the flip hints' first lines ended four characters short before
    # "原生应用。", which with its full stop (never the first on a line) moved down whole. (At a paragraph's end the
    # name comes down whole with its full stop: the last line never holds "应用。" alone.)
    ("方案以小程序取代原生应用。新方案更便宜。", "方\u2060案以小\u2060程\u2060序取代原\u2060生应\u2060用。新方\u2060案"
                                        "更\u2060便\u2060宜\u2060。"),
    ("方案以小程序取代原生应用。", "方\u2060案以小\u2060程\u2060序取代原\u2060生\u2060应\u2060用\u2060。"),
    ("企业微信和微信支付", "企\u2060业微\u2060信和微\u2060信\u2060支\u2060付"),
    ("扣 10 分", "扣\u00a010\u00a0分"),  # at a paragraph's end, with what comes before (its last line)
    # A figure in full-width digits, which \d matches as it does 0-9: a text with no other digit is looked at too.
    ("３个月", "３\u2060个\u2060月"),
    # A score and its scale: the handout's card broke "58" from "（满分 100）", a line starting at the bracket.
    ("得分 58（满分 100），", "得\u2060分 58\u2060（\u2060满\u2060分\u00a0100\u2060），"),
    ("pair it with a Mini Program", "pair it with a Mini\u00a0Program"),
    ("¥3.1M a week", "¥\u20603.1M\u00a0a\u00a0week"),
    ("Each line moves one input.", "Each line moves one input."),
    # A figure answering a colon stays with what it measures: the chart's note left "100%。" alone on a line.
    ("更省钱的概率：100%。", "更省\u2060钱的\u2060概\u2060率\u2060：\u2060100\u2060%\u2060。"),
    ("¥1,300万。总计：¥1,300万", "¥\u20601,300\u2060万。总\u2060计\u2060：\u2060¥\u20601,300\u2060万"),
    # A longer answer, a score with its scale, may start the next line (whole): kept on its colon's line, the two
    # words before the colon made a block of eleven that a slider's hint ended its line half empty before.
    ("方案得分：41（满分 100）", "方\u2060案得\u2060分：41\u2060（\u2060满\u2060分\u00a0100\u2060）"),
])
def test_figures_with_their_units_and_names_are_joined(text, kept):
    assert keep_together(text) == kept


def test_english_names_and_units_are_held_by_no_break_spaces():
    kept = keep_together("Official Account (formerly Subscription Account): 3 points a month")
    assert WORD_JOINER not in kept
    assert kept.count(NO_BREAK_SPACE) == 5


def test_rich_text_is_joined_in_its_words_only():
    html = '<span style="font-size:12px">Mini Program</span> &amp; <b>¥31.2万</b>'
    assert keep_together_markup(html) == ('<span style="font-size:12px">Mini\u00a0Program</span> &amp; '
                                          '<b>¥\u206031.2\u2060万</b>')


@pytest.mark.parametrize("preset", preset_ids())
def test_the_json_and_the_command_lines_text_carry_nothing_invisible(preset, capsys):
    """The analysts' contract reads as the handout does: no joiner or no-break space in any field."""
    assert cli.main(["evaluate", "--preset", preset, "--lang", "zh_CN", "--json"]) == 0
    out = capsys.readouterr().out
    json.loads(out)
    assert [c for c in INVISIBLE if c in out] == []
    assert cli.main(["evaluate", "--preset", preset, "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert [c for c in INVISIBLE if c in out] == []


@given(st.lists(st.sampled_from(["首年", " ", "¥24.6万", "。", "，", "3 年预计", "$1.2k", "首年预计成本", "12"]),
                max_size=10).map("".join))
def test_the_first_year_keeps_with_its_amount_as_the_rule_reads(text):
    assert keep_together(text) == _kept_as_the_rule_reads(text)


def test_the_long_images_cost_line_keeps_the_first_year_with_its_amount():
    """The long image broke "…（¥31.1万 – ¥66.9万），首年" / "¥24.6万。": the label parted from its figure."""
    runs = line_breaks.unbroken_runs("3 年预计 ¥46.5万（¥31.1万 – ¥66.9万），首年 ¥24.6万。")
    assert any("首年 ¥24.6万" in run for run in runs) and "¥24.6万" not in runs


@given(st.lists(st.sampled_from(["本方案为", " ", "79", "¥3", "74.3", "分", "。", "，", "；", "满分 100", "（", "）",
                                 "得分", "适配度为", "%", "本方案的首年成本为"]), max_size=10).map("".join))
def test_a_sentences_last_clause_keeps_with_its_figure_as_the_rule_reads(text):
    assert keep_together(text) == _kept_as_the_rule_reads(text)


def test_a_figure_that_ends_a_chinese_sentence_never_stands_alone_on_its_last_line():
    """The long image read "…（满分 100），本方案为" / "79。": the sentence's last short clause keeps with its
    figure; a long one does not (a narrow column must still take the run)."""
    runs = line_breaks.unbroken_runs("您的用户规模方面的适配度为 65（满分 100），本方案为 79。")
    assert any(run.startswith("本方案为 79") for run in runs)
    runs = line_breaks.unbroken_runs("它的每位付费获客成本为 ¥9，本方案为 ¥3。")
    assert any(run.startswith("本方案为 ¥3") for run in runs)
    assert all("首年成本" not in run for run in line_breaks.unbroken_runs("得分 70，本方案的首年成本为 ¥1,234万。"))


@pytest.mark.parametrize("preset", ["car_brand", "bank_care", "food_ordering", "city_service", "yoga_teacher"])
def test_the_command_lines_chinese_summary_never_cuts_a_name(preset):
    """`evaluate --lang zh_CN` wrapped its lines at any two Chinese characters: "方案中的小" / "程序". A terminal's
    lines keep whole what every laid-out text keeps whole (a product's name, a figure with its unit)."""
    from wxdesk.batch.language import words
    from wxdesk.engine import evaluate, load_datapack, load_preset
    from wxdesk.words.summary import summary_text
    text = summary_text(evaluate(load_preset(preset, "zh_CN"), load_datapack()), load_datapack(), words("zh_CN"))
    lines = [line.strip() for line in text.split("\n")]
    names = [name for name in line_breaks._NAMES if not name.isascii()]
    for before, after in zip(lines, lines[1:]):
        for name in names:
            for cut in range(1, len(name)):
                if cut == line_breaks._TWO_WORD_NAMES.get(name):
                    continue  # (between a two-word name's words a line may end: "微信 / 支付", as "WeChat / Pay")
                assert not (before.endswith(name[:cut]) and after.startswith(name[cut:])), (before[-12:], after[:12])
        # A figure keeps its unit: no line ends with a figure whose unit starts the next ("¥31.2" / "万").
        assert not (re.search(r"\d$", before) and re.match(r"[万亿%]", after)), (before[-12:], after[:12])


def test_no_line_starts_with_a_lists_dot():
    """The compact desk's cost parts broke "… ¥1,500" / "· Platform, store and service fees": the dot went down."""
    kept = keep_together("Maintenance and content ¥1.23M · Platform, store and service fees ¥1,500 · Servers ¥122k")
    assert " ·" not in kept and kept.count("\u00a0· ") == 2 and shown(kept) == shown(kept).replace("\u00a0", " ")


# Figures as a drag writes them, with the words around them: digits of every kind and in every place.
_DIGITS_ALPHABET = st.sampled_from(list("0123456789.,¥%万元年月日分 （）：，。") + [
    "Plan score ", " over ", " years", " out of 100", "满分 ", "15 April 2027", "Mini Program", "小程序", "个月"])


@given(st.lists(_DIGITS_ALPHABET, max_size=30).map("".join), st.randoms(use_true_random=False))
def test_a_text_of_other_digits_has_the_runs_found_in_it(text, random):
    """The runs are looked up by the text's template (its digits written as 0, see _runs): a text of the same
    template, whatever its digits, has the runs the rule finds in it."""
    for _ in range(3):
        other = re.sub(r"[0-9]", lambda _: random.choice("0123456789"), text)
        assert line_breaks._runs(other) == line_breaks._found_runs(other)
    assert line_breaks._runs(text) == line_breaks._found_runs(text)


def test_a_text_with_a_digit_in_one_of_the_rules_words_is_read_as_it_is():
    """"out of 100" is a unit the rule keeps with its figure, 000 none: the template of "72 out of 100" would
    find no run where there is one."""
    assert line_breaks._WORDS_WITH_DIGITS == ("out of 100",)
    line_breaks._runs("00 out of 000")  # (a text of that template, found first)
    assert line_breaks._runs("72 out of 100") == line_breaks._found_runs("72 out of 100") == ((0, 13),)
