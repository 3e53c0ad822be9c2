"""Explanations in business language, kept as templates so views can translate them.

The engine says *why* with a Reason: an English template, its parameters and the
fit points it moved. Views render it in the user's language: the template is the
translation key, money is formatted per locale, and account ids become names.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from wxdesk.engine.money import (dressed, format_count, format_figure_money, format_money, shown_difference,
                                 whole_yuan)


class Money(float):
    """An amount in CNY, rendered by the view's money formatter."""


class Price(Money):
    """A price from the data pack quoted in a sentence (an article's average, its highest), written as the handout's
    appendix writes the figure (format_figure_money): "at ¥1,170 each on average" stood beside the appendix's
    "average ¥1,167", and ¥1,170 × 360 articles is not the ¥420k beside it. The JSON gives it to the fen.

    `times`: where the sentence multiplies the price out to an amount (an article's average, 6 a month over 5 years:
    360), the price takes as many more digits, up to cents, as make it times that count read as the amount does.
    Converted into dollars at three significant digits, car_brand's "$119 each" × 360 made $42,840, beside the
    "$42.9k" it is said to come to (at $119.05)."""

    times: float = 0.0
    # The data pack's figure the price is the average of, where it multiplies out (`times`): the handout's appendix
    # then writes that figure's average as the line does (quoted_averages), where it wrote "€107" beside the card's
    # "€106.8 each on average".
    figure: str = ""

    def __new__(cls, value: float, times: float = 0.0, figure: str = "") -> Price:
        price = super().__new__(cls, value)
        price.times, price.figure = times, figure
        return price

    def written_in(self, currency: str, cny_per_unit: float, lang: str, in_full: bool = False) -> str:
        written = format_figure_money(float(self), currency, 1 / cny_per_unit, lang)
        if not self.times or not math.isfinite(self) or self <= 0:
            return written
        money_lang = "zh" if lang.startswith("zh") else "en"
        amount = format_money(float(self) * self.times, currency, cny_per_unit, money_lang)

        def reads_as_the_amount(price: float) -> bool:
            return format_money(price * cny_per_unit * self.times, currency, cny_per_unit, money_lang) == amount

        # (Converted as the written figure is, times the rate's reciprocal: divided, 24,999 yuan was €3,205.0 exactly,
        # rounded to €3,200, where the written €3,210 came from €3,205.0000000000005, and the price read "€3,205".)
        unit = float(self) * (1 / cny_per_unit)
        # The place of the written figure's last digit, as a power of ten: three significant digits converted
        # (money.three_significant), else four, or every whole digit (money.figure_number).
        magnitude = math.floor(math.log10(unit))
        last = (magnitude - 2 if cny_per_unit != 1 else 0 if unit == int(unit) else -max(0, 3 - magnitude))
        if reads_as_the_amount(round(unit, -last)):
            return written
        # One more significant digit at a time (the tens of "$24,290" before the tenths of "$24,285.7"), down to
        # cents, or two digits more than written for a price under ten cents.
        finest = min(-2, last - 2)
        for place in range(last - 1, finest - 1, -1):
            if reads_as_the_amount(round(unit, -place)) or place == finest:
                return dressed(f"{round(unit, -place):,.{max(0, -place)}f}", currency, lang)
        return written


class Difference(Money):
    """How much one amount in CNY exceeds another, as a client finds it from the two as written (shown_difference):
    its value in yuan, and the two amounts, from which a view writing another currency takes the difference again
    (the two rounded in that currency differ by other than the yuan difference converted)."""

    larger: float
    smaller: float

    def __new__(cls, larger: float, smaller: float) -> Difference:
        number = super().__new__(cls, shown_difference(larger, smaller))
        number.larger, number.smaller = float(larger), float(smaller)
        return number

    def __getnewargs__(self) -> tuple[float, float]:  # type: ignore[override]
        return self.larger, self.smaller

    # Equal to another Difference only where it is taken from the same two amounts: in dollars, two differences
    # that read alike in yuan may not (a view skips a repaint for reasons equal to the ones it shows).
    def __eq__(self, other: object) -> bool:
        if isinstance(other, Difference):
            return (float(self), self.larger, self.smaller) == (float(other), other.larger, other.smaller)
        return float.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = float.__hash__


class Term(str):
    """An account, option or goal id, rendered as its display name."""


class Share(float):
    """A fraction shown as a percentage."""


class Count(float):
    """A number of people, rendered by the view's count formatter (300k, 30万)."""


def decimal_places(written: str) -> int:
    """The decimals a number written as `written` ("0.005", "1e-07", "2.2e-308") takes written out without an
    exponent (3, 7, 309): how finely a sentence (fit.as_said) and the inputs line (words.summary.as_typed) write a
    number under a hundredth."""
    mantissa, _, power = written.partition("e")
    return len(mantissa.partition(".")[2]) - (int(power) if power else 0)


class Fixed(float):
    """A number written with a set number of decimals: a plan's score beside the others, "61.0"."""

    digits: int

    def __new__(cls, value: float, digits: int = 0) -> Fixed:
        number = super().__new__(cls, round(value, digits))
        number.digits = digits
        return number

    def __getnewargs__(self) -> tuple[float, int]:  # type: ignore[override]
        return float(self), self.digits

    # Equal to another Fixed only where both read alike: 7.3 with one decimal and with two are one number,
    # but "7.3" and "7.30". The views compare the reasons they show with the new ones to skip a repaint;
    # by value alone, a panel kept "7.30 points" where the new answer reads "7.3 points".
    def __eq__(self, other: object) -> bool:
        if isinstance(other, Fixed):
            return float(self) == float(other) and self.digits == other.digits
        return float.__eq__(self, other)  # (NotImplemented for a non-number)

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = float.__hash__  # (equal Fixed numbers are equal floats: their hashes agree)

    def text(self) -> str:
        return f"{float(self):.{self.digits}f}"


class Terms(tuple[str, ...]):
    """Several terms, rendered as a list: 'news and content, selling and taking payments'."""


class Either(Terms):
    """Several terms of which a sentence says none holds, rendered as a list joined by 'or': 'no way of running in
    the background or shipping a large app' ('and' read as both at once)."""


class Members(Terms):
    """Presences named as a sentence names them, with their article in English: 'a Mini Program and
    WeCom' ('adds Mini Program' reads as a typo). Each renders as the term 'a:<id>'."""


class Held(Members):
    """Presences the plan of now holds, named as a sentence names its own: 'drops the Mini Program'
    ('drops a Mini Program' reads as any one). Each renders as the term 'the:<id>'."""


class Parts(tuple["Reason", ...]):
    """Sentences' parts written one after another as a list ("5 points for running 2 presences and 23 for the
    budget"), each a Reason, joined as the reader's language joins a list."""


class Plan(Terms):
    """Another plan, named as every view names a plan ("Official Account (formerly Subscription
    Account) + Mini Program"), not as a list of presences ("… and Mini Program" reads as each of them)."""


TERMS_EN = {
    "service": "Service Account",
    "subscription": "Official Account",
    "mini_program": "Mini Program",
    "wecom": "WeCom",
    "channels": "Channels",
    "native_app": "native app",
    "news": "news and content",
    "relationship": "1:1 contact and customer groups",
    "video": "short video and live streams",
    "session": "your session length",
    "scale": "your audience size",
    "sell": "selling",
    "experiment": "testing an idea cheaply",
    "employees": "managing employees",
    "payments": "taking payments",
    "offline": "working offline",
    "hardware": "using phone hardware",
    "background": "running in the background",
    "large_app": "shipping a large app",
    "push": "messaging your users",
    "push:staff": "messaging staff",
    # The app-or-Mini-Program card with both, named as its title names it, in a sentence on the card beside it.
    "card:both": "this plan with both",
    "card:both_added": "this plan with both added",
    # The other two cards' titles, quoted whole in the note under the chart (RULED_OUT_ONE): as the window's cards
    # (ui.variant_card) title them against what the plan holds.
    "card:mini_program_instead": "This plan with a Mini Program instead",
    "card:native_app_instead": "This plan with a native app instead",
    "card:mini_program_only": "This plan with the Mini Program only",
    "card:native_app_only": "This plan with the app only",
    "card:mini_program_added": "This plan with a Mini Program added",
    "card:native_app_added": "This plan with a native app added",
    "card:both_title": "This plan with both",
    "card:both_title_added": "This plan with both added",
    # The parts of a plan's cost, named in a sentence as the cost key beside it names them (words.steps.component_names,
    # in lower case), so that a client finds the part the sentence speaks of in the key: part_term gives them.
    "part:build": "build",
    "part:maintenance": "maintenance and content",
    "part:staff": "staff time in chats",
    "part:fees": "platform and service fees",
    "part:fees_stores": "platform, store and service fees",
    "part:servers": "servers",
    "part:acquisition": "user acquisition",
    "part:reach": "paid reach",
    "company": "a company",
    "individual": "an individual",
    "overseas_company": "an overseas company",
}
# The article an English sentence puts before a presence ("adds a Mini Program"); names without
# one ("adds WeCom", "adds Channels") take none.
ARTICLES_EN = {"service": "a", "subscription": "an", "mini_program": "a", "native_app": "a"}
# 'service' is both an account id and a goal; the goal reads differently.
GOAL_TERMS_EN = {**TERMS_EN, "service": "serving customers", "news": "publishing news",
                 "relationship_one_to_one": "1:1 contact with customers"}
# Customer groups are WeCom's alone: its staff add customers and hold groups with them (wechat-facts.md, "WeChat
# interoperability"). Any other presence keeps the relationship by 1:1 contact (a Service Account's or a Mini
# Program's customer-service messages, an app's chat), so a sentence that has one carry that goal, or be strong at it,
# names the goal as that presence meets it: "Service Account: In the plan for 1:1 contact and customer groups" claimed
# groups a Service Account cannot hold.
GROUP_HOSTS = ("wecom",)
# Ids of the presences, in the order the views list them (as the data pack's PRESENCES).
PRESENCE_TERMS = ("service", "subscription", "mini_program", "wecom", "channels", "native_app")


def part_term(part: str, stores: bool) -> Term:
    """A part of a plan's cost (results.COMPONENTS) as a sentence names it: the fees "with stores" where a plan the
    sentence compares holds a native app (as the cost key names them: words.steps.pays_stores)."""
    return Term("part:fees_stores" if part == "fees" and stores else "part:" + part)


def goal(goal_id: str, presence: str = "") -> Term:
    """A goal, which renders differently from the account of the same id; where it is said of `presence` (which
    carries it, or is strong at it), as that presence meets it (GROUP_HOSTS)."""
    if goal_id == "relationship" and presence and presence not in GROUP_HOSTS:
        return Term("goal:relationship_one_to_one")
    return Term("goal:" + goal_id)


def goal_about(term: str) -> str:
    """The fit dimension (a Reason's `about`, a plan member's duty) that a goal's term from goal() speaks of."""
    return "goal:relationship" if term == "goal:relationship_one_to_one" else term


def with_definite_article(presence: str, name: str) -> str:
    """A presence the sentence has named before, after 'the' where it takes an article: 'the Mini Program'."""
    return f"the {name}" if presence in ARTICLES_EN else name


def with_article(presence: str, name: str) -> str:
    """A presence's name in an English sentence, after its article where it takes one: 'a Mini Program'."""
    article = ARTICLES_EN.get(presence)
    return f"{article} {name}" if article else name


def english_term(key: str) -> str:
    if key.startswith("goal:"):
        return GOAL_TERMS_EN[key[5:]]
    if key.startswith("a:"):
        return with_article(key[2:], TERMS_EN[key[2:]])
    if key.startswith("the:"):
        return with_definite_article(key[4:], TERMS_EN[key[4:]])
    return TERMS_EN[key]


def english_join(items: list[str]) -> str:
    """'a, b and c'; where an item holds 'and' itself ("short video and live streams"), the last one is
    set off so that the list's own 'and' is told apart: 'a, b, and c and d', or 'a as well as c and d'."""
    if len(items) <= 1:
        return "".join(items)
    if any(" and " in item for item in items):
        return (", ".join(items[:-1]) + ", and " + items[-1]) if len(items) > 2 else " as well as ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def english_either(items: list[str]) -> str:
    """'a, b or c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


@dataclass(frozen=True)
class Reason:
    """Why: a template (also the translation key), its parameters and the signed points it moved."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict)
    impact: float = 0.0
    # The fit dimension a presence's sentence speaks of ("goal:sell", "need:payments", "session"),
    # '' for any other: what tells a reason for the plan from a point about the presence alone.
    about: str = field(default="", compare=False)

    @property
    def code(self) -> str:
        """A stable id for analysts: the template's constant name in lower case."""
        return CODES.get(self.template, "other")

    def params_json(self) -> dict[str, object]:
        """Parameters as plain JSON values (terms as ids, money in CNY, shares as fractions)."""
        out: dict[str, object] = {}
        for key, value in self.params.items():
            if isinstance(value, Reason):
                out[key] = {"code": value.code, "params": value.params_json()}
            elif isinstance(value, Parts):
                out[key] = [{"code": part.code, "params": part.params_json()} for part in value]
            elif isinstance(value, Terms):
                out[key] = [str(v) for v in value]
            elif isinstance(value, Price):
                out[key] = round(float(value), 2)  # a price to the fen, as the appendix's average may be ¥833.3
            elif isinstance(value, Money):
                out[key] = whole_yuan(float(value))  # whole yuan, as every cost figure beside it
            elif isinstance(value, Share):
                out[key] = share_json(float(value))
            elif isinstance(value, Count):
                out[key] = round(float(value), 4)
            elif isinstance(value, Fixed):
                out[key] = float(value) if value.digits else int(value)
            elif isinstance(value, Term):
                out[key] = str(value)
            else:
                out[key] = value
        return out

    def to_dict(self, text: str | None = None) -> dict[str, object]:
        return {"code": self.code, "text": self.text if text is None else text,
                "params": self.params_json(), "impact": round(self.impact, 2)}

    def render(self, translate: Callable[[str], str] = str,
               money: Callable[[float], str] = format_money,
               term: Callable[[str], str] | None = None,
               share: Callable[[float], str] | None = None,
               join: Callable[[list[str]], str] | None = None,
               count: Callable[[float], str] = format_count,
               plan: Callable[[list[str]], str] | None = None,
               difference: Callable[[float, float], str] | None = None,
               either: Callable[[list[str]], str] = english_either) -> str:
        term = term or english_term
        # (Without a writer of differences, the yuan difference in the given money's words, as before.)
        difference = difference or (lambda larger, smaller: money(shown_difference(larger, smaller)))
        join = join or english_join
        share = share or share_in_a_sentence
        plan = plan or (lambda ids: " + ".join(term(i) for i in ids))
        values: dict[str, object] = {}
        for key, value in self.params.items():
            if isinstance(value, Reason):  # a sentence within the sentence, in the same words
                values[key] = value.render(translate, money, term, share, join, count, plan, difference, either)
            elif isinstance(value, Parts):
                values[key] = join([part.render(translate, money, term, share, join, count, plan, difference, either)
                                    for part in value])
            elif isinstance(value, Plan):
                values[key] = plan([str(v) for v in value])
            elif isinstance(value, Held):
                values[key] = join([term("the:" + str(v)) for v in value])
            elif isinstance(value, Members):
                values[key] = join([term("a:" + str(v)) for v in value])
            elif isinstance(value, Either):
                values[key] = either([term(str(v)) for v in value])
            elif isinstance(value, Terms):
                values[key] = join([term(str(v)) for v in value])
            elif isinstance(value, Difference):
                values[key] = difference(value.larger, value.smaller)
            elif isinstance(value, Money):
                values[key] = money(float(value))
            elif isinstance(value, Term):
                values[key] = term(str(value))
            elif isinstance(value, Share):
                values[key] = share(float(value))
            elif isinstance(value, Count):
                values[key] = count(float(value))
            elif isinstance(value, float):  # a Fixed too
                values[key] = number_as_written(value)
            else:
                values[key] = value
        return translate(self.template).format(**values)

    @property
    def text(self) -> str:
        return self.render()


