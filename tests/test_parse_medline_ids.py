"""The PubMed id printed after "Medline:", as some journals print it after the DOI (all
made-up text): the reference's PMID, not a place or a word of another field."""

from __future__ import annotations

from blinarefs.parse import parse_reference_list


def test_the_number_after_medline_is_the_pubmed_id() -> None:
    refs = parse_reference_list(
        "References\n"
        "1. Roe WJ. Made-up fever. Lancet. 2030;390:2490-502. Medline:28673424 "
        "doi:10.1016/S0140-6736(30)31463-0\n"
        "2. Roe R, Doe DJ. Made-up virus and its sequelae. Semin Example Neurol. "
        "2030;19:107-14. doi:10.1016/j.spen.2030.02.003 Medline:22889539\n"
    ).references
    assert [r.pmid for r in refs] == ["28673424", "22889539"]
    assert [r.publisher_place for r in refs] == ["", ""]
    assert [r.page for r in refs] == ["2490-2502", "107-114"]
    assert refs[0].doi == "10.1016/S0140-6736(30)31463-0"
