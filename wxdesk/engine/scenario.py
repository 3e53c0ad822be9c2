"""The scenario: the user's inputs, and its versioned JSON file format."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import math
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS
from wxdesk.engine.figure_limits import is_finite_number
from wxdesk.engine.figure_limits import written_apart as _apart
from wxdesk.engine.figure_limits import overrides_problem
from wxdesk.engine.reading import json_said

SCENARIO_FORMAT = "wxdesk-scenario"
SCENARIO_VERSION = 2
# Version 1 lacked paid_share and live_by; a version-1 file is read with their defaults
# and saved as version 2.

# Upper bounds keep the model's arithmetic meaningful; they are far beyond any real case.
MAX_BUDGET_CNY = 1e12
MAX_AUDIENCE = 2e9
MAX_MINUTES = 24 * 60
MAX_PUSHES = 1000
MAX_TEXT = 2000
# The fields a slider moves (budget, session length, audience), in the controls' order.
SLIDER_FIELDS = ("budget_cny", "interaction_minutes", "audience")
# The horizon the cost model projects over, in whole years; the window's control reads it here.
HORIZON_YEARS = (1, 10)


class ScenarioError(ValueError):
    """A scenario that cannot be used; the message is one sentence naming the field."""

    def __init__(self, message: str, field_name: str = ""):
        super().__init__(message)
        self.field = field_name


# The name of the scenario `wxdesk template` prints to start from: like a new scenario's (Scenario.name), the
# tool's own, so that the views write it in the reader's language (words.scenario_name).
EXAMPLE_NAME = "Example shop"


@dataclass(frozen=True)
class Scenario:
    """What the business wants. Money is always in CNY."""

    name: str = "New scenario"
    budget_cny: float = 500_000.0
    interaction_minutes: float = 3.0
    audience: float = 50_000.0
    china_share: float = 0.9
    pushes_per_month: float = 4.0
    goals: tuple[str, ...] = ("sell",)
    needs: tuple[str, ...] = ()
    horizon_years: int = 3
    entity: str = "company"
    # Share of users bought through ads; the rest arrive on their own (app stores, search,
    # QR codes, word of mouth, an existing customer base).
    paid_share: float = 0.2
    # The date the plan must be live by, as an ISO date, or "" for no date.
    live_by: str = ""
    # The release date of the data pack this scenario was last saved with ("" if unknown),
    # so that opening it later can say what changed since.
    saved_with_pack: str = ""
    client: str = ""
    notes: str = ""
    overrides: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def with_changes(self, **changes: Any) -> Scenario:
        """A copy with some fields changed, validated like a loaded file."""
        return scenario_from_dict({**self.to_dict(), **changes})

    def to_dict(self) -> dict[str, Any]:
        # Field by field, not dataclasses.asdict: that copies every value deeply (a tenth of a millisecond
        # at each slider move, through with_changes), and the three that are not plain values are copied below.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["goals"] = list(self.goals)
        data["needs"] = list(self.needs)
        data["overrides"] = {k: dict(v) for k, v in sorted(self.overrides.items())}
        return {"format": SCENARIO_FORMAT, "version": SCENARIO_VERSION, **data}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"


# The fields every file must carry, as the format defines them; the others default.
REQUIRED_FIELDS = ("name", "budget_cny", "interaction_minutes", "audience", "china_share",
                   "pushes_per_month", "goals", "needs", "horizon_years", "entity")
FIELD_NAMES = tuple(f.name for f in fields(Scenario))
# The fields a plan's cost parts are made from (costs.cost_inputs, with the data pack the overrides change): scenarios
# alike in these share their parts, whatever their budget, audience or session length. A batch evaluates such rows
# one after another (batch.runner), where the parts made for the first serve the rest.
COST_FIELDS = ("needs", "goals", "entity", "pushes_per_month", "paid_share", "china_share", "horizon_years",
               "overrides")


def _number(data: Mapping[str, Any], key: str, low: float, high: float, *, low_open: bool = False,
            whole: bool = False) -> float:
    value = data[key]
    kind = "a whole number" if whole else "a number"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ScenarioError(f"Field '{key}' must be {kind}, not {_describe(value)}.", key)
    if isinstance(value, TooLarge):
        raise ScenarioError(f"Field '{key}' holds {_describe(value)}, which is too large to be a number.", key)
    if not is_finite_number(value):
        raise ScenarioError(f"Field '{key}' must be a finite number, not {_describe(value)}.", key)
    if whole and value != int(value):
        raise ScenarioError(f"Field '{key}' must be a whole number, not {_apart(value, round(value))}.", key)
    too_low = value <= low if low_open else value < low
    # A value that must be more than 0 and is below the smallest normal float (a session of 1e-320 minutes: a
    # subnormal, held to a few digits, "9.99989e-321" as written) is too small to be told from 0, as one that
    # underflows to 0 (1e-400, TooSmall) is. (Where 0 itself is allowed, such a value reads and counts as 0.)
    if (too_low and isinstance(value, TooSmall)) or (low_open and 0 < abs(value) < sys.float_info.min):
        raise ScenarioError(f"Field '{key}' holds {_describe(value)}, which is too small to be told from 0.", key)
    if too_low or value > high:
        lower = f"more than {limit_text(low)}" if low_open else f"at least {limit_text(low)}"
        raise ScenarioError(f"Field '{key}' must be {lower} and at most {limit_text(high)}, "
                            f"not {_apart(value, low, high)}.", key)
    return int(value) if whole else float(value)


def limit_text(limit: float) -> str:
    """A limit as people write it: 2,000,000,000 and 1,000,000,000,000, not :g's "2e+09" and "1e+12"."""
    return f"{int(limit):,}" if float(limit).is_integer() else f"{limit:g}"


