"""Reading other tools' files: format detection, each reader, and merging into a store.

Every bibliographic value in the inputs below comes from ../shared/data/seed-references.json
(the item is named next to each input); titles keep that file's capitalisation. Layouts
(tags, field names) follow each format; text marked "written for the tests" is not data.
"""

from __future__ import annotations

import json

import pytest

from blinarefs.errors import ImportFormatError
from blinarefs.interchange import detect_format, read_references
from blinarefs.interchange.merge import merge_references
from blinarefs.model import Reference
from exchange_data import store_references, verified_references

# seed ref4 (Litzow) and ref8 (Hogan), as PubMed's .nbib lays them out. Only the authors the
# seed confirms are listed (a real record lists all). Hogan's PG is MEDLINE's abbreviated
# form of the seed's 4118-4129; DEP is the seed's available-date.
MEDLINE = """\
PMID- 39047240
OWN - NLM
DP  - 2024 Jul 25
TI  - Blinatumomab for MRD-Negative Acute Lymphoblastic Leukemia in Adults.
PG  - 320-333
LID - 10.1056/NEJMoa2312948 [doi]
FAU - Litzow, Mark R
AU  - Litzow MR
AU  - Sun Z
AU  - Mattison RJ
JT  - The New England Journal of Medicine
TA  - N Engl J Med
VI  - 391
IP  - 4
PMC - PMC11334054

PMID- 37257143
DP  - 2023 Sep 1
TI  - Children's Oncology Group AALL1331: Phase III Trial of Blinatumomab in Children,
      Adolescents, and Young Adults With Low-Risk B-Cell ALL in First Relapse.
PG  - 4118-29
LID - 10.1200/JCO.22.02200 [doi]
FAU - Hogan, Laura E
AU  - Hogan LE
FAU - Brown, Patrick A
AU  - Brown PA
FAU - Ji, Lingyun
AU  - Ji L
JT  - Journal of Clinical Oncology
TA  - J Clin Oncol
DEP - 20230531
VI  - 41
IP  - 25
"""

# seed ref4 again, with the older tags other databases write (T1, A1, JF, JA, Y1, one SP
# holding the range, a DOI as a link, PMCID in C2); M1 holds text written for the tests.
RIS = """\
TY  - JOUR
T1  - Blinatumomab for MRD-Negative Acute Lymphoblastic Leukemia in Adults
A1  - Litzow, Mark R
A1  - Sun, Z
A1  - Mattison, RJ
JF  - The New England Journal of Medicine
JA  - N Engl J Med
Y1  - 2024/07/25/
VL  - 391
IS  - 4
SP  - 320-333
DO  - https://doi.org/10.1056/NEJMoa2312948
AN  - 39047240
C2  - PMC11334054
M1  - written for the tests
ER  -
"""

# seed ref8 as Zotero exports CSL-JSON: an item URI for an id, a raw date
ZOTERO_JSON = json.dumps(
    [
        {
            "id": "http://zotero.org/users/1/items/TESTDATA",
            "type": "article-journal",
            "title": "Children's Oncology Group AALL1331: Phase III Trial of Blinatumomab in "
            "Children, Adolescents, and Young Adults With Low-Risk B-Cell ALL in First Relapse",
            "container-title": "Journal of Clinical Oncology",
            "container-title-short": "J Clin Oncol",
            "author": [{"family": "Hogan", "given": "Laura E"}],
            "issued": {"raw": "2023-09-01"},
            "volume": "41",
            "issue": "25",
            "page": "4118-4129",
            "DOI": "10.1200/JCO.22.02200",
        }
    ]
)


def _style(text: str) -> str:
    return f'<style face="normal" font="default" size="100%">{text}</style>'


# seed ref9 as EndNote writes XML: text inside <style> elements
ENDNOTE = f"""<?xml version="1.0" encoding="UTF-8"?><xml><records><record>
<ref-type name="Journal Article">17</ref-type>
<contributors><authors><author>{_style("Locatelli, Franco")}</author>
<author>{_style("Zugmaier, Gerhard")}</author></authors></contributors>
<titles><title>{
    _style(
        "Effect of Blinatumomab vs Chemotherapy on Event-Free Survival Among Children With "
        "High-risk First-Relapse B-Cell Acute Lymphoblastic Leukemia: A Randomized Clinical Trial"
    )
}</title><secondary-title>{_style("JAMA")}</secondary-title></titles>
<pages>843-854</pages><volume>325</volume><number>9</number>
<dates><year>2021</year><pub-dates><date>2021-03-02</date></pub-dates></dates>
<custom2>PMC7926287</custom2></record></records></xml>"""