def share_in_a_sentence(value: float) -> str:
    """A share in running words: a whole percentage, or where that would read 0% or 100% without being it, its first
    figures ("covers only 0.47% of …", where "covers only <1% of …" read as a table's shorthand, and the JSON's own
    text "covers only 0%" beside a budget of ¥10). (By the written figure, not by 0.005: 0.005 itself is written "0%",
    half a percent rounded to even.)"""
    written = f"{value:.0%}"
    if 0 < value < 1 and written == "0%":
        figures = f"{value * 100:.2g}"
        # (Below a ten-thousandth of a percent they would be written as a power of ten: "Only 1e-07% of …".)
        return "<0.0001%" if "e" in figures else f"{figures}%"
    if 0 < value < 1 and written == "100%":
        return f"{math.floor(value * 1000) / 10:.1f}%"
    return written


def share_json(value: float) -> float:
    """A share as the JSON holds it: to a hundredth of a percent, and below 1% to four significant figures, more than
    its sentence writes (two): "covers only 0.0047% of …" stood beside "share": 0.0, which a tool read as none."""
    if not math.isfinite(value):
        return value
    return round(value, 4) if value == 0 or abs(value) >= 0.01 else float(f"{value:.4g}")


def _grouped(written: str) -> str:
    """A number as written ("34811.3") with its whole part's thousands grouped ("34,811.3"), as every other number
    in a sentence is: a first year "34811.3 times ¥10k" stood beside counts such as "2,000,000,000 users"."""
    sign, digits = ("-", written[1:]) if written.startswith("-") else ("", written)
    whole, point, fraction = digits.partition(".")
    if not whole.isdigit() or len(whole) < 4:
        return written
    return f"{sign}{int(whole):,}{point}{fraction}"


def number_as_written(value: object) -> str:
    """A plain number as a sentence writes it (Reason.render): a Fixed with its decimals ("61.0"), another float
    at its shortest ("1", "2.5"), anything else as it is."""
    if isinstance(value, Fixed):
        return _grouped(value.text())
    if isinstance(value, float):
        # Its shortest ("1", "2.5", "12.25"), but never in exponent form: "2.01703e+07 times the plan's" stood in a
        # card, from a data pack pricing each user at ¥100M. Grouped in full instead, up to where no count goes.
        shortest = f"{value:g}"
        return f"{round(value):,}" if "e+" in shortest and abs(value) < 1e15 else _grouped(shortest)
    return str(value)


# Every template the engine uses, in one place so that translators find them all.
STRONG_GOAL = "A strong fit for {goal}."
WEAK_GOAL = "A weak fit for {goal}."
# The same of a WeChat presence strong at the goal for the users it reaches, but not once the share of the audience
# it misses is counted (its score after WeChat's reach below strong_fit_from): news_publisher's Channels read "A strong
# fit for publishing news." while the plan of WeCom and Channels beside it "covers publishing news at 54 out of 100".
STRONG_GOAL_REACHED = "A strong fit for {goal} with the users it reaches."
# The strong goals of a presence whose fit as a whole is weak: "A strong fit for selling" beside a
# fit of 39 reads as a contradiction; what it is good for is said with its weak fit beside it.
STRONG_GOALS_WEAK_FIT = "Good for {goals}, though a weak fit for what you want as a whole."
# The same where a goal is strong only for the users it reaches (STRONG_GOAL_REACHED): said unqualified, a Service
# Account at 35% of customers on WeChat read "Good for selling and 1:1 contact with customers" beside the plan's "weak
# at 1:1 contact and customer groups: … the Service Account scores 33 out of 100 for it".
STRONG_GOALS_WEAK_FIT_REACHED = ("Good for {goals} with the users it reaches, though a weak fit for what you want as "
                                 "a whole.")
# The same as a reason for the plan ("Why this plan"), of the goals the member carries in it: the card beside it keeps
# the whole sentence. (Left out, a plan's members of weak fit were unheard there: a plan of a Mini Program, WeCom and
# Channels gave WeCom's two reasons alone.)
STRONG_GOALS_WEAK_FIT_PLAIN = "Good for {goals}."
NO_GOALS = "No goals chosen, so the fit is neutral."
PUSH_OVER_LIMIT = "{account} may message followers only {limit} times a month; you want {wanted}."
# "Usually": WeChat has tested folding Service Account messages into a 服务号 box since June 2024 (the pack's
# visibility_service and the panel's key fact say so); said in the same words as that key fact, so that the handout,
# which prints no key facts, does not state the chat list as settled.
PUSH_FITS_SERVICE = ("Your {wanted} messages a month fit within its {limit} broadcasts a month, and they usually land "
                     "in the chat list with an alert (WeChat has been testing a 服务号 folder for them).")
# Always a point for the presence (its push fit is above neutral within the limit), so it is said as one: a
# ✓ beside "but they land in a folder that gets less attention" read as a point against it.
PUSH_FITS_FOLDER = "Your {wanted} messages a month fit within its one push a day."
# One message a month is said as one: "Your 1 messages a month fit within its one push a day." (fit.push_reason).
PUSH_FITS_SERVICE_ONE = ("Your one message a month fits within its {limit} broadcasts a month, and usually lands in the "
                         "chat list with an alert (WeChat has been testing a 服务号 folder for them).")
PUSH_FITS_FOLDER_ONE = "Your one message a month fits within its one push a day."
# The limit is on mass messages (群发) alone: "message each customer up to 30 times a month, like a friend would" read
# as a cap on the 1:1 chats that are WeCom's reason to be (wechat-facts: customer mass messaging, at most one a day).
PUSH_FITS_WECOM = ("Staff can send each customer up to {limit} mass messages a month, and chat with each one 1:1, as a "
                   "friend would.")
PUSH_NONE_MP = "A Mini Program cannot push freely: each message needs the user's opt-in."
PUSH_NONE_CHANNELS = "Channels cannot message followers; they see new videos in their feed."
# Free to send, but not without limit: Chinese Android phone makers cap an app's marketing notifications (pack:
# visibility_native_app's basis).
PUSH_APP = ("An app notifies its users for free, order and chat notices without limit, but Chinese Android phone "
            "makers cap its marketing and content notifications at a few a day.")
# The same for an audience none of whom is on WeChat in mainland China: Chinese phone makers' caps are not theirs.
PUSH_APP_ABROAD = "An app notifies its users for free, order and chat notices without limit."
PUSH_STAFF_WECOM = ("Your {wanted} messages a month reach your staff through WeCom as work notices, free; staff "
                    "write them, so no content production is counted for them.")
PUSH_STAFF_WECOM_ONE = ("Your one message a month reaches your staff through WeCom as a work notice, free; staff write "
                        "it, so no content production is counted for it.")
PUSH_STAFF_NOT_HERE = "Messages to your staff need a workplace tool such as WeCom; this presence reaches followers, not staff."
PAYMENTS_YES = "Takes WeChat Pay once verified ({fee} a year)."
# WeCom prices an overseas company's verification by the review, held once a year (as its key fact says).
PAYMENTS_YES_REVIEW = "Takes WeChat Pay once verified ({fee} a year, for its yearly review)."
# The same without its fee: a member's payments as a reason for the plan ("Why this plan").
PAYMENTS_YES_PLAIN = "Takes WeChat Pay once verified."
# A Service Account takes WeChat Pay in web pages of the business's own (JSAPI), costed where it takes the plan's
# payments (costs.service_pay_pages).
PAYMENTS_YES_PAGES = "Takes WeChat Pay once verified ({fee} a year), in payment pages you build for it."
PAYMENTS_YES_PAGES_REVIEW = ("Takes WeChat Pay once verified ({fee} a year, for its yearly review), in payment pages "
                             "you build for it.")
PAYMENTS_YES_PAGES_PLAIN = "Takes WeChat Pay once verified, in payment pages you build for it."
# The same where the scenario's Mini Program would be a rented template (mp_template.rents_template): the pages are
# rented with it (costs.CostBook prices them as a share of the template's rent, timeline.PAGES_TEMPLATE_SETUP sets
# them up), so "pages you build" beside "Set up the rented payment pages" read as two ways of doing one thing. (A
# template is for mainland businesses, whose verification has no yearly review: no _REVIEW form.)
PAYMENTS_YES_RENTED_PAGES = "Takes WeChat Pay once verified ({fee} a year), in payment pages rented from a template vendor."
PAYMENTS_YES_RENTED_PAGES_PLAIN = "Takes WeChat Pay once verified, in payment pages rented from a template vendor."
# The same on a Service Account the plan holds for something else, where another member takes the payments: "in payment
# pages you build for it" read as a second payment build the plan's cost did not show (food_ordering, whose Mini
# Program takes them; costs.service_pay_pages costs the pages only where the Service Account takes the payments).
PAYMENTS_PAGES_ELSEWHERE = ("Could take WeChat Pay once verified ({fee} a year), in payment pages you would build for "
                            "it; the plan's {member} takes your payments, and no such pages are costed.")
PAYMENTS_PAGES_ELSEWHERE_RENTED = ("Could take WeChat Pay once verified ({fee} a year), in payment pages you would rent "
                                   "from a template vendor; the plan's {member} takes your payments, and no such pages "
                                   "are costed.")
PAYMENTS_PAGES_ELSEWHERE_REVIEW = ("Could take WeChat Pay once verified ({fee} a year, for its yearly review), in payment "
                                   "pages you would build for it; the plan's {member} takes your payments, and no such "
                                   "pages are costed.")
PAYMENTS_YES_NO_FEE = "Takes WeChat Pay once verified; Mini Programs of overseas companies have no yearly review fee."
PAYMENTS_SHOP = "Sells through a linked WeChat shop, in videos and live streams."
PAYMENTS_SHOP_OVERSEAS = ("Channels sells through a WeChat shop, which needs a mainland business licence; "
                          "an overseas company cannot open one.")
PAYMENTS_SHOP_GOODS_ONLY = ("Channels takes payments only for goods sold in a linked WeChat shop; pair it with a "
                            "presence that can take yours.")
PAYMENTS_APP = "An app takes payments through WeChat Pay, Alipay or the app stores."
PAYMENTS_APP_INDIVIDUAL = "An individual's app takes payments through the app stores; WeChat Pay in it needs a company."
# Where the pack's payments.individual_app is false: the stores' in-app purchase is for digital content only.
PAYMENTS_APP_INDIVIDUAL_NO = ("An individual's app cannot take payments for goods or services: in-app purchase is for "
                              "digital content, and WeChat Pay or Alipay in an app need a registered business.")
PAYMENTS_NO = "{account} cannot take payments; pair it with a presence that can."
# A point against a presence the plan holds, on what another member of the plan carries (payments, a goal):
# said with the member that covers it, for the plan has paired them.
COVERED_IN_PLAN = "{point} The plan's {member} covers that."
PAYMENTS_INDIVIDUAL = "Individuals cannot take WeChat Pay; taking payments needs a registered business."
NEED_OFFLINE_MP = "Mini Programs only cache content for display; they cannot work offline."
# The need of phone hardware is hardware a Mini Program cannot reach (the pack's [capability] scores it so): it
# reaches the camera, location, motion sensors, Bluetooth LE and NFC, so a sentence saying it reaches only the last two
# told a business that needs the camera that it needs an app.
NEED_HARDWARE_MP = ("A Mini Program reaches the camera, location, motion sensors, Bluetooth LE and NFC (on iPhone, "
                    "ISO-DEP tags only), but not classic Bluetooth devices, USB or other wired devices, sensors in the "
                    "background, or low-level device access.")
NEED_BACKGROUND_MP = "A Mini Program is suspended {seconds} seconds after it leaves the screen; only audio and location keep running."
NEED_LARGE_MP = "A Mini Program is limited to {size} MB of code and assets."
# Said as a fact at any share: 90% on WeChat is no warning ("Only 90%" read as one).
REACH = "It reaches the {share} of your audience on WeChat in mainland China, not the other {rest}."
NO_WECHAT_AUDIENCE = "None of your audience is on WeChat in mainland China, so no WeChat presence can reach them."
INELIGIBLE = "{account} cannot be registered by {entity}."
# The same where another presence that messages followers is open to it (the pack's eligibility facts): beside the
# panel's "Not open to an overseas company", the sentence alone said the same thing twice.
INELIGIBLE_INSTEAD = "{account} cannot be registered by {entity}; the {instead} can be, and it also messages followers."
# As a range: "about ¥150k a year" (the likely fee per contact) read over 5 years as ¥750k, beside a split whose
# fees for the plan came to ¥730k (the split then took each part of a median total below its mean).
WECOM_CONTACT_FEE = ("Above {free} customer contacts WeCom charges a fee for each further contact: {average} a year on "
                     "average for your audience ({low} to {high}).")
# The same without amounts, for a long image sent without prices (report/answer.py).
WECOM_CONTACT_FEE_UNPRICED = "Above {free} customer contacts WeCom charges a fee for each further contact."
# In a plan that keeps WeCom for its staff alone (costs.keeps_customer_contacts): the fee line beside "In the plan for
# managing employees" read as a cost of the plan's, ¥32.8k a year it never paid.
WECOM_CONTACT_FEE_NONE_KEPT = ("Above {free} customer contacts WeCom charges a fee for each further contact; in the "
                               "plan it holds none of your customers as contacts, so the plan pays none.")
