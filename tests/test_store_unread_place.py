"""An entry of a store whose block cannot be read keeps its number: the bibliography does
not renumber what follows it, and a manuscript's citation of it is not "dangling" (issue
13: the cause is reported, not its effects). Made-up entries only."""

from __future__ import annotations

from blinarefs import check_manuscript
from blinarefs.cli import main

_STORE = """@article{roe2030a,
  author = {Roe, J.}, title = {First made-up paper}, journal = {J Invented}, year = {2030},
  blinarefs-number = {1},
}

@article{doe2030b,
  author = {Doe, K.}, title = {Second made-up paper with a {broken brace,
  journal = {J Invented}, year = {2030},
  blinarefs-number = {2},
}

@article{moe2030c,
  author = {Moe, A.}, title = {Third made-up paper}, journal = {J Invented}, year = {2030},
  blinarefs-number = {3},
}
"""


def _store(tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text(_STORE, encoding="utf-8")
    return path


def test_the_bibliography_keeps_the_numbers_after_an_unread_entry(tmp_path, capsys):
    assert main(["format", str(_store(tmp_path)), "--style", "vancouver"]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[1] == "2. [not formatted: the entry of 'doe2030b' could not be read]."
    assert lines[2].startswith("3. Moe A. Third made-up paper.")
    assert "cannot read the entry of reference 2, 'doe2030b'" in err


def test_a_citation_of_the_unread_entry_is_not_dangling(tmp_path):
    manuscript = tmp_path / "paper.txt"
    manuscript.write_text(
        "Introduction\n\nMade-up anaemia is common in invented children [1]. It was studied "
        "twice [2], and once more [3].\n\nReferences\n",
        encoding="utf-8",
    )
    result = check_manuscript(manuscript, bib=_store(tmp_path))
    codes = [f.code for f in result.findings]
    assert codes == ["unparseable-block"]  # the cause alone, not a dangling [2]
    assert result.findings[0].key == "doe2030b"


def test_an_unread_entry_cut_before_its_number_takes_the_gap_it_leaves(tmp_path):
    # the error cuts the block before its blinarefs-number: the entries around it (1 and
    # 3) leave the one place it can have
    path = tmp_path / "refs.bib"
    path.write_text(_STORE.replace("{Doe, K.}", "Doe, K.}"), encoding="utf-8")
    manuscript = tmp_path / "paper.txt"
    manuscript.write_text("Made-up anaemia [1] was studied twice [2], and once more [3].\n")
    result = check_manuscript(manuscript, bib=path)
    assert [f.code for f in result.findings] == ["unparseable-block"]


def test_an_unread_entry_takes_no_number_the_gap_does_not_fit(tmp_path):
    # two blocks lost between 1 and 3: which is 2 the text cannot say, so neither takes it
    two = _STORE.replace("{Doe, K.}", "Doe, K.}").replace(
        "@article{moe2030c",
        "@article{zoe2030d,\n  author = Zoe, K.}, title = {x}}\n\n@article{moe2030c",
    )
    path = tmp_path / "refs.bib"
    path.write_text(two, encoding="utf-8")
    manuscript = tmp_path / "paper.txt"
    manuscript.write_text("Made-up anaemia [1] was studied twice [2], and once more [3].\n")
    findings = check_manuscript(manuscript, bib=path).findings
    codes = [f.code for f in findings]
    assert codes[:2] == ["unparseable-block"] * 2 and "dangling-citation" in codes
    dangling = findings[codes.index("dangling-citation")]
    assert "it may be an entry the store could not read" in (dangling.suggestion or "")


def test_fields_cut_off_by_a_brace_too_many_are_named_first(tmp_path):
    # "{Doe, K.}}" closes the entry: BibTeX reads what follows as a comment, the number too
    path = tmp_path / "refs.bib"
    path.write_text(_STORE.replace("{Doe, K.}", "{Doe, K.}}"), encoding="utf-8")
    manuscript = tmp_path / "paper.txt"
    manuscript.write_text("Made-up anaemia [1] was studied twice [2], and once more [3].\n")
    findings = check_manuscript(manuscript, bib=path).findings
    first = findings[0]
    assert (first.code, first.key) == ("stray-fields", "doe2030b")
    assert "ends before title, journal, year, blinarefs-number" in first.message
    uncited = next(f for f in findings if f.code == "uncited-reference")
    assert uncited.message.startswith("reference doe2030b (Doe")  # it said "reference None"
