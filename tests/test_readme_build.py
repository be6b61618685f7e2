"""The README's `blinarefs build` example is what the command prints on a machine with no
network (the example says so): every line it shows, in order, with the stage lines whole.
Its "..." stands for the findings it leaves out."""

from __future__ import annotations

import re

import requests

from blinarefs.cli import main
from conftest import ROOT


def _shown() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```\n$ blinarefs build\n", 1)[1].split("```", 1)[0]
    return block.rstrip("\n").splitlines()


def test_the_readme_build_example_is_real_output(tmp_path, capsys, monkeypatch):
    def no_network(*args, **kwargs):
        raise requests.exceptions.ConnectionError("[Errno -2] Name or service not known")

    monkeypatch.setattr(requests.Session, "send", no_network)
    monkeypatch.setenv("BLINAREFS_OFFLINE", "0")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)  # build writes ./blinarefs-out
    assert main(["build"]) == 0
    out = capsys.readouterr().out.replace(f"{ROOT}/", "").splitlines()
    shown = _shown()
    stages = [line for line in shown if re.match(r"[✓✗-] ", line)]
    assert stages and out[: len(stages)] == stages
    at = 0
    for line in shown:
        if line.strip() == "...":
            continue
        assert line in out[at:], f"README shows {line!r}, which build no longer prints there"
        at = out.index(line, at) + 1
