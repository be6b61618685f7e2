"""NCBI: PubMed through E-utilities, and the PMC ID converter.

E-utilities (``{base}/esearch.fcgi``, ``{base}/efetch.fcgi``) find PMIDs and fetch PubMed
records as XML: authors (with PubMed's own "list complete" flag), journal, dates, pages,
the article's DOI and PMCID, and the abstract, kept for claim checking. Many DOIs are looked
up with one esearch (``"A"[doi] OR "B"[doi]``) and one efetch. Printed citations without an
identifier go to PubMed's batch citation matcher (``{base}/ecitmatch.cgi``): journal, year,
volume, first page and first author, many citations a request, where a title search would
cost one request each. The ID converter maps a PMCID to its PMID and DOI, up to 200 at a
time. Every request carries ``tool`` and ``email`` as
NCBI asks; an ``api_key`` (NCBI_API_KEY) raises the allowed rate from 3 to 10 a second.
"""

from __future__ import annotations

import functools
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar
from urllib.parse import quote_plus

from ..errors import ServiceError
from ..model import Reference
from .http import HttpClient
from .pubmedxml import (  # re-exported: the readers' public names stay here
    ARTICLE_SET,
    EUTILS,
    articles,
    parse_pubmed_xml,
    pubmed_article_to_reference,
)
from .text import first_page, fold, normalise_doi

DEFAULT_EUTILS = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
DEFAULT_IDCONV = "https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0"
IDCONV = "idconv"
FETCH_BATCH = 200  # PMIDs per efetch: NCBI asks for POST only above about 200
URL_BUDGET = 4000  # characters of query string per batched GET (esearch by DOI, ecitmatch)
IDCONV_BATCH = 200
T = TypeVar("T")


def eutils_base() -> str:
    return os.environ.get("BLINAREFS_EUTILS_API", DEFAULT_EUTILS).rstrip("/")


def idconv_base() -> str:
    return os.environ.get("BLINAREFS_IDCONV_API", DEFAULT_IDCONV).rstrip("/")


def api_key() -> str:
    return os.environ.get("NCBI_API_KEY", "")


def _params(client: HttpClient, **extra: str) -> dict[str, str]:
    params = {"tool": "blinarefs", **extra}
    if client.mailto:
        params["email"] = client.mailto
    if api_key():
        params["api_key"] = api_key()
    return params


# -- asking ------------------------------------------------------------------------------------


def _esearch_params(client: HttpClient, term: str, retmax: int) -> dict[str, str]:
    return _params(client, db="pubmed", term=term, retmode="json", retmax=str(retmax))


def _read_esearch(data: object) -> list[str]:
    try:
        ids = data["esearchresult"]["idlist"]  # type: ignore[index]
    except (KeyError, TypeError):
        raise ServiceError(f"{EUTILS}: esearch answered without an id list") from None
    if not isinstance(ids, list) or not all(str(i).isdigit() for i in ids):
        raise ServiceError(f"{EUTILS}: esearch answered with an id list that holds no PMIDs")
    return [str(i) for i in ids]


def esearch(client: HttpClient, term: str, retmax: int = 5) -> list[str]:
    url = f"{eutils_base()}/esearch.fcgi"
    params = _esearch_params(client, term, retmax)
    return client.get_json(EUTILS, url, params, read=_read_esearch) or []


def _efetch_params(client: HttpClient, ids: list[str]) -> dict[str, str]:
    return _params(client, db="pubmed", id=",".join(ids), retmode="xml")


def efetch(client: HttpClient, pmids: Iterable[str]) -> dict[str, Reference]:
    """PubMed records by PMID; each record is cached as if fetched alone, so later runs
    find it whatever batches they form."""
    url = f"{eutils_base()}/efetch.fcgi"
    out: dict[str, Reference] = {}
    pending = []
    for pmid in dict.fromkeys(p for p in pmids if p):
        hit, response = client.cached(url, _efetch_params(client, [pmid]))
        if hit:
            out.update(parse_pubmed_xml(response.text) if response is not None else {})
        else:
            pending.append(pmid)
    for start in range(0, len(pending), FETCH_BATCH):
        chunk = pending[start : start + FETCH_BATCH]
        read = functools.partial(_read_efetch, asked=chunk)
        found = client.get_text(EUTILS, url, _efetch_params(client, chunk), read=read) or {}
        for pmid in chunk:
            node, ref = found.get(pmid, (None, None))
            body = None if node is None else ARTICLE_SET.format(ET.tostring(node, "unicode"))
            client.remember(url, _efetch_params(client, [pmid]), body, content_type="text/xml")
            if ref is not None:
                out[pmid] = ref
    return out


