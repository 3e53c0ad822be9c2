"""The frozen app's start-up scripts, without building a bundle: build_scripts/rth_deferred.py and frozen_main.py.

(tests/test_bundle.py builds the bundle and runs them there.)
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import multiprocessing.spawn
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "build_scripts"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"wxdesk_build_scripts_{name}", SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("argv", [["wxdesk"], ["wxdesk", "--self-test"], ["wxdesk", "evaluate", "x.csv"],
                                  ["wxdesk", "report", "-c"],
                                  ["wxdesk", "--multiprocessing-fork", "tracker_fd=5", "pipe_handle=7"],
                                  ["wxdesk", "-OO", "-c", "from multiprocessing.resource_tracker import main;main(5)"],
                                  ["wxdesk", "-B", "-s", "-c", "from multiprocessing.forkserver import main"]])
def test_frozen_entry_hands_every_multiprocessing_start_to_freeze_support(argv):
    """Every start PyInstaller's freeze_support() may take over (`-c`, or multiprocessing's own test for a
    worker) reaches it; the others go straight to the command line."""
    handled = "-c" in argv or multiprocessing.spawn.is_forking(argv)
    assert _load("frozen_main")._may_be_multiprocessing_start(argv) == handled


# A package of its own, and the hook deferred until it loads: how often the hook ran, when and what it saw.
PACKAGE = "wxdesk_deferred_probe_pkg"
HOOK = textwrap.dedent(f"""
    import os, sys
    os.environ["HOOK_RUNS"] = str(int(os.environ.get("HOOK_RUNS", "0")) + 1)
    os.environ["HOOK_SAW_PACKAGE_LOADED"] = str(getattr(sys.modules.get("{PACKAGE}"), "LOADED", False))
""")
AFTER_HOOK = textwrap.dedent(f"""
    import importlib.util, json, os, sys
    seen = {{}}
    def runs():
        return int(os.environ.get("HOOK_RUNS", "0"))
    spec = importlib.util.find_spec("{PACKAGE}")  # looked for, as wxdesk.qt_preflight looks for PySide6
    seen["found_only"] = (spec is not None, runs())
    import {PACKAGE}
    seen["imported"] = runs()
    seen["saw_package_loaded"] = os.environ.get("HOOK_SAW_PACKAGE_LOADED")
    import {PACKAGE}
    seen["imported_again"] = runs()
    seen["finder_left"] = any(type(f).__name__ == "_RunHookOnceLoaded" for f in sys.meta_path)
    print(json.dumps(seen))
""")


def test_a_deferred_hook_runs_once_when_its_package_loads_not_when_it_is_looked_for(tmp_path):
    package = tmp_path / PACKAGE
    package.mkdir()
    (package / "__init__.py").write_text("LOADED = True\n", encoding="utf-8")
    code = marshal.dumps(compile(HOOK, "pyi_rth_probe.py", "exec", dont_inherit=True))
    template = (SCRIPTS / "rth_deferred.py").read_text(encoding="utf-8")
    filled = template.replace("DEFERRED: dict = {}", f"DEFERRED: dict = {{{PACKAGE!r}: ('pyi_rth_probe', {code!r})}}")
    assert filled != template  # the spec fills in the same line
    script = tmp_path / "start.py"
    script.write_text(filled + "\n" + AFTER_HOOK, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "HOOK_RUNS"}
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"found_only": [True, 0], "imported": 1, "saw_package_loaded": "True", "imported_again": 1,
                    "finder_left": False}


# A start as the bundle's: PyInstaller's path finder (a stand-in for pyimod02_importers.PyiFrozenFinder, which
# hands every module its archive lacks to the path hook after its own) on sys.path_hooks, then
# build_scripts/rth_file_finder.py, then a module of the bundle's folder imported.
FILE_FINDER_START = textwrap.dedent("""
    import json, sys, types
    asked = []

    class PyiFrozenFinder:
        def __init__(self, path):
            self._path = path
            index = sys.path_hooks.index(PyiFrozenFinder.path_hook)
            self.fallback_finder = sys.path_hooks[index + 1](path)

        @classmethod
        def path_hook(cls, path):
            return cls(path)

        def find_spec(self, fullname, target=None):
            asked.append(fullname)
            return None if fullname in archive.toc else self.fallback_finder.find_spec(fullname, target)

    archive = types.SimpleNamespace(toc=dict.fromkeys(sys.argv[2:]))
    sys.modules["pyimod02_importers"] = types.SimpleNamespace(PyiFrozenFinder=PyiFrozenFinder, pyz_archive=archive)
    sys.path_hooks.insert(sys.path_hooks.index(sys.path_hooks[-1]), PyiFrozenFinder.path_hook)
    sys.path_importer_cache.clear()
    sys.path.insert(0, sys.argv[1])
    import bundled_before  # found once through PyInstaller's finder, which is kept for the folder
    exec(open(sys.argv[1] + "/rth_file_finder.py").read())
    import bundled
    print(json.dumps({"asked": asked, "value": bundled.VALUE, "file": bundled.__file__,
                      "loader": type(bundled.__spec__.loader).__name__,
                      "finder": type(sys.path_importer_cache[sys.argv[1]]).__name__,
                      "hooked": PyiFrozenFinder.path_hook in sys.path_hooks}))