# seed ref4 as PubMed's "Cite" box gives it (NLM format), and ref8 the same way
PUBMED_CITE = (
    "Litzow MR, Sun Z, Mattison RJ, et al. Blinatumomab for MRD-Negative Acute Lymphoblastic "
    "Leukemia in Adults. N Engl J Med. 2024 Jul 25;391(4):320-333. doi: 10.1056/NEJMoa2312948. "
    "PMID: 39047240; PMCID: PMC11334054.\n\n"
    "Hogan LE, Brown PA, Ji L, et al. Children's Oncology Group AALL1331: Phase III Trial of "
    "Blinatumomab in Children, Adolescents, and Young Adults With Low-Risk B-Cell ALL in First "
    "Relapse. J Clin Oncol. 2023 Sep 1;41(25):4118-4129. doi: 10.1200/JCO.22.02200. "
    "Epub 2023 May 31. PMID: 37257143.\n"
)


# -- detection -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (MEDLINE, "medline"),
        (RIS, "ris"),
        (ZOTERO_JSON, "csl-json"),
        (ENDNOTE, "endnote-xml"),
        ("@article{k,\n  title = {T},\n}\n", "bibtex"),
        (PUBMED_CITE, "text"),
        ("[1] Bassan R, Chiaretti S. Title. Blood. 2025;145(21):2447-2459.", "text"),
    ],
)
def test_the_format_is_recognised_from_the_content(text, fmt):
    assert detect_format(text, "pasted") == fmt


def test_an_extension_that_does_not_match_the_content_is_an_error():
    with pytest.raises(ImportFormatError, match=r"refs\.ris: does not look like RIS"):
        detect_format("Some words written for the tests.", "refs.ris")


# -- readers -------------------------------------------------------------------------------------


def test_medline_records():
    result = read_references(MEDLINE)
    litzow, hogan = result.references
    assert result.format == "medline" and result.findings == ()
    assert (litzow.pmid, litzow.doi, litzow.pmcid) == (
        "39047240",
        "10.1056/NEJMoa2312948",
        "PMC11334054",
    )
    assert litzow.issued == (2024, 7, 25)
    assert litzow.title == "Blinatumomab for MRD-Negative Acute Lymphoblastic Leukemia in Adults"
    assert [(n.family, n.given) for n in litzow.author] == [
        ("Litzow", "Mark R"), ("Sun", "Z."), ("Mattison", "R. J.")
    ]  # fmt: skip
    assert (litzow.container_title, litzow.container_title_short) == (
        "The New England Journal of Medicine", "N Engl J Med"
    )  # fmt: skip
    assert hogan.page == "4118-4129"  # expanded
    assert hogan.title.startswith("Children's Oncology Group AALL1331: Phase III Trial")
    assert "Children, Adolescents" in hogan.title  # the wrapped line joined
    assert [n.given for n in hogan.author] == ["Laura E", "Patrick A", "Lingyun"]
    assert hogan.available_date == (2023, 5, 31)


def test_ris_with_older_tags_and_an_unused_tag_reported():
    result = read_references(RIS)
    (ref,) = result.references
    assert ref.title.startswith("Blinatumomab for MRD-Negative")
    assert ref.container_title == "The New England Journal of Medicine"
    assert ref.container_title_short == "N Engl J Med"
    assert (ref.issued, ref.page, ref.doi) == ((2024, 7, 25), "320-333", "10.1056/NEJMoa2312948")
    assert (ref.pmid, ref.pmcid) == ("39047240", "PMC11334054")
    assert [f.message for f in result.findings] == ["tag M1 not read ('written for the tests')"]
    assert result.findings[0].line == 15


def test_ris_records_that_no_er_closes_are_kept_and_reported():
    # made-up records: the first closed by the next TY, the last by the end of the file
    text = (
        "TY  - JOUR\nTI  - A first made-up title\nPY  - 2030\n"
        "TY  - JOUR\nTI  - A second made-up title\nPY  - 2031\n"
    )
    result = read_references(text, "ris")
    assert [r.title for r in result.references] == [
        "A first made-up title",
        "A second made-up title",
    ]
    assert [(f.line, f.message) for f in result.findings] == [
        (1, "the record starting here has no 'ER  - ' before the next TY starts"),
        (4, "the record starting here has no 'ER  - ' before the file ends: is it whole?"),
    ]