# Its verification named beside it: factory_staff's card gave ¥2,700 of the ¥3,000 a year its plan's fees are.
# "Yearly fees", not "yearly verification": the member-scale fee is no part of the verification.
WECOM_SCALE_FEE = ("With {members} staff as members, WeCom's yearly fees come to {total}: {verify} for the "
                   "verification and a member-scale fee of {fee}.")
# A Mini Program the scenario's goals, needs and audience let the business rent as a SaaS template (mp_template.py):
# the cost basis said where it is not the custom build every Mini Program was priced as before.
# Its limit is said where the client meets the template, and its set-up as one step of the launch: "set up in 1 to 2
# weeks" read beside "Mini Program: about 6 weeks" of the launch timeline (the ICP filing and the review come too).
# Its rent as a range: "at ¥4,500 a year" read over 2 years as ¥9,000 beside "Platform fees ¥9,470" (each part of the
# split a part of the likely total, which follows the mean rent, above the likely one).
MP_TEMPLATE = ("A rented template at {rent_low} to {rent_high} a year, hosting and upkeep included: a ready-made "
               "{kinds} Mini Program for up to {limit} monthly users, set up in {low} to {high} weeks instead of being "
               "built (the ICP filing and the review still come before launch).")
# The same on the plan's own Mini Program, with the weeks to launch the timeline beside it gives: "set up in 1 to 2
# weeks" stood over "Mini Program: about 6 weeks" with nothing to join them.
MP_TEMPLATE_LIVE = ("A rented template at {rent_low} to {rent_high} a year, hosting and upkeep included: a ready-made "
                    "{kinds} Mini Program for up to {limit} monthly users, set up in {low} to {high} weeks instead of "
                    "being built; with the ICP filing and the review before launch, live in about {weeks} weeks.")
# The same without its rent, for a long image sent without prices (report/answer.py).
MP_TEMPLATE_UNPRICED = ("A rented template, hosting and upkeep included: a ready-made {kinds} Mini Program for up to "
                        "{limit} monthly users, set up in {low} to {high} weeks instead of being built (the ICP filing "
                        "and the review still come before launch).")
MP_TEMPLATE_LIVE_UNPRICED = ("A rented template, hosting and upkeep included: a ready-made {kinds} Mini Program for up "
                             "to {limit} monthly users, set up in {low} to {high} weeks instead of being built; with "
                             "the ICP filing and the review before launch, live in about {weeks} weeks.")
# What kind of ready-made Mini Program ({kinds} above). An individual's Mini Program is open to few categories,
# essentially information, and takes no WeChat Pay (volcengine; the data pack's [payments] individuals): "a ready-made
# ordering, booking or shop Mini Program" promised the yoga teacher a shop she may not run.
MP_TEMPLATE_KINDS = "ordering, booking or shop"
MP_TEMPLATE_KINDS_INDIVIDUAL = "information"
# The same business's Mini Program where its audience is beyond what a template is priced for here: said, so that its
# custom build's cost (and the audience flip at the limit) reads as the model's rule.
MP_CUSTOM_OVER_TEMPLATE = ("With {users} monthly users it is priced as a custom build: a rented template is priced "
                           "here for up to {limit} monthly users (the assumption “Largest audience a rented template Mini Program "
                           "serves”).")
# The same business's Mini Program where its audience is within a template's but a goal, special need or the business
# itself is not a template's (mp_template.template_ended_by, {ends}): said beside its cost, with the rent it misses.
# The yoga teacher testing an idea read "take the plan's likely first-year cost from ¥3,810 to ¥110k" and not a word
# on the ¥4,800-a-year template the same card offered without that goal. Left out of the plan, its amount is the
# difference of the two amounts that first line gives; in the plan (or where adding it would cost the plan nothing
# more: it may spare WeCom's chats), its build, the first year's part of the plan split's build.
MP_CUSTOM_FOR_ADDED = ("A rented template would serve it for {rent_low} to {rent_high} a year, but a custom build is "
                       "needed for {ends}: adding it would raise the plan's likely first-year cost by {cost}.")
MP_CUSTOM_FOR_BUILD = ("A rented template would serve it for {rent_low} to {rent_high} a year, but a custom build is "
                       "needed for {ends}: building it costs {cost} in the first year.")
# Either without its amounts, for a long image sent without prices (report/answer.py).
MP_CUSTOM_FOR_UNPRICED = "A rented template cannot serve it: a custom build is needed for {ends}."
# A Service Account taking the plan's payments in pages of the business's own (costs.CostBook.pages_build), what they
# cost to build, beside its role: the plan's cost split showed the build, and only a Mini Program's card said one.
SERVICE_PAGES_BUILD = ("Its payment pages are costed as a Mini Program of the same scope: building them costs {cost} in "
                       "the first year (the assumption “Payment pages of a Service Account, as a share of a Mini Program "
                       "of the same scope”).")
SERVICE_PAGES_BUILD_UNPRICED = "Its payment pages are costed as a Mini Program of the same scope."
# The Mini Program's and the app's sentences follow the session length against the length at
# which the two suit equally ({pivot}), so that their two cards never say opposite things.
# No colon in the sentences of sessions that suit: "Why this plan" writes them after the member's name and a colon.
SESSION_SHORT = "Sessions of {minutes} min suit it, as typical Mini Program visits last about {typical} min."
# (The session length at which an app would suit them as well, not "beyond which an app suits better": city_service's
# plan swaps its Mini Program for an app above 4.8 min, where its other columns tip the balance before the sessions do.)
# ("On session length alone": the plan's own flip, said beside it, may come sooner, 4.8 min beside 5 read as two
# answers to one question.)
SESSION_MP_LONGER = ("Sessions of {minutes} min still suit it; they are longer than typical Mini Program visits (about "
                     "{typical} min), but under the {pivot} min at which, on session length alone, an app would "
                     "suit them as well.")
# The same as a reason for the plan ("Why this plan"): what it says for the Mini Program, without the caveat that led
# three examples' lists ("…; they are longer than typical Mini Program visits (about 1.5 min), but…").
# ("On session length alone": city_service's plan swaps to an app from 4.8 min, its other fits moving too.)
SESSION_MP_LONGER_PLAIN = ("Sessions of {minutes} min suit it better than an app; on session length alone, an app "
                           "would suit them as well only from {pivot} min.")
SESSION_MP_TOO_LONG = ("Sessions of {minutes} min are long for a Mini Program: typical visits last about {typical} "
                       "min, and beyond {pivot} min an app suits better.")
SESSION_LONG = ("Sessions of {minutes} min suit an app; beyond {pivot} min it suits them better than a Mini "
                "Program, whose visits last about {typical} min.")
SESSION_APP_SHORT = "Sessions of {minutes} min are short for an app: under {pivot} min a Mini Program suits them better."
# Long sessions, for an audience too small for many to install the app (fit.sessions_held).
SESSION_LONG_FEW = ("Sessions of {minutes} min would suit an app, but few of {users} monthly users would install one "
                    "to spend them there.")
SESSION_EVEN = "Sessions of {minutes} min suit an app and a Mini Program equally well."
SESSION_POOR = "Sessions of {minutes} min are longer than the short visits it is made for."
# What the audience-size column measures, how many would install an app (not its cost, which the plan's costs and
# the chart weigh: "can pay back its cost" stood beside a chart note that the app never did).
SCALE_LARGE = "With {users} monthly users many would install an app of your own; the size suits one."
SCALE_SMALL = "With {users} monthly users few would install an app; WeChat suits the size better."
# The same two where the users are the business's own staff (fit.staff_only), whom it can ask to install an app: the
# size is what an app's build is for, not how many would install it (factory_staff read "few would install an app").
SCALE_LARGE_STAFF = "With {users} staff as its users, an app of your own suits the size."
SCALE_SMALL_STAFF = ("With {users} staff as its users, an app of your own is a large build for so few; WeChat suits the "
                     "size better.")
IN_PLAN = "In the plan for {duties}."
# A goal the client asked for that no member of the plan does well (its duties skip it: plans.roles), said beside
# the roles so that "What each presence does" never reads as covering every goal (an individual's only goal,
# selling, went unsaid beside "Official Account: messaging followers").
PLAN_WEAK_GOAL = "The plan is weak at {goal}: its best at it, {member}, scores {score} out of 100 for it."
PLAN_WEAK_GOALS = "The plan is weak at {goals}: no presence in it scores {weak} out of 100 or more for them."
# The same of another plan (an alternative's, a variant's: `evaluate --json` gives them): "The plan" read as the plan
# recommended.
OTHER_PLAN_WEAK_GOAL = "This plan is weak at {goal}: its best at it, {member}, scores {score} out of 100 for it."
# The two where two or more of its members are its best at it, level: a sole trader's bakery read "its best at it, the
# Official Account, scores 30", where its Mini Program, the one she would sell through, scores the same 30.
PLAN_WEAK_GOAL_LEVEL = "The plan is weak at {goal}: its best at it, {member}, score {score} out of 100 each for it."
OTHER_PLAN_WEAK_GOAL_LEVEL = "This plan is weak at {goal}: its best at it, {member}, score {score} out of 100 each for it."
OTHER_PLAN_WEAK_GOALS = "This plan is weak at {goals}: no presence in it scores {weak} out of 100 or more for them."
# WeCom serving, selling or taking payments by its staff's chats (duties.chat_staff): the staff time the costs count,
# in hours (the amount is the cost split's "Staff time in chats"; an amount here, a year of that uncertain part,
# read as hours at another rate than the pack's likely 35 an hour).
IN_PLAN_CHATS = "In the plan for {duties}, by your staff's chats: about {hours} staff hours a month for your audience."
IN_PLAN_CHATS_ONE_HOUR = "In the plan for {duties}, by your staff's chats: about a staff hour a month for your audience."
IN_PLAN_CHATS_UNDER_HOUR = ("In the plan for {duties}, by your staff's chats: under a staff hour a month for your "
                            "audience.")
IN_PLAN_NO_DUTY = "In the plan, beside presences that carry each goal better."
# The same for the plan's only member (a business that set no goal it could carry): there is none beside it.
IN_PLAN_SOLE_NO_DUTY = "In the plan as the presence that best suits your session length and audience size."
# The same for a plan of several where no member has a job: the scenario sets no goal, message or need ("beside
# presences that carry each goal better" spoke of goals that were not there).
IN_PLAN_NO_JOBS = ("In the plan for how it suits your session length and audience size: you set no goal, no messages "
                   "and no special need.")
# The same where some goal is done well by no member (PlanResult.weak_goals): "beside presences that carry each
# goal better" read beside "its best at it, the Official Account" of a plan of the Official Account alone.
IN_PLAN_FOR_WEAK_GOALS = "In the plan for what it adds to goals that no presence in the plan serves well."
# The same for the plan's only member: "no presence in the plan serves well" spoke of itself (a business with 1% of its
# audience on WeChat, its plan a Service Account alone).
IN_PLAN_SOLE_WEAK_GOALS = "In the plan alone, as the best-scoring plan, though it serves your goals only weakly."
# No colon: the views write a role after the presence's name and a colon ("WeCom: In the plan …").
IN_PLAN_WECHAT_DOOR_PLAIN = ("In the plan as the cheaper way in for users won through ads, who cost less through "
                             "WeChat than as app installs.")
IN_PLAN_WECHAT_DOOR = ("In the plan as the cheaper way in for users won through ads, at a cost per acquired user of "
                       "{with_it} on average with it and {without} without it.")
NOT_IN_PLAN = "Not in the plan: adding it would lower the plan's score by {points} points; what it does best, {dimension}, the plan's {carrier} already covers."
NOT_IN_PLAN_PLAIN = "Not in the plan: adding it would lower the plan's score by {points} points."
# Where the points are the effort of one more presence to run and no overlap can be named: the effort is
# said, so that a cheaper addition that costs points (bank_care's Mini Program) does not read as causeless.
NOT_IN_PLAN_EFFORT = "Not in the plan: adding it would lower the plan's score by {points} points, for one more presence to run."
# The same where it wins some points back (more of the goals covered, a first year nearer the budget).
NOT_IN_PLAN_EFFORT_MORE = ("Not in the plan: adding it would lower the plan's score by {points} points; one more presence "
                           "to run costs {effort} points, more than it adds.")
# And where, besides the effort, the plan with it would cover less (bank_care's Service Account: 75 against 80): only
# the session length and audience size can (goals, messages and needs take the plan's best member), and "a lower
# coverage of your goals and needs" read as nonsense for a plan with one presence more.
NOT_IN_PLAN_EFFORT_LESS = ("Not in the plan: adding it would lower the plan's score by {points} points: {effort} for one "
                           "more presence to run, and a lower coverage of your goals and needs ({alt} against {best}), as "
                           "{suits}.")
# Which of the two the plan with it suits less, as its columns show (bank_care's Service Account read "your session
# length or audience size", where only the sessions were): the clause the four sentences above and below end with.
SUITS_LESS_SESSION = "your session length suits it less"
SUITS_LESS_SIZE = "your audience size suits it less"
SUITS_LESS_BOTH = "your session length and audience size suit it less"
# The same where a first year further beyond the budget takes some of the points too: said, so that the parts add
# up (sessmax's Service Account read "36 points: 5 for one more presence … (58 against 87)", 5 + 29 = 34).
NOT_IN_PLAN_EFFORT_LESS_BUDGET = ("Not in the plan: adding it would lower the plan's score by {points} points: {effort} "
                                  "for one more presence to run, {budget} for a first year further beyond your "
                                  "budget, and a lower coverage of your goals and needs ({alt} against {best}), as "
                                  "{suits}.")
# The same where the rest of the points are its cost's (its likely first year, weighed in doublings).
NOT_IN_PLAN_EFFORT_LESS_COST = ("Not in the plan: adding it would lower the plan's score by {points} points: {effort} for "
                                "one more presence to run, {cost_points} for a dearer first year, and a lower coverage of "
                                "your goals and needs ({alt} against {best}), as {suits}.")
# The same where it would make the first year cheaper, and win back some of the points for its cost.
NOT_IN_PLAN_EFFORT_LESS_CHEAPER = ("Not in the plan: adding it would lower the plan's score by {points} points: {effort} "
                                   "for one more presence to run and a lower coverage of your goals and needs ({alt} "
                                   "against {best}: {suits}), less "
                                   "{saved_points} it wins back for a cheaper first year.")
# Where it covers as much as the plan: one more presence to run, and its cost.
NOT_IN_PLAN_EFFORT_COST = ("Not in the plan: adding it would lower the plan's score by {points} points: {effort} for one "
                           "more presence to run, and {cost_points} for {dearer}.")
