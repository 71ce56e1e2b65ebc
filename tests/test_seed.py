"""The seed article as the acceptance test: run ../shared/golden/check_seed.py on our record.

Sections are added here as their issues land; a section listed here must pass completely.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT, need_shared

PASSING_SECTIONS = ["structure", "entities", "amounts", "changes", "times", "places", "quotes", "events"]


@pytest.mark.parametrize("section", PASSING_SECTIONS)
def test_check_seed_section(section: str) -> None:
    checker = need_shared("golden", "check_seed.py")
    proc = subprocess.run([sys.executable, str(checker), section], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].endswith("checks hold")
