"""Where a line may not end: inside a figure with its unit, between a Chinese colon and the figure
that answers it, or inside a product's name (a Chinese name of two words only between its words).

A line breaker that follows Unicode's rules may end a line between "¥31.2" and "万", or
between "小程" and "序" (any two Chinese characters), or between "Mini" and "Program". A
reader then sees a number without its unit, or a name in halves. One rule keeps them
whole wherever text is laid out for Qt (the window's labels, the handout, the long image):
`keep_together` joins the characters of each such run with U+2060 WORD JOINER (zero
width, and Qt's line breaker does not end a line before or after it) and turns the
spaces inside it into no-break spaces (Qt ends a line after a plain space even beside a
word joiner).

The words themselves never hold these characters: the JSON, the command line and every
sentence the words layer writes stay as they are. Only the layout step calls
`keep_together`, and `shown` takes the joiners out again where the laid-out text is read
back (a label's text, the text a PDF draws).
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from wxdesk.words.vocabulary import PRESENCES

WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"

# Product names a line must not cut. The presences' names come from the vocabulary (both
# languages); "Official Account (formerly Subscription Account)" is kept whole by its two
# names, so a long panel title may still wrap before its parenthesis.
_EXTRA_NAMES = ("Official Account", "Subscription Account", "WeChat Pay", "WeChat Work", "Moments ads",
                "native app", "WeChat Shop", "公众号", "原订阅号", "订阅号", "微信小店", "微信支付", "朋友圈", "微信")
# Chinese names of two words, which a line may end between ("原生 / 应用", as "native / app"), never inside
# either word. Kept whole, such a name with the "。" after it (which may not start a line) is five characters
# that move to the next line together: the flip hints under the sliders ("…方案以小程序取代 / 原生应用。")
# ended their first line four characters short of a 22-character column.
_TWO_WORD_NAMES = {"原生应用": 2, "企业微信": 2, "微信支付": 2}  # the name: where its second word starts
_NAMES = sorted({part for name in PRESENCES.values() for part in (name.english, name.chinese)
                 if "（" not in part and "(" not in part} | set(_EXTRA_NAMES), key=len, reverse=True)

# A figure as wxdesk writes it: an optional sign and currency symbol, digits with thousands
# separators and decimals; in English an optional k/M/B/T or %.
_FIGURE = r"[-−+]?[¥$€]?\d[\d,]*(?:\.\d+)?"
# The same figure, written to start with the character it must start with (a sign, a currency symbol or
# a digit; the lookbehinds then ask what that character was): re looks for a pattern that starts with
# a set of characters only where one of them stands, skipping the rest of the text at C speed, where a
# pattern that starts with something optional is tried at every character. It matches what _FIGURE
# matches, wherever _FIGURE matches (tests/words/test_line_breaks.py).
# (The figure after its first character, which the lookbehinds read: the Chinese figure below starts the same way.)
_FIGURE_AFTER_FIRST = r"(?:(?<=[-−+])[¥$€]?\d|(?<=[¥$€])\d|(?<=\d))[\d,]*(?:\.\d+)?"
_FIGURE_FOUND_QUICKLY = r"[-−+¥$€\d]" + _FIGURE_AFTER_FIRST
# Chinese units written straight after the figure ("¥31.2万", "3个月", "40%"), longest first.
_ZH_UNITS = ("万亿", "万美元", "万欧元", "万元", "亿元", "万", "亿", "%", "美元", "欧元", "元", "个月", "个",
             "分钟", "分", "名", "周", "天", "家", "小时", "年", "月", "日", "条", "次", "秒", "篇", "页", "位", "人",
             "倍", "岁", "MB")
# What a Chinese rate is per ("¥30/年", "¥0.5/条消息", "¥0.1/联系人/年").
_ZH_PER = ("千次曝光", "次安装", "次审核", "条消息", "联系人", "用户", "千次", "美元", "欧元", "元", "年", "月",
           "周", "天", "日", "次", "条", "小时", "分钟")
# A unit after a Chinese figure and a space ("扣 10 分", "10万 条/天", "9.49亿 用户", "100万 月活用户").
_ZH_SPACED = tuple(u for u in _ZH_UNITS if u not in ("%", "MB")) + ("月活用户", "用户", "个联系人")
# English units after a figure and a space ("3 years", "12 weeks", "30 min", "6 messages a month").
_EN_UNITS = ("years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "h", "minutes",
             "minute", "min", "seconds", "second", "s", "points", "point", "MB", "messages", "message", "users",
             "monthly users", "contacts", "customer contacts", "articles", "million", "billion", "CNY", "USD", "EUR",
             "times", "outlets", "new users", "out of 100")
_EN_PERIOD = r"(?: (?:a|per) (?:year|month|week|day|message|user|install|review|contact))*"


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# What may follow a Chinese figure: its units, a spaced unit, what it is per.
_ZH_AFTER_FIGURE = (rf"(?:{_alternatives(_ZH_UNITS)})*(?: (?:{_alternatives(_ZH_SPACED)}))?"
                    rf"(?:/(?:{_alternatives(_ZH_PER)}))*")
# A Chinese figure as the rule reads it:
_ZH_FIGURE_AS_WRITTEN = (
    r"(?:\d+年\d+月\d+日)"  # a date, 2026年3月5日
    rf"|{_FIGURE}（满分 ?\d+）"  # a score with its scale, "58（满分 100）": no line starts at its bracket
    r"|满分 ?\d+"  # a score's scale, "（满分 100）" (the English "out of 100" is a unit below)
    rf"|{_FIGURE}{_ZH_AFTER_FIGURE}")  # a figure with its units
# The same, written to start with the character every alternative starts with (a digit, a sign, a currency
# symbol or the 满 of 满分; the lookbehinds then ask which it was), the alternatives in the same order: re
# skips to such a character at C speed, where it tried the four alternatives at every character of a Chinese
# text (see _FIGURE_FOUND_QUICKLY). It finds what the rule finds (tests/words/test_line_breaks.py).
_ZH_FIGURE_FOUND_QUICKLY = (
    r"[-−+¥$€\d满](?:"
    r"(?<=\d)\d*年\d+月\d+日"
    rf"|{_FIGURE_AFTER_FIRST}（满分 ?\d+）"
    r"|(?<=满)分 ?\d+"
    rf"|{_FIGURE_AFTER_FIRST}{_ZH_AFTER_FIGURE})")


# Compiled the first time a text holds a Chinese unit's character (an English window may never need it:
# its character sets, with their thousands of Chinese characters, take a while to compile).
@lru_cache(maxsize=1)
def _zh_figure() -> re.Pattern[str]:
    return re.compile(_ZH_FIGURE_FOUND_QUICKLY)


_EN_FIGURE = re.compile(rf"{_FIGURE_FOUND_QUICKLY}[kMBT%]?(?:(?: (?:{_alternatives(_EN_UNITS)}))?{_EN_PERIOD})(?![\w])")
# A figure that answers a Chinese colon stays on the line of what it measures: "…的概率：100%。"
# never leaves "100%。" alone on a line. The two characters before the colon come along, so that
# the colon is not left at a line's end either. (An English line ends at the space after a colon;
# joining the word before it would merge runs into one too wide for a narrow column: "Mini
# Program: 3 points".) Looked for only in a text with that colon, and compiled for the first one.
_CHINESE_COLON = "："


@lru_cache(maxsize=1)
def _answer() -> re.Pattern[str]:
    return re.compile(rf"[\u4e00-\u9fff]{{1,2}}{_CHINESE_COLON}{_FIGURE}")


# The longest answer (the figure with its units) kept on its colon's line: a longer one, a score with its scale
# ("81（满分 100）", ten characters), made the two words before it a block of eleven that a column of some twenty
# could not take, and the line above ended half empty ("…的覆盖度" / "更高：81（满分 100）"). It may then start the
# next line, which Chinese allows after a colon; the figure and its units stay whole.
_ANSWER_KEPT_UP_TO = 8


# "首年" (the first year) before its amount: the long image's cost line broke as "…，首年" / "¥24.6万。", the label
# parted from its figure. Kept with the figure that follows it (the two runs touch, so they are merged).
_FIRST_YEAR = "首年"
_FIRST_YEAR_BEFORE_FIGURE = re.compile(r"首年 ?(?=[-−+]?[¥$€]?\d)")


# A short clause that ends a Chinese sentence with its figure ("…（满分 100），本方案为 79。"): kept whole, so that the
# figure never stands alone on the sentence's last line (the long image read "…，本方案为" / "79。"). Only a clause of
# at most four characters before its figure, and at most _CLAUSE_KEPT_UP_TO in all, as a narrow column takes it.
_LAST_CLAUSE = re.compile(rf"(?<=[，；])[\u4e00-\u9fff]{{1,4}} ?{_FIGURE}(?:[\u4e00-\u9fff%]{{0,2}})(?=。)")
_CLAUSE_KEPT_UP_TO = 10


# The characters of the Chinese units: in a text without any (an English sentence), the Chinese figure above
# can only match a figure with "%" or "MB" after it: the same matches, found without trying every unit at
# every figure (and without compiling the Chinese figure's pattern).
_ZH_UNIT_CHARACTERS = frozenset(c for c in "".join(_ZH_UNITS + _ZH_SPACED + _ZH_PER) + "年月日满分（）"
                                if not c.isascii())
# Looked for as a pattern of one character from a set: re scans for it at C speed, where a set's isdisjoint
# hashes every character of the text. (\d is a decimal digit, as str.isdecimal reads one: Unicode's Nd.)
_ZH_UNIT_CHARACTER = re.compile("[" + "".join(sorted(map(re.escape, _ZH_UNIT_CHARACTERS))) + "]")
_DIGIT = re.compile(r"\d")
_ZH_FIGURE_IN_ASCII_UNITS = re.compile(
    rf"{_FIGURE_FOUND_QUICKLY}(?:{_alternatives(tuple(u for u in _ZH_UNITS if u.isascii()))})*")
_BARE_FIGURE = re.compile(_FIGURE)
# Where a line never ends between two characters (the [A-Za-z0-9.,] of a word or figure).
_IN_WORD = frozenset(string.ascii_letters + string.digits + ".,")
_NAME = re.compile("|".join(re.escape(n) for n in _NAMES))
# A tag or an entity of rich text: nothing inside one is touched.
_MARKUP = re.compile(r"(<[^>]*>|&[#\w]+;)")


@lru_cache(maxsize=4096)  # the same names and figures come back in sentence after sentence
def _joined(run: str) -> str:
    """`run` with no place left to end a line: no-break spaces for its spaces, and a joiner between
    two characters unless both are Latin letters, digits or a figure's point or comma (a line never
    ends there, and a joiner would part a ligature such as "fi")."""
    run = run.replace(" ", NO_BREAK_SPACE)
    out = [run[0]]
    for before, after in zip(run, run[1:]):
        if not (before in _IN_WORD and after in _IN_WORD) and before != NO_BREAK_SPACE != after:
            out.append(WORD_JOINER)
        out.append(after)
    return "".join(out)


def keep_together(text: str) -> str:
    """`text` with every figure and its unit, and every product name, made one unbreakable run.

    What the reader sees does not change: the joiners have no width and a no-break space
    looks like a space.
    """
    out, last = [], 0
    for start, end in _runs(text):
        out += [text[last:start], _joined(text[start:end])]
        last = end
    out.append(text[last:])
    return "".join(out)


def parts_kept_whole(text: str, separator: str = " · ") -> str:
    """`text` whose lines may end only at `separator`: a presenter's contact line ("WeChat wxm-2026 ·
    +86 138 0000 0000") never parts a phone number, a WeChat ID or a company's name across two lines."""
    return separator.join(part.replace(" ", NO_BREAK_SPACE) for part in text.split(separator))