""")


@pytest.mark.parametrize("archive", [[], ["elsewhere"]])
def test_python_finds_the_bundles_modules_itself_when_pyinstallers_archive_has_none(tmp_path, archive):
    (tmp_path / "bundled.py").write_text("VALUE = 42\n", encoding="utf-8")
    (tmp_path / "bundled_before.py").write_text("", encoding="utf-8")
    (tmp_path / "rth_file_finder.py").write_text((SCRIPTS / "rth_file_finder.py").read_text(encoding="utf-8"))
    result = subprocess.run([sys.executable, "-c", FILE_FINDER_START, str(tmp_path), *archive], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["value"] == 42 and seen["file"] == str(tmp_path / "bundled.py")
    assert seen["loader"] == "SourceFileLoader"
    if archive:  # modules in PyInstaller's archive: its finder stays, and is asked
        assert seen["asked"] == ["bundled_before", "bundled"] and seen["hooked"]
        assert seen["finder"] == "PyiFrozenFinder"
    else:
        assert seen["asked"] == ["bundled_before"] and not seen["hooked"]
        assert seen["finder"] == "FileFinder"


# build_scripts/frozen_main.py run as the bundle runs it, its command line's main() replaced (once wxdesk.cli has
# loaded) by one that reports the collector's state: whether it ran while wxdesk.cli loaded, and when main() began.
FROZEN_MAIN_START = textwrap.dedent("""
    import gc, json, os, runpy, sys
    seen = {}

    class Watch:
        def find_spec(self, name, path=None, target=None):
            if name != "wxdesk.cli":
                return None
            sys.meta_path.remove(self)
            seen["collector_on_while_the_command_line_loads"] = gc.isenabled()
            import importlib.util
            spec = importlib.util.find_spec(name)
            load = spec.loader.exec_module

            def load_then_replace_main(module):
                load(module)

                def main():
                    from wxdesk import start_gc
                    seen["collector_on_at_main"] = gc.isenabled()
                    seen["paused_for_the_window"] = start_gc.is_paused()
                    seen["bound_lazily"] = bool(sys.getdlopenflags() & os.RTLD_LAZY)
                    print(json.dumps(seen))
                    return 0
                module.main = main
            spec.loader.exec_module = load_then_replace_main
            return spec

    sys.meta_path.insert(0, Watch())
    sys.argv = ["wxdesk", *sys.argv[2:]]
    runpy.run_path(FROZEN_MAIN, run_name="__main__")
""")


@pytest.mark.parametrize("args, window", [([], True), (["scenario.json"], True), (["presets"], False),
                                          (["evaluate", "a.json"], False), (["--self-test"], False)])
def test_frozen_entry_pauses_the_collector_before_the_command_line_loads(tmp_path, args, window):
    """The collector is off while wxdesk's command line loads (its collections there would find nothing a window
    start keeps); a window start reaches main() with it paused by wxdesk.start_gc (which resumes it once the chart
    is drawn), any other start with it running again, as before."""
    script = tmp_path / "start.py"
    script.write_text(FROZEN_MAIN_START.replace("FROZEN_MAIN", repr(str(SCRIPTS / "frozen_main.py"))), encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), "-", *args], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"collector_on_while_the_command_line_loads": False, "collector_on_at_main": not window,
                    "paused_for_the_window": window, "bound_lazily": True}
