"""The small sources' recipe: a file of several articles is read one article at a time, and
only the journals the catalogue names no publisher for are kept (made-up articles)."""

from __future__ import annotations

from corpora.catalogue import describe
from corpora.extra_small import each_article, small_only

ARTICLE = (
    '<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><journal-meta><journal-title>'
    "Pretend Case Reports</journal-title></journal-meta><article-meta><article-id "
    'pub-id-type="pmc">{n}</article-id><article-id pub-id-type="doi">10.99999/pcr.{n}'
    '</article-id><permissions><license xlink:href="https://creativecommons.org/licenses/by/4.0/">'
    '</license></permissions></article-meta></front><back><ref-list><ref id="r1"><label>1'
    "</label><mixed-citation>Roe J. A made-up study. J Made Up. 2030;1:2.</mixed-citation>"
    "</ref></ref-list></back></article>"
)


def test_a_file_of_several_articles_gives_each_of_them() -> None:
    several = f"<articles>{ARTICLE.format(n=11)}{ARTICLE.format(n=12)}</articles>".encode()
    found = [describe(blob) for blob in each_article(several)]
    assert [info and info["pmcid"] for info in found] == ["PMC11", "PMC12"]
    one = ARTICLE.format(n=13).encode()
    assert list(each_article(one)) == [one]


def test_only_journals_of_no_known_publisher_are_kept() -> None:
    found = [
        ("PMC1", "10.99999/pcr.1", "pretend-case-reports", b""),
        ("PMC2", "10.1371/journal.pone.0000002", "plos", b""),  # a publisher the catalogue names
    ]
    assert [item[0] for item in small_only(found)] == ["PMC1"]
