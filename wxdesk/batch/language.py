"""The command line's languages, without Qt: the engine's words read from the Chinese catalogue.

The window translates the engine's reason templates (context "engine") and terms
(context "terms") through Qt. The command line must stay Qt-free and quick to start,
so it reads the same catalogue source (resources/i18n/wxdesk_<lang>.ts, plain XML)
with ElementTree: one catalogue, the same Chinese everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from wxdesk.engine.money import format_count, format_money
from wxdesk.engine.reasons import Reason, english_term

LANGUAGES = ("en", "zh_CN")
ENGINE_CONTEXT, TERMS_CONTEXT = "engine", "terms"


class CatalogueError(Exception):
    """The translation catalogue is missing or unreadable (one sentence)."""


@cache
def catalogue(lang: str) -> dict[str, dict[str, str]]:
    """{context: {English source: translation}} for the finished entries of a language."""
    import xml.etree.ElementTree as ET

    from wxdesk.paths import resource_path
    path = resource_path("i18n", f"wxdesk_{lang}.ts")
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise CatalogueError(f"the {lang} translations are not installed (no {path.name})") from None
    except ET.ParseError as exc:
        raise CatalogueError(f"the {lang} translations cannot be read ({path.name}: {exc})") from None
    contexts: dict[str, dict[str, str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        entries = contexts.setdefault(name, {})
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                                    "vanished"):
                continue
            if source.text and translation.text:
                entries[source.text] = translation.text
    return contexts


def _chinese_join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + "和" + items[-1]


def term(key: str, lang: str = "en") -> str:
    """An engine id (presence, goal, need, entity) as words in the language."""
    english = english_term(key)
    if lang == "en":
        return english
    return catalogue(lang).get(TERMS_CONTEXT, {}).get(english, english)


def translate(text: str, lang: str = "en") -> str:
    """An engine sentence template (or any engine text) in the language; itself when untranslated."""
    if lang == "en":
        return text
    return catalogue(lang).get(ENGINE_CONTEXT, {}).get(text, text)


def renderer(lang: str) -> Callable[[Reason], str]:
    """A function that renders an engine Reason in the language, amounts in CNY."""
    if lang == "en":
        return lambda reason: reason.render()
    catalogue(lang)  # fail early, in one sentence, when it is missing
    return lambda reason: reason.render(
        translate=lambda text: translate(text, lang),
        money=lambda cny: format_money(cny, "CNY", 1.0, "zh"),
        term=lambda key: term(key, lang),
        share=lambda v: f"{v:.0%}",
        join=_chinese_join,
        count=lambda v: format_count(v, "zh"),
    )
