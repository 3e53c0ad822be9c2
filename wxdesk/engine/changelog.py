"""What changed in the data pack: its changelog, and which changes touch a scenario.

The changelog lives in the pack file itself (`[[changelog]]` entries), so a pack
imported later brings its own history. A scenario saved with an older pack asks for
the changes since that pack's date that concern its goals, needs, entity, overridden
figures or the presences of its plan.

An entry that changed a value the engine reasons from also records it (`values`: the
key, the value before, the value after), and an entry that brought in a presence says so
(`adds`), so that wxdesk.engine.pack_history can put the older pack back together and
say how a scenario's answer moved.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from wxdesk import errors
from wxdesk.engine.datapack import (
    ENTITIES,
    GOALS,
    NEEDS,
    PRESENCES,
    WECHAT_PRESENCES,
    DataPack,
    DataPackError,
    parse_loose_date,
)
from wxdesk.engine.pack_values import PackKeyError, Value, file_value, parse_value
from wxdesk.engine.reading import os_problem
from wxdesk.engine.scenario import Scenario
from wxdesk.errors import FileProblem

# The id lists an entry may carry, and the ids each may name.
ID_FIELDS = ("figures", "rules", "presences", "goals", "needs", "entities")
# Every key an entry may hold.
ENTRY_KEYS = frozenset(("date", "effective", "what", "what_zh", "why", "why_zh", *ID_FIELDS, "everyone",
                        "sends_messages", "adds", "values"))


@dataclass(frozen=True)
class ValueChange:
    """One value a change moved: its key (wxdesk.engine.pack_values), before and after."""

    key: str
    before: Value
    after: Value

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "before": _json_value(self.before), "after": _json_value(self.after)}


def _json_value(value: Value) -> Any:
    if isinstance(value, tuple) and len(value) == 3 and all(isinstance(v, float) for v in value):
        low, likely, high = value
        return likely if low == likely == high else {"low": low, "likely": likely, "high": high}
    return list(value) if isinstance(value, tuple) else value


@dataclass(frozen=True)
class Change:
    """One change to the data pack."""

    date: str            # the release of the pack that made the change
    what: str
    what_zh: str
    why: str
    why_zh: str
    effective: str = ""  # when it changed in WeChat, where known
    figures: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    presences: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    everyone: bool = False
    # A change to what a plan's messages cost: none of a scenario that sends none.
    sends_messages: bool = False
    # The values the change moved, and the presences it brought in (none before it).
    values: tuple[ValueChange, ...] = ()
    adds: tuple[str, ...] = ()

    @property
    def comparable(self) -> bool:
        """Whether the older pack's answer can be worked out: the change recorded what it moved."""
        return bool(self.values or self.adds)

    @property
    def day(self) -> dt.date:
        day = parse_loose_date(self.date)
        # The changelog's reader refuses an entry whose date does not read.
        assert day is not None
        return day

    def touches(self, scenario: Scenario, presences: Iterable[str] = ()) -> bool:
        """Whether this change concerns the scenario (and the presences of its plan)."""
        # `entities` narrows a change to some kinds of business (overseas companies...).
        if self.entities and scenario.entity not in self.entities:
            return False
        # `sends_messages` narrows it to scenarios that send messages (a change of what they cost).
        if self.sends_messages and not scenario.pushes_per_month > 0:
            return False
        return bool(self.everyone
                    or set(self.goals) & set(scenario.goals)
                    or set(self.needs) & set(scenario.needs)
                    or set(self.presences) & set(presences)
                    or set(self.figures) & set(scenario.overrides))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"date": self.date, "what": self.what, "why": self.why}
        if self.effective:
            data["effective"] = self.effective
        for key in ID_FIELDS:
            data[key] = list(getattr(self, key))
        data["everyone"] = self.everyone
        data["sends_messages"] = self.sends_messages
        data["values"] = [v.to_dict() for v in self.values]
        data["adds"] = list(self.adds)
        return data


# The last changelog read, by file and version of the file: opening an older scenario asks
# for it several times, and reading the pack's TOML is most of the cost.
_read: dict[tuple[str, int, int], tuple[Change, ...]] = {}


