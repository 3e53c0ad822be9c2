"""The hostile-input suite: files, command lines and folders an attacker or an unlucky user could hand wxdesk."""

from __future__ import annotations

import shutil

import pytest
from hostile import TALLY

from wxdesk.engine.packs import SET_ASIDE_NAME, remove_imported_pack, user_pack_path


@pytest.fixture
def no_imported_pack():
    """No imported data pack before or after a test, nor one set aside: a test that imports or plants one leaves
    the next test the bundled pack."""
    remove_imported_pack()
    yield
    remove_imported_pack()
    aside = user_pack_path().with_name(SET_ASIDE_NAME)
    if aside.is_dir() and not aside.is_symlink():
        shutil.rmtree(aside)
    else:
        aside.unlink(missing_ok=True)


def pytest_terminal_summary(terminalreporter):
    if TALLY["tried"]:
        terminalreporter.write_line(f"hostile inputs: {TALLY['tried']} tried, {TALLY['handled']} handled "
                                    "(one sentence and exit 2, or a correct answer; work and inputs kept)")