def _read_efetch(text: str, asked: list[str]) -> dict[str, tuple[ET.Element, Reference]]:
    """An efetch answer's records by PMID. A record that was not asked for makes the whole
    answer suspect: the PMIDs it lacks would otherwise be taken (and cached) as unknown."""
    records: dict[str, tuple[ET.Element, Reference]] = {
        p: (n, pubmed_article_to_reference(n)) for p, n in articles(text).items()
    }
    stray = sorted(set(records) - set(asked))
    if stray:
        raise ServiceError(f"{EUTILS}: the efetch answer holds records not asked for ({stray[0]})")
    return records


def records_for_dois(client: HttpClient, dois: Iterable[str]) -> dict[str, Reference]:
    """PubMed records for DOIs, by normalised DOI: one esearch (``"A"[doi] OR ...``) and one
    efetch per batch; each DOI's answer is cached as its own one-DOI search."""
    url = f"{eutils_base()}/esearch.fcgi"
    out: dict[str, Reference] = {}
    known: list[str] = []
    pending = []
    for doi in dict.fromkeys(normalise_doi(d) for d in dois if d):
        hit, response = client.cached(url, _esearch_params(client, _doi_term([doi]), 2))
        if hit:
            known += _read_esearch(response.json()) if response is not None else []
        else:
            pending.append(doi)
    for ref in efetch(client, known).values():
        out[normalise_doi(ref.doi)] = ref
    for chunk in _chunks(pending, lambda d: len(quote_plus(_doi_term([d]))) + 8):
        found = efetch(client, esearch(client, _doi_term(chunk), retmax=len(chunk) * 2))
        by_doi = {normalise_doi(r.doi): r for r in found.values() if r.doi}
        for doi in chunk:
            ids = [by_doi[doi].pmid] if doi in by_doi else []
            answer = {"esearchresult": {"count": str(len(ids)), "idlist": ids}}
            params = _esearch_params(client, _doi_term([doi]), 2)
            client.remember(url, params, json.dumps(answer))
            if doi in by_doi:
                out[doi] = by_doi[doi]
    return out


def _doi_term(dois: list[str]) -> str:
    return " OR ".join(f'"{d}"[doi]' for d in dois)


def _chunks(items: list[T], cost: Callable[[T], int]) -> Iterator[list[T]]:
    """``items`` in consecutive groups whose encoded size stays within URL_BUDGET (a group
    holds at least one item), so one GET carries as many as a server reliably accepts."""
    chunk: list[T] = []
    used = 0
    for item in items:
        size = cost(item)
        if chunk and used + size > URL_BUDGET:
            yield chunk
            chunk, used = [], 0
        chunk.append(item)
        used += size
    if chunk:
        yield chunk


def search_term(ref: Reference) -> str:
    """A PubMed query for a reference without identifiers: its significant title words in
    the title field, the first author, and the printed year give or take one."""
    words = [w for w in re.findall(r"[^\W_]{4,}", ref.title)][:10]
    parts = [f"{w}[ti]" for w in words]
    if ref.author and ref.author[0].family:
        parts.append(f"{ref.author[0].full_family}[1au]")
    if ref.year:
        parts.append(f"{ref.year - 1}:{ref.year + 1}[dp]")
    return " AND ".join(parts)


def search(client: HttpClient, ref: Reference, retmax: int = 3) -> list[str]:
    term = search_term(ref)
    return esearch(client, term, retmax) if term else []


# -- the batch citation matcher -----------------------------------------------------------------


def citation_string(ref: Reference) -> str:
    """ECitMatch's form of a printed journal citation, ``journal|year|volume|first page|
    author|`` (lower case, letters and digits only, so no value can hold the ``|`` that
    separates them), or "" when journal, year, volume or first page is missing: without
    all four the matcher cannot single an article out."""
    journal = fold(ref.container_title_short or ref.container_title)
    page = first_page(ref.page)
    if not (journal and ref.year and fold(ref.volume) and page):
        return ""
    author = ""
    first = ref.author[0] if ref.author else None
    if first is not None and first.family:
        initials = "".join(w[0] for w in fold(first.given).split())
        author = f"{fold(first.full_family)} {initials}".strip()
    return f"{journal}|{ref.year}|{fold(ref.volume)}|{page}|{author}|"


