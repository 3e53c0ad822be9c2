"""wxdesk: decide how a business should reach Chinese customers on WeChat.

For notebooks (nothing here imports Qt, and nothing loads until it is used):

    from wxdesk import evaluate, load_scenario, evaluate_many
    evaluate(load_scenario("shop.json")).to_dict()
    pandas.DataFrame(evaluate_many("leads.csv", flat=True))   # pandas is optional

See docs/command-line.md ("Python") for the row and column contract.
"""

from __future__ import annotations

# `typing` is not imported at run time: `import wxdesk` stays instant (mypy reads the name as true).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "evaluate", "evaluate_many", "load_scenario"]

# Lazy: `import wxdesk` stays instant (the command line reads only __version__ from here).
_API = {"evaluate": "wxdesk.batch.api", "load_scenario": "wxdesk.batch.api", "evaluate_many": "wxdesk.batch"}


def __getattr__(name: str) -> Any:
    if name in _API:
        import importlib
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'wxdesk' has no attribute {name!r}")
