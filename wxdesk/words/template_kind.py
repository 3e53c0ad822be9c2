"""The kind of ready-made Mini Program a rented template is, named one way on a handout.

The data pack prices one template for a business registered in mainland China (mp_template_rent_cny, "Rent a SaaS
template Mini Program (ordering, booking or shop)"), and its rule lets an individual rent one too
(mp_template_max_users). An individual's Mini Program takes no WeChat Pay and runs, as the pack's eligibility note for
Mini Programs says, information and query Mini Programs only: its card calls the template "a ready-made information Mini
Program" (engine.fit, reasons.MP_TEMPLATE_KINDS_INDIVIDUAL). The yoga teacher's appendix still read "(ordering, booking
or shop)" beside it; its row now names the kind its card names, for an individual, and the pack's own for anyone else.
"""

from __future__ import annotations

from wxdesk.engine import reasons as R
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.reasons import Reason
from wxdesk.words.words import Words

RENT = "mp_template_rent_cny"


def kinds(entity: str, w: Words) -> str:
    """The kind of ready-made Mini Program the cards name for a business registered as `entity`."""
    return w.reason(Reason(R.MP_TEMPLATE_KINDS_INDIVIDUAL if entity == "individual" else R.MP_TEMPLATE_KINDS))


def template_labels(pack: DataPack, entity: str, w: Words) -> dict[str, str]:
    """{figure id: the appendix's label} for the template's rent, naming the kind the cards name for `entity` (empty
    where that is the pack's own label)."""
    if RENT not in pack.figures:
        return {}
    label, priced = w.label(pack.figures[RENT]), kinds("company", w)
    named = label.replace(priced, kinds(entity, w))
    return {RENT: named} if named != label else {}
