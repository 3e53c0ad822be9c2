"""The window and the PDF handout say the same things in the same words.

For one evaluation, in both languages and all three currencies: the words the window
puts on screen (its `Words`, built from its language and the currency and rate in
Preferences) are found, word for word, in the handout the report command writes with
the same Preferences: the presences' names, the plan's costs, its budget and app
sentences, the warnings, and why each presence outside the plan stays out.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from wxdesk import cli, settings
from wxdesk.engine import evaluate, load_preset
from wxdesk.words import CURRENCIES, LANGUAGES, PRESENCES

pytestmark = pytest.mark.gui
PRESET = "car_brand"
SIGNS = {"CNY": "¥", "USD": "$", "EUR": "€"}


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def squeeze(text: str) -> str:
    """Without the whitespace and hyphens where the PDF layout wrapped lines."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


@pytest.fixture
def reader(request, qapp):
    """The window set to a language and a display currency, put back afterwards."""
    from wxdesk.ui import i18n
    from wxdesk.ui.app import get_qapp
    get_qapp()
    lang, currency = request.param
    before = i18n.current_language()
    i18n.set_language(lang)
    settings.set_currency(currency)
    if currency != "CNY":
        settings.set_rate(currency, 6.5)  # the user's own rate, not the pack's
    yield lang, currency
    if currency != "CNY":
        settings.set_rate(currency, None)
    settings.set_currency("CNY")
    i18n.set_language(before)


@pytest.mark.parametrize("reader", [(lang, currency) for lang in LANGUAGES for currency in CURRENCIES],
                         indirect=True, ids=lambda r: "-".join(r))
def test_window_and_handout_read_alike(reader, pack, tmp_path):
    from wxdesk.report.command import reader_words
    from wxdesk.ui import text
    lang, currency = reader
    evaluation = evaluate(load_preset(PRESET), pack)

    window = text.words(pack)
    command = reader_words(lang, None, pack)
    assert (window.lang, window.currency) == (command.lang, command.currency) == (lang, currency)
    assert window.cny_per_unit == command.cny_per_unit == (1.0 if currency == "CNY" else 6.5)

    out = tmp_path / "handout.pdf"
    assert cli.main(["report", "--preset", PRESET, "-o", str(out), "--lang", lang]) == 0
    handout = squeeze(pdf_text(out))

    plan = evaluation.plan
    shown = [window.presence(p) for p in PRESENCES]
    shown += [window.money(v) for v in (plan.total.low, plan.total.likely, plan.total.high, plan.first_year.likely)]
    shown += [window.reason(evaluation.budget), window.reason(evaluation.app_or_mini_program.reason)]
    shown += [window.reason(w) for w in evaluation.warnings]
    shown += [window.reason(p.reasons[0]) for p in evaluation.presences if not p.in_plan and p.reasons]
    missing = [words for words in shown if squeeze(words) not in handout]
    assert not missing, f"on screen but not in the {lang} {currency} handout: {missing}"
    # One currency throughout: no other currency's sign in anything the window shows.
    other_signs = set(SIGNS.values()) - {SIGNS[currency]}
    assert not [words for words in shown if other_signs & set(words)]
