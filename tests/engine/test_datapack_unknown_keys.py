"""A data pack's misspelt section or key is refused by name, never left out without a word.

A user who edits a pack and writes "[figure.x]" for "[figures.x]", "notes" for "note" or a row
"channel" for "channels" would otherwise get a pack read as if that part were not there.
"""

from __future__ import annotations

import copy
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pack_edits import bundled_text, refusal_of_edit

from wxdesk.engine import DataPackError, load_datapack
from wxdesk.engine.datapack import _build_pack, _Reader


def _bundled_data() -> dict:
    return tomllib.loads(bundled_text())


BUNDLED = _bundled_data()


def _refusal(data: dict) -> str:
    with pytest.raises(DataPackError) as err:
        _build_pack(_Reader("pack.toml"), data, "pack.toml")
    return str(err.value)


@pytest.mark.parametrize("edit, entry, problem", [
    (lambda t: t.replace('[figures.apple_developer_usd]', '[figure.apple_developer_usd]'),
     "figure", "not a section a data pack holds (did you mean 'figures'?)"),
    (lambda t: t.replace('[figures.apple_developer_usd]\ngroup = "fees"',
                         '[figures.apple_developer_usd]\ngroup = "fees"\nnotes = "checked twice"'),
     "figures.apple_developer_usd", "unknown key 'notes' (did you mean 'note'?)"),
    (lambda t: t.replace('[affinity.wecom]', '[affinity.wecomm]'),
     "affinity", "unknown row 'wecomm' (did you mean 'wecom'?)"),
    (lambda t: t.replace('[affinity.wecom]\nnews = 20', '[affinity.wecom]\nnews = 20\nnewz = 20'),
     "affinity.wecom", "unknown key 'newz' (did you mean 'news'?)"),
    (lambda t: t.replace('figure = "verification_fee_cny", entities = ["company"]',
                         'figure = "verification_fee_cny", entity = ["company"]'),
     "accounts.service.facts[1]", "unknown key 'entity' (did you mean 'entities'?)"),
    (lambda t: t.replace("samples = 1000", "samples = 1000\nsample_count = 5000"),
     "sampling", "unknown key 'sample_count'"),
])
def test_unknown_key_is_named_with_the_nearest_known_one(tmp_path, edit, entry, problem):
    message = refusal_of_edit(tmp_path, edit)
    assert f"entry '{entry}'" in message and problem in message, message


def _tables(data: dict, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The path of every table in the pack that a key could be added to (fact tables in lists included)."""
    found = [path]
    for key, value in data.items():
        if isinstance(value, dict):
            found += _tables(value, (*path, key))
        elif isinstance(value, list):
            found += [p for i, item in enumerate(value) if isinstance(item, dict)
                      for p in _tables(item, (*path, key, str(i)))]
    return found


# The changelog is read on its own (wxdesk.engine.changelog), with its own checks; and a pack may add
# figures and key facts' sources of its own, so a new key in [figures] or [sources] is one, checked as one.
TABLES = [p for p in _tables(BUNDLED) if (not p or p[0] != "changelog") and p not in (("figures",), ("sources",))]


def _table_at(data: dict, path: tuple[str, ...]) -> dict:
    for key in path:
        data = data[int(key)] if isinstance(data, list) else data[key]
    return data


@settings(max_examples=60, deadline=None)
@given(where=st.sampled_from(TABLES),
       name=st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12).map(lambda s: "x" + s))
def test_any_unknown_key_anywhere_is_refused_by_name(where, name):
    data = copy.deepcopy(BUNDLED)
    table = _table_at(data, where)
    table[name] = 1
    message = _refusal(data)
    assert f"'{name}'" in message and ("unknown" in message or "not a section" in message), message


def test_the_bundled_pack_holds_no_unknown_key():
    assert load_datapack().figures


def test_a_figure_whose_value_line_was_deleted_is_told_what_it_needs(tmp_path):
    """A copy of the pack whose "value = 4" under service_broadcasts_per_month was deleted read "'low' must be a
    finite number", naming a key that figure never had."""
    said = refusal_of_edit(tmp_path, lambda text: text.replace(
        'label_zh = "服务号每位粉丝每月群发次数"\nvalue = 4\n', 'label_zh = "服务号每位粉丝每月群发次数"\n', 1))
    assert "figures.service_broadcasts_per_month" in said and "needs a 'value', or 'low', 'likely' and 'high'" in said
    assert "'low'" not in said.replace("'low', 'likely'", "")
