"""One token a line, a number a reference prints that equals an item's number: the copy
must give the same items as the list one a line. Every reference here is a made-up test
text, not a real record (the shapes are those of the corpus's dev lists that failed)."""

from __future__ import annotations

import re

import pytest

from blinarefs.parse import parse_reference_list

_OTHER = "Poe E, Loe F. Another invented study. Imag Rep. 2030;55(9):901-7."


def _one_token_a_line(lines: list[str]) -> str:
    """A careless copy: every word and every mark on a line of its own."""
    return "\n".join(t for line in lines for t in re.findall(r"[^\W_]+|\S", line)) + "\n"


def _items(text: str) -> list[tuple[int | None, str]]:
    refs = parse_reference_list(text).references
    return [(r.number, r.source_text.replace(" ", "")) for r in refs]


def _same_items(numbered: dict[int, str]) -> list[tuple[int | None, str]]:
    """The items of the list one a line, which must be those of the copy one token a line."""
    lines = [f"{n}. {text}" for n, text in numbered.items()]
    one = _items("\n".join(lines) + "\n")
    assert [n for n, _ in one] == list(numbered)
    assert _items(_one_token_a_line(lines)) == one
    return one


@pytest.mark.parametrize(
    "numbered",
    [
        # the pages equal the next item's number, a DOI after them: "397." / "doi" is no item
        {
            396: "Roe M (2031) Made-up bursts. Fict Rep 2, 397. doi: 10.9999/fict00397 22563526",
            397: "Holme P (2031) Invented networks. Fict Rep 519: 97.",
            398: _OTHER,
        },
        # a bare "4" of a title's "2.4 Ma" before a capital, and the list's "4." / "Dwyer GS,"
        {
            3: "Naish TR, Wilson G (2031) The made-up amplitude (3.6–2.4 Ma) of pretend seas. "
            "Fict Trans A 367: 169–187.",
            4: "Dwyer GS, Chandler MA (2031) Invented sea level. Fict Trans A 367: 157–168.",
            5: _OTHER,
        },
        # "chromosome 5." before a journal, and the list's "5." before an author
        {
            4: "Kao FI, Cheng YY (2031) An invented map of Madeup sativa L. chromosome 5. "
            "Fict Appl Genet 112: 891–902.",
            5: "Wu J, Mizuno H (2031) Pretend maps of six chromosomes. Fict Plant J 36: 720–730.",
            6: _OTHER,
        },
        # an edition's "3. ed." before a place, and a list that starts at 44
        {
            44: "Rocha SM. Pobreza inventada: de que se trata? 3. ed. Rio de Janeiro: Editora "
            "Ficticia; 2031.",
            45: _OTHER,
            46: _OTHER,
        },
        # a version's "1." before a place, in a list that starts at 6
        {
            6: "Popay J. Made-up guidance. Version 1. Lancaster (UK): Fict University; 2031.",
            7: _OTHER,
            8: _OTHER,
        },
        # the last page, then the next item's number: "(2031) 367." / "363." / "Montedo"
        {
            361: _OTHER,
            362: "A.C.P. Galvao, A.C.M. Farias, Ceramica Ficta 61, 359 (2031) 367.",
            363: "O.R.K. Montedo, T.O. Guidolin, Ceram. Fict. 23, 3 (2031) 21.",
        },
        # the item's number, then a title opening with a number: "8." / "21 U.S. Code"
        {
            7: "Made-up scheduling. 2031 Available at: https://example.org/ds.html (accessed 9)",
            8: "21 U.S. Code § 801—Invented findings. In: @FictInstitute; 2031",
        },
        # after a DOI ending in a letter, the next item (ASM's "Jones SA 2031 Title"), not
        # the "19." of "Fgf15/19." inside it
        {
            18: "Luo M, Peng D 2031 An invented role of C-III. Fict Health Dis 15:184. "
            "doi:10.9999/s12944-016-0352-y.",
            19: "Jones SA 2031 Physiology of Fgf15/19. Adv Fict Med Biol 728:171–182.",
            20: _OTHER,
        },
        # a page after "p.", then the same number for the next item: "p." / "190." / "190."
        {
            189: "Clarke KR (2031) PRETEND version 6: Made-up manual. Plymouth: Fict Ltd. p. 190.",
            190: "Anderson MJ (2031) A made-up method. Fict Ecol 26: 32-46.",
        },
        # the digits of a DOI at the end of the list: "ajb.91." / "12." / "1960" is no item
        {
            10: _OTHER,
            11: "Roe A. Made-up drought. Fict J Bot. 2031;91(12):1960–8. 10.9999/ajb.91.12.1960",
        },
        # items that are an address alone, after an address that ends with a full stop
        {
            5: "Roe A. Made-up protocol. Available from: http://example.org/items/2830.php.",
            6: "http://example.org/en/reports/report-no-21.html?id=707321.",
            7: "http://www.example.com/en/News/Pages/default.aspx.",
            8: _OTHER,
        },
        # a volume after a year's ";" with no pages, then a DOI, at the end of the list:
        # "2031;13." / "doi" is no item 13
        {
            11: _OTHER,
            12: "Wei Y, Song D. Pretend fungi in made-up therapy. Fict Oncol. 2031;13. "
            "doi: 10.9999/fonc.2031.1038710.",
        },
        # a title opening with the next item's number after its year: "(2031)" / "2" /
        # "Made-up" is no item, the list's "2." / "Fictional" is
        {
            1: "Roe AB, Doe C (2031) 2 Made-up ways to count. Fict Comput Biol 7: e1001.",
            2: "Fictional Health Organization (2031) Invented report. Geneva: FHO. 97 p.",
            3: _OTHER,
        },
        # the same in a list that skips the number (a reference with no printed form)
        {
            46: _OTHER,
            47: "Roe AB, Doe C (2031) 48 Invented genes of a made-up dog. Fict Nat 438: 803–819.",
            49: "Doe C, Poe E (2031) Invented networks. Fict Rep 519: 97.",
            50: _OTHER,
        },
        # and in the last item, which a bare "25" would cut after its year
        {
            23: _OTHER,
            24: "Roe AB, Doe C (2031) 25 FICT: made-up analysis by sampling. Fict Biol 7: 214.",
        },
        # a book's page count with no full stop, then the next item: "392 pp" / "2."
        {
            1: "Wood SN (2031) Invented additive models. Boca Raton: Fict Press. 392 pp",
            2: "Doe C, Poe E (2031) Invented networks. Fict Rep 519: 97.",
            3: _OTHER,
        },
        # a month with no full stop, then a number that is no day: "1963 Jun" / "72."
        {
            71: "Roe F, Doe D. Made-up authorship. Fict Stat Assoc J; 2031 Jun",
            72: "Poe H, Loe H. New made-up methods. Fict Quant Linguist; 2031; 12(1):65–77.",
            73: _OTHER,
        },
        # an item opening with a particle a copy glued to the name, in a list that skips
        {
            203: "Roe C, Doe WE. Made-up methane. Fictogeosciences. 2031;14(2):431.",
            205: "vanderRoe HAC, vanDoe N, et al Release of invented methane. Fict Cycles. "
            "2031;10(1):1–7.",
            206: _OTHER,
        },
        # a chemistry journal's items in parts ("a) ...; b) ..."), in a list that skips
        {
            48: _OTHER,
            49: "a) A. Roe, B. Doe, Fict. Chem. 2031, 359, 1350; b) C. Poe, Imag. 2030, 12, 45.",
            51: "a) D. Loe, E. Moe, Fict. Lett. 2031, 368, 1509; b) F. Noe, Imag. 2030, 5, 7.",
            52: _OTHER,
        },
    ],
)
def test_a_number_equal_to_an_items_gives_the_same_items_one_token_a_line(
    numbered: dict[int, str],
) -> None:
    _same_items(numbered)


