"""Enrichment of 1,000 synthetic entries against a local server that mimics Crossref and NCBI.

    python benchmarks/bench_enrich.py                  # 1,000 entries, 100 ms latency
    python benchmarks/bench_enrich.py --n 200          # a quicker look
    python benchmarks/bench_enrich.py --api-key        # NCBI_API_KEY set: NCBI allows 10/s
    python benchmarks/bench_enrich.py --skip-baseline  # without the slow sequential client
    python benchmarks/bench_enrich.py --crossref-2025  # Crossref's December 2025 limits

One server (127.0.0.1, a free port) answers every service after a fixed latency:

- Crossref, under ``/crossref``: ``/works/{doi}``, ``/works?filter=doi:...`` and
  ``/works?query.bibliographic=...`` in Crossref's envelope. It advertises
  ``X-Rate-Limit-Limit: 20`` per second, answers 429 with ``Retry-After: 1`` above that,
  and 2% of requests at random with a 429 too. It holds one work per synthetic entry
  (synthetic DOIs under 10.5555; an entry made without a DOI is there as
  ``10.5555/synth-nodoi.{i}``).
- NCBI E-utilities, under ``/eutils``: a PubMed that holds every synthetic journal article
  (books are not in PubMed) under PMID ``10,000,000 + i``, the PMID synth.py gives about half
  of the entries, with the DOI Crossref has for it. ``esearch.fcgi`` answers DOI terms
  (``"A"[doi] OR "B"[doi]``) and title searches (``word[ti] AND Family[1au] AND
  1999:2001[dp]``) in esearch's JSON; ``efetch.fcgi`` answers a ``PubmedArticleSet`` in
  PubMed's XML; ``ecitmatch.cgi``, the batch citation matcher, answers plain text, a line
  per ``journal|year|volume|first page|author|key|`` citation with the PMID,
  ``NOT_FOUND``, ``NOT_FOUND;INVALID_JOURNAL`` or ``AMBIGUOUS (n citations)`` appended.
  NCBI's limit: 3 requests a second (10 with an ``api_key``), above that 429 with a JSON
  error and no Retry-After, as NCBI answers; and 2% random 429s, in a window of its own.
- ``/idconv`` (the PMC ID converter) answers an empty record list and ``/doi`` (doi.org)
  404: neither should be asked for these entries; they are there so nothing leaves the
  machine.

The store given to enrichment is the library as a printed list leaves it: three authors and
"et al", and no DOI for the entries synth.py made without one (they must be found by search
or by PubMed).

Compared on that printed list: blinarefs with its default options (Crossref and PubMed),
blinarefs with ``pubmed=False`` (Crossref only), each run again from the cache of its first
run, and a sequential client that asks Crossref one request per entry (``/works/{doi}``, or a
search), waiting out each 429. The same again for the list with every entry keeping its DOI
(blinarefs with default options). The target: at least 10x fewer requests and 10x less wall
time than the sequential client, zero requests on the rerun, no 429 left unhandled (no entry
whose result is "failed").

``--crossref-2025`` replaces the Crossref mock's 20 a second by the limits Crossref enforces
since 1 December 2025, per endpoint and pool (``crossref_limits.py``: single records 10 a
second and 3 at once in the polite pool, list requests 3 a second and 3 at once; 429 with
``Retry-After: 1`` beyond them, no random ones). It runs blinarefs in the polite pool on
the printed list, its rerun and the sequential client, and compares the wall time with the
limits' floor: the time the requests blinarefs made would take at exactly those limits.
The target: no 429 at all in the polite pool.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import threading
import time
import traceback
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from crossref_limits import LIMITS, EndpointLimits, kind_of, pool_of
from synth import make_library
from timing import print_table

from blinarefs.enrich import EnrichOptions, enrich_store
from blinarefs.model import Name, Reference
from blinarefs.store import Store

RATE_LIMIT = 20  # requests a second the Crossref mock advertises and enforces
NCBI_LIMIT, NCBI_KEY_LIMIT = 3, 10  # E-utilities: requests a second without / with api_key
RANDOM_429 = 0.02
TARGET = 10.0  # fewer requests and less wall time than the sequential client, at least
NCBI_ENDPOINTS = ("esearch", "efetch", "ecitmatch", "eutils-other", "idconv")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
EFETCH_HEAD = (
    '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
    '1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
Answer = tuple[int, dict[str, str], str]  # status, headers (Content-Type included), body


class Limiter:
    """A sliding one-second window of admitted requests, plus random refusals."""

    def __init__(self, seed: int) -> None:
        self.lock = threading.Lock()
        self.window: deque[float] = deque()
        self.rng = random.Random(seed)

    def admit(self, limit: int) -> tuple[bool, int]:
        """(admitted, requests in the last second counting this one)."""
        with self.lock:
            now = time.monotonic()
            while self.window and now - self.window[0] >= 1.0:
                self.window.popleft()
            ok = len(self.window) < limit and self.rng.random() >= RANDOM_429
            if ok:
                self.window.append(now)
            return ok, len(self.window) + (not ok)


def _json(status: int, body: object, headers: dict[str, str] | None = None) -> Answer:
    return status, {**(headers or {}), "Content-Type": "application/json"}, json.dumps(body)


# -- Crossref -----------------------------------------------------------------------------------


def crossref_item(ref: Reference, doi: str) -> dict:
    return {
        "DOI": doi,
        "type": "journal-article" if ref.type == "article-journal" else ref.type,
        "title": [ref.title],
        "container-title": [ref.container_title] if ref.container_title else [],
        "short-container-title": [ref.container_title_short] if ref.container_title_short else [],
        "author": [
            {"given": n.given, "family": n.full_family, "sequence": "additional"}
            for n in ref.author
        ],
        "issued": {"date-parts": [list(ref.issued or ())]},
        "volume": ref.volume,
        "issue": ref.issue,
        "page": ref.page,
        "publisher": ref.publisher,
    }


def service_doi(i: int, ref: Reference) -> str:
    """The DOI both services hold for entry ``i``: its own, or one made up for it."""
    return ref.doi or f"10.5555/synth-nodoi.{i}"


class MockCrossref:
    """Works by DOI and a word index of their titles."""

    def __init__(self, library: list[Reference], seed: int = 7, limited: bool = True) -> None:
        self.limited = limited  # False: the server enforces the 2025 limits instead
        self.items: dict[str, dict] = {}
        self.index: dict[str, set[str]] = {}
        for i, ref in enumerate(library):
            doi = service_doi(i, ref).lower()
            self.items[doi] = crossref_item(ref, service_doi(i, ref))
            for word in set(re.findall(r"[a-z0-9]+", ref.title.lower())):
                self.index.setdefault(word, set()).add(doi)
        self.limiter = Limiter(seed)

    def handle(self, path: str, query: str) -> Answer:
        headers = {"X-Rate-Limit-Limit": str(RATE_LIMIT), "X-Rate-Limit-Interval": "1s"}
        if self.limited and not self.limiter.admit(RATE_LIMIT)[0]:
            body = {"status": "error", "message": "rate limited"}
            return _json(429, body, {**headers, "Retry-After": "1"})
        status, body = self.answer(path, query)
        return _json(status, body, headers)

    def answer(self, path: str, query: str) -> tuple[int, dict]:
        params = {k: v[0] for k, v in parse_qs(query).items()}
        if path.startswith("/works/"):
            item = self.items.get(unquote(path[len("/works/") :]).lower())
            if item is None:
                return 404, {}
            return 200, {"status": "ok", "message-type": "work", "message": item}
        rows = int(params.get("rows", "20"))
        dois = [f[4:].lower() for f in params.get("filter", "").split(",") if f.startswith("doi:")]
        if dois:
            items = [self.items[d] for d in dois if d in self.items]
        else:
            words = re.findall(r"[a-z0-9]+", params.get("query.bibliographic", "").lower())
            hits: dict[str, int] = {}
            for word in words:
                for doi in self.index.get(word, ()):
                    hits[doi] = hits.get(doi, 0) + 1
            best = sorted(hits, key=lambda d: (-hits[d], d))[:rows]
            items = [{**self.items[d], "score": float(hits[d])} for d in best]
        message = {"total-results": len(items), "items": items, "items-per-page": rows}
        return 200, {"status": "ok", "message-type": "work-list", "message": message}


# -- NCBI ---------------------------------------------------------------------------------------

_NOT_DECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "đ": "d",
     "Đ": "D", "ł": "l", "Ł": "L", "ð": "d", "þ": "th", "ı": "i"}
)  # fmt: skip


def plain(text: str) -> str:
    """How PubMed compares words: lower-case ASCII without accents, apostrophes dropped
    ("O'Brien" is "obrien"), any other punctuation a space."""
    text = unicodedata.normalize("NFKD", (text or "").translate(_NOT_DECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", re.sub(r"['’`]", "", text)))


def family_forms(name: Name) -> set[str]:
    """A person's family name as a query may give it: with its particle, without, joined."""
    full = plain(name.full_family)
    return {full, full.replace(" ", ""), plain(name.family)} - {""}


