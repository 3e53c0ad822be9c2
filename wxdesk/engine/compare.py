"""Two to four scenarios side by side: which inputs differ and what that changes.

Used by the Compare window and by `wxdesk compare`; pure Python, never Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wxdesk.engine.datapack import ACCOUNT_IDS, DataPack
from wxdesk.engine.evaluate import Evaluation, evaluate
from wxdesk.engine.money import format_count, format_money
from wxdesk.engine.reasons import TERMS_EN
from wxdesk.engine.scenario import FIELD_NAMES, Scenario, ScenarioError

MIN_SCENARIOS, MAX_SCENARIOS = 2, 4
OPTIONS = ("native_app", "mini_program")
OPTION_NAMES = {"native_app": "Native app", "mini_program": "Mini Program"}

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
class AccountRow:
    account: str
    fits: tuple[float, ...]
    eligible: tuple[bool, ...]

    @property
    def differs(self) -> bool:
        # Fits are shown rounded; a difference below half a point is not one a reader can see.
        rounded = [round(f) for f in self.fits]
        return len(set(rounded)) > 1 or len(set(self.eligible)) > 1


@dataclass(frozen=True)
class Comparison:
    labels: tuple[str, ...]
    evaluations: tuple[Evaluation, ...]
    fields: tuple[FieldRow, ...]
    accounts: tuple[AccountRow, ...]

    @property
    def scenarios(self) -> tuple[Scenario, ...]:
        return tuple(e.scenario for e in self.evaluations)

    @property
    def differing_fields(self) -> tuple[str, ...]:
        return tuple(row.field for row in self.fields if row.differs)

    @property
    def best_setups(self) -> tuple[tuple[str, ...], ...]:
        return tuple(e.best_setup for e in self.evaluations)

    @property
    def winners(self) -> tuple[str, ...]:
        return tuple(e.app_vs_mini_program.winner for e in self.evaluations)

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenarios": [
                {"label": label, "name": e.scenario.name, "best_setup": list(e.best_setup),
                 "accounts": {a.id: {"fit": round(a.fit), "eligible": a.eligible} for a in e.accounts},
                 "app_vs_mini_program": _avm_dict(e)}
                for label, e in zip(self.labels, self.evaluations)
            ],
            "differing_fields": [
                {"field": row.field, "values": [_json_value(v) for v in row.values]}
                for row in self.fields if row.differs
            ],
            "differing_accounts": [row.account for row in self.accounts if row.differs],
            "same_best_setup": len(set(self.best_setups)) == 1,
            "same_winner": len(set(self.winners)) == 1,
        }


def _avm_dict(e: Evaluation) -> dict[str, Any]:
    avm = e.app_vs_mini_program
    return {
        "winner": avm.winner,
        **{option: {"fit": round(avm.option(option).fit),
                    "cost_cny": avm.option(option).total.to_dict(),
                    "cost_per_user_reached_cny": round(avm.option(option).cost_per_user, 2)}
           for option in OPTIONS},
        "probability_mini_program_cheaper": round(avm.probability_mp_cheaper, 3),
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
    account_rows = tuple(
        AccountRow(acct, tuple(e.account(acct).fit for e in evaluations),
                   tuple(e.account(acct).eligible for e in evaluations))
        for acct in ACCOUNT_IDS)
    return Comparison(labels, evaluations, field_rows, account_rows)


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
    if name == "china_share":
        return f"{value:.0%}"
    if name in ("goals", "needs"):
        return ", ".join(value) if value else "none"
    if name == "overrides":
        return ", ".join(value) if value else "none"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def comparison_text(comparison: Comparison) -> str:
    """A table for the terminal: differing inputs, account fits, best setup, app or Mini Program."""
    cols = comparison.labels
    setups = [" + ".join(TERMS_EN[a] for a in setup) for setup in comparison.best_setups]
    width = max(12, min(36, max(len(c) for c in [*cols, *setups])))
    head_width = 26

    def line(head: str, cells: Sequence[str], mark: str = " ") -> str:
        cells = [c if len(c) <= width else c[: width - 1] + "…" for c in cells]
        return f"{mark}{head:<{head_width}}" + "".join(f" {c:<{width}}" for c in cells).rstrip()

    out = [line("", cols), ""]
    differing = [row for row in comparison.fields if row.differs]
    out.append("Inputs that differ:" if differing else "The inputs are the same.")
    for row in differing:
        out.append(line(FIELD_LABELS[row.field], [_plain(row.field, v) for v in row.values], "*"))
    out += ["", "Fit out of 100 (* differs, - not eligible):"]
    for row in comparison.accounts:
        cells = [f"{fit:.0f}" + ("" if ok else " -") for fit, ok in zip(row.fits, row.eligible)]
        out.append(line(TERMS_EN[row.account], cells, "*" if row.differs else " "))
    out.append("")
    out.append(line("Best setup", setups, " " if len(set(setups)) == 1 else "*"))
    out += ["", "Native app or Mini Program (likely cost over the horizon):"]
    for option in OPTIONS:
        name = OPTION_NAMES[option]
        cells = [format_money(e.app_vs_mini_program.option(option).total.likely) for e in comparison.evaluations]
        out.append(line(name, cells))
    winners = [OPTION_NAMES[w] for w in comparison.winners]
    out.append(line("Recommended", winners, " " if len(set(winners)) == 1 else "*"))
    chances = [f"{e.app_vs_mini_program.probability_mp_cheaper:.0%}" for e in comparison.evaluations]
    out.append(line("Chance MP is cheaper", chances))
    return "\n".join(out)