# Issue forms (volume {v}, issue {i}, pages {p}), each in a list numbered so that the item
# numbers meet the numbers the references print
_ISSUE_FORMS = [
    "Roe AB, Doe C. A made-up trial. Fict J. 2031;{v}({i}):{p}-{q}.",
    "Roe AB, Doe C. A made-up trial. Fict J 2031; {v} ({i}): {p}-{q}.",
    "Roe AB, Doe C. A made-up trial. Fict J. 2031;{v}(Suppl {i}):{p}-{q}.",
    "Roe AB, Doe C. A made-up trial. Fict J. 2031;{v}(Pt {i}):{p}-{q}.",
    "Roe AB, Doe C (2031) A made-up trial. PLoS Fict {v}({i}): e{p}. doi: 10.9999/pfic.00{p}",
    "Roe AB, Doe C. A made-up trial. Fict J. 2031;{v}({i}):e{p}. PMID: 99999{p}",
]


@pytest.mark.parametrize("form", _ISSUE_FORMS)
@pytest.mark.parametrize("n", [3, 7])
def test_issue_forms_give_the_same_items_and_fields_one_token_a_line(form: str, n: int) -> None:
    for v, i, p in ((n, n, n), (n + 1, n, n + 1), (n, n + 1, n)):
        ref = form.format(v=v, i=i, p=p, q=p + 9)
        numbered = {k: ref if k in (n - 1, n) else _OTHER for k in range(n - 1, n + 3)}
        lines = [f"{k}. {text}" for k, text in numbered.items()]
        _same_items(numbered)
        one, tokens = (
            [(r.volume, r.issue, r.page) for r in parse_reference_list(text).references]
            for text in ("\n".join(lines), _one_token_a_line(lines))
        )
        assert tokens == one
        assert one[0][0] == str(v) and one[0][1].split()[-1] == str(i)  # "Pt 3", "Suppl 3"


