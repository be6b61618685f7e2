"""An extra set regrouped by publisher: each kept file linked under its source's folder,
named by its origin folder; a file without a DOI is left out."""

from __future__ import annotations

from pathlib import Path

from corpora import by_publisher

from .test_extra_dev import article


def test_files_are_linked_under_their_publishers(tmp_path: Path) -> None:
    for origin, name, doi in (
        ("a+one", "x.xml", "10.1371/journal.pfict.0000001"),
        ("b+two", "y.xml", "10.3389/ffict.2030.00001"),
        ("b+two", "z.xml", "10.1371/journal.pfict.0000002"),
    ):
        (tmp_path / "set" / origin).mkdir(parents=True, exist_ok=True)
        (tmp_path / "set" / origin / name).write_bytes(article(doi, "PMC1"))
    (tmp_path / "set" / "b+two" / "bare.xml").write_bytes(b"<article/>")
    target = tmp_path / "grouped"
    counts = by_publisher.regroup(str(tmp_path / "set" / "*" / "*.xml"), target)
    assert counts == {"plos": 2, "frontiers": 1}
    links = sorted(p.relative_to(target).as_posix() for p in target.rglob("*.xml"))
    assert links == ["frontiers/b+two_y.xml", "plos/a+one_x.xml", "plos/b+two_z.xml"]
    assert (target / "plos" / "a+one_x.xml").resolve() == tmp_path / "set" / "a+one" / "x.xml"
