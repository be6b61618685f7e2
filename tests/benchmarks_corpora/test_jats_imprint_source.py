"""The truth's rule for an imprint tagged as a journal's source
(``corpora/jats_imprint_source.py``), on small JATS articles written for these tests: the
people, works, places and publishers in them are made up."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora.jats_imprint_source import IMPRINT_AS_SOURCE, WEB_WITH_IMPRINT
from corpora.jats_truth import RefTruth
from parse_scoring import _types

from benchmarks_corpora.jats_made import one_mixed

ROE = "<collab>Example Agency</collab>. "


def truth(tmp_path: Path, citation: str, kind: str = "journal") -> RefTruth:
    return one_mixed(tmp_path, f"{ROE}{citation}", kind)


@pytest.mark.parametrize(
    "source",
    ["Springfield IL: EXA", "Springfield (IL): Example Press",
     "Villa Inventada: Ministerio de Pruebas; 2030"],
)  # fmt: skip
def test_an_imprint_tagged_as_a_journal_is_a_book_or_a_report(tmp_path: Path, source: str) -> None:
    found = truth(
        tmp_path,
        f"<article-title>Made-up regional report 2030</article-title>. <source>{source}</source>;"
        " <year>2030</year>.",
    )
    assert IMPRINT_AS_SOURCE in found.notes
    assert found.container is None
    assert found.title == "Made-up regional report 2030"
    assert {"book", "report"} <= (_types(found) or set())
    assert "article-journal" not in (_types(found) or set())


@pytest.mark.parametrize(
    ("source", "placed"),
    [
        ("Deep Fictional Research Part II: Topical Studies", ""),  # a journal's part
        ("Example Science: Reports", ""),  # a journal's subtitle
        ("Example Council, Springfield", ""),  # "Publisher, Place": not decided
        ("Springfield IL: EXA", "<volume>12</volume>:<fpage>3</fpage>"),  # placed: an article
    ],
)
def test_a_journal_s_title_or_an_article_placed_in_it_is_kept(
    tmp_path: Path, source: str, placed: str
) -> None:
    found = truth(
        tmp_path,
        f"<article-title>Made-up study</article-title>. <source>{source}</source>. "
        f"<year>2030</year>;{placed}.",
    )
    assert IMPRINT_AS_SOURCE not in found.notes
    assert found.container == source


def test_a_book_s_imprint_source_is_left_to_the_book_rules(tmp_path: Path) -> None:
    found = truth(
        tmp_path,
        "<article-title>Made-up study</article-title>. <source>Springfield IL: EXA</source>; "
        "<year>2030</year>.",
        kind="book",
    )
    assert IMPRINT_AS_SOURCE not in found.notes


@pytest.mark.parametrize("kind", ["web", "webpage"])
def test_a_web_page_printing_a_publisher_s_imprint_is_a_book_or_a_report_too(
    tmp_path: Path, kind: str
) -> None:
    found = truth(
        tmp_path,
        "Made-up surveillance report, 2030. Springfield, GA: US Department of Examples, EXA; "
        "2030. https://www.example.gov/reports/things.html",
        kind=kind,
    )
    assert WEB_WITH_IMPRINT in found.notes
    assert {"webpage", "book", "report"} <= (_types(found) or set())
    # a page with no imprint stays a web page only
    page = truth(tmp_path, "Made-up page of things. 2030. https://www.example.gov/p.html", kind)
    assert (WEB_WITH_IMPRINT in page.notes, _types(page)) == (False, {"webpage"})
