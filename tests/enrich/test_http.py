"""The HTTP client: retries, Retry-After, timeouts, the cache, offline, secrets, pacing."""

from __future__ import annotations

import pytest
import requests
import responses

from blinarefs import __version__
from blinarefs.enrich.http import (
    HEADROOM,
    HttpClient,
    OfflineMiss,
    ServicePolicy,
    Unreachable,
    redact,
)
from blinarefs.errors import EnrichError, ServiceError

URL = "https://api.crossref.org/works/10.1056/nejmoa1609783"
OK = {"status": "ok"}


@pytest.fixture
def rsps():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def client(tmp_path, sleeps, **kw) -> HttpClient:
    return HttpClient(
        mailto="tests@example.org",
        cache_dir=tmp_path,
        policies={"crossref": ServicePolicy(0.0, 2)},  # no pacing unless headers ask
        sleep=kw.pop("sleep", sleeps.append),
        backoff_base=0.01,
        **kw,
    )


def test_429_with_retry_after_is_honoured_then_succeeds(tmp_path, rsps):
    rsps.add("GET", URL, status=429, headers={"Retry-After": "3"})
    rsps.add("GET", URL, json=OK)
    sleeps: list[float] = []
    now = [0.0]  # virtual time that only sleeps move: a loaded machine shortens no wait

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    c = client(tmp_path, sleeps, sleep=sleep, clock=lambda: now[0])
    assert c.get_json("crossref", URL) == OK
    # the 429, then the answer; asked once more only where the cache could not store it (a
    # busy disk), as the client does by design (``_fetch``)
    asked = [r for r in rsps.calls if r.request.url == URL]  # this test's, not a stray thread's
    assert len(asked) == 2 + bool(c.cache_problem), (c.cache_problem, c.stats)
    assert [r.response.status_code for r in asked[:2]] == [429, 200]
    assert [s for s in sleeps if s >= 1] == [pytest.approx(3.0, abs=0.01)]
    assert c.stats.retries == 1 and c.stats.network == 2


def test_500_then_success_backs_off_exponentially(tmp_path, rsps):
    for _ in range(2):
        rsps.add("GET", URL, status=500)
    rsps.add("GET", URL, json=OK)
    sleeps: list[float] = []
    assert client(tmp_path, sleeps).get_json("crossref", URL) == OK
    assert len(sleeps) == 2 and 0.01 <= sleeps[0] <= 0.015 and 0.02 <= sleeps[1] <= 0.03


def test_a_timeout_is_retried_then_reported(tmp_path, rsps):
    rsps.add("GET", URL, body=requests.exceptions.ReadTimeout("read timed out"))
    sleeps: list[float] = []
    with pytest.raises(ServiceError, match="timed out"):
        client(tmp_path, sleeps, max_retries=2).get("crossref", URL)
    # a second wait as long as the first would be no better: two tries, not max_retries
    assert len(rsps.calls) == 2 and len(sleeps) == 1


def test_a_retry_after_too_long_gives_up_at_once(tmp_path, rsps):
    rsps.add("GET", URL + "?rows=1&api_key=hidden", status=503, headers={"Retry-After": "3600"})
    with pytest.raises(ServiceError, match="HTTP 503") as exc:
        client(tmp_path, []).get("crossref", URL, {"rows": "1", "api_key": "hidden"})
    assert f"from {URL}?rows=1" in str(exc.value)  # the URL asked, its secret left out
    assert "hidden" not in str(exc.value)


def test_404_is_none_and_cached(tmp_path, rsps):
    rsps.add("GET", URL, status=404)
    c = client(tmp_path, [])
    assert c.get("crossref", URL) is None
    assert c.get("crossref", URL) is None
    assert len(rsps.calls) == 1


def test_the_cache_answers_a_second_client_without_a_request(tmp_path, rsps):
    rsps.add("GET", URL, json=OK)
    assert client(tmp_path, []).get_json("crossref", URL, {"mailto": "a@example.org"}) == OK
    again = client(tmp_path, [])
    assert again.get_json("crossref", URL, {"mailto": "b@example.org"}) == OK  # not keyed
    assert again.get_json("crossref", URL) == OK  # nor is its absence
    assert len(rsps.calls) == 1
    assert again.stats.network == 0 and again.stats.cached == 2