def _citmatch_params(client: HttpClient, keyed: list[tuple[str, str]]) -> dict[str, str]:
    """The request for (citation, key) pairs: each line is the citation, its key and "|"."""
    bdata = "\r".join(f"{cit}{key}|" for cit, key in keyed)
    return _params(client, db="pubmed", retmode="xml", bdata=bdata)


def _read_citmatch(text: str, asked: list[str]) -> dict[str, list[str]]:
    """ECitMatch's answer (plain text whatever ``retmode`` says): a line per citation, the
    citation echoed and the result after its last ``|``: a PMID, ``AMBIGUOUS 1,2`` or
    ``AMBIGUOUS (n citations)``, or ``NOT_FOUND[;INVALID_JOURNAL]``. The key precedes the
    result: a miss may echo the citation with a field left out. Returns the PMIDs by key
    (one for a match, several for a listed ambiguity, none otherwise)."""
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        fields = line.strip().split("|")
        if len(fields) < 2 or fields[-2] not in asked:
            continue
        result = fields[-1].strip()
        if result.isdigit():
            out[fields[-2]] = [result]
        elif result.startswith("AMBIGUOUS"):
            out[fields[-2]] = re.findall(r"\d+", result) if "citations" not in result else []
        else:
            out[fields[-2]] = []
    if not out and asked and text.strip():
        raise ServiceError(f"{EUTILS}: the ecitmatch answer holds no line for any citation asked")
    return out


def citmatch(client: HttpClient, citations: Iterable[str]) -> dict[str, list[str]]:
    """PMIDs for ECitMatch citation strings (see :func:`citation_string`), by citation: one
    PMID for a unique match, several when PubMed lists the articles that fit, none when
    nothing does. Each answer is cached as if its citation had been asked alone."""
    url = f"{eutils_base()}/ecitmatch.cgi"
    out: dict[str, list[str]] = {}
    pending = []
    for cit in dict.fromkeys(c for c in citations if c):
        hit, response = client.cached(url, _citmatch_params(client, [(cit, "1")]))
        if hit:
            out[cit] = _read_citmatch(response.text, ["1"]).get("1", []) if response else []
        else:
            pending.append(cit)
    keyed = [(cit, str(n)) for n, cit in enumerate(pending, 1)]
    for chunk in _chunks(keyed, lambda pair: len(quote_plus(f"{pair[0]}{pair[1]}|")) + 3):
        read = functools.partial(_read_citmatch, asked=[key for _, key in chunk])
        found = client.get_text(EUTILS, url, _citmatch_params(client, chunk), read=read) or {}
        for cit, key in chunk:
            pmids = out[cit] = found.get(key, [])
            if key not in found:
                continue  # no line for it: ask again next time rather than cache a miss
            result = ",".join(pmids) if len(pmids) < 2 else "AMBIGUOUS " + ",".join(pmids)
            answer = f"{cit}1|{result or 'NOT_FOUND'}\n"
            client.remember(url, _citmatch_params(client, [(cit, "1")]), answer,
                            content_type="text/plain")  # fmt: skip
    return out


def idconv(client: HttpClient, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """PMCIDs (or PMIDs, or DOIs: one kind per call) -> {"pmid", "pmcid", "doi"} known to PMC."""
    wanted = list(dict.fromkeys(i for i in ids if i))
    out: dict[str, dict[str, str]] = {}
    for start in range(0, len(wanted), IDCONV_BATCH):
        chunk = wanted[start : start + IDCONV_BATCH]
        params = _params(client, ids=",".join(chunk), format="json", versions="no")
        out.update(client.get_json(IDCONV, f"{idconv_base()}/", params, read=_read_idconv) or {})
    return out


def _read_idconv(data: object) -> dict[str, dict[str, str]]:
    if not isinstance(data, dict) or data.get("status") != "ok":
        raise ServiceError(f"{IDCONV}: unexpected answer")
    out = {}
    for record in data.get("records") or []:
        if not isinstance(record, dict) or record.get("status") == "error":
            continue
        asked = str(record.get("requested-id") or record.get("pmcid") or "")
        out[asked.upper() if asked.lower().startswith("pmc") else asked] = {
            k: str(record[k]) for k in ("pmid", "pmcid", "doi") if record.get(k)
        }
    return out
