"""NLM journal title abbreviations, for entries that lack ``container-title-short``.

Blood and Vancouver print journal names as NLM abbreviates them. Most entries carry the
abbreviation already (the parser keeps the printed one, enrichment copies Crossref's); this
small table covers the journals of the embedded case when an entry has only the full name.
Every value is the NLM Title Abbreviation as PubMed shows it for an article of that journal;
the PubMed records are named in ../shared/data/seed-references.json ("sources" of ref4 and
ref8; Blood and JAMA are their own abbreviations). It is deliberately small: a wrong
abbreviation is worse than the full name, so nothing is guessed or constructed by rule.
"""

from __future__ import annotations

import re

# normalised full title -> NLM Title Abbreviation
_NLM: dict[str, str] = {
    "new england journal of medicine": "N Engl J Med",  # PubMed, PMID 39047240
    "journal of clinical oncology": "J Clin Oncol",  # PubMed, PMID 37257143
    "blood": "Blood",
    "jama": "JAMA",
}


def _normalise(title: str) -> str:
    text = re.sub(r"[^\w\s]", " ", title.casefold())
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("the ")


def nlm_abbreviation(container_title: str) -> str | None:
    """The NLM abbreviation of a journal's full title, or None when the table lacks it."""
    return _NLM.get(_normalise(container_title)) if container_title else None