def is_author(name: Name, query: str) -> bool:
    """``Smith``, ``smith ab`` or ``van der berg ab`` for Smith AB or van der Berg AB."""
    q = plain(query)
    return any(q == f or q.startswith(f + " ") for f in family_forms(name))


def medline_pages(page: str) -> str:
    """PubMed's abbreviated range: 1234-1239 is "1234-9", 98-102 stays as it is."""
    m = re.fullmatch(r"(\d+)-(\d+)", page)
    if not m or len(m[1]) != len(m[2]):
        return page
    start, end = m.groups()
    same = 0
    while same < len(end) - 1 and start[same] == end[same]:
        same += 1
    return f"{start}-{end[same:]}"


def _sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, tag, attrs)
    if text:
        node.text = text
    return node


def pubmed_article(pmid: str, ref: Reference, doi: str) -> str:
    """One ``PubmedArticle`` as efetch gives it (ElementTree does the escaping)."""
    root = ET.Element("PubmedArticle")
    citation = _sub(root, "MedlineCitation", Status="MEDLINE", Owner="NLM")
    _sub(citation, "PMID", pmid, Version="1")
    article = _sub(citation, "Article", PubModel="Print")
    journal = _sub(article, "Journal")
    issue = _sub(journal, "JournalIssue", CitedMedium="Internet")
    if ref.volume:
        _sub(issue, "Volume", ref.volume)
    if ref.issue:
        _sub(issue, "Issue", ref.issue)
    date = _sub(issue, "PubDate")
    formats = (str, lambda month: MONTHS[month - 1], lambda day: f"{day:02d}")
    for tag, show, value in zip(("Year", "Month", "Day"), formats, ref.issued or (), strict=False):
        _sub(date, tag, show(value))
    _sub(journal, "Title", ref.container_title)
    _sub(journal, "ISOAbbreviation", ref.container_title_short)
    title = ref.title if ref.title.endswith((".", "?", "!")) else ref.title + "."
    _sub(article, "ArticleTitle", title)
    pagination = _sub(article, "Pagination")
    _sub(pagination, "MedlinePgn", medline_pages(ref.page))
    if ref.doi:
        _sub(article, "ELocationID", doi, EIdType="doi", ValidYN="Y")
    authors = _sub(article, "AuthorList", CompleteYN="Y")
    for name in ref.author:
        author = _sub(authors, "Author", ValidYN="Y")
        _sub(author, "LastName", name.full_family)  # PubMed keeps the particle here
        given = re.findall(r"[^\W\d_]+", name.given)  # "A. B." -> A, B
        if given:
            _sub(author, "ForeName", " ".join(given))
            _sub(author, "Initials", "".join(g[0] for g in given))
    _sub(article, "Language", "eng")
    types = _sub(article, "PublicationTypeList")
    _sub(types, "PublicationType", "Journal Article", UI="D016428")
    info = _sub(citation, "MedlineJournalInfo")
    _sub(info, "MedlineTA", ref.container_title_short)
    data = _sub(root, "PubmedData")
    _sub(data, "PublicationStatus", "ppublish")
    ids = _sub(data, "ArticleIdList")
    _sub(ids, "ArticleId", pmid, IdType="pubmed")
    if doi:
        _sub(ids, "ArticleId", doi, IdType="doi")
    return ET.tostring(root, encoding="unicode")


