"""A refused data pack carries the kind of its problem, set where the engine refuses it.

The command line says the engine's English sentence; the window says the kind (DataPackError.problem, a
wxdesk.errors.FileProblem) in the user's language. Each test writes a real bad pack and checks both: the
kind, the entry and the name meant that the exception carries, and the sentence, word for word as the
command line has always printed it. (The window once worked the kind out again from the English with
regular expressions; a kind set at the wrong raise site, or an entry or suggestion lost, fails here.)
"""

from __future__ import annotations

import os
import pickle
import re
from pathlib import Path

import pytest

from pack_texts import BUNDLED_PACK, RELEASED, dated, with_figure

from wxdesk import errors
from wxdesk.engine import DataPackError, load_datapack
from wxdesk.engine import packs
from wxdesk.engine.datapack import MAX_PACK_BYTES
from wxdesk.engine.packs import import_pack, remove_imported_pack, user_pack_path
from wxdesk.errors import FileProblem

BUNDLED = BUNDLED_PACK


@pytest.fixture(autouse=True)
def _no_imported_pack():
    remove_imported_pack()
    yield
    remove_imported_pack()


def _refusal(path: Path) -> DataPackError:
    """What importing `path` raises; nothing is imported."""
    with pytest.raises(DataPackError) as refused:
        import_pack(path)
    assert not user_pack_path().exists()
    return refused.value


def _write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- the file's text: the loader's kinds


@pytest.mark.parametrize("name, text, message", [
    ("not_toml.toml", "figures = [", "is not valid TOML: "),
    # Cut off half-way, inside a quoted value (where the half fell after a whole line, the file read as valid TOML
    # with a figure short of its fields: another kind, and the test followed the pack's length).
    ("half.toml", BUNDLED[: BUNDLED.index('source = "', len(BUNDLED) // 2) + 12], "is not valid TOML: "),
    ("binary.toml", b"\xff\xfe\x00garbage", "is not UTF-8 text."),
    ("nested.toml", BUNDLED + "\nx = " + "[" * 5000 + "]" * 5000 + "\n",
     "nests tables too deeply to be a data pack."),
    ("long_number.toml", with_figure(BUNDLED, "verification_fee_cny", value="9" * 5000),
     "holds a number too long to be a figure."),
])
def test_a_damaged_pack_is_pack_damaged(tmp_path, name, text, message):
    path = _write(tmp_path / name, text)
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_DAMAGED, str(path))
    assert str(refused).startswith(f"Data pack {path} {message}"), str(refused)


def test_a_misspelt_section_names_itself_and_the_section_meant(tmp_path):
    path = _write(tmp_path / "pack.toml", BUNDLED.replace("[sampling]", "[samplin]"))
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_UNKNOWN_SECTION, str(path), "samplin", "sampling")
    assert str(refused) == (f"Data pack {path}, entry 'samplin': not a section a data pack holds "
                            "(did you mean 'sampling'?).")


def test_a_section_like_none_is_named_without_a_suggestion(tmp_path):
    path = _write(tmp_path / "pack.toml", BUNDLED + "\n[zzzzqqq]\na = 1\n")
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_UNKNOWN_SECTION, str(path), "zzzzqqq", "")
    assert str(refused) == f"Data pack {path}, entry 'zzzzqqq': not a section a data pack holds."


def test_a_section_named_with_control_characters_is_quoted_escaped(tmp_path):
    path = _write(tmp_path / "pack.toml", BUNDLED + '\n["evil\\u001b[31m"]\na = 1\n')
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_UNKNOWN_SECTION, str(path), "evil\\x1b[31m", "")
    assert "\x1b" not in str(refused)


@pytest.mark.parametrize("edit, entry, near, problem", [
    (lambda t: t.replace("likely = 450000", "lickely = 450000", 1),
     "figures.app_build_cny", "likely", "unknown key 'lickely' (did you mean 'likely'?)"),
    (lambda t: t.replace("[affinity.wecom]", "[affinity.wecomm]"),
     "affinity", "wecom", "unknown row 'wecomm' (did you mean 'wecom'?)"),
    (lambda t: t.replace('figure = "verification_fee_cny", entities = ["company"]',
                         'figure = "verification_fee_cny", entity = ["company"]'),
     "accounts.service.facts[1]", "entities", "unknown key 'entity' (did you mean 'entities'?)"),
])
def test_a_misspelt_key_names_its_entry_and_the_name_meant(tmp_path, edit, entry, near, problem):
    text = edit(BUNDLED)
    assert text != BUNDLED, "the edit did not apply"
    path = _write(tmp_path / "pack.toml", text)
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_BAD_ENTRY, str(path), entry, near)
    assert str(refused) == f"Data pack {path}, entry '{entry}': {problem}.", str(refused)