# The same where the first year's own points, to the scores' last digit, are not the rest the two scores as written
# leave: said as rounded so that the parts add up (city_service's native app read "1 for a dearer first year (¥277k
# to ¥926k)" beside an alternative card's "2 more points off its score for its cost" for the same plan: 1.74 points).
# (Said before the first year, whose own parentheses it followed: "(¥674k to ¥779k) (rounded so that …)".)
NOT_IN_PLAN_EFFORT_COST_ROUNDING = ("Not in the plan: adding it would lower the plan's score by {points} points: {effort} "
                                    "for one more presence to run, and, rounded so that the parts add up, {cost_points} "
                                    "for {dearer}.")
# The same where its first year takes less than half a unit of the scores' last digit: the rest of the points are the
# two scores' rounding (an overseas company's Service Account read "1 for a dearer first year (¥673,599 to
# ¥674,292)", a rise worth 0.0015 points).
NOT_IN_PLAN_EFFORT_ROUNDING = ("Not in the plan: adding it would lower the plan's score by {points} points: {effort} for "
                               "one more presence to run, and {cost_points} from rounding the two scores; its first "
                               "year ({plan_cost} to {cost}) takes less than {least} points.")
NOT_IN_PLAN_EFFORT_COST_FORMS = (NOT_IN_PLAN_EFFORT_COST, NOT_IN_PLAN_EFFORT_COST_ROUNDING, NOT_IN_PLAN_EFFORT_ROUNDING)
# The dearer first year it names (plan_reasons.first_year_dearer): the two first years, and, where its messages
# written make most of the rise, that. (Short: a card's first reason, which a panel shows whole in presentation mode
# at 1366×768; the cost key's part that makes most of another rise, "most of the rise in platform and service fees",
# took the line that pushed it out of view.)
FIRST_YEAR_DEARER = "a dearer first year ({plan_cost} to {cost})"
FIRST_YEAR_DEARER_WRITTEN = ("a dearer first year ({plan_cost} to {cost}), its {wanted} messages a month written "
                             "rather than sent as the app's free notifications")
# The two where the dearer first year passes the budget the plan's is within: dental_clinic's Channels read "a dearer
# first year (¥281k to ¥452k)" beside a budget of ¥450k, where the app's card beside it said "beyond your budget"
# (its budget's points, a fraction of one, leave the sentence to the first year's).
FIRST_YEAR_DEARER_OVER_BUDGET = "a dearer first year ({plan_cost} to {cost}, beyond your budget of {budget})"
FIRST_YEAR_DEARER_WRITTEN_OVER_BUDGET = ("a dearer first year ({plan_cost} to {cost}, beyond your budget of {budget}), "
                                         "its {wanted} messages a month written rather than sent as the app's free "
                                         "notifications")
FIRST_YEAR_DEARER_FORMS = (FIRST_YEAR_DEARER, FIRST_YEAR_DEARER_WRITTEN, FIRST_YEAR_DEARER_OVER_BUDGET,
                           FIRST_YEAR_DEARER_WRITTEN_OVER_BUDGET)
# Where it would cover more, yet its effort and its dearer first year take more than that adds.
NOT_IN_PLAN_MORE_COVERED_DEARER = ("Not in the plan: adding it would lower the plan's score by {points} points: it would "
                                   "cover more of your goals and needs ({alt} against {best}), but one more presence "
                                   "to run takes {effort} and a dearer first year {cost_points}.")
# Where most of the points are the budget's: its first-year cost beyond the budget, not an overlap.
# Where adding it would spare the staff of the plan's WeCom chats some work (it takes the payments by itself), yet
# costs more points than that spares.
NOT_IN_PLAN_STAFF_SAVED = ("Not in the plan: adding it would lower the plan's score by {points} points, though it "
                           "would spare {saved} points of your staff's effort in WeCom's chats; one more presence to "
                           "run costs {effort} points.")
# Where adding it would give WeCom serving, selling or the payments by its staff's chats: the staff it would take.
NOT_IN_PLAN_STAFF_ADDED = ("Not in the plan: adding it would lower the plan's score by {points} points; one more "
                           "presence to run costs {effort} points, and its chats would take {time}.")
NOT_IN_PLAN_BUDGET = ("Not in the plan: adding it would lower the plan's score by {points} points, mostly because it "
                      "would take the plan's likely first-year cost from {plan_cost} to {cost}, beyond your budget "
                      "of {budget}.")
# The same where the plan's own first year is beyond the budget already: adding it takes the cost further
# beyond, not beyond (news_publisher: ¥670k to ¥814k against ¥400k).
NOT_IN_PLAN_BUDGET_FURTHER = ("Not in the plan: adding it would lower the plan's score by {points} points, mostly "
                              "because it would take the plan's likely first-year cost from {plan_cost} to {cost}, "
                              "further beyond your budget of {budget}.")
# The same where it would spare the staff time of the plan's WeCom chats (it takes the payments by itself).
NOT_IN_PLAN_BUDGET_SPARES = ("Not in the plan: adding it would lower the plan's score by {points} points, mostly because "
                             "it would take the plan's likely first-year cost from {plan_cost} to {cost}, beyond your "
                             "budget of {budget}, though it would spare WeCom's chats {time}.")
NOT_IN_PLAN_BUDGET_FURTHER_SPARES = ("Not in the plan: adding it would lower the plan's score by {points} points, "
                                     "mostly because it would take the plan's likely first-year cost from {plan_cost} "
                                     "to {cost}, further beyond your budget of {budget}, though it would spare WeCom's "
                                     "chats {time}.")
NOT_IN_PLAN_SWAP = ("In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} against "
                    "{plan_cost} over {years} years.")
# The same where the two costs read alike once rounded: "cost ¥335M against ¥335M" read as a slip.
NOT_IN_PLAN_SWAP_ALIKE = ("In place of the plan's {member} the plan would score {score} against {best}, and cost about the "
                          "same, {cost} over {years} years.")
# The two where the scores read alike too ("would score 51 against 51"): a tie as written, which the ranking's order broke.
NOT_IN_PLAN_SWAP_SAME_SCORE = ("In place of the plan's {member} the plan would score the same, {score}, and cost {cost} "
                               "against {plan_cost} over {years} years.")
NOT_IN_PLAN_SWAP_SAME_SCORE_ALIKE = ("In place of the plan's {member} the plan would score the same, {score}, and cost "
                                     "about the same, {cost} over {years} years: the two plans are a close call.")
# The same where the swap costs more because the presence sends fewer of the messages free (car_brand: a Service
# Account for the Official Account, 4 messages a month free against 6 wanted, doubles the cost in paid reach).
# What the dearer swap buys, said as a client counts it: which of the messages wanted would be ads ("it would buy 2 of
# your messages a month as paid reach against 0 now" hid that the ¥3.8M more was Moments ads for 2 messages a month).
NOT_IN_PLAN_SWAP_REACH = ("In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} "
                          "against {plan_cost} over {years} years: {reach} of your {wanted} messages a month would go "
                          "out as paid reach (ads shown to your users), where the plan needs none.")
NOT_IN_PLAN_SWAP_REACH_MORE = ("In place of the plan's {member} the plan would score {score} against {best}, and cost "
                               "{cost} against {plan_cost} over {years} years: {reach} of your {wanted} messages a month "
                               "would go out as paid reach (ads shown to your users), against {plan_reach} now.")
# The two where the scores read alike ("would score 65 against 65, and cost ¥208k against ¥3,500: …").
NOT_IN_PLAN_SWAP_REACH_SAME_SCORE = ("In place of the plan's {member} the plan would score the same, {score}, and cost "
                                     "{cost} against {plan_cost} over {years} years: {reach} of your {wanted} messages a "
                                     "month would go out as paid reach (ads shown to your users), where the plan needs "
                                     "none.")
NOT_IN_PLAN_SWAP_REACH_MORE_SAME_SCORE = ("In place of the plan's {member} the plan would score the same, {score}, and "
                                          "cost {cost} against {plan_cost} over {years} years: {reach} of your {wanted} "
                                          "messages a month would go out as paid reach (ads shown to your users), against "
                                          "{plan_reach} now.")
# The four where every message wanted would go out as paid reach: "6 of your 6 messages" read as a slip.
NOT_IN_PLAN_SWAP_REACH_ALL = ("In place of the plan's {member} the plan would score {score} against {best}, and cost "
                              "{cost} against {plan_cost} over {years} years: all {wanted} of your messages a month "
                              "would go out as paid reach (ads shown to your users), where the plan needs none.")
NOT_IN_PLAN_SWAP_REACH_MORE_ALL = ("In place of the plan's {member} the plan would score {score} against {best}, and "
                                   "cost {cost} against {plan_cost} over {years} years: all {wanted} of your messages "
                                   "a month would go out as paid reach (ads shown to your users), against {plan_reach} "
                                   "now.")
NOT_IN_PLAN_SWAP_REACH_ALL_SAME_SCORE = ("In place of the plan's {member} the plan would score the same, {score}, and "
                                         "cost {cost} against {plan_cost} over {years} years: all {wanted} of your "
                                         "messages a month would go out as paid reach (ads shown to your users), where "
                                         "the plan needs none.")
NOT_IN_PLAN_SWAP_REACH_MORE_ALL_SAME_SCORE = ("In place of the plan's {member} the plan would score the same, {score}, "
                                              "and cost {cost} against {plan_cost} over {years} years: all {wanted} of "
                                              "your messages a month would go out as paid reach (ads shown to your "
                                              "users), against {plan_reach} now.")
# The same where another part of the cost makes most of the difference, named as the cost key names it: car_brand at
# 300 users, Channels for the Official Account, read "cost ¥1.19M against ¥328k …: 6 of your 6 messages a month would
# go out as paid reach", where the paid reach was ¥11.8k of the ¥862k and its videos' production ¥850k.
NOT_IN_PLAN_SWAP_PART = ("In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} "
                         "against {plan_cost} over {years} years, most of the difference in {part} ({amount} more).")
NOT_IN_PLAN_SWAP_PART_SAME_SCORE = ("In place of the plan's {member} the plan would score the same, {score}, and cost "
                                    "{cost} against {plan_cost} over {years} years, most of the difference in {part} "
                                    "({amount} more).")
# The same where the part is the users won through ads, and each costs more (news_publisher's native app for the
# Official Account cost ¥4.36M against ¥1.78M, while the Official Account and the app together cost ¥3.20M, and nothing
# said why): without the plan's WeChat presence more of them come as app installs.
NOT_IN_PLAN_SWAP_USERS = ("In place of the plan's {member} the plan would score {score} against {best}, and cost {cost} "
                          "against {plan_cost} over {years} years, most of the difference in {part} ({amount} more): "
                          "more of the users won through ads would come as app installs, which cost more than through "
                          "WeChat ({alt} per acquired user, against {plan_alt} in the plan).")
NOT_IN_PLAN_SWAP_USERS_SAME_SCORE = ("In place of the plan's {member} the plan would score the same, {score}, and cost "
                                     "{cost} against {plan_cost} over {years} years, most of the difference in {part} "
                                     "({amount} more): more of the users won through ads would come as app installs, "
                                     "which cost more than through WeChat ({alt} per acquired user, against {plan_alt} "
                                     "in the plan).")
# Each swap sentence's form for scores that read alike.
SAME_SCORE_FORMS = {NOT_IN_PLAN_SWAP: NOT_IN_PLAN_SWAP_SAME_SCORE,
                    NOT_IN_PLAN_SWAP_REACH: NOT_IN_PLAN_SWAP_REACH_SAME_SCORE,
                    NOT_IN_PLAN_SWAP_REACH_MORE: NOT_IN_PLAN_SWAP_REACH_MORE_SAME_SCORE,
                    NOT_IN_PLAN_SWAP_REACH_ALL: NOT_IN_PLAN_SWAP_REACH_ALL_SAME_SCORE,
                    NOT_IN_PLAN_SWAP_REACH_MORE_ALL: NOT_IN_PLAN_SWAP_REACH_MORE_ALL_SAME_SCORE,
                    NOT_IN_PLAN_SWAP_PART: NOT_IN_PLAN_SWAP_PART_SAME_SCORE,
                    NOT_IN_PLAN_SWAP_USERS: NOT_IN_PLAN_SWAP_USERS_SAME_SCORE}
NOT_IN_PLAN_TIE = "Not in the plan: adding it would not raise the plan's score, and it would cost more."
NOT_IN_PLAN_ADDED_CHEAPER = ("Added, it would cut the plan's likely cost over {years} years to {cost} from {plan_cost}; the "
                             "score counts that saving for fewer points than adding it takes away.")
# The same with why, from the part of the cost it lowers (cost_reasons.cost_surprise): bank_care's Mini Program read
# that it would cut ¥14.4M to ¥7.61M, and nothing on the page said how one presence more could nearly halve a cost.
_ADDED_CHEAPER_AS = ("Added, it would cut the plan's likely cost over {years} years to {cost} from {plan_cost}, as %s; "
                     "the score counts that saving for fewer points than adding it takes away.")
NOT_IN_PLAN_ADDED_CHEAPER_USERS = _ADDED_CHEAPER_AS % (
    "users won through ads cost less through WeChat than as app installs ({alt} per acquired user with it, {best} "
    "without)")
NOT_IN_PLAN_ADDED_CHEAPER_SERVERS = _ADDED_CHEAPER_AS % (
    "users served in a Mini Program need fewer servers than in an app ({alt} a year for 1,000 users with it, {best} "
    "without)")
NOT_IN_PLAN_ADDED_CHEAPER_STAFF = _ADDED_CHEAPER_AS % (
    "it relieves your staff's chats of {duties} ({alt} staff hours a month with it, {best} without)")
NOT_IN_PLAN_ADDED_CHEAPER_REACH = _ADDED_CHEAPER_AS % (
    "it sends more of your messages free ({alt} a month bought as paid reach with it, {best} without)")
NOT_IN_PLAN_ADDED_CHEAPER_WRITTEN = _ADDED_CHEAPER_AS % (
    "it sends your messages as short notifications, which cost nothing to write ({alt} messages a month written with it, "
    "{best} without)")
del _ADDED_CHEAPER_AS  # (a pattern of the five, not a template: ALL_TEMPLATES takes every upper-case string)
PLAN_SCORE = "The plan covers your goals and needs at {coverage} out of 100."
PLAN_SCORE_LESS = ("The plan covers your goals and needs at {coverage} out of 100; less the points that follow, "
                   "it scores {score}.")
