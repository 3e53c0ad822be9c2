"""The command line's summary names the Official Account with its former name once, where the reader first meets
it, and "Official Account" (公众号) after: it wrote "Official Account (formerly Subscription Account)" in full in
every line about it, the table's row, each sentence under it and every plan's name."""

import re

import pytest

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.words import summary
from wxdesk.words.summary import summary_text
from wxdesk.words.vocabulary import PRESENCES, NamedOnce, without_former_names

PACK = load_datapack()
LANGS = ("en", "zh_CN")
FULL = {"en": PRESENCES["subscription"].english, "zh_CN": PRESENCES["subscription"].chinese}
SHORT = {"en": "Official Account", "zh_CN": "公众号"}


def _unwrapped(text: str, lang: str) -> str:
    """The summary's lines run on, so that a name the wrap cut ("Official Account (formerly / Subscription
    Account)", "公众号 / （原订阅号）") reads whole: Chinese lines join with nothing between them."""
    return re.sub(r"\n\s*", "" if lang == "zh_CN" else " ", text)


@pytest.fixture(scope="module")
def summaries():
    return {(preset, lang): summary_text(evaluate(load_preset(preset, lang), PACK), PACK, words(lang))
            for preset in preset_ids() for lang in LANGS}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("preset", preset_ids())
def test_the_former_name_is_given_once_at_the_first_mention(summaries, preset, lang):
    text = _unwrapped(summaries[preset, lang], lang)
    full, short = FULL[lang], SHORT[lang]
    assert short in text  # every presence has its row in the table
    assert text.count(full) == 1
    # The first "Official Account" is the full name's own: the name alone never comes before it.
    assert text.find(short) == text.find(full)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("preset", preset_ids())
def test_only_the_former_name_changes(summaries, preset, lang, monkeypatch):
    """Other presences, every sentence and the table read as before; only the repeated former name went."""
    class EveryName:
        def __call__(self, text: str) -> str:
            return text
    monkeypatch.setattr(summary, "NamedOnce", EveryName, raising=False)
    before = summary_text(evaluate(load_preset(preset, lang), PACK), PACK, words(lang))

    def read(text):
        # Read with the wrap undone: a Chinese line may have ended where a space stood ("3 年共 / ¥311万").
        text = without_former_names(_unwrapped(text, lang))
        return ("" if lang == "zh_CN" else " ").join(text.split())
    assert read(summaries[preset, lang]) == read(before)


@pytest.mark.parametrize("lang", LANGS)
def test_the_tables_row_names_it_in_full_only_when_it_is_the_first_mention(summaries, lang):
    """bank_care's plan and next plans hold no Official Account, nor does its cheapest plan, which its cost line
    names (fitness_coaching's first alternative does, since its Official Account beside the app pays for no articles,
    7 December 2026): its row in the table is where the reader first meets it, so the row's label gives the former
    name. car_brand's plan holds it: the row reads the name alone, its score in the column of the other rows'."""
    def row(preset, name):
        return next(line for line in summaries[preset, lang].splitlines()
                    if re.match(rf"  {re.escape(name)} +\d+   \S", line))
    full, short, service = FULL[lang], SHORT[lang], PRESENCES["service"].title(lang == "zh_CN")
    assert FULL[lang] not in summaries["bank_care", lang].split(row("bank_care", full))[0]
    named_before = row("car_brand", short)
    assert full in summaries["car_brand", lang].split(named_before)[0]
    assert re.search(r"\d+   ", named_before).start() == re.search(r"\d+   ", row("car_brand", service)).start()


def test_named_once_across_pieces_in_a_plans_name_too():
    named = NamedOnce()
    en = PRESENCES["subscription"].english
    assert named(f"The plan: {en} + Mini Program") == f"The plan: {en} + Mini Program"
    assert named(f"Next best: {en} + Channels") == "Next best: Official Account + Channels"
    assert named(f"{en} cannot take payments; the plan's {en} covers that.") == \
        "Official Account cannot take payments; the plan's Official Account covers that."
    assert named("Mini Program: about 8 weeks") == "Mini Program: about 8 weeks"


def test_named_once_in_chinese_spaces_a_plans_plus_as_the_name_alone_needs():
    """Words.plan writes "公众号（原订阅号）+ 视频号": the full-width bracket carries the space before "+"."""
    named = NamedOnce()
    zh = PRESENCES["subscription"].chinese
    assert named(f"海外企业不能注册{zh}。") == f"海外企业不能注册{zh}。"
    assert (named(f"得分与“{zh}+ 小程序”方案相同，{zh}本身不增加任何费用。")
            == "得分与“公众号 + 小程序”方案相同，公众号本身不增加任何费用。")
    assert named(f"次优：视频号 + {zh}") == "次优：视频号 + 公众号"


def test_the_name_alone():
    assert {lang: PRESENCES["subscription"].alone(lang == "zh_CN") for lang in LANGS} == SHORT
    assert PRESENCES["mini_program"].alone(False) == "Mini Program" and PRESENCES["wecom"].alone(True) == "企业微信"


def test_without_former_names():
    zh = PRESENCES["subscription"].chinese
    assert without_former_names(f"“{zh}+ 视频号”，{zh}。") == "“公众号 + 视频号”，公众号。"
    assert without_former_names("Service Account + Mini Program") == "Service Account + Mini Program"


def test_a_piece_with_no_name_leaves_the_first_mention_to_come():
    named = NamedOnce()
    en = PRESENCES["subscription"].english
    assert named("Service Account + Mini Program") == "Service Account + Mini Program"
    assert named(f"In place of the plan's {en}, and {en}") == f"In place of the plan's {en}, and Official Account"
