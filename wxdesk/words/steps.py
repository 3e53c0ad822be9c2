"""The launch timeline's steps and its unit, in the reader's language.

The handout and the window both draw the timeline chart, so the step names live here
once; the engine names steps by id (wxdesk.engine.timeline) and never by words.
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


def weeks_unit(translate: Translate) -> str:
    """The timeline axis's unit: weeks, 周."""
    return translate("Report", "weeks")
