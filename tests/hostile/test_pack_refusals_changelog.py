"""A data pack whose changelog is broken is refused at import, with the kind of its problem.

The loader (wxdesk.engine.datapack) does not read a pack's [[changelog]]; wxdesk.engine.changelog does, when
a scenario saved with an older pack is opened or `wxdesk changes` runs. A pack whose changelog does not read
was once imported without a word, and its refusal, when it came, carried no kind (the window said it in
general terms). Each test writes a real bad pack: the command line says the engine's sentence naming the
entry, and the window gets the entry's kind (PACK_BAD_ENTRY, with the changelog entry and the name meant).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hostile import BUNDLED_PACK, RELEASED, assert_one_sentence, hostile_input, run_cli, write

from wxdesk import errors
from wxdesk.engine import DataPackError, load_datapack
from wxdesk.engine import packs
from wxdesk.engine.changelog import load_changelog
from wxdesk.engine.packs import SET_ASIDE_NAME, import_pack, user_pack_path
from wxdesk.errors import FileProblem
from wxdesk.words.file_problems import file_problem_text
from wxdesk.words.words import Words

B = BUNDLED_PACK
FIRST = B.index("\n[[changelog]]\n")
# How many [[changelog]] entries the pack has: one added at the end is the next.
ENTRIES = len(re.findall(r"(?m)^\[\[changelog\]\]$", B))


def _in_changelog(old: str, new: str) -> str:
    """The pack with the first `old` of its changelog replaced."""
    at = B.index(old, FIRST)
    return B[:at] + new + B[at + len(old):]


def _in_payments(key: str, value: str) -> str:
    start = B.index("\n[payments]\n")
    end = B.index("\n[", start + 1)
    table = re.sub(rf"(?m)^{key} = .*$", f"{key} = {value}", B[start:end], count=1)
    return B[:start] + table + B[end:]


# A change at the end that moves WeCom's payments from false again, which the change of 2026-11-30 left true.
AGAIN = (f'\n[[changelog]]\ndate = "{RELEASED}"\nwhat = "w"\nwhat_zh = "w"\nwhy = "y"\nwhy_zh = "y"\n'
         'rules = ["payments"]\n\n[[changelog.values]]\nkey = "payments.wecom"\nbefore = false\nafter = true\n')

# (case, the pack's text, the changelog entry named, the name meant, the end of the command line's sentence)
BROKEN = [
    ("what-empty", _in_changelog('what = "First release', 'what = "" #'),
     "changelog[0]", "", "'what' must be a non-empty text."),
    ("date-unreadable", _in_changelog('date = "2026-11-24"', 'date = "soon"'),
     "changelog[0]", "", "'date' must be a date such as 2026-11-30."),
    ("goal-misspelt", _in_changelog('goals = ["sell"]', 'goals = ["sel"]'),
     "changelog[1]", "sell", "'goals' names unknown 'sel' (did you mean 'sell'?)."),
    ("key-names-nothing", _in_changelog('key = "payments.wecom"', 'key = "payments.nothere"'),
     "changelog[1]", "", "key 'payments.nothere' names nothing in the pack."),
    ("history-does-not-join", B.rstrip("\n") + "\n" + AGAIN,
     f"changelog[{ENTRIES}]", "", "'payments.wecom' is said to change from false, but an earlier change left it "
                                  "at true."),
    ("newest-is-not-the-packs", _in_payments("wecom", "false"),
     "payments.wecom", "", "the pack holds false, but the newest change to it in the changelog (changelog[1], of "
                           "2026-11-30) leaves it at true; a changed value needs a [[changelog]] entry that records "
                           "it, with its value before and after."),
    ("not-a-list", "changelog = 5\n" + B[:FIRST + 1],
     "changelog", "", "must be a list of [[changelog]] entries."),
]
IDS = [case[0] for case in BROKEN]


# No imported pack before or after each test, nor one set aside (conftest.py).
pytestmark = pytest.mark.usefixtures("no_imported_pack")


@pytest.mark.parametrize("case, text, entry, near, said", BROKEN, ids=IDS)
def test_a_pack_with_a_broken_changelog_is_refused_naming_its_entry(tmp_path, case, text, entry, near, said):
    from wxdesk.ui import pack_import
    assert text != B
    path = write(tmp_path / "bad.toml", text)
    load_datapack(path)  # the loader takes it: the changelog is read apart
    with hostile_input():
        code, out, err = run_cli("changes", "--pack", str(path))
        assert_one_sentence(code, err, "bad.toml", said)
        assert out == ""
    with hostile_input():
        with pytest.raises(DataPackError) as refused:
            import_pack(path)
        assert not user_pack_path().exists()
    assert str(refused.value).startswith(f"Data pack {path}") and str(refused.value).endswith(said), str(refused.value)
    assert refused.value.problem == FileProblem(errors.PACK_BAD_ENTRY, str(path), entry, near)
    # The window: the entry, in plain words, not a refusal in general terms (errors.PACK_INVALID).
    problem = pack_import.pack_problem(path, refused.value)
    assert problem == refused.value.problem
    if near:
        assert file_problem_text(problem, Words()) == (
            f"“bad.toml” cannot be used: its entry “{entry}” holds a name wxdesk does not know. Did you mean "
            f"“{near}”? Correct it, and import the file again.")
    else:
        assert file_problem_text(problem, Words()) == (
            f"“bad.toml” cannot be used: its entry “{entry}” is incomplete or holds a value wxdesk does not "
            "accept. Correct it and import the file again, or ask whoever sent the pack for a corrected one.")


@pytest.mark.parametrize("case, text, entry, near, said", BROKEN, ids=IDS)
def test_an_imported_pack_with_a_broken_changelog_is_set_aside(case, text, entry, near, said):
    """Imported before the changelog was checked: the next command uses the bundled pack and says so, once."""
    target = user_pack_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    with hostile_input():
        code, out, err = run_cli("evaluate", "--preset", "yoga_teacher", "--json")
        assert code == 0, err
        assert f'"data_pack": "{RELEASED}"' in out
        assert err.count("\n") == 1 and err.startswith("wxdesk: warning:") and "came with it" in err, err
        assert said in err and "Traceback" not in err, err
        code, out, err = run_cli("evaluate", "--preset", "yoga_teacher", "--json")
        assert code == 0 and err == "", err
        assert target.with_name(SET_ASIDE_NAME).exists()


def test_a_copy_whose_changelog_breaks_names_the_users_file(tmp_path, monkeypatch):
    """The file changed while it was copied: the copy's changelog is refused in the name of the user's file."""
    good = write(tmp_path / "good.toml", B)
    broken = _in_changelog('goals = ["sell"]', 'goals = ["sel"]').encode()
    monkeypatch.setattr(packs, "read_bounded", lambda *args: broken)
    with pytest.raises(DataPackError) as refused:
        import_pack(good)
    assert refused.value.problem == FileProblem(errors.PACK_BAD_ENTRY, str(good), "changelog[1]", "sell")
    assert not user_pack_path().exists()


def test_a_changelog_not_read_at_all_says_why(tmp_path):
    """The changelog is read from the file again: gone, a folder or not TOML since the pack was loaded."""
    gone, folder, damaged = tmp_path / "gone.toml", tmp_path / "folder.toml", write(tmp_path / "bad.toml", "x = [")
    folder.mkdir()
    for path, kind in ((gone, errors.MISSING), (folder, errors.FOLDER), (damaged, errors.PACK_DAMAGED)):
        with pytest.raises(DataPackError) as refused:
            load_changelog(Path(path))
        assert refused.value.problem == FileProblem(kind, str(path)), path
        assert str(refused.value).startswith(f"Data pack {path} cannot be read for its changelog: ")
