"""Tokens that are identifiers, labelled by what they are whatever the labeller says.

A DOI, a link, a PubMed id or a PMCID is told by its printed form and its cue word ("PMID:",
"https://doi.org/"), not by where it stands, so these rules relabel such tokens before
:mod:`.assemble` cuts the fields, and give the patterns that cut each identifier's value
from its span. Kept apart so that :mod:`.assemble` reads as the order of its rules and every
rule about identifiers is found in one place.
"""

from __future__ import annotations

import re

from .labeller import Labelled
from .prefilter import may_hold
from .token_index import all_of, first_of, holds_lowered, labels_in

IDENTIFIER = {
    "doi": re.compile(r"10\.\d{4,9}/\S+"),
    "pmid": re.compile(r"\d{1,9}"),
    "pmcid": re.compile(r"(?:PMC)?\d+"),
    "url": re.compile(r"(?:https?://|www\.)\S+"),
}


# The words a PubMed id or a PMCID follows, in lower case
_ID_CUES = frozenset(("pubmed", "pmid", "pmcid", "medline"))


def pubmed_ids(labelled: list[Labelled]) -> list[Labelled]:
    """The number after "PubMed:" or "PMID:" is the PubMed id, and "PMCID: PMC123" the
    PMCID, whatever the labeller says (PLOS prints "... 57-62. PubMed: 9732203.", BMJ
    "doi:10.1136/bmj.m1 pmid:32000001" in lower case)."""
    if not holds_lowered(labelled, _ID_CUES):  # (as most entries: asked in C)
        return list(labelled)
    out = list(labelled)
    for i, x in enumerate(labelled[:-1]):
        if len(t := x.token.text) >= 4 and t.lower() in _ID_CUES:
            j = i + 1 + (labelled[i + 1].token.text == ":")
            if j < len(out) and re.fullmatch(r"(?:PMC)*\d{4,9}", out[j].token.text):
                kind = "pmcid" if "PMC" in (x.token.text + out[j].token.text).upper() else "pmid"
                out[j] = out[j]._replace(label=kind)
    return out


# A serial's or a book's number: "ISSN: 1672-0202", "ISSN 1234-567X", "ISBN 978-85-00-00000-0"
# (never begun inside a run of its characters, so a search over a long run stays linear)
_STANDARD_NUMBER = re.compile(r"(?<![\dXx])(?:[\dXx]+(?:-[\dXx]+)+|\d{8,13}[Xx]?)")


def standard_numbers_out(labelled: list[Labelled], source: str) -> list[Labelled]:
    """The number after "ISSN" or "ISBN" is no field: CNKI's tails ("... p.86-97, 2030.
    Available from: <...>. Accessed: Mar. 18, 2031. ISSN:1672-0202.") end with the
    journal's ISSN, which the labeller, knowing "1672-0202" only as a page range, read as
    the pages (the longest span of pages, so it won over the printed "p.86-97"). The
    reference's text ``source`` is asked first, in C, whether it holds either word."""
    if not may_hold(source, ("issn", "isbn")):
        return labelled
    out = list(labelled)
    for i, x in enumerate(labelled[:-1]):
        if len(x.token.text) == 4 and x.token.text.upper() in ("ISSN", "ISBN"):
            j = i + 1 + (labelled[i + 1].token.text == ":")
            if j < len(out) and _STANDARD_NUMBER.fullmatch(out[j].token.text):
                out[j] = out[j]._replace(label="other")
    return out


# The Portuguese and Spanish cues of an address ("Recuperado de URL", APA's in Spanish;
# "Disponível em: URL", "Disponible en: URL"), lower-cased, without their colon
_ROMANCE_CUES = (("recuperado", "de"), ("disponível", "em"), ("disponible", "en"))


def romance_cues_out(labelled: list[Labelled], source: str) -> list[Labelled]:
    """The words that open an address in Portuguese and Spanish are no field: the labeller,
    which knows "Available from" and "Retrieved from" better, ran the title (or read the
    journal) on to "Recuperado de" and "Disponível" ("Title. Recuperado de https://...").
    The reference's text ``source`` is asked first whether it holds such a word."""
    if not may_hold(source, ("recuperado", "dispon")):
        return labelled
    out = list(labelled)
    for i in all_of(labelled, "url"):  # (found in C)
        if i < 2:
            continue
        cue = i - 1 - (labelled[i - 1].token.text == ":")
        if cue < 1:
            continue
        pair = (labelled[cue - 1].token.text.lower(), labelled[cue].token.text.lower())
        if pair in _ROMANCE_CUES:
            for k in range(cue - 1, i):
                out[k] = out[k]._replace(label="other")
    return out


_DOI_LINK = re.compile(r"https?://(?:dx\.)?doi\.org/10\.\d{4,9}/")

# How every token `identifier` may change opens (the others are left as they are)
LINKED = ("10.", "http://", "https://", "www.")


def identifier(x: Labelled) -> Labelled:
    """A DOI or a URL token is its identifier, whatever the labeller says: a bare DOI after
    the pages ("...2023;24(12):10004. 10.3390/ijms2412") is not the journal, and a link
    with no DOI in it that the labeller took for one ("Title 2030 https://example.org/x",
    a page's year and address with no full stop between) is the URL, not lost; a link to
    doi.org is the DOI ("(https://doi.org/10.x/y)" after the pages, Bioscientifica's)."""
    text = x.token.text
    if x.label != "doi" and text[:3] == "10." and "/" in text:  # a bare DOI is no URL
        return x._replace(label="doi")
    if x.label != "doi" and _DOI_LINK.match(text):
        return x._replace(label="doi")
    link = text.startswith(("http://", "https://", "www."))
    if link and (x.label not in ("doi", "url") or not IDENTIFIER["doi"].search(text)):
        return x._replace(label="url")
    return x


def no_title_after_identifier(labelled: list[Labelled]) -> list[Labelled]:
    """What follows a DOI or a URL is no title (nor journal) when the title (or journal)
    came before it: OUP's preprints ("Title. bioRxiv, doi: https://doi.org/10.x/y, 2
    January 2030, preprint: not peer reviewed.") print a date and a note there, which the
    labeller, which takes the longest title (or journal) it read, would take for them."""
    at = min(
        (i for i in (first_of(labelled, "doi"), first_of(labelled, "url")) if i >= 0), default=-1
    )
    if at < 0:
        return labelled
    before = set(labels_in(labelled)[:at])
    return [
        x._replace(label="note") if k > at and x.label in before & _READ_BEFORE else x
        for k, x in enumerate(labelled)
    ]


_READ_BEFORE = frozenset({"title", "container"})
