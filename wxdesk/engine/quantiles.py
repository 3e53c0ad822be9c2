"""Percentiles of sampled costs, as numpy computes them, bit for bit.

`np.percentile` selects with `np.partition` at two or more places at once, which on this
engine's arrays (a thousand draws a row) is several times slower than sorting the rows
outright: numpy's sort is vectorised (SIMD). These give the same numbers bit for bit
(numpy's default "linear" method; a test checks them against numpy over generated arrays):
sorting and selecting agree on every order statistic, and the interpolation below is
numpy's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np


def percentiles(qs: Sequence[float], *blocks: np.ndarray) -> np.ndarray:
    """Percentiles of each row of (rows, samples) arrays, one block after another, (len(qs), rows).

    The same as `np.percentile(rows, qs, axis=1)` with its default linear method.
    """
    return percentiles_in_place(qs, np.concatenate(blocks))


def percentiles_in_place(qs: Sequence[float], rows: np.ndarray) -> np.ndarray:
    """percentiles(qs, rows), sorting `rows` itself (for an array made for the purpose: no copy of it)."""
    ordered = rows
    ordered.sort(axis=1)
    below, above, gamma, rest, upper = _interpolation(tuple(qs), ordered.shape[1])
    a, b = ordered[:, below].T, ordered[:, above].T
    # numpy's _lerp: from below for a fraction under a half, from above otherwise.
    diff = b - a
    result: np.ndarray = np.where(upper, b - diff * rest, a + diff * gamma)
    return result


@lru_cache(maxsize=16)  # the pack's percentiles at its sample count: one entry in practice
def _interpolation(qs: tuple[float, ...], n: int) -> tuple[np.ndarray, ...]:
    """Where numpy's linear method reads each percentile of `n` sorted samples: the places below and above
    it, the fraction between them (`gamma`), 1 - gamma, and whether it interpolates from above
    (gamma >= 0.5), each (len(qs), 1) but the places. The same for every call with the same `qs` and
    `n`, so found once rather than in a dozen small array operations for every set of bands."""
    # numpy's virtual index for the linear method, and its neighbours (the last value at the top).
    virtual = (n - 1) * (np.asarray(qs, dtype=float) / 100)
    previous = np.floor(virtual)
    following = previous + 1
    top = virtual >= n - 1
    previous[top], following[top] = -1, -1
    previous[virtual < 0], following[virtual < 0] = 0, 0
    gamma = (virtual - previous)[:, None]
    found = (previous.astype(np.intp), following.astype(np.intp), gamma, 1 - gamma, gamma >= 0.5)
    for array in found:
        array.setflags(write=False)  # shared by every call
    return found
