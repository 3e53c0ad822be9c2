"""Chinese, which a line may end between any two characters of: its common words are never cut ("方 / 案得分"),
and a paragraph's last line never holds one or two characters alone ("…制作费 / 用。")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from line_ends import qt_lines
from test_line_breaks import _kept_as_the_rule_reads

from wxdesk.words import line_breaks
from wxdesk.words.line_breaks import WORD_JOINER, keep_together, shown, unbroken_runs

# The words the client's review found cut, or that wxdesk's sentences use most.
NEVER_CUT = ("方案", "费用", "成本", "用户", "消息", "得起", "预算", "覆盖", "得分", "推送", "服务", "客户", "首年",
             "预计")
# The sentences of the review, each with the last line it must not leave alone, or the word it cut.
REVIEWED = ["每月 6 条消息以工作通知的形式通过企业微信免费发给员工；消息由员工自己撰写，因此不计内容制作费用。",
            "这样的用户规模更适合新方案。",
            "3 年内配小程序比配原生应用更省钱的概率：100%。",
            "无论预算多少，方案都不变；预算低于首年成本只会降低方案得分。",
            "新方案首年的预计成本为 ¥24.6万（现方案为 ¥31.2万），预算较少时更负担得起。"]
_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "wxdesk_zh_CN.ts"


def _messages() -> list[tuple[str, str]]:
    """Each message of the Chinese translation: its English source and its Chinese (each plural form)."""
    pairs = []
    for message in ET.parse(_TS).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        pairs += [(source, form.text or "") for form in forms] if forms else [(source, translation.text or "")]
    return pairs


def _joined_after(text: str) -> set[int]:
    """Where keep_together leaves no line end: each i such that a joiner stands between text[i] and text[i + 1]."""
    kept, joined, i = keep_together(text), set(), -1
    for c in kept:
        if c == WORD_JOINER:
            joined.add(i)
        else:
            i += 1
    return joined


CHINESE = st.lists(st.sampled_from([
    *NEVER_CUT, "付费", "支付", "使用", "数据包", "覆盖度", "负担得起", "付费用户", "会使用户",
    "方", "案", "费", "用", "户", "得", "起", "的", "更", "，", "。", "：", " ", "100%", "¥24.6万",
    "小程序", "原生应用", "\n", "Mini Program"]),
    max_size=20).map("".join)


@given(CHINESE)
def test_the_common_words_are_never_cut_and_the_text_reads_back(text):
    joined = _joined_after(text)
    for word in NEVER_CUT:
        for found in re.finditer(f"(?={word})", text):
            cut = [i for i in range(found.start(), found.start() + len(word) - 1) if i not in joined]
            assert cut == [], (text, word)
    assert shown(keep_together(text)) == text


@pytest.mark.parametrize("word", NEVER_CUT)
def test_each_word_the_review_named_is_kept_whole_in_a_sentence(word):
    text = f"预计{word}会更高，所以只选择一个其他的{word}作为这里的答案。"
    assert word in unbroken_runs(text) or any(word in run for run in unbroken_runs(text))
    assert shown(keep_together(text)) == text


def test_no_chain_of_words_is_longer_than_a_narrow_column_takes():
    """Words that share characters ("付费用户") make one run: no chain of the list is longer than five characters,
    however its words follow one another."""
    words = set(line_breaks._WORDS)

    def longest(chain: str) -> int:
        grown = [chain + word[k:] for word in words for k in range(1, len(word))
                 if chain.endswith(word[:k]) and len(word) > k]
        return max([len(chain)] + [longest(g) for g in grown if len(g) <= 12])

    assert max(longest(word) for word in words) <= line_breaks._WORD_CHAIN_UP_TO


def test_the_reviewed_sentences_keep_their_last_characters_and_words_together():
    runs = [unbroken_runs(text) for text in REVIEWED]
    assert runs[0][-1] == "制作费用。"
    assert runs[1][-1] == "新方案。"
    assert runs[2][-1] == "的概率：100%。"  # never "概率：100%。" alone on the last line
    assert runs[3][-1] == "方案得分。"
    assert runs[4][-1] == "负担得起。"


@pytest.mark.parametrize("source, chinese", _messages())
def test_only_chinese_paragraphs_get_their_words_and_last_lines_kept(source, chinese):
    """The English source is kept as it always was; its Chinese, where it ends a paragraph with three ideographs,
    keeps them (and its closing punctuation) together, and never more than ten characters for it."""
    assert keep_together(source) == _kept_as_the_rule_reads(source)
    assert shown(keep_together(chinese)) == chinese
    for paragraph in chinese.split("\n"):
        paragraph = paragraph.rstrip()
        if not line_breaks._CHINESE_END.match(paragraph[-1:]) or len(_IDEOGRAPH.findall(paragraph[-6:])) < 3:
            continue
        last = unbroken_runs(paragraph)[-1]
        if not paragraph.endswith(last) and _tail_inside_a_long_word(paragraph):
            continue
        assert paragraph.endswith(last), (paragraph, last)
        assert len(_IDEOGRAPH.findall(last)) >= 3 or len(last) > 10, (paragraph, last)
        assert len(last) <= 10 or last in unbroken_runs(paragraph[:-1]) or len(last) == len(paragraph)


def _tail_inside_a_long_word(paragraph: str) -> bool:
    """Whether the paragraph's last three ideographs start inside a word that, taken whole, passes ten characters."""
    three = [m.start() for m in _IDEOGRAPH.finditer(paragraph)][-3]
    return any(paragraph[three - k:three - k + len(word)] == word and len(paragraph) - (three - k) > 10
               for word in line_breaks._TAIL_WORDS for k in range(1, len(word)))


