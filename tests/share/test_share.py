"""The long image: size, the answer on the first screen, no prices when asked, safe writing."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from wxdesk.engine import reasons as R

from wxdesk import cli
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.flips import flip_points

ROOT = Path(__file__).resolve().parents[2]
PRICE = re.compile(r"[¥$€]|\bCNY\b|\bUSD\b|\bEUR\b|元")


@pytest.fixture(scope="module")
def pack():
    return load_datapack()


@pytest.fixture
def app(qapp):
    """pytest-qt's QApplication: the command's painter uses it, and window tests can follow."""
    return qapp


@pytest.fixture(scope="module")
def evaluated(pack):
    """Each preset evaluated once, with its flip points searched once."""
    found = {}
    for preset in preset_ids():
        scenario = load_preset(preset)
        found[preset] = (evaluate(scenario, pack), flip_points(scenario, pack))
    return found


def words_for(lang, pack, currency="CNY"):
    from wxdesk.report.command import reader_words
    return reader_words(lang, currency, pack)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("width", [750, 1080])
@pytest.mark.parametrize("preset", preset_ids())
def test_layout_carries_the_answer_on_the_first_screen(preset, width, lang, pack, app, evaluated):
    from wxdesk.share import layout_image, render_image
    evaluation, flips = evaluated[preset]
    words = words_for(lang, pack)
    layout = layout_image(evaluation, pack, words, width, flips=flips)
    answer = layout.block("answer")
    assert layout.block("header").top == 0
    assert answer.bottom <= layout.first_screen_height, (answer.bottom, layout.first_screen_height)
    assert layout.first_screen_height == pytest.approx(1920 * width / 1080)
    # The answer names every presence of the plan and the plan's cost range over the horizon.
    answer_text = "".join(answer.texts)
    for presence in evaluation.plan.presences:  # ("We recommend a native app.": in a sentence, in lower case)
        assert words.presence(presence).lower() in answer_text.lower()
    assert words.money_range(evaluation.plan.total.low, evaluation.plan.total.high) in answer_text
    # Blocks follow one another in the order, without overlapping.
    names = [b.name for b in layout.blocks]
    assert names[:3] == ["header", "answer", "plan"] and names[-1] == "footer"
    assert all(a.bottom <= b.top for a, b in zip(layout.blocks, layout.blocks[1:]))
    image = render_image(layout)
    assert (image.width(), image.height()) == (width, layout.height)
    assert layout.height > layout.first_screen_height  # a long image, not a card


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("width", [750, 1080])
@pytest.mark.parametrize("preset", preset_ids())
def test_no_prices_leaves_out_every_price(preset, width, lang, pack, app, evaluated):
    from wxdesk.share import layout_image
    evaluation, flips = evaluated[preset]
    layout = layout_image(evaluation, pack, words_for(lang, pack), width, no_prices=True, flips=flips)
    priced = [t for t in layout.texts if PRICE.search(t)]
    assert not priced
    assert [b.name for b in layout.blocks].count("costs") == 0
    assert layout.block("answer").bottom <= layout.first_screen_height
    with_prices = layout_image(evaluation, pack, words_for(lang, pack), width, flips=flips)
    assert any(PRICE.search(t) for t in with_prices.texts)  # the check above can fail
    # A reason against an alternative that gives amounts is said without them, not left out.
    words = words_for(lang, pack)
    for alt in evaluation.alternatives:
        for reason in alt.why_not:
            if reason.template in (R.WHY_NOT_BUDGET, R.WHY_NOT_BUDGET_FURTHER):
                plain = (R.WHY_NOT_BUDGET_UNPRICED if reason.template == R.WHY_NOT_BUDGET
                         else R.WHY_NOT_BUDGET_FURTHER_UNPRICED)
                assert any(words.reason(R.Reason(plain)) in t for t in layout.texts), (preset, lang)


def test_body_text_is_at_least_30_px_at_1080_and_contrast_meets_aa():
    from wxdesk.share.image import BACKGROUND, BAND, GREEN_TEXT, INK, MUTED, RED_TEXT, _Fonts, contrast_ratio
    fonts = _Fonts(1.0)
    for font in (fonts.small, fonts.body, fonts.bold, fonts.heading, fonts.lead, fonts.title):
        assert font.pixelSize() >= 30
    for colour in (INK, MUTED, GREEN_TEXT, RED_TEXT):
        for background in (BACKGROUND, BAND):
            assert contrast_ratio(colour, background) >= 4.5, (colour.name(), background.name())


def test_presenter_footer_and_valid_until(pack, app, evaluated, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from wxdesk.presenter import Presenter
    from wxdesk.share import layout_image
    qr = QImage(64, 64, QImage.Format.Format_RGB32)
    qr.fill(QColor("black"))
    qr_path = tmp_path / "qr.png"
    qr.save(str(qr_path))
    presenter = Presenter("Li Wei", "Acme Digital", "WeChat: liwei88", str(qr_path))
    evaluation, flips = evaluated["car_brand"]
    today = dt.date.fromisoformat(pack.released)
    plain = layout_image(evaluation, pack, words_for("en", pack), 1080, flips=flips, today=today)
    layout = layout_image(evaluation, pack, words_for("en", pack), 1080, presenter, flips=flips, today=today)
    footer = " ".join(layout.block("footer").texts)
    assert "Li Wei" in footer and "Acme Digital · WeChat: liwei88" in footer
    # Both dates in one style: the pack's date as the reader writes dates, not "2026-11-30".
    valid, made = today + dt.timedelta(days=pack.quote_valid_days), today
    assert f"valid until {valid.day} {valid:%B} {valid.year}" in footer
    assert f"data pack of {made.day} {made:%B} {made.year}" in footer
    assert pack.released not in footer
    assert layout.block("footer").height >= plain.block("footer").height + 240  # the QR code has room


def run_cli(*args: str) -> int:
    return cli.main(list(args))


def test_command_writes_a_png_of_the_chosen_width(tmp_path, app, capsys):
    from PySide6.QtGui import QImage
    out = tmp_path / "car.png"
    assert run_cli("share", "--preset", "car_brand", "-o", str(out), "--lang", "zh_CN", "--width", "750") == 0
    assert "Wrote" in capsys.readouterr().out
    image = QImage(str(out))
    assert image.width() == 750 and image.height() > 1920 * 750 / 1080
    assert [p.name for p in tmp_path.iterdir()] == ["car.png"]  # no temporary file left behind


def test_command_never_writes_over_an_input(tmp_path, app, capsys):
    scenario_file = tmp_path / "client.png"  # a scenario saved under an odd name is still an input
    scenario_file.write_bytes((ROOT / "resources" / "presets" / "car_brand.json").read_bytes())
    before = scenario_file.read_bytes()
    assert run_cli("share", str(scenario_file), "-o", str(scenario_file)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "one of the files" in err
    assert scenario_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.png"]


def test_failed_write_keeps_the_previous_image(tmp_path, app, monkeypatch, pack, evaluated):
    from wxdesk.share import OutputError, write_atomically
    target = tmp_path / "old.png"
    target.write_bytes(b"last week's image")
    with pytest.raises(OutputError):
        write_atomically(target, lambda path: False)
    assert target.read_bytes() == b"last week's image"

    def half_then_fail(path: Path) -> bool:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")
    with pytest.raises(OutputError, match="not enough space"):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"last week's image"
    assert [p.name for p in tmp_path.iterdir()] == ["old.png"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a file-size limit set in the child (POSIX)")
def test_a_full_disk_is_told_in_wxdesks_one_line_and_nothing_from_libpng(tmp_path):
    """Qt's PNG writer left the disk's refusal to libpng, which printed 'libpng error: Write Error' on stderr
    itself, above wxdesk's line (and past the log). A file-size limit in the child stands in for a full disk:
    a write past it fails (EFBIG) just as one past the last free block does (ENOSPC)."""
    import resource
    import subprocess
    import sys

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (32 * 1024, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    target = tmp_path / "out" / "client.png"
    target.parent.mkdir()
    from wxdesk.safe_output import png_marked
    earlier = png_marked(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(17)) + b"last week's image"
    target.write_bytes(earlier)  # (an earlier image: only one wxdesk wrote is replaced)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "WXDESK_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run([sys.executable, "-m", "wxdesk", "share", "--preset", "car_brand", "--lang", "en",
                           "-o", str(target)], env=env, capture_output=True, text=True, timeout=120,
                          preexec_fn=limited)
    assert done.returncode == 2, done.stderr
    assert "libpng" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("wxdesk: ") and "not enough space" in done.stderr, done.stderr
    assert target.read_bytes() == earlier
    assert [p.name for p in target.parent.iterdir()] == ["client.png"]


def test_replacing_is_a_rename_of_a_complete_file(tmp_path, monkeypatch):
    """The target is only ever replaced by os.replace of a finished temporary file in its folder."""
    from wxdesk import safe_output
    from wxdesk.share import output
    seen = []
    real_replace = os.replace

    def watched(src, dst):
        seen.append((Path(src).parent.parent, Path(src).read_bytes(), Path(dst)))
        real_replace(src, dst)
    monkeypatch.setattr(safe_output.os, "replace", watched)
    target = tmp_path / "new.png"
    output.write_atomically(target, lambda path: path.write_bytes(b"png bytes") > 0)
    assert seen == [(tmp_path, b"png bytes", target)]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # readable like any file the user saves


@pytest.mark.parametrize("args, message", [
    (["--width", "800"], "invalid choice: 800"),
    (["--lang", "fr"], "invalid choice: 'fr'"),
    (["--currency", "JPY"], "invalid choice: 'JPY'"),
])
def test_bad_options_fail_in_one_line(args, message, tmp_path, capsys):
    assert run_cli("share", "--preset", "car_brand", "-o", str(tmp_path / "x.png"), *args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("make_args, message", [
    (lambda t: ["--preset", "car_brand", "-o", str(t / "x.pdf")], "ending in .png"),
    (lambda t: ["--preset", "car_brand", "-o", str(t)], "is a folder"),
    (lambda t: ["--preset", "car_brand", "-o", str(t / "nowhere" / "x.png")], "does not exist"),
    (lambda t: ["--preset", "no_such", "-o", str(t / "x.png")], "no preset called"),
    (lambda t: [str(t / "missing.json"), "-o", str(t / "x.png")], "does not exist"),
])
def test_bad_input_fails_in_one_sentence(make_args, message, tmp_path, app, capsys):
    assert run_cli("share", *make_args(tmp_path)) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not list(tmp_path.glob("*.png"))
