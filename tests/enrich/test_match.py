"""Scoring candidates: a clear winner, an ambiguous pair, no match, look-alikes rejected."""

from __future__ import annotations

import json

from blinarefs.enrich.crossref import work_to_reference
from blinarefs.enrich.match import choose, journal_matches, score, verify
from blinarefs.enrich.ncbi import parse_pubmed_xml
from blinarefs.store import Store

from .fakes import FIXTURES, SEED_BIB


def work(name: str):
    data = json.loads((FIXTURES / "crossref" / f"{name}.json").read_text(encoding="utf-8"))
    return work_to_reference(data["message"])


SEED = Store.load(SEED_BIB)
KANTARJIAN = SEED["kantarjian2017blinatumomab"]
NEJM_2017 = work("work-10.1056_NEJMoa1609783")
LOOKALIKE_2018 = work("lookalike-ref2-a")  # same title and first author, 2018, other pages
LOOKALIKE_2017 = work("lookalike-ref2-b")  # same title, author and year, other pages


def test_clear_winner_among_look_alikes():
    match = choose(KANTARJIAN, [LOOKALIKE_2018, NEJM_2017, LOOKALIKE_2017])
    assert match.status == "matched"
    assert match.best.record.doi == "10.1056/NEJMoa1609783"
    assert match.best.score > 0.95


def test_look_alike_with_other_year_volume_pages_is_never_accepted():
    match = choose(KANTARJIAN, [LOOKALIKE_2018])
    assert match.status == "none"
    (cand,) = match.candidates
    assert set(cand.disagreements) == {"year", "volume", "pages"}
    assert cand.parts["title"] == 1.0 and cand.parts["author"] == 1.0  # it looks right


def test_without_printed_volume_and_pages_two_fitting_works_are_ambiguous():
    vague = KANTARJIAN.with_fields(volume="", page="", issue="")
    match = choose(vague, [NEJM_2017, LOOKALIKE_2017])
    assert match.status == "ambiguous"
    assert len([c for c in match.candidates if c.acceptable]) == 2


def test_no_match_keeps_the_scored_candidates():
    martinelli = SEED["martinelli2017complete"]
    match = choose(martinelli, [NEJM_2017, work("work-10.1200_JCO.22.02200")])
    assert match.status == "none"
    assert match.best is None
    assert len(match.candidates) == 2
    assert all(c.score < 0.85 for c in match.candidates)


def test_a_record_of_the_same_work_from_pubmed_is_not_a_rival():
    litzow = SEED["litzow2024blinatumomab"]
    crossref = work("work-10.1056_NEJMoa2312948")
    xml = (FIXTURES / "pubmed" / "efetch-39047240.xml").read_text(encoding="utf-8")
    pubmed = parse_pubmed_xml(f"<PubmedArticleSet>{xml}</PubmedArticleSet>")["39047240"]
    assert choose(litzow, [crossref, pubmed]).status == "matched"


def test_scraped_title_that_lost_a_character_still_scores_high():
    bassan = SEED["bassan2025upfront"]
    cand = score(bassan, work("work-10.1182_blood.2024027500"))
    assert cand.parts["title"] > 0.98
    assert cand.acceptable


def test_journal_abbreviations_match_their_full_names():
    assert journal_matches("N Engl J Med", "The New England Journal of Medicine")
    assert journal_matches("J Clin Oncol", "Journal of Clinical Oncology")
    assert journal_matches("Blood", "Blood")
    assert not journal_matches("Blood", "Leukemia")
    assert not journal_matches("N Engl J Med", "Journal of Clinical Oncology")


def test_verify_accepts_the_right_work_and_explains_a_wrong_one():
    assert verify(KANTARJIAN, NEJM_2017) is None
    wrong = verify(KANTARJIAN, work("work-10.1182_blood-2017-08-798322"))
    assert wrong is not None
    assert "volume" in wrong.disagreements


def _misread(ref, doubtful: str, **wrong):
    """The seed entry as a parser unsure of ``doubtful`` could have read its printed text."""
    extra = (*ref.extra, ("parse-doubtful", doubtful))
    return ref.with_fields(extra=extra, **wrong)


def test_a_misread_entry_is_identified_by_its_printed_text():
    misread = _misread(
        KANTARJIAN, "title, container_title, volume", title="Kantarjian H Stein A",
        container_title="Gokbuget N", volume="9",
    )  # fmt: skip
    assert KANTARJIAN.source_text  # the printed reference the record is looked for in
    match = choose(misread, [LOOKALIKE_2018, NEJM_2017, LOOKALIKE_2017])
    assert match.status == "matched"
    assert match.best.record.doi == "10.1056/NEJMoa1609783"
    # the same misreading, not marked doubtful, identifies nothing
    sure = misread.with_fields(extra=KANTARJIAN.extra)
    assert choose(sure, [NEJM_2017]).status == "none"


def test_a_doubted_field_the_print_contradicts_still_rejects_a_look_alike():
    misread = _misread(KANTARJIAN, "volume, page", volume="", page="")
    match = choose(misread, [LOOKALIKE_2018])
    assert match.status == "none"
    assert {"volume", "pages"} <= set(match.candidates[0].disagreements)


def test_a_doubted_name_or_year_does_not_narrow_the_search():
    from blinarefs.enrich.crossref import search_params

    sure = search_params(KANTARJIAN)
    assert sure["query.author"] == "Kantarjian" and "from-pub-date" in sure["filter"]
    # a misread first name or year would hide the work: the printed text alone looks for it
    misread = _misread(KANTARJIAN, "author, issued", author=KANTARJIAN.author[1:], issued=(1917,))
    params = search_params(misread)
    assert "query.author" not in params and "filter" not in params
    assert params["query.bibliographic"] == KANTARJIAN.source_text
