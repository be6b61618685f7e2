"""A clinical trial's registration cited as a reference: its registry, its identifier, its
title.

Medical manuscripts cite a trial by its registry record. AMA prints it as a web page with
the registry's identifier sentence ("A study of X. ClinicalTrials.gov identifier:
NCT01234567. Updated March 1, 2030. Accessed May 2, 2030. URL"), Citing Medicine as a
part of the registry's database ("ClinicalTrials.gov [Internet]. Bethesda (MD): National
Library of Medicine (US). 2000 Feb 29 - . Identifier NCT00000419, A study of X; 1999 Nov
2 [cited ...]. Available from: URL"). Read as a plain web page, the identifier sentence
ran into the title, or the whole database imprint did. The identifier is kept as printed
in the note (where Zotero's and the styles' web pages carry it), the registry is the site.
"""

from __future__ import annotations

import re

from ..model import Reference
from .prefilter import holds_any
from .years import loose_date

# Registry identifiers (WHO's primary registries and ClinicalTrials.gov), as printed
_ID = (
    r"(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|ChiCTR[-\w]{6,20}|DRKS\d{8}|EudraCT[ :]*\d{4}-\d{6}"
    r"-\d{2}|\d{4}-\d{6}-\d{2}|CTRI/\d{4}/\d{2,3}/\d{6}|JPRN-\w{6,20}|NTR\d{3,5}|KCT\d{7})"
)
_ANY_ID = re.compile(_ID)  # (compiled once: every reference is asked)
# What one of the identifiers needs: a registry's letters, or the bare EudraCT number's
# hyphen before six figures (asked first, in C: few references cite a trial)
_ID_LETTERS = ("NCT", "ISRCTN", "ACTRN", "ChiCTR", "DRKS", "CTRI/", "JPRN-", "NTR", "KCT")
_BARE_NUMBER = re.compile(r"-\d{6}")
# AMA's sentence: "ClinicalTrials.gov identifier: NCT01234567." (the registry is the rest of
# its sentence: "ClinicalTrials.gov", "ISRCTN registry", "EU Clinical Trials Register")
_AMA = re.compile(rf"\s(?:identifier|ID|registration number):?\s*(?P<id>{_ID})\.?", re.I)
# Citing Medicine's: "Identifier NCT00000419, A study of X; 1999 Nov 2"
_NLM = re.compile(
    rf"\bIdentifier:?\s+(?P<id>{_ID}),\s+(?P<title>[^;]{{3,400}});\s*(?P<date>[^\[;.]{{4,20}})"
)
# The identifier as a sentence of its own after the title, the registry the reference's
# opening name: "ClinicalTrials.gov. A study of X. NCT01234567. Accessed ..."
_ALONE = re.compile(rf"\. (?P<id>{_ID})$")
_REGISTRY_SITE = re.compile(r"\A[\w-]+\.(?:gov|org|eu|com|net)(?:\.\w\w)?\Z")
_REGISTRY_WORD = re.compile(r"\bRegist(?:er|ry)\b")
_REGISTRY_OPENS = re.compile(r"\A(?P<registry>[A-Z][\w.\-]{2,40}) \[Internet\]")


def registration(ref: Reference) -> Reference:
    """``ref`` read as a trial's registration when its printed text names a registry's
    identifier in one of the two forms; ``ref`` itself otherwise."""
    printed = ref.source_text
    if not (holds_any(printed, _ID_LETTERS) or _BARE_NUMBER.search(printed)):
        return ref
    if not _ANY_ID.search(printed):
        return ref
    if (nlm := _NLM.search(printed)) and (opens := _REGISTRY_OPENS.match(printed)):
        registry = opens["registry"]
        return ref.with_fields(
            type="webpage",
            issued=loose_date(nlm["date"]) or ref.issued,
            title=nlm["title"].strip(),
            container_title=registry,
            container_title_short="",
            note=f"{registry} identifier: {nlm['id']}",
        )
    ama = _AMA.search(ref.title) if ref.title else None
    if ama is None:
        return _identifier_alone(ref)
    cut = ref.title.rfind(". ", 0, ama.start())
    registry = ref.title[cut + 2 if cut >= 0 else 0 : ama.start()].strip()
    title = ref.title[:cut].strip() if cut >= 0 else ""
    if not registry or len(registry) > 60:
        return ref
    return ref.with_fields(
        type="webpage",
        title=title or ref.title,
        container_title=ref.container_title or registry,
        note=f"{registry} identifier: {ama['id']}",
    )


def _identifier_alone(ref: Reference) -> Reference:
    """``ref`` read as a registration when its title ends with the identifier as a
    sentence of its own and the name it opens with is a registry's ("ClinicalTrials.gov",
    "ISRCTN Registry"): the registry is also the site, the identifier the note. The name
    stays the author, as the lists' own markup tags it."""
    alone = _ALONE.search(ref.title)
    opening = ref.author[0].literal if len(ref.author) == 1 else ""
    if not alone or not (_REGISTRY_SITE.fullmatch(opening) or _REGISTRY_WORD.search(opening)):
        return ref
    return ref.with_fields(
        type="webpage",
        title=ref.title[: alone.start()].strip(),
        container_title=ref.container_title or opening,
        note=f"{opening} identifier: {alone['id']}",
    )
