"""Enriching a store against the mocked services: the seed case, batching, failures, the
cache, dry runs, locks, and what an interrupted run leaves behind."""

from __future__ import annotations

import pytest
import requests

from blinarefs.enrich import enrich_store, iter_enrich
from blinarefs.store import Store

from .fakes import FIXTURES


def run(path, opts):
    store = Store.load(path)
    return store, enrich_store(store, opts)


def by_number(store) -> dict[int, object]:
    return {r.number: r for r in store}


def test_seed_store_gets_every_verified_doi_author_list_and_pmid(
    fake, options, seed_bib, seed_verified
):
    _, report = run(seed_bib, options())
    assert report.written
    enriched = by_number(Store.load(seed_bib))
    for number, item in enumerate(seed_verified, start=1):
        ref = enriched[number]
        if "DOI" in item:
            assert ref.doi == item["DOI"], item["id"]
        if "PMID" in item:
            assert ref.pmid == item["PMID"], item["id"]
        if "PMCID" in item and ref.doi:
            assert ref.pmcid == item["PMCID"], item["id"]
        if "author" in item and ref.doi:
            assert [n.full_family for n in ref.author] == [a["family"] for a in item["author"]]
            assert not ref.author_truncated
    # ref7 (and the others the seed has no identifier for) stay as printed, reported
    statuses = {e.key: e for e in report.entries}
    for key in ("martinelli2017complete", "vandersluis2023blinatumomab", "locatelli2021effect"):
        entry = statuses[key]
        assert entry.status == "not-found" and not entry.applied
        assert any(f.code == "no-match" and "possibly fabricated" in f.message
                   for f in entry.findings)  # fmt: skip
    assert statuses["martinelli2017complete"].candidates  # the closest works, with scores
    original = by_number(Store.load(seed_bib.with_name("refs.bib")))
    assert enriched[7] == original[7]


def test_unchanged_entries_stay_byte_identical(fake, options, seed_bib):
    before = seed_bib.read_text(encoding="utf-8")
    run(seed_bib, options())
    after = seed_bib.read_text(encoding="utf-8")
    assert before != after
    for block in before.split("\n\n"):
        if "martinelli2017complete" in block or "locatelli2021effect" in block:
            assert block.strip() in after


def test_the_second_run_makes_no_request(fake, options, seed_bib):
    _, first = run(seed_bib, options())
    calls = sum(fake.calls.values())
    _, second = run(seed_bib, options())
    assert first.requests == calls > 0
    assert second.requests == 0 and sum(fake.calls.values()) == calls
    assert second.count("updated") == 0 and not second.written


def test_offline_rerun_answers_from_the_cache(fake, options, seed_bib, tmp_path):
    copy = tmp_path / "copy.bib"
    copy.write_bytes(seed_bib.read_bytes())
    run(seed_bib, options())
    calls = sum(fake.calls.values())
    _, report = run(copy, options(offline=True))
    assert sum(fake.calls.values()) == calls
    assert copy.read_bytes() == seed_bib.read_bytes()
    assert report.count("updated") == 7


def test_offline_with_an_empty_cache_leaves_the_store_as_it_was(fake, options, seed_bib):
    before = seed_bib.read_bytes()
    _, report = run(seed_bib, options(offline=True))
    assert seed_bib.read_bytes() == before and sum(fake.calls.values()) == 0
    assert report.count("failed") == 10
    assert any(f.code == "offline" for f in report.findings)
    # said as what it is: nothing went wrong with the entries, their answers are not cached
    assert "10 not in the cache," in report.summary and "failed" not in report.summary


def test_dry_run_writes_nothing_but_reports_the_changes(fake, options, seed_bib):
    before = seed_bib.read_bytes()
    _, report = run(seed_bib, options(dry_run=True))
    assert seed_bib.read_bytes() == before
    assert not report.written and report.count("updated") == 7


def test_many_dois_are_fetched_in_one_batched_request(fake, options, seed_bib):
    store = Store.load(seed_bib)
    dois = {"kantarjian2017blinatumomab": "10.1056/NEJMoa1609783",
            "litzow2024blinatumomab": "10.1056/NEJMoa2312948",
            "hogan2023childrens": "10.1200/JCO.22.02200"}  # fmt: skip
    for key, doi in dois.items():
        store.put(store[key].with_fields(doi=doi))
    report = enrich_store(store, options(only=tuple(dois), pubmed=False))
    assert fake.calls["crossref"] == 1
    url = fake.rsps.calls[0].request.url
    assert "filter=doi%3A10.1056%2Fnejmoa1609783%2Cdoi%3A" in url
    assert report.count("updated") == 3


