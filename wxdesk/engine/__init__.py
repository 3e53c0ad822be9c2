"""The decision engine: pure Python and numpy, never Qt.

scenario (inputs) → evaluate() → Evaluation (fits, costs, reasons) → views.
"""

from wxdesk.engine.datapack import DataPack, DataPackError, load_datapack
from wxdesk.engine.evaluate import Evaluation, evaluate
from wxdesk.engine.files import read_scenario_file
from wxdesk.engine.presets import load_preset, preset_ids
from wxdesk.engine.scenario import Scenario, ScenarioError, scenario_from_dict, scenario_from_json

__all__ = [
    "DataPack", "DataPackError", "Evaluation", "Scenario", "ScenarioError", "evaluate",
    "load_datapack", "load_preset", "preset_ids", "read_scenario_file", "scenario_from_dict",
    "scenario_from_json",
]
