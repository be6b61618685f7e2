"""The services as they behave: Crossref's per-endpoint limits (a local server enforcing the
December 2025 limits answers 429 beyond them), a service that never answers, a cache that
cannot be written, Ctrl-C, and real answers' shapes (inline markup, MathML, article
numbers, a printed "8.")."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from blinarefs.enrich import enrich_store
from blinarefs.enrich.core import policies
from blinarefs.enrich.crossref import LIST, SERVICE, work_to_reference
from blinarefs.enrich.http import HttpClient
from blinarefs.enrich.merge import merge_reference
from blinarefs.enrich.text import strip_markup
from blinarefs.model import Reference
from blinarefs.store import Store
from conftest import ROOT, run_main

sys.path.insert(0, str(ROOT / "benchmarks"))
from crossref_limits import EndpointLimits, kind_of, pool_of

# -- Crossref's limits ---------------------------------------------------------------------------


@contextmanager
def limited_crossref(latency: float = 0.05):
    """A Crossref that enforces the December 2025 limits; yields (base URL, limits)."""
    limits = EndpointLimits()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            kind, pool = kind_of(parts.path), pool_of(parts.query, self.headers["User-Agent"])
            admitted = limits.enter(kind, pool)
            if admitted:
                time.sleep(latency)
                limits.leave(kind, pool)
                message = (
                    {"items": []} if kind == "list" else {"DOI": parts.path.split("/works/")[1]}
                )
                kind_name = "work-list" if kind == "list" else "work"
                body = json.dumps({"status": "ok", "message-type": kind_name, "message": message})
                status = 200
            else:
                body, status = '{"status": "error"}', 429
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", limits
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(("mailto", "singles", "lists"), [("t@example.org", 24, 7), (None, 8, 3)])
def test_crossref_requests_stay_within_its_per_endpoint_limits(tmp_path, mailto, singles, lists):
    """Single records and list requests at once, from many threads, in either pool: the
    server that enforces the limits never has to refuse one."""
    client = HttpClient(mailto=mailto, cache_dir=tmp_path, policies=policies(mailto), max_retries=0)
    with limited_crossref() as (base, limits):
        params = {"mailto": mailto} if mailto else {}

        def single(i: int):
            return client.get(SERVICE, f"{base}/works/10.5555/limits-test-{i}", params)

        def listed(i: int):
            return client.get(LIST, f"{base}/works", {**params, "query.bibliographic": f"t{i}"})

        with ThreadPoolExecutor(8) as pool:
            answers = [pool.submit(single, i) for i in range(singles)]
            answers += [pool.submit(listed, i) for i in range(lists)]
            statuses = [a.result().status_code for a in answers]
    client.close()
    pool_name = "polite" if mailto else "public"
    assert statuses == [200] * (singles + lists)
    assert sum(limits.refused.values()) == 0 and client.stats.status_429 == 0
    assert limits.admitted["single", pool_name] == singles
    assert limits.admitted["list", pool_name] == lists
    assert limits.peak["list", pool_name] <= (3 if mailto else 1)


def test_the_mock_refuses_what_goes_beyond_the_limits():
    """The enforcing mock itself: a fourth list request at once, or a second within the
    public pool's second, is refused."""
    limits = EndpointLimits()
    assert all(limits.enter("list", "polite") for _ in range(3))
    assert not limits.enter("list", "polite")  # three under way: a fourth is a 429
    assert limits.enter("list", "public") and not limits.enter("list", "public")
    assert kind_of("/works/10.1/x") == "single" and kind_of("/works") == "list"


def test_a_public_pool_header_narrows_a_polite_lane():
    """Crossref says which pool a request was served in (x-api-pool): a mailto that did not
    reach the polite pool gets the public pool's pace and concurrency from then on."""
    client_policies = policies("t@example.org")
    from blinarefs.enrich.pacing import Gate

    gate = Gate(client_policies[LIST])
    gate.learn({"x-api-pool": "public", "x-rate-limit-limit": "50", "x-rate-limit-interval": "1s"})
    assert gate.concurrency == 1 and gate.interval >= 1.0


