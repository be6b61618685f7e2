"""Integrity verdicts: notices read from Crossref's updated-by/update-to and PubMed's
CommentsCorrections, the Retraction Watch CSV, the pure verdict, and whole runs against the
fakes (fixtures: tests/fixtures/integrity/README.md says where every value comes from)."""

from __future__ import annotations

import json
import shutil

import pytest

from blinarefs.enrich import enrich_store
from blinarefs.enrich.crossref import work_to_reference
from blinarefs.enrich.integrity import judge, table_lines
from blinarefs.enrich.match import score
from blinarefs.enrich.ncbi import parse_pubmed_xml
from blinarefs.enrich.retractions import load_retractions
from blinarefs.enrich.verify import verdicts_for
from blinarefs.errors import UsageError
from blinarefs.model import Name, Reference
from blinarefs.store import Store
from conftest import ROOT

from .fakes import FIXTURES

HERE = FIXTURES / "integrity"
WAKEFIELD = "10.1016/s0140-6736(97)11096-0"
NOTICE = "10.1016/s0140-6736(10)60175-4"
# the reference as a list prints it: values from the fixtures' sources (README)
PRINTED = Reference(
    id="wakefield1998ileal",
    author=(Name(family="Wakefield", given="AJ"), Name(family="Murch", given="SH")),
    author_truncated=True,
    title="Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive "
    "developmental disorder in children",
    container_title="Lancet",
    issued=(1998,),
    volume="351",
    issue="9103",
    page="637-641",
)


def crossref_item(name: str) -> dict:
    return json.loads((HERE / f"crossref-work-{name}.json").read_text(encoding="utf-8"))["message"]


def pubmed(pmid: str):
    text = (HERE / f"efetch-{pmid}.xml").read_text(encoding="utf-8")
    return parse_pubmed_xml(f"<PubmedArticleSet>{text}</PubmedArticleSet>")[pmid]


@pytest.fixture
def integrity_fake(fake):
    """The fakes, also answering for the retracted work, its notice and the test record."""
    for name in ("10.1016_S0140-6736(97)11096-0", "10.1016_S0140-6736(10)60175-4"):
        item = crossref_item(name)
        fake.works[item["DOI"].lower()] = item
    for pmid in ("9500320", "99000001"):
        fake.pubmed[pmid] = (HERE / f"efetch-{pmid}.xml").read_text(encoding="utf-8")
    return fake


# -- reading the services' notices --------------------------------------------------------------


def test_crossref_updated_by_gives_the_retraction_and_the_correction_with_their_notices():
    record = work_to_reference(crossref_item("10.1016_S0140-6736(97)11096-0"))
    kinds = {n.kind: n for n in record.notices}
    assert set(kinds) == {"retraction", "correction"}
    retraction = kinds["retraction"]
    assert (retraction.doi, retraction.date, retraction.source) == (
        NOTICE,
        "2010-02-06",
        "retraction-watch",
    )
    assert not retraction.of_self
    # "RETRACTED: " is Crossref's marker on a retracted work's title, not part of it
    assert record.title.startswith("Ileal-lymphoid-nodular hyperplasia")


def test_a_notice_carries_update_to_and_is_itself_the_notice():
    record = work_to_reference(crossref_item("10.1016_S0140-6736(10)60175-4"))
    (notice,) = record.notices
    assert notice.of_self and notice.kind == "retraction" and notice.doi == WAKEFIELD
    verdict = judge(record.with_fields(id="notice"), "unchanged", [("crossref", record)])
    assert verdict.verdict == "verified" and "itself a retraction notice" in verdict.detail


def test_pubmed_retracted_publication_and_its_links():
    record = pubmed("9500320")
    by_kind = {n.kind: n for n in record.notices}
    assert set(by_kind) == {"retraction", "expression-of-concern"}  # CommentIn is no notice
    assert by_kind["retraction"].pmid == "20137807" and by_kind["retraction"].doi == NOTICE
    assert by_kind["retraction"].date == "2010-02-06"
    assert by_kind["expression-of-concern"].pmid == "21971344"


