"""Compiled modules bound lazily (wxdesk.start_linking): each function found when first called, not all at import."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import pytest

from fresh_python import ROOT, last_json

FLAGS = textwrap.dedent("""
    import json, os, sys
    sys.setdlopenflags(os.RTLD_NOW | os.RTLD_GLOBAL)  # another flag set before: kept
    from wxdesk import start_linking
    start_linking.bind_lazily()
    flags = sys.getdlopenflags()
    print(json.dumps({"lazy": bool(flags & os.RTLD_LAZY), "now": bool(flags & os.RTLD_NOW),
                      "global": bool(flags & os.RTLD_GLOBAL)}))
""")


@pytest.mark.skipif(not hasattr(sys, "setdlopenflags"), reason="no dlopen flags on this platform")
def test_modules_imported_after_are_opened_lazily_with_the_other_flags_kept():
    assert last_json(FLAGS) == {"lazy": True, "now": False, "global": True}


# PySide6's modules imported in a fresh Python, with or without the lazy binding first.
QT_IMPORT = "import sys\n{setup}\nimport PySide6.QtWidgets\n"


def _relocations(setup: str) -> int:
    """glibc's count of the relocations done, at the process's end (LD_DEBUG=statistics)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LD_DEBUG": "statistics"}
    env.pop("LD_BIND_NOW", None)
    result = subprocess.run([sys.executable, "-c", QT_IMPORT.format(setup=setup)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    counts = re.findall(r"final number of relocations:\s*(\d+)", result.stderr)
    assert counts, result.stderr[-2000:]
    return int(counts[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's LD_DEBUG statistics")
def test_pyside6_loads_without_binding_every_function_it_names():
    """PySide6's modules name some 13,000 functions of Qt's libraries; the window calls a few hundred."""
    eager = _relocations("")
    lazy = _relocations("from wxdesk import start_linking; start_linking.bind_lazily()")
    assert lazy < eager - 10_000, (lazy, eager)


@pytest.mark.skipif(not hasattr(sys, "setdlopenflags"), reason="no dlopen flags on this platform")
@pytest.mark.parametrize("entry", ["from wxdesk.cli import main; main(['evaluate', '--preset', 'yoga_teacher'])",
                                   "import runpy; sys.argv = ['wxdesk', 'evaluate', '--preset', 'yoga_teacher']; "
                                   "runpy.run_module('wxdesk', run_name='__main__')"])
def test_every_entry_point_binds_lazily_before_a_compiled_module_loads(entry):
    """The `wxdesk` command (wxdesk.cli.main) and `python -m wxdesk` set the binding before NumPy or PySide6
    loads; the frozen app's entry point calls the same main (tests/test_frozen_start.py)."""
    seen = last_json(textwrap.dedent("""
        import json, os, sys
        class Watch:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("numpy", "PySide6", "shiboken6") and "first" not in seen:
                    seen["first"] = name
                    seen["lazy"] = bool(sys.getdlopenflags() & os.RTLD_LAZY)
                return None
        seen = {}
        sys.meta_path.insert(0, Watch())
        try:
            ENTRY
        except SystemExit:
            pass
        sys.stdout.flush()
        print(json.dumps(seen))
    """).replace("ENTRY", entry))
    assert seen.get("lazy") is True, seen
