"""The packaged desktop app: build the one-folder bundle and smoke-test the frozen program.

One build (about 20-40 s) serves every test here. The smoke test runs the frozen
executable's `presets`, `evaluate --json` and `--self-test` offscreen and fails on any
unexpected line on stderr (build_scripts/smoke_test.py).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    """Load a build_scripts/ module by path ('build' would clash with the PyPA build package)."""
    spec = importlib.util.spec_from_file_location(f"wxdesk_build_scripts_{name}", ROOT / "build_scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_build = _load("build")
smoke_test = _load("smoke_test")

# One worker builds the bundle once for every test here, also when the suite runs on several cores.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("bundle")]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory, worker_id) -> Path:
    """The executable of a fresh one-folder build."""
    builders = _builders(tmp_path_factory, worker_id)
    tmp = tmp_path_factory.mktemp("bundle")
    with open(tmp / "build.log", "w") as log:
        try:
            return bundle_build.build(False, tmp / "dist", tmp / "work", log=log)
        except bundle_build.BuildError as exc:
            log.flush()
            pytest.fail(f"{exc}\n{(tmp / 'build.log').read_text()[-4000:]}")
        finally:
            others = builders()
            if others:
                pytest.fail(f"worker {worker_id} built the bundle, as did {', '.join(others)}: the tests marked "
                            "xdist_group('bundle') were not kept on one worker (with pytest 9.2 --dist loadgroup "
                            "groups nothing, pytest-xdist issue 1386: see pyproject.toml)")


def _builders(tmp_path_factory, worker_id: str):
    """Marks this worker as the bundle's builder in the folder all workers' temporary folders share; returns
    a function that names the other workers that marked it too (two builds, some 30 s of the suite)."""
    if worker_id == "master":  # not under xdist: one process, one build
        return list
    shared = tmp_path_factory.getbasetemp().parent
    (shared / f"bundle-built-by-{worker_id}").touch()
    return lambda: sorted(p.name.removeprefix("bundle-built-by-") for p in shared.glob("bundle-built-by-*")
                          if p.name != f"bundle-built-by-{worker_id}")


def internal(bundle: Path) -> Path:
    return bundle.parent / "_internal"


def _frozen_env(home: Path) -> dict[str, str]:
    return smoke_test._environment(home, "offscreen")


def _build_log(bundle: Path) -> str:
    return (bundle.parent.parent.parent / "build.log").read_text(encoding="utf-8", errors="replace")


def test_frozen_app_passes_its_smoke_test(bundle, capsys):
    status = smoke_test.smoke_test(bundle)
    out, err = capsys.readouterr()
    assert status == 0, out + err
    assert "smoke: ok   wxdesk --self-test" in out


@pytest.mark.skipif(sys.platform != "linux", reason="X11 and xvfb-run are Linux things")
def test_frozen_app_paints_on_an_x_server(bundle, capsys):
    """The xcb platform plugin and the X libraries it pulls in work from the bundle (CI installs xvfb)."""
    status = smoke_test.smoke_test(bundle, xvfb=True)
    out, err = capsys.readouterr()
    assert status == 0, out + err
    assert "smoke: ok   xvfb-run wxdesk --self-test" in out


def test_bundle_carries_the_resources_where_the_app_looks(bundle):
    resources = internal(bundle) / "wxdesk" / "resources"
    assert (resources / "datapack.toml").is_file()
    shipped = {p.name for p in (resources / "presets").glob("*.json")}
    assert shipped == {p.name for p in (ROOT / "resources" / "presets").glob("*.json")}
    assert (resources / "icons" / "wxdesk.png").is_file()
    catalogues = {p.stem for p in (ROOT / "resources" / "i18n").glob("*.ts")}
    assert catalogues <= {p.stem for p in (resources / "i18n").glob("*.qm")}


def test_bundle_holds_one_qt_binding_and_no_unused_qt_parts(bundle):
    root = internal(bundle)
    assert (root / "PySide6").is_dir()
    for other in ("PyQt5", "PyQt6", "PySide2", "tkinter"):
        assert not (root / other).exists(), other
    names = {p.name for p in root.rglob("*")}
    for unused in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6",
                   "QtNetwork.abi3.so", "libssl.so.3", "libqvnc.so", "libqeglfs.so", "libqgtk3.so"):
        assert unused not in names, unused
    if sys.platform.startswith("linux"):
        platforms = {p.name for p in (root / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
        assert {"libqoffscreen.so", "libqxcb.so", "libqwayland.so"} <= platforms
        assert not [p for p in root.rglob("*") if p.is_symlink() and not p.exists()], "dangling symlinks"
    translations = {p.name for p in (root / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert translations and all("zh_CN" in name for name in translations)


def test_build_refuses_a_second_qt_binding(monkeypatch, tmp_path, capsys):
    """Two importable bindings could both land in the bundle; the build stops before PyInstaller runs."""
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(bundle_build.importlib.util, "find_spec",
                        lambda name, *args: object() if name == "PyQt5" else real_find_spec(name, *args))
    assert bundle_build.main(["--no-smoke-test", "--dist", str(tmp_path / "dist"),
                              "--work", str(tmp_path / "work")]) == 2
    err = capsys.readouterr().err
    assert "PySide6 only" in err and "Uninstall PyQt5" in err
    assert not (tmp_path / "dist").exists()


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("icupkg") is None,
                    reason="ICU's data library is trimmed on Linux when icupkg (icu-devtools) is installed")
def test_trimmed_icu_still_sorts_and_names_in_chinese_and_english(bundle, tmp_path):
    """Qt from this Python, made to load the bundle's ICU data library instead of its own."""
    qt_lib = internal(bundle) / "PySide6" / "Qt" / "lib"
    data = next(qt_lib.glob("libicudata.so.*"))
    assert data.stat().st_size < 15e6  # the wheel's is 32 MB
    probe = textwrap.dedent("""
        import json, sys
        from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone
        app = QCoreApplication([])
        zone = QTimeZone(b"Asia/Shanghai")
        name = lambda loc: zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(loc))
        print(json.dumps({
            "loaded": sys.argv[1] in open("/proc/self/maps").read(),
            "zh_sorted": sorted(["张", "阿", "北京", "上海", "安"], key=QCollator(QLocale("zh_CN")).sortKey),
            "zh_zone": name("zh_CN"), "en_zone": name("en_US"),
            "upper": QLocale("tr_TR").toUpper("istanbul"),
            "gb18030": QStringDecoder("GB18030").isValid(),
        }, ensure_ascii=False))
    """)
    result = subprocess.run([sys.executable, "-c", probe, str(data)], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "LD_LIBRARY_PATH": str(qt_lib), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["loaded"]
    assert report["zh_sorted"] == ["阿", "安", "北京", "上海", "张"]  # pinyin order
    assert report["zh_zone"] == "中国标准时间"
    assert report["en_zone"] == "China Standard Time"
    assert report["upper"] == "İSTANBUL"
    assert report["gb18030"]


def test_frozen_app_runs_a_batch_on_worker_processes(bundle, tmp_path):
    """multiprocessing, loaded only when a batch needs it (build_scripts/frozen_main.py), with PyInstaller's set-up
    for it run as it loads (rth_deferred.py): the rows come out of two workers as they come out of one process."""
    header = "name,budget_cny,interaction_minutes,audience"
    rows = [f"Shop {n},{20000 * n},{1 + n % 7},{5000 * n}" for n in range(1, 41)]  # more than one chunk of rows
    table = tmp_path / "table.csv"
    table.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    env = _frozen_env(tmp_path / "home")
    outputs = {}
    for jobs in ("1", "2"):
        result = subprocess.run([str(bundle), "evaluate", str(table), "--format", "jsonl", "--jobs", jobs],
                                env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        assert not smoke_test.unexpected_lines(result.stderr), result.stderr
        outputs[jobs] = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(outputs["1"]) == len(rows)
    assert outputs["2"] == outputs["1"]


def test_frozen_window_keeps_the_code_its_start_compiled_for_its_build(bundle, tmp_path):
    """Once its chart is drawn, the window keeps the code it compiled from text in the user's cache folder,
    under the bundle's build name (wxdesk.start_code)."""
    build = (internal(bundle) / "wxdesk-build-id").read_text(encoding="ascii").strip()
    assert len(build) == 32
    env = _frozen_env(tmp_path / "home")
    kept = Path(env["XDG_CACHE_HOME"]) / "wxdesk"
    process = subprocess.Popen([str(bundle)], env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not list(kept.glob(f"start-code-{build}.*.marshal")) and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()[1]
            time.sleep(0.2)
        assert list(kept.glob(f"start-code-{build}.*.marshal")), "no start code kept after 120 s"
    finally:
        process.kill()
        process.communicate()


def test_runtime_hooks_that_load_their_package_wait_for_it(bundle):
    """PyInstaller's hooks for PySide6, multiprocessing, inspect and pkgutil run once the app loads each
    (rth_deferred.py), not before the app's first line (PySide6 loaded first would search the source of NumPy
    and the engine; inspect's hook imports zipfile before wxdesk.start_stdlib can leave bz2 and lzma unrun)."""
    log = _build_log(bundle)
    deferred = ["pyi_rth_inspect", "pyi_rth_multiprocessing", "pyi_rth_pkgutil", "pyi_rth_pyside6"]
    assert f"runtime hooks run when their package loads: {deferred}" in log
    started = next(line for line in log.splitlines() if "scripts run at start:" in line)
    assert not [hook for hook in deferred if hook in started]
    assert "rth_deferred" in started
