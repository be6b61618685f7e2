"""Where the documentation keeps its examples: the README's tour and docs/commands.md.

Shared by the tests that run those examples, so moving an example between the two pages
never leaves it untested."""

from __future__ import annotations

import re

from conftest import ROOT

PAGES = (ROOT / "README.md", ROOT / "docs" / "commands.md")


def text() -> str:
    """The README and the command reference, one after the other."""
    return "\n".join(page.read_text(encoding="utf-8") for page in PAGES)


def shell_examples() -> list[tuple[str, str]]:
    """Every `$ command` in a fenced block of either page, with the lines shown under it."""
    found = []
    for block in re.findall(r"```\n(\$ .*?)```", text(), re.S):
        found += re.findall(r"^\$ (.*)\n((?:(?!\$ ).*\n)*)", block, re.M)
    return found
