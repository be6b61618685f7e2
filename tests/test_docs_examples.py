"""The examples of the README's tour and of docs/commands.md are real output: every one that
runs on the embedded case is run here and compared line for line (those on files made for
the page, such as paper.txt or refs.bib, are checked by their own area's tests)."""

from __future__ import annotations

import shlex

import pytest

from blinarefs.cli import main
from conftest import ROOT
from docs_examples import shell_examples

MADE_FOR_THE_PAGE = ("paper", "refs.bib", ".nbib", "pubmed-cite", ".docx", ".json")
RUNNABLE = [
    (command, shown)
    for command, shown in shell_examples()
    if command.startswith("blinarefs ")
    and command.split()[1] in {"parse", "validate", "format", "export", "trace", "check"}
    and not any(name in command for name in MADE_FOR_THE_PAGE)
]


def _filtered(lines: list[str], pipe: str) -> list[str]:
    """What `| head -N`, `| tail -N` or `| sed -n Np` leave of the command's lines."""
    if not pipe:
        return lines
    tool, *args = shlex.split(pipe)
    if tool == "head":
        return lines[: int(args[0].lstrip("-"))]
    if tool == "tail":
        return lines[-int(args[0].lstrip("-")) :]
    if tool == "sed" and args[0] == "-n" and args[1].endswith("p"):
        return [lines[int(args[1][:-1]) - 1]]
    raise AssertionError(f"the test cannot run '| {pipe}': show the example another way")


def test_the_pages_have_runnable_examples():
    shown = {command.split()[1] for command, _ in RUNNABLE}
    assert shown >= {"parse", "validate", "format", "export", "trace", "check"}


@pytest.mark.parametrize("command, shown", RUNNABLE, ids=[c for c, _ in RUNNABLE])
def test_example_is_real_output(command, shown, capsys, monkeypatch, tmp_path):
    cmd, _, pipe = command.partition(" | ")
    args = shlex.split(cmd)[1:]
    # a command that writes runs in an empty folder; the others where a user of a checkout is
    monkeypatch.chdir(tmp_path if "-o" in args else ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    main(args)
    out = capsys.readouterr().out.splitlines()
    assert _filtered(out, pipe) == shown.rstrip("\n").splitlines()