def test_a_doi_crossref_lacks_comes_from_doi_org(fake, options, seed_bib):
    fake.not_in_crossref.add("10.1182/blood-2017-08-798322")
    store = Store.load(seed_bib)
    key = "gokbuget2018blinatumomab"
    store.put(store[key].with_fields(doi="10.1182/blood-2017-08-798322"))
    report = enrich_store(store, options(only=(key,), pubmed=False))
    (entry,) = report.entries
    assert entry.sources == ["doi.org"] and entry.status == "updated"
    assert len(store[key].author) == 18
    assert fake.calls["doiorg"] == 1


def test_a_doi_of_another_work_is_reported_never_replaced(fake, options, seed_bib):
    store = Store.load(seed_bib)
    key = "kantarjian2017blinatumomab"
    wrong = store[key].with_fields(doi="10.1182/blood-2017-08-798322")  # Gökbuget's DOI
    store.put(wrong)
    report = enrich_store(store, options(only=(key,)))
    (entry,) = report.entries
    assert entry.status == "id-mismatch"
    assert store[key] == wrong
    (finding,) = [f for f in entry.findings if f.code == "doi-mismatch"]
    assert finding.severity == "error" and "Gökbuget" in finding.message


def test_an_unregistered_doi_is_reported(fake, options, seed_bib):
    store = Store.load(seed_bib)
    key = "martinelli2017complete"
    store.put(store[key].with_fields(doi="10.5555/no-such-doi"))
    (entry,) = enrich_store(store, options(only=(key,))).entries
    assert entry.status == "doi-unknown"


def test_an_answer_for_another_doi_leaves_the_entry_as_it_was(fake, options, seed_bib):
    envelope = (FIXTURES / "crossref" / "work-10.1182_blood-2017-08-798322.json").read_text()
    fake.fault("crossref", (200, {"Content-Type": "application/json"}, envelope))
    store = Store.load(seed_bib)
    key = "kantarjian2017blinatumomab"
    store.put(store[key].with_fields(doi="10.1056/NEJMoa1609783"))
    before = store[key]
    (entry,) = enrich_store(store, options(only=(key,))).entries
    assert entry.status == "failed" and store[key] == before
    assert "the answer is for 10.1182/blood-2017-08-798322" in entry.findings[0].message


@pytest.mark.parametrize(
    "fault",
    [(429, {"Retry-After": "2"}), (500, {}), (503, {"Retry-After": "1"})],
    ids=["429-retry-after", "500", "503"],
)
def test_rate_limits_and_server_errors_are_retried(fake, options, seed_bib, sleeps, fault):
    fake.fault("crossref", fault)
    _, report = run(seed_bib, options())
    assert report.count("updated") == 7 and report.retries == 1
    if "Retry-After" in fault[1]:
        assert any(s >= int(fault[1]["Retry-After"]) for s in sleeps)


def test_a_timeout_fails_that_entry_only_and_a_rerun_resumes(fake, options, seed_bib):
    timeout = requests.exceptions.ReadTimeout("timed out")
    fake.fault("crossref", *[timeout] * 2, when="query.author=Bassan")  # both tries time out
    keys = ("bassan2025upfront", "kantarjian2017blinatumomab")
    _, report = run(seed_bib, options(only=keys))
    statuses = {e.key: e.status for e in report.entries}
    assert statuses == {"bassan2025upfront": "failed", "kantarjian2017blinatumomab": "updated"}
    assert "timed out" in report.entries[0].findings[0].message
    assert not Store.load(seed_bib)["bassan2025upfront"].doi
    _, again = run(seed_bib, options(only=keys))
    assert [e.status for e in again.entries] == ["updated", "unchanged"]
    assert again.requests == 2  # only what Bassan still needed: its search, PubMed by DOI


def test_malformed_json_is_a_reported_failure(fake, options, seed_bib):
    fake.fault("crossref", (200, {"Content-Type": "application/json"}, "{not json"))
    _, report = run(seed_bib, options(only=("bassan2025upfront",), pubmed=False))
    (entry,) = report.entries
    assert entry.status == "failed" and "not JSON" in entry.findings[0].message