def test_a_scraped_copy_with_stray_spaces_gives_the_same_items() -> None:
    """A scraped copy keeps a space between the number and its mark ("12 .") and around
    the tokens (" , ", "Roe "): the same items as one a line."""
    numbered = {
        11: "Roe AB, Doe C (2031) Made-up ways to count. Fict Comput Biol 7: e1001.",
        12: "Doe C, Poe E (2031) Invented networks. Fict Rep 519: 97.",
        13: _OTHER,
    }
    one = _same_items(numbered)
    scraped = [
        f"{n} ." if k == 0 else f" {token} " if k % 2 else token
        for n, text in numbered.items()
        for k, token in enumerate([str(n), *re.findall(r"[^\W_]+|\S", text)])
    ]
    assert _items("\n".join(scraped) + "\n") == one


_EDITION = "Orne EP. A made-up discourse: principles. 13. ed. Nowhere: Fict; 2030. 100 p."


@pytest.mark.parametrize(
    "numbered",
    [
        # a sparse list's first item holds an edition's "13." that is nearer the next item
        # (17) than its own number: the list still starts at 5
        {5: _EDITION, 17: _OTHER, 19: _OTHER, 24: _OTHER},
        # the edition's "13." is the next number after 12, and the list skips on to 96:
        # "13." / "ed." is no item
        {4: _OTHER, 12: _EDITION, 96: _OTHER, 106: _OTHER},
        {7: _OTHER, 12: _EDITION, 17: _OTHER, 99: _OTHER},
        # a page after "p." is no item, even where a list that skips could take it: 22
        # goes on with 25, not with "48." and "78)" of the series after it
        {
            8: _OTHER,
            22: "Roe AB (2030) Made-up methods of analysis, FI, Nowhere: FI, p. 48. (Fict "
            "Bulletin 78)",
            25: "Poe E (2029) The made-up chemistry of soils. Fict Press, Nowhere, p. 277.",
            45: _OTHER,
        },
        # after a page count ("100 p."), the next number is the next item
        {3: _OTHER, 4: _EDITION, 48: _OTHER, 50: _OTHER},
    ],
)
def test_a_sparse_list_keeps_its_items_around_an_editions_or_a_pages_number(
    numbered: dict[int, str],
) -> None:
    _same_items(numbered)


def test_an_item_after_a_doi_opening_with_a_particle_glued_to_its_name() -> None:
    """ "...00868.x" / "20" / "." / "deMora": a volume stands between a journal's word and a
    lower-case word, but a particle glued to a capital opens a name."""
    _same_items({
        19: "Roe J. River birds. J Fict Avian. 2031;12(3):100-10. doi: 10.9999/j.2031.00868.x",
        20: "deMora K, Loe M. Soils nobody has dug. Fict Soil Rev. 2030;45(2):12-19.",
        21: _OTHER,
    })  # fmt: skip
