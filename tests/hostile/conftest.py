"""The hostile-input suite: files, command lines and folders an attacker or an unlucky user could hand wxdesk."""

from __future__ import annotations

from hostile import TALLY


def pytest_terminal_summary(terminalreporter):
    if TALLY["tried"]:
        terminalreporter.write_line(f"hostile inputs: {TALLY['tried']} tried, {TALLY['handled']} handled "
                                    "(one sentence and exit 2, or a correct answer; work and inputs kept)")