def test_a_key_near_no_known_one_is_named_to_the_window(tmp_path):
    """"[pack.zzzzqqq]" was said in the window as an entry "incomplete or holding a value wxdesk does not accept",
    which sent the reader to the entry's values; it names the key, as the command line does."""
    from wxdesk.report.command import reader_words
    from wxdesk.words.file_problems import file_problem_text

    path = _write(tmp_path / "pack.toml", BUNDLED + "\n[pack.zzzzqqq]\na = 1\n")
    refused = _refusal(path)
    assert str(refused) == f"Data pack {path}, entry 'pack': unknown key 'zzzzqqq'.", str(refused)
    assert refused.problem == FileProblem(errors.PACK_UNKNOWN_NAME, str(path), "pack", "zzzzqqq")
    assert file_problem_text(refused.problem, reader_words("en", "CNY", load_datapack())) == (
        "“pack.toml” cannot be used: its entry “pack” holds “zzzzqqq”, a name wxdesk does not know. Correct or "
        "remove it, and import the file again.")
    said = file_problem_text(refused.problem, reader_words("zh_CN", "CNY", load_datapack()))
    assert "“zzzzqqq”" in said and "无法识别" in said, said


@pytest.mark.parametrize("edit, entry, problem", [
    (lambda t: with_figure(t, "app_build_cny", value="-1"),
     "figures.app_build_cny", "must be from 0 to 10,000,000,000 (CNY), not -1"),
    (lambda t: t.replace('format = "wxdesk-datapack"', 'format = "something-else"'),
     "pack", "'format' must be \"wxdesk-datapack\""),
    (lambda t: re.sub(r"(?m)^samples = .*$", "samples = 0", t, count=1),
     "sampling", "'samples' must be a whole number from 100 to 100000"),
    (lambda t: "[sampling]\nsamples = 1000\n", "pack", "'pack' is missing or is not a table"),
    # A rate that "more than 0" let through made compare, report and share stop on an internal error in dollars.
    (lambda t: with_figure(t, "usd_cny", value="1e-320"),
     "figures.usd_cny", "must be from 0.0001 to 10,000 (CNY/USD), not 9.99989e-321"),
])
def test_a_value_the_pack_may_not_hold_is_a_bad_entry(tmp_path, edit, entry, problem):
    text = edit(BUNDLED)
    assert text != BUNDLED, "the edit did not apply"
    path = _write(tmp_path / "pack.toml", text)
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_BAD_ENTRY, str(path), entry, "")
    assert str(refused) == f"Data pack {path}, entry '{entry}': {problem}.", str(refused)


def test_a_newer_packs_version_is_said_as_made_for_a_newer_wxdesk(tmp_path):
    path = _write(tmp_path / "pack.toml", BUNDLED.replace("version = 1", "version = 7", 1))
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_NEWER, str(path))
    assert str(refused) == (f"Data pack {path} was made for a newer version of wxdesk: its format version 7 is newer "
                            "than this wxdesk reads (1); update wxdesk to use it.")


# ---------------------------------------------------------------- a file not read at all


def test_a_file_not_there_a_folder_or_a_device_is_said_as_such(tmp_path):
    missing, folder = tmp_path / "gone.toml", tmp_path / "folder.toml"
    folder.mkdir()
    assert _refusal(missing).problem == FileProblem(errors.MISSING, str(missing))
    assert str(_refusal(missing)) == f"Data pack {missing} does not exist."
    assert _refusal(folder).problem == FileProblem(errors.FOLDER, str(folder))
    if Path("/dev/null").exists():
        assert _refusal(Path("/dev/null")).problem == FileProblem(errors.NOT_A_FILE, "/dev/null")


def test_a_file_too_large_for_a_pack_names_a_packs_limit(tmp_path):
    """A pack's limit, not a scenario's: the window once said "at most 5.0 MB" of a 4.5 MB pack it refused."""
    path = _write(tmp_path / "big.toml", "#" * (MAX_PACK_BYTES + 10))
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.TOO_LARGE, str(path), str(MAX_PACK_BYTES + 10), str(MAX_PACK_BYTES))


# ---------------------------------------------------------------- a pack read whole, that cannot stand in