# The same in one line, where the lines that follow are not shown (presenting on a 720-line projector): what takes
# the points, each with its points as its line gives them (scores.score_in_one_line). "less 28 points, it scores 43"
# stood unexplained beside the budget's sentence, "which takes 23 points off its score". Short: where it wraps, the
# projector's chart loses a line.
PLAN_SCORE_IN_ONE_LINE = "The plan covers your goals and needs at {coverage} out of 100; less {parts}, it scores {score}."
# Its parts: the first with its unit, those after it without ("5 points for running 2 presences and 1.4 for its
# cost"); what takes them, each as its line says it (PLAN_PRESENCE_COST, PLAN_STAFF_LINES, PLAN_COST_LINES,
# PLAN_BUDGET_LINES), in a few words.
SCORE_PART_FIRST = "{points} points for {part}"
SCORE_PART_NEXT = "{points} for {part}"
SCORE_PART_EFFORT = "running {count} presences"
SCORE_PART_STAFF = "WeCom's staff time"
SCORE_PART_COST = "its cost"
SCORE_PART_BUDGET = "the budget"
PLAN_PRESENCE_COST = "Less {points} points for the effort of running {count} presences together."
# Where the plan's WeCom serves, sells or takes payments by its staff's chats (plans._staff_penalties).
PLAN_STAFF_COST = "Less {points} points for the staff time WeCom's chats take: {time}."
# The same where the line also takes what the other lines' rounding leaves (plan_reasons.shown_points), its points then a unit
# off what its rule gives: said, as the cost's line says it (a client checking the points by the rule found 16 where it
# gives 15, fitness_coaching's budget).
PLAN_STAFF_COST_ROUNDING = ("Less {points} points for the staff time WeCom's chats take (rounded so that these lines "
                            "add up to the score): {time}.")
PLAN_STAFF_LINES = (PLAN_STAFF_COST, PLAN_STAFF_COST_ROUNDING)
# The staff hours a month a plan's WeCom chats take, within the sentences that weigh them (staff_time).
STAFF_TIME = "about {hours} staff hours a month"
STAFF_TIME_ONE_HOUR = "about a staff hour a month"
STAFF_TIME_UNDER_HOUR = "under a staff hour a month"
# The points its first-year cost takes, in doublings over the cheapest plan's (plan_reasons.cost_line): a multiple of an
# amount, so that the reader can check it against the plan's first-year cost on the same page ("1.2 times the likely
# first-year cost of the cheapest plan" left car_brand's client with a cheapest plan whose cost no output gave).
PLAN_COST_POINTS = ("Less {points} points for its cost: {times} times {from}, the likely first-year cost of the "
                    "cheapest plan, {cheapest}.")
# The same where the cheapest plan costs less than the amount a cost counts from (cost_points_from_cny).
PLAN_COST_POINTS_FROM = ("Less {points} points for its cost: its likely first-year cost is {times} times {from}, the "
                         "most a first year can cost without losing points.")
# The same two where the line also takes what the other lines' rounding leaves, so that they add up to the score as
# written: its points may then read a unit off the multiple's doublings.
PLAN_COST_POINTS_ROUNDING = ("Less {points} points for its cost (rounded so that these lines add up to the score): {times} "
                             "times {from}, the likely first-year cost of the cheapest plan, {cheapest}.")
PLAN_COST_POINTS_FROM_ROUNDING = ("Less {points} points for its cost (rounded so that these lines add up to the "
                                  "score): its likely first-year cost is {times} times {from}, the most a first year can "
                                  "cost without losing points.")
# All four, for whoever finds the cost's line among the plan's.
PLAN_COST_LINES = (PLAN_COST_POINTS, PLAN_COST_POINTS_FROM, PLAN_COST_POINTS_ROUNDING, PLAN_COST_POINTS_FROM_ROUNDING)
# The four without the amount (a long image sent without prices: report.answer's _UNPRICED), the multiple kept.
PLAN_COST_POINTS_UNPRICED = ("Less {points} points for its cost: {times} times the likely first-year cost of the "
                             "cheapest plan, {cheapest}.")
PLAN_COST_POINTS_FROM_UNPRICED = ("Less {points} points for its cost: its likely first-year cost is {times} times the "
                                  "most a first year can cost without losing points.")
PLAN_COST_POINTS_ROUNDING_UNPRICED = ("Less {points} points for its cost (rounded so that these lines add up to the "
                                      "score): {times} times the likely first-year cost of the cheapest plan, {cheapest}.")
PLAN_COST_POINTS_FROM_ROUNDING_UNPRICED = ("Less {points} points for its cost (rounded so that these lines add up to "
                                           "the score): its likely first-year cost is {times} times the most a first "
                                           "year can cost without losing points.")
PLAN_COST_UNPRICED = {PLAN_COST_POINTS: PLAN_COST_POINTS_UNPRICED, PLAN_COST_POINTS_FROM: PLAN_COST_POINTS_FROM_UNPRICED,
                      PLAN_COST_POINTS_ROUNDING: PLAN_COST_POINTS_ROUNDING_UNPRICED,
                      PLAN_COST_POINTS_FROM_ROUNDING: PLAN_COST_POINTS_FROM_ROUNDING_UNPRICED}
PLAN_BUDGET_COST = "Less {points} points because the budget covers only {share} of its likely first-year cost."
# The same with no budget at all: "covers only 0%" read as a slip.
PLAN_BUDGET_NONE = "Less {points} points because there is no budget for its likely first-year cost."
# The same two where the line takes what the other lines' rounding leaves (see PLAN_STAFF_COST_ROUNDING).
PLAN_BUDGET_COST_ROUNDING = ("Less {points} points because the budget covers only {share} of its likely first-year "
                             "cost (rounded so that these lines add up to the score).")
PLAN_BUDGET_NONE_ROUNDING = ("Less {points} points because there is no budget for its likely first-year cost "
                             "(rounded so that these lines add up to the score).")
# All four, for whoever finds the budget's line among the plan's.
PLAN_BUDGET_LINES = (PLAN_BUDGET_COST, PLAN_BUDGET_NONE, PLAN_BUDGET_COST_ROUNDING, PLAN_BUDGET_NONE_ROUNDING)
PLAN_SCORE_FLOOR = ("A score never falls below 0: these lines take the {points} points the plan had, where their "
                    "rules would take {full}.")
# Why a variant card beside the chart (the plan with a Mini Program, an app or both) scores less than it covers:
# the points its effort and its budget take, as the plan's own lines count them (variant_scores.py). Its card
# read "Plan score 0.0" under an app that fits 48, with no word on why. Short, for a narrow card: the amounts
# are the plan's budget line's and the card's tooltip's.
VARIANT_SCORE_EFFORT = "Covers your goals and needs at {coverage}, less {points} points for running {count} presences."
VARIANT_SCORE_BUDGET = ("Covers your goals and needs at {coverage}, less {points} points for a first year beyond your "
                        "budget.")
# Where its first year takes points within the budget (in doublings over the cheapest plan's).
VARIANT_SCORE_COST = "Covers your goals and needs at {coverage}, less {points} points for its first-year cost."
VARIANT_SCORE_BOTH_COST = ("Covers your goals and needs at {coverage}, less {effort} points for running {count} "
                           "presences and {cost_points} for its first-year cost.")
VARIANT_SCORE_BOTH_CHATS_COST = ("Covers your goals and needs at {coverage}, less {effort} points for running {count} "
                                 "presences and WeCom's chats and {cost_points} for its first-year cost.")
# Its cost and a first year beyond the budget, as the plan's own lines split them.
VARIANT_SCORE_COST_BUDGET = ("Covers your goals and needs at {coverage}, less {cost_points} points for its first-year "
                             "cost and {points} for a first year beyond your budget.")
VARIANT_SCORE_ALL = ("Covers your goals and needs at {coverage}, less {effort} points for running {count} presences, "
                     "{cost_points} for its first-year cost and {points} for a first year beyond your budget.")
VARIANT_SCORE_ALL_CHATS = ("Covers your goals and needs at {coverage}, less {effort} points for running {count} "
                           "presences and WeCom's chats, {cost_points} for its first-year cost and {points} for a first "
                           "year beyond your budget.")
VARIANT_SCORE_BOTH = ("Covers your goals and needs at {coverage}, less {effort} points for running {count} presences "
                      "and {points} for a first year beyond your budget.")
# The same where its WeCom serves, sells or takes payments by its staff's chats: their staff is effort too.
VARIANT_SCORE_EFFORT_CHATS = ("Covers your goals and needs at {coverage}, less {points} points for running {count} "
                              "presences and WeCom's chats.")
VARIANT_SCORE_BOTH_CHATS = ("Covers your goals and needs at {coverage}, less {effort} points for running {count} "
                            "presences and WeCom's chats and {points} for a first year beyond your budget.")
# The same where the points their rules would take are more than it covers: a score stops at 0.
VARIANT_SCORE_ZERO_EFFORT = ("Covers your goals and needs at {coverage}; running {count} presences takes it all "
                             "(a score stops at 0).")
VARIANT_SCORE_ZERO_BUDGET = ("Covers your goals and needs at {coverage}; a first year beyond your budget takes it all "
                             "(a score stops at 0).")
VARIANT_SCORE_ZERO_EFFORT_CHATS = ("Covers your goals and needs at {coverage}; running {count} presences and "
                                   "WeCom's chats takes it all (a score stops at 0).")
VARIANT_SCORE_ZERO_BOTH_CHATS = ("Covers your goals and needs at {coverage}; running {count} presences and WeCom's "
                                 "chats and a first year beyond your budget take it all (a score stops at 0).")
# The same where its first-year cost, weighed in doublings, takes the rest within the budget.
VARIANT_SCORE_ZERO_COST = ("Covers your goals and needs at {coverage}; its first-year cost takes it all (a score stops "
                           "at 0).")
VARIANT_SCORE_ZERO_BOTH_COST = ("Covers your goals and needs at {coverage}; running {count} presences and its first-year "
                                "cost take it all (a score stops at 0).")
VARIANT_SCORE_ZERO_BOTH_COST_CHATS = ("Covers your goals and needs at {coverage}; running {count} presences and WeCom's "
                                      "chats and its first-year cost take it all (a score stops at 0).")
VARIANT_SCORE_ZERO_BOTH = ("Covers your goals and needs at {coverage}; running {count} presences and a first year "
                           "beyond your budget take it all (a score stops at 0).")
# A variant card beside the chart that cannot carry a ticked need, named (evaluator._app_or_mp). The needs after a
# colon, as the Chinese has them: "Cannot carry using phone hardware and running in the background, special needs you
# ticked." read as neither English nor what the card means.
VARIANT_NEED_UNMET = "Cannot meet the special need you ticked: {needs}."
VARIANT_NEEDS_UNMET = "Cannot meet the special needs you ticked: {needs}."
WHY_NOT_LOWER = "Scores {score} against the plan's {best}."
# Lower by less than the pack's close_call_points: within what the model's weights (judgements, rounded to whole points)
# can tell apart.
WHY_NOT_CLOSE = ("Scores {score} against the plan's {best}: a close call, nearer than the model's estimates can tell "
                 "apart; weigh this plan too.")
# Lower by less than the last decimal written: "Scores 40.67 against the plan's 40.67" read as a tie the plan won
# without a rule to say why.
WHY_NOT_HAIR = "Scores a hair below the plan's {best}: the two read alike once rounded."
WHY_NOT_TIE = "Scores the same as the plan but costs {cost} more over {years} years."
# The same where the two plans' costs differ in one part alone, named as the cost key names it (its amount is that
# part's difference, not the totals': plan_reasons.total_difference). Two forms, as WHY_NOT_TIE's: not among
# ALIKE_FORMS, since one part's amount has no second amount to read alike.
WHY_NOT_TIE_PART = "Scores the same as the plan but costs {cost} more over {years} years, all of it in {part}."
WHY_NOT_TIE_ALIKE_PART = ("Scores the same as the plan but costs {cost} more over {years} years, all of it in {part}, "
                          "though the two totals read alike once rounded.")
# Equal scores and costs: the ranking's next rule, the smaller plan first, then PRESENCES order (plans.Ranking).
WHY_NOT_TIE_LARGER = ("Scores the same as the plan; at the same cost, wxdesk recommends the plan with fewer "
                      "presences to run.")
WHY_NOT_TIE_EVEN = "Scores and costs the same as the plan."
# The third of the best plans at exactly the next best's score: why it comes after it (city_service: both 74).
WHY_NOT_TIE_AHEAD = "Scores the same as {plan}, which costs {cost} less over {years} years."
# The same where the plan ahead costs as much or more over the horizon, and is ahead for its cheaper first year (a cost
# is weighed by its first year, as the budget is).
WHY_NOT_TIE_AHEAD_FIRST_YEAR = "Scores the same as {plan}, whose likely first year costs {cost} less."
# The same three where the two amounts read alike once rounded: fitness_coaching's "which costs ¥900 less" stood under
# two columns that both read ¥6.19M (the difference is said as it is, and why it is not seen).
WHY_NOT_TIE_ALIKE = ("Scores the same as the plan but costs {cost} more over {years} years, though the two totals read "
                     "alike once rounded.")
WHY_NOT_TIE_AHEAD_ALIKE = ("Scores the same as {plan}, which costs {cost} less over {years} years, though the two "
                           "totals read alike once rounded.")
WHY_NOT_TIE_AHEAD_FIRST_YEAR_ALIKE = ("Scores the same as {plan}, whose likely first year costs {cost} less, though the "
                                      "two read alike once rounded.")
# Each difference's sentence, and its form for two amounts that read alike once rounded. (In yuan the engine picks one;
# a view writing dollars or euros picks again, as the two amounts read in that currency: Words.reason.)
ALIKE_FORMS = {WHY_NOT_TIE: WHY_NOT_TIE_ALIKE, WHY_NOT_TIE_AHEAD: WHY_NOT_TIE_AHEAD_ALIKE,
               WHY_NOT_TIE_AHEAD_FIRST_YEAR: WHY_NOT_TIE_AHEAD_FIRST_YEAR_ALIKE, NOT_IN_PLAN_SWAP: NOT_IN_PLAN_SWAP_ALIKE,
               NOT_IN_PLAN_SWAP_SAME_SCORE: NOT_IN_PLAN_SWAP_SAME_SCORE_ALIKE}
_UNLIKE_FORMS = {alike: unlike for unlike, alike in ALIKE_FORMS.items()}


def compared_amounts(template: str, params: Mapping[str, object]) -> tuple[float, float] | None:
    """The two amounts in yuan whose reading alike picks `template`'s form (ALIKE_FORMS), or None for a sentence that
    compares none: a view writing another currency picks the form again from the two as it writes them."""
    if template not in ALIKE_FORMS and template not in _UNLIKE_FORMS:
        return None
    cost = params["cost"]
    if isinstance(cost, Difference):  # a difference's sentence: the two amounts it is taken from
        return cost.larger, cost.smaller
    return float(cost), float(params["plan_cost"])  # type: ignore[arg-type]  # (a swap's: its cost and the plan's)


