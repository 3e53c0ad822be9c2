"""Explanations in business language, kept as templates so views can translate them.

The engine says *why* with a Reason: an English template, its parameters and the
fit points it moved. Views render it in the user's language: the template is the
translation key, money is formatted per locale, and account ids become names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from wxdesk.engine.money import format_money


class Money(float):
    """An amount in CNY, rendered by the view's money formatter."""


class Term(str):
    """An account, option or goal id, rendered as its display name."""


class Share(float):
    """A fraction shown as a percentage."""


class Terms(tuple):
    """Several terms, rendered as a list: 'news and content, selling and taking payments'."""


TERMS_EN = {
    "service": "Service Account",
    "subscription": "Subscription Account",
    "mini_program": "Mini Program",
    "wecom": "WeChat Work (WeCom)",
    "native_app": "native app",
    "news": "news and content",
    "sell": "selling",
    "experiment": "testing an idea cheaply",
    "employees": "managing employees",
    "payments": "taking payments",
    "offline": "working offline",
    "hardware": "using phone hardware",
    "background": "running in the background",
    "large_app": "shipping a large app",
    "push": "messaging followers",
    "company": "a company",
    "individual": "an individual",
    "overseas_company": "an overseas company",
}
# 'service' is both an account id and a goal; the goal reads differently.
GOAL_TERMS_EN = {**TERMS_EN, "service": "serving customers", "news": "publishing news"}


def goal(goal_id: str) -> Term:
    """A goal, which renders differently from the account of the same id."""
    return Term("goal:" + goal_id)


def english_term(key: str) -> str:
    if key.startswith("goal:"):
        return GOAL_TERMS_EN[key[5:]]
    return TERMS_EN[key]


def english_join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


@dataclass(frozen=True)
class Reason:
    template: str
    params: Mapping[str, object] = field(default_factory=dict)
    impact: float = 0.0

    def render(self, translate: Callable[[str], str] = str,
               money: Callable[[float], str] = format_money,
               term: Callable[[str], str] | None = None,
               share: Callable[[float], str] = lambda v: f"{v:.0%}",
               join: Callable[[list[str]], str] | None = None) -> str:
        term = term or english_term
        join = join or english_join
        values = {}
        for key, value in self.params.items():
            if isinstance(value, Terms):
                values[key] = join([term(str(v)) for v in value])
            elif isinstance(value, Money):
                values[key] = money(float(value))
            elif isinstance(value, Term):
                values[key] = term(str(value))
            elif isinstance(value, Share):
                values[key] = share(float(value))
            elif isinstance(value, float):
                values[key] = f"{value:g}"
            else:
                values[key] = value
        return translate(self.template).format(**values)

    @property
    def text(self) -> str:
        return self.render()


# Every template the engine uses, in one place so that translators find them all.
STRONG_GOAL = "A strong fit for {goal}."
WEAK_GOAL = "A weak fit for {goal}."
NO_GOALS = "No goals chosen, so the fit is neutral."
PUSH_OVER_LIMIT = "{account} may message followers only {limit} times a month; you want {wanted}."
PUSH_FITS_SERVICE = "Your {wanted} messages a month fit the limit of {limit}, and they land in the chat list with an alert."
PUSH_FITS_FOLDER = "Your {wanted} messages a month fit one push a day, but they land in the Subscriptions folder, which gets less attention."
PUSH_FITS_WECOM = "Staff can message each customer up to {limit} times a month, like a friend would."
PUSH_NONE_MP = "A Mini Program cannot push freely: each message needs the user's opt-in."
PAYMENTS_YES = "Takes WeChat Pay once verified ({fee} a year)."
PAYMENTS_NO = "{account} cannot take WeChat Pay; pair it with a Mini Program or a Service Account to sell."
PAYMENTS_INDIVIDUAL = "Individuals cannot take WeChat Pay; taking payments needs a company."
NEED_OFFLINE_MP = "Mini Programs only cache content for display; they cannot work offline."
NEED_HARDWARE_MP = "Mini Programs reach Bluetooth LE only, and NFC only on Android."
NEED_BACKGROUND_MP = "A Mini Program is suspended {seconds} seconds after it leaves the screen; only audio and location keep running."
NEED_LARGE_MP = "A Mini Program is limited to {size} MB of code and assets."
NEED_WEB_PAGES = "{account} offers web pages, not an app: it is poor at {need}."
REACH = "Only {share} of your audience is on WeChat in mainland China."
INELIGIBLE = "{entity} cannot register a {account}."
WECOM_CONTACT_FEE = "Above {free:,} customer contacts WeChat Work charges a yearly fee (about {cost} a year for your audience)."
SESSION_SHORT = "Sessions of {minutes} min suit a Mini Program, which typical users open for about {typical} min."
SESSION_LONG = "Sessions of {minutes} min suit a native app better than a Mini Program."
BUDGET_SHORT = "Your budget of {budget} covers only {share} of the likely first-year cost of {cost}."
BUDGET_OK = "Your budget of {budget} covers the likely first-year cost of {cost}."
COST_PER_USER = "Costs {cost} per user reached over {years} years, against {other} for the {other_option}."
APP_PUSH_FREE = "An app can notify its users for free, as often as you need."
MP_PAID_PUSH = "Beyond the {limit} messages a month a linked Service Account can send, each message must be bought as paid reach."
APP_STORES_ENTITY = "Chinese Android stores require a Chinese company and a software copyright certificate."
BEST_SETUP_ROLE = "{account} for {duties}."
RECOMMEND_MP = "Build a Mini Program: it fits your scenario better ({fit} against {other_fit}) and costs {cost} over {years} years against {other_cost} for a native app."
RECOMMEND_APP = "Build a native app: it fits your scenario better ({fit} against {other_fit}) and costs {cost} over {years} years against {other_cost} for a Mini Program."
RECOMMEND_MP_CHEAPER = "Build a Mini Program: both fit about equally ({fit} against {other_fit}), and it costs less per user reached."
RECOMMEND_APP_CHEAPER = "Build a native app: both fit about equally ({fit} against {other_fit}), and it costs less per user reached."
WARN_NO_CHINA = "None of your audience is on WeChat in mainland China, so WeChat accounts reach almost nobody you target."
WARN_BUDGET_BELOW_MP = "Your budget of {budget} is below even a Mini Program's likely first-year cost of {cost}."
WARN_PUSH_ABOVE_DAILY = "No WeChat account can broadcast more than once a day; {wanted} messages a month need a native app or WeChat Work."
WARN_TECH_NEEDS = "WeChat accounts are poor at {need}; plan a native app for it."
WARN_OVERSEAS_APP = "As an overseas company you can publish in the App Store China, but Chinese Android stores need a Chinese entity or a licensed distributor."
WARN_INDIVIDUAL_PAYMENTS = "Individuals cannot take WeChat Pay in any WeChat account; register a company to sell."

ALL_TEMPLATES = tuple(v for k, v in dict(globals()).items() if k.isupper() and isinstance(v, str)
                      and k not in ("TERMS_EN",))
