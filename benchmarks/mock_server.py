"""The one local server ``bench_enrich.py`` runs its mocks behind (Crossref, NCBI
E-utilities, the ID converter and doi.org on one port, after a fixed latency), counting
requests and 429s per endpoint."""

from __future__ import annotations

import re
import threading
import time
import traceback
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from crossref_limits import EndpointLimits, kind_of, pool_of
from mock_crossref import (
    Answer,
    MockCrossref,
    json_answer,
)
from mock_ncbi import (
    MockNcbi,
)


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
            return "idconv", json_answer(200, {"status": "ok", "records": []})
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