def difference_form(template: str, alike: bool) -> str:
    """A difference's sentence in its form for two amounts that read alike (or not); any other template as it is."""
    if alike:
        return ALIKE_FORMS.get(template, template)
    return _UNLIKE_FORMS.get(template, template)
# The same where the plan ahead is no cheaper and scores a hair more: its lead is beyond the decimals written.
WHY_NOT_HAIR_AHEAD = "Scores a hair below {plan}: the two read alike once rounded."
# Level with the plan shown before it on score and on cost (first year and horizon alike): fitness_coaching's app with an
# idle Service Account, then with an idle Official Account, each a verification of ¥300 a year, stood in an order
# nothing on the cards explained.
WHY_NOT_TIE_AHEAD_EVEN = "Scores and costs the same as {plan}: the two are level."
# A plan that costs clearly less than the plan and scores lower: its lower cost is in its score (food_ordering's third
# plan at ¥367k beside the plan's ¥465k gave only its coverage, and a client asked why not the cheaper one).
# (The score weighs a plan's cost by its first year: "that is counted in its score" claimed the whole saving.)
WHY_NOT_CHEAPER = ("It costs {cost} less over {years} years; the score weighs cost by the first year, and that does not "
                   "make up the gap.")
# The same beside a close call, where there is no gap the model can tell (a client read "does not make up the gap"
# under "nearer than the model's estimates can tell apart").
WHY_NOT_CHEAPER_CLOSE = "It costs {cost} less over {years} years: where cost weighs most with you, it is the one to choose."
# The two where the plans' costs differ in one part alone: yoga_teacher's "It costs ¥9,730 less over 2 years" beside
# totals of ¥15.8k and ¥6,060 (¥9,740 apart as written) named no part, and the client could not find the ¥9,730 in
# the plan's key ("Platform and service fees ¥9,730").
WHY_NOT_CHEAPER_PART = ("It costs {cost} less over {years} years, all of it in {part}; the score weighs cost by the "
                        "first year, and that does not make up the gap.")
WHY_NOT_CHEAPER_CLOSE_PART = ("It costs {cost} less over {years} years, all of it in {part}: where cost weighs most "
                              "with you, it is the one to choose.")
# The two (not in a close call) where cost takes no points off either plan, both first years within the amount a cost
# counts from: "the score weighs cost by the first year" read as if the score had weighed the saving (a sole trader's
# ¥4,860 a year against a plan at nothing, both far below ¥10,000, where cost moved no point).
WHY_NOT_CHEAPER_UNSCORED = ("It costs {cost} less over {years} years, but cost takes no points here: both plans' likely "
                            "first years are within {from}, the most a first year can cost without losing points.")
WHY_NOT_CHEAPER_UNSCORED_PART = ("It costs {cost} less over {years} years, all of it in {part}, but cost takes no points "
                                 "here: both plans' likely first years are within {from}, the most a first year can cost "
                                 "without losing points.")
# The two over a horizon of one year, where the first year is the whole saving: "the score weighs cost by the first
# year" read as if a part of the saving lay outside it.
WHY_NOT_CHEAPER_ONE_YEAR = ("It costs {cost} less over its one year; the score weighs that saving, and it does not make "
                            "up the gap.")
WHY_NOT_CHEAPER_ONE_YEAR_PART = ("It costs {cost} less over its one year, all of it in {part}; the score weighs that "
                                 "saving, and it does not make up the gap.")
# Every form of "cheaper, and still behind", for whoever looks for one.
WHY_NOT_CHEAPER_FORMS = (WHY_NOT_CHEAPER, WHY_NOT_CHEAPER_PART, WHY_NOT_CHEAPER_UNSCORED, WHY_NOT_CHEAPER_UNSCORED_PART,
                         WHY_NOT_CHEAPER_ONE_YEAR, WHY_NOT_CHEAPER_ONE_YEAR_PART)
# Where the plan below covers more than the plan (as the cards write coverage), a close call or not: the minuses listed
# stood alone (car_brand at 300 users: 5 and 1.8 points against a 0.3 gap, and not a word of its 80.4 against 73.9).
WHY_NOT_COVERS_MORE = "It covers more of your goals and needs: {alt} against {best}."
WHY_NOT_BOTH_AT_ZERO = ("Scores 0, as the plan does: its penalties exceed what it covers by {points} more points "
                        "than the plan's.")
WHY_NOT_DIMENSION = "Covers {dimension} at {alt} out of 100, against {best} in the plan."
# The same for what the business is rather than what it wants (its session length, its audience size):
# a plan fits those, it does not cover them ("Covers your audience size at 65" read as nonsense).
WHY_NOT_FIT = "Fits {dimension} at {alt} out of 100, against {best} in the plan."
WHY_NOT_EXTRA = "Running {count} presences instead of {base} costs {points} more points of effort."
# The same where what it adds has no job in it: the plan's members carry every goal, message and need better (the
# next best was often the plan and an Official Account with nothing to do, which its card did not say).
WHY_NOT_EXTRA_IDLE = ("It adds {presences}, which would have no job in it: the plan already carries every goal, "
                      "message and need better. Running {count} presences instead of {base} costs {points} more "
                      "points of effort.")
# Its WeCom serves, sells or takes payments by chat where the plan's does not (or less): the staff it takes.
WHY_NOT_STAFF = "Its WeCom's chats would take {time}: {points} more points of effort."
WHY_NOT_SAME_COST_OWN_VIDEOS = ("Costs the same as the plan: {presences} needs no verification fee, and you would "
                                "film its videos yourself.")
WHY_NOT_SAME_COST_PLAIN = "Costs the same as the plan: {presences} adds no fee or upkeep of its own."
# Channels added to a plan whose member already carries the video goal: its videos are paid for already.
WHY_NOT_SAME_COST_VIDEOS = ("Costs the same as the plan: {presences} adds no fee of its own, and the plan already "
                            "pays for the videos it would show.")
# A Service Account taking the payments in pages of the business's own, beside a plan whose Mini Program takes them.
WHY_NOT_SAME_COST_PAY_PAGES = ("Costs the same as the plan: its Service Account takes your payments in web pages of your "
                               "own, costed as a Mini Program of the same scope (the assumption “Payment pages of a "
                               "Service Account, as a share of a Mini Program of the same scope”).")
# The same where the pages are rented with a template, as the plan's Mini Program is (its card said "pages you build"
# beside the Service Account's "payment pages rented from a template vendor").
WHY_NOT_SAME_COST_RENTED_PAGES = ("Costs the same as the plan: its Service Account takes your payments in payment pages "
                                  "rented from a template vendor, as the plan's Mini Program is rented (the assumption "
                                  "“Payment pages of a Service Account, as a share of a Mini Program of the same "
                                  "scope”).")
# A Mini Program added to a plan whose Service Account took the payments in pages of the business's own: it takes them
# in their place, at their cost. The watch brand's next best read "Mini Program adds no fee or upkeep of its own"
# beside its card's "building it costs ¥121k in the first year".
WHY_NOT_SAME_COST_MP_FOR_PAGES = ("Costs the same as the plan: its Mini Program takes your payments in place of the "
                                  "Service Account's payment pages, which are costed as a Mini Program of the same "
                                  "scope (the assumption “Payment pages of a Service Account, as a share of a Mini "
                                  "Program of the same scope”).")
WHY_NOT_SAME_COST_MP_FOR_RENTED_PAGES = ("Costs the same as the plan: its Mini Program takes your payments in place "
                                         "of the Service Account's payment pages, which are rented from a template "
                                         "vendor as it is (the assumption “Payment pages of a Service Account, as a "
                                         "share of a Mini Program of the same scope”).")
# The first of the next best plans where each is the plan padded with presences that would do nothing (plans.next_best).
WHY_NOT_ONLY_PADDED = ("Every other plan that can carry what you ticked holds {presences}, with presences added that would "
                       "have nothing to do.")
# A card shown below a plan that scores higher and is not shown, being the plan (or a plan shown) with presences
# added that would have nothing to do (plans.next_best): city_service's cards read 69 and 67 under "the three best
# plans", beside "This plan with both" at 73 on the same screen.
# The left-out plan's score first, then "more than this plan": "scores more than this plan (73)" read as this card's score.
WHY_NOT_PADDED_ABOVE = ("{plan} scores {score}, more than this plan, but is not shown: it is the plan plus "
                        "{presences}, which would have nothing to do in it.")
WHY_NOT_PADDED_ABOVE_SHOWN = ("{plan} scores {score}, more than this plan, but is not shown: it is {base} plus "
                              "{presences}, which would have nothing to do in it.")
# The same where the left-out plan's score reads as this card's at the decimals the cards are written with: no figure
# (a card headed 66 read "… score more than this plan (up to 65.6, against 65.5)": 65.5 beside its heading's 66, and 65.6
# said to be more than 66). The JSON's params keep both scores.
WHY_NOT_PADDED_ABOVE_FINER = ("{plan} scores a fraction of a point more than this plan but is not shown: it is the "
                              "plan plus {presences}, which would have nothing to do in it.")
WHY_NOT_PADDED_ABOVE_SHOWN_FINER = ("{plan} scores a fraction of a point more than this plan but is not shown: it is "
                                    "{base} plus {presences}, which would have nothing to do in it.")
WHY_NOT_PADDED_ABOVE_MANY_FINER = ("{count} plans score a fraction of a point more than this plan but are not shown: "
                                   "each is the plan or a plan shown here plus presences that would have nothing to do "
                                   "in it, such as {plan}.")
# The same where several are (city_service: the plan with any one of four presences added, each at 74).
WHY_NOT_PADDED_ABOVE_MANY = ("{count} plans score up to {score}, more than this plan, but are not shown: each is the "
                             "plan or a plan shown here plus presences that would have nothing to do in it, such as "
                             "{plan}.")
# The same three where the plans left out score what the card does, to every decimal written: "Ranked above this plan
# … at 52.2" over a card headed 52.2 (an exact tie, broken by the ranking's order) read as a slip.
WHY_NOT_PADDED_LEVEL = ("{plan} scores the same as this plan ({score}) but is not shown: it is the plan plus "
                        "{presences}, which would have nothing to do in it.")
WHY_NOT_PADDED_LEVEL_SHOWN = ("{plan} scores the same as this plan ({score}) but is not shown: it is {base} plus "
                              "{presences}, which would have nothing to do in it.")
WHY_NOT_PADDED_LEVEL_MANY = ("{count} plans score the same as this plan ({score}) but are not shown: each is the plan "
                             "or a plan shown here plus presences that would have nothing to do in it, such as {plan}.")
FINER_FORMS = {WHY_NOT_PADDED_ABOVE: WHY_NOT_PADDED_ABOVE_FINER, WHY_NOT_PADDED_ABOVE_SHOWN: WHY_NOT_PADDED_ABOVE_SHOWN_FINER,
               WHY_NOT_PADDED_ABOVE_MANY: WHY_NOT_PADDED_ABOVE_MANY_FINER}
LEVEL_FORMS = {WHY_NOT_PADDED_ABOVE: WHY_NOT_PADDED_LEVEL, WHY_NOT_PADDED_ABOVE_SHOWN: WHY_NOT_PADDED_LEVEL_SHOWN,
               WHY_NOT_PADDED_ABOVE_MANY: WHY_NOT_PADDED_LEVEL_MANY}
WHY_NOT_FEWER = "Without {presences} it covers less of what you want."
# An alternative that would likely go live after the date the plan makes (the JSON's live_in_time false): the date's
# marker stood on the plan's timeline alone, and a B2B firm's first alternative, 8.6 weeks for its 8, said nothing.
# Its likely day, not its weeks: a Service Account at 8.9 weeks and a plan at 9.5 both read "about 9 weeks", one in time
# and one too late for the same date.
WHY_NOT_LATE = "Likely too late for your date of {date}: likely live on {live}."
# And one that likely makes the date the plan likely misses: the one card a client with a deadline looks for.
WHY_NOT_IN_TIME = "Likely in time for your date of {date}, unlike the plan: likely live on {live}."
# A plan that adds a presence and costs less, or drops one and costs more (cost_reasons.py). Its own figure is said
# first, as the sentence's subject's: "¥8 per acquired user in this plan against ¥18 in the plan" on a variant card,
# titled "This plan with both", gave "this plan" two meanings.
WHY_CHEAPER_USERS = ("Costs less over {years} years though it adds {presences}: users won through ads cost less "
                     "through WeChat than as app installs, {alt} per acquired user, against {best} in the plan.")
WHY_DEARER_USERS = ("Costs more over {years} years though it drops {presences}: users won through ads cost less "
                    "through WeChat than as app installs, {alt} per acquired user, against {best} in the plan.")
WHY_CHEAPER_SERVERS = ("Costs less over {years} years though it adds {presences}: users served in a Mini Program need "
                       "fewer servers than in an app, {alt} a year for 1,000 users, against {best} in the plan.")
WHY_DEARER_SERVERS = ("Costs more over {years} years though it drops {presences}: users served in a Mini Program need "
                      "fewer servers than in an app, {alt} a year for 1,000 users, against {best} in the plan.")
WHY_CHEAPER_STAFF = ("Costs less over {years} years though it adds {presences}: it relieves your staff's chats of "
                     "{duties}, {alt} staff hours a month, against {best} in the plan.")
WHY_DEARER_STAFF = ("Costs more over {years} years though it drops {presences}: without it your staff handle {duties} "
                    "by chat, {alt} staff hours a month, against {best} in the plan.")
WHY_CHEAPER_REACH = ("Costs less over {years} years though it adds {presences}: it sends more of your messages free, "
                     "and pays for {alt} of them a month as paid reach, against {best} in the plan.")
WHY_DEARER_REACH = ("Costs more over {years} years though it drops {presences}: it sends fewer of your messages free, "
                    "and pays for {alt} of them a month as paid reach, against {best} in the plan.")
# An app that is the plan's only member sending messages sends a business that publishes no news short notifications,
# unwritten, where without it each message is written, as an article or a made ad (costs.messages_written): adding the
# app then lowers the cost (a Mini Program alone bought 17 written ads a month, ¥1.58M over 9 years, and with an app
# cost ¥1.56M, and nothing said why).
WHY_CHEAPER_WRITTEN = ("Costs less over {years} years though it adds {presences}: its app sends your messages as short "
                       "notifications, which cost nothing to write, where the plan has each one written: {alt} messages "
                       "a month written, against {best} in the plan.")
WHY_DEARER_WRITTEN = ("Costs more over {years} years though it drops {presences}: without the app each of your messages "
                      "is written, where the app sends them as short notifications that cost nothing to write: {alt} "
                      "messages a month written, against {best} in the plan.")
