"""`wxdesk` with no command starts the window with exactly what the command line's parser would give."""

from __future__ import annotations

import textwrap

from fresh_python import last_json

from wxdesk import cli, cli_parser


def test_the_window_gets_what_the_parser_would_give(monkeypatch):
    seen = []
    monkeypatch.setitem(cli.COMMANDS, None, lambda args: seen.append(vars(args)) or 0)
    assert cli.main([]) == 0
    assert cli.main(["scenario.json"]) == 0  # how a desktop opens a file with wxdesk
    assert cli.main(["--self-test"]) == 0
    parsed = vars(cli_parser.build_parser().parse_args([]))
    assert seen == [{**parsed, "open_file": None}, {**parsed, "open_file": "scenario.json"},
                    {**parsed, "self_test": True, "open_file": None}]


def test_a_file_with_a_command_after_it_is_still_refused(monkeypatch, capsys):
    monkeypatch.setitem(cli.COMMANDS, None, lambda args: 0)
    assert cli.main(["scenario.json", "presets"]) == cli.EXIT_USAGE
    assert "unknown command 'scenario.json'" in capsys.readouterr().err


def test_the_window_starts_without_loading_the_parser(tmp_path):
    """`wxdesk` and `wxdesk FILE.json` read no option: the command line loads no parser, nor argparse, for them."""
    script = textwrap.dedent("""
        import json, sys
        from wxdesk import cli
        seen = []
        cli.COMMANDS[None] = lambda args: seen.append(
            [vars(args), sorted(m for m in ("argparse", "gettext", "wxdesk.cli_parser") if m in sys.modules)]) or 0
        cli.main([])
        cli.main(["scenario.json"])
        cli.main(["--self-test"])
        print(json.dumps(seen))
    """)
    window, with_file, self_test = last_json(script, tmp_path, timeout=60)
    assert window == [{"self_test": False, "command": None, "open_file": None}, []]
    assert with_file == [{"self_test": False, "command": None, "open_file": "scenario.json"}, []]
    assert self_test[0]["self_test"] and "argparse" in self_test[1]  # an option: the parser reads it
