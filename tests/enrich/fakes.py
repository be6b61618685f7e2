"""Crossref, doi.org and NCBI answering from tests/fixtures, through ``responses`` or a
local server.

The answers have the services' real shapes (envelopes, headers); their bibliographic values
come only from the fixture files (see tests/fixtures/README.md). Faults can be queued per
service: an HTTP status with headers, or an exception raised instead of answering.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import threading
import time
from collections import Counter
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import responses

from blinarefs.enrich import core

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED_BIB = Path(__file__).resolve().parents[2] / "references" / "commentary.bib"  # as parsed
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


# the local server's path prefix of each service (see ``FakeServices.env``)
_PREFIXES = {
    "/crossref": ("crossref",),
    "/doi": ("doiorg",),
    "/eutils": ("esearch", "efetch", "ecitmatch"),
    "/idconv": ("idconv",),
}


def unpaced(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs through the CLI or the library's defaults (which sleep out the pacing for real)
    send their requests without pacing: every lane's rate is 0, so only its cap on requests
    at once and what the answers' rate-limit headers ask remain. For runs against these
    fakes, which enforce no limit; the pacing has its own tests (test_http.py, and
    test_services.py against a server that refuses what goes beyond the limits)."""
    paced = core.policies
    monkeypatch.setattr(core, "policies", lambda mailto: {
        k: dataclasses.replace(p, rate=0.0) for k, p in paced(mailto).items()})  # fmt: skip


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3}


