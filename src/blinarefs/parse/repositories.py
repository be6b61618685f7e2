"""Data sets and software named by where they are deposited, when no "[dataset]" or
"[software]" was printed: "Poe C. Counting platelets. Version 2.1. Zenodo; 2031.
doi:10.5281/zenodo.1234567" came out as a book titled "Counting platelets. Version 2.1",
published by Zenodo.

A DOI of a data repository names a data set (Dryad, figshare, Mendeley Data, Dataverse,
Zenodo); a version printed as a sentence of its own after the title makes it software (as
AMA prints a program, "Version 4.2"), and the version is the note, not part of the title.
"""

from __future__ import annotations

import re

from ..model import Reference

# DataCite prefixes of general data repositories (each prefix is the repository's own)
_DATA_DOI = re.compile(
    r"\b10\.(?:5061/dryad|6084/m9\.figshare|17632/|7910/dvn|5281/zenodo)", re.IGNORECASE
)
# "Title. Version 2.1." / "Title. Ver 3." / "Title. v1.0.2." as a sentence of its own
_VERSION_SENTENCE = re.compile(r"\.\s+(?:Version|Ver\.?|v)\s?(\d+(?:\.\d+)*[a-z]?)\.?$")


def repository_kind(ref: Reference) -> str:
    """ "software", "dataset" or "" for a work deposited in a data repository (never for
    one printed with a volume or pages: a journal's article)."""
    if ref.volume or ref.page:
        return ""
    versioned = _VERSION_SENTENCE.search(ref.title) is not None
    if versioned and (ref.doi or ref.url or ref.publisher):
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
