"""The HTML report in a real browser: Debian's headless Chromium takes a phone-sized
screenshot (scripts/screenshot_report.py). Skipped where Chromium is not installed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from screenshot_report import find_chromium


@pytest.mark.skipif(
    find_chromium() is None, reason="chromium is not installed (apt-get install -y chromium)"
)
def test_report_renders_in_headless_chromium(tmp_path):
    shot = tmp_path / "phone.png"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshot_report.py"), "-o", str(shot)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (390, 844)
    assert len(data) > 20_000  # a page with text, not a blank
