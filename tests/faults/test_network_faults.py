"""Network faults from a local misbehaving server: every kind of fault, one parametrised
test. For each, the entries the fault hits stay exactly as they were and the report says
what happened, every other entry ends as in a run without faults, nothing the bad answer
said reaches the store or the cache, and a rerun without the fault completes the job.

The store is the seed's (as parsed from its printed list), with two DOIs added so that
Crossref's DOI batch and doi.org are asked too: Kantarjian's DOI (Crossref answers) and
Gökbuget's (hidden from Crossref, so doi.org answers), both from the fixtures; and
Zugmaier's volume removed, so that PubMed's citation matcher cannot find it and PubMed's
title search (esearch, then an efetch of its PMID alone) does.
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass

import pytest

from blinarefs.enrich import EnrichOptions, enrich_store
from blinarefs.store import Store
from enrich.fakes import SEED_BIB, FakeServices

from .server import FORGED, KINDS, Fault, MisbehavingServer

KANTARJIAN_DOI = "10.1056/NEJMoa1609783"  # tests/fixtures/crossref, from the seed
GOKBUGET_DOI = "10.1182/blood-2017-08-798322"  # tests/fixtures/doiorg, from the seed
RETRIES = 2  # tries per request: 3; a transient fault that hits all 3 is reported
TIMEOUT = (1.0, 0.5)  # seconds; the hanging and trickling faults last longer

SEARCHED = ("bassan2025upfront", "vandersluis2023blinatumomab", "gupta2025blinatumomab",
            "martinelli2017complete", "locatelli2021effect", "zugmaier2015longterm")  # fmt: skip
BASSAN = ("bassan2025upfront",)  # its Crossref search: query.author=Bassan
BATCH = ("kantarjian2017blinatumomab", "gokbuget2018blinatumomab")  # filter=doi:A,doi:B
IN_BATCH = f"filter=doi:{KANTARJIAN_DOI.lower()}"  # not the batch of the DOIs PubMed gave
GOKBUGET = ("gokbuget2018blinatumomab",)  # doi.org
ZUGMAIER = ("zugmaier2015longterm",)  # found by PubMed alone: esearch, then efetch 26480933
# the citation matcher finds Litzow and Hogan; when it fails, Crossref's search does


@dataclass(frozen=True)
class Case:
    kind: str
    service: str
    when: str
    hit: tuple[str, ...]  # entries that must stay as they were
    says: str  # what their finding (or the run's) must say
    times: int = RETRIES + 1

    @property
    def id(self) -> str:
        return f"{self.kind}/{self.service}"


CASES = [
    # a request that times out is tried twice, not RETRIES + 1 times: a second wait as long
    Case("timeout", "crossref", "query.author=Bassan", BASSAN, "timed out, 2 tries", 2),
    Case("reset", "crossref", IN_BATCH, BATCH, "connection reset, 3 tries"),
    Case("closed", "doiorg", "", GOKBUGET, "connection closed without an answer"),
    Case("slow-body", "efetch", "id=26480933", ZUGMAIER, "timed out, 2 tries", 2),
    Case("cut-body", "esearch", "Zugmaier[1au]", ZUGMAIER, "the answer was cut off"),
    Case("429-storm", "crossref", "query.author", SEARCHED, "HTTP 429"),
    Case("5xx-burst", "crossref", "query.author=Bassan", (), "", RETRIES),  # retried, recovered
    Case("5xx-storm", "doiorg", "", GOKBUGET, "HTTP 503"),
    Case("invalid-json", "doiorg", "", GOKBUGET, "is not JSON"),
    Case("truncated-json", "crossref", IN_BATCH, BATCH, "is not JSON"),
    Case("html-page", "esearch", "Zugmaier[1au]", ZUGMAIER, "is not JSON"),
    Case("json-null", "doiorg", "", GOKBUGET, "is not a CSL-JSON item"),
    Case("json-null", "crossref", "query.author=Bassan", BASSAN, "no 'ok' status"),
    Case("wrong-shape", "crossref", "query.author=Bassan", BASSAN, "cannot read the answer"),
    Case("wrong-shape", "doiorg", "", GOKBUGET, "cannot read the answer"),
    Case("wrong-shape", "esearch", "Zugmaier[1au]", ZUGMAIER, "esearch answered"),
    Case("wrong-shape", "efetch", "id=26480933", ZUGMAIER, "without MedlineCitation"),
    Case("redirect-other-host", "crossref", IN_BATCH, BATCH, "another host"),
    Case("redirect-other-host", "doiorg", "", GOKBUGET, "the answer is for 10.1200/JCO"),
    Case("other-work", "crossref", IN_BATCH, BATCH, "works not asked for"),
    Case("other-work", "doiorg", "", GOKBUGET, "the answer is for 10.1200/JCO"),
    Case("other-work", "efetch", "id=26480933", ZUGMAIER, "records not asked for"),
    Case("xml-external-entity", "efetch", "id=26480933", ZUGMAIER, "undefined entity"),
    Case("xml-entity-bomb", "efetch", "id=26480933", ZUGMAIER, "amplification"),
    Case("refused", "doiorg", "", GOKBUGET, "connection refused"),
    Case("5xx-storm", "ecitmatch", "", (), ""),  # the search takes over: nothing lost
    Case("html-page", "ecitmatch", "", (), ""),
]
INJECTED: Counter[str] = Counter()  # fault kind -> requests it hit, over the whole test


def _store(tmp_path):
    path = tmp_path / "refs.bib"
    shutil.copy(SEED_BIB, path)
    store = Store.load(path)
    store.put(store["kantarjian2017blinatumomab"].with_fields(doi=KANTARJIAN_DOI))
    store.put(store["gokbuget2018blinatumomab"].with_fields(doi=GOKBUGET_DOI))
    store.put(store["zugmaier2015longterm"].with_fields(volume=""))
    store.save()
    return path


def _fake() -> FakeServices:
    fake = FakeServices()
    fake.not_in_crossref.add(GOKBUGET_DOI.lower())
    return fake


def _enrich(path, server, cache, monkeypatch, only=()):
    for name, value in server.env.items():
        monkeypatch.setenv(name, value)
    options = EnrichOptions(
        only=only,
        offline=False,
        mailto="tests@example.org",
        today="2026-01-01",
        cache_dir=cache,
        sleep=lambda seconds: None,
        backoff_base=0.01,
        max_retries=RETRIES,
        timeout=TIMEOUT,
        save_every=0.0,
    )
    store = Store.load(path)
    return store, enrich_store(store, options)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """Every entry as a run without faults leaves it."""
    tmp = tmp_path_factory.mktemp("baseline")
    path = _store(tmp)
    with pytest.MonkeyPatch.context() as mp, MisbehavingServer(_fake()) as server:
        mp.setenv("BLINAREFS_OFFLINE", "0")
        store, report = _enrich(path, server, tmp / "cache", mp)
    assert report.count("updated") == 7
    return {r.id: r for r in store}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_fault_changes_no_entry_is_reported_and_a_rerun_completes(
    case, baseline, tmp_path, monkeypatch
):
    monkeypatch.setenv("BLINAREFS_OFFLINE", "0")
    path = _store(tmp_path)
    original = {r.id: r for r in Store.load(path)}
    cache = tmp_path / "cache"
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT", encoding="utf-8")
    fault = Fault(case.kind, case.service, case.when, times=case.times)
    with MisbehavingServer(_fake(), [fault], hang=3.0, secret=secret) as server:
        _, report = _enrich(path, server, cache, monkeypatch)
    INJECTED[case.kind] += server.injected[case.kind]
    assert server.injected[case.kind] >= 1, "the fault never happened"

    on_disk = Store.load(path)
    assert not on_disk.problems
    assert [r.id for r in on_disk] == list(original)
    entries = {e.key: e for e in report.entries}
    for key, ref in original.items():
        if key in case.hit:  # the bad answer changed nothing, and the entry says why
            assert on_disk[key] == ref, key
            messages = " | ".join(f.message for f in entries[key].findings)
            assert entries[key].status == "failed" or not case.says, key
            assert case.says in messages, messages
        else:  # the rest of the run went on
            assert on_disk[key] == baseline[key], key
    if case.kind == "5xx-burst":
        assert report.retries == RETRIES
    if case.kind == "refused":
        assert any(f.code == "service-unreachable" for f in report.findings)
    if case.kind == "redirect-other-host" and case.service == "crossref":
        assert server.other_requests == 0  # not followed
    text = path.read_text(encoding="utf-8")
    assert FORGED not in text and "SECRET-FILE-CONTENT" not in text
    cached = (cache / "http-cache.sqlite").read_bytes()
    assert FORGED.encode() not in cached and b"SECRET-FILE-CONTENT" not in cached

    # the fault is gone: a rerun asks again (nothing bad was cached) and completes the job
    with MisbehavingServer(_fake()) as server:
        _, again = _enrich(path, server, cache, monkeypatch, only=case.hit)
    assert {r.id: r for r in Store.load(path)} == baseline
    assert not [f for f in again.all_findings if f.code in ("enrich-failed", "unreached")]


def test_every_fault_kind_is_injected():
    """Runs after the parametrised test (file order): each kind was tried and happened.
    Prints the requests each kind hit (``pytest -s`` shows them)."""
    assert {c.kind for c in CASES} == set(KINDS)
    if INJECTED:  # empty when this test runs alone
        assert set(INJECTED) == set(KINDS), set(KINDS) - set(INJECTED)
        print(f"{len(INJECTED)} fault kinds in {len(CASES)} cases, "
              f"{sum(INJECTED.values())} faulty answers: {dict(INJECTED)}")  # fmt: skip
