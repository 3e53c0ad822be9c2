"""Plan names in the engine's own English, for the plain-text comparison (wxdesk compare).

The summary of one answer, in the reader's language and the window's words, is
wxdesk.words.summary; the engine cannot use the words layer, so this short name stays here.
"""

from __future__ import annotations

from wxdesk.engine.reasons import TERMS_EN


def plan_name(presences: tuple[str, ...]) -> str:
    if not presences:
        return "No WeChat presence and no app"  # as wxdesk.words.Words.plan says it
    names = [TERMS_EN[p] for p in presences]
    return " + ".join(n[0].upper() + n[1:] for n in names)
