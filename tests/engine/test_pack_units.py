"""A data pack from a pack author is refused, in plain words naming the figure, where wxdesk would compute it wrongly:
an amount in another unit than the one its id says it is computed in ("USD" or "kg" on a *_cny figure read as
yuan), a launch step of absurd length (an ICP filing of up to 1e9 weeks read "Live in about 8 weeks (3 to
1000000003)"), and a figure edited without the changelog entry that records it (refused as "changelog[24] is
incomplete", an entry its author never touched)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from wxdesk.engine import DataPackError
from wxdesk.engine.changelog import load_changelog
from wxdesk.engine.figure_limits import YEARS_OF_WORK, figure_problem

from pack_edits import bundled_text, refusal_of_edit


def _figure(text: str, fid: str) -> tuple[int, int]:
    start = text.index(f"\n[figures.{fid}]\n")
    return start, text.index("\n[", start + 1)


def _set(fid: str, key: str, value: str):
    def edit(text: str) -> str:
        start, end = _figure(text, fid)
        table = re.sub(rf"(?m)^{key} = .*$", f"{key} = {value}", text[start:end], count=1)
        return text[:start] + table + text[end:]
    return edit


def test_an_amount_in_another_currency_or_unit_is_refused_naming_the_figure(tmp_path):
    for unit in ('"USD"', '"kg"', '"USD/year"'):
        message = refusal_of_edit(tmp_path, _set("verification_fee_cny", "unit", unit))
        assert "entry 'figures.verification_fee_cny'" in message, message
        assert f"must be given in CNY, the currency wxdesk computes it in, not in '{unit.strip(chr(34))}'" in message


def test_a_launch_step_longer_than_ten_years_is_refused_naming_the_figure(tmp_path):
    message = refusal_of_edit(tmp_path, _set("weeks_icp_filing", "high", "1e9"))
    assert "entry 'figures.weeks_icp_filing'" in message and f"from 0 to {YEARS_OF_WORK * 52} (weeks)" in message
    message = refusal_of_edit(tmp_path, _set("weeks_icp_filing", "unit", '"months"'))
    assert "must be given in weeks, the unit wxdesk computes it in, not in 'months'" in message


_UNITS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@given(currency=st.sampled_from(("cny", "usd", "eur")), unit=_UNITS)
def test_an_amount_is_taken_only_in_the_currency_its_id_names(currency, unit):
    problem = figure_problem(f"some_fee_{currency}", unit, "fees", 1.0, 1.0, 1.0)
    wanted = unit.split("/")[0].strip().upper() == currency.upper()
    assert (problem is None) == wanted, (unit, problem)


@given(weeks=st.floats(min_value=0, max_value=1e12, allow_nan=False))
def test_weeks_are_taken_up_to_ten_years(weeks):
    problem = figure_problem("weeks_anything", "weeks", "timeline", 0.0, 0.0, weeks)
    assert (problem is None) == (weeks <= YEARS_OF_WORK * 52)


def test_a_figure_changed_without_its_changelog_entry_names_the_figure(tmp_path):
    text = _set("mp_template_max_users", "value", "0")(bundled_text())
    path = tmp_path / "pack.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_changelog(path)
    except DataPackError as refused:
        assert refused.problem is not None and refused.problem.detail == "figures.mp_template_max_users"
        said = str(refused)
        assert "entry 'figures.mp_template_max_users': the pack holds 0" in said
        assert "leaves it at 20000; a changed value needs a [[changelog]] entry that records it" in said
    else:
        raise AssertionError("the pack was not refused")