def pieces_kept_whole(pieces: re.Pattern[str], text: str) -> list[str]:
    """`text` cut where `pieces` matches (a terminal's words, each Chinese character alone), the pieces inside one
    run `keep_together` keeps whole joined into one: a terminal's lines then never cut a product's name or a figure
    with its unit either (the command line's summary broke "方案中的小" / "程序")."""
    inside = {i for start, end in _runs(text) for i in range(start + 1, end)}
    out: list[str] = []
    for match in pieces.finditer(text):
        if out and match.start() in inside:
            out[-1] += match.group()
        else:
            out.append(match.group())
    return out


def unbroken_runs(text: str) -> list[str]:
    """The runs of `text` that `keep_together` keeps whole ("¥31.2万", "小程序", "Mini Program")."""
    return [text[start:end] for start, end in _runs(text)]


@lru_cache(maxsize=4096)  # a window sets the same sentences again at every slider move
def _runs(text: str) -> tuple[tuple[int, int], ...]:
    """Where the runs to keep whole start and end, overlapping runs merged ("31.2万" inside a longer one)."""
    if not text:
        return ()
    spans = []
    between = set()  # where a two-word name's second word starts: a line may end there
    for match in _NAME.finditer(text):
        second = _TWO_WORD_NAMES.get(match.group())
        if second is None:
            spans.append(match.span())
        else:  # its two words, each whole
            start, end = match.span()
            spans += [(start, start + second), (start + second, end)]
            between.add(start + second)
    # Every figure, date and score has a digit (\d, a decimal digit: str.isdecimal): a text without one ("Mini
    # Program (小程序)") has none of them to look for.
    if _DIGIT.search(text):
        # A figure alone is left as it is: a line never ends inside one.
        if _ZH_UNIT_CHARACTER.search(text) is not None:
            patterns: tuple[re.Pattern[str], ...] = (_zh_figure(), _EN_FIGURE)
        elif "%" in text or "MB" in text:
            patterns = (_ZH_FIGURE_IN_ASCII_UNITS, _EN_FIGURE)
        else:
            # Without "%" or "MB", a figure with Chinese units in ASCII is a figure alone: nothing to look for
            # (most English sentences, which the figure's pattern and its checks cost a quarter of the time).
            patterns = (_EN_FIGURE,)
        bare = _BARE_FIGURE.fullmatch
        for pattern in patterns:
            for match in pattern.finditer(text):
                span = match.span()
                if not bare(text, *span):
                    spans.append(span)
        if _CHINESE_COLON in text:
            figures = dict(spans)  # where each figure found so far starts: its end
            for match in _answer().finditer(text):
                answer = text.index(_CHINESE_COLON, match.start()) + 1
                if max(match.end(), figures.get(answer, 0)) - answer <= _ANSWER_KEPT_UP_TO:
                    spans.append(match.span())
        if _FIRST_YEAR in text:
            spans += [m.span() for m in _FIRST_YEAR_BEFORE_FIGURE.finditer(text)]
        if "。" in text:
            spans += [m.span() for m in _LAST_CLAUSE.finditer(text) if m.end() - m.start() <= _CLAUSE_KEPT_UP_TO]
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and (start < merged[-1][1] or (start == merged[-1][1] and start not in between)):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def keep_together_markup(html: str) -> str:
    """Rich text with `keep_together` applied to its words only, never inside a tag or an entity."""
    parts = _MARKUP.split(html)
    return "".join(part if _MARKUP.fullmatch(part) else keep_together(part) for part in parts)


def unbroken_runs_markup(html: str) -> list[str]:
    """The runs `keep_together_markup` keeps whole, each within the words between two tags."""
    return [run for part in _MARKUP.split(html) if not _MARKUP.fullmatch(part) for run in unbroken_runs(part)]


def shown(text: str) -> str:
    """The text as the reader reads it: without joiners, and with plain spaces."""
    return text.replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ")