class FakeServices:
    """The four services over fixtures. ``register(rsps)`` answers through ``responses``;
    ``serve()`` answers on a real port of 127.0.0.1 (for subprocess tests), under
    ``/crossref``, ``/doi``, ``/eutils`` and ``/idconv`` (see ``env()``)."""

    def __init__(self, rsps: responses.RequestsMock | None = None) -> None:
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
        self.delay = 0.0  # seconds each answer of serve() takes
        self.routes = [
            ("crossref", re.compile(r"/works/.+"), self._work),
            ("crossref", re.compile(r"/works/?$"), self._works),
            ("doiorg", re.compile(r"/10\..+"), self._doiorg),
            ("esearch", re.compile(r"/esearch\.fcgi$"), self._esearch),
            ("efetch", re.compile(r"/efetch\.fcgi$"), self._efetch),
            ("ecitmatch", re.compile(r"/ecitmatch\.cgi$"), self._ecitmatch),
            ("idconv", re.compile(r"/?$"), self._idconv),
        ]
        self.bases = {
            "crossref": CROSSREF,
            "doiorg": DOIORG,
            "esearch": EUTILS,
            "efetch": EUTILS,
            "ecitmatch": EUTILS,
            "idconv": IDCONV,
        }
        if rsps is not None:
            self.register(rsps)

    # -- plumbing ---------------------------------------------------------------------------------

    def fault(self, service: str, *answers, when: str = "") -> None:
        """Queue answers given before the normal ones: (status, headers[, body]) or an
        exception to raise instead of answering; ``when`` limits them to requests whose
        path and query contain that text."""
        self.faults.setdefault(service, []).extend((when, a) for a in answers)

    def answer(self, service: str, handler, path: str, query: str, headers) -> tuple:
        self.calls[service] += 1
        queued = self.faults.get(service, [])
        request = unquote(path + "?" + query).replace("+", " ")
        match = next((i for i, (when, _) in enumerate(queued) if when in request), None)
        if match is not None:
            _, answer = queued.pop(match)
            if isinstance(answer, BaseException):
                raise answer
            status, extra, *body = answer
            return status, {**RATE_HEADERS, **extra}, body[0] if body else '{"status": "error"}'
        params = {k: v[0] for k, v in parse_qs(query).items()}
        return handler(headers, unquote(path), params)

    def register(self, rsps: responses.RequestsMock) -> None:
        self.rsps = rsps
        for service, pattern, handler in self.routes:
            base = self.bases[service]
            url = re.compile(re.escape(base) + pattern.pattern.rstrip("$") + r"(\?.*)?$")

            def callback(request, service=service, handler=handler, base=base):
                parts = urlsplit(request.url)
                path = parts.path[len(urlsplit(base).path) :]
                return self.answer(service, handler, path, parts.query, request.headers)

            rsps.add_callback("GET", url, callback)

    def route(self, path: str):
        """(service, handler, path below the service's prefix) for a path of ``serve()``'s
        server, or None."""
        for prefix, services in _PREFIXES.items():
            if not path.startswith(prefix):
                continue
            rest = path[len(prefix) :]
            for service, pattern, handler in self.routes:
                if service in services and pattern.match(rest):
                    return service, handler, rest
        return None

    @contextmanager
    def serve(self):
        """A real HTTP server on 127.0.0.1 for the duration; yields its base URL."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                time.sleep(fake.delay)
                parts = urlsplit(self.path)
                found = fake.route(parts.path)
                if found is None:
                    return self._send(404, {}, "no route")
                service, handler, rest = found
                status, headers, body = fake.answer(
                    service, handler, rest, parts.query, self.headers
                )
                self._send(status, headers, body)

            def _send(self, status, headers, body):
                data = body.encode("utf-8")
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        # polled every 20 ms, not serve_forever's 0.5 s: shutdown() waits for the next poll
        thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()

    @staticmethod
    def env(base: str) -> dict[str, str]:
        """Environment variables that point blinarefs at ``serve()``'s server."""
        return {
            "BLINAREFS_CROSSREF_API": f"{base}/crossref",
            "BLINAREFS_DOI_RESOLVER": f"{base}/doi",
            "BLINAREFS_EUTILS_API": f"{base}/eutils",
            "BLINAREFS_IDCONV_API": f"{base}/idconv",
        }

    @staticmethod
    def _json(data, status: int = 200, headers: dict | None = None):
        return status, {"Content-Type": "application/json", **(headers or {})}, json.dumps(data)

    # -- Crossref -------------------------------------------------------------------------------

    def _crossref_has(self, doi: str) -> bool:
        return doi.lower() in self.works and doi.lower() not in self.not_in_crossref

    def _work(self, headers, path, params):
        doi = path.split("/works/", 1)[1].lower()
        if not self._crossref_has(doi):
            return 404, RATE_HEADERS, "Resource not found."
        envelope = {
            "status": "ok",
            "message-type": "work",
            "message-version": "1.0.0",
            "message": self.works[doi],
        }
        return self._json(envelope, headers=RATE_HEADERS)

    def _works(self, headers, path, params):
        rows = int(params.get("rows", "20"))
        filters = dict(f.split(":", 1) for f in params.get("filter", "").split(",") if f)
        dois = [
            f.split(":", 1)[1].lower()
            for f in params.get("filter", "").split(",")
            if f.startswith("doi:")
        ]
        if dois:
            items = [self.works[d] for d in dois if self._crossref_has(d)]
        else:
            items = self._search(params, filters)[:rows]
        message = {
            "facets": {},
            "total-results": len(items),
            "items": items,
            "items-per-page": rows,
            "query": {"start-index": 0, "search-terms": None},
        }
        envelope = {
            "status": "ok",
            "message-type": "work-list",
            "message-version": "1.0.0",
            "message": message,
        }
        return self._json(envelope, headers=RATE_HEADERS)

    def _search(self, params, filters):
        wanted = _words(params.get("query.bibliographic", ""))
        author = params.get("query.author", "").lower()
        low = int(filters.get("from-pub-date", "0")[:4])
        high = int(filters.get("until-pub-date", "9999")[:4])
        scored = []
        for work in self.works.values():
            # real records may lack a date, a title, a journal or authors
            year = ((work.get("issued") or {}).get("date-parts") or [[None]])[0][0]
            if year is None or not low <= year <= high:
                continue
            words = " ".join(
                (work.get("title") or [""])[:1] + (work.get("container-title") or [""])[:1]
            )
            overlap = len(wanted & _words(words))
            if any(a.get("family", "").lower() == author for a in work.get("author") or []):
                overlap += 3
            if overlap:
                scored.append((overlap, work["DOI"], {**work, "score": float(overlap)}))
        return [w for _, _, w in sorted(scored, key=lambda t: (-t[0], t[1]))]

    # -- doi.org --------------------------------------------------------------------------------

    def _doiorg(self, headers, path, params):
        doi = path.lstrip("/").lower()
        if "citationstyles.csl+json" not in headers.get("Accept", ""):
            return 406, {}, ""
        if doi not in self.csl:
            return 404, {}, ""
        return self._json(
            self.csl[doi], headers={"Content-Type": "application/vnd.citationstyles.csl+json"}
        )

    # -- NCBI -----------------------------------------------------------------------------------

    def _pubmed_doi(self, pmid: str) -> str:
        m = re.search(r'IdType="doi">([^<]+)<', self.pubmed[pmid])
        return m.group(1).lower() if m else ""

    def _esearch(self, headers, path, params):
        term = params.get("term", "")
        if "[doi]" in term:
            dois = {d.lower() for d in re.findall(r'"([^"]+)"\[doi\]', term)}
            ids = [p for p in self.pubmed if self._pubmed_doi(p) in dois]
        else:
            words = {w.lower() for w in re.findall(r"(\w+)\[ti\]", term)}
            ids = []
            for pmid, xml in self.pubmed.items():
                # a book's record has a BookTitle; a title may have attributes or markup
                found = re.search(r"<(ArticleTitle|BookTitle)\b[^>]*>(.*?)</\1>", xml, re.S)
                title = html.unescape(re.sub(r"<[^>]+>", "", found.group(2))) if found else ""
                if words and words <= set(re.findall(r"\w+", title.lower())):
                    ids.append(pmid)
        result = {
            "count": str(len(ids)),
            "retmax": str(len(ids)),
            "retstart": "0",
            "idlist": ids,
            "translationset": [],
            "querytranslation": term,
        }
        return self._json(
            {"header": {"type": "esearch", "version": "0.3"}, "esearchresult": result}
        )

    def _efetch(self, headers, path, params):
        ids = [i for i in params.get("id", "").split(",") if i in self.pubmed]
        body = EFETCH_HEAD + "".join(self.pubmed[i] for i in ids) + "</PubmedArticleSet>\n"
        return 200, {"Content-Type": "text/xml; charset=UTF-8"}, body

    def _citation(self, pmid: str) -> tuple[set[str], str, str, str, str]:
        """What the batch citation matcher compares, read from a fixture: the journal's
        names, year, volume, first page and first author's family, folded like its input."""
        xml = self.pubmed[pmid]
        # the publication date's year (a whole record has DateCompleted's before it)
        published = re.search(r"<PubDate>(.*?)</PubDate>", xml, re.S)

        def tag(name: str, within: str = xml) -> str:
            m = re.search(rf"<{name}>(.*?)</{name}>", within, re.S)
            text = html.unescape(m.group(1)).lower() if m else ""
            return " ".join(re.findall(r"[a-z0-9]+", text))

        year = tag("Year", published.group(1)) if published else tag("Year")
        journals = {tag("Title"), tag("ISOAbbreviation"), tag("MedlineTA")} - {""}
        page = re.split(r"\D", tag("MedlinePgn") + " ")[0]
        return journals, year, tag("Volume"), page, tag("LastName")

    def _ecitmatch(self, headers, path, params):
        """NCBI's answer: each citation echoed with its PMID, NOT_FOUND, NOT_FOUND;
        INVALID_JOURNAL or AMBIGUOUS (n citations), as plain text whatever retmode says."""
        lines = []
        for line in params.get("bdata", "").replace("+", " ").split("\r"):
            journal, year, volume, page, author, *_ = line.split("|") + [""] * 5
            known = {p: self._citation(p) for p in self.pubmed}
            if not any(journal in c[0] for c in known.values()):
                lines.append(f"{line}NOT_FOUND;INVALID_JOURNAL")
                continue
            hits = [
                p
                for p, (journals, y, v, first, family) in known.items()
                if journal in journals
                and (y, v, first) == (year, volume, page)
                and (not author or author.split()[0] == family.replace(" ", ""))
            ]
            result = hits[0] if len(hits) == 1 else f"AMBIGUOUS ({len(hits)} citations)"
            lines.append(line + (result if hits else "NOT_FOUND"))
        return 200, {"Content-Type": "text/plain; charset=UTF-8"}, "\n".join(lines) + "\n"

    def _idconv(self, headers, path, params):
        records = []
        for asked in params.get("ids", "").split(","):
            record = {"requested-id": asked, "status": "error", "errmsg": "invalid article id"}
            for pmid, xml in self.pubmed.items():
                pmc = re.search(r'IdType="pmc">([^<]+)<', xml)
                if pmc and pmc.group(1).upper() == asked.upper():
                    record = {
                        "requested-id": asked,
                        "pmcid": pmc.group(1),
                        "pmid": pmid,
                        "doi": self._pubmed_doi(pmid),
                    }
            records.append(record)
        return self._json(
            {
                "status": "ok",
                "responseDate": "2026-01-01 00:00:00",
                "request": f"ids={params.get('ids', '')};format=json",
                "records": records,
            }
        )
