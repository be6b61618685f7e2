"""Render a blinarefs HTML report in headless Chromium and save a screenshot.

    python scripts/screenshot_report.py [REPORT.html] [-o SHOT.png] [--size 390,844]

With no REPORT, writes the embedded commentary's report to a temporary folder first. The
default size is a phone's (390x844 CSS pixels); use --size 1280,900 for a desktop. Needs
Debian's ``chromium`` (``apt-get install -y chromium``); runs it with no network access
to anything but the local file, no GPU and a throw-away profile.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def write_seed_report(folder: Path) -> Path:
    from blinarefs.embedded import default_manuscript
    from blinarefs.fsio import read_text
    from blinarefs.trace.checks import check_trace
    from blinarefs.trace.html_report import render_html
    from blinarefs.trace.manuscript import trace_manuscript

    path = default_manuscript()
    trace = trace_manuscript(read_text(path))
    report = folder / "report.html"
    report.write_text(render_html(trace, check_trace(trace), "commentary.txt"), encoding="utf-8")
    return report


def screenshot(report: Path, out: Path, size: tuple[int, int], chromium: str) -> Path:
    """Run headless Chromium on ``report`` and return the PNG it wrote."""
    with tempfile.TemporaryDirectory() as profile:
        cmd = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={size[0]},{size[1]}",
            f"--screenshot={out.resolve()}",
            report.resolve().as_uri(),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    if not out.exists() or out.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no screenshot to {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", help="HTML report (default: the seed's)")
    parser.add_argument("-o", "--output", default="report.png", help="PNG to write")
    parser.add_argument("--size", default="390,844", help="window size WIDTH,HEIGHT")
    args = parser.parse_args(argv)
    chromium = find_chromium()
    if chromium is None:
        print("chromium is not installed (apt-get install -y chromium)", file=sys.stderr)
        return 2
    width, height = (int(x) for x in args.size.split(","))
    with tempfile.TemporaryDirectory() as folder:
        report = Path(args.report) if args.report else write_seed_report(Path(folder))
        shot = screenshot(report, Path(args.output), (width, height), chromium)
    print(f"{shot} ({width}x{height})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
