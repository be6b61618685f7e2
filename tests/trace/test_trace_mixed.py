"""Manuscripts that mix citation conventions, and markers printed with words: each
convention a manuscript uses as a habit keeps its markers, whichever is the main one.

Passages are written for these tests; the references are placeholders (number and key).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations, decode_markers


def refs(n: int) -> list[Reference]:
    return [Reference(id=f"r{i}", number=i) for i in range(1, n + 1)]


# a list numbered in no order (alphabetically): the order of first citations says nothing
SHUFFLED = [17, 3, 29, 8, 22, 11, 26, 1, 14, 20, 5, 30, 12, 24, 9, 2, 27, 16, 6, 19]
SHUFFLED += [25, 4, 13, 28, 10, 21, 7, 18, 23, 15]


def test_parentheses_beside_flattened_superscripts_are_a_second_habit():
    """Flattened superscripts after the full stop in two paragraphs, parentheses in the
    third: the parentheses cite ten references nothing else cites, in a list numbered in no
    order, so they are the manuscript's second way of citing, not stray numbers."""
    marks = (".{}", " ({}).", ".{}")
    text = "\n\n".join(
        " ".join(
            f"Plots of kind {chr(65 + k)} grew as the farmers expected" + marks[p].format(n)
            for k, n in enumerate(SHUFFLED[p * 10 : p * 10 + 10])
        )
        for p in range(3)
    )
    found = decode_citations(text, refs(30))
    assert sorted(n for c in found for n in c.numbers) == list(range(1, 31))
    assert decode_markers(text, refs(30)).conventions() == {"flattened": 20, "paren": 10}


def test_a_few_parenthesised_labels_beside_flattened_superscripts_stay_text():
    """Three model labels "(1)" to "(3)" are no second habit beside twenty superscripts."""
    text = " ".join(f"Yields rose in district {chr(65 + k)}.{k + 1}" for k in range(20))
    text += " We fitted three models: (1) a line, (2) a curve and (3) a step."
    found = decode_citations(text, refs(20))
    assert [c.marker for c in found] == [str(k) for k in range(1, 21)]


def test_a_pointer_in_portuguese_or_spanish_shares_its_parentheses():
    """ "(ver 6)", "(véase 7, 8)" point at citations as "(see 6)" does."""
    text = " ".join(f"Os solos do tipo {chr(65 + k)} drenaram bem ({k + 1})." for k in range(5))
    text += " A argila reteve água (ver 6). A areia não (véase 7, 8)."
    found = decode_citations(text, refs(9))
    assert [c.numbers for c in found][5:] == [(6,), (7, 8)]


def test_a_figure_label_that_lost_its_space_is_no_superscript():
    """ "na Figura1" (Portuguese) is a figure's number glued to its label, as "Figure1" is."""
    text = (
        "A cadeia é ilustrada na Figura1, e o modelo segue a literatura.1 Os resultados "
        "aparecem na Figura2. O método é conhecido.2 A Tabela3 resume os dados.3"
    )
    found = decode_citations(text, refs(5))
    assert [c.numbers for c in found] == [(1,), (2,), (3,)]
    assert all(text[c.start - 1] == "." for c in found)


def test_codes_of_a_family_numbered_past_thirty_are_no_citations():
    """Interview codes "G1" to "G82": "G71" is one more code, not "G7" and citation 1."""
    codes = "(G1, G7, G8, G58, G60, G71, G73)"
    text = f"Tutors were valued.1 Students said so {codes}. Peers agreed (G7, G82).2"
    assert [c.numbers for c in decode_citations(text, refs(5))] == [(1,), (2,)]


def test_a_short_text_whose_few_citations_jump_about_keeps_them_all():
    """Six clean citations of a list numbered alphabetically: each one that raises the
    highest number cited made the later ones look like repeats, and was dropped."""
    order = [17, 3, 29, 8, 22, 11]
    for form in ("Wells in village {k} ran dry ({n}).", "Wells in village {k} ran dry {n}."):
        text = " ".join(form.format(k=chr(65 + i), n=n) for i, n in enumerate(order))
        assert [n for c in decode_citations(text, refs(30)) for n in c.numbers] == order


# A long manuscript citing "(n)", sentence by sentence, nine paragraphs of five
_TOPICS = ("kelp", "otters", "urchins", "storms", "divers", "reefs", "currents", "canopy", "larvae")
_PAREN_BODY = [
    " ".join(
        f"Work on {_TOPICS[(k + j) % 9]} in bay {chr(65 + j)} went on ({k * 5 + j + 1})."
        for j in range(5)
    )
    for k in range(9)
]