# Those reasons said on the card of the presence whose adding would lower the cost (NOT_IN_PLAN_ADDED_CHEAPER).
ADDED_CHEAPER_AS: Mapping[str, str] = MappingProxyType({
    WHY_CHEAPER_USERS: NOT_IN_PLAN_ADDED_CHEAPER_USERS, WHY_CHEAPER_SERVERS: NOT_IN_PLAN_ADDED_CHEAPER_SERVERS,
    WHY_CHEAPER_STAFF: NOT_IN_PLAN_ADDED_CHEAPER_STAFF, WHY_CHEAPER_REACH: NOT_IN_PLAN_ADDED_CHEAPER_REACH,
    WHY_CHEAPER_WRITTEN: NOT_IN_PLAN_ADDED_CHEAPER_WRITTEN})
# The same beside another of the plans shown, larger and cheaper ({other}): yoga_teacher's Mini Program alone
# costs more than the Official Account with it, as it buys its messages as paid reach. The other's figure is said
# with its name again: on a variant card, whose {other} reads "this plan with both", "¥18 per acquired user in this
# plan against ¥8 in that one" gave "this plan" two meanings in one sentence, and ¥18 read as the plan's.
WHY_DEARER_USERS_THAN = ("Costs more than {other} over {years} years though it lacks {presences}: users won through "
                         "ads cost less through WeChat than as app installs, {alt} per acquired user, against {best} "
                         "in {other}.")
WHY_DEARER_SERVERS_THAN = ("Costs more than {other} over {years} years though it lacks {presences}: users served in a "
                           "Mini Program need fewer servers than in an app, {alt} a year for 1,000 users, against "
                           "{best} in {other}.")
WHY_DEARER_STAFF_THAN = ("Costs more than {other} over {years} years though it lacks {presences}: without it your "
                         "staff handle {duties} by chat, {alt} staff hours a month, against {best} in {other}.")
WHY_DEARER_REACH_THAN = ("Costs more than {other} over {years} years though it lacks {presences}: it sends fewer of "
                         "your messages free, and pays for {alt} of them a month as paid reach, against {best} in "
                         "{other}.")
WHY_DEARER_WRITTEN_THAN = ("Costs more than {other} over {years} years though it lacks {presences}: without the app each "
                           "of your messages is written, where the app sends them as short notifications that cost "
                           "nothing to write: {alt} messages a month written, against {best} in {other}.")
# Its cost, weighed in doublings over the cheapest plan's first year, where that separates it from the plan.
WHY_NOT_COST = ("Its likely first-year cost is {times} times the plan's: {points} more points off its score for its "
                "cost.")
# The same where the plan's first year costs less than the amount a cost counts from (cost_points_from_cny).
# ("the amount from which a cost takes points" left factory_staff's client to guess what that was.)
WHY_NOT_COST_FROM = ("Its likely first-year cost is {times} times {from}, the most a first year can cost without "
                     "losing points: {points} more points off its score for its cost.")
WHY_NOT_BUDGET = "Its likely first-year cost of {cost} is beyond your budget of {budget}."
# The same two, without amounts: for a long image sent without prices.
WHY_NOT_BUDGET_UNPRICED = "Its likely first-year cost is beyond your budget."
WHY_NOT_BUDGET_FURTHER_UNPRICED = "Its likely first-year cost is further beyond your budget than the plan's."
WHY_NOT_BUDGET_FURTHER = ("Its likely first-year cost of {cost} is further beyond your budget of {budget} than the "
                          "plan's {plan_cost}.")
BUDGET_OK = "Your budget of {budget} covers the plan's likely first-year cost of {cost}."
BUDGET_SHORT = "Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}."
BUDGET_SHORT_OTHER = ("Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}; the best "
                      "plan within it is {plan}, at {other_cost} in its first year.")
# Where no plan within the budget does any of what the plan does ("no plan considered fits within it" read as every
# plan beyond the budget, where an Official Account that did nothing wanted was within it at ¥0; 2026-12-06).
BUDGET_SHORT_NONE = ("Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}; no plan "
                     "that does what you asked for fits within it.")
# The same with the points the shortfall takes off the plan's score (the plan's own budget line).
BUDGET_SHORT_OTHER_POINTS = ("Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}, "
                             "which takes {points} points off its score; the best plan within it is {plan}, "
                             "at {other_cost} in its first year.")
BUDGET_SHORT_NONE_POINTS = ("Your budget of {budget} is {gap} short of the plan's likely first-year cost of {cost}, "
                            "which takes {points} points off its score; no plan that does what you asked for fits within it.")
# The same four where the budget is too small to show in the gap ("Your budget of ¥400k is ¥122M short of the plan's
# likely first-year cost of ¥122M" read as no budget at all): the share of the cost it covers.
BUDGET_SMALL_OTHER = ("Your budget of {budget} covers only {share} of the plan's likely first-year cost of {cost}; the "
                      "best plan within it is {plan}, at {other_cost} in its first year.")
BUDGET_SMALL_NONE = ("Your budget of {budget} covers only {share} of the plan's likely first-year cost of {cost}; no "
                     "plan that does what you asked for fits within it.")
BUDGET_SMALL_OTHER_POINTS = ("Your budget of {budget} covers only {share} of the plan's likely first-year cost of "
                             "{cost}, which takes {points} points off its score; the best plan within it is {plan}, at "
                             "{other_cost} in its first year.")
BUDGET_SMALL_NONE_POINTS = ("Your budget of {budget} covers only {share} of the plan's likely first-year cost of "
                            "{cost}, which takes {points} points off its score; no plan that does what you asked for fits within it.")
# The same four where the budget is nothing at all: "¥0 is ¥1.7M short of … ¥1.70M" wrote one amount twice, two ways.
BUDGET_ZERO_OTHER = ("Your budget of {budget} covers none of the plan's likely first-year cost of {cost}; the best "
                     "plan within it is {plan}, at {other_cost} in its first year.")
BUDGET_ZERO_NONE = ("Your budget of {budget} covers none of the plan's likely first-year cost of {cost}; no plan "
                    "that does what you asked for fits within it.")
BUDGET_ZERO_OTHER_POINTS = ("Your budget of {budget} covers none of the plan's likely first-year cost of {cost}, which "
                            "takes {points} points off its score; the best plan within it is {plan}, at {other_cost} "
                            "in its first year.")
BUDGET_ZERO_NONE_POINTS = ("Your budget of {budget} covers none of the plan's likely first-year cost of {cost}, which "
                           "takes {points} points off its score; no plan that does what you asked for fits within it.")
# The same six where the plan's budget line also takes the rounding of the score's lines: its points are then a unit off
# the budget's rule, and the sentence says "about" ("the rounding of the score's lines included" named lines the
# handout's first page and the command line do not show, in words a client did not follow).
BUDGET_SHORT_OTHER_POINTS_ROUNDING = ("Your budget of {budget} is {gap} short of the plan's likely first-year cost of "
                                      "{cost}, which takes about {points} points off its score; the best plan within "
                                      "it is {plan}, at {other_cost} in its first year.")
BUDGET_SHORT_NONE_POINTS_ROUNDING = ("Your budget of {budget} is {gap} short of the plan's likely first-year cost of "
                                     "{cost}, which takes about {points} points off its score; no plan that does what "
                                     "you asked for fits within it.")
BUDGET_SMALL_OTHER_POINTS_ROUNDING = ("Your budget of {budget} covers only {share} of the plan's likely first-year "
                                      "cost of {cost}, which takes about {points} points off its score; the best plan "
                                      "within it is {plan}, at {other_cost} in its first year.")
BUDGET_SMALL_NONE_POINTS_ROUNDING = ("Your budget of {budget} covers only {share} of the plan's likely first-year cost "
                                     "of {cost}, which takes about {points} points off its score; no plan that does "
                                     "what you asked for fits within it.")
BUDGET_ZERO_OTHER_POINTS_ROUNDING = ("Your budget of {budget} covers none of the plan's likely first-year cost of "
                                     "{cost}, which takes about {points} points off its score; the best plan within it "
                                     "is {plan}, at {other_cost} in its first year.")
BUDGET_ZERO_NONE_POINTS_ROUNDING = ("Your budget of {budget} covers none of the plan's likely first-year cost of "
                                    "{cost}, which takes about {points} points off its score; no plan that does what "
                                    "you asked for fits within it.")
# The budget's sentences by how the budget falls short ("zero", "small", "short"), whether a plan fits within it
# ("none", "other"), and whether the points are said, with the rounding of the score's lines or without ("",
# "_points", "_points_rounding"): the evaluator chooses one (evaluator._budget_reason).
BUDGET_SENTENCES: Mapping[tuple[str, str, str], str] = MappingProxyType({
    (kind, fits, said): globals()[f"BUDGET_{kind}_{fits}{said}".upper()]
    for kind in ("zero", "small", "short") for fits in ("none", "other") for said in ("", "_points", "_points_rounding")})
# Each with its points and the same without them, where the score's lines stand beside it and give the points already
# (the window's plan, the long image): "Less 17 points because the budget covers only 43% …" stood over "…, which
# takes 17 points off its score". The handout's first page and the command line, which show the score without its
# lines, keep the points.
BUDGET_WITHOUT_POINTS: Mapping[str, str] = MappingProxyType({
    template: BUDGET_SENTENCES[kind, fits, ""] for (kind, fits, said), template in BUDGET_SENTENCES.items() if said})


def card_title(variant: str, choice: str) -> Term:
    """The title of the app-or-Mini-Program card of `variant` ("mini_program", "native_app" or "both"), said against
    what the plan holds (`choice`), as a term: "…added" where the plan holds neither, "…only" where it holds both, else
    "…instead"; the card with both is "This plan with both (added)" (a card of what the plan holds is the plan
    itself, never ruled out)."""
    if variant == "both":
        return Term("card:both_title_added" if choice == "neither" else "card:both_title")
    form = "added" if choice == "neither" else "only" if choice == "both" else "instead"
    return Term(f"card:{variant}_{form}")


def budget_beside_score(reason: Reason) -> Reason:
    """The budget's sentence as said beside the plan's score lines: without the points they give (any other
    sentence as it is)."""
    plain = BUDGET_WITHOUT_POINTS.get(reason.template)
    if plain is None:
        return reason
    return Reason(plain, {k: v for k, v in reason.params.items() if k != "points"}, reason.impact, reason.about)


CHOICE_MP = "The plan holds a Mini Program and no native app."
CHOICE_APP = "The plan holds a native app and no Mini Program."
CHOICE_BOTH = "The plan holds a native app and a Mini Program together."
CHOICE_NEITHER = "The plan holds neither a native app nor a Mini Program."
# "Likely": the note compares likely costs, and the chart's chance beside it ("Chance …: 93%") then reads as the same
# comparison across the figures' ranges, not as a contradiction of "at every audience size".
CHEAPER_MP_ALWAYS = ("Over {years} years the plan with a Mini Program likely costs less than with a native app at every "
                     "audience size.")
CHEAPER_APP_ALWAYS = ("Over {years} years the plan with a native app likely costs less than with a Mini Program at every "
                      "audience size.")
CHEAPER_CHANGES = ("Over {years} years the likely cheaper of the app and the Mini Program changes at about {users} "
                   "monthly users (you aim for {audience}).")
# The same three where the plan holds neither: the chart's lines are the plan with one added, which it does not hold
# (factory_staff's note read "the plan with a Mini Program costs less" under "The plan holds neither").
CHEAPER_MP_ALWAYS_IF_ADDED = ("Were the plan to add one, over {years} years a Mini Program would likely cost less than a "
                              "native app at every audience size.")
CHEAPER_APP_ALWAYS_IF_ADDED = ("Were the plan to add one, over {years} years a native app would likely cost less than "
                               "a Mini Program at every audience size.")
CHEAPER_CHANGES_IF_ADDED = ("Were the plan to add one, the likely cheaper of an app and a Mini Program over {years} "
                            "years changes at about {users} monthly users (you aim for {audience}).")
# Where the plan with a Mini Program or the one with an app is ruled out (its card says why), which of the two costs
# less decides nothing: yoga_teacher with no one on WeChat read "the plan with a Mini Program costs less … Chance …:
# 100%" under the app it must hold, beside a Mini Program card marked "Ruled out".
# Each names the card by its title (card_title): a plan of a Mini Program and an app read "The plan with a Mini
# Program is ruled out" of its card "This plan with the Mini Program only", under a plan holding a Mini Program.
# (Its line, not "its dashed line": a line laid over another is drawn in stretches to leave the one under it in view,
# the plan's own too, and "the dashed line … for comparison only" read as the plan's.)
RULED_OUT_ONE = "“{card}” is ruled out, as its card says: its line shows what it would cost, for comparison only."
RULED_OUT_TWO = ("“{card}” and “{other}” are ruled out, as their cards say: their lines show what each would cost, for "
                 "comparison only.")
RULED_OUT_THREE = ("“{card}”, “{other}” and “{third}” are ruled out, as their cards say: their lines show what each "
                   "would cost, for comparison only.")
RULED_OUT_FORMS = (RULED_OUT_ONE, RULED_OUT_TWO, RULED_OUT_THREE)
WARN_NO_CHINA = "None of your audience is on WeChat in mainland China, so the plan holds no WeChat presence."
# With no goal and no special need the fit is the messages, the session length and the audience's size alone: said, since
# the plan's lines still speak of "your goals and needs" and a client took the plan for one chosen for a goal.
WARN_NO_GOALS = ("No goal or special need is ticked: the plan is chosen for your customers' session length and your "
                 "audience's size alone.")
WARN_NO_GOALS_MESSAGES = ("No goal or special need is ticked: the plan is chosen for your messages, your customers' "
                          "session length and your audience's size alone.")
# Where so few are on WeChat that the reach floor, not the people reached, holds up the WeChat presences' fits.
WARN_FEW_ON_WECHAT = ("Only {share} of your audience is on WeChat in mainland China: the plan's WeChat presences "
                      "reach only those, and the rest need a way in outside WeChat.")
# An audience of no one (the slider's start), and more people on WeChat in mainland China than WeChat has users
# (wechat_mau_million; its figure is not repeated here, where a count would write it "1.41B" beside the Mini Program's
# card's "1.414 billion").
WARN_NO_AUDIENCE = ("With no monthly users, the plan and its costs are those of presences that serve nobody: set the "
                    "number of users you expect.")
WARN_BEYOND_WECHAT = ("Your audience on WeChat in mainland China, {users} monthly users, is more than all of WeChat's "
                      "monthly users: the plan's costs count people who do not exist.")
