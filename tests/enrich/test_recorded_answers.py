"""Shapes met in real recorded answers (benchmarks/bench_recorded.py), each a fixture quoted
from the recording named in tests/fixtures/recorded/README.md."""

from __future__ import annotations

import json

import pytest

from blinarefs.enrich import enrich_store
from blinarefs.enrich.crossref import work_to_reference
from blinarefs.enrich.doiorg import csl_to_reference
from blinarefs.enrich.match import score, verify
from blinarefs.enrich.ncbi import parse_pubmed_xml
from blinarefs.enrich.text import strip_markup
from blinarefs.model import Name, Reference
from blinarefs.store import Store

from .fakes import FIXTURES

HERE = FIXTURES / "recorded"


def efetch(pmid: str) -> str:
    return (HERE / f"efetch-{pmid}.xml").read_text(encoding="utf-8")


def pubmed(pmid: str) -> Reference:
    return parse_pubmed_xml(f"<PubmedArticleSet>{efetch(pmid)}</PubmedArticleSet>")[pmid]


def test_a_crossref_contributor_without_a_name_is_not_an_author():
    """Crossref lists one contributor of this thesis with only a sequence and a role."""
    path = HERE / "crossref-work-10.31390_gradschool_theses.6125.json"
    record = work_to_reference(json.loads(path.read_text(encoding="utf-8"))["message"])
    assert [(n.family, n.given) for n in record.author] == [("Rovira", "Joshua")]


@pytest.mark.parametrize(
    ("recorded", "read"),
    [
        # 10.4000/books.pul.13932 (a no-break space before the colon, French style)
        ("Chapitre II. De nouvelles données administratives\u00a0: le rattachement au Rhône",
         "Chapitre II. De nouvelles données administratives : le rattachement au Rhône"),
        # 10.1021/ja00214a066
        ("Structure and spectroscopy of .mu.-oxobis(.mu.-benzoato)bis",
         "Structure and spectroscopy of .mu.-oxobis(.mu.-benzoato)bis"),
    ],
)  # fmt: skip
def test_a_records_own_space_before_punctuation_stays(recorded, read):
    assert strip_markup(recorded) == read


def test_a_doi_org_subtitle_is_part_of_the_title_as_crossref_reads_it():
    item = json.loads((HERE / "csl-10.1126_science.169.3946.635.json").read_text("utf-8"))
    assert csl_to_reference(item).title == (
        "The Structure of Ordinary Water: New data and interpretations are yielding new "
        "insights into this fascinating substance."
    )


def test_pubmeds_brackets_round_a_translated_title_go_whole():
    assert pubmed("2489351").title == (
        "Correlation of the ability of Di(2-ethylhexyl)phthalate to induce cell transformation, "
        "chromosome aberrations, and peroxisome proliferation in cultured Syrian hamster "
        "embryo cells"
    )


def test_mathml_in_a_pubmed_abstract_reads_as_printed():
    abstract = pubmed("30108519").abstract
    assert "maximal oxygen uptake ( V.O2max ) 67.6" in abstract
    assert "V . O 2" not in abstract


# the reference as a list would print it, without volume and pages (so the batch citation
# matcher cannot be asked and PubMed's title search finds it): values from efetch-11748933
PRINTED = Reference(
    id="taddei2001",
    author=(Name(family="Taddei", given="AR"), Name(family="Barbato", given="F")),
    author_truncated=True,
    title="Is cryopreservation a homogeneous process? Ultrastructure and motility of "
    "untreated, prefreezing, and postthawed spermatozoa of Diplodus puntazzo (Cetti)",
    container_title="Cryobiology",
    issued=(2001,),
)


def test_a_work_found_by_pubmeds_search_gets_no_doi_nobody_registers(fake, options, tmp_path):
    """PubMed's record names 10.1006/cryo.2001.2328, which neither Crossref nor doi.org
    knows here: the entry keeps the PMID and gets no DOI, so its next run neither blames it
    for that DOI nor asks anything."""
    fake.pubmed["11748933"] = efetch("11748933")
    store = Store.from_references([PRINTED], tmp_path / "r.bib")
    (entry,) = enrich_store(store, options()).entries
    assert fake.calls["esearch"] and not fake.calls["ecitmatch"]
    assert entry.reference is not None and entry.reference.pmid == "11748933"
    assert not entry.reference.doi
    assert [f.code for f in entry.findings] == ["pubmed-doi-unregistered"]
    before = sum(fake.calls.values())
    (again,) = enrich_store(Store.load(tmp_path / "r.bib"), options()).entries
    assert sum(fake.calls.values()) == before
    assert not any(f.severity == "error" for f in again.findings)


