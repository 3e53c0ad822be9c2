"""`Words`: everything the engine says, as text for one reader (language, currency, data pack).

The window, the PDF handout and the command line each build one `Words` and ask it for
every name, amount and sentence, so one figure reads the same wherever it appears.
Translation is passed in as a function `translate(context, text)`: the window passes
Qt's installed catalogue, the report command a catalogue loaded for the handout's
language, and tests and plain-text output may pass nothing (English as written).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from wxdesk.engine.datapack import parse_loose_date
from wxdesk.engine.money import SYMBOLS
from wxdesk.engine.mp_template import WRITTEN_IN_FULL
from wxdesk.engine.scenario import EXAMPLE_NAME, Scenario
from wxdesk.engine.scores import score_digits
from wxdesk.engine.reasons import (Difference, Money, Parts, Reason, compared_amounts, difference_form,
                                   english_term, number_as_written, share_in_a_sentence, with_article,
                                   with_definite_article)
from wxdesk.engine.standing import IN_PLAN, OPEN, REACHES_NONE, standing
from wxdesk.words import numbers
from wxdesk.words.one_style import in_full_alike, in_one_style
from wxdesk.words.steps import component_names, step_names
from wxdesk.words.unit_prices import with_unit_prices
from wxdesk.words.units import (IPHONE_UNIT, MONEY_UNITS, PERCENT_UNITS, SCALED_UNITS, USD_MONEY_UNITS, for_one,
                                unit_names)
from wxdesk.words.vocabulary import CURRENCIES, LANGUAGES, PRESENCES, RATE_FIGURES, named_in_full_once

if TYPE_CHECKING:
    from wxdesk.engine.datapack import DataPack, Fact, Figure
    from wxdesk.engine.results import Evaluation, PlanResult, PresenceResult

Translate = Callable[[str, str], str]

# The units of a multiplier: "× 1.5" in English, 1.5 倍 in Chinese.
MULTIPLIER_UNITS = ("×", "weight")
# A figure named in a fact, with the currency sign the pack may have written before it.
_PLACEHOLDER = re.compile(r"(¥\s?)?\{(\w+)\}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The params that hold a date, written as every other sentence writes one (the slowest launch's day beside the date).
_DATE_KEYS = ("date", "slowest", "live", "earliest")


def untranslated(_context: str, text: str) -> str:
    """English as written: the translation for plain-text output and tests."""
    return text


def scenario_name(name: str, translate: Translate) -> str:
    """A scenario's name as the reader reads it: the name every new scenario starts with (Scenario.name, "New
    scenario") in the reader's language; any other name is the user's own and stays as written. (A Chinese handout
    read "为 New scenario 准备" while the window's title, which had the rule alone, read 新场景.)"""
    if name.strip() == Scenario.name:
        return translate("ScenarioDocument", "New scenario")
    if name.strip() == EXAMPLE_NAME:  # `wxdesk template`'s: a Chinese handout read "为 Example shop 准备"
        return translate("ScenarioDocument", "Example shop")
    return name


def cny_per_unit(currency: str, pack: DataPack | None, own_rate: float | None = None) -> float:
    """CNY per unit of `currency`: the reader's own rate when given, else the data pack's."""
    if currency not in CURRENCIES:
        raise ValueError(f"unknown currency {currency!r}")
    if currency == "CNY":
        return 1.0
    if own_rate is not None and own_rate > 0:
        return float(own_rate)
    if pack is None:
        raise ValueError(f"a rate for {currency} needs a data pack or the reader's own rate")
    return pack.likely(RATE_FIGURES[currency])


def one_year(text: str, key: str = "{years}") -> str:
    """A template's "<key> years" in the singular, for a span of one year: "over {years} year" (and a
    heading set in capitals, "COST OVER %1 YEAR")."""
    return text.replace(f"{key} years", f"{key} year").replace(f"{key} YEARS", f"{key} YEAR")


def one_point(text: str, key: str = "{points}") -> str:
    """A template's "{points} points" (or "{points} more points") in the singular, for a point: "by 1 point",
    never "by 1 points". Chinese has no plural, so only a translation that still reads "points" changes."""
    return text.replace(f"{key} points", f"{key} point").replace(f"{key} more points", f"{key} more point")


