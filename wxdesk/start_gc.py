"""Python's cyclic garbage collector paused while the window starts, then kept off what start-up made.

While the window starts, Python makes some 50,000 objects the collector tracks (modules,
classes, Qt's enums, widgets, the evaluation), nearly all kept for the whole session, and
collects 92 times before the first paint (84 times its youngest generation, 8 times the
middle one), each time walking again what was just made: some 15 ms of CPU before the first paint and more
before the chart is drawn, to find a few hundred objects in cycles. So the collector is
paused from the start to the chart drawn (`pause`, `resume`).

On resuming, what exists then is frozen (gc.freeze: left out of every later collection)
rather than collected: with the collector off, all of it sits in the youngest generation,
and the first collection after would walk all of it (some 15 ms) at whatever moment the
user moves a slider. Frozen, every later full collection is shorter by as much, since it no
longer walks what start-up made. The cost: the few hundred objects start-up left in cycles
(some 370, a few tens of kB) are kept.
"""

from __future__ import annotations

import gc

_state = {"paused": False}


def pause() -> None:
    """Pause the collector, unless something else already turned it off."""
    if gc.isenabled():
        gc.disable()
        _state["paused"] = True


def resume(freeze: bool = True) -> None:
    """Let the collector run again (once; only if `pause` paused it), what exists now frozen first.

    `freeze=False` where the window never started (an error, or the command line's own tests): the
    process is ending, or it is not a window's, and what it holds is nothing a start made to keep.
    """
    if _state["paused"]:
        _state["paused"] = False
        if freeze:
            gc.freeze()
        gc.enable()


def is_paused() -> bool:
    return _state["paused"]
