"""Every bundled preset is a valid scenario, evaluates, and gives the answer its business expects."""

import pytest

from wxdesk.engine import evaluate, load_preset, preset_ids

# What each business needs at the least: the seed article's car brand publishes through an
# Official Account and sells through a Mini Program; a city service is a Mini Program; a
# factory runs its staff on WeCom; a fitness coach with a heart-rate strap needs an app;
# a bank keeps its advisers' customer contacts on WeCom.
EXPECTED_PLAN = {
    "car_brand": ("subscription", "mini_program"),
    "city_service": ("mini_program",),
    "factory_staff": ("wecom",),
    "fitness_coaching": ("native_app",),
    "food_ordering": ("mini_program",),
    "bank_care": ("wecom",),
    "news_publisher": ("subscription",),
}

def test_at_least_six_presets():
    assert {"food_ordering", "city_service", "car_brand", "news_publisher", "bank_care",
            "factory_staff"} <= set(preset_ids())


@pytest.mark.parametrize("preset_id", preset_ids())
def test_preset_evaluates(preset_id, pack):
    scenario = load_preset(preset_id)
    ev = evaluate(scenario, pack)
    assert scenario.name and ev.plan.presences
    if preset_id in EXPECTED_PLAN:
        assert set(EXPECTED_PLAN[preset_id]) <= set(ev.plan.presences)


def test_unknown_preset_lists_the_known_ones():
    with pytest.raises(Exception, match="car_brand"):
        load_preset("no_such_business")


# Proper names a Chinese client reads as they are.
NAMES_KEPT = {"Maison Verte", "Pulse Coaching"}


def _latin_words(text: str) -> list[str]:
    import re
    for name in NAMES_KEPT:
        text = text.replace(name, "")
    return re.findall(r"[A-Za-z]+", text)


@pytest.mark.parametrize("preset_id", preset_ids())
def test_every_example_reads_in_chinese(preset_id):
    english, chinese = load_preset(preset_id), load_preset(preset_id, "zh_CN")
    assert chinese.name != english.name and any("\u4e00" <= c <= "\u9fff" for c in chinese.name)
    assert _latin_words(chinese.name) == [] and _latin_words(chinese.notes) == []
    assert _latin_words(chinese.client) == []
    assert bool(chinese.notes) == bool(english.notes) and bool(chinese.client) == bool(english.client)
    # Only the words change: the example evaluates the same in either language.
    words = ("name", "notes", "client")
    assert {k: v for k, v in chinese.to_dict().items() if k not in words} == \
           {k: v for k, v in english.to_dict().items() if k not in words}


@pytest.mark.parametrize("preset_id", preset_ids())
def test_every_example_names_its_client(preset_id):
    """The handout is "prepared for" the client; without one it fell back to the example's title
    ("Prepared for Independent yoga teacher: classes and tips", "为独立瑜伽老师：课程与练习小贴士准备")."""
    for language in ("en", "zh_CN"):
        scenario = load_preset(preset_id, language)
        assert scenario.client.strip() and scenario.client != scenario.name


def test_english_is_the_files_own_words():
    import json
    from wxdesk.engine.presets import presets_dir
    for preset_id in preset_ids():
        data = json.loads((presets_dir() / f"{preset_id}.json").read_text(encoding="utf-8"))
        scenario = load_preset(preset_id, "en")
        assert (scenario.name, scenario.notes, scenario.client) == (data["name"], data["notes"], data["client"])


def test_the_index_names_only_examples_that_exist():
    import tomllib
    from wxdesk.engine.presets import INDEX_FILE, presets_dir
    index = tomllib.loads((presets_dir() / INDEX_FILE).read_text(encoding="utf-8"))
    assert set(index) == set(preset_ids())
    for entry in index.values():
        assert set(entry) <= {"name_zh", "notes_zh", "client_zh"}


def test_the_index_is_not_taken_for_an_example():
    assert "index" not in preset_ids()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_names_listed_are_the_names_the_examples_open_with(language):
    from wxdesk.engine.presets import preset_names
    names = preset_names(language)
    assert list(names) == preset_ids()
    assert names == {preset_id: load_preset(preset_id, language).name for preset_id in preset_ids()}


def test_listing_the_names_validates_no_example(monkeypatch):
    """The window lists the examples before its first paint: their names are read, not the whole
    examples validated (that waits until one is opened)."""
    from wxdesk.engine import presets

    def refuse(*args, **kwargs):
        raise AssertionError("an example was validated to list its name")
    monkeypatch.setattr(presets, "scenario_from_json", refuse)
    monkeypatch.setattr("wxdesk.engine.scenario.scenario_from_dict", refuse)
    assert set(presets.preset_names("en")) == set(preset_ids())


def test_a_broken_example_is_listed_by_name_and_refused_plainly_when_opened(tmp_path, monkeypatch):
    import json

    from wxdesk.engine import ScenarioError, presets
    good = json.loads((presets.presets_dir() / "car_brand.json").read_text(encoding="utf-8"))
    (tmp_path / "a_good.json").write_text(json.dumps(good), encoding="utf-8")
    (tmp_path / "b_broken.json").write_text(json.dumps({**good, "name": "Broken", "budget_cny": -5}), encoding="utf-8")
    (tmp_path / "c_not_json.json").write_text("{name: oops", encoding="utf-8")
    (tmp_path / "d_no_name.json").write_text(json.dumps({**good, "name": 7}), encoding="utf-8")
    (tmp_path / "e_other_format.json").write_text(json.dumps({**good, "format": "x"}), encoding="utf-8")
    (tmp_path / "f_bom.json").write_bytes(b"\xef\xbb\xbf" + json.dumps({**good, "name": "With BOM"}).encode())
    (tmp_path / "g_not_utf8.json").write_bytes(b'{"name": "\xff"}')
    monkeypatch.setattr(presets, "presets_dir", lambda: tmp_path)
    assert presets.preset_names("en") == {"a_good": good["name"], "b_broken": "Broken", "f_bom": "With BOM"}
    # The Chinese names come from the index, where it names the example.
    assert set(presets.preset_names("zh_CN")) == {"a_good", "b_broken", "f_bom"}
    with pytest.raises(ScenarioError, match="budget_cny"):
        presets.load_preset("b_broken")


def test_examples_read_from_another_folder_leave_the_bundled_ones_in_chinese(tmp_path, monkeypatch):
    """Reading a folder of examples without an index (as the test above does) keeps nothing that makes the
    bundled examples English later in the same process."""
    from wxdesk.engine import presets
    chinese = presets.load_preset("car_brand", "zh_CN").name
    presets._index_in.cache_clear()  # as in a new process: nothing read yet
    with monkeypatch.context() as patched:
        patched.setattr(presets, "presets_dir", lambda: tmp_path)
        assert presets.preset_names("zh_CN") == {}
    assert presets.load_preset("car_brand", "zh_CN").name == chinese != presets.load_preset("car_brand").name
    assert presets.preset_names("zh_CN")["car_brand"] == chinese
