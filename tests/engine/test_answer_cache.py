"""The answer kept for the next start is the engine's answer, and only ever stands in for the very same question."""

from __future__ import annotations

import datetime as dt
import io
import os
import pickle
import shutil

import pytest
from hypothesis import HealthCheck, given, settings

from tests.engine.scenario_strategies import scenarios
from wxdesk.engine import Scenario, answer_cache, load_preset, preset_ids
from wxdesk.engine.evaluator import evaluate
from wxdesk.engine.results import Evaluation

DAY = dt.date(2026, 12, 2)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(answer_cache, "cache_folder", lambda: tmp_path / "cache")
    return tmp_path / "cache"


def _kept_and_recalled(scenario: Scenario, pack, today: dt.date = DAY) -> tuple[Evaluation, Evaluation | None]:
    evaluation = evaluate(scenario, pack, today)
    assert answer_cache.remember(evaluation, pack, today)
    return evaluation, answer_cache.recall(scenario, pack, today)


@pytest.mark.parametrize("preset", [None, *preset_ids()])
def test_every_example_reads_back_as_the_engine_gave_it(folder, pack, preset):
    scenario = Scenario() if preset is None else load_preset(preset)
    evaluation, recalled = _kept_and_recalled(scenario, pack)
    assert recalled is not None and recalled is not evaluation
    assert recalled == evaluation
    # Equal down to what the views write: the analysts' JSON, every text in it included.
    assert recalled.to_dict() == evaluation.to_dict()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scenario=scenarios)
def test_any_scenario_reads_back_as_the_engine_gave_it(folder, pack, scenario):
    evaluation, recalled = _kept_and_recalled(scenario, pack)
    assert recalled == evaluation


def test_a_kept_answer_holds_no_numpy_value(folder, pack):
    # Reading one back would import NumPy, which keeping the answer is there to avoid.
    for preset in preset_ids():
        answer_cache.remember(evaluate(load_preset(preset), pack, DAY), pack, DAY)
        body = (folder / answer_cache.CACHE_NAME).read_bytes()
        assert b"numpy" not in body


def test_another_scenario_is_not_answered(folder, pack):
    _kept_and_recalled(Scenario(), pack)
    assert answer_cache.recall(Scenario().with_changes(audience=Scenario().audience + 1), pack, DAY) is None
    assert answer_cache.recall(Scenario().with_changes(name="Another"), pack, DAY) is None


def test_another_pack_is_not_answered(folder, pack):
    _kept_and_recalled(Scenario(), pack)
    figure = next(iter(pack.figures.values()))
    changed = pack.with_overrides({figure.id: {"low": figure.low, "likely": figure.likely, "high": figure.high * 2}})
    assert answer_cache.recall(Scenario(), changed, DAY) is None


def test_the_day_counts_only_for_a_date_to_be_live_by(folder, pack):
    _kept_and_recalled(Scenario(), pack)
    assert answer_cache.recall(Scenario(), pack, DAY + dt.timedelta(days=1)) is not None
    dated = Scenario().with_changes(live_by="2027-03-01")
    _kept_and_recalled(dated, pack)
    assert answer_cache.recall(dated, pack, DAY) is not None
    assert answer_cache.recall(dated, pack, DAY + dt.timedelta(days=1)) is None


def test_changed_engine_code_is_not_answered(folder, pack, tmp_path, monkeypatch):
    engine = tmp_path / "engine"
    shutil.copytree(answer_cache._ENGINE_FOLDER, engine, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(answer_cache, "_ENGINE_FOLDER", engine)
    _kept_and_recalled(Scenario(), pack)
    assert answer_cache.recall(Scenario(), pack, DAY) is not None
    module = engine / "fit.py"
    later = module.stat().st_mtime_ns + 1_000_000_000
    os.utime(module, ns=(later, later))
    assert answer_cache.recall(Scenario(), pack, DAY) is None


def test_a_damaged_file_gives_no_answer(folder, pack):
    _kept_and_recalled(Scenario(), pack)
    path = folder / answer_cache.CACHE_NAME
    whole = path.read_bytes()
    for damaged in (whole[:-40], whole[: len(whole) // 2], b"", whole[:-1] + b"\x00"):
        path.write_bytes(damaged)
        assert answer_cache.recall(Scenario(), pack, DAY) is None


class _Planted:
    def __reduce__(self):
        return (os.system, ("touch planted",))


def test_a_planted_file_runs_nothing(folder, pack, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _kept_and_recalled(Scenario(), pack)
    key = answer_cache.question(Scenario(), pack, DAY)
    (folder / answer_cache.CACHE_NAME).write_bytes(key + pickle.dumps(_Planted()))
    assert answer_cache.recall(Scenario(), pack, DAY) is None
    assert not (tmp_path / "planted").exists()


def test_an_answer_to_another_scenario_under_the_key_is_refused(folder, pack):
    # Whatever the file holds must answer the scenario asked about.
    other = evaluate(Scenario().with_changes(audience=5), pack, DAY)
    key = answer_cache.question(Scenario(), pack, DAY)
    buffer = io.BytesIO()
    answer_cache._Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(other)  # written as remember writes
    folder.mkdir(parents=True, exist_ok=True)
    (folder / answer_cache.CACHE_NAME).write_bytes(key + buffer.getvalue())
    assert answer_cache.recall(Scenario(), pack, DAY) is None


def test_an_unwritable_folder_keeps_nothing_and_says_nothing(pack, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setattr(answer_cache, "cache_folder", lambda: blocker)
    assert answer_cache.remember(evaluate(Scenario(), pack, DAY), pack, DAY) is False
    assert answer_cache.recall(Scenario(), pack, DAY) is None


def test_a_pack_read_from_other_bytes_is_not_answered(folder, tmp_path):
    from wxdesk.engine import load_datapack
    from wxdesk.paths import resource_path
    text = resource_path("datapack.toml").read_text(encoding="utf-8")
    path = tmp_path / "datapack.toml"
    path.write_text(text, encoding="utf-8")
    read = load_datapack(path)
    _kept_and_recalled(Scenario(), read)
    assert answer_cache.recall(Scenario(), load_datapack(path), DAY) is not None, "the same file read again"
    # One space more in the file: the pack reads the same, but only the very same bytes answer.
    path.write_text(text.replace("source = ", "source =  ", 1), encoding="utf-8")
    assert answer_cache.recall(Scenario(), load_datapack(path), DAY) is None


def test_a_file_grown_past_any_answer_is_not_read(folder, pack):
    _kept_and_recalled(Scenario(), pack)
    path = folder / answer_cache.CACHE_NAME
    with open(path, "ab") as file:
        file.write(b"\0" * (answer_cache.MAX_ANSWER_BYTES + 1))
    assert answer_cache.recall(Scenario(), pack, DAY) is None