def test_a_paragraph_pasted_in_flattened_superscripts_keeps_its_markers():
    """One paragraph of a manuscript that cites "(n)" was pasted from a copy that flattened
    its superscripts: its markers cite numbers already cited and skip ahead, which the order
    alone would not vouch for against forty-five parentheses, but the paragraph cites only
    so, and often: there the flattened superscript is the manuscript's way."""
    pasted = (
        "Earlier surveys counted fewer urchins near the reefs.3 Divers mapped the canopy "
        "every summer,17,4 and the maps were digitised much later.22 Water temperature "
        "shaped the canopy too.9"
    )
    text = "\n\n".join([*_PAREN_BODY[:5], pasted, *_PAREN_BODY[5:]])
    found = decode_citations(text, refs(45))
    glued = [(c.marker, c.numbers) for c in found if not c.marker.startswith("(")]
    assert glued == [("3", (3,)), ("17,4", (17, 4)), ("22", (22,)), ("9", (9,))]
    assert len(found) == 49


def test_two_glued_numbers_in_a_paragraph_make_no_pasted_stretch():
    """Two confident-looking glued numbers in a paragraph of a "(n)" manuscript are too few
    to be a pasted paragraph: names with digits ("ccr5," and "nsp3.") stay text."""
    odd = (
        "The receptor was named ccr5, after its ligand, and the protease nsp3. Neither was "
        "studied further here."
    )
    text = "\n\n".join([*_PAREN_BODY[:5], odd, *_PAREN_BODY[5:]])
    found = decode_citations(text, refs(45))
    assert all(c.marker.startswith("(") for c in found)
    assert len(found) == 45


def test_spaced_superscripts_with_bracketed_legends_keep_the_spaced_reading():
    """A copy that left its superscripts after a space ("fell after the drought 7.") with
    legends that kept their brackets: the five bracketed markers stand in the text's last
    part, so they say nothing of how the rest prints its citations; read as spaced
    superscripts, the rest cites thirty references in order, six times what they cite."""
    crops = ("barley", "oats", "rye", "millet", "sorghum", "maize", "wheat", "flax", "hemp")
    body = "\n\n".join(
        " ".join(
            f"Yields of {crops[j % 9]} in plot {chr(65 + p)} fell after the drought "
            f"{p * 10 + j + 1}."
            for j in range(10)
        )
        for p in range(3)
    )
    legends = (
        "Figure 1. Rainfall over the plots in the dry years [31]. Figure 2. Soil water at two "
        "depths [32, 33]. Figure 3. Yields by crop [3]. Figure 4. Losses by plot [34]. "
        "Figure 5. Prices of grain [35]."
    )
    decoding = decode_markers(f"{body}\n\n{legends}", refs(35))
    assert decoding.conventions() == {"flattened": 30, "bracket": 5}
    cited = sorted({n for c in decoding.citations for n in c.numbers})
    assert cited == list(range(1, 36))


def test_residues_in_a_methods_paragraph_are_no_pasted_superscripts():
    """Printed superscripts after residue codes in mid-clause ("Glu^24^ at the base") in a
    manuscript that cites "(n)": a protein's residues, not a paragraph pasted in
    superscripts, however many different numbers they name."""
    residues = (
        "The ligand forms a bond to Glu^24^ at the base of the pocket and another to Tyr^45^ "
        "near its rim. Ser^12^ then moves outwards and Arg^31^ follows it into the groove."
    )
    text = "\n\n".join([*_PAREN_BODY[:5], residues, *_PAREN_BODY[5:]])
    found = decode_citations(text, refs(45))
    assert all(c.marker.startswith("(") for c in found)


def test_a_list_of_gene_names_is_no_pasted_paragraph():
    """Names with digits before commas ("ELK4, PAX5, SLC2A6,") in a manuscript that prints
    its superscripts: a list of genes, however many different numbers, not a paragraph
    pasted in flattened superscripts (those follow the punctuation: "reefs.3")."""
    lead = "\n\n".join(
        " ".join(f"Plots of kind {chr(65 + k)} grew well.^{p * 10 + k + 1}^" for k in range(10))
        for p in range(4)
    )
    genes = "The genes ELK4, PAX5, SLC2A6, GPR7, and KLF2, rose in every sample we took."
    found = decode_citations(f"{lead}\n\n{genes}", refs(40))
    assert all(c.marker.startswith("^") for c in found)
    assert len(found) == 40


def test_a_label_s_superscript_in_a_text_citing_little_in_brackets_is_no_citation():
    """A text that cites a few works in brackets prints superscripts for statistics and
    labels in mid-clause ("the Omega^3^ test"): however few its brackets, those are no
    second convention, even where their number would come next in the list."""
    text = (
        "Seedlings grew fastest in moist soil [1]. Earlier surveys measured it by hand [2]. "
        "The Omega^3^ test compared the plots, and Omega^3^ values above one were dropped. "
        "Plots were ranked by their Omega^3^ scores before the second season began."
    )
    found = decode_citations(text, refs(9))
    assert [c.marker for c in found] == ["[1]", "[2]"]