def test_zotero_csl_json_item_uri_is_not_a_key_and_raw_dates_are_read():
    (ref,) = read_references(ZOTERO_JSON).references
    assert ref.id == ""  # a key is assigned when it is stored
    assert ref.issued == (2023, 9, 1)
    assert ref.doi == "10.1200/JCO.22.02200"


def test_endnote_xml_with_style_wrappers():
    (ref,) = read_references(ENDNOTE).references
    assert [n.family for n in ref.author] == ["Locatelli", "Zugmaier"]
    assert ref.title.endswith("A Randomized Clinical Trial")
    assert (ref.container_title, ref.volume, ref.issue, ref.page) == ("JAMA", "325", "9", "843-854")
    assert (ref.issued, ref.pmcid) == ((2021, 3, 2), "PMC7926287")


@pytest.mark.parametrize(
    "printed, issued",
    [("Mar 2", (2021, 3, 2)), ("March", (2021, 3)), ("2 Mar", (2021, 3, 2)),
     ("Mar 2-9", (2021, 3, 2)), ("Spring", (2021,)), ("2020-03-02", (2021,))],
)  # fmt: skip
def test_endnote_xml_reads_the_date_endnote_writes_beside_its_year(printed, issued):
    """EndNote's Date field holds the month and day apart from the Year ("Mar 2", as its
    PubMed import fills it): the month and day were dropped. A date of another year is not
    this one's."""
    xml = ENDNOTE.replace("<date>2021-03-02</date>", f"<date>{_style(printed)}</date>")
    (ref,) = read_references(xml).references
    assert ref.issued == issued


def test_endnote_xml_read_in_pieces_gives_every_record_and_names_a_broken_line(monkeypatch):
    from blinarefs.interchange import endnote

    monkeypatch.setattr(endnote, "READ_CHUNK", 7)  # records and tags cut across pieces
    record = ENDNOTE[ENDNOTE.index("<record>") : ENDNOTE.index("</records>")]
    two = ENDNOTE.replace(record, record + "\n" + record)
    first, second = read_references(two).references
    assert first == second and first.pmcid == "PMC7926287"
    cut = two[: two.rindex("<pages>")]
    line = cut.count("\n") + 1
    with pytest.raises(ImportFormatError, match=rf"lib\.xml:{line}: not well-formed XML"):
        read_references(cut, source="lib.xml")


def test_references_pasted_from_pubmed():
    result = read_references(PUBMED_CITE)
    litzow, hogan = result.references
    # the two readers read Hogan's title otherwise ("Children's Oncology Group AALL1331:
    # ..."), where on dev lists a title is read wrong about half the time: the judge of
    # doubt may ask to check it, and nothing else is found
    assert result.format == "text"
    assert all(f.code == "doubtful-reference" and "title" in f.message for f in result.findings)
    assert hogan.title.startswith("Children's Oncology Group AALL1331: Phase III Trial")
    assert (litzow.doi, litzow.pmid, litzow.pmcid) == (
        "10.1056/NEJMoa2312948", "39047240", "PMC11334054"
    )  # fmt: skip
    assert litzow.author_truncated and litzow.issued == (2024, 7, 25)
    assert hogan.available_date == (2023, 5, 31) and hogan.pmid == "37257143"
    assert litzow.number is None  # numbered only to be read, not printed so
    assert litzow.id == "litzow2024blinatumomab"


def test_a_biblatex_pmid_eprint_is_read_and_an_arxiv_eprint_kept():
    text = (
        "@article{a, title = {T}, eprint = {39047240}, eprinttype = {pubmed}}\n"
        "@article{b, title = {T}, eprint = {test.0001}, eprinttype = {arxiv}}\n"  # for the tests
    )
    a, b = read_references(text).references
    assert a.pmid == "39047240" and a.extra == ()
    assert b.pmid == "" and dict(b.extra) == {"eprint": "test.0001", "eprinttype": "arxiv"}


@pytest.mark.parametrize(
    ("entry", "field"),
    [("phdthesis", "school"), ("thesis", "institution"), ("techreport", "institution")],
)
def test_a_thesis_school_and_a_reports_institution_are_its_publisher(entry, field):
    # written for the tests: plain.bst prints a thesis's university only from "school" and a
    # report's body only from "institution"; both were kept as unknown fields, so every CSL
    # bibliography dropped them, and the store wrote "publisher", which BibTeX ignores there
    from blinarefs.interchange.bibtex import write_biblatex, write_bibtex

    text = f"@{entry}{{k, title = {{T}}, {field} = {{Example University}}, year = 2030}}\n"
    [ref] = read_references(text).references
    assert ref.publisher == "Example University"
    assert field not in dict(ref.extra)
    written = "".join(write_bibtex([ref]))
    wanted = "school" if ref.type == "thesis" else "institution"
    assert f"{wanted} " in written and "publisher" not in written
    assert "institution " in "".join(write_biblatex([ref]))
    [back] = read_references(written).references
    assert back.publisher == "Example University"


