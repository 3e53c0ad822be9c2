"""Two to four scenarios side by side: which inputs differ and what that changes.

Used by the Compare window and by `wxdesk compare`; pure Python, never Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wxdesk.engine.datapack import PRESENCES, DataPack
from wxdesk.engine.evaluate import Evaluation, evaluate
from wxdesk.engine.money import format_count, format_money
from wxdesk.engine.reasons import TERMS_EN
from wxdesk.engine.scenario import FIELD_NAMES, Scenario, ScenarioError
from wxdesk.engine.summary import plan_name

MIN_SCENARIOS, MAX_SCENARIOS = 2, 4

# English names of the inputs; the window translates them in the "fields" context.
FIELD_LABELS = {
    "name": "Name",
    "budget_cny": "First-year budget",
    "interaction_minutes": "Session length (minutes)",
    "audience": "Monthly users",
    "china_share": "Share on WeChat in China",
    "pushes_per_month": "Messages a month",
    "goals": "Goals",
    "needs": "Special needs",
    "horizon_years": "Horizon (years)",
    "entity": "Registered as",
    "paid_share": "Share of users bought through ads",
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
        return any(v != self.values[0] for v in self.values[1:])


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenarios": [
                {"label": label, "name": e.scenario.name, "inputs": e.scenario.to_dict(),
                 "plan": e.plan.to_dict(lambda r: r.text),
                 "presences": [{"id": p.id, "fit": round(p.fit), "eligible": p.eligible, "in_plan": p.in_plan}
                               for p in e.presences],
                 "app_or_mini_program": e.app_or_mini_program.choice}
                for label, e in zip(self.labels, self.evaluations)
            ],
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
    """Evaluate 2–4 scenarios and line up their inputs and results."""
    if not MIN_SCENARIOS <= len(scenarios) <= MAX_SCENARIOS:
        raise ScenarioError(f"Compare needs {MIN_SCENARIOS} to {MAX_SCENARIOS} scenarios, not {len(scenarios)}.")
    labels = tuple(labels) if labels is not None else unique_labels([s.name for s in scenarios])
    if len(labels) != len(scenarios):
        raise ValueError("one label per scenario")
    evaluations = tuple(evaluate(s, pack) for s in scenarios)
    field_rows = tuple(
        FieldRow(name, tuple(_field_value(s, name) for s in scenarios)) for name in FIELD_NAMES)
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


def unique_labels(names: Sequence[str], fallbacks: Sequence[str] | None = None) -> tuple[str, ...]:
    """Column headings: the scenario names, told apart where two are the same."""
    labels = []
    for i, name in enumerate(names):
        label = name.strip() or (fallbacks[i] if fallbacks else f"Scenario {i + 1}")
        if [n.strip() for n in names].count(name.strip()) > 1:
            label = f"{label} ({fallbacks[i]})" if fallbacks and fallbacks[i] != label else f"{label} ({i + 1})"
        labels.append(label)
    return tuple(labels)


# ------------------------------------------------------------------ plain text for the command line

def _plain(name: str, value: Any) -> str:
    if name == "budget_cny":
        return format_money(value)
    if name == "audience":
        return format_count(value)
    if name in ("china_share", "paid_share"):
        return f"{value:.0%}"
    if name in ("goals", "needs"):
        return ", ".join(value) if value else "none"
    if name == "overrides":
        return ", ".join(value) if value else "none"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def comparison_text(comparison: Comparison) -> str:
    """A table for the terminal: differing inputs, each scenario's plan, its cost and the fits."""
    cols = comparison.labels
    plans = [plan_name(plan) for plan in comparison.plans]
    width = max(12, min(36, max(len(c) for c in [*cols, *plans])))
    head_width = 26

    def line(head: str, cells: Sequence[str], mark: str = " ") -> str:
        cells = [c if len(c) <= width else c[: width - 1] + "…" for c in cells]
        return f"{mark}{head:<{head_width}}" + "".join(f" {c:<{width}}" for c in cells).rstrip()

    def differs(cells: Sequence[str]) -> str:
        return " " if len(set(cells)) == 1 else "*"

    out = [line("", cols), ""]
    differing = [row for row in comparison.fields if row.differs]
    out.append("Inputs that differ:" if differing else "The inputs are the same.")
    for row in differing:
        out.append(line(FIELD_LABELS[row.field], [_plain(row.field, v) for v in row.values], "*"))
    out += ["", "The plan (* differs):"]
    out.append(line("Plan", plans, differs(plans)))
    scores = [f"{e.plan.score:.0f}" for e in comparison.evaluations]
    out.append(line("Plan score", scores, differs(scores)))
    costs = [format_money(e.plan.total.likely) for e in comparison.evaluations]
    out.append(line("Likely cost, whole horizon", costs, differs(costs)))
    first = [format_money(e.plan.first_year.likely) for e in comparison.evaluations]
    out.append(line("Likely cost, first year", first, differs(first)))
    out += ["", "Each presence alone, fit out of 100 (+ in the plan, - not eligible):"]
    for presence in comparison.presences:
        cells = [f"{fit:.0f}" + (" +" if inside else "") + ("" if ok else " -")
                 for fit, ok, inside in zip(presence.fits, presence.eligible, presence.in_plan, strict=True)]
        name = TERMS_EN[presence.presence]
        out.append(line(name[0].upper() + name[1:], cells, "*" if presence.differs else " "))
    return "\n".join(out)