def _choices(data: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    value = data[key]
    if not isinstance(value, list):
        raise ScenarioError(f"Field '{key}' must be a list such as [\"{allowed[0]}\"], not {_describe(value)}.", key)
    chosen = []
    for item in value:
        if item not in allowed:
            raise ScenarioError(f"Field '{key}' may only contain {', '.join(allowed)}; "
                                f"{_describe(item)} is not one of them.", key)
        if item in chosen:
            # Refused, as every other value outside the format is (the schema says uniqueItems): merged silently,
            # a file the schema refuses was evaluated as if it were fine, and a slip such as a second "sell" where
            # "service" was meant went unseen. The file itself is left as it is, for the user to correct.
            raise ScenarioError(f"Field '{key}' lists {_describe(item)} more than once; give each only once.", key)
        chosen.append(item)
    # Stored in the canonical order so that equal scenarios compare and save equal.
    return tuple(a for a in allowed if a in chosen)


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise ScenarioError(f"Field '{key}' must be text, not {_describe(value)}.", key)
    if len(value) > MAX_TEXT:
        raise ScenarioError(f"Field '{key}' is longer than {MAX_TEXT} characters.", key)
    return value


def _overrides(data: Mapping[str, Any], known_figures: Mapping[str, Any] | None) -> dict[str, dict[str, float]]:
    value = data["overrides"]
    if not isinstance(value, dict):
        raise ScenarioError(f"Field 'overrides' must be an object, not {_describe(value)}.", "overrides")
    result = {}
    for fid, entry in value.items():
        where = f"overrides.{_escaped(fid)}"
        if known_figures is not None and fid not in known_figures:
            raise ScenarioError(f"Field '{where}' names no figure of the data pack.", "overrides")
        one_number = isinstance(entry, (int, float)) and not isinstance(entry, bool)
        if one_number:
            entry = {"low": entry, "likely": entry, "high": entry}
        if not isinstance(entry, dict) or set(entry) != {"low", "likely", "high"}:
            raise ScenarioError(f"Field '{where}' must be a number or an object with low, likely and high.",
                                "overrides")
        numbers = {}
        for k in ("low", "likely", "high"):
            v = entry[k]
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not is_finite_number(v) or v < 0:
                # (A single number stands for all three: the message names the field as the file wrote it.)
                named = where if one_number else f"{where}.{k}"
                raise ScenarioError(f"Field '{named}' must be a finite number of at least 0, not {_describe(v)}.",
                                    "overrides")
            numbers[k] = float(v)
        if not numbers["low"] <= numbers["likely"] <= numbers["high"]:
            raise ScenarioError(f"Field '{where}' needs low ≤ likely ≤ high.", "overrides")
        result[fid] = numbers
    # The ranges the model can compute with, shared with the data pack and the Assumptions editor.
    problem = overrides_problem(known_figures, result)
    if problem:
        raise ScenarioError(f"Field 'overrides.{_escaped(problem[0])}' {problem[1]}.", "overrides")
    return result


def _escaped(name: str) -> str:
    """A key from the file, with control characters escaped so a message stays on one line."""
    return json.dumps(name, ensure_ascii=False)[1:-1]


def shortened(text: str) -> str:
    """A value quoted in a message, cut to 30 characters."""
    return text if len(text) <= 30 else text[:27] + "..."


def _describe(value: Any) -> str:
    if isinstance(value, (TooLarge, TooSmall)):  # as the file wrote it
        return shortened(value.text)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = shortened(value)
        # Quoted like JSON, so a line break or control character cannot split the message.
        return "the text " + json.dumps(shown, ensure_ascii=False)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, int) and abs(value) > 10**15:
        return f"a {len(str(abs(value)))}-digit number"
    return repr(value)