def load_changelog(pack: DataPack | str | Path) -> tuple[Change, ...]:
    """The changelog of a data pack (its file), oldest first; a pack without one has none."""
    path = Path(pack.path if isinstance(pack, DataPack) else pack)
    try:
        info = path.stat()
    except OSError as exc:
        raise _unread(path, exc) from None
    key = (str(path.resolve()), info.st_mtime_ns, info.st_size)
    if key not in _read:
        changes = _load_changelog(path)
        _read.clear()
        _read[key] = changes
    return _read[key]


def _refused(path: Path, entry: str, message: str, near: str = "",
             kind: str = errors.PACK_BAD_ENTRY) -> DataPackError:
    """The pack refused for an entry of its changelog ("changelog[2]"), of the kind the loader gives an entry
    it refuses (wxdesk.errors.PACK_BAD_ENTRY), with the name it may have meant: the window says it so. (`near`:
    for PACK_UNKNOWN_NAME the name not known, for PACK_CHANGE_LATER the entry's date.)"""
    return DataPackError(message, FileProblem(kind, str(path), entry, near))


def _unread(path: Path, exc: OSError) -> DataPackError:
    """The file not read for its changelog: gone, a folder, not allowed or failing, each its kind."""
    return DataPackError(f"Data pack {path} cannot be read for its changelog: {exc}.", os_problem(path, exc))


