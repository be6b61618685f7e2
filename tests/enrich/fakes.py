"""Crossref, doi.org and NCBI answering from tests/fixtures, through ``responses``.

The answers have the services' real shapes (envelopes, headers); their bibliographic values
come only from the fixture files (see tests/fixtures/README.md). Faults can be queued per
service: an HTTP status with headers, or an exception raised instead of answering.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import responses

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CROSSREF = "https://api.crossref.org"
DOIORG = "https://doi.org"
EUTILS = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
IDCONV = "https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0"
RATE_HEADERS = {"X-Rate-Limit-Limit": "50", "X-Rate-Limit-Interval": "1s"}
EFETCH_HEAD = (
    '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
    '1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
    "<PubmedArticleSet>\n"
)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3}


class FakeServices:
    def __init__(self, rsps: responses.RequestsMock) -> None:
        self.rsps = rsps
        self.works = {}
        for path in sorted((FIXTURES / "crossref").glob("*.json")):
            message = json.loads(path.read_text(encoding="utf-8"))["message"]
            self.works[message["DOI"].lower()] = message
        self.csl = {}
        for path in sorted((FIXTURES / "doiorg").glob("*.json")):
            item = json.loads(path.read_text(encoding="utf-8"))
            self.csl[item["DOI"].lower()] = item
        self.pubmed = {}
        for path in sorted((FIXTURES / "pubmed").glob("*.xml")):
            self.pubmed[path.stem.removeprefix("efetch-")] = path.read_text(encoding="utf-8")
        self.not_in_crossref: set[str] = set()  # DOIs only doi.org knows
        self.faults: dict[str, list] = {}
        self.calls: Counter[str] = Counter()
        self._register()

    # -- plumbing ---------------------------------------------------------------------------------

    def fault(self, service: str, *answers) -> None:
        """Queue answers given before the normal one: (status, headers) or an exception."""
        self.faults.setdefault(service, []).extend(answers)

    def _wrap(self, service: str, handler):
        def callback(request):
            self.calls[service] += 1
            queued = self.faults.get(service)
            if queued:
                answer = queued.pop(0)
                if isinstance(answer, BaseException):
                    raise answer
                status, headers = answer
                return status, {**RATE_HEADERS, **headers}, json.dumps({"status": "error"})
            url = urlsplit(request.url)
            params = {k: v[0] for k, v in parse_qs(url.query).items()}
            return handler(request, unquote(url.path), params)

        return callback

    def _register(self) -> None:
        add = self.rsps.add_callback
        add("GET", re.compile(re.escape(CROSSREF) + r"/works/.+"),
            self._wrap("crossref", self._work))  # fmt: skip
        add("GET", re.compile(re.escape(CROSSREF) + r"/works(\?.*)?$"),
            self._wrap("crossref", self._works))  # fmt: skip
        add("GET", re.compile(re.escape(DOIORG) + r"/10\..+"), self._wrap("doiorg", self._doiorg))
        add("GET", re.compile(re.escape(EUTILS) + r"/esearch\.fcgi.*"),
            self._wrap("esearch", self._esearch))  # fmt: skip
        add("GET", re.compile(re.escape(EUTILS) + r"/efetch\.fcgi.*"),
            self._wrap("efetch", self._efetch))  # fmt: skip
        add("GET", re.compile(re.escape(IDCONV) + r"/.*"), self._wrap("idconv", self._idconv))

    @staticmethod
    def _json(data, status: int = 200, headers: dict | None = None):
        return status, {"Content-Type": "application/json", **(headers or {})}, json.dumps(data)

    # -- Crossref -------------------------------------------------------------------------------

    def _crossref_has(self, doi: str) -> bool:
        return doi.lower() in self.works and doi.lower() not in self.not_in_crossref

    def _work(self, request, path, params):
        doi = path.split("/works/", 1)[1].lower()
        if not self._crossref_has(doi):
            return 404, RATE_HEADERS, "Resource not found."
        envelope = {"status": "ok", "message-type": "work", "message-version": "1.0.0",
                    "message": self.works[doi]}  # fmt: skip
        return self._json(envelope, headers=RATE_HEADERS)

    def _works(self, request, path, params):
        rows = int(params.get("rows", "20"))
        filters = dict(f.split(":", 1) for f in params.get("filter", "").split(",") if f)
        dois = [f.split(":", 1)[1].lower() for f in params.get("filter", "").split(",")
                if f.startswith("doi:")]  # fmt: skip
        if dois:
            items = [self.works[d] for d in dois if self._crossref_has(d)]
        else:
            items = self._search(params, filters)[:rows]
        message = {"facets": {}, "total-results": len(items), "items": items,
                   "items-per-page": rows, "query": {"start-index": 0, "search-terms": None}}  # fmt: skip
        envelope = {"status": "ok", "message-type": "work-list", "message-version": "1.0.0",
                    "message": message}  # fmt: skip
        return self._json(envelope, headers=RATE_HEADERS)

    def _search(self, params, filters):
        wanted = _words(params.get("query.bibliographic", ""))
        author = params.get("query.author", "").lower()
        low = int(filters.get("from-pub-date", "0")[:4])
        high = int(filters.get("until-pub-date", "9999")[:4])
        scored = []
        for work in self.works.values():
            year = work["issued"]["date-parts"][0][0]
            if not low <= year <= high:
                continue
            overlap = len(wanted & _words(work["title"][0] + " " + work["container-title"][0]))
            if any(a.get("family", "").lower() == author for a in work["author"]):
                overlap += 3
            if overlap:
                scored.append((overlap, work["DOI"], {**work, "score": float(overlap)}))
        return [w for _, _, w in sorted(scored, key=lambda t: (-t[0], t[1]))]

    # -- doi.org --------------------------------------------------------------------------------

    def _doiorg(self, request, path, params):
        doi = path.lstrip("/").lower()
        if "citationstyles.csl+json" not in request.headers.get("Accept", ""):
            return 406, {}, ""
        if doi not in self.csl:
            return 404, {}, ""
        return self._json(self.csl[doi], headers={"Content-Type": "application/vnd.citationstyles.csl+json"})

    # -- NCBI -----------------------------------------------------------------------------------

    def _pubmed_doi(self, pmid: str) -> str:
        m = re.search(r'IdType="doi">([^<]+)<', self.pubmed[pmid])
        return m.group(1).lower() if m else ""

    def _esearch(self, request, path, params):
        term = params.get("term", "")
        if "[doi]" in term:
            dois = {d.lower() for d in re.findall(r'"([^"]+)"\[doi\]', term)}
            ids = [p for p in self.pubmed if self._pubmed_doi(p) in dois]
        else:
            words = {w.lower() for w in re.findall(r"(\w+)\[ti\]", term)}
            ids = []
            for pmid, xml in self.pubmed.items():
                title = re.search(r"<ArticleTitle>(.*?)</ArticleTitle>", xml, re.S).group(1)
                if words and words <= set(re.findall(r"\w+", title.lower())):
                    ids.append(pmid)
        result = {"count": str(len(ids)), "retmax": str(len(ids)), "retstart": "0",
                  "idlist": ids, "translationset": [], "querytranslation": term}  # fmt: skip
        return self._json({"header": {"type": "esearch", "version": "0.3"},
                           "esearchresult": result})  # fmt: skip

    def _efetch(self, request, path, params):
        ids = [i for i in params.get("id", "").split(",") if i in self.pubmed]
        body = EFETCH_HEAD + "".join(self.pubmed[i] for i in ids) + "</PubmedArticleSet>\n"
        return 200, {"Content-Type": "text/xml; charset=UTF-8"}, body

    def _idconv(self, request, path, params):
        records = []
        for asked in params.get("ids", "").split(","):
            record = {"requested-id": asked, "status": "error", "errmsg": "invalid article id"}
            for pmid, xml in self.pubmed.items():
                pmc = re.search(r'IdType="pmc">([^<]+)<', xml)
                if pmc and pmc.group(1).upper() == asked.upper():
                    record = {"requested-id": asked, "pmcid": pmc.group(1), "pmid": pmid,
                              "doi": self._pubmed_doi(pmid)}  # fmt: skip
            records.append(record)
        return self._json({"status": "ok", "responseDate": "2026-01-01 00:00:00",
                           "request": f"ids={params.get('ids', '')};format=json",
                           "records": records})  # fmt: skip
