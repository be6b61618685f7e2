"""Data sets and software named by where they are deposited, when no "[dataset]" or
"[software]" was printed: "Poe C. Counting platelets. Version 2.1. Zenodo; 2031.
doi:10.5281/zenodo.1234567" came out as a book titled "Counting platelets. Version 2.1",
published by Zenodo; "Poe C. Platelet counts. Gene Expression Omnibus; 2031. Accession
GSE999999." as an article of the journal "Gene Expression Omnibus", page 999999.

A DOI of a data repository names a data set (Dryad, figshare, Mendeley Data, Dataverse,
Zenodo); a version printed as a sentence of its own after the title makes it software (as
AMA prints a program, "Version 4.2"), and the version is the note, not part of the title;
so does a title that names a program as one ("R: A language and environment for
statistical computing", "Stata Statistical Software: Release 17", "R package version
3.4.0") or an address in a code host (GitHub, GitLab, Bitbucket): these came out as books,
or as the article of the journal "R package version 3.4.0".
"""

from __future__ import annotations

import re

from ..model import Reference
from .prefilter import searched_where
from .years import YEAR

# DataCite prefixes of general data repositories (each prefix is the repository's own)
_DATA_DOI = re.compile(
    r"\b10\.(?:5061/dryad|6084/m9\.figshare|17632/|7910/dvn|5281/zenodo)", re.IGNORECASE
)
# "Title. Version 2.1." / "Title. Ver 3." / "Title. v1.0.2." as a sentence of its own
_VERSION_SENTENCE = re.compile(r"\.\s+(?:Version|Ver\.?|v)\s?(\d+(?:\.\d+)*[a-z]?)\.?$")


# What a reading of a program puts where a journal goes: its version (CRAN's "R package
# version 3.4.0" too)
VERSION_ONLY = re.compile(r"(?:R package,?\s*)?(?:version|ver\.|v)\s*\d[\w.-]*", re.IGNORECASE)
# A document that has versions and is no program: "NCCN guidelines. Version 3."
_DOCUMENT = re.compile(
    r"\b(?:guidelines?|guidance|recommendations?|reports?|manual|handbook|protocol|standards?"
    r"|classification|statement|policy|plan|framework|strategy|consensus|questionnaire"
    r"|database|atlas|tutorial)\b",
    re.IGNORECASE,
)
# A title that names a program as one
_PROGRAM = re.compile(
    r"\ba language and environment for statistical computing\b|\bR package\b"
    r"|\bstatistical software\b|\bcomputer (?:program|software)\b",
    re.IGNORECASE,
)
# A project's address in a code host, perhaps at a release or a branch:
# "https://github.com/owner/project", ".../releases/tag/v2.1" (a file in it, a tutorial's
# PDF, is no program)
_CODE_HOST = re.compile(
    r"(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)/[\w.-]+/[\w.-]+/?"
    r"(?:(?:releases/tag|tree)/[\w.-]+/?)?",
    re.IGNORECASE,
)


def repository_kind(ref: Reference) -> str:
    """ "software", "dataset" or "" for a work deposited in a data repository or a code
    host, or named as a program (never for one printed with a volume or pages: a
    journal's article)."""
    if ref.volume or ref.page:
        return ""
    # (a journal's name may name programs: "Journal of Statistical Software"; CRAN's
    # "R package version 3.4.0" read as one does)
    program = _PROGRAM.search(ref.title) or _PROGRAM.match(ref.container_title)
    if program or _CODE_HOST.fullmatch(ref.url):
        return "software"
    # a version after the title, or read as the journal ("Title. Version 2.1. 2030"); a
    # guideline's, a report's or a database's version names no program
    versioned = (
        _VERSION_SENTENCE.search(ref.title)
        or VERSION_ONLY.fullmatch(ref.container_title)
        or VERSION_ONLY.fullmatch(ref.note)  # where parse/web_sentences.py put it
    )
    if versioned and (ref.doi or ref.url or ref.publisher) and not _DOCUMENT.search(ref.title):
        return "software"
    doi = ref.doi or ref.source_text
    return "dataset" if _DATA_DOI.search(doi) else ""


