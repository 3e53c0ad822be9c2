"""Engine output as words on screen: the window's one door to the words layer.

Every panel asks this module for names, amounts and sentences, which come from one
`Words` (wxdesk.words) in the window's language and display currency, so every
panel, the chart and the exported handout read alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wxdesk.engine.datapack import DataPack, Fact
from wxdesk.engine.reasons import Reason
from wxdesk.ui import i18n
from wxdesk.words import Words

# The Words in use, by language and pack, kept until the display settings change: reading settings for
# each of the ~40 amounts a slider move redraws would cost a frame. More than one, since a window on a
# pack of its own asks for its pack's Words and for the bundled pack's (amounts, counts, names) at each
# move: one kept Words was made again twice a move there, and its sentences forgotten with it.
_cache: dict[str, Any] = {"watching": False, "bundled": None}
_words: dict[tuple[str, int], Words] = {}
WORDS_KEPT = 8

# Sentences already written: (Words, reason) → text (see render_reason). Emptied with the Words kept
# (another currency or rate, or too many Words), and whole when it is full.
_rendered: dict[tuple[object, ...], str] = {}
RENDERED_KEPT = 4096


def refresh_display_settings() -> None:
    """Forget the cached currency and rate (Preferences changed them)."""
    _words.clear()
    _rendered.clear()


def _watch_display_settings() -> None:
    """Forget the cache whenever Preferences announce a new currency or rate (once per process)."""
    if _cache["watching"]:
        return
    _cache["watching"] = True
    from wxdesk.settings import notifier
    notifier().display_changed.connect(refresh_display_settings)


def _bundled_pack() -> DataPack:
    if _cache["bundled"] is None:
        from wxdesk.engine import load_datapack
        _cache["bundled"] = load_datapack()
    bundled: DataPack = _cache["bundled"]
    return bundled


def words(pack: DataPack | None = None) -> Words:
    """The window's Words for `pack` (the bundled pack's rates when None)."""
    # Asked some hundred times a slider move (every amount and name): the Words in use, looked up first.
    pack = pack if pack is not None else (_cache["bundled"] or _bundled_pack())
    key = (i18n.current_language(), id(pack))
    cached = _words.get(key)
    if cached is not None and cached.pack is pack:
        return cached
    _watch_display_settings()
    if cached is not None or len(_words) >= WORDS_KEPT:
        # A Words let go of: its id, a key of the sentences it wrote, may come back with other Words.
        _words.clear()
        _rendered.clear()
    cached = _words[key] = i18n.words(pack)
    return cached


def language() -> str:
    return i18n.current_language()


def is_chinese() -> bool:
    return i18n.is_chinese()


def account_name(pack: DataPack | None, presence_id: str) -> str:
    """A presence's display name: Service Account, 服务号, Native app."""
    return words(pack).presence(presence_id)


def account_role(pack: DataPack, presence_id: str) -> str:
    return words(pack).role(presence_id)


def term(key: str, pack: DataPack | None = None) -> str:
    """An engine term id (presence, goal, need, entity) as it reads inside a sentence."""
    return words(pack).term(key)


def money(amount_cny: float, pack: DataPack | None = None) -> str:
    """An amount held in CNY, in the display currency: ¥1.2M in English, ¥120万 in Chinese."""
    return words(pack).money(amount_cny)


def sentences(parts: Iterable[str]) -> str:
    """Sentences run on in one paragraph: a space after each full stop in English, none after "。"."""
    return words().sentences(parts)


def money_range(low_cny: float, high_cny: float, pack: DataPack | None = None) -> str:
    """"¥365k – ¥1.02M"; one amount where both ends read alike (a fee with no spread)."""
    return words(pack).money_range(low_cny, high_cny)


def currency_symbol(pack: DataPack | None = None) -> str:
    return words(pack).currency_symbol


def count(value: float) -> str:
    """People counts: 1.2M, or 120万 in Chinese."""
    return words().count(value)


def share(value: float) -> str:
    return words().share(value)


def share_as_set(value: float) -> str:
    return words().share_as_set(value)


def chance(value: float) -> str:
    return words().chance(value)


def join(items: Iterable[str]) -> str:
    return words().join(items)


def figure_number(value: float) -> str:
    """A data-pack figure's number as people write it: 450,000 · 0.175 · 7.2."""
    return words().figure_number(value)


def render_reason(reason: Reason, pack: DataPack | None = None) -> str:
    """A Reason in the current language (its English template is the translation key).

    Remembered per reason (its template and parameters, each with its type, which says how it is
    written) for as long as the Words are the same: a slider move writes some twenty sentences,
    most of them as at the move before or at the same step of the drag back, and writing one
    (translation, amounts, names) costs some 40 µs.
    """
    writer = words(pack)
    try:
        key = (id(writer), _reason_key(reason))
        found = _rendered.get(key)
    except TypeError:  # a parameter that cannot be a key (a list, say): written each time
        return writer.reason(reason)
    if found is None:
        if len(_rendered) >= RENDERED_KEPT:
            _rendered.clear()
        found = _rendered[key] = writer.reason(reason)
    return found


def _reason_key(reason: Reason) -> tuple[object, ...]:
    """What a reason's text depends on: its template and each parameter's type and value. The type
    because it says how a value is written (Money 3.0 is "¥3", Count 3.0 is "3", a float "3"); a
    float's exact digits (hex) because -0.0 and 0.0 are equal but need not read alike."""
    return (reason.template, tuple((name, _value_key(value)) for name, value in reason.params.items()))


def _value_key(value: object) -> object:
    if isinstance(value, Reason):
        return _reason_key(value)
    if isinstance(value, float):
        # (Fixed keeps its decimals; an amount that is written from more than its value in yuan, a Difference from its
        # two amounts or a flip point from the point it rounds, keeps what it is made from: two that read alike in yuan
        # need not in dollars.)
        return type(value), value.hex(), getattr(value, "digits", None), value.__getnewargs__()
    return type(value), value


def fact_text(pack: DataPack, fact: Fact) -> str:
    """A panel fact with its figures filled in, amounts in the display currency."""
    return words(pack).fact(fact)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows text from a file as it is written.

    Qt guesses whether a tooltip is rich text from how it starts, so a data pack's source
    beginning with a tag would render as HTML (links included); escaped inside a paragraph
    that keeps the line breaks, it shows literally.
    """
    return '<p style="white-space:pre-wrap">' + escaped(text) + "</p>"


# As html.escape writes them. Why not html.escape: the html package loads its table of 2,000 named
# characters (html.entities) with it, for unescaping, which nothing before the first paint does.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escaped(text: str) -> str:
    """`text` to stand as itself in rich text: html.escape's result, character for character."""
    return text.translate(_ESCAPES)


def fact_source(pack: DataPack, fact: Fact) -> str:
    """Where a fact comes from, for its tooltip: source, its date, when wxdesk checked it."""
    return words(pack).fact_source(fact)


def presence_name(presence_id: str) -> str:
    """A presence's name as it starts a line or joins a plan: "Mini Program", "Native app"."""
    return words().presence(presence_id)


def presence_title(presence_id: str) -> str:
    """A presence's name as its panel's title."""
    return words().presence(presence_id)


def plan_name(presences: Iterable[str]) -> str:
    """A plan as people read it: "Service Account + Mini Program"; a plan of nothing says so."""
    return words().plan(presences)
