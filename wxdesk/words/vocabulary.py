"""The fixed vocabulary: languages, currencies, and each presence's name, spelled once.

Presence names live here rather than in the translation catalogue because a name is
a product's name in both languages (服务号 is not a translation of "Service Account",
it is what WeChat calls it), and one table keeps the two spellings side by side.
"""

from __future__ import annotations

from dataclasses import dataclass

from wxdesk.engine.money import SYMBOLS

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
CURRENCIES = tuple(SYMBOLS)
# The data-pack figure that holds each currency's rate, in CNY per unit.
RATE_FIGURES = {"USD": "usd_cny", "EUR": "eur_cny"}


@dataclass(frozen=True)
class PresenceName:
    english: str
    chinese: str
    # A common noun is lower-cased inside an English sentence ("against a native app");
    # a product name keeps its capitals ("pair it with a Service Account").
    common_noun: bool = False

    def title(self, chinese: bool) -> str:
        return self.chinese if chinese else self.english

    def in_sentence(self, chinese: bool) -> str:
        if chinese or not self.common_noun:
            return self.title(chinese)
        return self.english[0].lower() + self.english[1:]

    def alone(self, chinese: bool) -> str:
        """The name without the former name in brackets after it: "Official Account", 公众号."""
        return self.title(chinese).partition("（" if chinese else " (")[0]


PRESENCES = {
    "service": PresenceName("Service Account", "服务号"),
    "subscription": PresenceName("Official Account (formerly Subscription Account)", "公众号（原订阅号）"),
    "mini_program": PresenceName("Mini Program", "小程序"),
    "wecom": PresenceName("WeCom", "企业微信"),
    "channels": PresenceName("Channels", "视频号"),
    "native_app": PresenceName("Native app", "原生应用", common_noun=True),
}


# A name with its former name in brackets, and the name alone: a sentence gives the former name once, at the name's
# first mention ("Costs more than Official Account (formerly Subscription Account) + Channels … though it lacks an
# Official Account (formerly Subscription Account)" named it in full twice in one line).
_FULL_AND_SHORT = tuple((name.title(chinese), name.alone(chinese)) for name in PRESENCES.values()
                        for chinese in (False, True) if name.alone(chinese) != name.title(chinese))


def named_in_full_once(text: str, chinese: bool) -> str:
    """`text` with a presence's former name given only where the presence is first named (see _FULL_AND_SHORT).
    A plan's name keeps every member's full name, so that it reads as the plan is named everywhere else."""
    for full, short in _FULL_AND_SHORT:
        first = text.find(full)
        if first < 0:
            continue
        out, last = [text[:first + len(full)]], first + len(full)
        while (at := text.find(full, last)) >= 0:
            end = at + len(full)
            in_a_plan = text[end:end + 2].lstrip().startswith("+") or text[max(0, at - 2):at].rstrip().endswith("+")
            out += [text[last:at], full if in_a_plan else short]
            last = end
        text = "".join(out) + text[last:]
    return text


def _shortened(text: str, full: str, short: str) -> str:
    """`text` with every `full` name as its `short` one. A Chinese plan's name spaced "公众号（原订阅号）+ 视频号"
    (the full-width bracket carries its own space, Words.plan) reads "公众号 + 视频号" with the name alone."""
    return text.replace(full + "+", short + " +").replace(full, short)


def without_former_names(text: str) -> str:
    """`text` with every presence named by its name alone (NamedOnce's later mentions), for comparing a sentence
    written on its own with the same sentence in the command line's summary."""
    for full, short in _FULL_AND_SHORT:
        text = _shortened(text, full, short)
    return text


class NamedOnce:
    """Names a presence with its former name once in a text written piece by piece, at the first piece that names
    it, and by the name alone in every later piece, a plan's name among them (the command line's summary named
    "Official Account (formerly Subscription Account)" in full in every line about it, ten times for car_brand).
    Called on each piece in the order the reader reads them, before the piece is wrapped, so that its lines and a
    table's columns are measured on what is printed."""

    def __init__(self) -> None:
        self._named: set[str] = set()

    def __call__(self, text: str) -> str:
        for full, short in _FULL_AND_SHORT:
            first = text.find(full)
            if first < 0:
                continue
            kept = 0 if full in self._named else first + len(full)
            self._named.add(full)
            text = text[:kept] + _shortened(text[kept:], full, short)
        return text
