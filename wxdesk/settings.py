"""Preferences kept between runs, typed, over QSettings("wxdesk", "wxdesk").

Outside wxdesk.ui because the command line reads them too: `wxdesk report` writes
amounts in the currency and at the rate chosen in Preferences.

Each value is read defensively: a hand-edited or damaged settings file falls back to
the default instead of stopping the app. Money is always stored in CNY; the
currency and exchange rates here only change how amounts are shown.

`notifier()` is one QObject whose signals tell views when to redraw:
`display_changed` after the currency or a rate changes (re-render money),
`language_changed(code)` after the language changes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal, SignalInstance

from wxdesk import words
from wxdesk.engine import DataPack, Scenario, ScenarioError, scenario_from_json
from wxdesk.presenter import Presenter
from wxdesk.words import CURRENCIES, LANGUAGES, RATE_FIGURES

log = logging.getLogger(__name__)

ORGANIZATION = "wxdesk"
APPLICATION = "wxdesk"
MAX_RECENT = 8
DEFAULT_AUTOSAVE_SECONDS = 5


class SettingsNotifier(QObject):
    display_changed = Signal()
    language_changed = Signal(str)
    recent_changed = Signal()


_notifier: SettingsNotifier | None = None


def notifier() -> SettingsNotifier:
    global _notifier
    if _notifier is None:
        _notifier = SettingsNotifier()
    return _notifier


def follow(signal: SignalInstance, receiver: QObject, slot: Callable[..., object], while_shown: bool = False) -> None:
    """Connect one of the notifier's signals to `receiver`'s `slot` for as long as Qt keeps `receiver`.

    PySide keeps a connection to a Python method as long as its Python object lives, which can be
    after Qt has deleted the widget (a closed window held by a reference): a change of currency
    would then redraw a window whose labels are gone."""
    def deliver(*args: object) -> None:
        # Not to a receiver Qt deleted; `while_shown`, nor to a closed window (whose labels Qt may be
        # taking apart): the main window is never closed while wxdesk runs.
        if not shiboken6.isValid(receiver) or (while_shown and not receiver.isVisible()):  # type: ignore[attr-defined]
            return
        slot(*args)

    signal.connect(deliver)


def _store() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def _text(key: str) -> str | None:
    value = _store().value(key)
    return value if isinstance(value, str) else None


def _float(key: str) -> float | None:
    value = _store().value(key)
    try:
        number = float(value)  # ini files give text back
    except (TypeError, ValueError):
        return None
    return number if number > 0 and number < 1e6 else None


# ------------------------------------------------------------------ display currency

def currency() -> str:
    chosen = _text("display/currency")
    return chosen if chosen in CURRENCIES else "CNY"


def set_currency(code: str) -> None:
    if code not in CURRENCIES:
        raise ValueError(f"unknown currency {code!r}")
    if code != currency():
        _store().setValue("display/currency", code)
        notifier().display_changed.emit()


# The rates a user may set (CNY per unit): as Preferences offers them, and wider. A settings file edited by hand
# to 1e-320 made every amount fail to write (a denormal rate, beyond what the amounts' arithmetic takes).
RATE_LIMITS = (1e-4, 1e6)


def cny_per_unit(code: str) -> float | None:
    """The user's own rate for `code` (CNY per unit), or None to use the data pack's (also for a rate outside
    RATE_LIMITS, from a settings file edited by hand)."""
    if code == "CNY":
        return 1.0
    value = _float(f"display/rate_{code}")
    return value if value is not None and RATE_LIMITS[0] <= value <= RATE_LIMITS[1] else None


def default_rate(code: str, pack: DataPack | None) -> float:
    """The data pack's rate for `code`, in CNY per unit."""
    return words.cny_per_unit(code, pack)


def rate(code: str, pack: DataPack | None) -> float:
    """The rate in use: the user's if set, else the data pack's."""
    return words.cny_per_unit(code, pack, cny_per_unit(code))


def set_rate(code: str, value: float | None) -> None:
    """Set the user's rate (CNY per unit); None goes back to the data pack's."""
    if code not in RATE_FIGURES:
        raise ValueError(f"no exchange rate for {code!r}")
    if value is not None and not RATE_LIMITS[0] <= value <= RATE_LIMITS[1]:
        raise ValueError(f"an exchange rate must be between {RATE_LIMITS[0]} and {RATE_LIMITS[1]:g}, not {value!r}")
    if value == cny_per_unit(code):
        return
    if value is None:
        _store().remove(f"display/rate_{code}")
    else:
        _store().setValue(f"display/rate_{code}", float(value))
    notifier().display_changed.emit()


