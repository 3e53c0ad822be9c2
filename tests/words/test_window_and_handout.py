"""The window and the PDF handout say the same things in the same words.

For one evaluation, in both languages and all three currencies: the account cards'
names, facts and reasons and the options' amounts as the window shows them are
found, word for word, in the handout the report command writes with the same
Preferences.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from wxdesk import cli, settings
from wxdesk.engine import evaluate, load_preset
from wxdesk.engine.datapack import ACCOUNT_IDS
from wxdesk.words import CURRENCIES, LANGUAGES

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
    yield lang, currency
    settings.set_currency("CNY")
    i18n.set_language(before)


@pytest.mark.parametrize("reader", [(lang, currency) for lang in LANGUAGES for currency in CURRENCIES],
                         indirect=True, ids=lambda r: "-".join(r))
def test_window_and_handout_read_alike(reader, pack, qtbot, tmp_path):
    from wxdesk.report.command import reader_words
    from wxdesk.ui import text
    from wxdesk.ui.account_panel import AccountPanel, OptionPanel
    lang, currency = reader
    evaluation = evaluate(load_preset(PRESET), pack)

    window_words = text.words(pack)
    command_words = reader_words(lang, None, pack)
    assert (command_words.lang, command_words.currency, command_words.cny_per_unit) == \
        (window_words.lang, window_words.currency, window_words.cny_per_unit) == \
        (lang, currency, window_words.cny_per_unit)

    out = tmp_path / "handout.pdf"
    assert cli.main(["report", "--preset", PRESET, "-o", str(out), "--lang", lang]) == 0
    handout = squeeze(pdf_text(out))

    shown: list[str] = []
    for account_id in ACCOUNT_IDS:
        panel = AccountPanel(account_id, pack)
        qtbot.addWidget(panel)
        panel.show_evaluation(evaluation)
        shown.append(panel.title.text())
        # The handout prints each card's first two facts and reasons.
        shown += [label.text().removeprefix("· ") for label in panel.fact_labels[:2]]
        shown += [label.text()[2:] for label in panel.reason_labels[:2] if label.text()]
    for option_id in ("native_app", "mini_program"):
        panel = OptionPanel(option_id, pack)
        qtbot.addWidget(panel)
        panel.show_evaluation(evaluation)
        shown.append(panel.title.text())
        result = evaluation.app_vs_mini_program.option(option_id)
        amounts = [result.total.low, result.total.likely, result.total.high, result.cost_per_user]
        for amount in amounts:
            assert text.money(amount, pack) in panel.cost.text() + panel.range.text() + panel.per_user.text()
        shown += [text.money(amount, pack) for amount in amounts]

    missing = [words for words in shown if squeeze(words) not in handout]
    assert not missing, f"shown in the window but not in the {lang} {currency} handout: {missing}"
    # One currency on every card: no other currency's sign in what the window shows.
    other_signs = set(SIGNS.values()) - {SIGNS[currency]}
    assert not [words for words in shown if other_signs & set(words)]