def test_an_older_pack_names_both_dates(tmp_path):
    path = _write(tmp_path / "older.toml", dated("2001-01-01"))
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_OLDER, str(path), "2001-01-01", RELEASED)
    assert str(refused) == (f"Data pack {path} was released on 2001-01-01, before the one that comes with wxdesk "
                            f"({RELEASED}); wxdesk keeps the newer figures.")


def test_a_pack_from_the_future_names_its_date(tmp_path):
    path = _write(tmp_path / "future.toml", dated("2999-01-01"))
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_FUTURE, str(path), "2999-01-01")
    assert str(refused).startswith(f"Data pack {path} is dated 2999-01-01, after today (")
    assert str(refused).endswith("); a pack cannot come from the future (check its date, or the computer's clock).")


# A conversion within its range (more than 0) that leaves the examples' costs beyond any finite number:
# the loader accepts it, and only computing the examples refuses the pack.
UNUSABLE = with_figure(BUNDLED, "install_conversion", value="1e-300")


def test_a_pack_the_examples_cannot_be_computed_with_is_unusable(tmp_path):
    path = _write(tmp_path / "unusable.toml", UNUSABLE)
    load_datapack(path)  # the loader takes it
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_UNUSABLE, str(path))
    assert str(refused) == (f"Data pack {path} cannot be used: with its figures, wxdesk cannot compute this scenario "
                            "with these figures: a result grows beyond any finite number; change the figures this "
                            "scenario sets (or the data pack).")


def test_an_older_pack_is_told_as_older_whatever_its_figures(tmp_path):
    """Older and unusable: older, as the window always said (a newer pack is what the user needs), and now
    the command line too, which computed the examples first."""
    path = _write(tmp_path / "older.toml", dated("2001-01-01", UNUSABLE))
    refused = _refusal(path)
    assert refused.problem == FileProblem(errors.PACK_OLDER, str(path), "2001-01-01", RELEASED)
    assert "keeps the newer figures" in str(refused)


def test_a_pack_from_the_future_is_told_so_whatever_its_figures(tmp_path):
    path = _write(tmp_path / "future.toml", dated("2999-01-01", UNUSABLE))
    assert _refusal(path).problem == FileProblem(errors.PACK_FUTURE, str(path), "2999-01-01")


# ---------------------------------------------------------------- a good pack that cannot be copied


@pytest.fixture
def good(tmp_path) -> Path:
    return _write(tmp_path / "good.toml", BUNDLED)


