"""`wxdesk` with no command starts the window with exactly what the command line's parser would give."""

from __future__ import annotations

from wxdesk import cli


def test_the_window_gets_what_the_parser_would_give(monkeypatch):
    seen = []
    monkeypatch.setitem(cli.COMMANDS, None, lambda args: seen.append(vars(args)) or 0)
    assert cli.main([]) == 0
    assert cli.main(["scenario.json"]) == 0  # how a desktop opens a file with wxdesk
    assert cli.main(["--self-test"]) == 0
    parsed = vars(cli.build_parser().parse_args([]))
    assert seen == [{**parsed, "open_file": None}, {**parsed, "open_file": "scenario.json"},
                    {**parsed, "self_test": True, "open_file": None}]


def test_a_file_with_a_command_after_it_is_still_refused(monkeypatch, capsys):
    monkeypatch.setitem(cli.COMMANDS, None, lambda args: 0)
    assert cli.main(["scenario.json", "presets"]) == cli.EXIT_USAGE
    assert "unknown command 'scenario.json'" in capsys.readouterr().err
