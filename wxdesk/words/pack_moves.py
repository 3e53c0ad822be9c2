"""How a scenario's answer moved since an older data pack, in words (wxdesk.engine.pack_history).

"With the data pack of 3 December 2026 rather than 24 November 2026: the plan changed
from Mini Program + WeCom to WeCom; the likely cost over 3 years fell from ¥196k to
¥34.3k." and, beside each change, "For this scenario: WeCom's fit rose from 46 to 63; without
it the plan would be Mini Program + WeCom; …".
The window and the command line say it alike. A cost whose two amounts read the same
once rounded for people says by how much it moved ("rose by ¥104, to ¥4.21M"), never
"from ¥4.2M to ¥4.2M".
"""

from __future__ import annotations

from collections.abc import Sequence

from wxdesk.engine.changelog import ID_FIELDS, Change, newest_first
from wxdesk.engine.pack_history import AnswerMoved, FitMove, Movement, NewPresence
from wxdesk.words.words import Words


def _fit(move: FitMove, w: Words) -> str:
    # Each sentence spelled out in its own call, so that the catalogue's update finds both.
    template = (w.translate("PackMoves", "{presence}'s fit rose from {before} to {after}") if move.rose
                else w.translate("PackMoves", "{presence}'s fit fell from {before} to {after}"))
    return template.format(presence=w.presence(move.presence), before=move.before, after=move.after)


def _new(new: NewPresence, w: Words) -> str:
    template = (w.translate("PackMoves", "{presence} is new, with a fit of {fit}, and joins the plan")
                if new.in_plan else
                w.translate("PackMoves", "{presence} is new, with a fit of {fit}, and stays out of the plan"))
    return template.format(presence=w.presence(new.presence), fit=new.fit)


def _cost(movement: Movement, w: Words) -> str | None:
    """The cost clause, or None when the cost did not move by as much as an amount shows."""
    rose = movement.cost_after > movement.cost_before
    by = w.money(abs(movement.cost_after - movement.cost_before))
    if by == w.money(0):
        return None
    span = (w.translate("PackMoves", "over one year") if movement.horizon_years == 1
            else w.translate("PackMoves", "over {years} years").format(years=movement.horizon_years))
    before, after = w.money(movement.cost_before), w.money(movement.cost_after)
    if before != after:
        template = (w.translate("PackMoves", "the likely cost {span} rose from {before} to {after}") if rose
                    else w.translate("PackMoves", "the likely cost {span} fell from {before} to {after}"))
    else:  # a move smaller than the rounding of the amounts: say by how much
        template = (w.translate("PackMoves", "the likely cost {span} rose by {by}, to {after}") if rose
                    else w.translate("PackMoves", "the likely cost {span} fell by {by}, to {after}"))
    return template.format(span=span, before=before, after=after, by=by)


def _plan(movement: Movement, w: Words, *, alone: bool = False) -> str:
    """`alone`: a change's own part, found with that change alone undone. Its plan before need not be the older
    pack's plan (other changes moved it too), so it is said as what the plan would be without the change, never
    as a second "changed from" beside the overall sentence's."""
    if movement.plan_changed and alone:
        return w.translate("PackMoves", "without it the plan would be {before}").format(
            before=w.plan(movement.plan_before))
    if movement.plan_changed:
        return w.translate("PackMoves", "the plan changed from {before} to {after}").format(
            before=w.plan(movement.plan_before), after=w.plan(movement.plan_after))
    return w.translate("PackMoves", "the plan stays {plan}").format(plan=w.plan(movement.plan_after))


def _clauses(clauses: list[str], w: Words) -> str:
    return ("；" if w.chinese else "; ").join(clauses)


def movement_clauses(movement: Movement, w: Words, *, name_the_plan: bool) -> list[str]:
    """What moved, one clause each: new presences, fits, the plan, the cost.

    `name_the_plan`: say the plan even when it stays (the overall sentence does; a
    change's own sentence says the plan only when that change moved it, as the plan
    it would be without the change).
    """
    clauses = [_new(new, w) for new in movement.added]
    clauses += [_fit(move, w) for move in movement.fits]
    if movement.plan_changed or name_the_plan:
        clauses.append(_plan(movement, w, alone=not name_the_plan))
    cost = _cost(movement, w)
    if cost is not None:
        clauses.append(cost)
    return clauses