def _load_changelog(path: Path) -> tuple[Change, ...]:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise _unread(path, exc) from None
    try:
        # (utf-8-sig: a pack saved with a byte-order mark, which the pack's own loader reads, was refused here, and
        # every command but `changes` then skipped its changelog's checks.)
        data = tomllib.loads(content.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:  # not UTF-8, not TOML, a number too long, nested too deep
        raise DataPackError(f"Data pack {path} cannot be read for its changelog: {exc}.",
                            FileProblem(errors.PACK_DAMAGED, str(path))) from None
    figures = set(data.get("figures", {}))
    # The sources of key facts ([sources.*], wxdesk.engine.datapack) are rules a change may name too.
    rules = ({"affinity", "capability", "payments"} | {f"eligibility.{k}" for k in data.get("eligibility", {})}
             | {f"sources.{k}" for k in _table(data.get("sources"))})
    known = {"figures": figures, "rules": rules, "presences": set(PRESENCES) | set(data.get("accounts", {})),
             "goals": set(GOALS), "needs": set(NEEDS), "entities": set(ENTITIES)}
    raw = data.get("changelog", [])
    if not isinstance(raw, list):
        raise _refused(path, "changelog",
                       f"Data pack {path}, entry 'changelog': must be a list of [[changelog]] entries.")
    changes = [_change(path, i, entry, known, data) for i, entry in enumerate(raw)]
    # In date order, each with its place in the file: a refusal names the entry as written.
    ordered = sorted(enumerate(changes), key=lambda placed: placed[1].day)
    _check_dates(path, ordered, data)
    _check_history(path, ordered, data)
    return tuple(change for _, change in ordered)


def _check_dates(path: Path, changes: Sequence[tuple[int, Change]], data: Mapping[str, Any]) -> None:
    """A change is made by the release of a pack, this one or an older one: an entry dated after the pack's own
    release ("2099-11-24" in a pack of 2026-12-07) was listed by `changes` as the newest, and a pack released in
    1999 held changes of 2026. (A pack whose release does not read is refused by its loader.)"""
    released = _table(data.get("pack")).get("released")
    day = released if isinstance(released, dt.date) else parse_loose_date(released) if isinstance(released, str) \
        else None
    if day is None:
        return
    for index, change in changes:
        if _earliest_day(change.date) > day:
            raise _refused(path, f"changelog[{index}]",
                           f"Data pack {path}, entry 'changelog[{index}]': its date, {change.date}, is after the "
                           f"pack's own release of {day.isoformat()}; a change is dated by the release that made it.",
                           change.date, errors.PACK_CHANGE_LATER)


def _earliest_day(text: str) -> dt.date:
    """The first day a date as an entry may write it ("2026", "2026-11", "2026-11-24") can mean."""
    parts = [int(part) for part in text.split("-")]
    return dt.date(parts[0], *(parts[1:] + [1, 1])[:2])


def _check_history(path: Path, changes: Sequence[tuple[int, Change]], data: Mapping[str, Any]) -> None:
    """Each value's story must hold together: every change starts where the one before it ended,
    and the newest ends at the pack's own value (else an older answer would be made up).

    `changes`: oldest first, each with its index among the file's [[changelog]] entries."""
    last: dict[str, tuple[int, Change, Value]] = {}
    for index, change in changes:
        for moved in change.values:
            if moved.key in last and last[moved.key][2] != moved.before:
                raise _refused(path, f"changelog[{index}]",
                               f"Data pack {path}, changelog of {change.date}: '{moved.key}' is said to "
                               f"change from {_shown(moved.before)}, but an earlier change left it at "
                               f"{_shown(last[moved.key][2])}.")
            last[moved.key] = index, change, moved.after
    for key, (index, change, value) in last.items():
        now = file_value(data, key)
        if now != value:
            # The value is named, not the changelog entry: a figure edited without a change that records it read in
            # the window as "its entry “changelog[24]” is incomplete", an entry its author never touched.
            raise _refused(path, key,
                           f"Data pack {path}, entry '{key}': the pack holds {_shown(now)}, but the newest change "
                           f"to it in the changelog (changelog[{index}], of {change.date}) leaves it at "
                           f"{_shown(value)}; a changed value needs a [[changelog]] entry that records it, with "
                           f"its value before and after.")


def _table(value: Any) -> Mapping[str, Any]:
    """A section of the pack as a table, or none where it is absent or not a table (the loader refuses that)."""
    return value if isinstance(value, dict) else {}


def _shown(value: Value) -> str:
    shown = _json_value(value)
    if isinstance(shown, dict):
        return f"{shown['low']:g}/{shown['likely']:g}/{shown['high']:g}"
    if isinstance(shown, bool):
        return "true" if shown else "false"
    if isinstance(shown, float):
        return f"{shown:g}"
    return str(shown)


def _change(path: Path, index: int, entry: Any, known: Mapping[str, set[str]], data: Mapping[str, Any]) -> Change:
    where = f"changelog[{index}]"

    def fail(problem: str, near: str = "", unknown: str = "") -> DataPackError:
        # A name not known and near none (`unknown`) is named to the window's reader, as the message names it.
        kind, other = (errors.PACK_UNKNOWN_NAME, unknown) if unknown and not near else (errors.PACK_BAD_ENTRY, near)
        return _refused(path, where, f"Data pack {path}, entry '{where}': {problem}.", other, kind)

    if not isinstance(entry, dict):
        raise fail("must be a table")
    # A misspelled key ("figurse", "[[changelog.valeus]]") was passed over: the entry then concerned nothing it
    # meant to, and `changes` and `diff-pack` said other than its author wrote.
    stray = sorted(k for k in entry if k not in ENTRY_KEYS)
    if stray:
        import difflib  # only for a pack being refused
        meant = difflib.get_close_matches(stray[0], sorted(ENTRY_KEYS), n=1)
        hint = f" (did you mean '{meant[0]}'?)" if meant else ""
        raise fail(f"has an unknown key '{stray[0]}'{hint}", meant[0] if meant else "", stray[0])
    texts: dict[str, str] = {}
    for key in ("what", "what_zh", "why", "why_zh"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise fail(f"'{key}' must be a non-empty text")
        texts[key] = value
    dates: dict[str, str] = {}
    for key in ("date", "effective"):
        value = entry.get(key, "" if key == "effective" else None)
        if isinstance(value, dt.date):
            value = value.isoformat()
        if not isinstance(value, str) or (value and parse_loose_date(value) is None) or (key == "date" and not value):
            raise fail(f"'{key}' must be a date such as 2026-11-30")
        dates[key] = value
    ids: dict[str, tuple[str, ...]] = {}
    for key in ID_FIELDS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"'{key}' must be a list of ids")
        unknown = [v for v in value if v not in known[key]]
        if unknown:
            import difflib  # only for a pack being refused
            meant = difflib.get_close_matches(unknown[0], sorted(known[key]), n=1)
            hint = f" (did you mean '{meant[0]}'?)" if meant else ""
            raise fail(f"'{key}' names unknown '{unknown[0]}'{hint}", meant[0] if meant else "", unknown[0])
        ids[key] = tuple(value)
    everyone, sends_messages = entry.get("everyone", False), entry.get("sends_messages", False)
    if not isinstance(everyone, bool):
        raise fail("'everyone' must be true or false")
    if not isinstance(sends_messages, bool):
        raise fail("'sends_messages' must be true or false")
    if not everyone and not any(ids[k] for k in ("figures", "rules", "presences", "goals", "needs")):
        raise fail("must say what it concerns (figures, rules, presences, goals, needs) or be for everyone")
    adds = entry.get("adds", [])
    # Only a WeChat presence can be absent from an older pack: anyone may build an app.
    if not isinstance(adds, list) or any(a not in WECHAT_PRESENCES for a in adds):
        raise fail(f"'adds' must list some of {', '.join(WECHAT_PRESENCES)}")
    return Change(date=dates["date"], what=texts["what"], what_zh=texts["what_zh"], why=texts["why"],
                  why_zh=texts["why_zh"], effective=dates["effective"], figures=ids["figures"],
                  rules=ids["rules"], presences=ids["presences"], goals=ids["goals"], needs=ids["needs"],
                  entities=ids["entities"], everyone=everyone, sends_messages=sends_messages,
                  values=_values(entry, data, fail),
                  adds=tuple(adds))


def _values(entry: Mapping[str, Any], data: Mapping[str, Any],
            fail: Callable[[str], DataPackError]) -> tuple[ValueChange, ...]:
    raw = entry.get("values", [])
    if not isinstance(raw, list):
        raise fail("'values' must be a list of [[changelog.values]] entries")
    found: list[ValueChange] = []
    for item in raw:
        if not isinstance(item, dict) or set(item) != {"key", "before", "after"}:
            raise fail("each of its 'values' needs exactly a 'key', a 'before' and an 'after'")
        key = item["key"]
        if not isinstance(key, str) or any(v.key == key for v in found):
            raise fail(f"its 'values' name '{key}' twice or not as a key" if isinstance(key, str)
                       else "its 'values' need a text 'key'")
        try:
            before, after = (parse_value(key, item[side], data.get("figures", {})) for side in ("before", "after"))
        except PackKeyError as exc:
            raise fail(str(exc)) from None
        if before == after:
            raise fail(f"'{key}' is the same before and after")
        found.append(ValueChange(key, before, after))
    return tuple(found)


def as_day(since: dt.date | str | None) -> dt.date | None:
    """A day as `--since` and the changelog give it (a date, or "2026-11-24"); ValueError for anything else."""
    if since is None or isinstance(since, dt.date):
        return since
    # A whole day only: "since 2026-11" would be ambiguous about the changes of that month.
    try:
        return dt.date.fromisoformat(since) if len(since) == len("2026-11-24") else _not_a_day(since)
    except ValueError:
        return _not_a_day(since)


def _not_a_day(text: str) -> NoReturn:
    raise ValueError(f"'{text}' is not a date such as 2026-11-24")


def changes_since(since: dt.date | str | None, changes: Sequence[Change] | None = None) -> tuple[Change, ...]:
    """The changes made by packs released after `since` (all of them when it is None)."""
    changes = load_changelog(_bundled()) if changes is None else changes
    day = as_day(since)
    return tuple(c for c in changes if day is None or c.day > day)


def newest_first(changes: Iterable[Change]) -> tuple[Change, ...]:
    """The changes as `wxdesk changes` lists them, in its text and its JSON alike: the newest pack's first, and
    within one pack in the order the pack lists them (the changelog is read oldest first: load_changelog)."""
    return tuple(sorted(changes, key=lambda change: change.day, reverse=True))


def changes_touching(scenario: Scenario, since: dt.date | str | None, changes: Sequence[Change] | None = None,
                     presences: Iterable[str] = ()) -> tuple[Change, ...]:
    """The changes since `since` that concern this scenario and the presences of its plan."""
    presences = tuple(presences)
    return tuple(c for c in changes_since(since, changes) if c.touches(scenario, presences))


def _bundled() -> DataPack:
    from wxdesk.engine.datapack import load_datapack
    return load_datapack()


def changes_since_saved(scenario: Scenario, pack: DataPack, presences: Iterable[str] = ()) -> tuple[Change, ...]:
    """The changes that touch a scenario saved with an older pack than `pack` (none if not older)."""
    saved = parse_loose_date(getattr(scenario, "saved_with_pack", "") or "")
    current = parse_loose_date(pack.released)
    if saved is None or current is None or saved >= current:
        return ()
    return changes_touching(scenario, saved, load_changelog(pack), presences)