def test_pubmed_erratum_in_is_a_correction():
    (notice,) = pubmed("99000001").notices
    assert (notice.kind, notice.pmid, notice.date) == ("correction", "99000002", "2020-06-02")


# -- the verdict, pure ----------------------------------------------------------------------------


def test_a_retracted_work_is_an_error_with_its_notice():
    record = work_to_reference(crossref_item("10.1016_S0140-6736(97)11096-0"))
    verdict = judge(PRINTED, "updated", [("crossref", record)], record.notices)
    assert verdict.verdict == "retracted" and verdict.severity == "error"
    assert NOTICE in verdict.detail and "2010-02-06" in verdict.detail
    finding = verdict.finding()
    assert finding is not None and finding.severity == "error" and finding.key == PRINTED.id


def test_a_corrected_work_is_a_warning():
    record = pubmed("99000001")
    printed = record.with_fields(id="test1")
    verdict = judge(printed, "unchanged", [("pubmed", record)], record.notices)
    assert (verdict.verdict, verdict.severity) == ("corrected", "warning")


@pytest.mark.parametrize(
    ("change", "differs"),
    [
        ({"volume": "352"}, ("volume",)),
        ({"issued": (1999,)}, ("year",)),
        ({"page": "640-641"}, ("first page",)),
        ({"author": (Name(family="Murch", given="SH"),)}, ("first author",)),
    ],
)
def test_mis_cited_says_which_printed_fields_differ(change, differs):
    record = pubmed("9500320").with_fields(notices=())
    verdict = judge(PRINTED.with_fields(**change), "unchanged", [("pubmed", record)])
    assert verdict.verdict == "mis-cited" and verdict.differs == differs
    assert differs[0] in verdict.detail


def test_not_found_lists_the_closest_candidates_and_unverifiable_says_why():
    made_up = Reference(id="x", title="A title that no service knows (test text)", issued=(2020,))
    cand = score(made_up, pubmed("99000001"))
    verdict = judge(made_up, "not-found", candidates=[cand])
    assert verdict.verdict == "not-found" and "possibly fabricated" in verdict.detail
    assert verdict.candidates and "doi:10.5555/blinarefs-test-erratum-1" in verdict.candidates[0]
    unverifiable = judge(made_up, "failed", reason="crossref: cannot reach api.crossref.org")
    assert unverifiable.verdict == "unverifiable" and "cannot reach" in unverifiable.detail


def test_an_unpublished_work_no_source_knows_is_unverifiable_not_fabricated():
    told = Reference(id="pc", type="personal_communication", title="Personal communication",
                     issued=(2030,))  # fmt: skip
    data = Reference(id="ud", type="manuscript", title="Unpublished data")
    assert judge(told, "not-found").verdict == "unverifiable"
    assert "personal communication" in judge(told, "not-found").detail
    assert judge(data, "not-found").detail == "an unpublished work: no source holds it"
    # a manuscript sent to a journal it names can be found once published: not found stands
    sent = data.with_fields(container_title="J Example Med", status="submitted")
    assert judge(sent, "not-found").verdict == "not-found"


def test_the_table_lists_what_is_not_verified_worst_first():
    record = work_to_reference(crossref_item("10.1016_S0140-6736(97)11096-0"))
    verdicts = [
        judge(
            PRINTED.with_fields(id="ok"),
            "unchanged",
            [("crossref", record.with_fields(notices=()))],
        ),
        judge(PRINTED.with_fields(id="made-up"), "not-found"),
        judge(PRINTED, "updated", [("crossref", record)], record.notices),
    ]
    lines = table_lines(verdicts)
    assert lines[0] == "Reference integrity: 1 retracted, 1 not-found, 1 verified"
    assert lines[2].split()[:2] == ["wakefield1998ileal", "retracted"]
    assert lines[3].split()[:2] == ["made-up", "not-found"]


# -- the Retraction Watch CSV ---------------------------------------------------------------------


