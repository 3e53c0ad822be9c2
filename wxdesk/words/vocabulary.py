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
