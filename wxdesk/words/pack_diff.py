"""`wxdesk diff-pack`'s report as text in the reader's language: whose answer a new data pack changes, and why.

The report itself (wxdesk.batch.diffpack) holds ids and numbers; this writes it for a person. Its own words were
English whatever --lang asked ("was: 企业微信 + 原生应用; app or Mini Program: native_app").
"""

from __future__ import annotations

from typing import Any

from wxdesk.words.numbers import grouped
from wxdesk.words.words import Words


def diff_text(report: dict[str, Any], w: Words) -> str:
    # Counts grouped as every count wxdesk writes ("101 of 1,100 scenarios", as the progress lines above it say).
    summary = report["summary"]
    count, changed, scenarios = len(report["differences"]), summary["changed"], summary["scenarios"]
    differences = (w.translate("DiffPack", "1 difference") if count == 1
                   else w.translate("DiffPack", "%1 differences").replace("%1", grouped(count)))
    changes = (w.translate("DiffPack", "%1 of %2 scenario changes its answer") if scenarios == 1
               else w.translate("DiffPack", "%1 of %2 scenarios change their answer"))
    heading = (w.translate("DiffPack", "Data pack %1 → %2: %3; %4.")
               .replace("%1", report["old_pack"]["released"]).replace("%2", report["new_pack"]["released"])
               .replace("%3", differences).replace("%4", changes.replace("%1", grouped(changed))
                                                    .replace("%2", grouped(scenarios))))
    lines = [heading]
    for entry in report["changed"]:
        if entry.get("error"):
            lines.append(f"! {entry['error']}")
            continue
        lines.append(f"- {entry['name']} ({entry['source']})")
        lines.append("    " + w.translate("DiffPack", "was: %1").replace("%1", _answer_text(entry["old"], w)))
        lines.append("    " + w.translate("DiffPack", "now: %1").replace("%1", _answer_text(entry["new"], w)))
        if entry["moved_by"]:
            for mover in entry["moved_by"]:
                lines.append("    " + w.translate("DiffPack", "moved by %1").replace("%1", _mover_text(mover, w)))
        else:
            lines.append("    " + w.translate("DiffPack",
                                              "no single difference moves it alone; the differences act together"))
    return "\n".join(lines)


def _answer_text(answer: dict[str, Any], w: Words) -> str:
    plan = " + ".join(w.presence(p) for p in answer["plan"]) or "—"
    choice = answer.get("app_or_mini_program")
    choices = {"mini_program": w.presence("mini_program"), "native_app": w.presence("native_app"),
               "both": w.translate("DiffPack", "both"), "neither": w.translate("DiffPack", "neither")}
    return (w.translate("DiffPack", "%1; app or Mini Program: %2").replace("%1", plan)
            .replace("%2", choices.get(choice, choice) if choice else "—"))


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() and abs(value) < 1e15 else f"{value:,.6g}"


def _mover_text(mover: dict[str, Any], w: Words) -> str:
    if "table" in mover:
        return w.translate("DiffPack", "the table '%1'").replace("%1", mover["table"])
    old, new = mover["old"], mover["new"]
    if old is None:
        return w.translate("DiffPack", "%1 (added)").replace("%1", mover["figure"])
    if new is None:
        return w.translate("DiffPack", "%1 (removed)").replace("%1", mover["figure"])
    # A figure without a range (low, likely and high alike, both sides) is said as one value: "likely 20,000 → 1,000
    # (range 20,000–20,000 → 1,000–1,000)" read as a range that was not there. The pack's "likely" is the range's most
    # common value, and is called so, as the handout's appendix and the Assumptions dock call it: the likely costs take
    # each figure's average.
    fixed = all(side["low"] == side["likely"] == side["high"] for side in (old, new))
    text = (w.translate("DiffPack", "%1 (%2): %3 → %4") if fixed else
            w.translate("DiffPack", "%1 (%2): most common %3 → %4 (range %5–%6 → %7–%8)"))
    for key, value in enumerate((old["likely"], new["likely"], old["low"], old["high"], new["low"], new["high"]), 3):
        text = text.replace(f"%{key}", _number(value))
    # (The figure's label last: a label may hold a "%" of its own.)
    return text.replace("%1", mover["figure"]).replace("%2", mover["label"])
