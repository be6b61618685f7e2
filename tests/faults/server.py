"""A local HTTP server on 127.0.0.1 that misbehaves on purpose.

It answers like the fake services of ``tests/enrich/fakes.py`` (Crossref, doi.org, NCBI,
from the fixtures), except for the requests a :class:`Fault` names: those get a fault at
the HTTP or socket level (a hang, a reset, a body trickled byte by byte, a cut-off body, a
429 storm, a 5xx burst, garbage, a redirect to another host, an answer about another work).
It is bounded: each fault hits at most ``times`` requests, the server answers at most
``max_requests`` requests, and it shuts itself down after ``lifetime`` seconds even if the
test that started it does not.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from enrich.fakes import FIXTURES, FakeServices

# What each fault kind does to a request it hits. The test enumerating faults counts these.
KINDS = {
    "timeout": "no answer at all: the server holds the connection past the read timeout",
    "reset": "the connection is reset (TCP RST) before any answer",
    "closed": "the connection is closed with no answer",
    "slow-body": "headers at once, then the body one byte at a time, past the read timeout",
    "cut-body": "Content-Length promises more bytes than are sent before the close",
    "429-storm": "HTTP 429 with Retry-After: 0 to every request of the service",
    "5xx-burst": "HTTP 500, 502, 503, ... in a row (``times`` of them), then the right answer",
    "5xx-storm": "HTTP 503 to every request of the service",
    "invalid-json": "HTTP 200 whose body is not JSON",
    "truncated-json": "HTTP 200 with the first half of the right JSON (its length correct)",
    "html-page": "HTTP 200 with a proxy's HTML error page",
    "json-null": "HTTP 200 whose body is the JSON null",
    "wrong-shape": "HTTP 200, JSON of the right envelope with wrongly typed fields",
    "redirect-other-host": "HTTP 302 to another host, which answers about another work",
    "other-work": "HTTP 200 with an answer about another DOI or PMID than the one asked",
    "xml-external-entity": "an efetch answer whose DTD names a local file as an entity",
    "xml-entity-bomb": "an efetch answer with nested entities (billion laughs)",
    "refused": "nothing listens: the connection is refused",
}
STORMS = {"429-storm", "5xx-storm"}
# An answer about another work: Hogan et al. (its Crossref fixture, its PubMed record).
OTHER_DOI = "10.1200/JCO.22.02200"
OTHER_PMID = "37257143"
FORGED = "An abstract forged by another host (written for the tests)"
_ENV = {"crossref": "BLINAREFS_CROSSREF_API", "doiorg": "BLINAREFS_DOI_RESOLVER",
        "esearch": "BLINAREFS_EUTILS_API", "efetch": "BLINAREFS_EUTILS_API",
        "ecitmatch": "BLINAREFS_EUTILS_API"}  # fmt: skip


@dataclass
class Fault:
    kind: str
    service: str  # crossref, doiorg, esearch, efetch, ecitmatch (the fake's names)
    when: str = ""  # only requests whose unquoted path and query contain this
    times: int = 1  # requests it hits; storms hit every request of the service

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}")
        if self.kind in STORMS:
            self.times = 1_000


class MisbehavingServer:
    """``with MisbehavingServer(fake, faults) as server:`` then point blinarefs at
    ``server.env``. ``server.injected`` counts the faults given, by kind."""

    def __init__(
        self,
        fake: FakeServices,
        faults: list[Fault] = (),
        *,
        hang: float = 1.0,  # seconds a "timeout" holds the connection
        trickle: float = 0.05,  # seconds between the bytes of a slow body
        lifetime: float = 20.0,
        max_requests: int = 400,
        secret: Path | None = None,  # the local file an external entity names
    ) -> None:
        self.fake = fake
        self.faults = list(faults)
        self.hang, self.trickle = hang, trickle
        self.lifetime, self.max_requests = lifetime, max_requests
        self.secret = secret or Path("/etc/hostname")
        self.injected: Counter[str] = Counter()
        self.requests = 0
        self.other_requests = 0  # requests that reached the other host
        self.paths: list[str] = []  # every request's path and query, as received
        self.stopped = threading.Event()
        self._lock = threading.Lock()

    # -- life -----------------------------------------------------------------------------------

    def __enter__(self) -> MisbehavingServer:
        self._server = _start(self._handler())
        self._other = _start(_other_host_handler(self))
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.other_base = f"http://127.0.0.1:{self._other.server_address[1]}"
        self.env = self.fake.env(self.base)
        for fault in self.faults:
            if fault.kind == "refused":  # the service's address is a port nobody listens on
                self.injected["refused"] += 1
                self.env[_ENV[fault.service]] = f"http://127.0.0.1:{_closed_port()}"
        self._timer = threading.Timer(self.lifetime, self.stop)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        if self.stopped.is_set():
            return
        self.stopped.set()
        self._timer.cancel()
        for server in (self._server, self._other):
            server.shutdown()
            server.server_close()

    # -- faults ---------------------------------------------------------------------------------

    def take(self, service: str, request: str) -> Fault | None:
        with self._lock:
            self.requests += 1
            for fault in self.faults:
                if fault.service == service and fault.times > 0 and fault.when in request:
                    if fault.kind == "refused":
                        continue
                    fault.times -= 1
                    self.injected[fault.kind] += 1
                    return fault
        return None

    def _handler(self):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.stopped.wait(outer.fake.delay)  # the fake's latency, if any
                outer.paths.append(self.path)
                if outer.requests >= outer.max_requests or outer.stopped.is_set():
                    return self.send_body(503, {"Retry-After": "3600"}, b"server worn out")
                parts = urlsplit(self.path)
                found = outer.fake.route(parts.path)
                if found is None:
                    return self.send_body(404, {}, b"no route")
                service, handler, rest = found
                request = unquote(rest + "?" + parts.query).replace("+", " ")
                fault = outer.take(service, request)
                status, headers, body = outer.fake.answer(
                    service, handler, rest, parts.query, self.headers
                )
                if fault is None:
                    return self.send_body(status, headers, body.encode("utf-8"))
                _BEHAVIOURS[fault.kind](outer, self, service, headers, body.encode("utf-8"))

            def send_body(self, status: int, headers: dict, body: bytes, length=None) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    if name.lower() != "content-length":
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(body) if length is None else length))
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()

            def log_message(self, *args) -> None:
                pass

        return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a connection the client dropped, or one a fault broke on purpose


def _start(handler) -> ThreadingHTTPServer:
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    return server


def _closed_port() -> int:
    """A port of 127.0.0.1 that nothing listens on (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _other_host_handler(outer: MisbehavingServer):
    """The other host a redirect points at. For doi.org it answers about another work; for
    the rest it answers about the works asked, with a forged abstract, as a hijacked
    redirect could: following it would put the forgery into the store."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            outer.other_requests += 1
            fake = outer.fake
            if self.path.startswith("/doi"):
                body = json.dumps(_other_work_csl())
            else:
                parts = urlsplit(self.path)
                service, handler, rest = fake.route(parts.path)
                data = json.loads(fake.answer(service, handler, rest, parts.query, {})[2])
                message = data.get("message") or {}
                for item in message.get("items", [message]):
                    item["abstract"] = FORGED
                body = json.dumps(data)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body.encode("utf-8"))))
            self.end_headers()
            self.wfile.write(body.encode("utf-8"))

        def log_message(self, *args) -> None:
            pass

    return Handler


# -- answers about another work, from the fixtures --------------------------------------


def _crossref_work(doi: str) -> dict:
    name = "work-" + doi.replace("/", "_") + ".json"
    return json.loads((FIXTURES / "crossref" / name).read_text(encoding="utf-8"))["message"]


def _other_work_csl() -> dict:
    """Hogan et al. as doi.org would give it: CSL-JSON built from its Crossref fixture."""
    work = _crossref_work(OTHER_DOI)
    return {
        "type": "article-journal",
        "DOI": work["DOI"],
        "title": work["title"][0],
        "container-title": work["container-title"][0],
        "author": [{"family": a["family"], "given": a.get("given", "")} for a in work["author"]],
        "issued": work["issued"],
        "volume": work.get("volume", ""),
        "page": work.get("page", ""),
    }


def _other_answer(server, service: str, body: bytes) -> bytes:
    if service == "crossref":
        data = json.loads(body)
        if data["message-type"] == "work-list":
            data["message"]["items"] = [_crossref_work(OTHER_DOI)]
        else:
            data["message"] = _crossref_work(OTHER_DOI)
        return json.dumps(data).encode("utf-8")
    if service == "doiorg":
        return json.dumps(_other_work_csl()).encode("utf-8")
    if service == "esearch":
        data = json.loads(body)
        data["esearchresult"]["idlist"] = [OTHER_PMID]
        return json.dumps(data).encode("utf-8")
    pubmed = (FIXTURES / "pubmed" / f"efetch-{OTHER_PMID}.xml").read_text(encoding="utf-8")
    return f'<?xml version="1.0" ?>\n<PubmedArticleSet>{pubmed}</PubmedArticleSet>\n'.encode()


def _wrong_shape(server, service: str, body: bytes) -> bytes:
    """The right envelope, its fields of the wrong JSON types."""
    if service in ("crossref", "doiorg"):
        data = json.loads(body)
        message = data.get("message", data) if service == "crossref" else data
        items = message.get("items") if isinstance(message.get("items"), list) else [message]
        for item in items:
            item.update(author=1, title={"no": "list"}, issued="2017")
        return json.dumps(data).encode("utf-8")
    if service == "esearch":
        data = json.loads(body)
        data["esearchresult"] = ["idlist"]
        return json.dumps(data).encode("utf-8")
    return b'<?xml version="1.0" ?>\n<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>'


# -- the behaviours ------------------------------------------------------------------------


def _hang(server, h, service, headers, body) -> None:
    server.stopped.wait(server.hang)  # ends at once when the server stops
    h.close_connection = True


def _reset(server, h, service, headers, body) -> None:
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()
    h.close_connection = True


def _closed(server, h, service, headers, body) -> None:
    h.close_connection = True


def _slow_body(server, h, service, headers, body) -> None:
    h.send_response(200)
    h.send_header("Content-Type", headers.get("Content-Type", "application/json"))
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    try:
        for i in range(len(body)):
            if server.stopped.wait(server.trickle):
                break
            h.wfile.write(body[i : i + 1])
            h.wfile.flush()
    except OSError:  # the client gave up: what it should do
        pass
    h.close_connection = True


def _cut_body(server, h, service, headers, body) -> None:
    h.send_body(200, headers, body[: len(body) // 2], length=len(body))
    h.close_connection = True


def _status(code: int, extra: dict):
    def send(server, h, service, headers, body) -> None:
        h.send_body(code, extra, b'{"status": "error"}')

    return send


def _burst(server, h, service, headers, body) -> None:
    code = (500, 502, 503)[server.injected["5xx-burst"] % 3]
    h.send_body(code, {}, b"<html>Bad Gateway</html>")


def _body(make):
    def send(server, h, service, headers, body) -> None:
        h.send_body(200, headers, make(server, service, body))

    return send


def _redirect(server, h, service, headers, body) -> None:
    h.send_body(302, {"Location": server.other_base + h.path}, b"")


def _xml_entity(server, service: str, body: bytes) -> bytes:
    return (
        f'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM '
        f'"file://{server.secret}">]>\n'
    ).encode() + body.split(b"\n", 2)[-1].replace(b"<Title>", b"<Title>&xxe;", 1)


def _entity_bomb(server, service: str, body: bytes) -> bytes:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return (
        f'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY l0 "lol">{lol}]>\n'
    ).encode() + body.split(b"\n", 2)[-1].replace(b"<Title>", b"<Title>&l9;", 1)


_BEHAVIOURS = {
    "timeout": _hang,
    "reset": _reset,
    "closed": _closed,
    "slow-body": _slow_body,
    "cut-body": _cut_body,
    "429-storm": _status(429, {"Retry-After": "0"}),
    "5xx-burst": _burst,
    "5xx-storm": _status(503, {}),
    "invalid-json": _body(lambda server, s, b: b"{not json"),
    "truncated-json": _body(lambda server, s, b: b[: len(b) // 2]),
    "html-page": _body(lambda server, s, b: b"<html><body>Proxy error</body></html>"),
    "json-null": _body(lambda server, s, b: b"null"),
    "wrong-shape": _body(_wrong_shape),
    "redirect-other-host": _redirect,
    "other-work": _body(_other_answer),
    "xml-external-entity": _body(_xml_entity),
    "xml-entity-bomb": _body(_entity_bomb),
}
