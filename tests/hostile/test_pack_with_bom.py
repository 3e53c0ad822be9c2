"""A data pack saved with a UTF-8 byte-order mark (Notepad's and Excel's "UTF-8 with BOM") is read as the same pack
without it, as a CSV table or a scenario file with one is: it was refused as "not valid TOML: Invalid statement (at
line 1, column 1)"."""

import subprocess
import sys

import pytest

from wxdesk.engine import DataPackError, load_datapack
from wxdesk.paths import resource_path

BOM = b"\xef\xbb\xbf"


def test_a_pack_with_a_bom_is_the_pack_without_it(tmp_path):
    bundled = resource_path("datapack.toml")
    marked = tmp_path / "bom.toml"
    marked.write_bytes(BOM + bundled.read_bytes())
    assert load_datapack(marked).figures == load_datapack(bundled).figures
    plain = subprocess.run([sys.executable, "-m", "wxdesk", "evaluate", "--preset", "car_brand", "--json", "--pack",
                            str(bundled)], capture_output=True, text=True, timeout=120)
    with_bom = subprocess.run([sys.executable, "-m", "wxdesk", "evaluate", "--preset", "car_brand", "--json", "--pack",
                               str(marked)], capture_output=True, text=True, timeout=120)
    assert (with_bom.returncode, with_bom.stderr) == (0, ""), with_bom.stderr
    assert with_bom.stdout == plain.stdout


@pytest.mark.parametrize("body, said", [(b"", "is empty: it holds no entries."),
                                        (b"[pack\nx = 1\n", "is not valid TOML"),
                                        (b"\xef\xbb\xbf[pack]\n", "is not valid TOML")])  # (one mark, not two)
def test_a_bom_before_no_pack_is_refused_as_without_it(tmp_path, body, said):
    path = tmp_path / "p.toml"
    path.write_bytes(BOM + body)
    with pytest.raises(DataPackError) as refused:
        load_datapack(path)
    assert said in str(refused.value)