def test_a_rerun_of_an_entry_with_pmid_and_pmcid_does_not_ask_pmc(fake, options, tmp_path):
    """What the first run left for a PubMed-only work (a PMID and a PMCID, no DOI: values
    of efetch-30108519) is asked of nobody again: PubMed's cached record answers."""
    fake.pubmed["30108519"] = efetch("30108519")
    entry = Reference(id="mlss", pmid="30108519")
    enrich_store(Store.from_references([entry], tmp_path / "r.bib"), options())
    saved = Store.load(tmp_path / "r.bib")
    assert saved["mlss"].pmcid == "PMC6079548" and not saved["mlss"].doi
    before = sum(fake.calls.values())
    enrich_store(saved, options())
    assert sum(fake.calls.values()) == before and not fake.calls["idconv"]


def test_a_pubmed_book_chapter_is_read_and_fills_an_entry_with_its_pmid(fake, options, tmp_path):
    """GeneReviews chapters are cited by PMID; efetch answers them as PubmedBookArticle."""
    chapter = pubmed("20301382")
    assert (chapter.type, chapter.title, chapter.container_title, chapter.issued) == (
        "chapter",
        "Single Large-Scale Mitochondrial DNA Deletion Syndromes",
        "GeneReviews®",
        (1993,),
    )
    assert [n.family for n in chapter.author] == ["Goldstein", "Falk"]
    assert [n.family for n in chapter.editor][:2] == ["Adam", "Feldman"]
    assert chapter.publisher == "University of Washington, Seattle"
    fake.pubmed["20301382"] = efetch("20301382")
    store = Store.from_references([Reference(id="slsmds", pmid="20301382")], tmp_path / "r.bib")
    (entry,) = enrich_store(store, options()).entries
    assert entry.status == "updated" and entry.reference is not None
    assert entry.reference.title == chapter.title and entry.reference.author == chapter.author


# this test's own printed variants of the recorded work 10.5902/2359043267574
GOVERNANCE = Reference(
    id="steffens2023",
    # the first author with her compound family name, as Brazilian lists may print it
    author=(Name(family="de Mattos Steffens", given="TM"),),
    author_truncated=True,
    title="Modelo de gestão e estrutura de governança: o caso de uma cooperativa de "
    "distribuição e geração de energia",
    container_title="Revista de Gestão e Organizações Cooperativas",
    issued=(2023,),
    volume="9",
    page="e4",
    doi="10.5902/2359043267574",
)


@pytest.mark.parametrize(
    ("changes", "verdict", "severity"),
    [
        ({}, "mis-cited", "warning"),  # its title, year, volume and page place it
        ({"volume": "10", "page": "e5"}, "mis-cited", "error"),  # nothing places it
        ({"page": ""}, "mis-cited", "error"),  # no pages: a letter in reply could be it
        # its first author as recorded, another volume: the cited work, its volume wrong
        (
            {"author": (Name(family="Steffens", given="TMM"),), "volume": "8"},
            "mis-cited",
            "warning",
        ),
    ],
)
def test_a_first_author_printed_otherwise_does_not_make_a_printed_doi_another_works(
    fake, options, tmp_path, changes, verdict, severity
):
    path = HERE / "crossref-work-10.5902_2359043267574.json"
    item = json.loads(path.read_text(encoding="utf-8"))["message"]
    fake.works[item["DOI"].lower()] = item
    printed = GOVERNANCE.with_fields(**changes)
    store = Store.from_references([printed], tmp_path / "r.bib")
    (entry,) = enrich_store(store, options(dry_run=True)).entries
    assert entry.verdict is not None
    assert (entry.verdict.verdict, entry.verdict.severity) == (verdict, severity)
    mismatch = any(f.code == "doi-mismatch" for f in entry.findings)
    assert mismatch == (severity == "error")
    if severity == "warning":
        assert ("first author" if "author" not in changes else "volume") in entry.verdict.differs


def test_a_cyrillic_record_is_compared_not_emptied():
    """Folded to ASCII, every Cyrillic title was empty: a printed DOI of a Russian paper
    was called another work's, and any two Cyrillic first authors were alike."""
    path = HERE / "crossref-work-10.7868_s0040357115030100.json"
    record = work_to_reference(json.loads(path.read_text(encoding="utf-8"))["message"])
    printed = Reference(
        id="parshin2015",
        author=(Name(family="Паршин", given="ДА"),),
        author_truncated=True,
        title=record.title,
        container_title=record.container_title,
        issued=(2015,),
        volume="49",
        page="361-366",
        doi=record.doi,
    )
    assert verify(printed, record) is None
    other = printed.with_fields(author=(Name(family="Стельмах", given="ЛС"),))
    assert score(other, record).parts["author"] == 0.0
    # this test's own title in Russian, not the record's ("A study of something else")
    assert (
        score(printed.with_fields(title="Исследование другого предмета"), record).parts["title"]
        < 0.6
    )