class MockNcbi:
    """PubMed's journal articles by PMID, with indexes for esearch and ECitMatch."""

    def __init__(self, library: list[Reference], seed: int = 8) -> None:
        self.records: dict[str, tuple[Reference, str]] = {}  # PMID -> (article, DOI)
        self.by_doi: dict[str, str] = {}
        self.title_words: dict[str, set[str]] = {}
        self.citations: dict[tuple[str, str, str, str], list[str]] = {}
        self.journals: set[str] = set()
        self.xml: dict[str, str] = {}
        for i, ref in enumerate(library):
            if ref.type != "article-journal":
                continue
            pmid, doi = str(10_000_000 + i), service_doi(i, ref)
            self.records[pmid] = (ref, doi)
            self.by_doi[doi.lower()] = pmid
            for word in set(plain(ref.title).split()):
                self.title_words.setdefault(word, set()).add(pmid)
            for journal in {plain(ref.container_title), plain(ref.container_title_short)} - {""}:
                self.journals.add(journal)
                key = (journal, str(ref.year), plain(ref.volume), plain(ref.first_page))
                self.citations.setdefault(key, []).append(pmid)
        self.limiter = Limiter(seed)

    def handle(self, path: str, query: str) -> Answer:
        params = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
        ok, count = self.limiter.admit(NCBI_KEY_LIMIT if params.get("api_key") else NCBI_LIMIT)
        if not ok:  # NCBI sends no Retry-After
            return _json(429, {"error": "API rate limit exceeded", "count": str(count)})
        if params.get("db", "pubmed") != "pubmed":
            return _json(400, {"error": f"this mock holds pubmed only, not {params['db']}"})
        if path == "/esearch.fcgi":
            return _json(200, self.esearch(params))
        if path == "/efetch.fcgi":
            return 200, {"Content-Type": "text/xml; charset=UTF-8"}, self.efetch(params)
        if path == "/ecitmatch.cgi":
            if not params.get("bdata"):
                return 400, {"Content-Type": "text/plain; charset=UTF-8"}, "Empty bdata\n"
            return 200, {"Content-Type": "text/plain; charset=UTF-8"}, self.ecitmatch(params)
        return 404, {"Content-Type": "text/plain"}, "no such E-utility"

    # esearch

    def esearch(self, params: dict[str, str]) -> dict:
        term = params.get("term", "")
        retmax, retstart = int(params.get("retmax") or 20), int(params.get("retstart") or 0)
        ids = sorted(self.search(term), key=int, reverse=True)  # newest first, as PubMed
        shown = ids[retstart : retstart + retmax]
        result: dict = {
            "count": str(len(ids)),
            "retmax": str(len(shown)),
            "retstart": str(retstart),
            "idlist": shown,
            "translationset": [],
            "querytranslation": term,
        }
        if not ids:
            result["warninglist"] = {
                "phrasesignored": [],
                "quotedphrasesnotfound": [],
                "outputmessages": ["No items found."],
            }
        return {"header": {"type": "esearch", "version": "0.3"}, "esearchresult": result}

    def search(self, term: str) -> set[str]:
        """PMIDs for a term of ``AND``ed clauses ``OR``ed together (no nesting)."""
        found: set[str] = set()
        for clause in re.split(r"\s+OR\s+", term.replace("(", " ").replace(")", " ")):
            found |= self._clause(clause)
        return found

    def _clause(self, clause: str) -> set[str]:
        pool: set[str] | None = None
        checks: list[Callable[[Reference], bool]] = []
        for atom in filter(None, (a.strip() for a in re.split(r"\s+AND\s+", clause))):
            m = re.fullmatch(r"(.+?)\s*\[(\w+)\]", atom)
            value, tag = (m[1], m[2].lower()) if m else (atom, "all")
            value = value.strip().strip('"')
            if tag == "doi":
                pmid = self.by_doi.get(value.lower())
                hits = {pmid} if pmid else set()
            elif tag in ("pmid", "uid"):
                hits = {value} if value in self.records else set()
            elif tag in ("ti", "tiab", "tw", "all"):
                words = plain(value).split()
                if not words:
                    continue
                hits = set.intersection(*(self.title_words.get(w, set()) for w in words))
            elif tag == "1au":
                checks.append(lambda r, q=value: bool(r.author) and is_author(r.author[0], q))
                continue
            elif tag == "au":
                checks.append(lambda r, q=value: any(is_author(n, q) for n in r.author))
                continue
            elif tag == "dp":
                years = [int(y) for y in re.findall(r"\d{4}", value)]
                if not years:
                    return set()
                low, high = years[0], years[-1]
                checks.append(lambda r, lo=low, hi=high: r.year is not None and lo <= r.year <= hi)
                continue
            else:
                return set()  # a field this mock does not index
            pool = hits if pool is None else pool & hits
        candidates = self.records.keys() if pool is None else pool
        return {p for p in candidates if all(check(self.records[p][0]) for check in checks)}

    # efetch

    def article(self, pmid: str) -> str:
        if pmid not in self.xml:
            self.xml[pmid] = pubmed_article(pmid, *self.records[pmid])
        return self.xml[pmid]

    def efetch(self, params: dict[str, str]) -> str:
        ids = dict.fromkeys(i.strip() for i in params.get("id", "").split(","))
        body = "\n".join(self.article(p) for p in ids if p in self.records)
        return f"{EFETCH_HEAD}<PubmedArticleSet>\n{body}\n</PubmedArticleSet>\n"

    # ecitmatch

    def ecitmatch(self, params: dict[str, str]) -> str:
        """A line per citation, in order: the citation as given and the result after it."""
        lines = []
        for citation in re.split(r"[\r\n]+", params["bdata"]):
            citation = citation.replace("+", " ").strip()
            if not citation:
                continue
            if not citation.endswith("|"):
                citation += "|"
            lines.append(citation + self.citmatch(*(citation.split("|") + [""] * 5)[:5]))
        return "\n".join(lines) + "\n"

    def citmatch(self, journal: str, year: str, volume: str, page: str, author: str) -> str:
        """Journal (full or short title), year, volume and first page must agree; the author,
        when given, must be the first author."""
        if plain(journal) not in self.journals:
            return "NOT_FOUND;INVALID_JOURNAL"
        key = (plain(journal), year.strip(), plain(volume), plain(page))
        pmids = self.citations.get(key, [])
        if plain(author):
            pmids = [p for p in pmids if is_author(self.records[p][0].author[0], author)]
        if not pmids:
            return "NOT_FOUND"
        return pmids[0] if len(pmids) == 1 else f"AMBIGUOUS ({len(pmids)} citations)"