# ------------------------------------------------------------------ language

def language() -> str | None:
    """The language code chosen in Preferences, or None to follow the system."""
    chosen = _text("display/language")
    return chosen if chosen in LANGUAGES else None


def set_language(code: str | None) -> None:
    if code is None:
        _store().remove("display/language")
    else:
        _store().setValue("display/language", code)
    notifier().language_changed.emit(code or "")


# ------------------------------------------------------------------ new scenarios

def new_scenario_defaults() -> Scenario:
    """The scenario File ▸ New starts from: the user's saved defaults, else wxdesk's."""
    stored = _text("scenario/defaults")
    if stored:
        try:
            return scenario_from_json(stored)
        except ScenarioError as exc:
            log.warning("ignoring the saved defaults for new scenarios: %s", exc)
    return Scenario()


def set_new_scenario_defaults(scenario: Scenario | None) -> None:
    """Use `scenario`'s inputs (not its name, client or notes) for new scenarios; None resets."""
    if scenario is None:
        _store().remove("scenario/defaults")
        return
    blank = scenario.with_changes(name=Scenario().name, client="", notes="")
    _store().setValue("scenario/defaults", blank.to_json())


# ------------------------------------------------------------------ files

def recent_files() -> list[Path]:
    stored = _text("files/recent")
    try:
        items = json.loads(stored) if stored else []
    except ValueError:
        items = []
    return [Path(p) for p in items if isinstance(p, str)][:MAX_RECENT] if isinstance(items, list) else []


def add_recent_file(path: str | Path) -> None:
    path = Path(path).absolute()
    _save_recent([path, *(p for p in recent_files() if p != path)])


def remove_recent_file(path: str | Path) -> None:
    path = Path(path).absolute()
    _save_recent([p for p in recent_files() if p != path])


def clear_recent_files() -> None:
    _save_recent([])


def _save_recent(paths: list[Path]) -> None:
    _store().setValue("files/recent", json.dumps([str(p) for p in paths[:MAX_RECENT]]))
    notifier().recent_changed.emit()


# The kinds of file a folder is remembered for: each save dialog starts where that kind was saved last
# (a client's handouts in one folder, the scenarios in another), not in the process's working folder.
SCENARIOS, REPORTS, IMAGES, CHARTS = "scenarios", "reports", "images", "charts"


def _folder_key(kind: str) -> str:
    return "files/last_folder" if kind == SCENARIOS else f"files/last_folder_{kind}"


def last_folder(kind: str = SCENARIOS) -> Path | None:
    """The folder a file of `kind` was last opened from or saved in, while it is still a folder."""
    stored = _text(_folder_key(kind))
    try:
        return Path(stored) if stored and Path(stored).is_dir() else None
    except OSError:  # (a name the disk now refuses, a folder that may not be looked in)
        return None


def set_last_folder(folder: str | Path, kind: str = SCENARIOS) -> None:
    _store().setValue(_folder_key(kind), str(folder))


# ------------------------------------------------------------------ start and autosave

def show_start_page() -> bool:
    return _text("start/show_page") != "false"


def set_show_start_page(show: bool) -> None:
    _store().setValue("start/show_page", "true" if show else "false")


def autosave_seconds() -> int:
    value = _float("files/autosave_seconds")
    return int(value) if value and 1 <= value <= 600 else DEFAULT_AUTOSAVE_SECONDS


# ------------------------------------------------------------------ presenter

PRESENTER_KEYS = {"name": "presenter/name", "company": "presenter/company", "contact": "presenter/contact",
                  "qr_image": "presenter/qr_image"}
MAX_PRESENTER_TEXT, MAX_PATH = 200, 4096


def _presenter_value(value: object, field: str) -> str:
    """A stored value as one line of reasonable length (a settings file can be hand-edited)."""
    if not isinstance(value, str):
        return ""
    if field == "qr_image":
        return value.strip()[:MAX_PATH]
    return " ".join(value.split())[:MAX_PRESENTER_TEXT]


def presenter() -> Presenter:
    """Who presents: printed on the handout's cover and footer and at the foot of the long image."""
    store = _store()
    return Presenter(**{field: _presenter_value(store.value(key), field) for field, key in PRESENTER_KEYS.items()})


def set_presenter(value: Presenter) -> None:
    store = _store()
    for field, key in PRESENTER_KEYS.items():
        text = _presenter_value(getattr(value, field), field)
        if text:
            store.setValue(key, text)
        else:
            store.remove(key)
