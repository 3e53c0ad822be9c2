"""Cost stores let go of free their arrays at once (memory after slider drags).

Each step of a share slider (users won through ads, on WeChat in China) makes a new cost store of
some megabytes. A store let go of was in a reference cycle with what it kept, so only Python's full
cyclic collection freed it, which a window seldom runs: dragging both share sliders took the window
from 110 MB to 0.5 GB, and a batch of distinct scenarios to 770 MB.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import weakref

import wxdesk.engine.costs as costs
from wxdesk.engine import evaluate, load_datapack, load_preset

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)


def test_stores_let_go_of_are_freed_without_the_cyclic_collector():
    costs.clear_cost_cache()
    gc.collect()
    stores = []
    enabled = gc.isenabled()
    gc.disable()
    try:
        for step in range(20):  # a drag of the ads slider, one step at a time
            scenario = dataclasses.replace(load_preset("car_brand"), paid_share=step / 20)
            evaluate(scenario, PACK, TODAY)
            # (Each store made: car_brand's Mini Program may be a rented template, so its evaluation also makes the
            # books either side of the template's largest audience.)
            seen = {id(ref()) for ref in stores if ref() is not None}
            stores += [weakref.ref(store) for store in costs._stores.values() if id(store) not in seen]
        alive = sum(ref() is not None for ref in stores)
    finally:
        if enabled:
            gc.enable()
    assert len(costs._stores) <= costs._STORE_LIMIT < 20
    # Those kept, and none beyond them: the rest were freed as they were let go of.
    assert alive == len(costs._stores)


def test_a_book_whose_store_was_let_go_of_still_gives_its_costs():
    costs.clear_cost_cache()
    first = dataclasses.replace(load_preset("car_brand"), paid_share=0.0)
    book = costs.CostBook(first, PACK)
    members = ("subscription", "mini_program")
    before = book.plan(members).total(first.audience).copy()
    for step in range(1, costs._STORE_LIMIT + 2):
        evaluate(dataclasses.replace(first, paid_share=step / 20), PACK, TODAY)
    assert all(store is not book._store for store in costs._stores.values())  # let go of, and emptied
    # The book makes again what it asks for, and the same.
    assert (book.plan(members).total(first.audience) == before).all()
    assert (costs.CostBook(first, PACK).plan(members).total(first.audience) == before).all()


def test_a_sensitivity_sweep_leaves_the_evaluation_s_parts_and_samples_kept_and_its_own_emptied():
    """The sweep's seventy-odd held packs are ranked on parts of their own: the stores kept and the
    samples drawn for the scenario's own pack stay (a slider move between the sweep's slices finds
    them), and each held pack's parts are emptied at once, not left for the cyclic collector."""
    from wxdesk.engine import sampling
    from wxdesk.engine.sensitivity import sensitivity

    scenario = load_preset("car_brand")
    costs.clear_cost_cache()
    evaluate(scenario, PACK, TODAY)
    kept = list(costs._stores.values())
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        found = sensitivity(scenario, PACK)
        stores = [obj for obj in gc.get_objects() if isinstance(obj, costs._Store)]
    finally:
        if enabled:
            gc.enable()
    # The same stores, none let go of and none added (in any order: the sweep asks again for the books either side of
    # car_brand's template limit, which moves them to the end of the stores kept longest).
    assert sorted(map(id, costs._stores.values())) == sorted(map(id, kept))
    assert sampling.pack_key(PACK) in sampling._cache
    # The held packs' own stores, emptied, are freed at once; any still about holds nothing.
    others = [store for store in stores if not any(store is k for k in kept)]
    assert all(not memo for store in others for memo in vars(store).values())
    assert len(sampling._held) <= sampling._HELD_LIMIT
    # The same sensitivity as with nothing kept before it.
    costs.clear_cost_cache()
    assert repr(sensitivity(scenario, PACK)) == repr(found)
