"""The handout's appendix: every figure, grouped, with a source a client could look up."""

from __future__ import annotations

import re

from wxdesk.engine import load_datapack
from wxdesk.report.assumptions import groups, source_text
from wxdesk.words import Words


def test_every_figure_appears_once_in_a_named_group():
    pack = load_datapack()
    found = [row[0] for group in groups(pack, Words.make("en", "CNY", pack)) for row in group.rows]
    assert sorted(found) == sorted(f.label for f in pack.figures.values())
    assert len(groups(pack, Words.make("en", "CNY", pack))) >= 6


def test_sources_carry_no_working_notes():
    pack = load_datapack()
    words = Words.make("en", "CNY", pack)
    for figure in pack.figures.values():
        text = source_text(figure, words)
        assert text, figure.id
        assert not re.search(r"calibration|§|pigcms|assum|basis", text, re.IGNORECASE), (figure.id, text)
        assert "(" not in text or ")" in text, (figure.id, text)
    # Named sources stay: the client can look them up.
    assert "QuestMobile October 2024 Mini Program report" in source_text(pack.figures["mp_session_min"], words)
    assert source_text(pack.figures["weight_goal"], words) == "wxdesk estimate"
