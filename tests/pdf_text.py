"""A PDF's text for the tests that read handouts."""

from __future__ import annotations

import re
import shutil
import subprocess
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
