"""A command's files may stand before, between or after its options, as a shell user types them: `diff-pack OLD NEW
--all-presets leads.csv` was refused with "unrecognized arguments: leads.csv"."""

import pytest

from wxdesk.cli_parser import build_parser

OLD, NEW = "resources/datapack.toml", "new.toml"


@pytest.mark.parametrize("words, inputs", [
    (["diff-pack", OLD, NEW, "--all-presets", "leads.csv"], ["leads.csv"]),
    (["diff-pack", OLD, NEW, "a.csv", "--json", "b.csv", "--preset", "car_brand", "c.json"],
     ["a.csv", "b.csv", "c.json"]),
    (["diff-pack", "--json", OLD, NEW, "a.csv"], ["a.csv"]),
    (["evaluate", "a.json", "--preset", "car_brand", "b.csv", "-q", "c.jsonl"], ["a.json", "b.csv", "c.jsonl"]),
    (["evaluate", "--format", "csv", "a.csv", "-o", "out.csv", "b.csv"], ["a.csv", "b.csv"]),
])
def test_inputs_are_read_wherever_they_stand(words, inputs):
    args = build_parser().parse_args(words)
    assert args.inputs == inputs
    if words[0] == "diff-pack":
        assert (args.old_pack, args.new_pack) == (OLD, NEW)


def test_compare_and_changes_take_their_files_among_options_too():
    args = build_parser().parse_args(["compare", "a.json", "--preset", "car_brand", "b.json", "--json"])
    assert args.scenarios == ["a.json", "b.json"] and args.preset == ["car_brand"] and args.json
    args = build_parser().parse_args(["changes", "--json", "shop.json", "--since", "2026-11-24"])
    assert args.scenario == "shop.json" and args.since == "2026-11-24"


def test_after_a_double_dash_every_word_is_an_input():
    args = build_parser().parse_args(["evaluate", "-q", "--", "-odd.csv", "--preset"])
    assert args.inputs == ["-odd.csv", "--preset"] and args.quiet


def test_mistakes_are_still_told_in_one_sentence(capsys):
    from wxdesk.cli import main
    assert main(["diff-pack", OLD]) == 2
    assert capsys.readouterr().err == ("wxdesk: the following arguments are required: NEW.toml "
                                       "(see 'wxdesk diff-pack --help').\n")
    assert main(["evaluate", "a.csv", "--top", "5"]) == 2
    told = capsys.readouterr().err
    assert told.startswith("wxdesk: unrecognized arguments: --top") and told.count("\n") == 1


@pytest.mark.parametrize("words, help_of", [
    (["report", "s.json"], "wxdesk report"), (["share", "--preset", "yoga_teacher"], "wxdesk share"),
    (["evaluate", "a.csv", "--top", "5"], "wxdesk evaluate"), (["sensitivity", "--top", "5"], "wxdesk sensitivity"),
    (["compare", "--preset", "x", "--currency", "GBP"], "wxdesk compare"), (["--bogus"], "wxdesk"),
    (["schema", "evaluate"], "wxdesk schema"),
])
def test_a_usage_error_points_to_the_help_of_its_command(capsys, words, help_of):
    """`wxdesk report s.json` was sent to 'wxdesk --help', the list of commands, for its missing -o."""
    from wxdesk.cli import main
    assert main(words) == 2
    told = capsys.readouterr().err
    assert told.endswith(f" (see '{help_of} --help').\n") and told.count("\n") == 1, told


def test_diff_pack_with_its_table_after_the_options_runs(tmp_path, capsys):
    """The analyst's command line, end to end."""
    from wxdesk.cli import main
    table = tmp_path / "leads.csv"
    table.write_text("name,budget_cny\nShop,60000\n", encoding="utf-8")
    assert main(["diff-pack", OLD, OLD, "--preset", "car_brand", str(table), "-q"]) == 0
    assert "0 of 2 scenarios change" in capsys.readouterr().out
