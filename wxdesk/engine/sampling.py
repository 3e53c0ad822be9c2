"""Seeded sampling of the data pack's low/likely/high ranges.

Each figure draws from its own stream, seeded by the pack seed and the figure's id,
so that overriding one figure never shifts the draws of another, and the same
scenario always gives the same numbers.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import replace

import numpy as np

from wxdesk.engine import sample_cache
from wxdesk.engine.datapack import DataPack, Figure
from wxdesk.engine.draws import AVERAGE_COLUMN, FIRST_DRAW, columns

_cache: dict[tuple[int, int, tuple[tuple[str, float, float, float], ...]], Mapping[str, np.ndarray]] = {}
_CACHE_LIMIT = 64
# The samples of packs with one figure held (hold_figure), apart: a sensitivity sweep holds seventy-odd,
# which in `_cache` pushed out the samples of the pack every evaluation uses (the first in, the first
# out), drawn again at the window's next slider move. The most recent only.
_held: OrderedDict[tuple[int, int, tuple[tuple[str, float, float, float], ...]], Mapping[str, np.ndarray]] = \
    OrderedDict()
_HELD_LIMIT = 16
# The first pack a process samples (the start's) is looked up in, and kept in, the user's cache.
_stored = {"tried": False}


def _uniforms(seed: int, figure_id: str, count: int) -> np.ndarray:
    stream = np.random.default_rng([seed, zlib.crc32(figure_id.encode())])
    return stream.random(count)


def triangular_quantile(u: np.ndarray, low: float, likely: float, high: float) -> np.ndarray:
    """Inverse CDF of the triangular distribution: a monotone map from u in [0, 1)."""
    if high == low:
        return np.full_like(u, low)
    cut = (likely - low) / (high - low)
    left = low + np.sqrt(u * (high - low) * (likely - low))
    right = high - np.sqrt((1 - u) * (high - low) * (high - likely))
    return np.where(u < cut, left, right)


def pack_key(pack: DataPack) -> tuple[int, int, tuple[tuple[str, float, float, float], ...]]:
    """What the samples depend on: the seed, their count and every figure's range."""
    return (pack.seed, pack.samples, pack.ranges_key)


def figure_samples(pack: DataPack) -> Mapping[str, np.ndarray]:
    """One array of samples per figure, cached by the figures' values."""
    key = pack_key(pack)
    cached = _cache.get(key)
    if cached is None:
        cached = _held.get(key)
    if cached is None:
        first = not _stored["tried"]
        _stored["tried"] = True
        # A start reads its samples back instead of drawing them: NumPy's random module then
        # never loads before the window's first paint (sample_cache.py).
        cached = sample_cache.recall(key, list(pack.figures)) if first else None
        if cached is None:
            cached = {fid: _sample(pack.seed, pack.samples, fig) for fid, fig in pack.figures.items()}
            if first:
                sample_cache.remember(key, cached)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.pop(next(iter(_cache)))
        _cache[key] = cached
    return cached


def _sample(seed: int, count: int, fig: Figure) -> np.ndarray:
    """The figure's average, then `count` draws from its range (draws.py)."""
    samples = np.empty(columns(count))
    samples[AVERAGE_COLUMN] = fig.average
    samples[FIRST_DRAW:] = triangular_quantile(_uniforms(seed, fig.id, count), fig.low, fig.likely, fig.high)
    samples.setflags(write=False)
    return samples


def hold_figure(pack: DataPack, figure_id: str, value: float) -> DataPack:
    """`pack` with one figure held at `value`: every other figure keeps its range and its draws.

    Where `pack`'s samples are at hand, the held pack's are made from them (the held
    figure's become `value` throughout, exactly what drawing them would give), instead of
    drawing all the others again: the sensitivity sweep holds each figure twice.
    """
    held = replace(pack, figures={**pack.figures, figure_id: pack.figures[figure_id].with_values(value, value, value)})
    drawn = _cache.get(pack_key(pack))
    key = pack_key(held)
    if drawn is not None and key not in _cache and key not in _held:
        samples = np.full(columns(pack.samples), float(value))
        samples.setflags(write=False)
        _held[key] = {**drawn, figure_id: samples}
        if len(_held) > _HELD_LIMIT:
            _held.popitem(last=False)
    return held