def scenario_from_dict(data: Any, known_figures: Mapping[str, Any] | None = None) -> Scenario:
    """Validate a decoded JSON object and build a Scenario, or raise ScenarioError."""
    if not isinstance(data, dict):
        raise ScenarioError(f"A scenario must be a JSON object, not {_describe(data)}.")
    if data.get("format") != SCENARIO_FORMAT:
        raise ScenarioError(f"Field 'format' must be \"{SCENARIO_FORMAT}\"; this is not a wxdesk scenario.", "format")
    version = data.get("version")
    if isinstance(version, float) and version.is_integer():
        version = int(version)  # 2.0, as a JSON round trip through JavaScript or jq may write 2 (the schema takes it)
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError("Field 'version' must be a whole number.", "version")
    if version > SCENARIO_VERSION:
        raise ScenarioError(f"Field 'version' is {version}: this scenario comes from a newer wxdesk, "
                            f"and this one reads version {SCENARIO_VERSION}.", "version")
    if version < 1:
        raise ScenarioError(f"Field 'version' must be at least 1, not {version}.", "version")
    unknown = [k for k in data if k not in FIELD_NAMES and k not in ("format", "version")]
    if unknown:
        raise ScenarioError(f"Field '{_escaped(unknown[0])}' is not part of a wxdesk scenario.", unknown[0])
    missing = [k for k in REQUIRED_FIELDS if k not in data]
    if missing:
        raise ScenarioError(f"Field '{missing[0]}' is missing.", missing[0])
    full = {"client": "", "notes": "", "overrides": {}, "paid_share": Scenario.paid_share,
            "live_by": "", "saved_with_pack": "", **data}
    return Scenario(
        name=_text(full, "name"),
        budget_cny=_number(full, "budget_cny", 0, MAX_BUDGET_CNY),
        interaction_minutes=_number(full, "interaction_minutes", 0, MAX_MINUTES, low_open=True),
        audience=_number(full, "audience", 0, MAX_AUDIENCE),
        china_share=_number(full, "china_share", 0, 1),
        pushes_per_month=_number(full, "pushes_per_month", 0, MAX_PUSHES),
        goals=_choices(full, "goals", GOALS),
        needs=_choices(full, "needs", NEEDS),
        horizon_years=int(_number(full, "horizon_years", *HORIZON_YEARS, whole=True)),
        entity=_entity(full),
        paid_share=_number(full, "paid_share", 0, 1),
        live_by=_date(full, "live_by"),
        saved_with_pack=_loose_date(full, "saved_with_pack"),
        client=_text(full, "client"),
        notes=_text(full, "notes"),
        overrides=_overrides(full, known_figures),
    )


