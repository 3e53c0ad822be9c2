"""`wxdesk report`: a PDF handout for every preset in both languages, and plain errors.

Most cases call the CLI in this process (one Qt application for all of them); a few
run the real command in a subprocess to prove it works with no display at all.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pdf_text import pdf_text, squeeze

from currency_marks import mark
from wxdesk import cli
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.flips import FIELDS as FLIP_FIELDS
from wxdesk.engine.flips import flip_points, flip_reason
from wxdesk.safe_output import png_marked
from wxdesk.words import Words
from wxdesk.words.vocabulary import PRESENCES
from wxdesk.words.template_kind import template_labels

ROOT = Path(__file__).resolve().parents[2]

# An earlier handout and image as wxdesk writes them (only those, or an empty file, are replaced: safe_output).
EARLIER_PDF = b"%PDF-1.4 last week's\n<< /Creator (wxdesk) >>\n%%EOF\n"
EARLIER_PNG = png_marked(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(17)) + b"last week's"


@pytest.fixture
def english_after(qapp):
    """Kept for the tests below: the report no longer changes the process language, and says so."""
    yield


@pytest.fixture(scope="module")
def pack():
    return load_datapack()


def run_cli(*args: str) -> int:
    return cli.main(list(args))


def words_for(lang: str, pack):
    from wxdesk.report.command import reader_words
    return reader_words(lang, "CNY", pack)


# Latin words a Chinese client may meet: product and file names, units and wxdesk itself.
ALLOWED_LATIN = {"wxdesk", "app", "ios", "android", "app store", "wechat", "pay", "mb", "qr", "pdf", "min",
                 "cny", "usd", "eur", "k", "m", "b", "h", "s", "google", "play", "apple", "ln",
                 # standards and products named as they are in Chinese too ("ICP 备案", "iPhone 7")
                 "icp", "iphone", "nfc", "iso-dep"}


def latin_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text)}


# A name with its former name and the name alone ("Official Account (formerly Subscription Account)", "Official
# Account"), squeezed: the handout gives the former name once (Handout.named), at the first mention.
_FORMER = [(squeeze(name.title(chinese)), squeeze(name.alone(chinese))) for name in PRESENCES.values()
           for chinese in (False, True) if name.alone(chinese) != name.title(chinese)]


def read(text: str) -> str:
    """`text` squeezed, each presence by its name alone: a sentence is found in the handout whether the former
    name was given there (the first mention) or not (every later one)."""
    text = squeeze(text)
    for full, short in _FORMER:
        text = text.replace(full, short)
    return text


def check_plan_and_figures(text: str, evaluation, words, pack) -> None:
    """The handout shows the plan, every presence's fit and the first-year figure of Evaluation.to_dict (`text`:
    the handout's, read())."""
    data = evaluation.to_dict(words.reason)
    plan = data["plan"]
    name = " + ".join(words.presence(p) for p in plan["presences"]) if plan["presences"] else None
    if name:
        assert read(name) in text
    # The amounts as the evaluation holds them: to_dict gives them to the yuan, and rounding that again is not what
    # the handout shows (yoga_teacher's likely first year, ¥8,674.89 at the figures' averages: ¥8,670 in the handout,
    # while its 8,675 in the JSON reads ¥8,680).
    shown = evaluation.plan
    assert (plan["first_year_cost_cny"]["likely"], plan["cost_cny"]["low"], plan["cost_cny"]["high"]) == (
        round(shown.first_year.likely), round(shown.total.low), round(shown.total.high))
    assert read(words.money(shown.first_year.likely)) in text
    assert read(words.money(shown.total.low)) in text
    assert read(words.money(shown.total.high)) in text
    for presence in data["presences"]:
        # Each presence's one fit, written beside its name as "NN/100".
        assert read(f"{presence['fit']}/100") in text, presence["id"]
    for alternative in data["alternatives"]:
        for reason in alternative["why_not"]:
            assert read(reason["text"]) in text
    assert read(words.reason(evaluation.budget)) in text