def test_a_talks_meeting_place_and_kind_are_read_from_csl_json_and_written_back():
    # written for the tests: Zotero exports a presentation as CSL "speech" with its meeting
    # as event-title (older files: event), its place as event-place and its kind as genre;
    # all three were "not read", so the style printed the title and date alone
    from blinarefs.format import format_bibliography
    from blinarefs.interchange.csljson import write_csljson

    item = {"id": "t", "type": "speech", "title": "Owls at dusk", "genre": "Poster",
            "event": "Example Meeting", "event-place": "Example City",
            "issued": {"date-parts": [[2030, 12, 5]]}}  # fmt: skip
    result = read_references(json.dumps([item]))
    [ref] = result.references
    assert (ref.container_title, ref.publisher_place, ref.note) == (
        "Example Meeting",
        "Example City",
        "Poster",
    )
    assert not result.findings
    [back] = json.loads("".join(write_csljson([ref])))
    assert (back["event-title"], back["event-place"], back["genre"]) == (
        "Example Meeting",
        "Example City",
        "Poster",
    )
    assert format_bibliography([ref], "vancouver") == [
        "1. Owls at dusk. Poster presented at: Example Meeting; 2030 Dec 5; Example City."
    ]


def test_a_csl_json_patents_office_and_number_are_its_note():
    # written for the tests: Zotero's "Country"/"Issuing Authority" and "Patent Number" were
    # "not read", so a patent printed with neither
    item = {"id": "p", "type": "patent", "title": "A made-up owl counter",
            "authority": "United States", "number": "US 1234567",
            "issued": {"date-parts": [[2030, 1, 5]]}}  # fmt: skip
    result = read_references(json.dumps([item]))
    [ref] = result.references
    assert ref.note == "United States patent US 1234567" and not result.findings
    noted = read_references(json.dumps([{**item, "note": "Granted after appeal"}]))
    assert noted.references[0].note == "Granted after appeal"
    assert any("not read: number" in f.message for f in noted.findings)


def test_a_reports_number_travels_and_vancouver_prints_it():
    # written for the tests: Zotero's "Report Number" (CSL's number) was "not read", and
    # BibTeX's @techreport number went out to CSL-JSON as an issue Zotero has no field for
    from blinarefs.format import format_bibliography
    from blinarefs.interchange import export_references

    item = {"id": "r", "type": "report", "title": "A made-up owl census",
            "author": [{"literal": "Example Owl Trust"}], "number": "OT-12",
            "publisher": "Example Owl Trust", "publisher-place": "Exampleton",
            "issued": {"date-parts": [[2030]]}}  # fmt: skip
    result = read_references(json.dumps([item]))
    [ref] = result.references
    assert not result.findings
    bib = export_references([ref], "bibtex")
    assert "@techreport{r," in bib and "number      = {OT-12}" in bib
    again = read_references(bib, "bibtex").references[0]
    assert json.loads(export_references([again], "csl-json"))[0]["number"] == "OT-12"
    (printed,) = format_bibliography([again], "vancouver")
    assert printed.endswith("Exampleton: Example Owl Trust; 2030. Report No.: OT-12.")


def test_bad_json_names_its_line():
    with pytest.raises(ImportFormatError, match=r"x\.json:2: not valid JSON"):
        read_references('[{"id": "a",\n  oops}]', source="x.json")


# -- merging -------------------------------------------------------------------------------------


def _by_id(refs: list[Reference]) -> dict[str, Reference]:
    return {r.id: r for r in refs}


