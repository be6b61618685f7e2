"""Pandoc (the binary pypandoc-binary ships) as every test runs it, and what it prints read back.

Each run costs about 0.3 s, so the tests share runs through module-scoped fixtures.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

pypandoc = pytest.importorskip("pypandoc")

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "0123456789-")


def run_pandoc(
    *args: str, cwd: str | Path | None = None, input: str | None = None, warnings: bool = True
) -> str:
    """Pandoc's standard output; it fails the test when Pandoc exits non-zero, or, with
    ``warnings=False``, when it prints anything on standard error."""
    result = subprocess.run(
        [pypandoc.get_pandoc_path(), *args],
        input=input,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert warnings or not result.stderr, result.stderr
    return result.stdout


def render_plain(markdown_file: str, cwd: str | Path) -> str:
    """``pandoc --citeproc FILE -t plain``, one line per paragraph."""
    return run_pandoc("--citeproc", markdown_file, "-t", "plain", "--wrap=none", cwd=cwd)


def mark_superscripts(text: str) -> str:
    """Every superscript citation as ⟨...⟩, whether Pandoc's plain text printed it in
    Unicode (¹, ²⁻⁹) or as ^(2,3) (characters with no superscript form), and with the space
    before it dropped (the seed's flattened "figure 2-9" had one; a superscript has none)."""
    text = re.sub(r"\s*\^\(([^()]*)\)", r"⟨\1⟩", text)
    return re.sub(
        rf"\s*([{_SUPERSCRIPTS}]+)", lambda m: f"⟨{m.group(1).translate(_FROM_SUPERSCRIPT)}⟩", text
    )


def split_references(plain: str, title: str = "References") -> tuple[list[str], list[str]]:
    """(paragraphs of the body, entries of the bibliography) of Pandoc's plain output."""
    body, _, bibliography = plain.partition(f"\n{title}\n")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    entries = [e.strip() for e in bibliography.split("\n\n") if e.strip()]
    return paragraphs, entries