@pytest.mark.parametrize("preset", preset_ids())
def test_english_handout_for_every_preset(preset, tmp_path, pack, capsys):
    out = tmp_path / f"{preset}.pdf"
    assert run_cli("report", "--preset", preset, "-o", str(out), "--lang", "en") == 0
    assert "Wrote" in capsys.readouterr().out
    raw = pdf_text(out)
    text = read(raw)
    scenario = load_preset(preset)
    evaluation = evaluate(scenario, pack)
    words = words_for("en", pack)
    assert read(scenario.client or scenario.name) in text
    check_plan_and_figures(text, evaluation, words, pack)
    found = flip_points(scenario, pack)
    for field in FLIP_FIELDS:
        assert read(words.reason(flip_reason(field, found[field]))) in text
    # Page 1 carries the answer: the plan and its cost range come before the second page.
    first_page = read(raw.split("\f")[0]) if "\f" in raw else text
    assert read(words.money(evaluation.plan.total.low)) in first_page
    assert read("Appendix: the figures used, with sources") in text
    # (The template's rent named as its card names its kind, for an individual: words.template_kind.)
    labels = template_labels(pack, scenario.entity, words)
    for figure in pack.figures.values():
        assert read(labels.get(figure.id, figure.label)) in text, figure.id
    assert "calibration" not in raw.lower() and "§" not in raw and "pigcms" not in raw.lower()
    # No reason printed twice in one place: each panel, each plan and the summary say a thing once.
    from wxdesk.report.answer import build_answer
    answer = build_answer(evaluation, pack, words, found)
    for shown in answer.presences:
        lines = [shown.reason, *shown.pros, *shown.cons, *shown.watch]
        assert len(lines) == len(set(lines)), shown.presence
    assert len({t for _, t in answer.reasons}) == len(answer.reasons)
    for plan in (answer.plan, *answer.alternatives):
        assert len(set(plan.why_not)) == len(plan.why_not)
    assert "Page1of" in text
    check_sentences_agree(raw, answer, evaluation, words)


def check_sentences_agree(raw: str, answer, evaluation, words) -> None:
    """What the handout says of the plan agrees with itself and with the table beside it."""
    from wxdesk.engine import reasons as R
    from wxdesk.engine.fit import staff_only
    # A member with duties is "In the plan for: <duties>"; one without says its own role sentence once.
    for shown in answer.presences:
        if shown.in_plan:
            role = evaluation.plan.role_reason(shown.presence)
            assert (role.template == R.IN_PLAN) == shown.reason.startswith("In the plan for:"), shown.reason
            assert "In the plan for: In the plan" not in shown.reason
    # Under a ✗ only what speaks against a plan; a neutral difference ("costs the same") is a note.
    for alt, result in zip(answer.alternatives, evaluation.alternatives):
        assert alt.why_not == tuple(words.reason(r) for r in result.why_not if r.impact < 0)
        # (A close call leads, as a note too: the two are nearer than the model can tell.)
        assert alt.lead + alt.notes == tuple(words.reason(r) for r in result.why_not if r.impact >= 0)
        assert bool(alt.lead) == result.close_call
    # The subtitle names who is reached: staff where the scenario is about staff alone.
    assert ("your staff" in answer.subtitle) == staff_only(evaluation.scenario)
    # The year table's note sits on the page of its last row, and says the years do not add up
    # only where the printed years do not.
    pages = [squeeze(page) for page in raw.split("\f")]
    total_row = squeeze(f"{answer.years} years in all")
    [page] = [page for page in pages if total_row in page]
    assert squeeze(EN_NOTE) in page
    check_years_note(page, evaluation, words, squeeze("Low and high years do not add up to their totals, since each "
                                                      "is a percentile of its own."))


# The year table's note: the likely figure is the cost at every figure's average, which the appendix gives.
EN_NOTE = ("The likely cost takes every figure at its average, given in the appendix beside its range, so each part "
           "of the cost is the appendix's averages multiplied out. Low and high are the 10th and 90th percentiles of "
           "1,000 simulated outcomes.")
