"""`evaluate - < one.json` prints a JSON Lines row where `evaluate one.json` prints the summary, and the page said only
"One scenario (one file or one preset …) prints the plain-text summary": standard input is always a batch (it is
read as it comes, and scripts pipe scenarios in), and docs/command-line.md says so where it says what one scenario
prints."""

import json
import re
import subprocess
import sys
from pathlib import Path

from wxdesk.engine import Scenario

ROOT = Path(__file__).resolve().parents[2]


def _one_scenario_bullet():
    doc = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
    found = re.search(r"^- \*\*One scenario\*\*.*?(?=^- )", doc, re.S | re.M)
    assert found
    return " ".join(found.group(0).split())


def test_the_page_says_standard_input_is_a_batch_and_the_command_acts_so(tmp_path):
    said = _one_scenario_bullet()
    assert "Standard input (`-`) is always a batch" in said
    assert "`evaluate - < shop.json` prints one JSON Lines row" in said
    shop = tmp_path / "shop.json"
    shop.write_text(Scenario(name="Shop").to_json(), encoding="utf-8")
    with open(shop, "rb") as handle:
        piped = subprocess.run([sys.executable, "-m", "wxdesk", "evaluate", "-", "-q"], stdin=handle,
                               capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert piped.returncode == 0, piped.stderr
    (line,) = piped.stdout.splitlines()
    assert json.loads(line)["row"] == 1
    named = subprocess.run([sys.executable, "-m", "wxdesk", "evaluate", str(shop)], capture_output=True, text=True,
                           timeout=300, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert named.returncode == 0 and named.stdout.startswith("Shop\n"), named.stdout[:200]