def overall_text(moved: AnswerMoved, w: Words, told: Sequence[Change] = ()) -> str:
    """"With the data pack of … rather than …: the plan stays …; the likely cost … rose from … to …."., and where
    some of the changes `told` beside it record no older figure to put back (a rule of wxdesk's own, a text), that
    they are not counted: bank_care saved with the pack of 6 December read "the plan stays WeCom + Native app" and
    nothing more, above a change of that day's rules that took ¥200k off its cost."""
    # (Each spelled out with its literal, so that lupdate finds both.)
    template = (w.translate("PackMoves", "With the data pack of {now} rather than {then}: {moves}.")
                if moved.since_released else
                w.translate("PackMoves", "With the data pack of {now} rather than the one in use on {then}: {moves}."))
    text = template.format(
        now=w.pack_date(moved.released), then=w.pack_date(moved.since),
        moves=_clauses(movement_clauses(moved.overall, w, name_the_plan=True), w))
    left_out = sum(not change.comparable for change in told)
    if left_out:
        note = (w.translate("PackMoves", "Not counted here: one of the changes below, to wxdesk's rules or texts "
                                         "rather than a figure, whose older form cannot be put back to compare.")
                if left_out == 1 else
                w.translate("PackMoves", "Not counted here: {count} of the changes below, to wxdesk's rules or "
                                         "texts rather than a figure, whose older form cannot be put back to "
                                         "compare.").format(count=left_out))
        text += ("" if w.chinese else " ") + note
    return text


def effect_text(movement: Movement, w: Words) -> str:
    """One change's part: "For this scenario: WeCom's fit rose from 46 to 63."."""
    clauses = movement_clauses(movement, w, name_the_plan=False)
    if not clauses:
        return w.translate("PackMoves", "For this scenario: no fit, plan or cost moved.")
    return w.translate("PackMoves", "For this scenario: {moves}.").format(moves=_clauses(clauses, w))


def change_text(change: Change, w: Words) -> str:
    """"WeCom can take payments… Why it matters: …" in the reader's language."""
    what, why = (change.what_zh, change.why_zh) if w.chinese else (change.what, change.why)
    return w.translate("PackChanges", "%1 Why it matters: %2").replace("%1", what).replace("%2", why)


def changelog_text(changes: Sequence[Change], w: Words) -> str:
    """The changelog as `wxdesk changes` prints it, newest first, in the reader's language: each change's what
    and why, and the ids it concerns (the pack's own names, as an analyst greps for them)."""
    if not changes:
        return w.translate("PackChanges", "No changes.")
    # (A name for each of the changelog's ids: a new kind of id is a KeyError here, never left unsaid.)
    names = {"figures": w.translate("PackChanges", "figures"), "rules": w.translate("PackChanges", "rules"),
             "presences": w.translate("PackChanges", "presences"), "goals": w.translate("PackChanges", "goals"),
             "needs": w.translate("PackChanges", "needs"), "entities": w.translate("PackChanges", "kinds of business")}
    blocks = []
    for change in newest_first(changes):  # (as the JSON lists them)
        head = change.date if not change.effective else w.translate("PackChanges", "%1  (effective %2)").replace(
            "%1", change.date).replace("%2", change.effective)
        lines = [head, "  " + change_text(change, w)]
        concerns = [w.translate("PackChanges", "%1: %2").replace("%1", names[key]).replace(
            "%2", ", ".join(getattr(change, key))) for key in ID_FIELDS if getattr(change, key)]
        if change.everyone:
            concerns.insert(0, w.translate("PackChanges", "every scenario"))
        if concerns:
            lines.append("  " + w.translate("PackChanges", "Concerns: %1").replace(
                "%1", ("；" if w.chinese else "; ").join(concerns)))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def changes_text(moved: AnswerMoved, changes: Sequence[Change], w: Words) -> str:
    """How the answer moved, then the changes that touch the scenario under the date of their pack,
    newest first, each with its own part (the command line's `wxdesk changes FILE`)."""
    blocks = [overall_text(moved, w, changes)]
    for day in sorted({c.day for c in changes}, reverse=True):
        released = [c for c in changes if c.day == day]
        lines = [w.pack_date(released[0].date)]
        for change in released:
            lines.append("  • " + change_text(change, w))
            effect = moved.effect(change)
            if effect is not None:
                lines.append("    → " + effect_text(effect, w))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def saved_with_newer_pack(saved: str, released: str, w: Words) -> str:
    """`wxdesk changes FILE` of a file saved with a newer data pack than the one in use: "No changes." alone read as
    if the file's figures were this pack's."""
    return w.translate("PackChanges", "No changes: this file was saved with the data pack of {saved}, newer than the "
                                      "one in use ({released}).").format(saved=w.pack_date(saved),
                                                                        released=w.pack_date(released))
