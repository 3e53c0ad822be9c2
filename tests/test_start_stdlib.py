"""The standard library's modules the start imports and never uses (wxdesk.start_stdlib): left unrun until
first used, then the very modules, and an import that would fail fails as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from fresh_python import ROOT, last_json

# In a fresh Python: what shutil and zipfile make of bz2 and lzma, and what using them gives; `setup` first.
ARCHIVES = textwrap.dedent("""
    import io, json, sys, types
    {setup}
    import shutil, zipfile
    lazy = sorted(name for name in ("bz2", "lzma") if type(sys.modules.get(name)) not in (types.ModuleType, type(None)))
    seen = {{"lazy": lazy, "supported": [shutil._BZ2_SUPPORTED, shutil._LZMA_SUPPORTED],
             "zipfile_has": [zipfile.bz2 is not None, zipfile.lzma is not None]}}
    if zipfile.lzma is not None and zipfile.bz2 is not None:
        written = io.BytesIO()
        with zipfile.ZipFile(written, "w") as archive:
            archive.writestr("a.txt", "bz2 " * 100, compress_type=zipfile.ZIP_BZIP2)
            archive.writestr("b.txt", "lzma " * 100, compress_type=zipfile.ZIP_LZMA)
        with zipfile.ZipFile(io.BytesIO(written.getvalue())) as archive:
            seen["read"] = [archive.read(name).decode() for name in ("a.txt", "b.txt")]
        import lzma, bz2
        seen["same"] = (zipfile.lzma is lzma and sys.modules["lzma"] is lzma and zipfile.bz2 is bz2
                        and type(lzma) is types.ModuleType and type(bz2) is types.ModuleType)
        seen["round_trip"] = (lzma.decompress(lzma.compress(b"abc")).decode()
                              + bz2.decompress(bz2.compress(b"d")).decode())
    else:
        try:
            import lzma
            seen["lzma_import"] = "imported"
        except ImportError as exc:
            seen["lzma_import"] = type(exc).__name__
    print(json.dumps(seen))
""")
START = "import wxdesk.cli"


def test_bz2_and_lzma_wait_for_their_first_use_and_work_as_ever_then():
    plain = last_json(ARCHIVES.format(setup=""))
    started = last_json(ARCHIVES.format(setup=START))
    assert started.pop("lazy") == ["bz2", "lzma"] and plain.pop("lazy") == []
    assert started == plain
    assert started["read"] == ["bz2 " * 100, "lzma " * 100] and started["same"] and started["round_trip"] == "abcd"


def test_a_missing_compression_library_is_missing_as_before():
    missing = "sys.modules['_lzma'] = None  # as where Python was built without it\n"
    plain = last_json(ARCHIVES.format(setup=missing))
    started = last_json(ARCHIVES.format(setup=missing + START))
    assert plain["supported"] == [True, False] and plain["lzma_import"] == "ModuleNotFoundError"
    assert started.pop("lazy") == ["bz2"] and plain.pop("lazy") == []  # lzma is not made: its import fails
    assert started == plain


# Without site (whose development-install finder imports pathlib before anything else): what pathlib's
# import makes of ipaddress, and the module once used.
ADDRESSES = textwrap.dedent("""
    import json, sys, types
    {setup}
    import pathlib
    lazy = type(sys.modules["ipaddress"]) is not types.ModuleType
    import urllib.parse
    split = urllib.parse.urlsplit("http://[::1]:8080/a")
    import ipaddress
    print(json.dumps({{"lazy": lazy, "host": [split.hostname, split.port], "address": str(ipaddress.ip_address("::1")),
                      "loaded": type(sys.modules["ipaddress"]) is types.ModuleType,
                      "as_uri": pathlib.PurePosixPath("/tmp/a b").as_uri()}}))
""")


def _without_site(script: str) -> dict:
    result = subprocess.run([sys.executable, "-S", "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_ipaddress_waits_for_its_first_use_and_works_as_ever_then():
    plain = _without_site(ADDRESSES.format(setup=""))
    started = _without_site(ADDRESSES.format(setup=START))
    assert started.pop("lazy") is True and plain.pop("lazy") is False
    assert started == plain == {"host": ["::1", 8080], "address": "::1", "loaded": True, "as_uri": "file:///tmp/a%20b"}


def test_the_finder_leaves_once_it_has_made_them_all():
    seen = last_json(textwrap.dedent("""
        import json, sys
        import wxdesk.cli
        import zipfile, urllib.parse
        print(json.dumps([type(finder).__module__ for finder in sys.meta_path]))
    """))
    assert "wxdesk.start_stdlib" not in seen