ZH_NOTE = ("预计值按每项数据的平均值计算（附录中列在其区间旁），因此每一项成本都可以用附录中的平均值相乘核对。"
           "低值和高值是 1,000 次模拟结果的第 10 和第 90 百分位。")


def check_years_note(page: str, evaluation, words, note: str) -> None:
    """The note says the low or the high years do not add up only where, as printed, they do not; the likely years
    are the likely total's own terms, and add up to it (`page`: squeezed)."""
    plan = evaluation.plan
    assert words.money(sum(b.likely for b in plan.yearly)) == words.money(plan.total.likely)
    adds_up = all(words.money(sum(getattr(b, c) for b in plan.yearly)) == words.money(getattr(plan.total, c))
                  for c in ("low", "high"))
    assert (note in page) == (not adds_up)


@pytest.mark.parametrize("preset", preset_ids())
def test_chinese_handout_for_every_preset(preset, tmp_path, pack):
    out = tmp_path / f"{preset}-zh.pdf"
    assert run_cli("report", "--preset", preset, "-o", str(out), "--lang", "zh_CN") == 0
    raw = pdf_text(out)
    text = read(raw)
    scenario = load_preset(preset)
    evaluation = evaluate(scenario, pack)
    words = words_for("zh_CN", pack)
    check_plan_and_figures(text, evaluation, words, pack)
    assert "我们的建议" in text
    # The year table's note in Chinese, on the page of the table's last row.
    total_row = squeeze(words.for_years(words.translate("Report", "{years} years in all"),
                                        scenario.horizon_years).format(years=scenario.horizon_years))
    [page] = [squeeze(page) for page in raw.split("\f") if total_row in squeeze(page)]
    assert squeeze(ZH_NOTE) in page
    check_years_note(page, evaluation, words, squeeze("各年的低值、高值均单独按百分位计算，因此逐年相加不等于合计。"))
    labels = template_labels(pack, scenario.entity, words)
    for figure in pack.figures.values():
        assert read(labels.get(figure.id, figure.label_zh)) in text, figure.id
    # Copying from the PDF gives ordinary characters, never radical look-alikes (⼩ for 小).
    assert not re.search(r"[\u2e80-\u2fdf]", text)
    # A date, which ends in 日, takes no space before the Chinese after it: the appendix's intro read "来自
    # 2026年12月5日 的 wxdesk 数据包".
    assert not re.search(re.escape(words.pack_date(pack.released)) + r" [\u4e00-\u9fff]", raw)


def english_leftovers(raw: str, scenario, words, pack) -> set[str]:
    from wxdesk.report.assumptions import source_text
    allowed = set(ALLOWED_LATIN)
    for figure in pack.figures.values():
        source = latin_words(source_text(figure, words))
        # A hyphenated word the layout broke across two lines ("api-" / "evangelist") is the source's too.
        allowed |= source | {part for word in source for part in _line_break_parts(word)}
    allowed |= latin_words(scenario.client or scenario.name)  # the client's own name, as the user typed it
    return latin_words(raw) - allowed


def _line_break_parts(word: str) -> set[str]:
    """"api-evangelist" → {"api-", "evangelist"}: what a break after each hyphen leaves on each line."""
    parts = word.split("-")
    cuts = range(1, len(parts))
    return {"-".join(parts[:i]) + "-" for i in cuts} | {"-".join(parts[i:]) for i in cuts}


@pytest.mark.parametrize("preset", ["car_brand", "food_ordering"])
def test_no_english_in_the_chinese_handout(preset, tmp_path, pack):
    out = tmp_path / f"{preset}-zh.pdf"
    assert run_cli("report", "--preset", preset, "-o", str(out), "--lang", "zh_CN") == 0
    leftovers = english_leftovers(pdf_text(out), load_preset(preset), words_for("zh_CN", pack), pack)
    assert not leftovers, sorted(leftovers)[:20]


