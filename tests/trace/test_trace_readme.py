"""The README's trace and check examples are real output: run them and compare."""

from __future__ import annotations

import re
import shlex

import pytest

from blinarefs.cli import main
from conftest import ROOT

BLOCK = re.compile(r"```\n\$ (blinarefs (?:trace|check)[^\n]*)\n(.*?)```", re.DOTALL)
EXAMPLES = [
    (m.group(1), m.group(2))
    for m in BLOCK.finditer((ROOT / "README.md").read_text(encoding="utf-8"))
    if "paper.txt" not in m.group(1) and "paper.docx" not in m.group(1)  # files made for them
]


def test_the_readme_has_examples():
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("command, shown", EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_is_real_output(command, shown, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    cmd, _, head = command.partition(" | head -")
    main(shlex.split(cmd)[1:])
    out = capsys.readouterr().out.splitlines()
    if head:
        out = out[: int(head)]
    assert out == shown.rstrip("\n").splitlines()