# The parameters that count points in a sentence ("less {cost_points} points for its first-year cost").
_POINTS_KEYS = ("points", "effort", "cost_points")


def one_staff_hour(text: str, key: str) -> str:
    """A template's "<key> staff hours" in the singular, for one hour: "1 staff hour a month in this plan against
    0" (a card read "1 staff hours"). Chinese has no plural: only a translation that reads "staff hours" changes."""
    return text.replace(f"{key} staff hours", f"{key} staff hour")


# The parameters that count staff hours in a sentence (cost_reasons: "{alt} staff hours a month … against {best}").
_STAFF_HOURS_KEYS = ("alt", "best")


def one_user(text: str, key: str = "{users}") -> str:
    """A template's "{users} monthly users" in the singular, for an audience of one (a file may hold one): "With 1
    monthly user few would install an app", not "1 monthly users". Chinese has no plural: only English changes."""
    return text.replace(f"{key} monthly users", f"{key} monthly user")


@dataclass(frozen=True)
class Words:
    """Text for one reader. Build it with `Words.make`; it is cheap and immutable."""

    lang: str = "en"
    currency: str = "CNY"
    cny_per_unit: float = 1.0
    translate: Translate = untranslated
    pack: DataPack | None = None

    @classmethod
    def make(cls, lang: str, currency: str, pack: DataPack | None, translate: Translate = untranslated,
             own_rate: float | None = None) -> Words:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        return cls(lang, currency, cny_per_unit(currency, pack, own_rate), translate, pack)

    @property
    def chinese(self) -> bool:
        return numbers.is_chinese(self.lang)

    # -- numbers
    def money(self, amount_cny: float) -> str:
        """An amount held in CNY, in the reader's currency: ¥1.2M, $170k, ¥12.5万."""
        return numbers.money(amount_cny, self.currency, self.cny_per_unit, self.lang)

    def money_in_full(self, amount_cny: float) -> str:
        """An amount held in CNY, in the reader's currency, to the whole unit: ¥245,800, $33,856."""
        return numbers.money_in_full(amount_cny, self.currency, self.cny_per_unit, self.lang)

    def _told_apart(self, reason: Reason, template: str) -> _AmountWriters:
        """How a sentence, written in `template`, writes its amounts of money and the differences between them: as
        every figure is ("¥246k"), except amounts that would read alike there and differ, each written to the whole
        unit. "Your budget of ¥246k is ¥233 short of the plan's likely first-year cost of ¥246k" read as a slip, where
        it is "¥245,800 … ¥246,033". A difference with such an amount at one end has the other end written in full
        too, and is taken from the two as written ("¥245,800 is ¥54.2k short of ¥300,000": beside "¥300k" the reader's
        sum gave ¥54.2k and the sentence ¥54k). An amount rounded its own way (a flip point) is read as it writes
        itself (_amount); the amounts written in full are returned too, for those."""
        written = _written_money(reason, template)
        if len(written) < 2:  # (most sentences: nothing to tell apart)
            return self.money, self.difference, frozenset()
        readings: dict[str, set[float]] = {}
        for amount in written:
            if not isinstance(amount, Difference):  # (a difference is written from two amounts, not one of them)
                readings.setdefault(self._amount(amount), set()).add(amount)
        in_full = {amount for alike in readings.values()
                   if len(alike) > 1 and len({self._amount(a, in_full=True) for a in alike}) > 1 for amount in alike}
        if not in_full:
            return self.money, self.difference, frozenset()
        for gap in written:
            if isinstance(gap, Difference) and (gap.larger in in_full or gap.smaller in in_full):
                in_full |= {gap.larger, gap.smaller}

        def money(amount: float) -> str:
            return self.money_in_full(amount) if amount in in_full else self.money(amount)

        def difference(larger: float, smaller: float) -> str:
            if larger in in_full or smaller in in_full:
                return numbers.difference_in_full(larger, smaller, self.currency, self.cny_per_unit, self.lang)
            return self.difference(larger, smaller)
        return money, difference, frozenset(in_full)

    def _amount(self, amount: float, in_full: bool = False) -> str:
        """An amount in a sentence as it reads there: as every amount is written (or in full), or, where it says how it
        is written in a currency (a `written_in` method: flips.WrittenPoint, a flip point rounded onto the new plan's
        side in the reader's own currency), so."""
        written_in = getattr(amount, "written_in", None)
        if written_in is not None:
            return str(written_in(self.currency, self.cny_per_unit, self.lang, in_full))
        return self.money_in_full(amount) if in_full else self.money(amount)

    def difference(self, larger_cny: float, smaller_cny: float) -> str:
        """How much one amount exceeds another, from the two as the reader's currency writes them: "$185 less"
        beside $283 and $98, where the yuan difference converted read "$186"."""
        return numbers.difference(larger_cny, smaller_cny, self.currency, self.cny_per_unit, self.lang)

    def money_range(self, low_cny: float, high_cny: float) -> str:
        """"¥365k – ¥1.02M", "¥1,870 – ¥11,700" (its ends in one style: one_style.in_full_alike); one amount when both
        ends read alike."""
        return self.money_band(high_cny, low_cny, high_cny)[1]

    def money_band(self, likely_cny: float, low_cny: float, high_cny: float) -> tuple[str, str]:
        """A likely amount and its range, written as one figure in one style (one_style.in_full_alike): ("¥6,060",
        "¥1,870 – ¥11,700"), where each written alone read "¥6,060 (¥1,870 – ¥11.7k)"; the range one amount where both
        ends read alike."""
        likely, low, high = self.money_alike(likely_cny, low_cny, high_cny)
        return likely, low if low == high else f"{low} – {high}"

    def money_alike(self, *amounts_cny: float) -> tuple[str, ...]:
        """The amounts of one figure (a likely amount, its low and high ends: a row of the cost-per-year table), each
        as `money` writes it, in one style (one_style.in_full_alike)."""
        return in_full_alike([self.money(amount) for amount in amounts_cny])

    @staticmethod
    def for_years(text: str, years: int, key: str = "{years}") -> str:
        """A translated template that speaks of a number of years, in the singular where there is one:
        "over 1 year", never "over 1 years" (a horizon of one year is allowed). Chinese has no plural,
        so only a translation that still reads "<key> years" changes."""
        return one_year(text, key) if years == 1 else text

    @property
    def currency_symbol(self) -> str:
        return SYMBOLS.get(self.currency, self.currency)

    def currency_name(self) -> str:
        """The reader's currency as a caption names it: "yuan (¥)", 人民币（¥）; the handout and the long
        image alike (the image read "in ¥ CNY")."""
        names = {"CNY": self.translate("Report", "yuan (¥)"), "USD": self.translate("Report", "US dollars ($)"),
                 "EUR": self.translate("Report", "euros (€)")}
        return names[self.currency]

    def rate_note(self) -> str:
        """The rate the amounts were converted at, "1 USD = 7 CNY"; none in yuan."""
        if self.currency == "CNY":
            return ""
        return self.translate("Report", "1 {code} = {rate} CNY").format(code=self.currency,
                                                                         rate=self.figure_number(self.cny_per_unit))

    def currency_with_rate(self) -> str:
        """The reader's currency as a caption names it, with the rate where it is not the yuan: "US dollars ($) at
        1 USD = 7 CNY" (a long image in dollars, forwarded, named no rate at all)."""
        if self.currency == "CNY":
            return self.currency_name()
        return self.translate("Report", "{currency} at {rate}").format(currency=self.currency_name(),
                                                                        rate=self.rate_note())

    def count(self, value: float) -> str:
        return numbers.count(value, self.lang)

    def share(self, value: float) -> str:
        return numbers.share(value)

    def share_as_set(self, value: float) -> str:
        return numbers.share_as_set(value)

    def chance(self, value: float) -> str:
        return numbers.chance(value)

    @staticmethod
    def share_in_a_sentence(value: float) -> str:
        """A share in running words (reasons.share_in_a_sentence: "covers only 0.47% of …"), as the JSON's own text
        writes it too."""
        return share_in_a_sentence(value)

    def number(self, value: float, decimals: int = 0) -> str:
        return numbers.grouped(value, decimals)

    def figure_number(self, value: float) -> str:
        return numbers.figure(value)

    def date(self, day: dt.date) -> str:
        return numbers.date(day, self.lang)

    def join(self, items: Iterable[str]) -> str:
        return numbers.join(list(items), self.lang)

    def either(self, items: Iterable[str]) -> str:
        return numbers.either(list(items), self.lang)

    # -- names
    def presence(self, presence_id: str) -> str:
        """A presence's name as a title: Service Account, 服务号, Native app."""
        name = PRESENCES.get(presence_id)
        return name.title(self.chinese) if name is not None else self.term(presence_id)

    def plan(self, presences: Iterable[str]) -> str:
        """A plan as people read it: "Service Account + Mini Program"; a plan of nothing says so."""
        names = [self.presence(p) for p in presences]
        if not names:
            return self.translate("Words", "No WeChat presence and no app")
        # A full-width bracket carries its own space: "公众号（原订阅号）+ 小程序", not "） +".
        return "".join(name + ("+ " if name.endswith("）") else " + ") for name in names[:-1]) + names[-1]

    def pack_date(self, text: str) -> str:
        """A data pack's release as a reader writes a date ("24 November 2026"); a partial one as written."""
        day = parse_loose_date(text)
        return self.date(day) if day is not None and len(text) == len("2026-11-30") else text

    def sentences(self, parts: Iterable[str]) -> str:
        """Sentences run on in one paragraph: a space after each full stop in English, none after "。"."""
        return ("" if self.chinese else " ").join(part for part in parts if part)

    def presence_status(self, presence: PresenceResult, scenario: Scenario) -> str:
        """Where a presence stands, as the window's panel says it: in the plan, not in it, or not open
        to the business and why ("Not open to an individual"; with no audience on WeChat, none)."""
        where = standing(presence.eligible, presence.in_plan, scenario)
        if where == IN_PLAN:
            return self.translate("Report", "In the plan")
        if where == OPEN:
            return self.translate("Report", "Not in the plan")
        if where == REACHES_NONE:
            return self.translate("Report", "Reaches none of your audience")
        return self.translate("Report", "Not open to %1").replace("%1", self.term(scenario.entity))

    @staticmethod
    def plan_scores(scores: Sequence[float]) -> list[str]:
        """The scores of the plan (first) and the plans after it, as they read side by side and in the
        reasons that separate them: to a tenth where a plan that lost would otherwise read the plan's own
        score, else whole numbers (score_digits)."""
        digits = score_digits(scores)
        return [f"{score:.{digits}f}" for score in scores]

    def scenario_name(self, name: str) -> str:
        """A scenario's name in this reader's language (scenario_name)."""
        return scenario_name(name, self.translate)

    def score_of(self, evaluation: Evaluation, plan: PlanResult | None = None) -> str:
        """A plan's score as every view writes it (the plan's own by default): where it is among the three
        best plans, as they read side by side (plan_scores: "70.7" when a plan that lost would read the
        plan's own score), so that the plan's headline, its column and a chart card never differ;
        any other plan with the same digits; a variant ruled out for a need it cannot carry, no score but that."""
        plan = evaluation.plan if plan is None else plan
        avm = evaluation.app_or_mini_program
        if any(v.presences == plan.presences and not avm.admissible[k] for k, v in avm.variants.items()):
            # A variant that cannot carry a need the business ticked is ruled out: it has no score ("0"
            # read as a plan that scores nothing); the card beside it says which need.
            return self.translate("Words", "none (ruled out)")
        best = [evaluation.plan, *evaluation.alternatives]
        written = self.plan_scores([p.score for p in best])
        # Any other plan (a chart variant) with the same digits: one precision on one screen.
        return next((text for p, text in zip(best, written, strict=True) if p.presences == plan.presences),
                    f"{plan.score:.{evaluation.score_digits}f}")

    def term(self, key: str) -> str:
        """An engine term id (presence, goal, need, entity) inside a sentence; 'a:<presence>' with its
        article in English ("a Mini Program"; Chinese has none)."""
        if key.startswith("a:") and key[2:] in PRESENCES:
            named = PRESENCES[key[2:]].in_sentence(self.chinese)
            return named if self.chinese else with_article(key[2:], named)
        if key.startswith("the:") and key[4:] in PRESENCES:
            named = PRESENCES[key[4:]].in_sentence(self.chinese)
            return named if self.chinese else with_definite_article(key[4:], named)
        name = PRESENCES.get(key)
        if name is not None:
            return name.in_sentence(self.chinese)
        try:
            english = english_term(key)
        except KeyError:
            return key
        return self.translate("terms", english)

    def role(self, presence_id: str) -> str:
        """What a presence is for, from the data pack ('' when the pack does not say)."""
        info = self.pack.accounts.get(presence_id) if self.pack is not None else None
        if info is None:
            return ""
        return info.role_zh if self.chinese else info.role

    def label(self, figure: Figure) -> str:
        return figure.label_zh if self.chinese and figure.label_zh else figure.label

    def unit(self, unit: str) -> str:
        return unit_names(self.translate).get(unit, unit)

    def component(self, component: str, stores: bool = True) -> str:
        """A part of a plan's cost: Build, User acquisition, 获客 (the fees named with the stores where
        a plan named beside it pays them: steps.pays_stores)."""
        return component_names(self.translate, stores)[component]

    def step(self, step_id: str) -> str:
        """A launch-timeline step's name: ICP filing, ICP 备案."""
        return step_names(self.translate).get(step_id, step_id)

    # -- sentences
    def reason(self, reason: Reason) -> str:
        """An engine Reason in the reader's language (its English template is the translation key)."""
        # Figures side by side in one style: a count beside a count written in full, a range's two ends (one_style).
        reason = in_one_style(reason, self.money)
        reason = with_unit_prices(reason)  # (a user's price as the acquisition sentence and the appendix write it)
        template = reason.template
        amounts = compared_amounts(template, reason.params)
        if amounts is not None and self.cny_per_unit != 1.0:
            # Whether the two amounts read alike is told again as this currency writes them: in yuan they may read
            # alike and in dollars not ("though the two totals read alike" beside two that differ), or the other way.
            template = difference_form(template, self.money(amounts[0]) == self.money(amounts[1]))
        money, difference, in_full = self._told_apart(reason, template)  # (in the form it is written in)
        # A whole number in a sentence is grouped as every other figure is ("Above 2,000 customer contacts"), and an
        # amount that is rounded its own way is written so in this currency (flips.WrittenPoint: a flip point rounded
        # onto the new plan's side in dollars too; in full where another amount beside it would read alike).
        params = _whole_numbers_grouped(reason.params, lambda amount: self._amount(amount, amount in in_full))
        # A list of parts, each a sentence's part in these words with its own figures' rules ("1 point for its cost
        # and 14 for …": the singular is the part's, not the whole's).
        params.update({key: self.join([self.reason(part) for part in value])
                       for key, value in reason.params.items() if isinstance(value, Parts)})
        # A date as every other sentence writes one ("15 January 2027", 2027年1月15日): the warning read
        # "after your date of 2027-01-15" under "Likely too late for 15 January 2027".
        for key in _DATE_KEYS:
            if isinstance(params.get(key), str) and _ISO_DATE.fullmatch(str(params[key])):
                params[key] = self.date(dt.date.fromisoformat(str(params[key])))
        # A sentence over a horizon of one year says "over 1 year" (the engine's templates say "{years} years").
        single = reason.params.get("years") == 1
        # And of one point "by 1 point", where the points read "1" as written (1, 1.0, a Fixed of no decimals).
        def reading_one(keys: Sequence[str]) -> list[str]:
            return [key for key in keys if key in reason.params and number_as_written(reason.params[key]) == "1"]
        ones, hours = reading_one(_POINTS_KEYS), reading_one(_STAFF_HOURS_KEYS)  # (and "1 staff hour a month")
        one_audience = bool(reading_one(("users",)))  # (and "1 monthly user")

        def translated(template: str) -> str:
            text = self.translate("engine", template)
            text = one_year(text) if single else text
            for key in ones:
                text = one_point(text, "{" + key + "}")
            for key in hours:
                text = one_staff_hour(text, "{" + key + "}")
            return one_user(text) if one_audience else text
        # A figure a sentence quotes by name, by the name the assumptions table gives it: "{assumption[<id>]}" (a
        # translation quoted 制作一次图文群发的成本 after the pack had renamed the figure).
        params = _quoting_figures(params, _FigureLabels(self))
        text = replace(reason, template=template, params=params).render(
            translate=translated, money=money, term=self.term,
            share=self.share_in_a_sentence, join=self.join, count=self.count, plan=self.plan,
            difference=difference, either=self.either)
        text = named_in_full_once(text, self.chinese)
        return numbers.close_unit_spaces(text) if self.chinese else text

    def fact(self, fact: Fact) -> str:
        """A presence's fact with its `{figure_id}` placeholders filled from the data pack.

        Amounts of money are written in the reader's currency, whatever sign the pack
        put before them, so that a card never shows two currencies.
        """
        template = fact.text_zh if self.chinese else fact.text
        from wxdesk.engine.timeline import TIMELINE_FIGURES, whole_weeks  # (the engine's, loaded with it)

        def fill(match: re.Match[str]) -> str:
            figure = self.pack.figures.get(match.group(2)) if self.pack is not None else None
            if figure is None:
                return match.group(0)
            if figure.unit in MONEY_UNITS:
                return self.money(figure.likely)
            rate = self.pack.figures.get("usd_cny") if self.pack is not None else None
            if figure.unit in USD_MONEY_UNITS and rate is not None:
                return self.money(figure.likely * rate.likely)
            if figure.unit in SCALED_UNITS:
                return numbers.large(figure.likely * SCALED_UNITS[figure.unit][0], self.lang)
            if figure.unit in PERCENT_UNITS:  # "30%", as every sentence writes a share ("0.3 of the price": a slip)
                return self.share(figure.likely)
            if figure.id in TIMELINE_FIGURES:
                # A launch step's weeks as the timeline takes them, at their average, in whole weeks: the Mini Program's
                # card read "ICP filing before going live, about 5 weeks" above the chart's 4.3-week bar.
                return (match.group(1) or "") + str(whole_weeks(figure.average))
            return (match.group(1) or "") + numbers.figure(figure.likely)
        return _PLACEHOLDER.sub(fill, template)

    def confidence_words(self, confidence: str) -> str:
        """A source's confidence as the pack writes it ("high", or a span such as "medium–high"), each word in the
        reader's language, as the assumptions table and a key fact's tooltip say it."""
        words = {"low": self.translate("Assumptions", "low"), "medium": self.translate("Assumptions", "medium"),
                 "high": self.translate("Assumptions", "high")}
        return "–".join(words.get(part, part) for part in confidence.split("–"))

    def date_words(self, date: str) -> str:
        """A source's date as the pack writes it, "undated" in the reader's language (the assumptions table's word)."""
        return self.translate("Assumptions", "undated") if date == "undated" else date

    def fact_source(self, fact: Fact) -> str:
        """Where a fact comes from: its source, the source's date, when wxdesk checked it."""
        if self.pack is None:
            return ""
        origin = self.pack.figures[fact.figure] if fact.figure else self.pack.rules[fact.rule]
        # The date, the confidence and, in Chinese, the source named as the assumptions table and the handout name
        # them: a Chinese card's tooltip read "来源日期 undated，核实于 2026-11-30，可信度 high" and the pack's English.
        source = origin.source
        if self.chinese:
            from wxdesk.words.sources import source_text  # (it names sources with these Words)
            source = source_text(origin, self)
        lines = [self.translate("source", "Source: %1").replace("%1", source),
                 self.translate("source", "Dated %1, checked %2, confidence %3")
                 .replace("%1", self.date_words(origin.source_date)).replace("%2", self.date_words(origin.checked))
                 .replace("%3", self.confidence_words(origin.confidence))]
        if fact.figure:
            figure = self.pack.figures[fact.figure]
            # (The pack's notes are English working notes, figure ids and all: a Chinese reader is given the address.)
            lines += [extra for extra in (figure.url, "" if self.chinese else figure.note) if extra]
        return "\n".join(lines)

    def figure_values(self, figure: Figure) -> str:
        """A figure's value or low – high range with its unit: 2,000 contacts · 15% – 40% · 10万 – 30万 – 100万."""
        values = (figure.low, figure.likely, figure.high) if figure.is_range else (figure.likely,)
        unit = figure.unit
        if unit in PERCENT_UNITS:
            shown = [f"{v * 100:.4g}%" for v in values]
        elif unit == IPHONE_UNIT:
            return " – ".join(f"iPhone {numbers.figure(v)}" for v in values)
        elif unit in SCALED_UNITS:
            size, unit = SCALED_UNITS[unit]
            shown = [numbers.large(v * size, self.lang) for v in values]
        elif unit.startswith(("CNY", "USD")) or figure.id in WRITTEN_IN_FULL:
            # Amounts and rates keep their digits, as prices are printed; so does a figure every sentence writes
            # in full (the template's largest audience, "不超过 20,000", read "2万月活用户" in the appendix row the
            # sentence points to).
            shown = [numbers.figure(v) for v in values]
        else:  # counts of ten thousand and more read 30万 in Chinese, a million and more "1 million" in English
            shown = [numbers.large(v, self.lang) for v in values]
        text = " – ".join(shown)
        # A weight is a multiplier: "× 1.5" in English ("1.5 weight" read as a unit of weight); 1.5 倍 in Chinese,
        # and so is any other multiplier (the appendix read "× 1.5 – 2.3 – 3" beside "1.5 倍" a few rows on).
        if unit in MULTIPLIER_UNITS and not self.chinese:
            return f"× {text}"
        # One of a counted unit reads in the singular: "1 point", "1 week" (the appendix read "1 points", the
        # Sensitivity chart's ends "1 weeks").
        name = self.unit("weight" if unit in MULTIPLIER_UNITS else unit)
        text = numbers.with_unit(text, for_one(name) if values == (1.0,) and not self.chinese else name).strip()
        return numbers.close_unit_spaces(text) if self.chinese else text