# -- the server ---------------------------------------------------------------------------------


class MockServer:
    """Crossref, E-utilities, the ID converter and doi.org on one port, after ``latency``;
    counts requests and 429s per endpoint."""

    def __init__(
        self,
        crossref: MockCrossref,
        ncbi: MockNcbi,
        latency: float,
        limits: EndpointLimits | None = None,
    ) -> None:
        self.crossref, self.ncbi, self.latency = crossref, ncbi, latency
        self.limits = limits  # Crossref's December 2025 limits, enforced per endpoint
        self.by_kind: Counter[str] = Counter()  # Crossref requests admitted, single / list
        self.lock = threading.Lock()
        self.requests: Counter[str] = Counter()
        self.rejected: Counter[str] = Counter()
        self.server: ThreadingHTTPServer | None = None
        self.errors: list[str] = []  # tracebacks of the mock's own failures

    def dispatch(self, raw_path: str) -> tuple[str, Answer]:
        parts = urlsplit(raw_path)
        path = parts.path
        if path.startswith("/crossref"):
            return "crossref", self.crossref.handle(path.removeprefix("/crossref"), parts.query)
        if path.startswith("/eutils/"):
            rest = path.removeprefix("/eutils")
            endpoint = re.sub(r"\.(fcgi|cgi)$", "", rest.strip("/"))
            if endpoint not in ("esearch", "efetch", "ecitmatch"):
                endpoint = "eutils-other"
            return endpoint, self.ncbi.handle(rest, parts.query)
        if path.startswith("/idconv"):
            return "idconv", _json(200, {"status": "ok", "records": []})
        if path.startswith("/doi/"):
            return "doiorg", (404, {"Content-Type": "text/plain"}, "DOI Not Found")
        return "other", (404, {"Content-Type": "text/plain"}, "no such service")

    def snapshot(self) -> tuple[Counter[str], Counter[str]]:
        with self.lock:
            return Counter(self.requests), Counter(self.rejected)

    def start(self) -> str:
        """Serve in a thread; returns the base URL."""
        mock = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                lane = None
                if mock.limits and parts.path.startswith("/crossref"):
                    lane = kind_of(parts.path), pool_of(parts.query, self.headers["User-Agent"])
                    if not mock.limits.enter(*lane):
                        return self.answer("crossref", 429, {"Retry-After": "1"}, "{}")
                time.sleep(mock.latency)
                try:
                    endpoint, (status, headers, body) = mock.dispatch(self.path)
                except Exception:  # a bug of the mock: answer 500, and say so at the end
                    mock.errors.append(traceback.format_exc())
                    endpoint, status, headers, body = "mock-error", 500, {}, "mock error"
                if lane and mock.limits:
                    mock.limits.leave(*lane)  # before the answer: the client may go on then
                    with mock.lock:
                        mock.by_kind[lane[0]] += 1
                self.answer(endpoint, status, headers, body)

            def answer(self, endpoint: str, status: int, headers: dict, body: str) -> None:
                with mock.lock:
                    mock.requests[endpoint] += 1
                    mock.rejected[endpoint] += status == 429
                data = body.encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


