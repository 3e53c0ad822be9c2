"""Names of the parts of the answer the engine gives by id: the launch timeline's steps
and its unit, and the parts of a plan's cost, in the reader's language.

The handout, the long image and the window all show them, so the names live here once;
the engine names steps and cost parts by id and never by words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from wxdesk.engine.money import add_up_as_written, whole_yuan
from wxdesk.engine.results import COMPONENTS

if TYPE_CHECKING:
    from wxdesk.words.words import Words

Translate = Callable[[str, str], str]


def step_names(translate: Translate) -> dict[str, str]:
    """{timeline step id: its name for people}; an unknown id is shown as written."""
    # Each call is spelled out with its literal context so that lupdate finds it.
    return {
        "verification": translate("Report", "Registration and verification"),
        "registration": translate("Report", "Registration"),
        "developer_accounts": translate("Report", "Developer accounts"),
        "icp_filing": translate("Report", "ICP filing"),
        "build": translate("Report", "Build"),
        "template_setup": translate("Report", "Set up the rented template"),
        "pages_build": translate("Report", "Build the payment pages"),
        "pages_template_setup": translate("Report", "Set up the rented payment pages"),
        "review": translate("Report", "Platform review"),
        "software_copyright": translate("Report", "Software copyright certificate"),
        "store_review": translate("Report", "App store review"),
    }


def component_names(translate: Translate, stores: bool = True) -> dict[str, str]:
    """{cost component id (wxdesk.engine.results.COMPONENTS): its name for people}. The fees are named
    "Platform and service fees" where the plan whose amounts the name gives holds no native app (`stores` false): a
    WeCom-only plan's key read "Platform and store fees" for a plan that pays no store anything. "Service": the fees
    hold a vendor's yearly rent for a ready-made Mini Program (costs.CostBook, mp_template), which "Platform fees"
    alone gave to WeChat (yoga_teacher's ¥9,470 of "Platform fees" was ¥9,400 of rent and a ¥30 verification)."""
    return {
        "build": translate("Report", "Build"),
        "maintenance": translate("Report", "Maintenance and content"),
        "staff": translate("Report", "Staff time in chats"),
        "fees": (translate("Report", "Platform, store and service fees") if stores
                 else translate("Report", "Platform and service fees")),
        "servers": translate("Report", "Servers"),
        "acquisition": translate("Report", "User acquisition"),
        "reach": translate("Report", "Paid reach"),
    }


def legend_entry(name: str, amount: float, money: Callable[[float], str], translate: Translate) -> str:
    """A cost part in a key that gives the plan's amounts: "Build ¥111k", and "Paid reach (none in the plan)" for a
    part only the other plans hold. The key sits with the plan's cost, and its amounts add up to it: a name with no
    amount beside the others' read as a figure missing (yoga_teacher's key named five parts so), and "Paid reach ¥0"
    under the orange of her Mini Program's ¥44k of paid reach read as a slip. (Zero as the JSON holds it, in whole
    yuan: a part the plan holds writes its amount, however small.)"""
    if whole_yuan(amount) == 0:
        return translate("Report", "{part} (none in the plan)").format(part=name)
    return f"{name} {money(amount)}"


def parts_shown(splits: Sequence[Mapping[str, float]]) -> tuple[str, ...]:
    """The cost parts a key names: those some plan shown holds (a part at ¥0 in all of them has no colour
    on any bar), in COMPONENTS order."""
    return tuple(c for c in COMPONENTS if any(split.get(c, 0.0) > 0 for split in splits))


def pays_stores(presence_sets: Iterable[Sequence[str]]) -> bool:
    """Whether any of the plans named together holds a native app, the one presence that pays app stores
    (their developer fees, and the software copyright certificate Chinese Android stores ask for)."""
    return any("native_app" in presences for presences in presence_sets)


def weeks_unit(translate: Translate) -> str:
    """The timeline axis's unit: weeks, 周."""
    return translate("Report", "weeks")


def made_of(breakdown: Mapping[str, float], total: float, years: int, stores: bool, w: Words) -> str:
    """What a plan's likely cost over `years` is made of, after the sentence that gives it: "Over 5 years: Build
    ¥121k · Servers ¥122k · User acquisition ¥2.73M.", "All of it: user acquisition." where one part is the whole (its
    amount is the total, said just before), and "…, each rounded on its own." where the amounts as written do not add
    up to the total as written (car_brand's five read ¥4.20M beside ¥4.21M: add_up_as_written). Empty for a plan that
    costs nothing. The text summary and the window's compact desk, which folds the key to the cost's parts, say it
    alike: on a laptop the desk had never said what a one-person course's ¥237k was, all of it ads to win a third of
    its users. The horizon is named: said after the first year's cost, the parts read as the first year's (a part of
    ¥273万 after a first year of ¥119万)."""
    held = _held(breakdown)
    names = component_names(w.translate, stores)
    if len(held) == 1:
        return w.translate("PlanSummary", "All of it: %1.").replace("%1", names[held[0]].lower())
    if not held:
        return ""
    parts = " · ".join(f"{names[c]} {w.money(breakdown[c])}" for c in held)
    template = (w.translate("PlanSummary", "Over {years} years: {parts}.")
                if add_up_as_written((breakdown[c] for c in held), total, w.cny_per_unit) else
                w.translate("PlanSummary", "Over {years} years: {parts}, each rounded on its own."))
    return w.for_years(template, years).format(years=years, parts=parts)


MOSTLY = 0.6  # the share of the total a part takes to be "most of it" (news_publisher's 50.5% read as dominant)


def largest_part(breakdown: Mapping[str, float], total: float, years: int, stores: bool, w: Words) -> str:
    """made_of in a few words, for a presentation's compact desk, whose larger type has no line to spare under the
    plan's cost (car_brand's full list pushed a panel's end under a scroll bar on a 720-line projector): "Over 5 years,
    mostly user acquisition (¥2.73M).", "The largest part over 5 years: maintenance and content (¥1.23M)." where none
    takes MOSTLY of the total, "All of it: user acquisition." where one part is the whole. Empty for a plan that costs
    nothing."""
    held = _held(breakdown)
    if len(held) <= 1:
        return made_of(breakdown, total, years, stores, w)
    largest = max(held, key=lambda c: breakdown[c])
    template = (w.translate("PlanSummary", "Over {years} years, mostly {part} ({amount}).")
                if breakdown[largest] >= MOSTLY * total else
                w.translate("PlanSummary", "The largest part over {years} years: {part} ({amount})."))
    return w.for_years(template, years).format(years=years, part=component_names(w.translate, stores)[largest].lower(),
                                               amount=w.money(breakdown[largest]))


def _held(breakdown: Mapping[str, float]) -> list[str]:
    """The parts a plan's cost holds, in the key's order: those of a whole yuan or more, as legend_entry writes them."""
    return [c for c in COMPONENTS if whole_yuan(breakdown.get(c, 0.0)) > 0]
