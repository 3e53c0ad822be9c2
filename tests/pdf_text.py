"""A PDF's text for the tests that read handouts."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
from pathlib import Path


def pdf_text(path: Path) -> str:
    """The PDF's text in drawing order (pdftotext -raw when installed, else pypdf)."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def squeeze(text: str) -> str:
    """Without whitespace and hyphens: PDF text breaks lines wherever the layout wrapped
    them, and pdftotext drops a hyphen it finds at a line end ("one-off" → "oneoff")."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


@functools.cache
def handout_text(preset: str, lang: str) -> str:
    """The text of the example's handout in `lang`, amounts in CNY, written once in a test process: the tests that
    read it (test_former_name_once.py, test_disclaimer_placed.py: one xdist_group) only read it, and wrote the same
    handout again for each test, 50 handouts, of 18 different ones."""
    from wxdesk.engine import evaluate, load_datapack, load_preset
    from wxdesk.report.command import reader_words
    from wxdesk.report.handout import write_report
    pack = load_datapack()
    with tempfile.TemporaryDirectory(prefix="wxdesk-handout-") as folder:
        path = Path(folder) / "handout.pdf"
        write_report(evaluate(load_preset(preset, lang), pack), pack, path, reader_words(lang, "CNY", pack))
        return pdf_text(path)
