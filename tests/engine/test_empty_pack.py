"""An empty data pack is said to be empty, on the command line and in the window: it read "entry 'pack': 'pack' is
missing or is not a table", which points at an entry in a file that holds none."""

from __future__ import annotations

import pytest

from wxdesk import errors
from wxdesk.batch.language import words
from wxdesk.engine import load_datapack
from wxdesk.engine.datapack import DataPackError
from wxdesk.words.file_problems import file_problem_text as problem_text


@pytest.mark.parametrize("content", [b"", b"\n\n  \t\n", b"\r\n", b"# nothing but a comment\n"])
def test_an_empty_pack_is_refused_as_empty(tmp_path, content):
    path = tmp_path / "pack.toml"
    path.write_bytes(content)
    with pytest.raises(DataPackError) as refused:
        load_datapack(path)
    assert str(refused.value) == f"Data pack {path} is empty: it holds no entries."
    assert refused.value.problem is not None and refused.value.problem.kind == errors.PACK_EMPTY
    said = problem_text(refused.value.problem, words("en"))
    assert said.startswith("“pack.toml” is empty") and "data pack" in said
    assert "是空文件" in problem_text(refused.value.problem, words("zh_CN"))
