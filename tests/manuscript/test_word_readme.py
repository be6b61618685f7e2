"""The README's `renumber` and Word examples, and docs/word.md's, are real output."""

from __future__ import annotations

import re

from blinarefs.cli import main
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = (ROOT / "docs" / "word.md").read_text(encoding="utf-8")


def commands(section: str) -> dict[str, str]:
    """ "$ command" -> the lines printed under it, in a README or docs section."""
    return dict(re.findall(r"^\$ (.*)\n((?:(?!\$ |```).*\n)*)", section, re.M))


def section(text: str, heading: str) -> str:
    return text.split(heading)[1].split("\n## ")[0].split("\n### ")[0]


def blocks(text: str) -> list[str]:
    return re.findall(r"```\n(.*?)```", text, re.S)


def paper(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    example = section(DOCS, "## `blinarefs renumber`")
    text, renumbered = [b for b in blocks(example) if b.startswith("Drug A")]
    (tmp_path / "paper.txt").write_text(text, encoding="utf-8")
    return renumbered


def test_renumber_examples(tmp_path, monkeypatch, capsys):
    renumbered = paper(tmp_path, monkeypatch)
    shown = commands(section(README, "### `blinarefs renumber"))
    assert main(["renumber", "paper.txt", "--dry-run"]) == 0
    assert capsys.readouterr().out == shown["blinarefs renumber paper.txt --dry-run"]
    assert main(["renumber", "paper.txt", "-o", "paper-renumbered.txt"]) == 0
    assert (tmp_path / "paper-renumbered.txt").read_text(encoding="utf-8") == renumbered


def test_word_examples(tmp_path, monkeypatch, capsys):
    paper(tmp_path, monkeypatch)
    shown = commands(section(README, "### Word: "))
    assert main(["pandoc", "-o", "commentary.docx"]) == 0
    assert capsys.readouterr().out == shown["blinarefs pandoc -o commentary.docx"]
    command = "blinarefs check commentary.docx --annotate -o commentary-checked.docx | tail -1"
    main(command.split(" | ")[0].split()[1:])
    assert capsys.readouterr().out.splitlines()[-1] + "\n" == shown[command]
    docs = commands(section(DOCS, "## `blinarefs pandoc"))
    assert main(["pandoc", "paper.txt", "--style", "vancouver", "-o", "paper.docx"]) == 0
    out = capsys.readouterr().out
    assert out == docs["blinarefs pandoc paper.txt --style vancouver -o paper.docx"]
