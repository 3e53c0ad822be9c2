"""Two refusals of a data pack made by the loader, and the words the window has for them.

- A figure the model divides by set to 0 (staff_hours_per_month) passed the loader and was refused only when
  the examples were computed, as "unusable", without a word of which figure: the loader refuses it by name, as
  it refuses install_conversion = 0 (wxdesk.engine.figure_limits.BY_ID).
- A pack whose format version is newer than this wxdesk reads was refused as a bad entry ("pack"), or, when
  the newer format brought a section of its own, as an unknown section: it is told as a pack made for a newer
  wxdesk (wxdesk.errors.PACK_NEWER), whatever else in it this wxdesk does not know
  (wxdesk.engine.datapack._build_pack).
"""

from __future__ import annotations

import re

import pytest
from hostile import BUNDLED_PACK, assert_one_sentence, hostile_input, run_cli, with_figure, write

from wxdesk import errors
from wxdesk.engine import DataPackError, load_datapack
from wxdesk.engine.packs import import_pack, user_pack_path
from wxdesk.errors import FileProblem
from wxdesk.words.file_problems import file_problem_text
from wxdesk.words.words import Words

B = BUNDLED_PACK


def _version(text: str, version: int) -> str:
    return re.sub(r"(?m)^version = 1$", f"version = {version}", text, count=1)


NEWER = [
    ("version-2", _version(B, 2)),
    ("version-2-with-a-new-section", _version(B, 2) + '\n[regions]\ncn = "China"\n'),
    ("version-2-with-a-new-pack-key", _version(B, 2).replace("[pack]\n", '[pack]\nneeds_wxdesk = "2.0"\n', 1)),
]


# No imported pack before or after each test, nor one set aside (conftest.py).
pytestmark = pytest.mark.usefixtures("no_imported_pack")


# ---------------------------------------------------------------- the window's words for a newer pack


def test_the_window_says_a_newer_pack_is_for_a_newer_wxdesk():
    problem = FileProblem(errors.PACK_NEWER, "/somewhere/pack.toml", "pack")
    assert file_problem_text(problem, Words()) == (
        "“pack.toml” is a data pack made for a newer version of wxdesk, which this one cannot read. Update "
        "wxdesk, and import the file again.")


# ---------------------------------------------------------------- waiting on the loader


@pytest.mark.parametrize("values", [{"value": 0}, {"low": 0, "likely": 174, "high": 180}],
                         ids=["value-0", "low-0"])
def test_zero_staff_hours_a_month_is_refused_by_name(tmp_path, values):
    path = write(tmp_path / "bad.toml", with_figure(B, "staff_hours_per_month", **values))
    entry = "figures.staff_hours_per_month"
    with hostile_input():
        code, out, err = run_cli("evaluate", "--preset", "yoga_teacher", "--pack", str(path))
        assert_one_sentence(code, err, "bad.toml", entry, "more than 0")
        assert out == ""
    with pytest.raises(DataPackError) as refused:
        import_pack(path)
    assert refused.value.problem == FileProblem(errors.PACK_BAD_ENTRY, str(path), entry, "")
    assert not user_pack_path().exists()


@pytest.mark.parametrize("case, text", NEWER, ids=[c[0] for c in NEWER])
def test_a_pack_for_a_newer_wxdesk_is_told_so(tmp_path, case, text):
    from wxdesk.ui import pack_import
    path = write(tmp_path / "bad.toml", text)
    with hostile_input():
        code, out, err = run_cli("evaluate", "--preset", "yoga_teacher", "--pack", str(path))
        assert_one_sentence(code, err, "bad.toml", "newer version of wxdesk")
        assert out == ""
    with pytest.raises(DataPackError) as refused:
        load_datapack(path)
    assert refused.value.problem is not None and refused.value.problem.kind == errors.PACK_NEWER
    with pytest.raises(DataPackError) as refused:
        import_pack(path)
    assert not user_pack_path().exists()
    problem = pack_import.pack_problem(path, refused.value)
    assert (problem.kind, problem.path) == (errors.PACK_NEWER, str(path))
    assert file_problem_text(problem, Words()).startswith("“bad.toml” is a data pack made for a newer version")


# ---------------------------------------------------------------- a misspelt figure