# -- the clients --------------------------------------------------------------------------------


def as_printed(library: list[Reference]) -> list[Reference]:
    """What a pasted reference list gives: three authors and "et al"."""
    return [r.with_fields(author=r.author[:3], author_truncated=len(r.author) > 3) for r in library]


def sequential_client(base: str, refs: list[Reference]) -> int:
    """One request per entry, one at a time, waiting out 429s. Returns entries answered."""
    import requests

    session = requests.Session()
    session.headers["User-Agent"] = "sequential-baseline (mailto:bench@example.org)"
    answered = 0
    for ref in refs:
        if ref.doi:
            url, params = f"{base}/works/{ref.doi}", {}
        else:
            url, params = f"{base}/works", {"query.bibliographic": ref.title, "rows": "5"}
        while True:
            response = session.get(url, params=params, timeout=30)
            if response.status_code != 429:
                break
            time.sleep(float(response.headers.get("Retry-After", "1")))
        answered += response.status_code == 200
    return answered


def run_blinarefs(refs: list[Reference], folder: Path, cache: Path, pubmed: bool):
    store = Store.from_references(refs, folder / "refs.bib")
    store.save(force=True)  # the previous run's input, replaced on purpose
    store = Store.load(folder / "refs.bib")
    options = EnrichOptions(
        mailto="bench@example.org", pubmed=pubmed, cache_dir=cache, offline=False
    )
    start = time.perf_counter()
    report = enrich_store(store, options)
    return time.perf_counter() - start, report