# -- a service that never answers ----------------------------------------------------------------


@contextmanager
def silent_server(connected: threading.Event | None = None):
    """Accepts connections and never answers; yields its base URL. ``connected`` is set
    once the first connection is held."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
                if connected is not None:
                    connected.set()
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()


def test_a_service_that_never_answers_costs_at_most_the_runs_budget(monkeypatch, options, seed_bib):
    with silent_server() as base:
        for name in ("BLINAREFS_CROSSREF_API", "BLINAREFS_EUTILS_API", "BLINAREFS_IDCONV_API",
                     "BLINAREFS_DOI_RESOLVER"):  # fmt: skip
            monkeypatch.setenv(name, base)
        shown: list[str] = []
        start = time.monotonic()
        report = enrich_store(
            Store.load(seed_bib),
            options(timeout=(1.0, 3.0), stall_budget=4.0, on_wait=shown.append),
        )
        took = time.monotonic() - start
    assert report.count("updated") == 0 and len(report.entries) == 10
    slow = [f for f in report.findings if f.code == "service-unreachable"]
    assert slow and all("marked slow" in f.message for f in slow)
    # the budget (4 s) and one last try cut to the floor; nowhere near 10 entries x tries
    assert took < 4.0 + 2 * 3.0 + 2.0, took
    # what a terminal shows while it waits, then a cleared line
    host = base.removeprefix("http://")
    assert any(t.startswith("waiting for ") and f"({host}): " in t for t in shown), shown
    assert shown[-1] == ""


def test_build_against_a_silent_service_ends_with_a_clear_message(tmp_path):
    with silent_server() as base:
        env = {"BLINAREFS_CROSSREF_API": base, "BLINAREFS_EUTILS_API": base,
               "BLINAREFS_IDCONV_API": base, "BLINAREFS_DOI_RESOLVER": base,
               "BLINAREFS_OFFLINE": "0",
               "BLINAREFS_CACHE_DIR": str(tmp_path / "cache")}  # fmt: skip
        start = time.monotonic()
        result = run_main("build", "-o", str(tmp_path / "out"), "--timeout", "2", env=env)
        took = time.monotonic() - start
    assert "Traceback" not in result.stderr
    assert "marked slow for the rest of the run" in result.stdout
    assert took < 40, took  # the budget, not 10 entries x 5 tries x the read timeout


# -- the cache -------------------------------------------------------------------------------------


def test_a_cache_that_cannot_be_written_is_one_finding_and_the_run_goes_on(
    fake, options, seed_bib, monkeypatch
):
    from requests_cache.backends.sqlite import SQLiteCache

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SQLiteCache, "save_response", full)
    report = enrich_store(Store.load(seed_bib), options())
    (problem,) = [f for f in report.findings if f.code == "cache-unwritable"]
    assert "database or disk is full" in problem.message and "without it" in problem.message
    assert report.count("updated") == 7  # as with a working cache


# -- Ctrl-C --------------------------------------------------------------------------------------


@contextmanager
def ctrl_c_heard():
    """Children started inside hear Ctrl-C, as a user's command in a terminal does. A shell
    without job control starts a background job (``pytest ... &``, CI runners) with SIGINT
    ignored; a child inherits that, and Python leaves an ignored SIGINT ignored, so the
    child would run to its end. A caught signal is reset to the default by exec, so the
    child's Python installs its KeyboardInterrupt handler."""
    previous = signal.getsignal(signal.SIGINT)
    if previous == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="needs SIGINT")
