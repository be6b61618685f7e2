"""The NCBI E-utilities mock of ``bench_enrich.py``: a PubMed holding the synthetic journal
articles, answering esearch (JSON), efetch (PubMed's XML) and ECitMatch (plain text) as the
real services answer. Kept apart from the benchmark so that each service's mock reads on
its own."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable
from urllib.parse import parse_qs

from mock_crossref import (
    Answer,
    Limiter,
    json_answer,
    service_doi,
)

from blinarefs.model import Name, Reference

NCBI_LIMIT, NCBI_KEY_LIMIT = 3, 10  # E-utilities: requests a second without / with api_key
NCBI_ENDPOINTS = ("esearch", "efetch", "ecitmatch", "eutils-other", "idconv")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
EFETCH_HEAD = (
    '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
    '1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)


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
            return json_answer(429, {"error": "API rate limit exceeded", "count": str(count)})
        if params.get("db", "pubmed") != "pubmed":
            return json_answer(400, {"error": f"this mock holds pubmed only, not {params['db']}"})
        if path == "/esearch.fcgi":
            return json_answer(200, self.esearch(params))
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
