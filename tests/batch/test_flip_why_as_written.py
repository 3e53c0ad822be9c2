"""`flips --json`: a flip's why (and what follows past its range) is part of the flip's sentence, and its own text
gives each amount as that sentence writes it. The template scenario's budget flip read "… likely first-year cost of
¥211,850, against ¥321k now …" in `text` and "… ¥212k …" in `why.text`, for the one params.cost 211850: the
sentence writes it in full beside its flip point ¥212,072, which would read ¥212k too."""

import re

import pytest

from wxdesk.batch.insight import flips_dict
from wxdesk.batch.template import EXAMPLE_NAME
from wxdesk.engine import Scenario, load_datapack, load_preset

pytestmark = pytest.mark.xdist_group("flip_why_as_written")

AMOUNT = re.compile(r"¥[\d.,]+(?:k|M|万|亿)?")


@pytest.fixture(scope="module")
def pack():
    return load_datapack()


def _parts(entry):
    return [entry[key] for key in ("why", "until_why") if entry.get(key)]


def test_the_template_budget_flips_why_writes_its_cost_as_the_flip_does(pack):
    scenario = Scenario(name=EXAMPLE_NAME)  # (`wxdesk template`)
    for lang in ("en", "zh_CN"):
        entry = flips_dict(scenario, pack, lang)["flips"]["budget_cny"]
        assert entry["why"]["params"]["cost"] == 211850
        assert "¥211,850" in entry["text"]
        assert "¥211,850" in entry["why"]["text"], (lang, entry["why"]["text"])
        assert entry["why"]["text"].rstrip("。.") in entry["text"]


def test_every_amount_a_flips_why_writes_is_written_so_in_the_flips_sentence(pack):
    scenarios = [Scenario(name=EXAMPLE_NAME), *(load_preset(p) for p in ("food_ordering", "bank_care"))]
    for scenario in scenarios:
        for lang in ("en", "zh_CN"):
            for entry in flips_dict(scenario, pack, lang)["flips"].values():
                for part in _parts(entry):
                    assert set(AMOUNT.findall(part["text"])) <= set(AMOUNT.findall(entry["text"])), \
                        (part["text"], entry["text"])