def version_apart(ref: Reference) -> Reference:
    """The version printed after the title, as the note: "Counting platelets. Version 2.1"
    is titled "Counting platelets"."""
    found = _VERSION_SENTENCE.search(ref.title)
    if found is None:
        return ref
    version = ref.title[found.start() + 1 :].strip(" .")
    return ref.with_fields(title=ref.title[: found.start()], note=ref.note or version)


# A record's accession in a public archive, printed as such: "Accession GSE999999",
# "Accession number PRJNA123456", "GEO accession no. GSE12345", "Dataset identifier
# PXD012345" (an identifier has letters and at least three digits: "Accessions in seed
# collections" names none)
_ACCESSION = re.compile(
    r"\b(?:accession(?:\s+(?:number|no\.?|code|ID))?|dataset identifier)s?\s*:?\s*"
    r"(?P<id>[A-Za-z][A-Za-z_-]*\d{3,}[\w-]*(?:\.[\w-]+)*)",
    re.IGNORECASE,
)
# An archive's accession printed bare, as a sentence of its own after the archive's name:
# "Title. Gene Expression Omnibus. GSE999999. 2031." (GEO, SRA, BioProject, ArrayExpress, EGA,
# dbGaP), the archive's name the sentence before it
_BARE_ACCESSION = re.compile(
    r"(?<=[.;] )(?:(?P<archive>[A-Z][A-Za-z' -]{2,60})[.;] )?(?P<id>(?:GSE|GDS|SRP|SRA|PRJNA"
    r"|PRJEB|EGAS|EGAD|E-MTAB-|E-GEOD-|phs)\d{3,}(?:\.v\d+)?)(?=[.;,]?(?:\s|$))"
)
# The archive and the year printed before it: "Gene Expression Omnibus; 2031."
_ARCHIVE_YEAR = re.compile(
    rf"(?:^|(?<=[.?!] ))(?P<archive>[A-Z][^.;:?!]{{2,80}})[;,]\s*(?P<year>{YEAR.pattern})\.?\s*$"
)

# What that form gives: the fields the rule reads or clears
ACCESSION_FIELDS = frozenset({"title", "container_title", "publisher", "issued", "page", "note"})


def cited_by_accession(ref: Reference) -> bool:
    """Whether ``ref``'s printed text names a record's accession (``_ACCESSION``), or
    prints one bare after its archive (``_BARE_ACCESSION``)."""
    return _accession(ref.source_text) is not None


def _accession(printed: str) -> re.Match[str] | None:
    return _named_accession(printed) or _bare_accession(printed)


# Each searched only where the words it needs are (every entry is asked, few have one)
_named_accession = searched_where(_ACCESSION, ("accession", "dataset identifier"))
_bare_accession = searched_where(
    _BARE_ACCESSION,
    ("GSE", "GDS", "SRP", "SRA", "PRJNA", "PRJEB", "EGAS", "EGAD", "E-MTAB-", "E-GEOD-", "phs"),
    case_blind=False,
)


def accession_dataset(ref: Reference) -> Reference:
    """``ref`` as a data set when it is cited by its accession in a public archive and has
    no volume ("Title. Gene Expression Omnibus; 2031. Accession GSE999999."): the archive,
    which the readers took for a journal or left in the title, is its publisher; the
    accession is its note; the accession's digits, read as pages, are none. Else ``ref``."""
    found = None
    if ref.type != "dataset":
        found = _accession(ref.source_text)
    if found is None:
        return ref
    accession = found["id"].rstrip(".")
    if any(value and value not in accession for value in (ref.volume, ref.page)):
        return ref  # a journal's article that names an accession after its pages
    printed = _ARCHIVE_YEAR.search(ref.source_text[: found.start()].rstrip())
    bare = found.re is _BARE_ACCESSION and found["archive"]
    archive = printed["archive"].strip() if printed else bare or ref.container_title
    if archive == accession or (not printed and not bare and accession in archive):
        archive = ""  # the accession read as a journal names no archive
    title = ref.title
    if archive and (at := title.find(archive)) > 0:
        title = title[:at].strip(" .;,")  # the archive and the rest ran into the title
    return ref.with_fields(
        type="dataset",
        title=title,
        container_title="",
        container_title_short="",
        publisher=ref.publisher or archive,
        issued=ref.issued or ((int(printed["year"]),) if printed else None),
        volume="",
        page="",
        note=ref.note or f"Accession {accession}",
    )
