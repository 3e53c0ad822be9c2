"""The command line as an analyst uses it: real processes, real exit codes, real output."""

import json
import subprocess
import sys

import pytest

from wxdesk.engine import Scenario
from wxdesk.engine.datapack import PRESENCES


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "wxdesk", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def test_presets_lists_names():
    result = run("presets")
    assert result.returncode == 0
    assert "car_brand" in result.stdout and "Electric-car brand" in result.stdout


def test_evaluate_preset_summary():
    from wxdesk.engine import evaluate, load_datapack, load_preset
    from wxdesk.words import Words
    result = run("evaluate", "--preset", "car_brand")
    assert result.returncode == 0, result.stderr
    evaluation = evaluate(load_preset("car_brand"), load_datapack())
    # The plan's full name, as the window and the handout write it.
    shown = " ".join(result.stdout.split())  # a long plan name wraps
    assert f"The plan: {Words().plan(evaluation.plan.presences)}" in shown
    assert evaluation.app_or_mini_program.reason.text in shown
    assert "First alternative: " in result.stdout


def test_evaluate_file_json_shape(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(Scenario().with_changes(name="Shop", goals=["sell"], needs=["payments"]).to_json())
    before = path.read_bytes()
    result = run("evaluate", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [p["id"] for p in data["presences"]] == list(PRESENCES)
    assert data["plan"]["presences"] and set(data["plan"]["presences"]) <= set(PRESENCES)
    assert data["app_or_mini_program"]["choice"] in ("mini_program", "native_app", "both", "neither")
    assert data["inputs"]["name"] == "Shop" and data["inputs"]["needs"] == ["payments"]
    assert all({"code", "text", "params", "impact"} <= set(r) for r in data["plan"]["reasons"])
    assert path.read_bytes() == before


@pytest.mark.parametrize("make, words", [
    (lambda d: d / "missing.json", "does not exist"),
    (lambda d: d, "is a folder with no scenario files"),
    (lambda d: (d / "empty.json", (d / "empty.json").write_text(""))[0], "is empty"),
    (lambda d: (d / "x.json", (d / "x.json").write_text("hello"))[0], "not valid JSON"),
    (lambda d: (d / "y.json", (d / "y.json").write_text(
        json.dumps({**Scenario().to_dict(), "budget_cny": -3})))[0], "Field 'budget_cny' must be at least 0"),
    (lambda d: (d / "z.json", (d / "z.json").write_text('{"format": "wxdesk-scenario", "version": 9}'))[0],
     "newer wxdesk"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, make, words):
    path = make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    result = run("evaluate", str(path))
    assert result.returncode == 2
    assert words in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""
    if before is not None:
        assert path.read_bytes() == before


def test_usage_errors_are_one_line():
    for args in (("evaluate",), ("evaluate", "--preset", "nope"), ("frobnicate", "x")):
        result = run(*args)
        assert result.returncode == 2, args
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, args


def test_broken_data_pack_is_reported(tmp_path):
    pack = tmp_path / "pack.toml"
    pack.write_text("[pack]\nformat = 'wxdesk-datapack'\nversion = 1\n")
    result = run("evaluate", "--preset", "car_brand", "--pack", str(pack))
    assert result.returncode == 2 and "Data pack" in result.stderr and "Traceback" not in result.stderr


def test_window_without_a_display_says_so():
    """On Linux with no display, the window command explains instead of letting Qt abort."""
    import os
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux tells a missing display by DISPLAY/WAYLAND_DISPLAY")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "wxdesk"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("args, says", [
    # The unknown option is named, not what argparse made of the number after it (a file).
    (("sensitivity", "--preset", "bank_care", "--top", "5"), "unrecognized arguments: --top"),
    (("sensitivity", "--preset", "bank_care", "--top", "-1"), "unrecognized arguments: --top"),
    (("evaluate", "--preset", "bank_care", "--bogus", "5"), "unrecognized arguments: --bogus"),
    # With every option known, argparse's own complaint stands.
    (("sensitivity", "--preset", "bank_care", "other.json"), "not allowed with argument --preset"),
])
def test_an_unknown_option_is_named_first(capsys, args, says):
    from wxdesk.cli import main
    assert main(list(args)) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1, err


def test_an_option_may_still_be_shortened(capsys):
    from wxdesk.cli import main
    assert main(["evaluate", "--pres", "bank_care", "--js"]) == 0
    assert json.loads(capsys.readouterr().out)["plan"]["presences"]


def test_ctrl_c_in_any_command_exits_as_a_stopped_batch_does(monkeypatch, capsys):
    """`report`, `sensitivity` and `diff-pack` exited 2 on Ctrl+C, where `evaluate` exits 130."""
    from wxdesk import cli

    def stopped(_args):
        raise KeyboardInterrupt
    monkeypatch.setitem(cli.COMMANDS, "presets", stopped)
    assert cli.main(["presets"]) == 130
    assert capsys.readouterr().err == "wxdesk: interrupted.\n"


def test_an_empty_input_name_is_refused_not_read_as_the_current_folder():
    """`wxdesk evaluate "$UNSET"` evaluated every scenario file in the current folder."""
    done = subprocess.run([sys.executable, "-m", "wxdesk", "evaluate", ""], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "an empty name" in done.stderr and done.stdout == ""


def _unlistable(monkeypatch, folder):
    """`folder` cannot be listed, as for a user without read permission on it (root, who runs these tests on some
    machines, may list any folder, so chmod 000 would not show it)."""
    import os
    real_scandir = os.scandir

    def scandir(path="."):
        if os.path.abspath(os.fspath(path)) == str(folder):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)
    monkeypatch.setattr(os, "scandir", scandir)


@pytest.mark.parametrize("extra", [[], ["--format", "jsonl"]])
def test_a_folder_that_cannot_be_read_is_named_so_not_called_empty(tmp_path, monkeypatch, capsys, extra):
    """It was 'a folder with no scenario files (*.json) in it', which sent the user looking for files that are
    there: the folder's listing failed, and Path.glob took the failure for an empty folder."""
    from wxdesk.cli import main
    folder = tmp_path / "clients"
    folder.mkdir()
    (folder / "shop.json").write_text(Scenario().to_json())
    before = (folder / "shop.json").read_bytes()
    _unlistable(monkeypatch, folder)
    assert main(["evaluate", str(folder), *extra]) == 2
    out, err = capsys.readouterr()
    assert err == f"wxdesk: {folder} is a folder that cannot be read: permission denied.\n" and out == ""
    assert (folder / "shop.json").read_bytes() == before


def test_a_folder_that_cannot_be_read_fails_its_row_where_rows_are_read(tmp_path, monkeypatch):
    """diff-pack and the Python API read the same inputs without `evaluate`'s check first: there the folder was no
    rows at all ('0 of 0 scenarios change'), and is now one failed row saying why."""
    from wxdesk.batch.sources import read_jobs
    folder = tmp_path / "clients"
    folder.mkdir()
    (folder / "shop.json").write_text(Scenario().to_json())
    _unlistable(monkeypatch, folder)
    (job,) = read_jobs([str(folder)])
    assert job.error == f"{folder} is a folder that cannot be read: permission denied."


@pytest.mark.parametrize("lang, full, short", [("en", "Official Account (formerly Subscription Account)",
                                                "Official Account"), ("zh_CN", "公众号（原订阅号）", "公众号")])
def test_evaluate_names_the_official_account_in_full_once(lang, full, short):
    """The summary gives the Official Account's former name where the reader first meets it (here its row in
    the table), and its name alone in the sentences under the row: they repeated it in full."""
    import re
    from pathlib import Path
    preset = Path(__file__).resolve().parent.parent / "resources" / "presets" / "fitness_coaching.json"
    result = run("evaluate", str(preset), "--lang", lang)
    assert result.returncode == 0, result.stderr
    # A wrapped line runs on (a Chinese one with nothing between), so that a name the wrap cut reads whole.
    text = re.sub(r"\n\s*", "" if lang == "zh_CN" else " ", result.stdout)
    assert text.count(full) == 1 and text.find(short) == text.find(full)
    assert f"{short}不能收款" in text if lang == "zh_CN" else f"{short} cannot take payments" in text
