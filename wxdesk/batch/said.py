"""The notebook API's Evaluation: its to_dict() is the command line's JSON.

The engine's own `Evaluation.to_dict()`, given no renderer, writes its texts unrendered ("up to 20000 monthly
users", "Official Account"), where `wxdesk evaluate --json`, `evaluate_many` and the window say them through the
words layer ("up to 20,000 monthly users", "Official Account (formerly Subscription Account)"): one answer, two
texts. `wxdesk.evaluate` gives a SaidEvaluation, whose to_dict() is evaluation_record, the function the command
line writes its JSON with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from wxdesk.batch.contract import evaluation_record
from wxdesk.engine.reasons import Reason
from wxdesk.engine.results import Evaluation


@dataclass(frozen=True)
class SaidEvaluation(Evaluation):
    """An Evaluation (every field and method of it) whose to_dict() is `wxdesk evaluate --json --lang LANG`."""

    lang: str = "en"
    # The data pack it was made with, whose figures the plan's notes quote (plan_notes); the bundled one where None.
    pack: Any = field(default=None, repr=False, compare=False)

    def to_dict(self, render: Callable[[Reason], str] | None = None) -> dict[str, Any]:
        """The JSON of `wxdesk evaluate --json` in the evaluation's language; with `render`, the engine's own."""
        if render is not None:
            return super().to_dict(render)
        return evaluation_record(self, self.lang, self.pack)


def said_as_the_command_line_says(evaluation: Evaluation, lang: str = "en", pack: Any = None) -> SaidEvaluation:
    """The evaluation as a SaidEvaluation in `lang`, made with `pack`."""
    return SaidEvaluation(**{f.name: getattr(evaluation, f.name) for f in fields(Evaluation) if f.init}, lang=lang,
                          pack=pack)