def test_the_handouts_own_words_are_all_chinese(pack):
    """Every heading, label and sentence the handout and image write themselves has its Chinese."""
    import ast
    from wxdesk.report.command import reader_words
    words = reader_words("zh_CN", "CNY", pack)
    sources = [*(ROOT / "wxdesk" / "report").glob("*.py"), *(ROOT / "wxdesk" / "share").glob("*.py")]
    found = 0
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate" and len(node.args) == 2
                    and all(isinstance(a, ast.Constant) for a in node.args)):
                context, english = node.args[0].value, node.args[1].value
                found += 1
                chinese = words.translate(context, english)
                assert chinese != english, (path.name, english)
                if re.search(r"[A-Za-z]{2,}", re.sub(r"\{[^}]*\}", "", english)):
                    assert re.search(r"[\u4e00-\u9fff]", chinese), (path.name, english)
    assert found > 60


def test_currency_option_shows_amounts_in_that_currency(tmp_path, pack, english_after):
    out = tmp_path / "usd.pdf"
    assert run_cli("report", "--preset", "car_brand", "-o", str(out), "--lang", "en", "--currency", "USD") == 0
    text = pdf_text(out)
    from wxdesk.engine.money import format_money
    budget = load_preset("car_brand").budget_cny
    assert format_money(budget, "USD", pack.likely("usd_cny")) in text  # "$417k", not "¥3M"
    assert format_money(budget, "CNY") not in text


# The handout names the yuan only as a rate: the pack's exchange rates in the appendix and the one
# sentence that gives the rate the amounts were converted at.
RATE_TEXTS = re.compile(r"[\d.]+CNYper(USD|EUR)|1(USD|EUR)=[\d.]+CNY|[\d.]+元/(美元|欧元)|=[\d.]+元人民币")
YUAN_AMOUNT = re.compile(r"¥|CNY|RMB|人民币|\d元")