def test_a_user_edited_field_survives_and_overwrite_takes_the_service_value(
    fake, options, seed_bib
):
    store = Store.load(seed_bib)
    key = "kantarjian2017blinatumomab"
    store.put(store[key].with_fields(issued=(2017, 3, 3)))
    store.save()
    _, report = run(seed_bib, options(only=(key,)))
    assert Store.load(seed_bib)[key].issued == (2017, 3, 3)
    assert any(f.code == "enrich-conflict" for f in report.entries[0].findings)
    run(seed_bib, options(only=(key,), overwrite=frozenset({"issued"})))
    assert Store.load(seed_bib)[key].issued == (2017, 3, 2)


def test_locked_fields_per_entry_and_in_the_config_file(
    fake, options, seed_bib, tmp_path, monkeypatch
):
    store = Store.load(seed_bib)
    key = "kantarjian2017blinatumomab"
    store.put(store[key].with_fields(locked=("container-title",)))
    store.save()
    config = tmp_path / "config.toml"
    config.write_text('[enrich]\nlocked = ["abstract"]\n', encoding="utf-8")
    monkeypatch.setenv("BLINAREFS_CONFIG", str(config))
    run(seed_bib, options(only=(key,)))
    ref = Store.load(seed_bib)[key]
    assert ref.container_title == "N Engl J Med" and not ref.abstract
    assert ref.doi and len(ref.author) == 26


def test_a_pmcid_alone_leads_to_pmid_and_doi(fake, options, seed_bib):
    store = Store.load(seed_bib)
    key = "litzow2024blinatumomab"
    store.put(store[key].with_fields(pmcid="PMC11334054"))
    (entry,) = enrich_store(store, options(only=(key,))).entries
    assert store[key].pmid == "39047240" and store[key].doi == "10.1056/NEJMoa2312948"
    assert fake.calls["idconv"] == 1 and "crossref" in entry.sources


def test_unreachable_network_reports_and_leaves_the_store(options, seed_bib, monkeypatch):
    import responses

    monkeypatch.delenv("BLINAREFS_OFFLINE", raising=False)
    before = seed_bib.read_bytes()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:  # refuses all
        _, report = run(seed_bib, options())
    assert seed_bib.read_bytes() == before
    assert report.unreachable and report.count("updated") == 0
    assert len(rsps.calls) <= 2  # one try per service, then every entry fails fast
    assert "10 not reached," in report.summary and "failed" not in report.summary


def test_once_no_service_can_answer_the_rest_is_reported_without_being_worked_through(
    options, seed_bib, monkeypatch
):
    import responses

    from blinarefs.enrich import core

    monkeypatch.delenv("BLINAREFS_OFFLINE", raising=False)
    batches: list[int] = []
    real = core._Run.batch
    monkeypatch.setattr(core._Run, "batch", lambda run, refs: batches.append(len(refs))
                        or real(run, refs))  # fmt: skip
    with responses.RequestsMock(assert_all_requests_are_fired=False):  # refuses all
        _, report = run(seed_bib, options(batch_size=3))
    assert batches == [3]  # the first batch found both services down; 7 entries were left
    assert len(report.entries) == 10 and report.count("failed") == 10
    assert all(any(f.code == "unreached" for f in e.findings) for e in report.entries)


def test_ctrl_c_mid_batch_keeps_finished_batches_and_nothing_half_done(fake, options, seed_bib):
    original = {r.id: r for r in Store.load(seed_bib)}
    # ref5 is in batch 2, and PubMed's citation matcher does not know it: it is searched
    fake.fault("crossref", KeyboardInterrupt(), when="query.author=van der Sluis")
    store = Store.load(seed_bib)
    with pytest.raises(KeyboardInterrupt):
        for _ in iter_enrich(store, options(batch_size=3)):
            pass
    on_disk = {r.id: r for r in Store.load(seed_bib)}
    assert list(on_disk) == list(original)
    for n, (key, ref) in enumerate(on_disk.items()):
        if n < 3:
            assert ref.doi, key  # the first batch: saved, fully updated
        else:
            assert ref == original[key], key  # the interrupted batch and the rest: as they were