def _target(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(packs, "user_pack_path", lambda: path)


def test_a_pack_whose_folder_cannot_be_made_is_not_copied(tmp_path, monkeypatch, good):
    """A file stands where the data folder goes (permissions would not stop a test run as root)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    _target(monkeypatch, blocker / "wxdesk" / "datapack.toml")
    with pytest.raises(DataPackError) as refused:
        import_pack(good)
    assert refused.value.problem == FileProblem(errors.PACK_NOT_COPIED, str(good))
    assert str(refused.value).startswith(f"Data pack {good} cannot be copied to {blocker / 'wxdesk'}: ")


def test_a_pack_that_cannot_take_the_imported_packs_place_is_not_copied(tmp_path, monkeypatch, good):
    """A folder, not empty, stands where the imported pack goes: the copy is written, and cannot be put in place."""
    target = tmp_path / "data" / "datapack.toml"
    (target / "inside").mkdir(parents=True)
    _target(monkeypatch, target)
    with pytest.raises(DataPackError) as refused:
        import_pack(good)
    assert refused.value.problem == FileProblem(errors.PACK_NOT_COPIED, str(good))
    assert str(refused.value).startswith(f"Data pack {good} cannot be copied to {target}: ")
    assert sorted(p.name for p in target.parent.iterdir()) == ["datapack.toml"]  # no copy left behind


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_pack_whose_folder_is_read_only_is_not_copied(tmp_path, monkeypatch, good):
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o500)
    _target(monkeypatch, folder / "datapack.toml")
    try:
        with pytest.raises(DataPackError) as refused:
            import_pack(good)
    finally:
        folder.chmod(0o700)
    assert refused.value.problem == FileProblem(errors.PACK_NOT_COPIED, str(good))


def test_a_pack_changed_while_it_is_copied_names_the_users_file(monkeypatch, good):
    """The copy is checked again; what is wrong with it is the user's file's, and names it (not the copy)."""
    monkeypatch.setattr(packs, "read_bounded", lambda *args: b"figures = [")
    with pytest.raises(DataPackError) as refused:
        import_pack(good)
    assert refused.value.problem == FileProblem(errors.PACK_DAMAGED, str(good))


def test_a_copy_that_cannot_be_read_back_is_not_copied(monkeypatch, good):
    real = packs.load_datapack

    def load(path=None):
        if path is not None and Path(path).name.startswith(".import-"):
            return real(Path(path).with_name("gone.toml"))
        return real(path)
    monkeypatch.setattr(packs, "load_datapack", load)
    with pytest.raises(DataPackError) as refused:
        import_pack(good)
    assert refused.value.problem == FileProblem(errors.PACK_NOT_COPIED, str(good))


def test_a_pack_gone_between_the_check_and_the_copy_is_said_to_be_gone(tmp_path, monkeypatch, good):
    real = packs.read_bounded
    monkeypatch.setattr(packs, "read_bounded", lambda path, *rest: real(tmp_path / "gone.toml", *rest))
    with pytest.raises(DataPackError) as refused:
        import_pack(good)
    assert refused.value.problem == FileProblem(errors.MISSING, str(good))


# ---------------------------------------------------------------- the error itself


def test_the_kind_goes_with_the_error_to_another_process(tmp_path):
    path = _write(tmp_path / "pack.toml", BUNDLED.replace("[sampling]", "[samplin]"))
    with pytest.raises(DataPackError) as refused:
        load_datapack(path)
    again = pickle.loads(pickle.dumps(refused.value))
    assert str(again) == str(refused.value) and again.problem == refused.value.problem


def test_a_refusal_without_a_kind_has_none():
    """A changelog's refusal (wxdesk.engine.changelog) is not given a kind: the window says it in general terms."""
    assert DataPackError("Data pack p, changelog: ...").problem is None


@pytest.mark.parametrize("lang, label", [("en", "New users to acquire each year per monthly user kept"),
                                         ("zh_CN", "每保持一名月活用户每年需新增的用户数")])
def test_a_pack_without_a_figure_wxdesk_needs_names_the_figure_as_the_table_does(tmp_path, lang, label):
    """"its entry “figures.yearly_replacement” is incomplete" named a TOML key, and called incomplete a figure that was
    not there at all: the window names the figure as the assumptions table does, and says it is missing."""
    from wxdesk.report.command import reader_words
    from wxdesk.words.file_problems import file_problem_text

    text = re.sub(r"(?ms)^\[figures\.yearly_replacement\]\n.*?(?=^\[)", "", dated("2026-12-06"))
    assert "yearly_replacement" not in text
    refused = _refusal(_write(tmp_path / "lacking.toml", text))
    assert refused.problem == FileProblem(errors.PACK_MISSING_FIGURE, str(tmp_path / "lacking.toml"),
                                          "figures.yearly_replacement", "")
    said = file_problem_text(refused.problem, reader_words(lang, "CNY", load_datapack()))
    assert f"“{label}”" in said and "figures." not in said, said
    assert ("lacks" in said) if lang == "en" else ("缺少" in said), said


def test_a_missing_figure_whose_label_another_shares_is_named_with_its_unit(tmp_path):
    """"it lacks the figure “Build a custom Mini Program”" named a figure the pack still had (its cost), for its
    weeks."""
    from wxdesk.report.command import reader_words
    from wxdesk.words.file_problems import file_problem_text

    text = re.sub(r"(?ms)^\[figures\.weeks_mp_build\]\n.*?(?=^\[)", "", dated("2026-12-06"))
    refused = _refusal(_write(tmp_path / "nobuild.toml", text))
    said = file_problem_text(refused.problem, reader_words("en", "CNY", load_datapack()))
    assert "“Build a custom Mini Program (weeks)”" in said, said
    zh = file_problem_text(refused.problem, reader_words("zh_CN", "CNY", load_datapack()))
    assert "“定制小程序开发周期”" in zh, zh


def test_a_scenario_made_in_python_with_a_figure_out_of_range_is_refused_as_a_file_is():
    """wxdesk.evaluate of a Scenario made in Python with a share of 5 gave an answer, where a file holding it is
    refused."""
    from wxdesk.engine import Scenario, ScenarioError, evaluate
    from wxdesk.engine.scenario import with_override
    bad = with_override(Scenario(), "visibility_service", 5, 5, 5)
    with pytest.raises(ScenarioError, match=r"Field 'overrides.visibility_service' must be from 0 to 1 \(share\), "
                                            r"not 5\."):
        evaluate(bad, load_datapack())
    fine = with_override(Scenario(), "visibility_service", 0.5, 0.6, 0.7)
    assert evaluate(fine, load_datapack()).plan.presences