class Measured:
    """One run: wall time, the server's counts during it, and blinarefs's report if any."""

    def __init__(self, server: MockServer, run: Callable[[], object]) -> None:
        asked, refused = server.snapshot()
        start = time.perf_counter()
        self.result = run()
        self.seconds = time.perf_counter() - start
        after_asked, after_refused = server.snapshot()
        self.by_endpoint = after_asked - asked
        self.rejected = sum((after_refused - refused).values())
        self.crossref = self.by_endpoint["crossref"]
        self.ncbi = sum(self.by_endpoint[e] for e in NCBI_ENDPOINTS)
        self.total = sum(self.by_endpoint.values())
        self.report = self.result[1] if isinstance(self.result, tuple) else None

    def row(self, label: str, entries: int) -> tuple:
        updated = self.report.count("updated") if self.report else "-"
        return (label, entries, self.total, self.crossref, self.ncbi, self.rejected, updated,
                self.seconds)  # fmt: skip

    def failed(self) -> int:
        return self.report.count("failed") if self.report else 0


def describe(label: str, run: Measured) -> str:
    """Statuses, what PubMed added, findings and NCBI requests by endpoint of one run."""
    report = run.report
    statuses = Counter(e.status for e in report.entries)
    pmids = sum(any(c.field == "PMID" for c in e.applied) for e in report.entries)
    dois = sum(any(c.field == "DOI" for c in e.applied) for e in report.entries)
    codes = Counter(f.code for e in report.entries for f in e.findings)
    ncbi = ", ".join(f"{e} {run.by_endpoint[e]}" for e in NCBI_ENDPOINTS if run.by_endpoint[e])
    other = {e: n for e, n in run.by_endpoint.items() if e in ("doiorg", "other") and n}
    text = (
        f"{label}: " + ", ".join(f"{n} {s}" for s, n in statuses.most_common())
        + f"; PMID added to {pmids}, DOI to {dois}"
        + f"; findings: {', '.join(f'{n} {c}' for c, n in codes.most_common()) or 'none'}"
        + f"; NCBI requests: {ncbi or 'none'}"
    )  # fmt: skip
    return text + (f"; elsewhere: {other}" if other else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="entries (default 1000)")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per answer")
    parser.add_argument("--skip-baseline", action="store_true", help="skip the slow client")
    parser.add_argument(
        "--api-key", action="store_true", help="set NCBI_API_KEY for blinarefs (10/s to NCBI)"
    )
    parser.add_argument(
        "--crossref-2025", action="store_true", help="Crossref's December 2025 limits"
    )
    args = parser.parse_args()

    library = make_library(args.n)
    printed = as_printed(library)
    limits = EndpointLimits() if args.crossref_2025 else None
    crossref = MockCrossref(library, limited=limits is None)
    server = MockServer(crossref, MockNcbi(library), args.latency, limits)
    base = server.start()
    os.environ["BLINAREFS_CROSSREF_API"] = f"{base}/crossref"
    os.environ["BLINAREFS_EUTILS_API"] = f"{base}/eutils"
    os.environ["BLINAREFS_IDCONV_API"] = f"{base}/idconv"
    os.environ["BLINAREFS_DOI_RESOLVER"] = f"{base}/doi"
    if args.api_key:
        os.environ["NCBI_API_KEY"] = "bench"
    else:
        os.environ.pop("NCBI_API_KEY", None)  # a key of the caller's would change the limit

    if args.crossref_2025:
        return main_2025(args, server, base, printed)
    printed_label, with_doi_label = "printed list (no DOI for 13%)", "every entry has its DOI"
    with_doi = [r for r in printed if r.doi]
    blinarefs_cases = [
        ("blinarefs (Crossref + PubMed)", printed_label, printed, True),
        ("blinarefs, Crossref only", printed_label, printed, False),
        ("blinarefs (Crossref + PubMed)", with_doi_label, with_doi, True),
    ]
    rows, runs, details = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, (client, label, refs, pubmed) in enumerate(blinarefs_cases):
            cache = folder / f"cache-{n}"

            def enrich(refs=refs, cache=cache, pubmed=pubmed):
                return run_blinarefs(refs, folder, cache, pubmed)

            first, rerun = Measured(server, enrich), Measured(server, enrich)
            rows.append(first.row(f"{client}, {label}", len(refs)))
            rows.append(rerun.row("  rerun from the cache", len(refs)))
            runs.append((client, label, first, rerun))
            details.append(describe(f"{client}, {label}", first))
        baselines = {}
        if not args.skip_baseline:
            for label, refs in ((printed_label, printed), (with_doi_label, with_doi)):
                seq = Measured(
                    server, lambda refs=refs: sequential_client(f"{base}/crossref", refs)
                )
                rows.append(seq.row(f"sequential, {label}", len(refs)))
                baselines[label] = seq
    server.stop()

    ncbi_limit = NCBI_KEY_LIMIT if args.api_key else NCBI_LIMIT
    print(
        f"{args.n} synthetic entries, {args.latency * 1000:.0f} ms latency; Crossref: "
        f"{RATE_LIMIT} requests/s advertised and enforced; NCBI: {ncbi_limit} requests/s "
        f"enforced ({'with' if args.api_key else 'without'} api_key); {RANDOM_429:.0%} "
        "random 429s from each"
    )
    print_table(
        ["client", "entries", "requests", "Crossref", "NCBI", "429s", "updated", "wall s"], rows
    )
    print()
    for line in details:
        print(line)
    print()
    for client, label, first, rerun in runs:
        if label != printed_label:
            continue
        failed = first.failed() + rerun.failed()
        checks = f"rerun {rerun.total} requests, {failed} entries failed"
        seq = baselines.get(label)
        if seq is None:
            print(f"{client}: {checks}; target not checked (--skip-baseline)")
            continue
        fewer = seq.total / max(first.total, 1)
        faster = seq.seconds / first.seconds
        met = fewer >= TARGET and faster >= TARGET and rerun.total == 0 and failed == 0
        verdict = ("meets" if met else "MISSES") + " the target"
        if client != blinarefs_cases[0][0]:  # the target is for the default options
            verdict = "for comparison"
        print(
            f"{verdict}, {client}: sequential/blinarefs "
            f"requests {fewer:.1f}x, wall time {faster:.1f}x (target >= {TARGET:.0f}x each); "
            f"{checks} (target 0 and 0)"
        )
    if server.errors:
        print(f"\nthe mock itself failed {len(server.errors)} times; the first:", file=sys.stderr)
        print(server.errors[0], file=sys.stderr)
        return 1
    return 0


