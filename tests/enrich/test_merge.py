"""Merging: fill, complete, repair, keep the user's value, honour locks, record provenance."""

from __future__ import annotations

import json

from blinarefs.enrich.crossref import work_to_reference
from blinarefs.enrich.merge import merge_reference, repair_title
from blinarefs.store import Store

from .fakes import FIXTURES, SEED_BIB

SEED = Store.load(SEED_BIB)
KANTARJIAN = SEED["kantarjian2017blinatumomab"]


def work(name: str):
    data = json.loads((FIXTURES / "crossref" / f"{name}.json").read_text(encoding="utf-8"))
    return work_to_reference(data["message"])


NEJM_2017 = work("work-10.1056_NEJMoa1609783")


def merge(current, fetched, **kw):
    return merge_reference(current, fetched, source="crossref", stamp="2026-01-01", **kw)


def kinds(changes):
    return {c.field: c.kind for c in changes}


def test_fills_and_completes_and_records_provenance():
    ref, changes = merge(KANTARJIAN, NEJM_2017)
    assert kinds(changes) == {
        "DOI": "added",
        "author": "replaced-truncated",
        "container-title": "expanded",
        "issued": "completed",
        "abstract": "added",
    }
    assert ref.doi == "10.1056/NEJMoa1609783"
    assert ref.issued == (2017, 3, 2)
    assert dict(ref.provenance)["DOI"] == "crossref 2026-01-01"
    assert set(dict(ref.provenance)) == set(kinds(changes))


def test_et_al_is_replaced_by_the_full_list_so_vancouver_can_show_six():
    ref, _ = merge(KANTARJIAN, NEJM_2017)
    assert len(ref.author) == 26 and not ref.author_truncated
    assert [n.family for n in ref.author[:6]] == [
        "Kantarjian", "Stein", "Gökbuget", "Fielding", "Schuh", "Ribera",
    ]  # fmt: skip
    assert len(ref.to_csl()["author"]) == 26  # what a CSL processor receives


def test_a_shorter_author_list_never_replaces_et_al():
    litzow = SEED["litzow2024blinatumomab"]
    ref, changes = merge(litzow, work("work-10.1056_NEJMoa2312948"))
    assert "author" not in kinds(changes)
    assert ref.author == litzow.author and ref.author_truncated


def test_journal_abbreviation_moves_to_the_short_title():
    ref, changes = merge(KANTARJIAN.with_fields(container_title_short=""), NEJM_2017)
    assert ref.container_title == "The New England Journal of Medicine"
    assert ref.container_title_short == "N Engl J Med"
    assert kinds(changes)["container-title-short"] == "added"


def test_title_repair_restores_lost_characters_and_keeps_the_users_case():
    assert repair_title("adult Ph B-lineage ALL", "Adult Ph− B-Lineage ALL") == (
        "adult Ph− B-lineage ALL"
    )
    assert repair_title("Ph B-lineage", "Ph B-lineage") is None
    assert repair_title("Ph+ B-lineage", "Ph B-lineage") is None  # never removes characters
    bassan = SEED["bassan2025upfront"]
    ref, changes = merge(bassan, work("work-10.1182_blood.2024027500"))
    assert kinds(changes)["title"] == "repaired"
    assert "adult Ph− B-lineage ALL: the GIMEMA LAL2317" in ref.title


def test_title_case_and_apostrophe_style_are_not_changes():
    hogan = SEED["hogan2023childrens"]
    _, changes = merge(hogan, work("work-10.1200_JCO.22.02200"))
    assert "title" not in kinds(changes)


def test_a_user_edited_field_survives_as_a_reported_conflict():
    edited = KANTARJIAN.with_fields(issued=(2017, 3, 3))
    ref, changes = merge(edited, NEJM_2017)
    assert ref.issued == (2017, 3, 3)
    (conflict,) = [c for c in changes if c.field == "issued"]
    assert conflict.kind == "conflict-kept" and not conflict.applied
    assert conflict.old == "2017-03-03" and conflict.new == "2017-03-02"
    assert "issued" not in dict(ref.provenance)


def test_overwrite_takes_the_service_value():
    edited = KANTARJIAN.with_fields(issued=(2017, 3, 3))
    ref, changes = merge(edited, NEJM_2017, overwrite={"issued"})
    assert ref.issued == (2017, 3, 2)
    assert kinds(changes)["issued"] == "overwritten"


def test_locked_fields_are_never_changed():
    locked = KANTARJIAN.with_fields(locked=("container-title", "DOI"))
    ref, changes = merge(locked, NEJM_2017, overwrite={"container-title"})
    assert ref.container_title == "N Engl J Med" and not ref.doi
    assert kinds(changes)["container-title"] == "locked"
    assert kinds(changes)["DOI"] == "locked"
    ref, changes = merge(KANTARJIAN, NEJM_2017, locked={"abstract"})
    assert not ref.abstract and kinds(changes)["abstract"] == "locked"


def test_first_page_only_record_says_nothing_against_a_range():
    gokbuget = SEED["gokbuget2018blinatumomab"]
    ref, changes = merge(gokbuget, work("work-10.1182_blood-2017-08-798322"))
    assert ref.page == "1522-1531"
    assert "page" not in kinds(changes)
    ref, changes = merge(gokbuget.with_fields(page="1522"), NEJM_2017.with_fields(page="1522-1531"))
    assert kinds(changes)["page"] == "completed" and ref.page == "1522-1531"


def test_merging_the_same_record_twice_changes_nothing_more():
    once, _ = merge(KANTARJIAN, NEJM_2017)
    twice, changes = merge(once, NEJM_2017)
    assert twice == once
    assert changes == []


def _misread(ref, doubtful: str, **wrong):
    """The entry as a parser unsure of ``doubtful`` (attribute names) could have left it."""
    extra = (*ref.extra, ("parse-confidence", "0.41"), ("parse-doubtful", doubtful))
    return ref.with_fields(extra=extra, **wrong)


def test_what_the_parser_doubted_gives_way_to_the_record():
    misread = _misread(KANTARJIAN, "title, container_title", title="Kantarjian H Stein A")
    ref, changes = merge(misread, NEJM_2017)
    assert kinds(changes)["title"] == "replaced-doubtful"
    assert ref.title == NEJM_2017.title
    assert "parse-doubtful" not in dict(ref.extra)  # both doubts settled by the record
    assert dict(ref.provenance)["title"] == "crossref 2026-01-01"


def test_a_doubt_the_record_does_not_settle_stays_recorded():
    misread = _misread(KANTARJIAN, "title, publisher", title="Kantarjian H Stein A")
    ref, _ = merge(misread, NEJM_2017, fields=("title",))
    assert dict(ref.extra)["parse-doubtful"] == "publisher"


def test_a_value_the_parser_was_sure_of_stays_the_users():
    sure = KANTARJIAN.with_fields(title="Kantarjian H Stein A")
    ref, changes = merge(sure, NEJM_2017)
    assert kinds(changes)["title"] == "conflict-kept"
    assert ref.title == "Kantarjian H Stein A"


def test_a_doubtful_doi_is_never_replaced_and_a_locked_field_never_changes():
    misread = _misread(KANTARJIAN, "doi, title", doi="10.1056/nejmoa0000000", title="x y")
    ref, changes = merge(misread, NEJM_2017, locked=("title",))
    assert ref.doi == "10.1056/nejmoa0000000" and ref.title == "x y"
    assert kinds(changes)["title"] == "locked"
