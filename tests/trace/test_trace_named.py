"""A numbered text that names a work by author and year now and then, decoded against a
list with authors and years: it still cites by number (``trace/named.py``).

Passages and references are invented for these tests.
"""

from __future__ import annotations

from blinarefs.model import Name, Reference
from blinarefs.trace.decode import decode_citations

FAMILIES = ("Moss", "Fern", "Roe", "Lichen", "Alga", "Reed", "Sedge", "Birch")
LISTED = [
    Reference(id=f"r{n}", number=n, author=(Name(family, "A."),), issued=(2000 + n,))
    for n, family in enumerate(FAMILIES, start=1)
]  # Roe 2003 is number 3


def cited(text: str) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.kind, c.numbers) for c in decode_citations(text, LISTED)]


def test_one_work_named_in_a_flattened_superscript_text_leaves_its_citations():
    text = (
        "Moss grows in shade.1 Ferns need water.2 Roe et al. (2003) counted the fronds "
        "by hand. Lichens grow slowly on bark.4 Algae spread fast in warm ponds.5,6 Reeds "
        "line the banks of slow rivers.7 Sedges prefer wet meadows.8"
    )
    assert cited(text) == [
        ("superscript", (1,)), ("superscript", (2,)), ("superscript", (4,)),
        ("superscript", (5, 6)), ("superscript", (7,)), ("superscript", (8,)),
    ]  # fmt: skip


def test_a_named_work_with_its_number_after_a_parenthesis_cites_by_that_number():
    # the raised number printed after the clause's parenthesis: ")3" follows no year
    text = (
        "Moss grows in shade.1 Ferns need water,2 and the method (as detailed in Roe "
        "(2003))3 was used again. Lichens grow slowly.4 Algae spread fast.5 Reeds line "
        "the banks.6"
    )
    assert [n for _, n in cited(text)] == [(1,), (2,), (3,), (4,), (5,), (6,)]


def test_one_work_named_in_a_parenthesised_text_leaves_its_citations():
    text = (
        "Moss grows in shade (1). Ferns need water (2). Roe et al., 2003 (3) counted the "
        "fronds. Lichens grow slowly (4), algae spread fast (5, 6) and reeds line the "
        "banks (7)."
    )
    assert [n for _, n in cited(text)] == [(1,), (2,), (3,), (4,), (5, 6), (7,)]


def test_an_author_year_text_with_stray_ranges_stays_author_year():
    # a guard: ranges in parentheses at a clause's end, read as flattened superscripts
    # when the order fits them, as many as its citations by name but not three times more
    text = (
        "Moss grows in shade (Moss, 2001), as the plots show (figure 2-5). Fronds were "
        "counted (Fern, 2002) in every plot (table 1-3) as before (Roe, 2003), and "
        "measured (panels 4-6)."
    )
    assert cited(text) == [("author-year", (1,)), ("author-year", (2,)), ("author-year", (3,))]


def test_raised_numbers_spaced_from_their_words_outvote_a_named_work():
    # a journal that prints its superscripts after a space ("in shade ^1^."): no power
    text = (
        "Moss grows in shade ^1^. Ferns need water ^2^. Roe et al. (2003) counted the "
        "fronds. Lichens grow slowly ^4^, algae spread fast ^5,6^ and reeds line the banks ^7^."
    )
    assert [n for _, n in cited(text)] == [(1,), (2,), (4,), (5, 6), (7,)]


def test_a_symbols_spaced_power_does_not_outvote_a_named_work():
    # a guard: "χ ^2^" and "R ^2^" are powers of a symbol, spaced as some copies print them
    text = "The fit was good (χ ^2^ = 3.1, R ^2^ = 0.9, σ ^2^ = 1.2), as before (Roe, 2003)."
    assert cited(text) == [("author-year", (3,))]


def test_a_gene_named_again_and_again_does_not_outvote_citations_by_name():
    # a guard: "Gpr5" glued to its digits eight times is a name, not eight citations
    text = (
        "The receptor Gpr5 binds the ligand (Moss, 2001). Gpr5 is expressed in glia, and "
        "Gpr5 knockout mice age early. Loss of Gpr5 slows repair (Fern, 2002), Gpr5 "
        "agonists speed it, and Gpr5 levels rise with age. We imaged Gpr5 in slices and "
        "counted Gpr5 puncta."
    )
    assert cited(text) == [("author-year", (1,)), ("author-year", (2,))]


def test_works_named_only_in_the_sentence_leave_a_flattened_texts_few_citations():
    # "According to Roe (2003)" names a work in a numbered text as in an author-year one:
    # with no parenthesis citing by name, three flattened citations are citations
    text = (
        "Moss grows in shade.1 According to Moss (2001), ferns need water. Fern et al (2002) "
        "counted them. Lichens grow slowly.4 Roe (2003) agrees, as Reed (2006) found. "
        "Sedges prefer wet meadows.8"
    )
    assert cited(text) == [("superscript", (1,)), ("superscript", (4,)), ("superscript", (8,))]


def test_one_parenthesis_citing_by_name_keeps_a_text_with_few_numbers_author_year():
    # a guard: the author-year style's own citation is the parenthesis
    text = (
        "Moss grows in shade (Moss, 2001). Fern et al (2002) counted them. Lichens grow "
        "on bark 4 times out of 5. Roe (2003) agrees."
    )
    assert [k for k, _ in cited(text)] == ["author-year"] * 3


def test_a_style_that_names_every_work_in_the_sentence_keeps_its_names_beside_stray_numbers():
    # a guard: some author-year styles print every citation as "Name (year)", no parenthesis
    text = (
        "Moss grows in shade Moss (2001). Ferns need water Fern et al. (2002); Roe (2003). "
        "Plot 1 held lichens Lichen (2004), and plot 2 algae Alga (2005). Reeds grew in "
        "plot 3 Reed (2006), sedges in plot 1 Sedge (2007), birches in plot 4 Birch (2008)."
    )
    assert [k for k, _ in cited(text)] == ["author-year"] * 8
