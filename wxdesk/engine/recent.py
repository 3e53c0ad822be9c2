"""Bounded memos: what was made last is kept, and the least recently used entry goes beyond a limit.

The engine keeps several such memos (cost parts at each audience, fit tables at each audience and
session length, packs with a scenario's overrides); each asks here rather than moving and evicting
entries in a copy of its own.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def kept(memo: OrderedDict[Any, Any], key: object, make: Callable[[], T], limit: int) -> T:
    """`memo[key]`, made by `make()` if missing; the least recently used go beyond `limit` entries."""
    if key in memo:
        memo.move_to_end(key)
        found: T = memo[key]
        return found
    value = memo[key] = make()
    if len(memo) > limit:
        memo.popitem(last=False)
    return value