def test_the_full_record_completes_the_printed_one():
    """The store has Kantarjian as printed (3 authors, et al); the verified record (seed
    ref2) has all 26 authors, the DOI and the full date, and no PMID."""
    store = store_references()
    kantarjian = verified_references()[1].with_fields(id="")
    result = merge_references(store, [kantarjian], "import test")
    (outcome,) = result.outcomes
    assert (outcome.key, outcome.status) == ("kantarjian2017blinatumomab", "merged")
    assert outcome.matched_by == "title, year and first author"
    assert set(outcome.added) == {"author", "DOI", "issued", "container-title"}
    (merged,) = result.references
    assert len(merged.author) == 26 and not merged.author_truncated
    assert merged.issued == (2017, 3, 2) and merged.doi == "10.1056/NEJMoa1609783"
    assert merged.container_title == "The New England Journal of Medicine"
    assert merged.container_title_short == "N Engl J Med"
    assert merged.number == 2 and merged.source_text  # the printed data stays
    assert dict(merged.provenance)["DOI"] == "import test"
    assert outcome.conflicts == ()  # "versus" vs "Versus": the same title


def test_a_second_import_finds_it_by_doi_and_changes_nothing():
    store = store_references()
    first = merge_references(store, [verified_references()[1]])
    again = merge_references(
        [*(r for r in store if r.id not in _by_id(first.references)), *first.references],
        [verified_references()[1]],
    )
    assert [(o.status, o.matched_by) for o in again.outcomes] == [("unchanged", "DOI")]
    assert again.references == []


def test_match_by_pmid_and_a_conflict_is_kept_and_reported():
    have = verified_references()[3].with_fields(id="litzow", doi="")  # seed ref4, no DOI
    offered = have.with_fields(id="", title="Written for the tests", volume="1")
    result = merge_references([have], [offered])
    (outcome,) = result.outcomes
    assert (outcome.status, outcome.matched_by) == ("unchanged", "PMID")
    assert {(c.field, c.kept, c.offered) for c in outcome.conflicts} == {
        ("title", have.title, "Written for the tests"),
        ("volume", "391", "1"),
    }


def test_locked_fields_are_not_filled():
    have = store_references()[1].with_fields(locked=("DOI", "author"))
    result = merge_references([have], [verified_references()[1]])
    assert set(result.outcomes[0].added) == {"issued", "container-title"}
    assert result.references[0].doi == "" and result.references[0].author_truncated


def test_different_dois_are_never_the_same_work():
    ref = verified_references()[1]
    other = ref.with_fields(id="", doi="10.1056/NEJMoa2312948")  # seed ref4's DOI
    result = merge_references([ref], [other])
    assert result.outcomes[0].status == "new"


def test_duplicates_within_one_import_are_merged_and_taken_keys_renamed():
    store = store_references()
    medline = read_references(MEDLINE).references
    ris = read_references(RIS).references
    gupta = verified_references()[5].with_fields(id="bassan2025upfront")  # a key in use
    result = merge_references(store, [*medline, *ris, gupta])
    statuses = [(o.key, o.status, o.matched_by) for o in result.outcomes]
    assert statuses[0] == ("litzow2024blinatumomab", "merged", "title, year and first author")
    assert statuses[1] == ("hogan2023childrens", "merged", "title, year and first author")
    assert statuses[2] == ("litzow2024blinatumomab", "unchanged", "DOI")
    # seed ref6 has no verified author, so only its DOI or PMID could find it: it is new,
    # and its key, taken in the store, is replaced
    assert statuses[3] == ("ref2025blinatumomab", "new", "")
    assert result.outcomes[3].imported_id == "bassan2025upfront"


def test_new_references_get_keys_that_are_free():
    store = store_references()
    (new,) = read_references(ZOTERO_JSON).references
    other = new.with_fields(title="Written for the tests", doi="")
    result = merge_references([], [new, other])
    assert [o.key for o in result.outcomes] == ["hogan2023childrens", "hogan2023written"]
    assert merge_references(store, [other]).outcomes[0].key == "hogan2023written"


def test_bibtex_problems_come_back_as_findings():
    text = (
        "@article{Smith2020, title = {Written for the tests}}\n"
        "@article{smith2020, title = {Written for the tests too}}\n"
        "@article{broken, title = {no closing brace}\n"
    )
    result = read_references(text, source="lib.bib")
    assert [r.id for r in result.references] == ["Smith2020", "smith2020"]
    assert [(f.code, f.line) for f in result.findings] == [
        ("case-duplicate-key", 2),
        ("unparseable-block", 3),
    ]


@pytest.mark.parametrize("fmt", ["ris", "medline", "endnote-xml"])
def test_a_file_with_no_record_is_an_error(fmt):
    text = "<xml><records/></xml>" if fmt == "endnote-xml" else "Written for the tests.\n"
    result = read_references(text, fmt, source="empty")
    assert result.references == () and [f.severity for f in result.findings] == ["error"]
