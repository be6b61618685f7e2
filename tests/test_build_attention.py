"""`build`'s "Needs attention" list, cut at ten lines: the errors it counts are among them."""

from __future__ import annotations

import re

from blinarefs.cli import main

# written for the test: a list whose second item cannot be read, a dangling citation, an
# uncited reference and a citation out of order, so that more than ten lines need attention
MANUSCRIPT = """\
Background
Sepsis kills many [1]. Lactate predicts death [3]. Fluids help [2, 12]. Steroids were tested in 2018 and reduced mortality by 10%.

References
1. Roe J, Doe K. Sepsis in adults. N Engl J Med. 2019;380(3):100-9.
2. xyz ??? lorem
3. Poe A. Lactate and outcome. Crit Care. 2020;24:55.
4. Moe B. Uncited work. JAMA. 2018;319(2):150-8.
"""  # noqa: E501


def test_every_error_counted_is_shown_when_the_list_is_cut(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    paper = tmp_path / "paper.txt"
    paper.write_text(MANUSCRIPT, encoding="utf-8")
    assert main(["build", str(paper), "-o", str(tmp_path / "out")]) == 1
    out = capsys.readouterr().out
    attention = out.split("Needs attention (", 1)[1]
    errors = int(re.match(r"(\d+) errors", attention)[1])
    shown = re.findall(r"^  error \[", attention, re.M)
    assert "more (--all-findings lists them)" in attention
    assert len(shown) == errors, attention
    assert "[dangling-citation]" in attention and "[uncited-reference]" in attention
    # still cause first: the reference that could not be read before what it causes
    assert attention.index("[doubtful-reference]") < attention.index("[dangling-citation]")
    assert len(re.findall(r"^  (?:error|warning|info) \[", attention, re.M)) == 10
