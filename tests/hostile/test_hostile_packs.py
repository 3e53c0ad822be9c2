"""Hostile data packs: each is refused with one sentence naming the file and the figure, by the loader,
the command line and File ▸ Import Data Pack; and one that was imported earlier (by an older, laxer
wxdesk, or damaged on disk since) never locks the user out: the window and the command line start on
the bundled pack and say so once."""

from __future__ import annotations

import os
import re
import sys

import pytest
from hostile import (BUNDLED_PACK, RAW_CONTROL, RELEASED, assert_one_sentence, hostile_input, run_cli, with_figure,
                     write)

from wxdesk.engine import DataPackError, load_datapack
from wxdesk.engine.packs import SET_ASIDE_NAME, active_pack, import_pack, user_pack_path

B = BUNDLED_PACK
# Every weight of the pack, whatever weights it has today.
WEIGHTS = tuple(f.id for f in load_datapack().figures.values() if f.unit == "weight")
POINTS = next(f.id for f in load_datapack().figures.values() if f.unit == "points")


def _all_weights_zero(text):
    for fid in WEIGHTS:
        text = with_figure(text, fid, value=0)
    return text


def _without(text, figure_id):
    start = text.index(f"[figures.{figure_id}]\n")
    return text[:start] + text[text.index("\n[", start + 1) + 1:]


def _fact(text, template):
    return text.replace('text = "{service_broadcasts_per_month} broadcasts a month', f'text = "{template}', 1)


def _sampling(text, key, value):
    return re.sub(rf"(?m)^{key} = .*$", f"{key} = {value}", text, count=1)