@pytest.mark.parametrize(
    ("body", "content_type", "text"),
    [
        (
            "<p>IL-6 and TNF-α at 37 °C</p>".encode(),
            "application/xml",
            "<p>IL-6 and TNF-α at 37 °C</p>",
        ),
        (b"\xef\xbb\xbf<p>made-up</p>", "application/xml", "<p>made-up</p>"),  # a BOM
        ("<p>37 °C</p>".encode("latin-1"), "application/xml", None),  # not UTF-8: guessed
        ("<p>37 °C</p>".encode("latin-1"), "text/xml; charset=ISO-8859-1", "<p>37 °C</p>"),
    ],
)
def test_a_text_answer_without_a_character_set_is_read_as_utf8(
    tmp_path, rsps, monkeypatch, body, content_type, text
):
    rsps.add("GET", URL, body=body, content_type=content_type)
    if text is not None:  # no guess from the bytes: it is the slow part of reading an answer
        monkeypatch.setattr(requests.Response, "apparent_encoding", property(_no_guess))
    got = client(tmp_path, []).get_text("crossref", URL, read=str)
    # bytes that are not UTF-8 fall back to requests' guess, whatever it is
    assert got == (text if text is not None else requests.Response.text.fget(_answer(body)))


def _no_guess(response):
    raise AssertionError("guessed a character set")


def _answer(body: bytes) -> requests.Response:
    response = requests.Response()
    response._content = body
    return response


def test_offline_answers_from_the_cache_alone(tmp_path, rsps):
    rsps.add("GET", URL, json=OK)
    client(tmp_path, []).get_json("crossref", URL)
    offline = client(tmp_path, [], offline=True)
    assert offline.get_json("crossref", URL) == OK
    with pytest.raises(OfflineMiss):
        offline.get("crossref", URL + "x")
    assert len(rsps.calls) == 1


def test_offline_answers_with_a_stale_answer_rather_than_none(tmp_path, rsps):
    from datetime import UTC, datetime, timedelta

    rsps.add("GET", URL, json=OK)
    online = client(tmp_path, [])
    online.get_json("crossref", URL)
    cache = online._session().cache
    key = online._key(URL, None, {})
    past = datetime.now(UTC) - timedelta(days=1)
    cache.save_response(cache.get_response(key), key, expires=past)
    assert cache.get_response(key).is_expired
    assert client(tmp_path, [], offline=True).get_json("crossref", URL) == OK
    assert len(rsps.calls) == 1


def test_api_key_never_reaches_the_cache_file(tmp_path, rsps):
    rsps.add("GET", "https://eutils.test/esearch.fcgi", json=OK)
    c = client(tmp_path, [])
    c.get_json("crossref", "https://eutils.test/esearch.fcgi", {"api_key": "SECRET123", "q": "x"})
    c.close()
    assert b"SECRET123" not in (tmp_path / "http-cache.sqlite").read_bytes()
    assert "SECRET123" not in redact("https://e.test/x?api_key=SECRET123&q=1")


def test_user_agent_names_the_tool_version_and_contact(tmp_path, rsps):
    rsps.add("GET", URL, json=OK)
    client(tmp_path, []).get_json("crossref", URL)
    agent = rsps.calls[0].request.headers["User-Agent"]
    assert agent == f"blinarefs/{__version__} (mailto:tests@example.org)"


def test_rate_limit_headers_slow_the_service_down(tmp_path, rsps):
    headers = {"X-Rate-Limit-Limit": "4", "X-Rate-Limit-Interval": "1s"}
    rsps.add("GET", URL, json=OK, headers=headers)
    rsps.add("GET", URL + "2", json=OK, headers=headers)
    sleeps: list[float] = []
    c = client(tmp_path, sleeps, clock=lambda: 100.0)
    c.get("crossref", URL)
    c.get("crossref", URL + "2")
    assert c._gates["crossref"].interval == pytest.approx(0.25 * HEADROOM)
    assert sleeps == [pytest.approx(0.25 * HEADROOM)]  # the second request waited its turn


def test_paced_requests_never_fill_a_one_second_window_past_the_rate(tmp_path, rsps):
    """NCBI allows 3 a second: no four requests may fall within any one second, even
    with the answers' latency jitter (here up to 20 ms)."""
    rsps.add("GET", URL, json=OK)
    now = [1000.0]
    sent: list[float] = []

    def sleep(seconds: float) -> None:
        now[0] += seconds

    c = HttpClient(
        mailto="tests@example.org",
        cache_dir=tmp_path,
        policies={"eutils": ServicePolicy(3.0, 1)},
        sleep=sleep,
        clock=lambda: now[0],
    )
    for n in range(12):
        c.get("eutils", f"{URL}?n={n}")
        sent.append(now[0] + (0.02 if n % 3 == 0 else 0.0))  # arrival, with jitter
        now[0] += 0.001
    assert all(later - first >= 1.0 for first, later in zip(sent, sent[3:], strict=False))


def test_an_unreachable_service_fails_fast_after_the_first_try(tmp_path, rsps):
    c = client(tmp_path, [])  # nothing registered: responses refuses the connection
    with pytest.raises(Unreachable):
        c.get("crossref", URL)
    with pytest.raises(Unreachable):
        c.get("crossref", URL + "2")
    assert len(rsps.calls) == 1


def test_an_unwritable_cache_folder_is_one_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(EnrichError, match="BLINAREFS_CACHE_DIR"):
        client(blocker / "cache", [])