def _date(data: Mapping[str, Any], key: str) -> str:
    value = _text(data, key)
    if value:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ScenarioError(f"Field '{key}' must be a date such as 2027-03-31, or empty, "
                                f"not {_describe(value)}.", key) from None
    return value


def _loose_date(data: Mapping[str, Any], key: str) -> str:
    """A data pack's release date as packs write it ('2026', '2026-11' or '2026-11-30'), or ""."""
    from wxdesk.engine.datapack import parse_loose_date
    value = _text(data, key)
    if value and parse_loose_date(value) is None:
        raise ScenarioError(f"Field '{key}' must be a date such as 2026-11-30, or empty, "
                            f"not {_describe(value)}.", key)
    return value


def _entity(data: Mapping[str, Any]) -> str:
    value = data["entity"]
    if value not in ENTITIES:
        raise ScenarioError(f"Field 'entity' must be one of {', '.join(ENTITIES)}, not {_describe(value)}.",
                            "entity")
    entity: str = value  # one of ENTITIES
    return entity


def _reject_constant(name: str) -> Any:
    raise ScenarioError(f"The file contains {name}, which is not a number a scenario can use.")


class TooLarge(float):
    """A JSON number too large for a float (1e999), as json.loads reads it (infinity), with the text it was written
    as: the message said 'must be a finite number, not inf' of a file that held no 'inf'. (The batch's sources read
    their JSON so too.)"""

    text: str

    def __new__(cls, text: str) -> TooLarge:
        number = super().__new__(cls, text)
        number.text = text
        return number


class TooSmall(float):
    """A number written as more than 0 that is too small for a float (1e-400), read as 0, with the text it was written
    as: where 0 is refused, the message said "must be more than 0 …, not 0" of a file that held no 0."""

    text: str

    def __new__(cls, text: str) -> TooSmall:
        number = super().__new__(cls, text)
        number.text = text
        return number


_NONZERO_DIGIT = re.compile(r"[1-9]")


def read_number(text: str) -> float:
    """A number's text as Python reads it, or TooSmall where it is written as more than 0 and reads as 0 (its digits
    before any exponent are not all 0: 1e-400, not 0e5). A text that is no number raises ValueError."""
    number = float(text)
    if number == 0 and _NONZERO_DIGIT.search(re.split("[eE]", text, maxsplit=1)[0]):
        return TooSmall(text)
    return number


def json_float(text: str) -> float:
    """json.loads's parse_float: a number as Python reads it, or TooLarge where that would be infinite, TooSmall
    where 0 (read_number)."""
    number = read_number(text)
    return number if math.isfinite(number) else TooLarge(text)


class RepeatedKeys(dict[str, Any]):
    """A JSON object that gives a key more than once (`repeated`: the first such key), as unique_keys reads it. Python
    keeps the last of them silently: a file with "budget_cny": 0 and then "budget_cny": 900000 read as ¥900,000, where
    a scenario file is strict and a table's column named twice is refused."""

    repeated: str


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json.loads's object_pairs_hook: the object, a RepeatedKeys where it gives a key twice (see repeated_key)."""
    data = dict(pairs)
    if len(data) == len(pairs):
        return data
    marked = RepeatedKeys(data)
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            marked.repeated = key
            break
        seen.add(key)
    return marked


