"""What changed in the data pack: its changelog, and which changes touch a scenario.

The changelog lives in the pack file itself (`[[changelog]]` entries), so a pack
imported later brings its own history. A scenario saved with an older pack asks for
the changes since that pack's date that concern its goals, needs, entity, overridden
figures or the presences of its plan.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS, PRESENCES, DataPack, DataPackError, parse_loose_date
from wxdesk.engine.scenario import Scenario

# The id lists an entry may carry, and the ids each may name.
_ID_FIELDS = ("figures", "rules", "presences", "goals", "needs", "entities")


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
        return bool(self.everyone
                    or set(self.goals) & set(scenario.goals)
                    or set(self.needs) & set(scenario.needs)
                    or set(self.presences) & set(presences)
                    or set(self.figures) & set(scenario.overrides))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"date": self.date, "what": self.what, "why": self.why}
        if self.effective:
            data["effective"] = self.effective
        for key in _ID_FIELDS:
            data[key] = list(getattr(self, key))
        data["everyone"] = self.everyone
        return data


def load_changelog(pack: DataPack | str | Path) -> tuple[Change, ...]:
    """The changelog of a data pack (its file), oldest first; a pack without one has none."""
    path = Path(pack.path if isinstance(pack, DataPack) else pack)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataPackError(f"Data pack {path} cannot be read for its changelog: {exc}.") from None
    figures = set(data.get("figures", {}))
    rules = {"affinity", "capability", "payments"} | {f"eligibility.{k}" for k in data.get("eligibility", {})}
    known = {"figures": figures, "rules": rules, "presences": set(PRESENCES) | set(data.get("accounts", {})),
             "goals": set(GOALS), "needs": set(NEEDS), "entities": set(ENTITIES)}
    raw = data.get("changelog", [])
    if not isinstance(raw, list):
        raise DataPackError(f"Data pack {path}, entry 'changelog': must be a list of [[changelog]] entries.")
    changes = [_change(path, i, entry, known) for i, entry in enumerate(raw)]
    return tuple(sorted(changes, key=lambda c: c.day))


def _change(path: Path, index: int, entry: Any, known: Mapping[str, set[str]]) -> Change:
    where = f"changelog[{index}]"

    def fail(problem: str) -> DataPackError:
        return DataPackError(f"Data pack {path}, entry '{where}': {problem}.")

    if not isinstance(entry, dict):
        raise fail("must be a table")
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
    for key in _ID_FIELDS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"'{key}' must be a list of ids")
        unknown = [v for v in value if v not in known[key]]
        if unknown:
            raise fail(f"'{key}' names unknown '{unknown[0]}'")
        ids[key] = tuple(value)
    everyone = entry.get("everyone", False)
    if not isinstance(everyone, bool):
        raise fail("'everyone' must be true or false")
    if not everyone and not any(ids[k] for k in ("figures", "rules", "presences", "goals", "needs")):
        raise fail("must say what it concerns (figures, rules, presences, goals, needs) or be for everyone")
    return Change(date=dates["date"], what=texts["what"], what_zh=texts["what_zh"], why=texts["why"],
                  why_zh=texts["why_zh"], effective=dates["effective"], figures=ids["figures"],
                  rules=ids["rules"], presences=ids["presences"], goals=ids["goals"], needs=ids["needs"],
                  entities=ids["entities"], everyone=everyone)


def _as_date(since: dt.date | str | None) -> dt.date | None:
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
    day = _as_date(since)
    return tuple(c for c in changes if day is None or c.day > day)


def changes_touching(scenario: Scenario, since: dt.date | str | None, changes: Sequence[Change] | None = None,
                     presences: Iterable[str] = ()) -> tuple[Change, ...]:
    """The changes since `since` that concern this scenario and the presences of its plan."""
    presences = tuple(presences)
    return tuple(c for c in changes_since(since, changes) if c.touches(scenario, presences))


def _bundled() -> DataPack:
    from wxdesk.engine.datapack import load_datapack
    return load_datapack()


def changelog_text(changes: Sequence[Change]) -> str:
    """The changelog as the command line prints it, newest first."""
    if not changes:
        return "No changes."
    blocks = []
    # Newest pack first; within one pack, in the order the pack lists them.
    for change in sorted(changes, key=lambda c: c.day, reverse=True):
        head = change.date + (f"  (effective {change.effective})" if change.effective else "")
        lines = [head, f"  {change.what}", f"  Why it matters: {change.why}"]
        concerns = [f"{key}: {', '.join(getattr(change, key))}" for key in _ID_FIELDS if getattr(change, key)]
        if change.everyone:
            concerns.insert(0, "every scenario")
        if concerns:
            lines.append("  Concerns: " + "; ".join(concerns))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def changes_since_saved(scenario: Scenario, pack: DataPack, presences: Iterable[str] = ()) -> tuple[Change, ...]:
    """The changes that touch a scenario saved with an older pack than `pack` (none if not older)."""
    saved = parse_loose_date(getattr(scenario, "saved_with_pack", "") or "")
    current = parse_loose_date(pack.released)
    if saved is None or current is None or saved >= current:
        return ()
    return changes_touching(scenario, saved, load_changelog(pack), presences)
