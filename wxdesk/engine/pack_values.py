"""One value of a data pack, named by a key: what a changelog entry says a change moved.

A key names one value the engine reasons from:

    figures.<id>                            a figure: a number, or {low, likely, high}
    payments.<presence, "individuals" or "overseas_shop">    true or false
    eligibility.<presence>                  the kinds of business that may register it
    affinity.<presence>.<goal>              0–100
    capability.<need>.<presence>            0–100
    session_fit.<presence>.<short|long>     0–100
    scale_fit.<presence>.<small|large>      0–100

The changelog reads a key's value from the pack file's own tables (to check that the
newest `after` is the pack's value), and `with_values` puts older values back into a
loaded pack, so that the engine can answer a scenario as an older pack would have.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from wxdesk.engine.datapack import ACCOUNT_IDS, ENTITIES, GOALS, PAYMENT_KEYS, PRESENCES, TECH_NEEDS, DataPack
from wxdesk.engine.figure_limits import figure_problem

# A figure as (low, likely, high); a flag; a list of kinds of business; a score 0–100.
Value = tuple[float, float, float] | bool | tuple[str, ...] | float

# The score tables: each key's two ids, rows then columns, as the pack file nests them.
_SCORE_TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "affinity": (PRESENCES, GOALS),
    "capability": (TECH_NEEDS, PRESENCES),
    "session_fit": (PRESENCES, ("short", "long")),
    "scale_fit": (PRESENCES, ("small", "large")),
}
KINDS = ("figures", "payments", "eligibility", *_SCORE_TABLES)


class PackKeyError(ValueError):
    """A key or a value that names nothing the engine reasons from (a clause for a message)."""


def key_parts(key: str, figures: Mapping[str, Any]) -> tuple[str, ...]:
    """The key split into its kind and ids, each checked against the pack's names."""
    parts = tuple(key.split("."))
    kind = parts[0]
    if kind not in KINDS:
        raise PackKeyError(f"key '{key}' must start with one of {', '.join(KINDS)}")
    if kind == "figures":
        ids: tuple[tuple[str, ...], ...] = (tuple(figures),)
    elif kind == "payments":
        ids = (PAYMENT_KEYS,)
    elif kind == "eligibility":
        ids = (ACCOUNT_IDS,)
    else:
        ids = _SCORE_TABLES[kind]
    if len(parts) != 1 + len(ids) or any(part not in allowed for part, allowed in zip(parts[1:], ids)):
        raise PackKeyError(f"key '{key}' names nothing in the pack")
    return parts


def parse_value(key: str, raw: Any, raw_figures: Mapping[str, Any]) -> Value:
    """A `before` or `after` value from the pack file, checked as the loader checks the pack's own."""
    parts = key_parts(key, raw_figures)
    kind = parts[0]
    if kind == "figures":
        return _figure(parts[1], raw, raw_figures[parts[1]])
    if kind == "payments":
        if not isinstance(raw, bool):
            raise PackKeyError(f"'{key}' takes true or false")
        return raw
    if kind == "eligibility":
        if not isinstance(raw, list) or any(e not in ENTITIES for e in raw):
            raise PackKeyError(f"'{key}' takes a list of some of {', '.join(ENTITIES)}")
        # In one order, so that the same kinds of business compare equal however listed.
        return tuple(e for e in ENTITIES if e in raw)
    if not _number(raw) or not 0 <= raw <= 100:
        raise PackKeyError(f"'{key}' takes a number from 0 to 100")
    return float(raw)


def _number(raw: Any) -> bool:
    return isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw == raw and abs(raw) != float("inf")


def _figure(fid: str, raw: Any, body: Any) -> tuple[float, float, float]:
    if isinstance(raw, dict):
        if set(raw) != {"low", "likely", "high"} or not all(_number(v) for v in raw.values()):
            raise PackKeyError(f"'figures.{fid}' takes a number or {{ low, likely, high }}")
        values = (float(raw["low"]), float(raw["likely"]), float(raw["high"]))
    elif _number(raw):
        values = (float(raw),) * 3
    else:
        raise PackKeyError(f"'figures.{fid}' takes a number or {{ low, likely, high }}")
    unit, group = (body.get("unit", ""), body.get("group", "")) if isinstance(body, dict) else ("", "")
    problem = figure_problem(fid, str(unit), str(group), *values)
    if problem:
        raise PackKeyError(f"'figures.{fid}' {problem}")
    return values


def file_value(data: Mapping[str, Any], key: str) -> Value:
    """The key's value as the pack file (its parsed TOML) holds it now."""
    raw_figures = data.get("figures", {})
    parts = key_parts(key, raw_figures)
    kind = parts[0]
    try:
        if kind == "figures":
            body = raw_figures[parts[1]]
            raw = body["value"] if "value" in body else {k: body[k] for k in ("low", "likely", "high")}
        elif kind == "eligibility":
            raw = data["eligibility"][parts[1]]["entities"]
        else:
            raw = data[kind]
            for part in parts[1:]:
                raw = raw[part]
    except (KeyError, TypeError):
        raise PackKeyError(f"key '{key}' names nothing in the pack") from None
    return parse_value(key, raw, raw_figures)


def pack_value(pack: DataPack, key: str) -> Value:
    """The key's value in a loaded pack."""
    parts = key_parts(key, pack.figures)
    kind = parts[0]
    if kind == "figures":
        fig = pack.figures[parts[1]]
        return (fig.low, fig.likely, fig.high)
    if kind == "payments":
        return pack.payments[parts[1]]
    if kind == "eligibility":
        return tuple(pack.eligibility[parts[1]])
    table: Mapping[str, Mapping[str, float]] = getattr(pack, kind)
    return table[parts[1]][parts[2]]


def with_values(pack: DataPack, values: Mapping[str, Value]) -> DataPack:
    """The pack with these keys set to these values (every other value as it was)."""
    if not values:
        return pack
    figures = dict(pack.figures)
    payments = dict(pack.payments)
    eligibility = dict(pack.eligibility)
    tables = {kind: {row: dict(cols) for row, cols in getattr(pack, kind).items()} for kind in _SCORE_TABLES}
    for key, value in values.items():
        parts = key_parts(key, pack.figures)
        kind = parts[0]
        if kind == "figures":
            assert isinstance(value, tuple) and len(value) == 3
            low, likely, high = (float(v) for v in value)
            figures[parts[1]] = figures[parts[1]].with_values(low, likely, high)
        elif kind == "payments":
            assert isinstance(value, bool)
            payments[parts[1]] = value
        elif kind == "eligibility":
            assert isinstance(value, tuple)
            eligibility[parts[1]] = tuple(str(v) for v in value)
        else:
            assert isinstance(value, (int, float)) and not isinstance(value, bool)
            tables[kind][parts[1]][parts[2]] = float(value)
    return replace(pack, figures=figures, payments=payments, eligibility=eligibility, affinity=tables["affinity"],
                   capability=tables["capability"], session_fit=tables["session_fit"], scale_fit=tables["scale_fit"])
