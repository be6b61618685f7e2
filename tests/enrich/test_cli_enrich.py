"""``blinarefs enrich`` and the build stage, run as a user runs them, against a local server
on 127.0.0.1 that answers from the fixtures: through the CLI's ``main`` in this process, and
in a subprocess where the process itself is under test (killed mid-run)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from blinarefs.store import Store
from conftest import ROOT, run_main

from .fakes import FIXTURES, FakeServices, unpaced


@pytest.fixture
def served(monkeypatch, tmp_path):
    """The fake services on a local port, and the environment that points blinarefs there;
    the runs in this process are not paced (a subprocess's are)."""
    unpaced(monkeypatch)
    fake = FakeServices()
    with fake.serve() as base:
        env = {**fake.env(base), "BLINAREFS_OFFLINE": "0", "BLINAREFS_MAILTO": "t@example.org"}
        yield fake, env


def test_dry_run_prints_the_diff_and_writes_nothing(served, seed_bib):
    _, env = served
    before = seed_bib.read_bytes()
    result = run_main("enrich", str(seed_bib), "--dry-run", "--no-pubmed", env=env)
    assert result.returncode == 0, result.stderr
    assert seed_bib.read_bytes() == before
    out = result.stdout
    assert "kantarjian2017blinatumomab  updated (crossref)" in out
    assert "  + DOI                   10.1056/NEJMoa1609783" in out
    assert "[replaced-truncated]" in out and "[repaired]" in out
    assert "martinelli2017complete  not-found" in out
    assert "matches no work in Crossref: possibly fabricated" in out
    assert out.rstrip().endswith("dry run: nothing written")


def test_a_real_run_writes_then_a_rerun_asks_nothing(served, seed_bib):
    fake, env = served
    first = run_main("enrich", str(seed_bib), "--no-pubmed", env=env)
    assert first.returncode == 0 and first.stdout.rstrip().endswith("; written")
    assert Store.load(seed_bib)["kantarjian2017blinatumomab"].doi == "10.1056/NEJMoa1609783"
    calls = sum(fake.calls.values())
    second = run_main("enrich", str(seed_bib), "--no-pubmed", "--json", env=env)
    report = json.loads(second.stdout)
    assert report["requests"] == 0 and sum(fake.calls.values()) == calls
    assert {e["status"] for e in report["entries"]} == {"unchanged", "not-found"}
    offline = run_main("enrich", str(seed_bib), "--no-pubmed", "--offline")
    assert "0 requests" in offline.stdout


def test_no_mailto_is_said(served, seed_bib):
    _, env = served
    env = {**env, "BLINAREFS_MAILTO": ""}
    result = run_main("enrich", str(seed_bib), "--dry-run", "--only", "bassan2025upfront", env=env)
    assert "[no-mailto]" in result.stdout


def test_usage_errors_are_one_line():
    bad = run_main("enrich", str(ROOT / "references" / "commentary.bib"), "--overwrite", "colour")
    assert bad.returncode == 2 and "not a field enrichment fills" in bad.stderr
    assert bad.stderr.count("\n") == 1
    missing = run_main("enrich", "--only", "nobody2020")
    assert missing.returncode == 2 and "no entry with key 'nobody2020'" in missing.stderr


def test_build_runs_enrich_as_its_second_stage_and_survives_no_network(tmp_path):
    env = {"BLINAREFS_OFFLINE": "0", "BLINAREFS_CROSSREF_API": "http://127.0.0.1:9",
           "BLINAREFS_EUTILS_API": "http://127.0.0.1:9"}  # fmt: skip
    result = run_main("build", "-o", str(tmp_path), env=env)
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines[:4]] == ["parse", "store", "enrich", "validate"]
    assert "network unreachable: 10 entries left as they were" in lines[2]
    assert "[service-unreachable]" in result.stdout
    assert result.returncode == 0
    offline = run_main("build", "-o", str(tmp_path / "again"))  # tests run with BLINAREFS_OFFLINE
    assert "offline: 10 of 10 entries not in the cache" in offline.stdout


def test_build_enriches_against_the_services(served, tmp_path):
    _, env = served
    result = run_main("build", "-o", str(tmp_path), "--mailto", "t@example.org", env=env)
    assert "enrich     7 entries updated, 3 not found" in result.stdout
    store = Store.load(tmp_path / "references.bib")
    assert store["litzow2024blinatumomab"].pmid == "39047240"


def test_build_puts_the_integrity_verdicts_in_its_report(served, tmp_path):
    """With the Retraction Watch sample (its TEST-1 row: the seed's note that Gökbuget et
    al. 2018 has an erratum), the enrich stage says so and report.html has the table."""
    _, env = served
    sample = FIXTURES / "integrity" / "retraction_watch-sample.csv"
    result = run_main("build", "-o", str(tmp_path), "--retraction-data", str(sample), env=env)
    assert "integrity: 1 corrected" in result.stdout
    assert "[corrected] gokbuget2018blinatumomab" in result.stdout
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'id="integrity"' in page and '<td class="warning">corrected</td>' in page


def test_sigkill_mid_run_leaves_the_old_file_or_the_new_one(served, seed_bib, tmp_path):
    fake, env = served
    fake.delay = 0.15
    before = seed_bib.read_bytes()
    full = tmp_path / "full.bib"
    full.write_bytes(before)
    cache = str(tmp_path / "kill-cache")
    env = {**os.environ, **env, "PYTHONPATH": str(ROOT / "src"), "BLINAREFS_CACHE_DIR": cache}
    command = [sys.executable, "-m", "blinarefs", "enrich", "--no-pubmed"]
    proc = subprocess.Popen([*command, str(seed_bib)], env=env, stderr=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL)  # fmt: skip
    time.sleep(0.8)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    fake.delay = 0.0
    run_main("enrich", "--no-pubmed", str(full), env={**env, "BLINAREFS_CACHE_DIR": cache})
    assert seed_bib.read_bytes() in (before, full.read_bytes())
    assert len(Store.load(seed_bib)) == 10


def test_the_readme_enrich_example_is_real_output(served, seed_bib, monkeypatch):
    # the README shows it "against the test fixtures; shortened": each line it shows is
    # printed, in order ("..." stands for what it leaves out)
    _, env = served
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ blinarefs enrich refs.bib --dry-run\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(seed_bib.parent)  # the README names it refs.bib
    result = run_main("enrich", "refs.bib", "--dry-run", env=env)
    out = result.stdout.splitlines()
    at = 0
    for line in block.rstrip("\n").splitlines():
        if line == "...":
            continue
        shown = line.split(" | ...")[0]  # a shortened finding: its start as printed
        found = next((i for i in range(at, len(out)) if out[i].startswith(shown)), None)
        assert found is not None, f"README shows {line!r}; enrich printed:\n{result.stdout}"
        at = found + 1
