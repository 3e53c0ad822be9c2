"""A data-pack figure's source as a client is told it, in the reader's language: the handout's appendix
and the window's assumptions name each source alike.

A client sees where a figure comes from, not how wxdesk was calibrated: wxdesk's own estimates are called
that, and working notes kept in the pack (calibration references, explanations in brackets) stay in the pack.
In Chinese a Chinese document or a description is named in Chinese (source_names).
"""

from __future__ import annotations

import re

from wxdesk.engine.datapack import Figure, Rule
from wxdesk.words import Words
from wxdesk.words.source_names import chinese_source_names
from wxdesk.words.spacing import needs_space

# Parts of a source that are working notes, not a source a client could look up.
_INTERNAL = re.compile(r"calibration|§|seed article|pigcms|wxdesk|not found|basis|assum", re.IGNORECASE)
# A figure wxdesk sets itself ("wxdesk model assumption; basis: …"), whatever public basis it names.
_OWN = re.compile(r"wxdesk\b[^;:]*\bassumption", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]")
# Where the pack found a publisher's figure: "Tencent quarterly results, via stockcounterparts and reportify".
# The reprint or thread is how the figure was reached (its address stays in the pack), the publisher its source.
# A reprint's host after the publisher: "X, via Y", "X, reposted by Y", "X, quoted in Y", "X, the same text on Y".
_VIA = re.compile(r",?\s+(?:via|reposted by|quoted in|the same text on)\s.*$")


def source_text(figure: Figure | Rule, w: Words) -> str:
    """The sources a client could look up, without working notes; wxdesk's own estimates say so.
    A figure the pack found reprinted ("X, via Y") is named by its publisher X, not the reprint.
    In Chinese, a Chinese document or a description is named in Chinese (see source_names)."""
    parts = []
    for part in re.split(r";\s*", figure.source):
        while _BRACKETS.search(part):
            part = _BRACKETS.sub(_closed_up, part)
        part = re.split(r"\s*[(（]", part)[0].strip(" .,")  # a remark cut short by the ";" split
        part = part.split(")")[0].strip(" .,") if "(" not in part else part
        part = part.split(": ")[0]  # "WeChat Channels help: followers see new videos…" names the help page
        part = _VIA.sub("", part)  # "QuestMobile Mini Program report, October 2024, via glaucomaclinical.com"
        if _is_remark(part):
            continue
        if part and not _INTERNAL.search(part) and not part.lower().startswith(("derived", "basis", "official fee")):
            parts.append(part)
    if not parts:
        return w.translate("Report", "wxdesk estimate")
    if w.chinese:
        names = chinese_source_names()
        shown = "；".join(names.name(part) for part in parts[:3])
    else:
        shown = "; ".join(parts[:3])
    if _OWN.match(figure.source):
        # wxdesk's own figure with a public basis: the name of the basis alone would read as its source.
        return w.translate("Report", "wxdesk estimate, based on %1").replace("%1", shown)
    return shown


def _closed_up(bracket: re.Match[str]) -> str:
    """What a bracket leaves behind: nothing, or a space where Chinese now meets Latin
    ("WeChat 公众号（原订阅号）docs" reads "WeChat 公众号 docs")."""
    text, start, end = bracket.string, bracket.start(), bracket.end()
    if start > 0 and end < len(text) and needs_space(text[start - 1], text[end]):
        return " "
    return ""


# Words a working note starts with; a source's name starts with a publisher, site or author. Not "official" nor
# "agency": "official community post 公众平台群发规则" is a source, and the software copyright certificate's
# sources ("official registration fee …", "agency service …") were dropped with them, its row in the handout's
# appendix read "wxdesk estimate".
_NOTE_STARTS = {"the", "a", "an", "in", "in-house", "editable", "average", "scores", "tiers", "rate", "see",
                "there", "total", "global", "life",
                "followers", "apps", "businesses",
                # (Remarks in the rules' sources, which the panels' key facts cite: "paths 95945, 97021, 98723",
                # "hard limits derived from these docs", "no ICP filing …", "articles and videos are read …".)
                "paths", "hard", "no", "articles"}


_QUANTITY = re.compile(r"\d[\d.,]*\s*(?:MB|KB|GB|%|days?|weeks?)\b")


def _is_remark(part: str) -> bool:
    """A note in running words ("editable in Preferences"), not a source's name ("juejin 2025")."""
    words = part.split()
    # (A part starting with a quantity is a figure quoted: "30 MB package, 10 MB storage, …".)
    return bool(words) and (words[0].lower() in _NOTE_STARTS or bool(_QUANTITY.match(part)))
