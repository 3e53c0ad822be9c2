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


def account_name(pack: DataPack, account_id: str) -> str:
    """An account type's display name from the data pack, in the current language."""
    info = pack.accounts.get(account_id)
    if info is None:
        return term(account_id, pack)
    return info.name_zh if is_chinese() else info.name


def account_role(pack: DataPack, account_id: str) -> str:
    info = pack.accounts[account_id]
    return info.role_zh if is_chinese() else info.role


def term(key: str, pack: DataPack | None = None) -> str:
    """An engine term id (account, option, goal, need, entity) as display text."""
    if pack is not None and key in pack.accounts:
        return account_name(pack, key)
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