def test_the_retraction_watch_csv_is_indexed_by_doi_and_pmid():
    index = load_retractions(HERE / "retraction_watch-sample.csv")
    assert index.rows == 3
    (by_doi,) = index.lookup(doi="10.1016/S0140-6736(97)11096-0")
    assert (by_doi.kind, by_doi.doi, by_doi.pmid, by_doi.date) == (
        "retraction",
        NOTICE,
        "20137807",
        "2010-02-06",
    )
    assert index.lookup(pmid="9500320") == [by_doi]
    assert [n.kind for n in index.lookup(doi="10.1182/blood-2017-08-798322")] == ["correction"]
    assert not index.lookup(doi="unavailable") and not index.lookup(pmid="0")


def test_a_file_that_is_not_the_retraction_watch_csv_is_a_usage_error(tmp_path):
    bad = tmp_path / "other.csv"
    bad.write_text("DOI,Title\n10.1/x,y\n", encoding="utf-8")
    with pytest.raises(UsageError, match="no column 'Record ID'"):
        load_retractions(bad)


def test_offline_with_the_csv_a_retraction_is_found_without_any_service(tmp_path, monkeypatch):
    monkeypatch.setenv("BLINAREFS_CACHE_DIR", str(tmp_path / "empty-cache"))
    index = load_retractions(HERE / "retraction_watch-sample.csv")
    refs = [PRINTED.with_fields(doi=WAKEFIELD), PRINTED.with_fields(id="plain", doi="")]
    verdicts = verdicts_for(refs, offline=True, retractions=index)
    assert [v.verdict for v in verdicts] == ["retracted", "unverifiable"]
    assert verdicts[0].notices[0].source == "retraction-watch-csv"


# -- whole runs against the fakes -----------------------------------------------------------------


def test_enriching_a_retracted_work_reports_an_error_with_its_notice(
    integrity_fake, options, tmp_path
):
    store = Store.from_references([PRINTED.with_fields(doi=WAKEFIELD)], tmp_path / "r.bib")
    report = enrich_store(store, options(dry_run=True))
    (entry,) = report.entries
    assert entry.verdict is not None and entry.verdict.verdict == "retracted"
    errors = [f for f in entry.findings if f.severity == "error"]
    assert [f.code for f in errors] == ["retracted"] and NOTICE in errors[0].message
    assert {n.source for n in entry.verdict.notices} == {"retraction-watch", "pubmed"}
    assert entry.to_dict()["integrity"]["verdict"] == "retracted"
    again = enrich_store(store, options(dry_run=True))  # from the cache: the same verdict
    assert again.requests == 0 and again.entries[0].verdict == entry.verdict


def test_a_seed_work_with_an_erratum_is_a_warning_and_the_others_stay_verified(
    fake, options, seed_bib
):
    index = load_retractions(HERE / "retraction_watch-sample.csv")
    report = enrich_store(Store.load(seed_bib), options(retractions=index))
    verdicts = {e.key: e.verdict for e in report.entries}
    assert verdicts["gokbuget2018blinatumomab"].verdict == "corrected"
    assert verdicts["gokbuget2018blinatumomab"].severity == "warning"
    assert not any(v.severity == "error" for v in verdicts.values())
    assert sum(v.verdict == "verified" for v in verdicts.values()) >= 5


def test_a_pubmed_record_whose_doi_nobody_registers_is_kept_with_its_pmid(
    integrity_fake, options, tmp_path
):
    """PubMed lists a DOI that neither Crossref nor doi.org knows: the PMID, authors and
    abstract are kept, the DOI is not added, and nothing is blamed on the entry."""
    unknown = "10.5555/blinarefs-test-erratum-1"  # the synthetic record's DOI
    assert unknown not in integrity_fake.works and unknown not in integrity_fake.csl
    printed = Reference(id="test1", pmid="99000001", title="A test record written for "
                        "blinarefs, corrected by an erratum and not a real work")  # fmt: skip
    store = Store.from_references([printed], tmp_path / "r.bib")
    report = enrich_store(store, options())
    (entry,) = report.entries
    assert entry.status == "updated" and "pubmed" in entry.sources
    assert [f.code for f in entry.findings if f.severity != "info"] == ["corrected"]
    assert any(f.code == "pubmed-doi-unregistered" for f in entry.findings)
    saved = Store.load(tmp_path / "r.bib")["test1"]
    assert saved.pmid == "99000001" and saved.author and not saved.doi