# (case id, the pack's text, words the refusal must contain). Each breaks one rule the model needs.
BAD_PACKS = [
    ("spread-0", with_figure(B, "session_spread", value=0), "session_spread"),
    ("spread-negative", with_figure(B, "session_spread", value=-1), "session_spread"),
    ("pivot-0", with_figure(B, "session_pivot_min", low=0, likely=0, high=0), "session_pivot_min"),
    *[(f"{f.id}-0", with_figure(B, f.id, value=0), f.id) for f in load_datapack().figures.values()
      if ("pivot" in f.id or "spread" in f.id) and f.id not in ("session_pivot_min", "session_spread")],
    ("mp-session-0", with_figure(B, "mp_session_min", low=0, likely=0, high=0), "mp_session_min"),
    ("all-weights-0", _all_weights_zero(B), "weights"),
    ("weight-negative", with_figure(B, "weight_goal", value=-1), "weight_goal"),
    ("weight-huge", with_figure(B, "weight_need", value=1e300), "weight_need"),
    ("seed-negative", _sampling(B, "seed", -1), "seed"),
    ("seed-fraction", _sampling(B, "seed", 1.5), "seed"),
    ("seed-400-digits", _sampling(B, "seed", "9" * 400), "seed"),
    ("samples-0", _sampling(B, "samples", 0), "samples"),
    ("samples-huge", _sampling(B, "samples", 10**12), "samples"),
    ("percentiles-crossed", _sampling(_sampling(B, "low_percentile", 60), "high_percentile", 40), "percentiles"),
    ("conversion-0", with_figure(B, "install_conversion", value=0), "install_conversion"),
    ("first-open-0", with_figure(B, "first_open_rate", value=0), "first_open_rate"),
    ("conversion-above-1", with_figure(B, "install_conversion", value=1.5), "install_conversion"),
    ("cost-1e308", with_figure(B, "app_build_cny", low=1e308, likely=1e308, high=1e308), "app_build_cny"),
    ("cost-above-ceiling", with_figure(B, "mp_build_cny", low=1, likely=2, high=1e11), "mp_build_cny"),
    ("cost-negative", with_figure(B, "mp_infra_cny", low=-5, likely=1, high=2), "mp_infra_cny"),
    ("share-above-1", with_figure(B, "visibility_service", low=0.5, likely=0.9, high=2), "visibility_service"),
    ("reach-floor-1.5", with_figure(B, "reach_floor", value=1.5), "reach_floor"),
    ("fx-0", with_figure(B, "usd_cny", value=0), "usd_cny"),
    ("eur-0", with_figure(B, "eur_cny", value=0), "eur_cny"),
    ("eur-missing", _without(B, "eur_cny"), "eur_cny"),
    ("points-1000", with_figure(B, POINTS, value=1000), POINTS),
    ("weak-above-strong", with_figure(B, "weak_fit_below", value=90), "weak_fit_below"),
    ("replacement-huge", with_figure(B, "yearly_replacement", low=1, likely=2, high=1e6), "yearly_replacement"),
    ("count-400-digits", with_figure(B, "verification_fee_cny", value="9" * 400), "verification_fee_cny"),
    ("count-5000-digits", with_figure(B, "verification_fee_cny", value="9" * 5000), "too long"),
    ("value-nan", with_figure(B, "app_build_cny", low="nan", likely="nan", high="nan"), "app_build_cny"),
    ("value-inf", with_figure(B, "moments_cpm_cny", low=1, likely=2, high="inf"), "moments_cpm_cny"),
    ("value-minus-inf", with_figure(B, "articles_per_push", value="-inf"), "articles_per_push"),
    ("value-text", with_figure(B, "articles_per_push", value='"eight"'), "articles_per_push"),
    ("value-boolean", with_figure(B, "articles_per_push", value="true"), "articles_per_push"),
    ("stale-0", B.replace("stale_after_years = 2", "stale_after_years = 0", 1), "stale_after_years"),
    ("stale-1e308", B.replace("stale_after_years = 2", "stale_after_years = 1e308", 1), "stale_after_years"),
    ("valid-0-days", B.replace("quote_valid_days = 30", "quote_valid_days = 0", 1), "quote_valid_days"),
    ("valid-half-day", B.replace("quote_valid_days = 30", "quote_valid_days = 0.5", 1), "quote_valid_days"),
    ("valid-1e308-days", B.replace("quote_valid_days = 30", "quote_valid_days = 1e308", 1), "quote_valid_days"),
    ("valid-text", B.replace("quote_valid_days = 30", 'quote_valid_days = "a month"', 1), "quote_valid_days"),
    ("new-figure-negative", B + '\n[figures.new_count]\ngroup = "x"\nlabel = "n"\nlabel_zh = "n"\nvalue = -5\n'
     'unit = "zorkmids"\nsource = "s"\nsource_date = "2024"\nchecked = "2026-01-01"\nconfidence = "low"\n',
     "new_count"),
    ("new-figure-escape-id", B + '\n[figures."evil\\u001b[31mred"]\ngroup = "x"\nlabel = "n"\nlabel_zh = "n"\n'
     'value = 1e12\nunit = "things"\nsource = "s"\nsource_date = "2024"\nchecked = "2026-01-01"\n'
     'confidence = "low"\n', "evil"),
    ("fact-attribute", _fact(B, "{service_broadcasts_per_month.__class__.__mro__}"), "braces"),
    ("fact-index", _fact(B, "{0}"), "braces"),
    ("fact-format-spec", _fact(B, "{service_broadcasts_per_month:>99999999}"), "braces"),
    ("fact-unknown-figure", _fact(B, "{no_such_figure}"), "no_such_figure"),
    ("fact-lone-brace", _fact(B, "a { b"), "braces"),
    ("nested-arrays", B + "\nx = " + "[" * 5000 + "]" * 5000 + "\n", "nests"),
    ("nested-tables", B + "\ny = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n", "nests"),
    ("not-toml", "\x00\x01garbage {{{", "TOML"),
    ("empty", "", "pack"),
    ("half", B[: len(B) // 2], "Data pack"),
    ("control-in-error", B.replace('format = "wxdesk-datapack"', 'format = "\\u001b]0;pwned\\u0007"', 1), "format"),
]


# No imported pack before or after each test, nor one set aside (conftest.py).
pytestmark = pytest.mark.usefixtures("no_imported_pack")


@pytest.mark.parametrize("case, text, words", BAD_PACKS, ids=[c[0] for c in BAD_PACKS])
def test_a_bad_pack_is_refused_in_one_sentence_everywhere(tmp_path, case, text, words):
    path = write(tmp_path / "bad.toml", text)
    with hostile_input():
        with pytest.raises(DataPackError) as refused:
            load_datapack(path)
        message = str(refused.value)
        assert "bad.toml" in message and words in message and "\n" not in message, message
        assert not RAW_CONTROL.search(message), repr(message)
    with hostile_input():
        code, out, err = run_cli("evaluate", "--preset", "car_brand", "--pack", str(path), "--json")
        assert_one_sentence(code, err, "bad.toml")
        assert out == ""
    with hostile_input():
        with pytest.raises(DataPackError):
            import_pack(path)
        assert not user_pack_path().exists()


def _dated(released):
    return B.replace(f'released = "{RELEASED}"', f'released = "{released}"', 1)


def test_a_pack_from_the_future_is_not_imported(tmp_path):
    with hostile_input():
        with pytest.raises(DataPackError, match="after today"):
            import_pack(write(tmp_path / "future.toml", _dated("9999-12-31")))
        assert not user_pack_path().exists()


# Packs an earlier wxdesk may have imported, or that were damaged since: the imported file is
# replaced by each of these directly, as no import would allow.
FORMER_IMPORTS = [(case, text) for case, text, _ in BAD_PACKS] + [("from-the-future", _dated("9999-12-31"))]


def _plant(case: str, text: str) -> None:
    target = user_pack_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("case, text", FORMER_IMPORTS, ids=[c[0] for c in FORMER_IMPORTS])
def test_an_unusable_imported_pack_never_locks_the_command_line_out(case, text):
    _plant(case, text)
    with hostile_input():
        code, out, err = run_cli("evaluate", "--preset", "car_brand", "--json")
        assert code == 0, err
        assert f'"data_pack": "{RELEASED}"' in out
        assert err.count("\n") == 1 and "wxdesk: warning:" in err and "came with it" in err, err
        assert not RAW_CONTROL.search(err)
    with hostile_input():
        code, out, err = run_cli("evaluate", "--preset", "car_brand")  # said once: now silent
        assert code == 0 and err == "", err
        assert user_pack_path().with_name(SET_ASIDE_NAME).exists(), "the file is kept for a person to look at"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
@pytest.mark.parametrize("kind", ["fifo", "folder", "loop", "dev-zero"])
def test_an_imported_pack_that_is_not_a_file_never_locks_out(kind):
    target = user_pack_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    elif kind == "loop":
        target.symlink_to(target)
    else:
        target.symlink_to("/dev/zero")
    with hostile_input():
        code, out, err = run_cli("evaluate", "--preset", "car_brand", "--json")
        assert code == 0 and f'"data_pack": "{RELEASED}"' in out and "warning" in err, err
        assert active_pack().released == RELEASED


@pytest.mark.gui
@pytest.mark.parametrize("case, text", FORMER_IMPORTS, ids=[c[0] for c in FORMER_IMPORTS])
def test_an_unusable_imported_pack_never_locks_the_window_out(qtbot, case, text):
    from PySide6.QtWidgets import QMessageBox

    from wxdesk.ui import MainWindow
    from wxdesk.ui.app import get_qapp
    _plant(case, text)
    get_qapp()
    with hostile_input():
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.document.pack.released == RELEASED and window.document.problem is None
        notices = [box for box in window.findChildren(QMessageBox) if box.objectName() == "dataPackMessage"]
        assert len(notices) == 1 and "came with it" in notices[0].text()
        window.document.update(audience=123_456)  # and it computes
        assert window.document.evaluation.scenario.audience == 123_456
        for box in notices:
            box.close()
    if case == FORMER_IMPORTS[0][0]:
        with hostile_input():  # the next start is quiet (the command line test checks this for every case)
            second = MainWindow()
            qtbot.addWidget(second)
            assert not [b for b in second.findChildren(QMessageBox) if b.objectName() == "dataPackMessage"]


def test_every_bad_pack_case_is_really_bad_and_the_bundled_one_good():
    """The suite means something: the bundled pack loads and computes, and each case differs from it."""
    assert load_datapack().released == RELEASED
    assert all(text != B for _, text, _ in BAD_PACKS)
    assert sys.getrecursionlimit() < 5000  # the nesting cases nest beyond Python's own limit