class _FigureLabels(Mapping[str, str]):
    """Every figure's label in the reader's language, by figure id, looked up only when a sentence quotes one. Words
    without a pack (the batch's JSON) name it as the bundled pack does."""

    def __init__(self, words: Words):
        self._words = words

    def _figures(self) -> Mapping[str, Figure]:
        if self._words.pack is not None:
            return self._words.pack.figures
        from wxdesk.engine.datapack import load_datapack  # (read once per process, and only for such a sentence)
        return load_datapack().figures

    def __getitem__(self, figure_id: str) -> str:
        return self._words.label(self._figures()[figure_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self._figures())

    def __len__(self) -> int:
        return len(self._figures())


# How a sentence writes its amounts, and the differences of two of them; and the amounts it writes in full.
_AmountWriters = tuple[Callable[[float], str], Callable[[float, float], str], frozenset[float]]


def _written_money(reason: Reason, template: str, found: list[Money] | None = None) -> list[Money]:
    """Every amount of money a sentence written in `template` writes, and every difference of two, in the sentences
    within it too. (Only those it writes: it may hold others, for the JSON, as a flip whose two first years read alike
    writes one of them.)"""
    found = [] if found is None else found
    for key, value in reason.params.items():
        # (The type first: most parameters are none of these, and every sentence a move shows comes here.)
        if isinstance(value, (Money, Reason, Parts)) and "{" + key + "}" in template:
            if isinstance(value, Money):
                found.append(value)
            elif isinstance(value, Reason):
                _written_money(value, value.template, found)
            else:
                for part in value:
                    _written_money(part, part.template, found)
    return found


def _quoting_figures(params: Mapping[str, Any], labels: Mapping[str, str]) -> dict[str, Any]:
    """A sentence's parameters with the figures' labels beside them as "assumption", in the sentences within it too."""
    quoting = {key: replace(value, params=_quoting_figures(value.params, labels)) if isinstance(value, Reason)
               else value for key, value in params.items()}
    quoting.setdefault("assumption", labels)
    return quoting


def _whole_numbers_grouped(params: Mapping[str, Any], own: Callable[[Money], str] | None = None) -> dict[str, Any]:
    """A sentence's parameters with each whole number grouped ("2,001,407"), in the sentences within it too: a flip's
    range read "Between 2M and 2001407 monthly users" beside "Above 2,001,407 the plan is …". With `own`, an amount
    that says how it is written in a currency (a `written_in` method: flips.WrittenPoint) written by it."""
    grouped: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, int) and not isinstance(value, bool):
            grouped[key] = numbers.grouped(value)
        elif isinstance(value, Money) and own is not None and hasattr(value, "written_in"):
            grouped[key] = own(value)
        elif isinstance(value, Reason):
            grouped[key] = replace(value, params=_whole_numbers_grouped(value.params, own))
        else:
            grouped[key] = value
    return grouped