def test_the_first_ctrl_c_ends_enrich_at_once_and_leaves_the_store_intact(seed_bib, tmp_path):
    before = seed_bib.read_bytes()
    waiting = threading.Event()
    with silent_server(waiting) as base:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "BLINAREFS_CROSSREF_API": base,
               "BLINAREFS_EUTILS_API": base, "BLINAREFS_IDCONV_API": base,
               "BLINAREFS_DOI_RESOLVER": base, "BLINAREFS_OFFLINE": "0",
               "BLINAREFS_CACHE_DIR": str(tmp_path / "cache")}  # fmt: skip
        with ctrl_c_heard():
            proc = subprocess.Popen([sys.executable, "-m", "blinarefs", "enrich", str(seed_bib)],
                                    env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True)  # fmt: skip
        # requests under way, waiting on the silent server (a fresh clone, compiling its
        # modules on a busy machine, may take more than a second or two to get there)
        assert waiting.wait(30)
        time.sleep(0.5)
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        took = time.monotonic() - sent
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    # at once: far below the 20 s read timeout it would otherwise wait out (the bound is loose
    # so that a machine busy with other work does not fail it)
    assert took < 8.0, took
    assert seed_bib.read_bytes() == before


# -- real answers' shapes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("[Ru(bpy)<sub>3</sub>]<sup>2+</sup>", "[Ru(bpy)3]2+"),
        ("1<i>H</i>-indole", "1H-indole"),
        ("HfO<sub>2</sub> films", "HfO2 films"),
        ("C<jats:sub>10</jats:sub>H<jats:sub>9</jats:sub>NO<jats:sub>2</jats:sub>", "C10H9NO2"),
        ("<scp>dna</scp> repair", "dna repair"),
        ("<jats:p>First.</jats:p><jats:p>Second.</jats:p>", "First. Second."),
        ("<mml:math><mml:msub><mml:mi>k</mml:mi><mml:mi>cat</mml:mi></mml:msub></mml:math> values",
         "kcat values"),
        ("<mml:math><mml:mmultiscripts><mml:mi>C</mml:mi><mml:none/><mml:none/><mml:mprescripts/>"
         "<mml:mn>14</mml:mn><mml:none/></mml:mmultiscripts></mml:math> dating", "14C dating"),
        ("<mml:math><mml:semantics><mml:mi>x</mml:mi><mml:annotation encoding=\"TeX\">x"
         "</mml:annotation></mml:semantics></mml:math>", "x"),
    ],
)  # fmt: skip
def test_markup_goes_without_adding_spaces(marked, plain):
    assert strip_markup(marked) == plain


def test_an_article_number_stands_for_the_page():
    """Online-only journals number articles: Crossref's ``article-number`` where there is no
    ``page`` (a synthetic work under Crossref's example prefix)."""
    item = {"DOI": "10.5555/blinarefs-test-article-number", "title": ["A test work"],
            "article-number": "e1234", "type": "journal-article"}  # fmt: skip
    assert work_to_reference(item).page == "e1234"
    assert work_to_reference({**item, "page": "1-9"}).page == "1-9"


@pytest.mark.parametrize("printed", ["8.", "8,", " 8"])
def test_a_printed_volume_with_punctuation_is_corrected_and_shown(printed):
    ref, changes = merge_reference(
        Reference(id="a", volume=printed), Reference(id="b", volume="8"),
        source="crossref", stamp="2026-01-01",
    )  # fmt: skip
    assert ref.volume == "8"
    assert [(c.field, c.old, c.new, c.kind) for c in changes] == [
        ("volume", printed, "8", "repaired")
    ]


def test_a_failed_batch_waits_for_the_requests_still_under_way():
    """One failing list request ends the batch; the others under way finish before the run
    moves on, or they would go on writing to the cache (and asking) after it."""
    from blinarefs.enrich.crossref import _at_once

    failed, done = threading.Event(), []

    def ask(item: int) -> int:
        if item == 0:
            failed.set()
            raise RuntimeError("HTTP 500")
        failed.wait(5)
        time.sleep(0.05)
        done.append(item)
        return item

    with pytest.raises(RuntimeError):
        _at_once(ask, [0, 1])
    assert done == [1]
