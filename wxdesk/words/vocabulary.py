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
_FULL_AND_SHORT = tuple((name.title(chinese), name.title(chinese).partition("（" if chinese else " (")[0])
                        for name in PRESENCES.values() for chinese in (False, True)
                        if ("（" if chinese else " (") in name.title(chinese))


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
