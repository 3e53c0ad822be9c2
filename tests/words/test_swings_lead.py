"""The sensitivity table's first line says the plan's lead as the answer does: a lead that reads 0.0 is a hair's.

A noodle bar's table read "It leads its first alternative by 0.0 points", a tie to any reader, where `evaluate` calls
the next best plan "a hair below the plan's 77.6" (a close call): the two scores read alike once rounded.
"""

from __future__ import annotations

import pytest

from wxdesk.batch.language import words
from wxdesk.words.swings import base_lines


@pytest.mark.parametrize(("lead", "digits", "said"), [
    (0.04, 1, "It leads its first alternative by a hair, under 0.1 points: the two scores read alike."),
    (0.0, 0, "It leads its first alternative by a hair, under 1 point: the two scores read alike."),
    (0.2, 1, "It leads its first alternative by 0.2 points."),
    (3.0, 0, "It leads its first alternative by 3 points."),
    (None, 1, "It is the only plan considered."),
])
def test_the_lead_reads_as_the_answer_writes_the_two_scores(lead, digits, said):
    first = base_lines(("service", "mini_program"), 161_000.0, lead, 3, words("en"), digits)[0]
    assert first.endswith(said), first


def test_a_hairs_lead_in_chinese():
    first = base_lines(("service", "mini_program"), 161_000.0, 0.04, 3, words("zh_CN"), 1)[0]
    assert "仅以不到 0.1 分的微弱优势领先备选一" in first and "0.0" not in first, first
