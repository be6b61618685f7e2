"""The `blinarefs pandoc` examples of docs/commands.md are real output (Pandoc's own line
is checked by test_pandoc_seed.py: the same superscript after the same period)."""

from __future__ import annotations

import re

import docs_examples
from blinarefs.cli import main
from conftest import ROOT

SECTION = docs_examples.text().split("## `blinarefs pandoc")[1]
SECTION = SECTION.split("\n## ")[0]
COMMANDS = dict(re.findall(r"^\$ (.*)\n((?:(?!\$ |```).*\n)*)", SECTION, re.M))


def test_the_readme_shows_what_blinarefs_pandoc_writes(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)  # the manuscript's name in the report, as a user in a checkout sees it
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["pandoc", "-o", str(tmp_path / "paper.md")]) == 0
    out = capsys.readouterr().out.replace(f"cd {tmp_path} && ", "").replace(f"{tmp_path}/", "")
    assert out == COMMANDS["blinarefs pandoc -o paper.md"]
    markdown = (tmp_path / "paper.md").read_text(encoding="utf-8")
    assert "".join(markdown.splitlines(keepends=True)[:6]) == COMMANDS["head -6 paper.md"]
    [grep] = [c for c in COMMANDS if c.startswith("grep -o")]
    assert COMMANDS[grep].strip() in markdown

    numbered = [c for c in COMMANDS if "--numbered" in c]
    assert len(numbered) == 2
    assert main(["pandoc", str(tmp_path / "paper.md"), "--numbered", "--to", "text"]) == 0
    text = capsys.readouterr().out
    for command in numbered:
        assert COMMANDS[command].strip() in text, command
