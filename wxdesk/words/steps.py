"""Names of the parts of the answer the engine gives by id: the launch timeline's steps
and its unit, and the parts of a plan's cost, in the reader's language.

The handout, the long image and the window all show them, so the names live here once;
the engine names steps and cost parts by id and never by words.
"""

from __future__ import annotations

from collections.abc import Callable

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
        "review": translate("Report", "Platform review"),
        "software_copyright": translate("Report", "Software copyright certificate"),
        "store_review": translate("Report", "App store review"),
    }


def component_names(translate: Translate) -> dict[str, str]:
    """{cost component id (wxdesk.engine.costs.COMPONENTS): its name for people}."""
    return {
        "build": translate("Report", "Build"),
        "maintenance": translate("Report", "Maintenance and content"),
        "fees": translate("Report", "Platform and store fees"),
        "servers": translate("Report", "Servers"),
        "acquisition": translate("Report", "User acquisition"),
        "reach": translate("Report", "Paid reach"),
    }


def weeks_unit(translate: Translate) -> str:
    """The timeline axis's unit: weeks, 周."""
    return translate("Report", "weeks")
