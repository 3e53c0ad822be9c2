"""The decision engine: pure Python and numpy, never Qt.

scenario (inputs) → evaluate() → Evaluation (fits, costs, reasons) → views.

`evaluate` loads the evaluator, and NumPy with it, when first asked for: the window paints
its first frame from an answer kept from an earlier start (answer_cache), before NumPy has
loaded, and everything else named here imports no NumPy.
"""

from typing import TYPE_CHECKING, Any

from wxdesk.engine.datapack import DataPack, DataPackError, load_datapack
from wxdesk.engine.files import read_scenario_file
from wxdesk.engine.presets import load_preset, preset_ids
from wxdesk.engine.results import Evaluation
from wxdesk.engine.scenario import Scenario, ScenarioError, scenario_from_dict, scenario_from_json

if TYPE_CHECKING:
    from wxdesk.engine.evaluator import evaluate

__all__ = [
    "DataPack", "DataPackError", "Evaluation", "Scenario", "ScenarioError", "evaluate",
    "load_datapack", "load_preset", "preset_ids", "read_scenario_file", "scenario_from_dict",
    "scenario_from_json",
]


def __getattr__(name: str) -> Any:
    if name == "evaluate":
        from wxdesk.engine.evaluator import evaluate
        return evaluate
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
