"""Papers online before their issue, and preprints, as PubMed, AMA and Google Scholar print
them. Every reference here is made up; the forms are those the services print."""

from __future__ import annotations

import pytest

from blinarefs.bibtex import format_entry
from blinarefs.parse import parse_reference_list


def _one(text: str):
    parsed = parse_reference_list(f"References\n1. {text}\n")
    assert len(parsed.references) == 1
    return parsed.references[0]


@pytest.mark.parametrize(
    "location",
    ["blood.2030012345", "CIRCULATIONAHA.130.065000", "S0140-6736(30)01234-5"],
)
def test_pubmeds_location_of_a_paper_online_before_its_issue_is_no_page(location):
    # PubMed prints the publisher's identifier where the pages will go; read as pages it
    # failed the whole reference ("blood.2030...") or became "S0140--6736(30)01234--5"
    ref = _one(
        f"Roe A, Doe B. A made-up cohort of nothing. Made Up J. 2030 Jun 6:{location}. "
        "doi: 10.9999/made.2030.1. Epub ahead of print. PMID: 99800000."
    )
    assert ref.title == "A made-up cohort of nothing"
    assert ref.container_title == "Made Up J" and ref.issued == (2030, 6, 6)
    assert not ref.page and not ref.volume and ref.pmid == "99800000"
    assert (ref.status, ref.note) == ("Epub ahead of print", "")


def test_epub_ahead_of_print_in_square_brackets():
    # the older PubMed form "2030 Feb 3. doi: ... [Epub ahead of print]": the year was read
    # into the journal ("Made Up J. 2030") and the reference had no year
    ref = _one(
        "Roe A, Doe B. A made-up trial of nothing. Made Up J. 2030 Feb 3. "
        "doi: 10.9999/made.2030.2. [Epub ahead of print]"
    )
    assert ref.container_title == "Made Up J" and ref.issued == (2030, 2, 3)
    assert ref.status == "Epub ahead of print" and ref.doi == "10.9999/made.2030.2"


def test_pubmeds_preprint_form_names_its_server():
    ref = _one(
        "Roe A, Doe B. A made-up preprint. bioRxiv [Preprint]. 2030 May 2:2030.05.01.123456. "
        "doi: 10.1101/2030.05.01.123456. PMID: 99700000; PMCID: PMC99700000."
    )
    assert ref.type == "article"  # CSL's preprint
    assert ref.container_title == "bioRxiv" and "[" not in ref.container_title_short
    assert ref.issued == (2030, 5, 2) and not ref.page
    assert (ref.pmid, ref.pmcid) == ("99700000", "PMC99700000")


@pytest.mark.parametrize(
    ("printed", "number", "cls"),
    [
        ("arXiv:3001.01234 [cs.CV]. 2030.", "3001.01234", "cs.CV"),
        ("arXiv preprint arXiv:3001.04805. 2030.", "3001.04805", None),
        ("arXiv:hep-th/9901001v2. 1999.", "hep-th/9901001v2", None),
    ],
)
def test_an_arxiv_identifier_becomes_the_eprint_not_a_journal(printed, number, cls):
    ref = _one(f"Roe A, Doe B. A made-up model of nothing. {printed}")
    extra = dict(ref.extra)
    assert ref.type == "article" and ref.container_title == "arXiv"
    assert (extra.get("eprint"), extra.get("eprinttype"), extra.get("eprintclass")) == (
        number,
        "arxiv",
        cls,
    )
    entry = format_entry(ref)
    assert (
        f"eprint            = {{{number}}}" in entry and "arXiv:" not in entry.split("printed")[0]
    )


@pytest.mark.parametrize(
    ("printed", "journal"),
    [
        (
            "Roe, A. B. & Doe, C. Made-up signals. Nat. Invent. 27, 1123–1130 (2030).",
            "Nat. Invent.",
        ),
        ("Roe, A. B. Made-up signals. J. Clin. Invent. 2030, 131, e1123.", "J. Clin. Invent."),
        ("Roe, A. B. Made-up signal. Invent. Sci. 27, 1123–1130 (2030).", "Invent. Sci."),
        # whole words keep no stop: ISO 4 leaves them as they are
        ("Roe, A. B. Made-up signals. Nat. Rev. Cancer 27, 1123–1130 (2030).", "Nat. Rev. Cancer"),
        (
            "Roe AB. Made-up signals. IEEE Trans. Med. Imaging. 2030;27:1123-30.",
            "IEEE Trans. Med. Imaging",
        ),
        ("Roe AB. Made-up signals. J Clin Invent. 2030;131:e1123.", "J Clin Invent"),
    ],
)
def test_a_journal_abbreviated_with_stops_keeps_its_last_one(printed, journal):
    # "Nat. Med" and "Okafor, C. N" were what a Nature-style list gave: the stop that ends
    # the field also ends the abbreviation, and every bibliography printed it cut
    ref = _one(printed)
    assert ref.container_title == journal
    assert ref.author[0].given == "A. B."


def test_one_token_a_line_keeps_pubmeds_location_whole():
    # the joiner rebuilt "2030 Jun 6: blood. 2030012345" and "S0140-6736(30) 01234-5": the
    # first lost its reference, the second became pages "S0140--S6736"
    import re

    printed = (
        "1. Roe A, Doe B. A made-up cohort. Made Up J. 2030 Jun 6:blood.2030012345. "
        "doi: 10.9999/made.1. Epub ahead of print. PMID: 99800000.\n"
        "2. Roe A, Doe B. A made-up trial. Made Up J. 2030 Feb 3:S0140-6736(30)01234-5. "
        "doi: 10.9999/made.2. Online ahead of print. PMID: 99800001.\n"
    )
    tokens = "\n".join(re.findall(r"\w+|[^\w\s]", printed))
    lines = parse_reference_list("References\n" + tokens).references
    whole = parse_reference_list("References\n" + printed).references
    assert [r.source_text for r in lines] == [r.source_text for r in whole]
    assert [(r.issued, r.page, r.pmid) for r in lines] == [
        ((2030, 6, 6), "", "99800000"),
        ((2030, 2, 3), "", "99800001"),
    ]


def test_pubmeds_language_after_the_pages_is_no_journal():
    ref = _one(
        "Roe A, Doe B. [A made-up study of anaemia]. Rev Inv Med. 2030 Mar;147(3):345-52. "
        "Spanish. doi: 10.9999/made.3. PMID: 99800002."
    )
    assert (ref.container_title, ref.volume, ref.page) == ("Rev Inv Med", "147", "345-352")
    assert ref.pmid == "99800002" and "Spanish" not in ref.title + ref.container_title
    assert not dict(ref.extra).get("parse-doubtful")
