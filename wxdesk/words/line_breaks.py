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

Chinese, which has no spaces, may end a line between any two characters, so two more rules hold in it: a
common word of wxdesk's own sentences is never cut ("方 / 案得分"), and a paragraph's last line never holds
one or two characters alone ("…制作费 / 用。"): its last three characters come down with the line's end.
Both keep only a few characters together, so that a line still finds a place to end in any column.
"""

from __future__ import annotations

import re
import string
from collections import OrderedDict
from functools import lru_cache

from wxdesk.engine.recent import kept
from wxdesk.words.numbers import MONTHS
from wxdesk.words.vocabulary import PRESENCES

WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"
_DOT_AFTER = re.compile(r"\S ·")  # a list's separating dot with what comes before it (see _runs)

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
# What a Chinese rate is per ("¥30/年", "¥833/篇", "¥0.1/联系人/年").
_ZH_PER = ("千次曝光", "次安装", "次审核", "条消息", "联系人", "用户", "千次", "美元", "欧元", "元", "年", "月",
           "周", "天", "日", "次", "条", "篇", "小时", "分钟")
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


# A date as numbers.date writes it in English: "15 April 2027".
_EN_DATE = re.compile(rf"(?<![\w.,])\d{{1,2}} (?:{'|'.join(MONTHS)}) \d{{4}}(?!\w)")
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


# Common Chinese words that a line must not cut ("…只会降低方 / 案得分。", "…更负担 / 得起。"): the words wxdesk's own
# Chinese sentences use most (the pairs of characters most frequent in resources/i18n/wxdesk_zh_CN.ts that are
# words, with the few the client named), not a dictionary. Each is two characters (three or four for a
# few words whose parts read wrong alone: "覆盖 / 度", "负担 / 得起"), and a line may still end between
# two words, so a long text without spaces keeps a place to end every two characters or so. Two words that
# share a character ("付费用户": 付费, 费用, 用户) are kept as one run; no chain of the words can make one
# longer than _WORD_CHAIN_UP_TO characters, "支付费用户" the longest (tests/words/test_line_breaks_chinese.py
# checks every chain): a word whose adding makes a longer one is left out.
_WORDS = (
    "方案", "成本", "首年", "用户", "预计", "数据", "数据包", "预算", "渠道", "得分", "使用", "覆盖", "覆盖度",
    "保存", "每月", "每年", "文件", "运营", "员工", "无法", "消息", "单次", "聊天", "规模", "支付", "适配",
    "适配度", "目标", "通过", "付费", "客户", "需求", "打开", "加入", "上线", "触达", "没有", "来源", "受众",
    "修改", "显示", "超过", "时长", "适合", "降低", "同时", "费用", "保持", "日期", "可以", "其他", "因此",
    "示例", "改变", "不变", "需要", "安装", "相同", "区间", "获取", "服务", "便宜", "收款", "复制", "图表",
    "获客", "输入", "接入", "虽然", "信息", "认证", "视频", "推送", "负担", "得起", "负担得起", "内容", "制作",
    "概率", "省钱", "分钟", "小时", "工作", "通知", "免费", "结果", "金额", "比例", "注册", "开通", "联系",
    "平均",  # (the appendix's "…/年；平 / 均 ¥4,833/年", since a figure's average stands beside its range)
)
_WORD_CHAIN_UP_TO = 5
# A Chinese ideograph (CJK Unified Ideographs and Extension A): a text without any is left to the rules above.
_IDEOGRAPHS = r"\u3400-\u4dbf\u4e00-\u9fff"  # (escapes for re: as characters they would read as text shown)
_IDEOGRAPH = re.compile(f"[{_IDEOGRAPHS}]")


# Compiled the first time a Chinese text is kept together (see _zh_figure). A match is a chain of words, each
# after the first sharing its first characters with the end of the one before ("付费用户": 付费, then 用户 after
# the 费 of 费用, which shares its 费): re finds the chains in one pass, where a search for words alone, going on
# after "付费", passes by the "费用" that shares its 费 and cuts "费 / 用". A chain's next word is written as what
# it adds, then a lookbehind for the whole word ("用(?<=费用)"): re tries its one character first. The longest
# additions come first: a chain ends as far on as any word that overlaps it reaches.
@lru_cache(maxsize=1)
def _word_chain() -> re.Pattern[str]:
    words = sorted(set(_WORDS), key=len, reverse=True)
    more = sorted({(word[k:], word) for word in words for k in range(1, len(word))},
                  key=lambda pair: len(pair[0]), reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})"
                      f"(?:{'|'.join(f'{re.escape(rest)}(?<={re.escape(word)})' for rest, word in more)})*")


# A paragraph's last line: its last _TAIL_IDEOGRAPHS ideographs (and whatever stands between them, a figure, a
# colon), with the punctuation that closes the paragraph, are one run, so that a line that must end near the
# paragraph's end ends before them and the last line holds at least three characters and its full stop, never
# "用。" or "案。" alone. Three (not more): a last line of three or four characters reads as the end of a sentence,
# and the run, with its punctuation, is some five characters that any column takes. Where those ideographs sit
# inside or across other runs (a figure with its unit, "概率：100%", a word), the tail takes them whole, but never
# makes a run longer than _TAIL_KEPT_UP_TO (as _CLAUSE_KEPT_UP_TO, what a narrow column takes): it then takes
# fewer ideographs, or none (a paragraph that ends with a long figure keeps that figure's run as it was). A tail
# of one ideograph is kept only with the figure after it ("…比预计成本 ¥3万 少 12。" ends "少 12。", never "12。").
# "…更省钱的概率：100%。" thus ends its last line "的概率：100%。" where "概率：100%。" stood alone.
_TAIL_IDEOGRAPHS = 3
_TAIL_KEPT_UP_TO = 10
# The words a tail must not start inside ("维 / 护成本。", "更容 / 易承受。", "任 / 何限制。",
# "精 / 力，扣 10 分。"): its three ideographs fall on a word's second character as often as not. The tail then
# takes the whole word (if the run stays within _TAIL_KEPT_UP_TO), else there is none: a tail forces the line above it
# to end there. These are the words of wxdesk's own Chinese that a tail of three cut: every paragraph of the catalogue,
# of every preset's handout and of every card's sentence, each tail's cut looked up in a segmenter's dictionary (jieba)
# when the list was made (a few of its readings dropped, such as 配小 in 配 / 小程序). tests/words/
# test_line_breaks_chinese.py checks that no tail of the catalogue's paragraphs cuts one of them. (Only the tail is
# moved: elsewhere a line ends where the column does, as Chinese allows, and _WORDS keeps the commonest words whole.)
_TAIL_WORDS = frozenset((
    "一个", "一样", "一起", "不到", "不可", "不太", "不是", "两者", "中国", "主体", "事先", "人力", "从未", "代码",
    "以外", "任何", "任意", "企业", "体积", "保留", "值得", "偏好", "做出", "像素", "全部", "共同", "关键", "再次",
    "分差", "分数", "加上", "千条", "千次", "单独", "即可", "压力", "发布", "发送", "变为", "可能", "同样", "名称",
    "后台", "哪些", "哪里", "商店", "国内", "场景", "增加", "备选", "大小", "存储", "安卓", "完成", "定制", "客服",
    "容易", "对数", "导出", "将会", "嵌套", "已经", "平台", "广告", "应用", "开发", "开始", "当前", "影响", "恢复",
    "成员", "所有", "手机", "扫码", "承受", "按此", "排版", "接近", "推荐", "搜索", "支持", "整个", "新建", "方式",
    "是否", "更高", "曝光", "最低", "最后", "最大", "最新", "月活", "有限", "未受", "机型", "条件", "标准", "核实",
    "模型", "模板", "次数", "每天", "汇率", "注明", "海外", "添加", "演示", "特殊", "登记", "百万", "目前", "离线",
    "空白", "窗口", "等于", "答案", "精力", "系统", "纳入", "继续", "维护", "群发", "自己", "自有", "表示", "设定",
    "访问", "详情", "负责", "超出", "这个", "这些", "这笔", "这项", "进入", "进行", "那些", "重新", "领先", "额度",
    "高值", "一对一", "二维码", "人民币", "低成本", "工商户", "开发者", "敏感性", "有效期", "未命名", "未注明",
    "百分位", "联系人", "认证费", "这部分", "不予考虑", "合作伙伴", "注意事项", "详细信息", "难分高下", "非常适合",
    "默认设置", "个体工商户",
))
_TAIL_WORD_LONGEST = max(map(len, _TAIL_WORDS))
# What a Chinese paragraph ends with (its last character but spaces): an ideograph or full-width punctuation. An
# English paragraph that ends with a Chinese name ("Mini Program (小程序)") ends with ASCII, and gets no tail.
_CHINESE_END = re.compile(f"[{_IDEOGRAPHS}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
                          "\u2014\u2018\u2019\u201c\u201d\u2026]")
_PARAGRAPH_END = re.compile("[\n\r\u2028\u2029]")
_OWN = re.compile(r"\w")  # a character of a paragraph's own, not its punctuation: an ideograph, a digit, a letter


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


@lru_cache(maxsize=4096)  # as _runs: a Chinese text has a run every few characters, each joined anew otherwise
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


# A text's template: its ASCII digits 1 to 9 written as 0 (in UTF-8, whose other characters' bytes are all above
# ASCII; bytes.translate takes a tenth of what str.translate does).
_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
# The rule's own words that hold a digit ("out of 100"): a text with one is never read by its template.
_WORDS_WITH_DIGITS = tuple(word for word in (*_NAMES, *_EN_UNITS, *_ZH_UNITS, *_ZH_SPACED, *_ZH_PER, *_WORDS,
                                             *_TAIL_WORDS, *MONTHS)
                           if any(character.isdigit() for character in word))
# Runs found, by template: (template → runs), the most recent _TEMPLATES_KEPT (engine.recent.kept; see _runs).
_BY_TEMPLATE: OrderedDict[bytes, tuple[tuple[int, int], ...]] = OrderedDict()
_TEMPLATES_KEPT = 4096


@lru_cache(maxsize=4096)  # a window sets the same sentences again at every slider move
def _runs(text: str) -> tuple[tuple[int, int], ...]:
    """Where the runs to keep whole start and end, overlapping runs merged ("31.2万" inside a longer one).

    A text whose digits differ from a text's found before, and nothing else, has the same runs: no pattern of the
    rule tells one ASCII digit from another (each reads \\d, or \\w, or a word without digits), and the digits
    keep their places. A slider's drag writes such texts at nearly every step ("¥196k" to "¥197k", a score from 71
    to 72), and looking their runs up by the template all of them share (digits written as 0) costs a fifth of
    finding them: some 15 µs a sentence, a tenth of a millisecond a step of the audience slider over new values.
    A text that holds one of the rule's own words with a digit in it ("out of 100") is read as it is."""
    if not text:
        return ()
    if any(word in text for word in _WORDS_WITH_DIGITS):
        return _found_runs(text)
    template = text.encode("utf-8", "surrogatepass").translate(_AS_ZERO)
    return kept(_BY_TEMPLATE, template, lambda: _found_runs(text), _TEMPLATES_KEPT)


