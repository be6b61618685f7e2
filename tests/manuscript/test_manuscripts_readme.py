"""The README's Word example is what `check` prints on the test manuscript it shows."""

from __future__ import annotations

import re
from pathlib import Path

from test_docx_check import _word

from blinarefs.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_word_example_is_real_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _word(Path("."))
    assert main(["check", "paper.docx"]) == 1
    out = capsys.readouterr().out
    section = README.read_text(encoding="utf-8").split("### Word (.docx) and JATS XML")[1]
    shown = re.search(r"```\n\$ blinarefs check paper.docx\n(.*?)```", section, re.S).group(1)
    assert shown == out