def _renamed(text: str, old: str, new: str, keep: bool) -> str:
    """The pack with figure `old` under the name `new`: beside the original (`keep`), or in its place."""
    start = text.index(f"[figures.{old}]")
    end = text.index("\n[", start + 1)
    block = text[start:end].replace(f"[figures.{old}]", f"[figures.{new}]")
    return text[:end] + "\n" + block + text[end:] if keep else text[:start] + block + text[end:]


def test_a_misspelt_figure_beside_the_one_it_misspells_is_refused(tmp_path):
    """[figures.app_biuld_cny], a copy of app_build_cny with other values, was passed over: car_brand cost what it
    did with the bundled pack, and diff-pack counted a difference that changed nothing."""
    path = write(tmp_path / "slip.toml", _renamed(B, "app_build_cny", "app_biuld_cny", keep=True))
    with pytest.raises(DataPackError, match=re.escape(
            "entry 'figures.app_biuld_cny': is not a figure wxdesk knows (did you mean 'app_build_cny'?)")) as info:
        load_datapack(path)
    assert info.value.problem is not None and info.value.problem.other == "app_build_cny"  # (the window names it)


def test_a_figure_renamed_by_a_slip_names_the_slip(tmp_path):
    path = write(tmp_path / "slip.toml", _renamed(B, "app_build_cny", "app_biuld_cny", keep=False))
    with pytest.raises(DataPackError, match=re.escape(
            "entry 'figures.app_build_cny': is missing (is 'figures.app_biuld_cny' meant to be it?)")) as info:
        load_datapack(path)
    # The window names the slip too: it had said only that the figure was missing.
    assert info.value.problem == FileProblem(errors.PACK_MISSING_FIGURE, str(path), "figures.app_build_cny",
                                             "figures.app_biuld_cny")
    from wxdesk.report.command import reader_words
    assert file_problem_text(info.value.problem, reader_words("en", "CNY", load_datapack())) == (
        "“slip.toml” cannot be used: it lacks the figure “Build a native iOS + Android app (cost)”, which wxdesk "
        "needs. Its entry “figures.app_biuld_cny” may be that figure with its name misspelt: correct the name, and "
        "import the file again.")


@pytest.mark.parametrize("name", ["shop_fitting_cny", "app_build_cny_low", "apple_commission_share_eu",
                                  "eu_app_build_cny"])
def test_a_figure_named_like_none_wxdesk_knows_is_kept(tmp_path, name):
    """A pack may carry a figure for its own texts: one named like no figure wxdesk reads, or a known name with a
    word added (a region's, a year's, a low variant: 85% alike, refused as slips at first), is no slip."""
    path = write(tmp_path / "own.toml", _renamed(B, "app_build_cny", name, keep=True))
    assert name in load_datapack(path).figures


@pytest.mark.parametrize("seed, said", [
    ("999999999999999999999999", "not 999,999,999,999,999,999,999,999"),  # (it was told "of at least 0", which it is)
    ('"x"', 'not the text "x"'),  # (it was told "must be a finite number")
    ("-1", "not -1"), ("1.5", "not 1.5")])
def test_a_seed_wxdesk_cannot_use_is_named_as_written(tmp_path, seed, said):
    path = write(tmp_path / "seed.toml", re.sub(r"(?m)^seed = .*$", f"seed = {seed}", B, count=1))
    with pytest.raises(DataPackError, match=re.escape(
            f"entry 'sampling': 'seed' must be a whole number from 0 to 9,223,372,036,854,775,807, {said}.")):
        load_datapack(path)


def test_a_seed_past_two_to_the_53rd_is_kept_as_written(tmp_path):
    """Read as a float, 9007199254740993 became 9007199254740992: another seed, other draws, nothing said."""
    path = write(tmp_path / "seed.toml", re.sub(r"(?m)^seed = .*$", "seed = 9007199254740993", B, count=1))
    assert load_datapack(path).seed == 9007199254740993


def test_a_number_written_as_text_is_said_to_be_text(tmp_path):
    path = write(tmp_path / "t.toml", re.sub(r"(?m)^samples = .*$", 'samples = "1000"', B, count=1))
    with pytest.raises(DataPackError, match=re.escape("'samples' must be a number, not the text \"1000\"")):
        load_datapack(path)
