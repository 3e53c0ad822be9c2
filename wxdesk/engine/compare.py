"""Two to four scenarios side by side: which inputs differ and what that changes.

Used by the Compare window and by `wxdesk compare` (whose text is words/comparison.py);
pure Python, never Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from wxdesk.engine.datapack import PRESENCES, DataPack
from wxdesk.engine.evaluator import Evaluation, evaluate
from wxdesk.engine.reasons import Reason
from wxdesk.engine.scenario import FIELD_NAMES, Scenario, ScenarioError

MIN_SCENARIOS, MAX_SCENARIOS = 2, 4

# English names of the inputs; the window and `wxdesk compare` translate them in the "fields" context.
FIELD_LABELS = {
    "name": "Name",
    "budget_cny": "First-year budget",
    "interaction_minutes": "Session length (minutes)",
    "audience": "Monthly users",
    "china_share": "On WeChat in mainland China",
    "pushes_per_month": "Messages a month",
    "goals": "Goals",
    "needs": "Special needs",
    "horizon_years": "Horizon (years)",
    "entity": "Registered as",
    "paid_share": "Users won through ads",
    "live_by": "Must be live by",
    "saved_with_pack": "Saved with the data pack of",
    "client": "Client",
    "notes": "Notes",
    "overrides": "Changed data-pack figures",
}


@dataclass(frozen=True)
class FieldRow:
    field: str
    values: tuple[Any, ...]

    @property
    def differs(self) -> bool:
        return any(not _same(v, self.values[0]) for v in self.values[1:])


# Numbers this close are one input: 0.1 × 3 × 1e6 and 300000 were marked as two budgets, written "¥300,000.0000000000"
# and "¥300,000.0000000001" (a script's arithmetic, not a client's choice). The noise of such arithmetic is a few units
# in the last place of the number (SAME_ULPS), and near 0 below SAME_NEAR_ZERO (0.1 + 0.2 - 0.3 is 5.6e-17). A tolerance
# that grew with the value (one part in a billion) made budgets of ¥1,000,000,000,000 and ¥999,999,999,001, and
# audiences of 2,000,000,000 and 1,999,999,998, "the same".
SAME_ULPS = 4
SAME_NEAR_ZERO = 1e-12


def _same(a: Any, b: Any) -> bool:
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (a, b))
    if not numbers:
        return bool(a == b)
    if a == b:
        return True
    if not (math.isfinite(a) and math.isfinite(b)):
        return False
    apart = abs(float(a) - float(b))
    return apart <= SAME_NEAR_ZERO or apart <= SAME_ULPS * math.ulp(max(abs(float(a)), abs(float(b))))


@dataclass(frozen=True)
class PresenceRow:
    presence: str
    fits: tuple[float, ...]
    eligible: tuple[bool, ...]
    in_plan: tuple[bool, ...]

    @property
    def differs(self) -> bool:
        # Fits are shown rounded; a difference below half a point is not one a reader can see.
        rounded = [round(f) for f in self.fits]
        return len(set(rounded)) > 1 or len(set(self.eligible)) > 1 or len(set(self.in_plan)) > 1


@dataclass(frozen=True)
class Comparison:
    labels: tuple[str, ...]
    evaluations: tuple[Evaluation, ...]
    fields: tuple[FieldRow, ...]
    presences: tuple[PresenceRow, ...]

    @property
    def scenarios(self) -> tuple[Scenario, ...]:
        return tuple(e.scenario for e in self.evaluations)

    @property
    def differing_fields(self) -> tuple[str, ...]:
        return tuple(row.field for row in self.fields if row.differs)

    @property
    def plans(self) -> tuple[tuple[str, ...], ...]:
        return tuple(e.plan.presences for e in self.evaluations)

    def to_dict(self, render: Callable[[Reason], str] | None = None) -> dict[str, Any]:
        """The comparison as `compare --json` writes it; texts in English unless `render` says.

        Each scenario is its column's label and name beside exactly what `evaluate --json` gives for it
        (Evaluation.to_dict: inputs, plan, presences, alternatives, app_or_mini_program, budget, warnings,
        data_pack), so that one reader reads both and a score reads the same in each."""
        return {
            "scenarios": [{"label": label, "name": e.scenario.name, **e.to_dict(render)}
                          for label, e in zip(self.labels, self.evaluations)],
            "differing_fields": [
                {"field": row.field, "values": [_json_value(v) for v in row.values]}
                for row in self.fields if row.differs
            ],
            "differing_presences": [row.presence for row in self.presences if row.differs],
            "same_plan": len(set(self.plans)) == 1,
        }


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dict):
        return {k: dict(v) for k, v in value.items()}
    return value


def compare(scenarios: Sequence[Scenario], pack: DataPack, labels: Sequence[str] | None = None) -> Comparison:
    """Evaluate 2–4 scenarios and line up their inputs and results.

    An input differs wherever its values do, in any currency: as read to three figures, budgets of 1,059,600 and
    1,059,700 were "the same" beside two different plans (the tables write such values apart:
    words.inputs_apart)."""
    if not MIN_SCENARIOS <= len(scenarios) <= MAX_SCENARIOS:
        raise ScenarioError(f"Compare needs {MIN_SCENARIOS} to {MAX_SCENARIOS} scenarios, not {len(scenarios)}.")
    labels = tuple(labels) if labels is not None else unique_labels([s.name for s in scenarios])
    if len(labels) != len(scenarios):
        raise ValueError("one label per scenario")
    evaluations = tuple(evaluate(s, pack) for s in scenarios)
    field_rows = tuple(FieldRow(name, tuple(_field_value(s, name) for s in scenarios)) for name in FIELD_NAMES)
    presence_rows = tuple(
        PresenceRow(pid, tuple(e.presence(pid).fit for e in evaluations),
                    tuple(e.presence(pid).eligible for e in evaluations),
                    tuple(e.presence(pid).in_plan for e in evaluations))
        for pid in PRESENCES)
    return Comparison(labels, evaluations, field_rows, presence_rows)


def _field_value(scenario: Scenario, name: str) -> Any:
    value = getattr(scenario, name)
    if name == "overrides":
        return {k: dict(v) for k, v in sorted(value.items())}
    return value


def unique_labels(names: Sequence[str], fallbacks: Sequence[str] | None = None,
                  brackets: tuple[str, str] = (" (", ")")) -> tuple[str, ...]:
    """Column headings: the scenario names, told apart where two are the same.

    `fallbacks`: each column's name where its scenario has none, and what tells two of one name apart, in words a
    client reads ("This window", "Example", a file's name: the window's Compare headed one column
    "… (bank_care)" beside "… (1)"); columns alike in both are numbered within it ("Example 1", "Example 2").
    `brackets`: what encloses it ("（", "）" in Chinese)."""
    opening, closing = brackets
    names = [name.strip() for name in names]
    labels = [name or (fallbacks[i] if fallbacks else f"Scenario {i + 1}") for i, name in enumerate(names)]
    tags = [(fallbacks[i] if fallbacks and fallbacks[i] != labels[i] else "") for i in range(len(names))]
    told = []
    for i, (label, tag) in enumerate(zip(labels, tags)):
        if labels.count(label) > 1:
            alike = [j for j in range(len(labels)) if (labels[j], tags[j]) == (label, tag)]
            number = str(alike.index(i) + 1) if len(alike) > 1 else ""
            label = f"{label}{opening}{' '.join(part for part in (tag, number) if part)}{closing}"
        told.append(label)
    return tuple(told)
