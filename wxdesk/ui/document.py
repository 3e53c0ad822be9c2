"""The open scenario: one source of truth that views edit and observe.

Views call `update(field=value)`; the document validates through the engine's
Scenario, re-evaluates, and emits `changed(evaluation)` so every view redraws
from the same Evaluation. No view holds business state of its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from wxdesk.engine import DataPack, Evaluation, Scenario, evaluate, load_datapack


class ScenarioDocument(QObject):
    changed = Signal(object)  # Evaluation

    def __init__(self, scenario: Scenario | None = None, pack: DataPack | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._pack = pack or load_datapack()
        self._scenario = scenario or Scenario()
        self._evaluation = evaluate(self._scenario, self._pack)

    @property
    def pack(self) -> DataPack:
        return self._pack

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def evaluation(self) -> Evaluation:
        return self._evaluation

    def set_scenario(self, scenario: Scenario) -> None:
        if scenario == self._scenario:
            return
        self._scenario = scenario
        self._evaluation = evaluate(scenario, self._pack)
        self.changed.emit(self._evaluation)

    def update(self, **fields: Any) -> None:
        """Change some scenario fields (validated like a file; raises ScenarioError)."""
        self.set_scenario(self._scenario.with_changes(**fields))