def _found_runs(text: str) -> tuple[tuple[int, int], ...]:
    """_runs of `text`, found in it."""
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
        # An English date is one run ("(live on 15" / "April 2027)." parted a long image's timeline line).
        spans += [m.span() for m in _EN_DATE.finditer(text)]
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
    # The dot between two items of a list ("Build ¥121k · Servers ¥122k", "Plan score 70.5 · ¥4.21M") stays with the
    # item before it: a line that started with it read as a stray mark (the compact desk's cost parts).
    if " ·" in text:
        spans += [m.span() for m in _DOT_AFTER.finditer(text)]
    # In Chinese, the chains of words too (_WORDS), which join the runs they overlap, never one they only touch: a
    # line may still end between two words, or between a word and a figure. A run whose end is a word's end (and
    # no other span's) therefore takes nothing that starts there.
    # (Each span as (start, whether a word's, end): of those that start at one place, the words come last.)
    marked = [(start, False, end) for start, end in spans]
    chinese = _IDEOGRAPH.search(text) is not None
    if chinese:
        marked += [(match.start(), True, match.end()) for match in _word_chain().finditer(text)]
    merged: list[list[int]] = []
    word_end = False  # whether the last run ends where a word ends, and nothing else
    for start, word, end in sorted(marked):
        if merged and (start < merged[-1][1]
                       or (start == merged[-1][1] and not word and not word_end and start not in between)):
            if end > merged[-1][1]:
                merged[-1][1], word_end = end, word
            elif end == merged[-1][1]:
                word_end = word_end and word
        else:
            merged.append([start, end])
            word_end = word
    if chinese:  # its paragraphs' last lines
        _add_tails(text, merged)
    return tuple((start, end) for start, end in merged)