@pytest.mark.parametrize("currency", ["USD", "EUR"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_handout_in_dollars_or_euros_shows_no_amount_in_yuan(tmp_path, pack, lang, currency):
    out = tmp_path / f"{currency}-{lang}.pdf"
    assert run_cli("report", "--preset", "car_brand", "-o", str(out), "--lang", lang, "--currency", currency) == 0
    text = squeeze(pdf_text(out))
    rates = RATE_TEXTS.findall(text)
    assert len(rates) >= 3, "the pack's two rates and the rate the amounts were converted at are stated"
    # Figure names may say what a rate is ("Exchange rate, CNY per USD"); no amount may be in yuan.
    left = RATE_TEXTS.sub("", text).replace("CNYperUSD", "").replace("CNYperEUR", "").replace("人民币/美元", "") \
        .replace("人民币/欧元", "")
    found = [left[max(0, m.start() - 40):m.end() + 20] for m in YUAN_AMOUNT.finditer(left)]
    assert not found, found
    # The Apple Developer fee (99 US dollars a year) and a fee held in yuan, both in the reader's currency ("$", or
    # "美元" after the amount in Chinese).
    assert text.count(mark(currency, lang)) > 40


def test_report_from_a_scenario_file_leaves_the_file_alone(tmp_path, english_after):
    source = ROOT / "resources" / "presets" / "food_ordering.json"
    scenario_file = tmp_path / "client.json"
    scenario_file.write_bytes(source.read_bytes())
    before = scenario_file.read_bytes()
    out = tmp_path / "client.pdf"
    assert run_cli("report", str(scenario_file), "-o", str(out), "--lang", "en") == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert scenario_file.read_bytes() == before
    assert not list(tmp_path.glob("*.partial"))


def test_chart_is_drawn_as_vectors(tmp_path, english_after):
    from pypdf import PdfReader
    out = tmp_path / "vector.pdf"
    assert run_cli("report", "--preset", "bank_care", "-o", str(out), "--lang", "en") == 0
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    assert all(not page.images for page in reader.pages)


@pytest.mark.parametrize("args, message", [
    (["--lang", "fr"], "invalid choice: 'fr'"),
    (["--currency", "JPY"], "invalid choice: 'JPY'"),
])
def test_unknown_options_fail_in_one_line(args, message, tmp_path, capsys, english_after):
    assert run_cli("report", "--preset", "car_brand", "-o", str(tmp_path / "x.pdf"), *args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_output_equal_to_input_is_refused(tmp_path, capsys, english_after):
    scenario_file = tmp_path / "s.json"
    scenario_file.write_bytes((ROOT / "resources" / "presets" / "car_brand.json").read_bytes())
    before = scenario_file.read_bytes()
    assert run_cli("report", str(scenario_file), "-o", str(scenario_file)) == 2
    assert "is the scenario file" in capsys.readouterr().err
    assert scenario_file.read_bytes() == before


def test_missing_folder_and_bad_file_fail_in_one_line(tmp_path, capsys, english_after):
    assert run_cli("report", "--preset", "car_brand", "-o", str(tmp_path / "nowhere" / "x.pdf")) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert run_cli("report", str(bad), "-o", str(tmp_path / "x.pdf")) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_a_folder_as_output_is_refused(tmp_path, capsys, english_after):
    assert run_cli("report", "--preset", "car_brand", "-o", str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err


def test_failed_write_keeps_the_previous_pdf(tmp_path, monkeypatch, pack, english_after):
    from wxdesk.report import handout
    evaluation = evaluate(load_preset("car_brand"), pack)
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"the handout from last week")

    def broken(*_args, **_kwargs):
        raise handout.ReportError(target, "disk full")
    monkeypatch.setattr(handout, "_paint", broken)
    with pytest.raises(handout.ReportError):
        handout.write_report(evaluation, pack, target, Words.make("en", "CNY", pack))
    assert target.read_bytes() == b"the handout from last week"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_unwritable_folder_fails_in_one_line(tmp_path, capsys, english_after):
    if os.geteuid() == 0:
        pytest.skip("root can write into read-only folders")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert run_cli("report", "--preset", "car_brand", "-o", str(folder / "x.pdf")) == 2
        err = capsys.readouterr().err
        assert "cannot write" in err and err.count("\n") == 1
    finally:
        folder.chmod(0o700)


def test_missing_chinese_font_still_writes_the_report_with_a_warning(tmp_path, monkeypatch, capsys, pack,
                                                                    english_after):
    from PySide6.QtGui import QFontDatabase

    from wxdesk.report import write_report
    from wxdesk.report.fonts import MISSING_CJK_WARNING
    real_families = QFontDatabase.families

    def families(system=QFontDatabase.WritingSystem.Any):
        if system == QFontDatabase.WritingSystem.SimplifiedChinese:
            return []
        return real_families(system)
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(families))
    result = write_report(evaluate(load_preset("car_brand"), pack), pack, tmp_path / "nofont.pdf",
                          Words.make("en", "CNY", pack))
    assert result.warnings == (MISSING_CJK_WARNING,)
    assert (tmp_path / "nofont.pdf").read_bytes().startswith(b"%PDF")
    # The command says it on stderr, once (a change had put the plan's warnings there in its place).
    assert run_cli("report", "--preset", "car_brand", "--lang", "en", "-o", str(tmp_path / "cli.pdf")) == 0
    err = capsys.readouterr().err
    assert err.count("wxdesk: warning:") == 1 and "no font with Chinese characters" in err, err


@pytest.mark.parametrize("command, name", [("report", "handout.pdf"), ("share", "handout.png")])
def test_a_chinese_output_without_a_chinese_font_is_refused_plainly(tmp_path, monkeypatch, capsys, command, name,
                                                                    english_after):
    """Every word of it would be an empty box: nothing is written, the earlier file stays, one line says what to
    install. (An English one is still written, with a warning: above.)"""
    from PySide6.QtGui import QFontDatabase
    real_families = QFontDatabase.families

    def families(system=QFontDatabase.WritingSystem.Any):
        return [] if system == QFontDatabase.WritingSystem.SimplifiedChinese else real_families(system)
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(families))
    target = tmp_path / name
    # (An earlier output of the same kind: a file of another kind is never replaced at all.)
    earlier = EARLIER_PDF if command == "report" else EARLIER_PNG
    target.write_bytes(earlier)
    assert run_cli(command, "--preset", "car_brand", "--lang", "zh_CN", "-o", str(target)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "no installed font has Chinese characters" in err and "fonts-noto-cjk" in err
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    # With the fonts back, the same command writes it.
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(real_families))
    assert run_cli(command, "--preset", "car_brand", "--lang", "zh_CN", "-o", str(target)) == 0
    assert target.read_bytes() != earlier


@pytest.mark.parametrize("name", ["notes.md", "data.csv", "plan.png", "handout"])
def test_a_handout_is_written_only_to_a_pdf_name(tmp_path, capsys, name, english_after):
    """A slip of the name (-o notes.md) wrote a PDF over that file, whatever it held."""
    target = tmp_path / name
    target.write_text("my own work", encoding="utf-8")
    assert run_cli("report", "--preset", "car_brand", "-o", str(target)) == 2
    err = capsys.readouterr().err
    assert "ending in .pdf" in err and err.count("\n") == 1
    assert target.read_text(encoding="utf-8") == "my own work"


def test_a_rate_edited_by_hand_beyond_reason_falls_back_to_the_packs(tmp_path, capsys, english_after):
    """A settings file edited to rate_EUR=1e-320 made every amount fail to write (an internal error)."""
    from wxdesk import settings
    settings._store().setValue("display/rate_EUR", "1e-320")
    try:
        assert settings.cny_per_unit("EUR") is None
        out = tmp_path / "eur.pdf"
        assert run_cli("report", "--preset", "car_brand", "-o", str(out), "--currency", "EUR") == 0
        assert "€" in pdf_text(out)
    finally:
        settings._store().remove("display/rate_EUR")


def test_a_handout_cut_short_by_a_full_disk_is_refused_in_one_line(tmp_path, monkeypatch, capsys, english_after):
    """Qt's PDF writer says nothing when the disk fills: the PDF reader then failed on the file cut short, an
    internal error, with its own warning printed above it."""
    from wxdesk.report import handout

    def cut_short(_evaluation, _answer, _pack, path, *_args):
        Path(path).write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")  # what a full disk leaves
        return 1
    monkeypatch.setattr(handout, "_paint", cut_short)
    target = tmp_path / "handout.pdf"
    target.write_bytes(EARLIER_PDF)  # (an earlier handout: a file of another kind is never replaced)
    assert run_cli("report", "--preset", "car_brand", "-o", str(target)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not be written whole" in err and "EOF" not in err, err
    assert target.read_bytes() == EARLIER_PDF
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf"]


def test_font_choice_prefers_known_cjk_faces_and_skips_monospace():
    from wxdesk.report.fonts import pick_cjk_family, pick_family
    assert pick_cjk_family(["Noto Sans Mono CJK SC", "Noto Sans CJK SC"]) == "Noto Sans CJK SC"
    assert pick_cjk_family(["Noto Sans Mono CJK SC", "Some Han Font"]) == "Some Han Font"
    assert pick_cjk_family([]) is None
    assert pick_family(["dejavu sans"], ["DejaVu Sans"]) == "dejavu sans"


def test_real_command_without_a_display(tmp_path):
    """The installed command, in a fresh process with no display: Chinese handout, one line of output."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    out = tmp_path / "handout.pdf"
    done = subprocess.run([sys.executable, "-m", "wxdesk", "report", "--preset", "city_service", "-o", str(out),
                           "--lang", "zh_CN", "--currency", "EUR"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    text = pdf_text(out)
    assert "小程序" in text and "€" in text
    bad = subprocess.run([sys.executable, "-m", "wxdesk", "report", str(tmp_path / "missing.json"), "-o",
                          str(tmp_path / "y.pdf")], env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