def test_check_shows_the_integrity_table_and_fails_on_a_retraction(tmp_path, monkeypatch, capsys):
    """Through the CLI's ``main`` in this process: what is checked is the command's output
    and exit code, not the start-up a subprocess would add three times over."""
    from blinarefs.cli import main

    bib = tmp_path / "refs.bib"
    Store.from_references([PRINTED.with_fields(doi=WAKEFIELD, number=1)], bib).save()
    paper = tmp_path / "paper.txt"
    paper.write_text("A test sentence that cites one work [1].\n", encoding="utf-8")
    csv_file = tmp_path / "rw.csv"
    shutil.copy(HERE / "retraction_watch-sample.csv", csv_file)
    monkeypatch.setenv("NO_COLOR", "1")
    check = ["check", str(paper), "--bib", str(bib), "--retraction-data", str(csv_file)]
    assert main(check) == 1, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "Reference integrity: 1 retracted" in out
    (row,) = [line for line in out.splitlines() if "wakefield1998ileal  " in line]
    assert row.split()[:2] == ["wakefield1998ileal", "retracted"] and f"doi:{NOTICE}" in row
    main([*check, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["integrity"][0]["verdict"] == "retracted"
    html = tmp_path / "report.html"
    main([*check, "--format", "html", "-o", str(html)])
    page = html.read_text(encoding="utf-8")
    assert 'id="integrity"' in page and '<td class="error">retracted</td>' in page


def test_docs_enrich_integrity_example_is_real_output(tmp_path, monkeypatch, capsys):
    """docs/enrich.md's `check ... --retraction-data` example, line for line, on the fixture
    store (the command as the page shows it, run in a folder holding its three files)."""
    from blinarefs.cli import main

    Store.from_references(
        [PRINTED.with_fields(doi=WAKEFIELD, number=1)], tmp_path / "refs.bib"
    ).save()
    (tmp_path / "paper.txt").write_text(
        "A test sentence that cites one work [1].\n", encoding="utf-8"
    )
    shutil.copy(HERE / "retraction_watch-sample.csv", tmp_path / "retraction_watch.csv")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    page = (ROOT / "docs" / "enrich.md").read_text(encoding="utf-8")
    command = "blinarefs check paper.txt --bib refs.bib --offline --retraction-data "
    command += "retraction_watch.csv"
    shown = page.split(f"$ {command}\n", 1)[1].split("```", 1)[0]
    assert main(command.split()[1:]) == 1
    assert capsys.readouterr().out == shown


def test_a_doi_whose_work_is_printed_with_another_volume_is_mis_cited_not_another_work(
    integrity_fake, options, tmp_path
):
    """The DOI names the printed work (same title, same first author) but the list prints
    volume 352: the verdict names the field and the store keeps what the user wrote."""
    wrong = PRINTED.with_fields(doi=WAKEFIELD, volume="352")
    store = Store.from_references([wrong], tmp_path / "r.bib")
    report = enrich_store(store, options(dry_run=True))
    (entry,) = report.entries
    assert entry.verdict is not None and entry.verdict.verdict == "retracted"  # worst first
    assert not any(f.code == "doi-mismatch" for f in entry.findings)
    assert store[wrong.id] == wrong
    clean = work_to_reference(crossref_item("10.1016_S0140-6736(97)11096-0")).with_fields(
        notices=()
    )
    verdict = judge(wrong, "id-mismatch", candidates=[score(wrong, clean)])
    assert (verdict.verdict, verdict.severity, verdict.differs) == ("mis-cited", "warning",
                                                                    ("volume",))  # fmt: skip
    assert "'352' printed, '351'" in verdict.detail
