"""In-text citations of numeric styles, and the citation order of a bibliography."""

from __future__ import annotations

from dataclasses import replace

import pytest

from blinarefs.errors import StyleError, UsageError
from blinarefs.format import cited_order, format_bibliography, format_citation
from blinarefs.format.citations import collapse


def test_collapse_runs():
    assert collapse([8, 7, 6, 1, 3, 2, 2]) == [(1, 3), (6, 8)]


@pytest.mark.parametrize(
    ("numbers", "blood_html", "vancouver"),
    [
        ([2, 3, 4, 5, 6, 7, 8, 9], "<sup>2-9</sup>", "(2-9)"),  # the seed's "figure 2-9"
        ([1], "<sup>1</sup>", "(1)"),
        ([1, 2], "<sup>1,2</sup>", "(1,2)"),  # a run of two does not collapse
        ([5, 1, 3, 2], "<sup>1-3,5</sup>", "(1-3,5)"),  # sorted first
        ([4, 4, 1], "<sup>1,4</sup>", "(1,4)"),
    ],
)
def test_blood_superscripts_and_vancouver_parentheses(numbers, blood_html, vancouver):
    assert format_citation(numbers, "blood", to="html") == blood_html
    assert format_citation(numbers, "vancouver") == vancouver


def test_citation_in_each_format():
    numbers = [2, 3, 4, 5, 6, 7, 8, 9]
    assert format_citation(numbers, "blood") == "²⁻⁹"  # text: Unicode superscripts
    assert format_citation([1, 3], "blood") == "^(1,3)"  # no superscript comma exists
    assert format_citation(numbers, "blood", "latex") == "\\textsuperscript{2-9}"
    assert format_citation(numbers, "blood", "rtf") == "{\\super 2-9}"
    assert format_citation(numbers, "blood", "markdown") == "<sup>2-9</sup>"


def test_citation_errors(tmp_path):
    with pytest.raises(StyleError, match="at least one"):
        format_citation([], "blood")
    with pytest.raises(StyleError, match="start at 1"):
        format_citation([0, 1], "blood")
    author_year = tmp_path / "author-year.csl"
    author_year.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>T</title><id>t</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><names variable="author"/><date variable="issued"><date-part name="year"/>
  </date></layout></citation>
  <bibliography><layout><text variable="title"/></layout></bibliography>
</style>""",
        encoding="utf-8",
    )
    with pytest.raises(StyleError, match="does not cite by number"):
        format_citation([1], str(author_year))


def test_explicit_citation_order(seed_refs):
    order = ["litzow2024blinatumomab", "bassan2025upfront"]
    lines = format_bibliography(seed_refs, "blood", order=order)
    assert [line[:12] for line in lines] == ["1. Litzow M,", "2. Bassan R,"]
    with pytest.raises(UsageError, match="not in the references"):
        format_bibliography(seed_refs, "blood", order=["nobody2020"])
    with pytest.raises(UsageError, match="twice"):
        format_bibliography(seed_refs, "blood", order=order + order[:1])


def test_cited_order_follows_printed_numbers(seed_refs):
    shuffled = [*reversed(seed_refs), replace(seed_refs[0], id="extra", number=None)]
    assert cited_order(shuffled) == [r.id for r in seed_refs] + ["extra"]


def test_keys_differing_only_by_case_stay_apart(kantarjian):
    """citeproc-py lower-cases ids: "Case" and "case" would collide inside it."""
    upper = replace(kantarjian, id="Case", author=kantarjian.author[:1])
    lower = replace(kantarjian, id="case", author=kantarjian.author[1:2])
    lines = format_bibliography([upper, lower], "blood", order=["case", "Case"])
    assert lines[0].startswith("1. Stein A.") and lines[1].startswith("2. Kantarjian H.")
