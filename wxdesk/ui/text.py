"""Engine output as words on screen: reasons, names, money and facts in the current language.

The engine speaks in Reason templates and ids; this module is the one place the
window turns them into text, so that every panel and the chart read alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wxdesk.engine.datapack import DataPack, Fact
from wxdesk.engine.money import SYMBOLS, format_money
from wxdesk.engine.reasons import Reason
from wxdesk.ui import i18n
from wxdesk.ui.i18n import ENGINE_CONTEXT


def language() -> str:
    return i18n.current_language()


def is_chinese() -> bool:
    return i18n.is_chinese()


def _money_lang() -> str:
    return "zh" if is_chinese() else "en"


# Panel titles where the short name used in sentences and plan names needs a word more.
_TITLES = {
    # WeChat renamed the Subscription Account; clients know both names.
    "subscription": lambda: QCoreApplication.translate("terms", "Official Account (formerly Subscription Account)"),
}


def presence_name(presence_id: str) -> str:
    """A presence's name as it starts a line or joins a plan: "Mini Program", "Native app"."""
    name = i18n.translate_term(presence_id)
    return name[:1].upper() + name[1:]


def presence_title(presence_id: str) -> str:
    """A presence's name as its panel's title (the long form where one exists)."""
    title = _TITLES.get(presence_id)
    return title() if title is not None else presence_name(presence_id)


def plan_name(presences) -> str:
    """A plan as people read it: "Official Account + Mini Program"; no presence at all says so."""
    if not presences:
        return QCoreApplication.translate("terms", "No WeChat presence and no app")
    return " + ".join(presence_name(p) for p in presences)


def account_name(pack: DataPack | None, account_id: str) -> str:
    """An account type's display name, in the current language (the same words as in sentences)."""
    return presence_name(account_id)


def account_role(pack: DataPack, account_id: str) -> str:
    """What the presence is for, one line (the data pack's words; the app has none there)."""
    info = pack.accounts.get(account_id)
    if info is None:
        return QCoreApplication.translate("terms", "An iOS and an Android app of your own")
    return info.role_zh if is_chinese() else info.role


def term(key: str, pack: DataPack | None = None) -> str:
    """An engine term id (presence, goal, need, entity) as display text."""
    return i18n.translate_term(key)


# The display currency and its rate, read from Preferences once and kept until they change:
# reading settings for each of the ~40 amounts a slider move redraws would cost a frame.
_display: dict = {"currency": None, "rate": None}


def refresh_display_settings() -> None:
    """Forget the cached currency and rate (Preferences changed them)."""
    _display.update(currency=None, rate=None)


def _watch_display_settings() -> None:
    """Forget the cache whenever Preferences announce a new currency or rate (once per process)."""
    if _display.get("watching"):
        return
    _display["watching"] = True
    try:
        from wxdesk.ui.settings import notifier
    except ImportError:
        return
    notifier().display_changed.connect(refresh_display_settings)


def _currency_and_rate(pack: DataPack | None) -> tuple[str, float]:
    _watch_display_settings()
    if _display["currency"] is None:
        currency = i18n.display_currency()
        _display.update(currency=currency, rate=i18n.cny_per_unit(currency, pack))
    return _display["currency"], _display["rate"]


def money(amount_cny: float, pack: DataPack | None = None) -> str:
    """An amount held in CNY, in the display currency: ¥1.2M in English, ¥120万 in Chinese."""
    currency, rate = _currency_and_rate(pack)
    return format_money(amount_cny, currency, rate, _money_lang())


def currency_symbol(pack: DataPack | None = None) -> str:
    currency, _rate = _currency_and_rate(pack)
    return SYMBOLS.get(currency, currency)


def count(value: float) -> str:
    """People counts: 1.2M, or 120万 in Chinese."""
    return i18n.format_count_for_display(value)


share = i18n.format_share
join = i18n.join_terms


def render_reason(reason: Reason, pack: DataPack | None = None) -> str:
    """A Reason in the current language (its English template is the translation key)."""
    return reason.render(
        translate=lambda template: QCoreApplication.translate(ENGINE_CONTEXT, template),
        money=lambda cny: money(cny, pack),
        term=lambda key: term(key, pack),
        share=share,
        join=join,
        count=count,
    )


def _plain_number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.1f}".rstrip("0").rstrip(".")


def fact_text(pack: DataPack, fact: Fact) -> str:
    """A panel fact with its `{figure_id}` placeholders filled from the data pack."""
    template = fact.text_zh if is_chinese() else fact.text
    values = {fid: _plain_number(fig.likely) for fid, fig in pack.figures.items() if "{" + fid + "}" in template}
    return template.format(**values)


def fact_source(pack: DataPack, fact: Fact) -> str:
    """Where a fact comes from, for its tooltip: source, its date, when wxdesk checked it."""
    # Spelled `translate(...)` so that lupdate finds these strings under the context "source".
    translate = QCoreApplication.translate
    if fact.figure:
        fig = pack.figures[fact.figure]
        lines = [translate("source", "Source: %1").replace("%1", fig.source),
                 translate("source", "Dated %1, checked %2, confidence %3")
                 .replace("%1", fig.source_date).replace("%2", fig.checked).replace("%3", fig.confidence)]
        if fig.url:
            lines.append(fig.url)
        if fig.note:
            lines.append(fig.note)
        return "\n".join(lines)
    rule = pack.rules[fact.rule]
    return "\n".join([translate("source", "Source: %1").replace("%1", rule.source),
                      translate("source", "Dated %1, checked %2, confidence %3")
                      .replace("%1", rule.source_date).replace("%2", rule.checked).replace("%3", rule.confidence)])
