"""The types ``bench_parse.py`` counts right for a reference's markup (made-up references)."""

from __future__ import annotations

import pytest
from corpora.jats_truth import RefTruth
from parse_scoring import _types, norm


def _truth(text: str, pub_type: str) -> RefTruth:
    return RefTruth(
        article="a", number=1, label=None, text=text, authors=(), etal=False, title=None,
        container=None, year=None, volume=None, issue=None, fpage=None, lpage=None,
        pub_type=pub_type, doi=None, pmid=None, tagged=True, markup_text=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Invented Agency. Counting guide [Internet]. Springfield: Invented Agency; 2030 "
        "[cited 2031 May 1]. Available from: https://example.org/guide",
        "Invented Agency. Counting guide. https://example.org/guide.pdf. Published May 2030. "
        "Accessed June 1, 2031.",
    ],
)
def test_a_book_read_online_with_no_sign_of_print_may_be_a_web_page(text: str) -> None:
    assert _types(_truth(text, "book")) == {"book", "chapter", "webpage"}


@pytest.mark.parametrize(
    ("text", "kind", "also"),
    [
        ("Example Body. ISO 12345:2030. Counting rules. Geneva: Example Body; 2030.", "book",
         "standard"),
        ("NBR 99999, “Counting rules”, Assoc. Exemplo, Rio de Janeiro (2030).", "report",
         "standard"),
        ("Roe, J. 2030. Counting tasks [Unpublished material]. Example University.", "book",
         "manuscript"),
        ("Roe J. Personal communication, 5 March 2030.", "book", "personal_communication"),
    ],
)  # fmt: skip
def test_a_standard_or_an_unpublished_work_tagged_as_a_book(text, kind, also) -> None:
    assert also in _types(_truth(text, kind))
    assert also not in _types(_truth("Roe J. Counting. Springfield: Example Press; 2030.", kind))


@pytest.mark.parametrize(
    "text",
    [
        "Roe J. Counting [Internet]. 2nd ed. Springfield: Example Press; 2030 [cited 2031 May 1]."
        " Available from: https://example.org/book",
        "Roe J. Counting. Springfield: Example Press; 2030. 120 p. Available from: "
        "https://example.org/book",
        "Roe J. Counting. In: Doe A, editor. Book. Springfield: Example Press; 2030. "
        "Available from: https://example.org/book",
        "Roe J. Counting. Springfield: Example Press; 2030.",  # not read online
    ],
)
def test_a_printed_book_stays_a_book(text: str) -> None:
    assert _types(_truth(text, "book")) == {"book", "chapter"}


def test_an_arxiv_identifier_tagged_as_the_source_is_the_server_and_the_eprint() -> None:
    from dataclasses import replace

    from parse_scoring import score

    from blinarefs.parse import parse_reference_list

    text = "Roe J. A made-up network. arXiv:3001.01234v2 [cs.CV]. 2030."
    (ref,) = parse_reference_list(f"References\n1. {text}\n").references
    truth = replace(_truth(text, "journal"), container="arXiv:3001.01234v2 [cs.CV]")
    assert score(truth, ref)["container"]
    assert not score(replace(truth, container="arXiv:3001.09999"), ref)["container"]


def test_warnings_are_scored_against_the_references_read_wrong() -> None:
    """A warned reference with a wrong field counts for the warnings' precision; a wrong
    one that was not warned counts against their recall."""
    from dataclasses import replace

    from bench_parse import Tally, warnings_text

    from blinarefs.model import DOUBTFUL_FIELD, Reference

    text = "Roe J. A made-up study. J Made Up. 2030;1:2-3."
    truth = replace(_truth(text, "journal"), authors=("Roe",), title="A made-up study")
    right = Reference(id="a", title="A made-up study")
    wrong = right.with_fields(title="A made-up")
    tally = Tally()
    tally.add(truth, right, {"title": True})
    tally.add(truth, wrong.with_fields(extra=((DOUBTFUL_FIELD, "title"),)), {"title": False})
    tally.add(truth, wrong, {"title": False})
    tally.add(truth, right.with_fields(extra=((DOUBTFUL_FIELD, "title"),)), {"title": True})
    assert (tally.warned, tally.warned_wrong, tally.wrong) == (2, 1, 2)
    assert "2 of 4 references; 50.0% of them have a wrong field; 50.0% of the 2" in (
        warnings_text(tally)
    )


def test_a_kinship_word_read_as_a_suffix_counts_as_the_family_names() -> None:
    """The truth's family name holds its kinship word (``jats_names.KINSHIP``); a parser
    that keeps it in CSL's suffix is right, one that drops it, or a "Jr", is not."""
    from parse_scoring import _same_names

    from blinarefs.model import Name, Reference

    def read(*names: Name) -> Reference:
        return Reference(id="a", author=names)

    kin = Name(family="Quill", given="M. A.", suffix="Neto")
    assert _same_names(["quillneto"], read(kin))
    assert _same_names(["quillneto"], read(Name(family="Quill Neto", given="M. A.")))
    assert not _same_names(["quillneto"], read(Name(family="Quill", given="M. A.")))
    assert not _same_names(["quilljr"], read(Name(family="Quill", given="M.", suffix="Jr")))


@pytest.mark.parametrize("medium", ["[Internet]", "[document on the Internet]"])
def test_a_medium_designator_is_not_the_titles(medium: str) -> None:
    # made-up title: NLM's designator of the medium follows the title, outside it
    assert norm(f"Counting lamps in a pretend town {medium}") == norm(
        "Counting lamps in a pretend town"
    )


def test_an_article_number_with_its_year_is_the_first_page_whole() -> None:
    # "<fpage>00161-2030</fpage>": the markup's one number, read as printed
    from dataclasses import replace

    from parse_scoring import score

    from blinarefs.parse import parse_reference_list

    text = "Roe J, Doe B. A made-up study of breathing. Fict Respir J 2030; 5: 00161-2030."
    (ref,) = parse_reference_list(f"References\n1. {text}\n").references
    truth = replace(_truth(text, "journal"), fpage="00161-2030")
    assert score(truth, ref)["fpage"]
    assert not score(replace(truth, fpage="00161"), ref)["fpage"]