def test_a_superscript_where_a_citation_sits_beside_brackets_still_cites():
    """Beside a few brackets, a printed superscript closing a sentence is a citation of
    a sentence pasted from a copy that printed them (``check`` reports the mix)."""
    text = (
        "Seedlings grew fastest in moist soil [1]. Earlier surveys measured it by hand [2]. "
        "Drought slowed their roots in every trial.^3^ Shade did not."
    )
    found = decode_citations(text, refs(9))
    assert [c.numbers for c in found] == [(1,), (2,), (3,)]


def _bracketed_body(n: int) -> str:
    """A text citing ``n`` references in brackets, each once, in order."""
    return " ".join(f"Field {k} of the valley drained slowly [{k}]." for k in range(1, n + 1))


def test_a_pasted_sentence_s_flattened_citations_survive_a_settled_bracket_habit():
    """Fifty bracketed citations and a paragraph pasted from a copy that flattened its
    superscripts: one after a sentence's full stop and one after "et al." are citations
    of works cited before, not stray digits; a version's decimal stays text."""
    text = _bracketed_body(50) + (
        "\n\nThe same drainage was seen in the northern valleys.12 Later work by Roe et al.31 "
        "confirmed it.\n\nMaps were drawn with the heatmap.2 package in R [50]."
    )
    found = decode_citations(text, refs(50))
    assert [c.numbers for c in found][50:] == [(12,), (31,), (50,)]


def test_superscripts_citing_five_numbers_beside_more_brackets_still_cite():
    """Superscripts that name five numbers or more are a citing habit beside the brackets
    that outnumber them ("as Roe^4^ and Doe found"), not labels, even in mid-clause and
    citing again works the brackets cited."""
    text = (
        _bracketed_body(10)
        + "\n\n"
        + " ".join(
            f"As Roe^{k}^ and Doe found, the banks eroded in year {k} of the survey."
            for k in (2, 4, 6, 8, 10)
        )
    )
    found = decode_citations(text, refs(10))
    assert [c.numbers for c in found][10:] == [(2,), (4,), (6,), (8,), (10,)]


CROPS = ["barley", "oats", "rye", "wheat", "maize", "sorghum", "millet", "clover"]


def _bracketed_body(n: int) -> str:
    """``n`` sentences, each citing the next reference in brackets: a settled convention."""
    return " ".join(
        f"The {CROPS[i % 8]} on field {chr(65 + i % 26)} yielded less in the wet year [{i + 1}]."
        for i in range(n)
    )


def test_a_legend_citing_in_parentheses_keeps_its_repeated_citations():
    """A bracketed text (45 markers) whose figure legend cites in parentheses, numbers cited
    before as well as new ones: the legend is a stretch in its own convention, so "(3, 7)"
    and "(20)" cite as "(46)" does (they were read as equations: the order alone took only
    the new numbers)."""
    legend = (
        "Figure 1. Yields by field. The rye on field B yielded less in the wet year (3, 7). "
        "The wheat on field C yielded less in the wet year (12–14). The maize on field D "
        "yielded less in the wet year (46). The clover on field E yielded less in the wet "
        "year (20). The oats on field F yielded less in the wet year (47, 48)."
    )
    text = _bracketed_body(45) + "\n\n" + legend
    found = decode_citations(text, refs(48))
    assert [c.numbers for c in found][45:] == [(3, 7), (12, 13, 14), (46,), (20,), (47, 48)]
    assert decode_markers(text, refs(48)).conventions() == {"bracket": 45, "paren": 5}


def test_parenthesised_items_and_equations_beside_brackets_stay_text():
    """Guard: a paragraph of a bracketed text that numbers items and equations in
    parentheses, with no bracket in it, is no stretch of parenthesised citations: "(1) the
    yield", "given by (8)," and "hypotheses (2) and (3)" sit where no citation does."""
    items = (
        "We tested three ideas: (1) the yield fell, (2) the oats rose and (3) the rye held. "
        "The loss is given by (8), and the gain by (9). Hypotheses (2) and (3) held."
    )
    text = _bracketed_body(45) + "\n\n" + items
    found = decode_citations(text, refs(48))
    assert [c.numbers for c in found] == [(i,) for i in range(1, 46)]


def test_counts_in_parentheses_beside_brackets_stay_text():
    """Guard: counts printed after their words at clause ends, in the text or in a legend
    that names no new number, are no stretch of citations: "silt loam (4), clay loam (2),
    sandy loam (1)" counts plots."""
    counts = "the plots were silt loam (4), clay loam (2), sandy loam (1) and sand (3)."
    for opening in ("Most of ", "Figure 2. Soils. Most of "):
        text = _bracketed_body(45) + "\n\n" + opening + counts
        found = decode_citations(text, refs(48))
        assert [c.numbers for c in found] == [(i,) for i in range(1, 46)]
