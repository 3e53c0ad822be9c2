"""A data pack whose changelog does not read is refused by every command that takes it, as `wxdesk changes` and the
window's import refuse it: `changes --pack p.toml` said "entry 'changelog[0]': 'date' must be a date such as
2026-11-30." (exit 2) while `evaluate --pack p.toml` and `diff-pack` used the same pack without a word."""

import re

import pytest

import wxdesk
from wxdesk.cli import main
from wxdesk.engine import DataPackError
from wxdesk.paths import resource_path

SAID = "entry 'changelog[0]': 'date' must be a date such as 2026-11-30."


@pytest.fixture
def broken_pack(tmp_path):
    text = resource_path("datapack.toml").read_text(encoding="utf-8")
    start = text.index("[[changelog]]")
    text = text[:start] + re.sub(r'(?m)^date = .*$', 'date = "not-a-date"', text[start:], count=1)
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [
    ["evaluate", "--preset", "yoga_teacher", "--pack", "{p}"],
    ["evaluate", "--preset", "yoga_teacher", "--pack", "{p}", "--json"],
    ["flips", "--preset", "yoga_teacher", "--pack", "{p}"],
    ["sensitivity", "--preset", "yoga_teacher", "--pack", "{p}"],
    ["diff-pack", str(resource_path("datapack.toml")), "{p}", "--preset", "yoga_teacher"],
    ["diff-pack", "{p}", str(resource_path("datapack.toml")), "--preset", "yoga_teacher"],
])
def test_every_command_refuses_the_pack_naming_the_entry(broken_pack, command, capsys):
    assert main([part.replace("{p}", str(broken_pack)) for part in command]) == 2
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.strip() == f"wxdesk: Data pack {broken_pack}, {SAID}"


def test_the_python_api_refuses_it_too(broken_pack):
    with pytest.raises(DataPackError, match=re.escape(SAID)):
        wxdesk.load_scenario("preset:yoga_teacher", pack=broken_pack)


def test_an_entry_naming_no_figure_is_refused_with_the_one_it_may_mean(tmp_path, capsys):
    text = resource_path("datapack.toml").read_text(encoding="utf-8")
    start = text.index("[[changelog]]")
    text = text[:start] + text[start:].replace('figures = ["mp_nfc_min_iphone"]', 'figures = ["mp_nfc_min_iphon"]', 1)
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["evaluate", "--preset", "yoga_teacher", "--pack", str(path)]) == 2
    said = capsys.readouterr()
    assert said.out == ""
    assert "'figures' names unknown 'mp_nfc_min_iphon' (did you mean 'mp_nfc_min_iphone'?)" in said.err


def test_a_pack_saved_with_a_byte_order_mark_has_its_changelog_read_too(broken_pack, tmp_path, capsys):
    """Saved with a byte-order mark (Notepad's UTF-8), the same broken pack was taken by every command but `changes`,
    which refused even the bundled pack so saved: the changelog's reader took the mark for a stray character."""
    marked = tmp_path / "marked.toml"
    marked.write_bytes(b"\xef\xbb\xbf" + broken_pack.read_bytes())
    assert main(["evaluate", "--preset", "yoga_teacher", "--pack", str(marked)]) == 2
    assert capsys.readouterr().err.strip() == f"wxdesk: Data pack {marked}, {SAID}"
    good = tmp_path / "good.toml"
    good.write_bytes(b"\xef\xbb\xbf" + resource_path("datapack.toml").read_bytes())
    assert main(["changes", "--pack", str(good)]) == 0
    assert main(["evaluate", "--preset", "yoga_teacher", "--pack", str(good)]) == 0


# The bundled pack's release line, as written (its date moves with each release).
RELEASED = re.search(r'released = "[-\d]+"', resource_path("datapack.toml").read_text(encoding="utf-8")).group(0)


def _pack_with(tmp_path, old, new, count=1):
    text = resource_path("datapack.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "later.toml"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


@pytest.mark.parametrize("edit", [
    ('\ndate = "2026-11-24"', '\ndate = "2062-11-24"'),  # a change dated after the pack's release
    (RELEASED, 'released = "2020-01-01"'),  # a pack released before the changes it holds
])
@pytest.mark.parametrize("command", [
    ["changes", "--pack", "{p}"],
    ["evaluate", "--preset", "yoga_teacher", "--pack", "{p}"],
    ["compare", "--preset", "yoga_teacher", "--preset", "car_brand", "--pack", "{p}"],
    ["flips", "--preset", "yoga_teacher", "--pack", "{p}"],
    ["report", "--preset", "yoga_teacher", "--lang", "en", "--pack", "{p}", "-o", "{out}.pdf"],
    ["diff-pack", str(resource_path("datapack.toml")), "{p}", "--preset", "yoga_teacher"],
])
def test_a_change_dated_after_the_release_is_refused_by_every_command(tmp_path, capsys, edit, command):
    """`changes` refused a pack with a change dated after its release, and every other command used it without a
    word (a handout said its figures came from the pack of 1 January 2020, which recorded changes of 2026)."""
    path = _pack_with(tmp_path, *edit)
    args = [part.replace("{p}", str(path)).replace("{out}", str(tmp_path / "out")) for part in command]
    assert main(args) == 2
    said = capsys.readouterr()
    assert said.out == ""
    assert re.fullmatch(rf"wxdesk: Data pack {re.escape(str(path))}, entry 'changelog\[\d+\]': its date, [-\d]+, is "
                        r"after the pack's own release of [-\d]+; a change is dated by the release that made it\.\n",
                        said.err), said.err
    assert not (tmp_path / "out.pdf").exists()
