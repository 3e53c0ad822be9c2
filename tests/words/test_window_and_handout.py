"""The window and the PDF handout say the same things in the same words.

For one evaluation, in both languages and all three currencies: the presence panels'
names, fits and (outside the plan) first reasons, and the plan's name and amounts as the
window shows them are found, word for word, in the handout the report command writes
with the same Preferences.
"""

from __future__ import annotations

import pytest

from pdf_text import pdf_text, squeeze

from wxdesk import cli, settings
from wxdesk.engine import evaluate, load_preset
from wxdesk.engine.datapack import PRESENCES
from wxdesk.words import CURRENCIES, LANGUAGES

pytestmark = pytest.mark.gui
PRESET = "car_brand"
SIGNS = {"CNY": "¥", "USD": "$", "EUR": "€"}


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
    from wxdesk.ui.account_panel import PresencePanel
    from wxdesk.ui.plan_view import PlanSummary
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
    for presence_id in PRESENCES:
        panel = PresencePanel(presence_id, pack)
        qtbot.addWidget(panel)
        panel.show_evaluation(evaluation)
        result = evaluation.presence(presence_id)
        shown += [text.presence_title(presence_id), panel.meter.number.text()]
        # A presence outside the plan: its first reason says why, in the window and the handout alike.
        if not result.in_plan:
            shown.append(panel.reason_labels[0].text()[2:])
    plan = evaluation.plan
    amounts = [plan.total.low, plan.total.likely, plan.total.high, plan.first_year.likely]
    summary = PlanSummary(pack)
    qtbot.addWidget(summary)
    summary.show_evaluation(evaluation)
    for amount in amounts:
        assert text.money(amount, pack) in summary.cost_label.text()
    shown += [text.plan_name(plan.presences), *(text.money(amount, pack) for amount in amounts)]

    missing = [words for words in shown if squeeze(words) not in handout]
    assert not missing, f"shown in the window but not in the {lang} {currency} handout: {missing}"
    # One currency on every card: no other currency's sign in what the window shows.
    other_signs = set(SIGNS.values()) - {SIGNS[currency]}
    assert not [words for words in shown if other_signs & set(words)]


@pytest.mark.parametrize("reader", [(lang, "CNY") for lang in LANGUAGES], indirect=True, ids=lambda r: r[0])
def test_a_plan_of_nothing_is_named_alike_in_the_window_and_the_handout(reader, pack, qtbot):
    """With no audience on WeChat the plan holds nothing; the window, the handout and the command line
    name that plan in the same words (they used to be three different sentences)."""
    from wxdesk.engine import Scenario
    from wxdesk.batch.language import words as command_line_words
    from wxdesk.words.summary import summary_text
    from wxdesk.report.answer import plan_text
    from wxdesk.report.command import reader_words
    from wxdesk.ui import text
    from wxdesk.ui.plan_view import PlanSummary
    lang, _currency = reader
    import dataclasses
    # No audience on WeChat leaves a native app at most; a plan of nothing is its limit.
    evaluation = evaluate(Scenario().with_changes(china_share=0.0), pack)
    evaluation = dataclasses.replace(evaluation, plan=dataclasses.replace(evaluation.plan, presences=()))
    summary = PlanSummary(pack)
    qtbot.addWidget(summary)
    summary.show_evaluation(evaluation)
    handout_name = plan_text(evaluation.plan, reader_words(lang, None, pack)).name
    assert summary.name_label.text().endswith(handout_name)
    assert handout_name == text.plan_name(())
    assert f"{summary.name_label.text()}\n" in summary_text(evaluation, pack, command_line_words(lang))
