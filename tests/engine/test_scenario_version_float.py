"""A scenario file's version written 2.0 (a round trip through JavaScript or jq writes it so, and the JSON Schema takes
it) was refused as "not a whole number"; 2.5 still is."""

from __future__ import annotations

import pytest

from wxdesk.engine.scenario import Scenario, ScenarioError, scenario_from_dict


def _data(version: object) -> dict[str, object]:
    return {**Scenario(name="Shop").to_dict(), "version": version}


def test_a_version_written_with_a_point_zero_is_read():
    assert scenario_from_dict(_data(2.0)).name == scenario_from_dict(_data(2)).name == "Shop"


@pytest.mark.parametrize("version", [2.5, True, "2"])
def test_a_version_that_is_no_whole_number_is_refused(version):
    with pytest.raises(ScenarioError, match="'version' must be a whole number"):
        scenario_from_dict(_data(version))