def _paragraphs() -> list[str]:
    """The Chinese paragraphs of the translation as the reader reads them (a figure for each placeholder, "{points}"
    or "%1", a short one: "12"), those that end in Chinese (an ideograph or its punctuation: not a file dialog's
    "所有文件 (*)") with an ideograph in their last ten characters (not "数据包 12 → 12：12；12。", a list of
    figures, which no tail of ten characters reaches)."""
    texts = REVIEWED + [re.sub(r"\{\w+\}|%\d", "12", chinese) for _, chinese in _messages()]
    return sorted({p.strip() for text in texts for p in text.split("\n")
                   if _IDEOGRAPH.search(p.strip()[-10:]) and line_breaks._CHINESE_END.match(p.strip()[-1:])})


# The sentences whose last three characters, carried to the last line, cut a word ("更容 / 易承受。", "维 / 护成本。",
# "任 / 何限制。", "精 / 力，扣 10 分。"), each with the last line it now ends with.
TAIL_REVIEWED = {"新方案首年的预计成本为 ¥24.6万（现方案为 ¥31.2万），预算较紧时更容易承受。": "容易承受。",
                 "费用与推荐方案相同：小程序本身不增加任何费用或维护成本。": "维护成本。",
                 "在调用手机硬件方面不受微信的任何限制。": "任何限制。",
                 "同时运营 3 个渠道需要投入精力，扣 10 分。": "精力，扣 10 分。",
                 # (the long image: "…请注册企业或个体 / 工商户。", the tail taking 工商户 and leaving 个体)
                 "以个人名义无法开通微信支付。如需收款，请注册企业或个体工商户。": "个体工商户。"}


@pytest.mark.parametrize("text, last", TAIL_REVIEWED.items())
def test_a_paragraphs_last_line_takes_the_word_its_three_characters_start_inside(text, last):
    assert unbroken_runs(text)[-1] == last


def test_a_tail_that_cannot_take_its_word_whole_is_left_off():
    """"…更高扣 4 分。": the tail "高扣 4 分。" cuts 更高; "更高扣 4 分。" is within ten characters and is kept.
    A tail that would pass ten characters with its word is left off, where "维码¥12,345。" would end the line
    above inside 二维码."""
    assert unbroken_runs("首年成本更高扣 4 分。")[-1] == "更高扣 4 分。"
    assert unbroken_runs("这个方案的二维码¥12,345。") == ["方案"]


@pytest.mark.parametrize("paragraph", _paragraphs())
def test_no_paragraphs_last_line_starts_inside_a_word(paragraph):
    """Every Chinese paragraph of the translation: its last run (the tail the rule keeps together) never starts on a
    word's second character."""
    runs = unbroken_runs(paragraph)
    last = runs[-1] if runs else paragraph
    if not paragraph.endswith(last) or last == paragraph:
        return
    cut = len(paragraph) - len(last)
    parted = [word for word in line_breaks._TAIL_WORDS for k in range(1, len(word))
              if paragraph[cut - k:cut - k + len(word)] == word]
    assert parted == [], (paragraph, last)


@pytest.mark.gui
def test_a_chinese_paragraphs_last_line_never_holds_one_or_two_characters_alone(qapp):
    """Every Chinese paragraph of the translation, laid out by Qt at every width from 12 to 40 characters: where it
    takes more than one line, its last line holds three characters at least besides its closing punctuation."""
    from PySide6.QtGui import QFont, QFontMetricsF, QImage

    device = QImage(10, 10, QImage.Format.Format_ARGB32)
    font = QFont()
    font.setPixelSize(14)
    em = QFontMetricsF(font, device).horizontalAdvance("中")
    found = []
    for paragraph in _paragraphs():
        kept = keep_together(paragraph)
        for chars in range(12, 41):
            lines = [shown(line).strip() for line in qt_lines(kept, font, chars * em + 1, device)]
            own = re.sub(r"[。，、；：！？）」』”…%.)\s]+$", "", lines[-1])
            if len(lines) > 1 and len(own) < 3:
                found.append(f"{chars}: …{lines[-2][-6:]} / {lines[-1]}")
    assert found == []