def _add_tails(text: str, runs: list[list[int]]) -> None:
    """`runs` (in order, apart) with each Chinese paragraph's tail merged in (see _TAIL_IDEOGRAPHS)."""
    ends = [len(text)] if _PARAGRAPH_END.search(text) is None else [
        *(m.start() for m in _PARAGRAPH_END.finditer(text)), len(text)]
    tail_in, ideograph_in, chinese_end = _tail().search, _IDEOGRAPH.search, _CHINESE_END.match
    first = 0  # where the paragraph starts
    for end in ends:
        start, first = first, end + 1
        while end > start and text[end - 1] in " \t\u3000":
            end -= 1
        # The last _TAIL_IDEOGRAPHS ideographs (fewer if the paragraph has fewer, or if they stand farther back
        # than a tail may reach), found at C speed: re tries only the last _TAIL_KEPT_UP_TO characters.
        tail = end > start and chinese_end(text, end - 1) and tail_in(text, max(start, end - _TAIL_KEPT_UP_TO), end)
        if not tail:
            continue
        at = tail.start()
        # The runs the tail may overlap, runs[after:until]: it takes the first whole, if it starts inside it.
        after = until = 0
        for run_start, _ in runs:
            if run_start >= end:
                break
            until += 1
        while True:
            while after < until and runs[after][1] <= at:
                after += 1
            whole = min(at, runs[after][0]) if after < until else at
            if end - whole <= _TAIL_KEPT_UP_TO:
                break
            # Too long with the run it starts in: one ideograph fewer.
            fewer = ideograph_in(text, at + 1, end)
            if fewer is None:
                break
            at = fewer.start()
        if end - whole <= _TAIL_KEPT_UP_TO:
            moved = _tail_between_words(text, runs, until, start, end, at, after, whole)
            if moved is None:  # (a line that ends where the column does may still find a better place)
                continue
            at, after, whole = moved
        # A tail of one ideograph has a figure after it ("，少 12。"), or is no tail: "案。" never parts anyway.
        if end - whole <= _TAIL_KEPT_UP_TO and _OWN.search(text, at + 1, end) is not None:
            runs[after:until] = [[whole, end]]