# With its likely day, which the whole weeks do not tell apart from the date (9.5 weeks read "about 9" beside an
# alternative in time at 8.9).
WARN_LIVE_BY = "The plan is likely live in about {weeks} weeks, on {live}, after your date of {date}."
WARN_LIVE_BY_WEEK = "The plan is likely live in about a week, on {live}, after your date of {date}."
# The same where the date has passed already, and where even the quickest launch comes after it.
WARN_LIVE_BY_PASSED = "Your date to be live by, {date}, has passed: the plan takes about {weeks} weeks from the start of work."
WARN_LIVE_BY_PASSED_WEEK = "Your date to be live by, {date}, has passed: the plan takes about a week from the start of work."
# (With the quickest launch's day: "even at its quickest it takes 2 weeks", its 2.4 weeks rounded down, read as in time
# for a date two weeks off.)
WARN_LIVE_BY_EVEN_QUICKEST = ("The plan is likely live in about {weeks} weeks, after your date of {date}: even at its "
                              "quickest it would be live only on {earliest}.")
# Beside a plan that likely misses the date (not yet passed), the first of the plans shown beside it that likely makes
# it: a sole trader's bakery, live by in twelve days, read on the first page that the plan is likely late, and only
# the next best plans' cards on page 2 said they were likely in time (the budget's line names the plan it would cover).
WARN_LIVE_BY_ALTERNATIVE = "Of the next best plans, {plan} is likely live in time, on {live}."
# Where neither is, the best other plan that is (evaluator._best_in_time), with what a page shows of no other plan.
WARN_LIVE_BY_OTHER = ("The best plan likely live in time is {plan}: it scores {score} against the plan's {best}, its "
                      "likely first year is {cost}, and it would likely be live on {live}.")
# Where the likely launch makes the date and the slowest does not: the timeline's line says so, but the window shows
# that line folded, and a presenter's screen said nothing of the date (the handout's "though not at the slowest").
WARN_LIVE_BY_AT_SLOWEST = ("The plan is likely live on {live}, in time for your date of {date}, but not at its "
                           "slowest: that would be {slowest}.")
WARN_PAID_REACH = "{paid} of your {wanted} messages a month are beyond what the plan can send for free; they are bought as paid reach."
WARN_PAID_REACH_ALL = "All {wanted} of your messages a month are beyond what the plan can send for free; they are bought as paid reach."
# Where the plan's WeCom serves, sells or takes payments by chat for an audience that takes a full-time person or
# more: the staff it would take, and what spares them (an overseas company's WeCom for 100k users read 3,000
# staff hours a month in its role, and nothing else said so).
WARN_CHAT_STAFF = ("WeCom's chats would take about {staff} full-time staff ({hours} staff hours a month); a Mini "
                   "Program or an app serves customers and takes their payments by itself, without them.")
WARN_CHAT_STAFF_ONE = ("WeCom's chats would take about one full-time staff member ({hours} staff hours a month); a "
                       "Mini Program or an app serves customers and takes their payments by itself, without them.")
WARN_NEED_UNMET = "No presence you can register can carry {need}."
# Every Chinese store, Apple's included, lists an app only with an app ICP filing (since September 2023), which only a
# Chinese entity can make: the sentence once told an overseas company that the App Store China was open to it.
WARN_OVERSEAS_APP = ("As an overseas company you publish an app in China through a Chinese entity (a subsidiary, or a "
                     "licensed publisher or partner): every Chinese store, the App Store China included, needs an app "
                     "ICP filing that only a Chinese entity can make.")
# WeChat Pay's fee on each payment (the pack's wechat_pay_fee_share), which no plan's cost holds: a share of sales, which
# wxdesk does not ask. A hotpot chain taking payments from 117,600 monthly users found it nowhere, and a restaurant asks.
# Beside a plan whose roles take payments or sell.
# (Percentages to a tenth, as the pack gives them: "1%" for 0.6% read as the top of the range.)
WARN_PAY_FEE = ("The costs leave out WeChat Pay's fee on each payment: {percent}% of the amount paid, {low_percent}% to "
                "{high_percent}% by your industry, since wxdesk does not ask how much you sell.")
# An overseas company is a cross-border merchant, which pays more than the mainland's rates (the figure's note).
WARN_PAY_FEE_OVERSEAS = ("The costs leave out WeChat Pay's fee on each payment, which an overseas company pays as a "
                         "cross-border merchant: more than a mainland merchant's {percent}% of the amount paid, since "
                         "wxdesk does not ask how much you sell.")
WARN_INDIVIDUAL_PAYMENTS = ("Individuals cannot take WeChat Pay in any WeChat presence; register a business (a company "
                            "or an individual business, 个体工商户) to sell.")
# The same where an individual's app cannot take them either (payments.individual_app).
WARN_INDIVIDUAL_PAYMENTS_ANYWHERE = ("Individuals cannot take WeChat Pay in any WeChat presence, nor payments for goods "
                                     "or services in an app; register a business (a company or an individual "
                                     "business, 个体工商户) to take them.")
# Why a presence without a program of the business's own cannot carry a special need, each true
# of what the presence is (NEED_APP_NO_LIMITS and the Mini Program's own sentences cover the rest).
NEED_OFFICIAL_ARTICLES = ("{account} sends articles and messages that open as pages inside WeChat; it runs no program "
                          "of yours, so it has no way of {need}.")
NEED_WECOM_CHATS = ("WeCom is a workplace tool for chats and groups; what you add to it opens as pages, so it "
                    "has no way of {need}.")
NEED_CHANNELS_VIDEOS = ("Channels shows your videos and live streams in WeChat's feed; it runs no program of yours, "
                        "so it has no way of {need}.")
# A presence the plan holds is there for the role its card states first; a sentence arguing for
# another presence instead would contradict that, so the same point is put as one to watch.
SCALE_SMALL_IN_PLAN = "With {users} monthly users the app may not pay back its cost: watch how many install it."
SCALE_SMALL_STAFF_IN_PLAN = "With {users} staff as its users the app may not pay back its cost."
SESSION_LONG_FEW_IN_PLAN = ("Sessions of {minutes} min suit an app, for those of your {users} monthly users who "
                            "install it.")
SESSION_APP_SHORT_IN_PLAN = ("Sessions of {minutes} min are short for an app (under {pivot} min): watch whether users "
                             "open it often enough to keep it.")
SESSION_MP_TOO_LONG_IN_PLAN = ("Sessions of {minutes} min are long for a Mini Program (typical visits last about "
                               "{typical} min): watch whether users finish what they start in it.")
SESSION_POOR_IN_PLAN = "Sessions of {minutes} min are longer than the quick reads and replies it is made for: a point to watch."
# A need read as what it is ("no WeChat limits on using phone hardware"; NEED_APP read "can use using").
NEED_APP_NO_LIMITS = "Has none of WeChat's limits on {need}."
# What a presence cannot do of a special need the scenario ticks (fit.need_reason): a card that has room for only some
# of its points against a presence gives these first. A smart-lock brand's handout left out the Mini Program's
# "reaches … Bluetooth LE and NFC …, but not classic Bluetooth devices", behind two general points, beside a plan
# whose native app was chosen for that need.
NEED_LIMITS = frozenset((NEED_OFFLINE_MP, NEED_HARDWARE_MP, NEED_BACKGROUND_MP, NEED_LARGE_MP, NEED_OFFICIAL_ARTICLES,
                         NEED_WECOM_CHATS, NEED_CHANNELS_VIDEOS, PAYMENTS_NO, PAYMENTS_INDIVIDUAL,
                         PAYMENTS_APP_INDIVIDUAL_NO, PAYMENTS_SHOP_OVERSEAS, PAYMENTS_SHOP_GOODS_ONLY))
# A one-person business writes its own articles (content_per_message_cny is 0 where the owner writes).
# The articles the plan pays to have produced (content_per_message_cny), said on the card of the account that sends
# them, after its role, with the pack's price: a noodle shop's two Service Account messages a month were ¥56.8k of its
# ¥72.3k over 3 years, under "Maintenance and content", and nothing said what they were or that an owner who writes
# them pays nothing. The amount is the articles' part of the plan's split (cost_figures.share_in_split): at the
# likely price, 30 × ¥500 × 36 months read ¥540k beside ¥859k of articles in the split. No panel is named: the
# handout's reader has none, the adviser finds the assumption by its name.
# No likely price beside the amount: the amount is the articles' part of the split, which a range that runs further above
# its likely price than below makes more than the count times that price (30 × ¥500 × 36 months is ¥540k, beside ¥859k),
# and a client multiplied the two and found a slip.
# "At up to" its high price: the assumption's low end is ¥0, the owner writing, and "produced for you … at ¥0 to
# ¥2,000 each" read as a slip to a client.
# At its average, the price the amount takes (draws.py), with its highest beside it: "at up to ¥2,000 each" beside
# ¥300k for 6 articles a month over 5 years read as ¥720k to a client who multiplied it out.
CONTENT_COUNTED = ("Its {wanted} articles a month are counted as produced for you, at {average} each on average (up "
                   "to {high}): {amount} of the plan's likely cost of {total} over {years} years, none of it if you "
                   "write them yourself (the assumption “Producing one article broadcast (writing, layout, images)”).")
CONTENT_COUNTED_ONE = ("Its one article a month is counted as produced for you, at {average} on average (up to {high}): "
                       "{amount} of the plan's likely cost of {total} over {years} years, none of it if you write it "
                       "yourself (the assumption “Producing one article broadcast (writing, layout, images)”).")
# The same where a plan without the member would pay for as many articles (evaluator._content_reason): its card gave it
# the articles' part of the plan's cost, and the plan without it cost no less (car_brand's Official Account).
CONTENT_COUNTED_ANYWAY = ("Its {wanted} articles a month are counted as produced for you, at {average} each on average "
                          "(up to {high}): {amount} of the plan's likely cost of {total} over {years} years, none of it "
                          "if you write them yourself (the assumption “Producing one article broadcast (writing, "
                          "layout, images)”). A plan without it pays for them too: another member, or paid ads, would "
                          "carry the messages.")
CONTENT_COUNTED_ONE_ANYWAY = ("Its one article a month is counted as produced for you, at {average} on average (up to "
                              "{high}): {amount} of the plan's likely cost of {total} over {years} years, none of it if "
                              "you write it yourself (the assumption “Producing one article broadcast (writing, layout, "
                              "images)”). A plan without it pays for it too: another member, or paid ads, would carry "
                              "the message.")
# The same without the amounts, for a long image sent without prices.
CONTENT_COUNTED_UNPRICED = ("Its {wanted} articles a month are counted in the plan's cost as produced for you (writing, "
                            "layout, images); none if you write them yourself.")
CONTENT_COUNTED_ONE_UNPRICED = ("Its one article a month is counted in the plan's cost as produced for you (writing, "
                                "layout, images); none if you write it yourself.")
VIDEOS_COUNTED = ("Its short videos and live streams are counted as produced for you, at {average} a year on average "
                  "({low} to {high}): {amount} of the plan's likely cost of {total} over {years} years, none of it if "
                  "you film them yourself (the assumption “Producing short videos and live streams”).")
VIDEOS_COUNTED_UNPRICED = ("Its short videos and live streams are counted in the plan's cost as produced for you; none if "
                           "you film them yourself.")
# A one-person business's videos, on the card that shows them (evaluator._video_reason), as PUSH_FITS_FOLDER_OWN says of
# its articles.
VIDEOS_OWN = ("Publishing in your own name, you are taken to film its short videos and live streams yourself, so no "
              "video production is counted for them.")
# Said as the model's assumption, not the client's word (fit.writes_own_articles): a teacher who pays a writer read
# "you write them yourself" as something she had said, while her plan counted nothing for them.
PUSH_FITS_FOLDER_OWN = ("Your {wanted} messages a month fit within its one push a day; publishing in your own name, "
                        "you are taken to write them yourself, so no content production is counted for them.")
PUSH_FITS_FOLDER_OWN_ONE = ("Your one message a month fits within its one push a day; publishing in your own name, you "
                            "are taken to write it yourself, so no content production is counted for it.")

ALL_TEMPLATES = tuple(v for k, v in dict(globals()).items() if k.isupper() and isinstance(v, str)
                      and k not in ("TERMS_EN",))
def template_codes(namespace: dict[str, object]) -> dict[str, str]:
    """Each sentence template of a module's namespace with its code for analysts: its constant's name, lower case."""
    return {v: k.lower() for k, v in namespace.items() if k.isupper() and isinstance(v, str) and k != "TERMS_EN"}


# Every template's code. A module that keeps templates of its own (flips.py) adds its own on import, before it
# can make a reason of them: a flip's reason read "other" in `flips --json`.
CODES = template_codes(dict(globals()))


def staff_time_reason(hours: float) -> Reason:
    """The staff hours a month a plan's WeCom chats take, in the words every sentence says them in: under an hour
    below one, an hour up to one and a half, else whole hours. The role line (PlanResult.role_reason) picks its
    sentence by it too, so that a score line never reads "about a staff hour" beside a role line's "under a
    staff hour"."""
    shown = round(hours)
    if hours < 1:
        return Reason(STAFF_TIME_UNDER_HOUR)
    return Reason(STAFF_TIME_ONE_HOUR) if shown <= 1 else Reason(STAFF_TIME, {"hours": shown})


def staff_time(hours: float) -> dict[str, object]:
    """The parameters of a sentence that weighs those hours: `time` in words (staff_time_reason), and `hours`,
    the number for the JSON."""
    return {"time": staff_time_reason(hours), "hours": round(hours, 1)}


def duty_terms(duties: Sequence[str], presence: str = "") -> Terms:
    """Dimension names as terms: goals as goals, needs as needs, 'push' as messaging your users; `presence`: the one
    that carries them, if the sentence says so (each goal as it meets it: `goal`)."""
    out = []
    for name in duties:
        kind, _, what = name.partition(":")
        out.append(goal(what, presence) if kind == "goal" else Term(what if kind == "need" else name))
    return Terms(out)

# The articles' lines, with or without "a plan without it pays for them too".
CONTENT_LINES = (CONTENT_COUNTED, CONTENT_COUNTED_ONE, CONTENT_COUNTED_ANYWAY, CONTENT_COUNTED_ONE_ANYWAY)
# A member card's lines that say what its cost is the cost of (a rented template or a build, articles and videos
# produced for the client, WeCom's contact fee): the handout's and the long image's cards say them beside the member's
# role (report.answer), and the command line's summary keeps the first of them among its three lines (words.summary).
COST_BASIS = (MP_TEMPLATE, MP_TEMPLATE_LIVE, MP_CUSTOM_OVER_TEMPLATE, MP_CUSTOM_FOR_ADDED, MP_CUSTOM_FOR_BUILD,
              SERVICE_PAGES_BUILD, *CONTENT_LINES, VIDEOS_COUNTED, WECOM_CONTACT_FEE)
