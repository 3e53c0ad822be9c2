"""The samples of a start's data pack, kept in the user's cache folder for the next start.

Drawing them needs NumPy's random module, which takes longer to load (some 15 ms) than
the drawing itself; reading them back needs neither. They are used only for exactly the
same key (seed, count and every figure's range, sampling.pack_key) drawn by the same
NumPy version, whose generators may change their streams between versions; the numbers
are stored as written, so they are the very numbers drawn. Any trouble reading or
writing the file is silent: the samples are then drawn as before.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping

import numpy as np

from wxdesk.engine.draws import columns
from wxdesk.engine.parse_cache import cache_folder, write_quietly

CACHE_NAME = "samples.bin"
# 2: the ranges as their float64 bytes, not written out (writing 264 floats took longer than reading the samples).
# 3: each figure's average before its draws (draws.py).
CACHE_FORMAT = 3
Key = tuple[int, int, tuple[tuple[str, float, float, float], ...]]


def _header(key: Key) -> bytes:
    """What the file starts with for `key`: two keys give the same header only if they are equal.

    The figures' ids as JSON text (exact, and unambiguous whatever they hold), then every range's
    low, likely and high as float64 bytes (exact, -0.0 told from 0.0 as repr tells them).
    """
    seed, count, ranges = key
    ids = json.dumps([figure[0] for figure in ranges], ensure_ascii=True)
    values = np.array([value for figure in ranges for value in figure[1:]], dtype=np.float64)
    text = f"wxdesk-samples {CACHE_FORMAT} {np.__version__} {sys.byteorder} {seed!r} {count!r} {len(ranges)}\n{ids}\n"
    return text.encode("ascii") + values.tobytes() + b"\n"


def recall(key: Key, order: list[str]) -> dict[str, np.ndarray] | None:
    """The samples stored for `key`, one read-only array per figure in `order`; None if not stored."""
    ids = [figure[0] for figure in key[2]]
    count = columns(key[1])
    try:
        stored = (cache_folder() / CACHE_NAME).read_bytes()
    except OSError:
        return None
    header = _header(key)
    if not stored.startswith(header) or len(stored) - len(header) != len(ids) * count * 8:
        return None
    block = np.frombuffer(stored, dtype=np.float64, offset=len(header)).reshape(len(ids), count)
    rows = dict(zip(ids, block, strict=True))
    if sorted(order) != sorted(rows):
        return None
    return {fid: rows[fid] for fid in order}


def remember(key: Key, samples: Mapping[str, np.ndarray]) -> None:
    """Store `samples` for `key`."""
    ids = [figure[0] for figure in key[2]]
    if sorted(ids) != sorted(samples) or any(samples[fid].shape != (columns(key[1]),) for fid in ids):
        return
    block = np.stack([np.asarray(samples[fid], dtype=np.float64) for fid in ids])
    write_quietly(cache_folder() / CACHE_NAME, _header(key) + block.tobytes())