def _tail_between_words(text: str, runs: list[list[int]], until: int, start: int, end: int, at: int, after: int,
                        whole: int) -> tuple[int, int, int] | None:
    """The tail (its first ideograph `at`, the first run it takes `after`, where it starts `whole`) moved back to the
    start of a word of _TAIL_WORDS it would start inside, which it then takes whole; None (no tail) where that makes
    the run too long: a tail would force the line above to end inside the word, and one of fewer than three
    ideographs is what the tail is there to prevent."""
    word = _tail_word_cut(text, whole, start)
    if word is None:
        return at, after, whole
    taken = next((i for i in range(until) if runs[i][1] > word[0]), until)
    begins = min(word[0], runs[taken][0]) if taken < until else word[0]
    if end - begins <= _TAIL_KEPT_UP_TO and _tail_word_cut(text, begins, start) is None:
        return word[0], taken, begins
    return None


def _tail_word_cut(text: str, cut: int, start: int) -> tuple[int, int] | None:
    """Where the word of _TAIL_WORDS that a line ending at `cut` would part starts and ends (None: it parts none)."""
    for length in range(_TAIL_WORD_LONGEST, 1, -1):  # (the longest first: "未注 / 明" parts 未注明, not only 注明)
        for begin in range(max(start, cut - length + 1), cut):
            if text[begin:begin + length] in _TAIL_WORDS:
                return begin, begin + length
    return None


# The tail's ideographs: the leftmost ideograph from which the paragraph's end holds no more than
# _TAIL_IDEOGRAPHS of them (searched in the paragraph's last _TAIL_KEPT_UP_TO characters only, up to its end).
@lru_cache(maxsize=1)
def _tail() -> re.Pattern[str]:
    ideograph, other = f"[{_IDEOGRAPHS}]", f"[^{_IDEOGRAPHS}]*"
    return re.compile(f"{ideograph}{other}(?:{ideograph}{other}){{0,{_TAIL_IDEOGRAPHS - 1}}}\\Z")


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
