"""An output replaces an existing file only where it is of the kind the command writes (an earlier PDF, PNG or
results file) or empty, never a read-only one, and keeps the permissions of the file it replaces; the rows of a
stopped batch never go over anything."""

import os
import stat
import sys
from pathlib import Path

import pytest

from wxdesk.cli import main
from wxdesk.engine import Scenario

SCENARIO = Scenario(name="shop").to_json()


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(SCENARIO, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("name, content", [
    ("shop.json", SCENARIO),  # a scenario the user saved, asked for as a JSON array of rows
    ("leads.csv", "name,budget_cny\nA,1000\n"),  # the user's own table
    ("notes.jsonl", '{"name": "A"}\n'),
])
def test_evaluate_never_replaces_a_file_that_is_not_earlier_results(tmp_path, capsys, source, name, content):
    target = tmp_path / name
    target.write_text(content, encoding="utf-8")
    assert main(["evaluate", source, source, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"wxdesk: {target} already exists and is not a results file that 'wxdesk evaluate' wrote, so " \
                  "wxdesk does not replace it; choose another name, or move that file away first.\n"
    assert target.read_text(encoding="utf-8") == content
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"t.json", name})


@pytest.mark.parametrize("name", ["res.csv", "res.jsonl", "res.json", "empty.csv"])
def test_evaluate_replaces_its_own_earlier_results_or_an_empty_file(tmp_path, capsys, source, name):
    target = tmp_path / name
    target.write_bytes(b"")
    if name != "empty.csv":
        assert main(["evaluate", source, "-o", str(target)]) == 0
    assert main(["evaluate", source, source, "-o", str(target)]) == 0
    assert target.read_bytes().count(b'"row"' if "json" in name else b"\n") >= 2


def test_a_replaced_results_file_keeps_its_permissions(tmp_path, source):
    target = tmp_path / "res.csv"
    assert main(["evaluate", source, "-o", str(target)]) == 0
    os.chmod(target, 0o600)
    assert main(["evaluate", source, source, "-o", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("name", ["res.csv", "z.pdf"])
def test_a_read_only_file_is_never_replaced(tmp_path, capsys, source, name):
    target = tmp_path / name
    target.write_bytes(b"")
    os.chmod(target, 0o444)
    command = ["evaluate", source, source] if name.endswith(".csv") else ["report", source, "--lang", "en"]
    assert main([*command, "-o", str(target)]) == 2
    assert capsys.readouterr().err == f"wxdesk: {target} is read-only, so wxdesk does not replace it; choose " \
                                      "another name, or make the file writable first.\n"
    assert target.read_bytes() == b""


@pytest.mark.parametrize("command, name, kind", [("report", "fake.pdf", "a handout wxdesk wrote"),
                                                 ("share", "fake.png", "an image wxdesk wrote")])
def test_a_handout_or_image_never_replaces_a_scenario_of_that_name(tmp_path, capsys, source, command, name, kind):
    target = tmp_path / name
    target.write_text(SCENARIO, encoding="utf-8")
    assert main([command, source, "--lang", "en", "-o", str(target)]) == 2
    assert capsys.readouterr().err == f"wxdesk: {target} already exists and is not {kind}, so wxdesk does not " \
                                      "replace it; choose another name, or move that file away first.\n"
    assert target.read_text(encoding="utf-8") == SCENARIO


def test_output_kinds_are_told_by_their_first_bytes():
    from wxdesk.batch.writers import csv_header, is_results
    from wxdesk.safe_output import PDF, PNG
    assert is_results(csv_header().encode()) and is_results(b'{"row":1}') and is_results(b"[\n]\n")
    assert is_results(b'\xef\xbb\xbf[\n{"row":1,')
    assert not is_results(SCENARIO.encode()) and not is_results(b"name,budget_cny\n") and not is_results(b"[1]")
    assert not PDF.starts(b"%PDF-1.4") and not PDF.starts(b"{") and not PNG.starts(b"\x89PNG\r\n\x1a\n")


# What Qt writes as a handout's Info (wxdesk.report.handout sets the Creator), and the same written plainly or in hex.
QT_INFO = b"/Creator (\\376\\377\\000w\\000x\\000d\\000e\\000s\\000k)\n/Producer (Qt)"


@pytest.mark.parametrize("data, replaced", [
    (b"%PDF-1.4\n1 0 obj\n<<\n" + QT_INFO + b"\n>>\nendobj\ntrailer\n%%EOF\n", True),
    (b"%PDF-1.7\n<< /Creator (wxdesk) >>\n%%EOF", True),
    (b"%PDF-1.7\n<< /Creator <FEFF00770078006400650073006B> >>\n%%EOF", True),
    (b"%PDF-1.4\n% board deck\n", False),  # the user's own PDF
    (b"%PDF-1.4\n<< /Creator (PowerPoint) >>\n%%EOF", False),
    (b"%PDF-1.4\n<< /Creator (wxdesk) >>\n%%EOF\n<< /Creator (wxdesk) /Annots [] >>\n%%EOF", False),  # saved again
    (b"%PDF-1.4\n<< /Creator (wxdesk tools) >>\n%%EOF", False),
    (b"{\"Creator\": \"wxdesk\"} %%EOF /Creator (wxdesk)", False),
])
def test_a_pdf_is_replaced_only_where_wxdesk_wrote_it(data, replaced):
    from wxdesk.safe_output import PDF
    assert PDF.starts(data) is replaced


def test_an_image_is_replaced_only_where_wxdesk_marked_it():
    import zlib

    from wxdesk.safe_output import PNG, png_marked
    header = b"\x89PNG\r\n\x1a\n" + (13).to_bytes(4, "big") + b"IHDR" + bytes(13)
    header += zlib.crc32(header[12:]).to_bytes(4, "big")
    plain = header + b"\0\0\0\0IEND\xaeB`\x82"
    assert not PNG.starts(plain) and PNG.starts(png_marked(plain))
    assert png_marked(b"not a png") == b"not a png"


@pytest.mark.parametrize("command, name, mine", [
    ("report", "deck.pdf", b"%PDF-1.4\n% board deck\n"),
    ("share", "photo.png", b"\x89PNG\r\n\x1a\nmy photo"),
])
def test_a_pdf_or_png_of_the_users_is_kept_and_wxdesks_own_replaced(tmp_path, capsys, source, command, name, mine):
    """`report -o deck.pdf` and `share -o photo.png` replaced a board deck and a photo, told by their first bytes."""
    target = tmp_path / name
    target.write_bytes(mine)
    assert main([command, source, "--lang", "en", "-o", str(target)]) == 2
    assert capsys.readouterr().err.startswith(f"wxdesk: {target} already exists and is not ")
    assert target.read_bytes() == mine
    # One wxdesk wrote, and an empty file, are replaced.
    target.unlink()
    assert main([command, source, "--lang", "en", "-o", str(target)]) == 0
    first = target.read_bytes()
    assert main([command, source, "--lang", "en", "-o", str(target)]) == 0
    if command == "share":
        from PySide6.QtGui import QImage
        assert QImage(str(target)).text("Software") == "wxdesk"
    target.write_bytes(b"")
    assert main([command, source, "--lang", "en", "-o", str(target)]) == 0
    assert target.read_bytes()[:8] == first[:8]


def test_free_partial_name_skips_every_existing_entry(tmp_path):
    """Ctrl+C: the rows done go beside the output under a name nothing holds (a user's file, a folder)."""
    from wxdesk.batch.writers import _moved_to_free_name
    target = tmp_path / "res.csv"
    (tmp_path / "res.partial.csv").write_text("my notes", encoding="utf-8")
    (tmp_path / "res.partial-2.csv").mkdir()
    temp = tmp_path / ".res.csv.tmp"
    temp.write_text("rows", encoding="utf-8")
    placed = _moved_to_free_name(temp, target)
    assert placed == tmp_path / "res.partial-3.csv" and placed.read_text(encoding="utf-8") == "rows"
    assert (tmp_path / "res.partial.csv").read_text(encoding="utf-8") == "my notes" and not temp.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX")
def test_ctrl_c_keeps_a_users_file_named_like_the_partial_rows(tmp_path):
    import subprocess

    sys.path.insert(0, str(Path(__file__).parent.parent))
    from batch_processes import grid_csv
    from test_cli_batch import _interrupt_when
    source = grid_csv(tmp_path / "grid.csv", 4000)
    mine = tmp_path / "results.partial.jsonl"
    mine.write_text("my own notes\n", encoding="utf-8")
    with subprocess.Popen([sys.executable, "-m", "wxdesk", "evaluate", str(source), "-o",
                           str(tmp_path / "results.jsonl"), "--jobs", "2", "--quiet"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True) as process:
        _interrupt_when(process, lambda: any(p.stat().st_size > 0 for p in tmp_path.glob(".results.jsonl.*.tmp")))
        _stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert mine.read_text(encoding="utf-8") == "my own notes\n"
    assert f"written to {tmp_path / 'results.partial-2.jsonl'}, each complete" in stderr
    assert (tmp_path / "results.partial-2.jsonl").read_text(encoding="utf-8").startswith('{"row":1,')


@pytest.mark.skipif(not os.path.exists(os.devnull) or sys.platform == "win32", reason="a device file")
@pytest.mark.parametrize("format_given", [[], ["--format", "csv"]])
def test_a_device_as_output_is_refused_as_a_device_with_or_without_a_format(capsys, format_given):
    """`evaluate --preset yoga_teacher -o /dev/null` said "the output null has no extension…", sending the user to
    rename a device; with --format csv it gave the device's own sentence."""
    from wxdesk.cli import main
    assert main(["evaluate", "--preset", "yoga_teacher", "-o", os.devnull, *format_given]) == 2
    assert capsys.readouterr().err == (f"wxdesk: {os.devnull} is not an ordinary file (it is a device, a pipe or a "
                                       "socket); wxdesk writes only ordinary files, so choose another name.\n")
