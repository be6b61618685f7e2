"""PubMed's identifiers printed after a reference's pages, in the forms journals print them.
Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item


@pytest.mark.parametrize(
    "ids",
    [
        "pmid:31111111 pmcid:PMC7000001",  # BMJ's house style, in lower case
        "PMID: 31111111 PMCID: PMC7000001",
        "PubMed PMID: 31111111; PubMed Central PMCID: PMC7000001",
    ],
)
def test_pubmed_ids_after_the_doi_are_read_in_either_case(ids: str):
    ref = read_item(
        "Roe J. Made-up title here. BMJ Open 2030;10:e012345. "
        f"doi:10.9999/bmjopen-2030-012345 {ids}",
        1,
        1,
    ).reference
    assert (ref.pmid, ref.pmcid) == ("31111111", "PMC7000001")
    assert ref.doi == "10.9999/bmjopen-2030-012345"
    assert (ref.container_title, ref.volume, ref.page) == ("BMJ Open", "10", "e012345")
