"""A non-editable install works: the wheel carries the data pack and presets inside it."""

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_resources_and_runs_from_elsewhere(tmp_path):
    # Built from a copy: building compiles the catalogue and writes build/ in the source tree,
    # which other tests (on other cores) read at the same time.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("wxdesk", "resources", "build_scripts"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "-q", "-w", str(tmp_path / "dist"), str(source)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    wheel = next((tmp_path / "dist").glob("wxdesk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "wxdesk/resources/datapack.toml" in names
    assert "wxdesk/resources/presets/car_brand.json" in names
    assert "wxdesk/share/image.py" in names  # `wxdesk share` runs from an installed wheel too
    assert "wxdesk/resources/i18n/sources_zh.toml" in names  # the Chinese appendix's source names

    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    # Run from an unrelated folder, so nothing can come from the source checkout.
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    probe = subprocess.run([sys.executable, "-c", "import wxdesk.paths as p; print(p.resources_dir())"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    assert str(target) in probe.stdout, probe.stdout + probe.stderr
    result = subprocess.run([sys.executable, "-m", "wxdesk", "evaluate", "--preset", "car_brand", "--json"],
                            capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["plan"]["presences"]
