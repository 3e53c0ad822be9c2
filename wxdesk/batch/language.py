"""The command line's languages, without Qt: the words layer fed from the catalogue's source.

Every text of an answer comes from `wxdesk.words.Words`, as in the window and the
handout, so a sentence reads the same everywhere. The window and the handout give
Words a translate function backed by Qt's compiled catalogue; the command line must
stay Qt-free and quick to start, so it reads the same catalogue's source
(resources/i18n/wxdesk_<lang>.ts, plain XML) with ElementTree: one catalogue, the
same Chinese everywhere. Amounts are in CNY, the unit of every number in the rows; one scenario's summary, and its
JSON's texts, may be asked for in another currency (reader).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from wxdesk.engine.datapack import DataPack
from wxdesk.engine.reasons import Reason
from wxdesk.words import Words, untranslated


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
        entries = contexts.setdefault(context.findtext("name", ""), {})
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                                    "vanished"):
                continue
            if source.text and translation.text:
                entries[source.text] = translation.text
    return contexts


def translate_function(lang: str) -> Callable[[str, str], str]:
    """`translate(context, text)` for the words layer; English text where the catalogue has none."""
    if lang == "en":
        return untranslated
    contexts = catalogue(lang)
    return lambda context, text: contexts.get(context, {}).get(text, text)


@cache
def words(lang: str = "en") -> Words:
    """The command line's reader: the language asked for, amounts in CNY."""
    return Words.make(lang, "CNY", None, translate_function(lang))


def reader(lang: str = "en", currency: str = "CNY", pack: DataPack | None = None) -> Words:
    """The reader of `evaluate --currency`: amounts in `currency` at the data pack's rate (`pack`: the pack in use), as
    `report --currency` and `compare --currency` convert them; words(lang) itself in yuan."""
    if currency == "CNY":
        return words(lang)
    return Words.make(lang, currency, pack, translate_function(lang))


def renderer(lang: str) -> Callable[[Reason], str]:
    """A function that renders an engine Reason in the language (Evaluation.to_dict's `render`)."""
    return words(lang).reason


def term(key: str, lang: str = "en") -> str:
    """An engine id (presence, goal, need, entity) as words inside a sentence."""
    return words(lang).term(key)
