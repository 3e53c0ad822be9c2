"""Python's cyclic garbage collector paused while the window starts, then kept off what start-up made.

While the window starts, Python allocates some 300,000 objects it keeps (modules, classes,
Qt's enums, widgets, the evaluation) and collects its youngest generation about a hundred
times, each time looking again at everything recently made: some 15 ms of CPU before the
first paint and 20–30 more before the chart is drawn, for the few cycles start-up leaves
behind. So the collector is paused from the start to the chart drawn (`pause`, `resume`).

On resuming, what exists then is frozen (gc.freeze: left out of every later collection)
rather than collected: with the collector off, all of it sits in the youngest generation,
and the first collection after would walk all of it (some 30 ms) at whatever moment the
user moves a slider. Frozen, every later collection is also shorter, since it no longer
walks what start-up made. The cost: the cycles start-up left behind are kept (some
0.3 MB resident); they are small and made once.
"""

from __future__ import annotations

import gc

_state = {"paused": False}


def pause() -> None:
    """Pause the collector, unless something else already turned it off."""
    if gc.isenabled():
        gc.disable()
        _state["paused"] = True


def resume() -> None:
    """Freeze what exists now and let the collector run again (once; only if `pause` paused it)."""
    if _state["paused"]:
        _state["paused"] = False
        gc.freeze()
        gc.enable()


def is_paused() -> bool:
    return _state["paused"]