def first_in_json(parsed: Any, pick: Callable[[Any], str | None], path: str = "") -> tuple[str, str] | None:
    """(where, what `pick` gives) of the first value in JSON as read (the value itself, else those inside it, in
    order) for which `pick` gives anything: where is "" for the value itself, else the dotted path to it
    ("overrides.mp_build_cny", "goals[2]"); None where none does."""
    picked = pick(parsed)
    if picked is not None:
        return path, picked
    items = parsed.items() if isinstance(parsed, dict) else enumerate(parsed) if isinstance(parsed, list) else ()
    for key, value in items:
        found = first_in_json(value, pick, f"{path}.{key}" if path and isinstance(key, str) else
                              f"{path}[{key}]" if path else str(key))
        if found is not None:
            return found
    return None


def repeated_key(parsed: Any) -> tuple[str, str] | None:
    """(where, key) of the first object of JSON read with unique_keys that gives a key twice (first_in_json's where)."""
    return first_in_json(parsed, lambda value: value.repeated if isinstance(value, RepeatedKeys) else None)


def repeated_said(parsed: Any, subject: str) -> str | None:
    """The sentence for the first key of the JSON given twice in one object ("The file gives 'budget_cny' twice;
    …", `subject` "The file"), or None where no key is."""
    found = repeated_key(parsed)
    return None if found is None else _repeated_sentence(found, subject)


def _repeated_sentence(found: tuple[str, str], subject: str) -> str:
    """repeated_said's sentence for repeated_key's (where, key)."""
    where, key = found
    inside = f" in '{_escaped(where)}'" if where else ""
    return (f"{subject} gives '{_escaped(key)}' twice{inside}; a scenario gives each value once, so remove the one "
            "not meant.")


def saved_as_utf16(data: bytes) -> bool:
    """Whether `data` is JSON saved as UTF-16 (Windows Notepad's "Unicode"): its byte-order mark, then text that opens
    as JSON does. (Other bytes after such a mark are a binary file's, not text.)"""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    try:
        return data.decode("utf-16").lstrip().startswith(("{", "["))
    except UnicodeDecodeError:
        return False


def scenario_from_json(text: str | bytes, known_figures: Mapping[str, Any] | None = None) -> Scenario:
    """Parse scenario JSON text (or bytes), rejecting NaN/Infinity and malformed input."""
    if isinstance(text, bytes):
        data = text
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            if saved_as_utf16(data):
                raise ScenarioError("The file is saved as UTF-16 text; save it as UTF-8 to use it as a wxdesk "
                                    "scenario.") from None
            raise ScenarioError("The file is not UTF-8 text, so it cannot be a wxdesk scenario.") from None
    if not text.strip():
        raise ScenarioError("The file is empty.")
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_float=json_float, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as exc:
        # (In plain words, as a table's lines say it: "extra data" of a file the summary was appended to.)
        raise ScenarioError(f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                            f"{json_said(exc)}).") from None
    except RecursionError:
        raise ScenarioError("The file nests too deeply to be a wxdesk scenario.") from None
    except ScenarioError:
        raise
    except ValueError:  # Python refuses to read integers of thousands of digits
        raise ScenarioError("The file holds a number too long to be part of a wxdesk scenario.") from None
    repeated = repeated_key(data)
    if repeated is not None:
        where, key = repeated
        # The field it names: the key, or the field that holds the object giving it (overrides).
        raise ScenarioError(_repeated_sentence(repeated, "The file"), key if not where else
                            where.split(".")[0].split("[")[0])
    return scenario_from_dict(data, known_figures)


def with_override(scenario: Scenario, figure_id: str, low: float, likely: float, high: float) -> Scenario:
    overrides = {**scenario.overrides, figure_id: {"low": low, "likely": likely, "high": high}}
    return replace(scenario, overrides=overrides)


def without_override(scenario: Scenario, figure_id: str | None = None) -> Scenario:
    """Drop one override, or all of them when no figure is named."""
    if figure_id is None:
        return replace(scenario, overrides={})
    return replace(scenario, overrides={k: v for k, v in scenario.overrides.items() if k != figure_id})
