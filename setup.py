"""Build hook: compile the Chinese catalogue (.ts → .qm) whenever the package is built.

Everything else about the package is declared in pyproject.toml. The .qm files are
build products, never committed; this runs for `pip install .` (into the wheel) and
`pip install -e .` (next to the .ts in resources/i18n, where the editable install
finds them).
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _build_translations() -> None:
    spec = importlib.util.spec_from_file_location("build_translations",
                                                  ROOT / "build_scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(ROOT / "resources" / "i18n")


class BuildWithTranslations(build_py):
    def run(self):
        _build_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
