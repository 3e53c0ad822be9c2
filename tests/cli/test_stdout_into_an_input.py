"""Standard output sent to one of the inputs is refused before anything is read, as `-o` naming an input is:
`evaluate res.csv --format csv >> res.csv` read back the rows it appended until the disk was full, and
`evaluate shop.json >> shop.json` ended the scenario file with the summary."""

import os
import shutil
import subprocess
import sys

from wxdesk.safe_output import stdout_is_input


def _descriptor_of(path, mode=os.O_WRONLY | os.O_APPEND):
    return os.open(path, mode)


def test_an_output_descriptor_on_an_input_is_said_in_one_sentence(tmp_path):
    table, other = tmp_path / "res.csv", tmp_path / "other.csv"
    table.write_text("name\nA\n", encoding="utf-8")
    other.write_text("name\nB\n", encoding="utf-8")
    out = _descriptor_of(table)
    try:
        said = stdout_is_input([("one of the inputs", str(other)), ("one of the inputs", str(table))], out)
        assert said == (f"standard output goes to {table}, which is one of the inputs; send the output to another "
                        "file, so that it stays as it is.")
        assert stdout_is_input([("the data pack", str(table))], out).startswith(
            f"standard output goes to {table}, which is the data pack;")
        assert stdout_is_input([("one of the inputs", str(other)), ("the data pack", None)], out) is None
        # The file standard input is read from, by its identity.
        read = os.open(table, os.O_RDONLY)
        try:
            assert stdout_is_input([("one of the inputs", read)], out).startswith(
                "standard output goes to the file standard input is read from;")
        finally:
            os.close(read)
    finally:
        os.close(out)
    # A hard link is the same file under another name.
    os.link(table, tmp_path / "link.csv")
    out = _descriptor_of(tmp_path / "link.csv")
    try:
        assert stdout_is_input([("one of the inputs", str(table))], out) is not None
    finally:
        os.close(out)


def test_a_pipe_or_a_new_file_is_no_input(tmp_path):
    table = tmp_path / "res.csv"
    table.write_text("name\nA\n", encoding="utf-8")
    read, write = os.pipe()
    try:
        assert stdout_is_input([("one of the inputs", str(table))], write) is None
    finally:
        os.close(read)
        os.close(write)
    out = _descriptor_of(tmp_path / "new.csv", os.O_WRONLY | os.O_CREAT)
    try:
        assert stdout_is_input([("one of the inputs", str(table)), ("one of the inputs", "missing.csv")], out) is None
    finally:
        os.close(out)


def _run(*args, stdout, stdin=subprocess.DEVNULL):
    return subprocess.run([sys.executable, "-m", "wxdesk", *args], stdin=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=120)


def test_appending_the_rows_to_their_input_is_refused_and_the_input_kept(tmp_path):
    table = tmp_path / "res.csv"
    table.write_text("name,budget_cny\nA,60000\nB,70000\n", encoding="utf-8")
    before = table.read_bytes()
    with open(table, "ab") as out:
        ran = _run("evaluate", str(table), "-q", "--format", "csv", stdout=out)
    assert ran.returncode == 2
    assert ran.stderr == (f"wxdesk: standard output goes to {table}, which is one of the inputs; send the output to "
                          "another file, so that it stays as it is.\n")
    assert table.read_bytes() == before
    # A scenario file's summary, a file of a folder given, and the file on standard input alike.
    from wxdesk.paths import resource_path
    folder = tmp_path / "folder"
    folder.mkdir()
    scenario = folder / "shop.json"
    shutil.copy(resource_path() / "presets" / "car_brand.json", scenario)
    kept = scenario.read_bytes()
    for args in (["evaluate", str(scenario)], ["evaluate", str(folder)], ["flips", str(scenario)]):
        with open(scenario, "ab") as out:
            ran = _run(*args, stdout=out)
        assert (ran.returncode, ran.stderr.count("\n")) == (2, 1), (args, ran.stderr)
        assert "standard output goes to" in ran.stderr
        assert scenario.read_bytes() == kept
    with open(table, "rb") as given, open(table, "ab") as out:
        ran = _run("evaluate", "-", "-q", stdout=out, stdin=given)
    assert ran.returncode == 2 and "standard input is read from" in ran.stderr
    assert table.read_bytes() == before
    # Another file takes the rows as ever.
    with open(tmp_path / "again.csv", "ab") as out:
        ran = _run("evaluate", str(table), "-q", "--format", "csv", stdout=out)
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "again.csv").read_text(encoding="utf-8").count("\n") == 3