def main_2025(args: argparse.Namespace, server: MockServer, base: str, printed: list) -> int:
    """blinarefs in the polite pool against Crossref's December 2025 limits: 429s, requests
    and wall time against the sequential client and against the limits' floor."""
    assert server.limits is not None
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp), Path(tmp) / "cache"
        kinds, refused_before = Counter(server.by_kind), sum(server.limits.refused.values())
        first = Measured(server, lambda: run_blinarefs(printed, folder, cache, True))
        kinds = server.by_kind - kinds
        rerun = Measured(server, lambda: run_blinarefs(printed, folder, cache, True))
        crossref_429 = sum(server.limits.refused.values()) - refused_before
        rows += [first.row("blinarefs, polite pool", len(printed)),
                 rerun.row("  rerun from the cache", len(printed))]  # fmt: skip
        seq = None
        if not args.skip_baseline:
            seq = Measured(server, lambda: sequential_client(f"{base}/crossref", printed))
            rows.append(seq.row("sequential client, polite pool", len(printed)))
    server.stop()
    single, listed = LIMITS["single", "polite"][0], LIMITS["list", "polite"][0]
    ncbi_limit = NCBI_KEY_LIMIT if args.api_key else NCBI_LIMIT
    floor = max(kinds["single"] / single, kinds["list"] / listed, first.ncbi / ncbi_limit)
    rows.append(("limits' floor for blinarefs's requests", len(printed), first.total,
                 first.crossref, first.ncbi, 0, "-", floor))  # fmt: skip
    print(
        f"{args.n} synthetic entries, {args.latency * 1000:.0f} ms latency; Crossref's limits "
        f"since 1 December 2025 enforced per endpoint (polite: single {single}/s, 3 at once; "
        f"list {listed}/s, 3 at once; 429 beyond); NCBI {ncbi_limit}/s"
    )
    print_table(
        ["client", "entries", "requests", "Crossref", "NCBI", "429s", "updated", "wall s"], rows
    )
    print(f"\nblinarefs's Crossref requests: {kinds['single']} single, {kinds['list']} list; "
          f"wall time {first.seconds / floor:.2f}x the limits' floor")  # fmt: skip
    if seq is not None:
        print(f"sequential/blinarefs: requests {seq.total / max(first.total, 1):.1f}x, "
              f"wall time {seq.seconds / first.seconds:.1f}x; the sequential client met "
              f"{seq.rejected} 429s")  # fmt: skip
    met = crossref_429 == 0 and rerun.total == 0 and first.failed() == 0
    print(f"{'meets' if met else 'MISSES'} the target: {crossref_429} Crossref 429s for "
          f"blinarefs in the polite pool (target 0; the 429s column also counts NCBI's random "
          f"ones), rerun {rerun.total} requests, {first.failed()} failed")  # fmt: skip
    return 0 if not server.errors else 1


if __name__ == "__main__":
    sys.exit(main())
