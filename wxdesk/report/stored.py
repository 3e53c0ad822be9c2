"""The preferences the handout and the long image read without the window: presenter and currency.

They live in wxdesk's settings (QSettings "wxdesk"/"wxdesk", kept by Edit ▸ Preferences),
so the command line prints the same presenter and currency as the window. The keys
are spelled here once; wxdesk.ui.settings writes through these functions.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from wxdesk.report.presenter import Presenter

ORGANIZATION = APPLICATION = "wxdesk"
PRESENTER_KEYS = {"name": "presenter/name", "company": "presenter/company", "contact": "presenter/contact",
                  "qr_image": "presenter/qr_image"}
MAX_TEXT, MAX_PATH = 200, 4096
CURRENCIES = ("CNY", "USD", "EUR")


def _store() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def _clean(value: object, field: str) -> str:
    """A stored value as one line of reasonable length (a settings file can be hand-edited)."""
    if not isinstance(value, str):
        return ""
    if field == "qr_image":
        return value.strip()[:MAX_PATH]
    return " ".join(value.split())[:MAX_TEXT]


def stored_presenter() -> Presenter:
    store = _store()
    return Presenter(**{field: _clean(store.value(key), field) for field, key in PRESENTER_KEYS.items()})


def store_presenter(presenter: Presenter) -> None:
    store = _store()
    for field, key in PRESENTER_KEYS.items():
        value = _clean(getattr(presenter, field), field)
        if value:
            store.setValue(key, value)
        else:
            store.remove(key)


def stored_currency() -> tuple[str, float | None]:
    """(the display currency chosen in Preferences, the user's own rate for it or None)."""
    store = _store()
    code = store.value("display/currency")
    code = code if code in CURRENCIES else "CNY"
    if code == "CNY":
        return code, None
    try:
        rate = float(store.value(f"display/rate_{code}"))
    except (TypeError, ValueError):
        return code, None
    return code, rate if 0 < rate < 1e6 else None
