"""Flattened superscripts glued to ordinary words that other signs took for names: a word
that only ever comes with its citation ("as described9" each time), a plural carrying
different citations ("cell lines3,11", "cell lines22"), and a quantity's word that closes
a compound noun ("the cell cycle4.", not "on day7.").

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.alone import word_counts
from blinarefs.trace.decode import decode_citations, decode_markers


def _first_ten() -> str:
    return " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 11))


def test_an_inflected_word_glued_to_its_citation_each_time_is_no_name():
    text = (
        _first_ten() + " Cores were cut as described3. Ice was melted as described3 and "
        "filtered as described3 before counting. Pollen was sorted by size, as in cell lines4,9 "
        "and in other cell lines11. Dust was rare in these cell lines11 too."
    )
    cited = [(c.marker, c.numbers) for c in decode_citations(text, refs(20))][10:]
    assert cited == [("3", (3,)), ("3", (3,)), ("3", (3,)), ("4,9", (4, 9)), ("11", (11,)),
                     ("11", (11,))]  # fmt: skip
    why = [d.candidate.why for d in decode_markers(text, refs(20)).decisions][10:]
    assert not any("never stands alone" in w or "recurs" in w for ws in why for w in ws)


def test_a_short_lower_case_name_with_its_digits_stays_a_name():
    # "blip2" is short and not inflected: a gene's name, however it sits
    text = (
        _first_ten() + " Mutants of blip2 grow slowly. Flies lacking blip2 die early. "
        "Larvae with blip2 alone survive. A double mutant with blip2 was lethal."
    )
    assert [c.numbers for c in decode_citations(text, refs(20))] == [(k,) for k in range(1, 11)]


def test_a_quantity_word_closing_a_compound_noun_takes_its_superscript():
    text = (
        _first_ten() + " The cycle of division is slow in roots. Each burst of growth follows "
        "the cell cycle4. Roots stop growing at the end of the life cycle11. Seeds were "
        "sown on day7. Nuclei divide once per cycle in spring."
    )
    cited = [(c.marker, c.numbers) for c in decode_citations(text, refs(20))][10:]
    assert cited == [("4", (4,)), ("11", (11,))]


def test_a_spaced_copy_keeps_its_own_datasets_as_labels_but_cites_after_a_plural_noun():
    # "Datasets 2-4" beside "Dataset 1": the text's own things; "two simulated datasets 8
    # were" and "as Jones 9 showed" cite
    text = (
        "Single-cell methods have multiplied 1. Their accuracy varies with the platform 2. "
        "Benchmarks often use mixtures of cells 3. We used five such mixtures, called Dataset "
        "1 to Dataset 5 below. Reads were trimmed as before 4. For Datasets 2-4, we used the "
        "aligner of the authors 5. Clusters were scored with an index of agreement 6. Scores "
        "were lower for Datasets 1 and 3 in every case. Runs used default settings 7. Two "
        "simulated datasets 8 were added, as Jones 9 showed. Further work is needed 10."
    )
    cited = [(c.marker, c.numbers) for c in decode_citations(text, refs(12))]
    assert cited == [(str(k), (k,)) for k in range(1, 11)]


def test_a_name_with_digits_inside_is_weighed_whole_not_by_its_last_letters():
    # "Kor12p31": the protein Kor12p and citation 31; "p" carries other digits ("p416", a
    # plasmid) but says nothing of the name before it
    text = (
        " ".join(f"Step {k} of the pathway was shown in a screen.{k}" for k in range(1, 31))
        + " The plasmid p416 carried each gene. For example, Kor12p31 is a ribosomal protein, "
        "Tem3p32 is found in the membrane and Vab1p33 is a lipid carrier."
    )
    cited = [c.numbers for c in decode_citations(text, refs(40))][30:]
    assert cited == [(31,), (32,), (33,)]


def test_a_spaced_superscript_before_an_em_dash():
    text = (
        "Tools to label cells have multiplied 1. Their use varies with the species 2. Many "
        "lines mark single tissues 3. Others mark whole organs 4, 5—a resource that keeps "
        "growing. Reporters such as Glimmer 6 — now common — label nuclei 7. Further work is "
        "needed 8."
    )
    cited = [(c.marker, c.numbers) for c in decode_citations(text, refs(10))]
    assert cited == [("1", (1,)), ("2", (2,)), ("3", (3,)), ("4, 5", (4, 5)), ("6", (6,)),
                     ("7", (7,)), ("8", (8,))]  # fmt: skip


def test_an_acronym_mostly_alone_cites_in_mid_clause_when_repeated():
    # "QRX" stands alone again and again, so "QRX14 shows" repeats citation 14 where the
    # clause goes on; "PKD1 binding" is a member's one digit, a gene's name, however alone
    text = (
        " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 16))
        + " The QRX14. The QRX is weak. The QRX was strong. The QRX may stop. The QRX ebbs. "
        "The QRX flows. The QRX turns. The QRX rests. A model of the "
        "QRX14 shows a slowdown. The PKD is a kinase. The PKD was cut. The PKD was bound. "
        "PKD1 binding was seen."
    )
    cited = [(c.marker, c.numbers) for c in decode_citations(text, refs(20))][15:]
    assert cited == [("14", (14,)), ("14", (14,))]


def test_a_word_mostly_alone_takes_a_repeated_citation_at_a_clause_end():
    # "stage" stands alone again and again: "within this stage14." repeats citation 14;
    # "the column C12." is a letter's digits, "at 0.3 MPa12." a unit's after its value
    text = (
        " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 16))
        + " The stage is old. The stage was dug. Each stage may fail. A stage holds. The stage "
        "dries. Ice grew within this stage14. The C was cut. The C was wet. The C was dry. "
        "Samples ran on the column C12. The seal held at 0.3 MPa12."
    )
    cited = [(c.marker, c.numbers) for c in decode_citations(text, refs(20))][15:]
    assert cited == [("14", (14,))]


def test_a_word_mostly_alone_cites_in_turn_wherever_the_clause_goes():
    # "GvQD13 should": no punctuation nor a clause's word after it, yet "GvQD" stands alone
    # again and again and 13 is the next number; "MkRT2 should" is a member's one digit
    text = (
        " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 13))
        + " The GvQD is rare. The GvQD is mild. The GvQD is late. Tools for the GvQD13 should "
        "be used. The MkRT is long. The MkRT is short. The MkRT is wide. Mice with MkRT2 "
        "should be used."
    )
    cited = [(c.marker, c.numbers) for c in decode_citations(text, refs(20))][12:]
    assert cited == [("13", (13,))]


def test_one_count_of_words_alone_serves_every_stage():
    # counted once a text, in lower case, names where their digits end them: "Sea47,49" is
    # a group glued to "Sea", not the name "Sea47"; "Tg2576" carries its digits twice
    text = "The Sea is cold. The sea warms. Tg2576 mice and Tg2576 rats. In the Sea47,49."
    counts = word_counts(text)
    assert counts is word_counts(text)  # the candidates' stage and the features' share it
    assert counts.alone["sea"] == 2 and counts.names["Tg2576"] == 2
    assert counts.names["Sea47"] == 0 and counts.carried["Sea"] == 0
    assert counts.more_alone("Sea") and not counts.mostly_alone("Sea")  # twice: too few
    assert not counts.more_alone("Tg")


def test_a_word_naming_a_published_work_takes_its_citation_however_often():
    # "paper", "work", "study" name what a citation points to: each time the text prints
    # them with digits, the digits cite, however often (no gene is called "paper")
    text = (
        _first_ten() + " Pollen was counted as in a recent paper12 and sorted as in the "
        "paper12. Cores were dated as in a recent paper13, and the samples are in our related "
        "work14. The same cores are in our related work14. Dust was rare.15"
    )
    cited = [c.numbers for c in decode_citations(text, refs(20))][10:]
    assert cited == [(12,), (12,), (13,), (14,), (14,), (15,)]


def test_a_place_after_its_capitalised_name_takes_its_citation_however_often():
    # "Hulu Cave", "Convergence Zone": a place each record is named after, cited each time
    text = (
        _first_ten() + " Rain rose at Hulu Cave12 and at Dongge Cave13, as the Intertropical "
        "Convergence Zone14 moved. Both records from Hulu Cave12 and Dongge Cave13 agree. "
        "Dust was rare.15"
    )
    cited = [c.numbers for c in decode_citations(text, refs(20))][10:]
    assert cited == [(12,), (13,), (14,), (12,), (13,), (15,)]
