"""Findings come causes first (reading the reference list), then by file, line and code."""

from __future__ import annotations

from blinarefs.findings import Finding, sort_findings


def test_a_parse_problem_comes_before_what_it_causes_then_file_line_code():
    dangling = Finding("error", "dangling-citation", "points at reference 8", line=3, source="a")
    doubt = Finding("warning", "doubtful-reference", "reference 8 ...", line=40, source="a")
    later = Finding("warning", "uncited-claim", "claim", line=3, source="b")
    same_line = Finding("info", "missing-field", "x", line=3, source="a")
    ordered = sort_findings([later, same_line, dangling, doubt])
    assert ordered == [doubt, dangling, same_line, later]
    assert sort_findings(reversed(ordered)) == ordered  # stable whatever the input order


def test_entries_are_in_the_order_a_reader_counts():
    keys = ["R10", "R2", "ref1b", "R1", "ref1a", "smith2020", "R11"]
    found = [Finding("warning", "missing-field", "no DOI", key=k) for k in keys]
    assert [f.key for f in sort_findings(found)] == [
        "R1", "R2", "R10", "R11", "ref1a", "ref1b", "smith2020",
    ]  # fmt: skip


def test_a_store_block_that_could_not_be_read_comes_before_what_it_causes(tmp_path, capsys):
    """An entry lost to a syntax error makes its citations dangle: the store's error comes
    first whatever the store is called (it came after when its name sorted after the
    manuscript's)."""
    from blinarefs.cli import main

    (tmp_path / "ms.txt").write_text(
        "Sepsis kills [1]. Lactate predicts death [2]. So does urea [3].\n", encoding="utf-8"
    )
    (tmp_path / "zz.bib").write_text(
        "@article{roe2019sepsis, author = {Roe, J.}, title = {Sepsis}, journal = {BMJ},\n"
        "  year = {2019}, blinarefs-number = {1}}\n\n"
        # (no number printed in it: it takes the place after 1, and [3] dangles)
        "@article{poe2020lactate, author = {Poe, A.}, title = {Lactate,\n"
        "  journal = {BMJ}, year = {2020}}\n",
        encoding="utf-8",
    )
    main(["check", str(tmp_path / "ms.txt"), "--bib", str(tmp_path / "zz.bib")])
    lines = [line for line in capsys.readouterr().out.splitlines() if "error [" in line]
    assert "[unparseable-block]" in lines[0] and "[dangling-citation]" in lines[1], lines
    assert "could not read" not in lines[1]  # the lost entry took place 2: not [3]'s cause
