"""Security: XML that reaches for local files, hostile values in HTML, identifiers that try
to escape their URL, shells, and the NCBI API key. What tests/format and tests/trace already
prove (an XXE style in UTF-8, an entity bomb, a <script> title in the check report) is not
repeated here."""

from __future__ import annotations

import ast
import logging
import re
import shutil
from dataclasses import fields, replace
from pathlib import Path

import pytest
import responses

from blinarefs.cli import main as blinarefs
from blinarefs.enrich import EnrichOptions, crossref, doiorg, enrich_store, ncbi
from blinarefs.enrich.core import policies
from blinarefs.enrich.http import HttpClient
from blinarefs.errors import StyleError
from blinarefs.format import format_bibliography
from blinarefs.format.styles import CSL_NS
from blinarefs.model import Name, Reference
from blinarefs.store import Store
from conftest import ROOT, run_cli
from enrich.fakes import SEED_BIB, FakeServices

from .server import Fault, MisbehavingServer

# Written for the tests, not bibliographic facts: markup that must stay text, and a DOI-like
# string holding every character that means something in a URL.
PAYLOAD = '<script>alert(1)</script><img src=x onerror="alert(2)">'
HOSTILE_DOI = "10.1234/a?b#c&d e/é%20"
SECRET = "secret-test-key"


# -- XML ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_an_xxe_style_in_another_encoding_fails_safely(tmp_path, encoding):
    """blinarefs refuses a DTD by looking for ``<!DOCTYPE`` in the bytes; in UTF-16 the
    bytes hide it, and the parser itself (entities and network off) must hold."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    style = f"""<?xml version="1.0" encoding="{encoding}"?>
<!DOCTYPE style [<!ENTITY xxe SYSTEM "file://{secret}">]>
<style xmlns="{CSL_NS}" class="in-text" version="1.0">
  <info><title>Test</title><id>test</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="citation-number"/></layout></citation>
  <bibliography><layout><text variable="title" suffix="&xxe;"/></layout></bibliography>
</style>
"""
    path = tmp_path / "xxe.csl"
    path.write_bytes(style.encode(encoding))
    with pytest.raises(StyleError) as exc:
        format_bibliography([Reference(id="a", title="A title", issued=(2020,))], str(path))
    assert "entity" in str(exc.value) and "TOP-SECRET-VALUE" not in str(exc.value)


# -- HTML --------------------------------------------------------------------------------------


def test_every_value_of_a_hostile_store_stays_text_in_html(tmp_path, capsys):
    """Every text field of an entry, its author names and the manuscript carry markup; the
    bibliography (format --to html) and the editor's report (check --format html) show it
    as text."""
    base = Store.load(SEED_BIB)["kantarjian2017blinatumomab"]
    texts = {
        f.name: f"{PAYLOAD} {f.name}"
        for f in fields(Reference)
        if isinstance(getattr(base, f.name), str) and f.name not in ("id", "type")
    }
    hostile = replace(
        base,
        id="hostile2017",
        number=1,
        author=(Name(family=f"{PAYLOAD} family", given="H"), Name(literal=f"{PAYLOAD} group")),
        **texts,
    )
    bib = tmp_path / "hostile.bib"
    Store.from_references([hostile], bib).save()
    manuscript = tmp_path / "paper.txt"  # written for the tests
    manuscript.write_text(f"A claim {PAYLOAD} was shown in 45% of adults.1\n", encoding="utf-8")
    bibliography, report = tmp_path / "bibliography.html", tmp_path / "report.html"
    assert blinarefs(["format", str(bib), "--to", "html", "-o", str(bibliography)]) == 0
    blinarefs(["check", str(manuscript), "--bib", str(bib), "--format", "html", "-o", str(report)])
    capsys.readouterr()
    for page in (bibliography.read_text(encoding="utf-8"), report.read_text(encoding="utf-8")):
        assert "<script" not in page and "<img" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert report.read_text(encoding="utf-8").count("&lt;img") >= 3  # title, author, text


# -- URLs --------------------------------------------------------------------------------------


@pytest.fixture
def asked(tmp_path):
    """Every URL requested, answered 404; a client without a mailto (no extra parameter)."""
    urls: list[str] = []
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.add_callback(
            "GET",
            re.compile(r"https://.*"),
            lambda request: (urls.append(request.url), (404, {}, "Not found"))[1],
        )
        yield urls, HttpClient(cache_dir=tmp_path, policies=policies(None), sleep=lambda s: None)


def test_dois_are_percent_encoded_in_paths(asked):
    urls, client = asked
    crossref.fetch_work(client, HOSTILE_DOI)
    doiorg.fetch_csl(client, HOSTILE_DOI)
    crossref.fetch_work(client, "10.1234/../../members")  # dot segments: no way out of /works/
    assert urls == [
        "https://api.crossref.org/works/10.1234/a%3Fb%23c%26d%20e/%C3%A9%2520",
        "https://doi.org/10.1234/a%3Fb%23c%26d%20e/%C3%A9%2520",
        "https://api.crossref.org/works/10.1234%2F..%2F..%2Fmembers",
    ]


def test_dois_and_queries_are_encoded_in_parameters(asked):
    urls, client = asked
    crossref.fetch_works(client, [HOSTILE_DOI, "10.1234/x"])
    ncbi.esearch(client, ncbi._doi_term([HOSTILE_DOI]), retmax=2)
    ref = Reference(
        id="x", title="A&B? #1 é", author=(Name(family="O'Brien&Co"),), issued=(2020,)
    )  # written for the tests
    crossref.search(client, ref)
    assert urls[0] == (
        "https://api.crossref.org/works?filter=doi%3A10.1234%2Fa%3Fb%23c%26d+e%2F%C3%A9%2520"
        "%2Cdoi%3A10.1234%2Fx&rows=2"
    )
    assert urls[1] == (
        "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?tool=blinarefs&db=pubmed"
        "&term=%2210.1234%2Fa%3Fb%23c%26d+e%2F%C3%A9%2520%22%5Bdoi%5D&retmode=json&retmax=2"
    )
    assert "?query.bibliographic=A%26B%3F+%231+%C3%A9.+2020&rows=5&" in urls[2]
    assert (
        "&query.author=O%27Brien%26Co&filter=from-pub-date%3A2019%2Cuntil-pub-date%3A2021"
        in (urls[2])
    )


# -- shells ------------------------------------------------------------------------------------

_RUNNERS = {"run", "Popen", "call", "check_call", "check_output", "getoutput", "getstatusoutput"}


def _shell_uses(path: Path) -> list[str]:
    """Calls that hand a command line to a shell, by line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = ast.unparse(node.func)
        where = f"{path.name}:{node.lineno}: {name}"
        if name in ("os.system", "os.popen") or name.startswith(("os.exec", "os.spawn")):
            found.append(where)
        if any(k.arg == "shell" and not _is_false(k.value) for k in node.keywords):
            found.append(where + " shell=...")
        if name.split(".")[-1] in ("getoutput", "getstatusoutput"):
            found.append(where)
        if name.split(".")[-1] in _RUNNERS and node.args and _is_text(node.args[0]):
            found.append(where + " with a command string")
    return found


def _is_false(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is False


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr | ast.BinOp) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def test_no_shell_is_ever_invoked():
    files = [p for d in ("src", "scripts", "benchmarks") for p in sorted((ROOT / d).rglob("*.py"))]
    assert len(files) > 50
    assert [use for path in files for use in _shell_uses(path)] == []


def test_the_shell_scan_finds_what_it_looks_for(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import os, subprocess\nos.system('ls')\nsubprocess.run(f'ls {x}', shell=True)\n"
        "subprocess.check_output('ls ' + x)\nsubprocess.run(['ls', x])\n",
        encoding="utf-8",
    )
    assert [u.split(": ")[0] for u in _shell_uses(probe)] == [
        "probe.py:2",
        "probe.py:3",
        "probe.py:3",
        "probe.py:4",
    ]


# -- secrets -----------------------------------------------------------------------------------


def test_the_ncbi_api_key_is_never_written(tmp_path, monkeypatch, caplog):
    """Enrichment with NCBI_API_KEY set, against the fixtures' server (a 429 and a 503 on
    the way, so the retry paths log too): the key goes to NCBI, and nowhere else: not the
    cache, the store, the output, nor any log line at any level."""
    monkeypatch.setenv("NCBI_API_KEY", SECRET)
    monkeypatch.setenv("BLINAREFS_OFFLINE", "0")
    cache = tmp_path / "cache"
    bib = tmp_path / "refs.bib"
    shutil.copy(SEED_BIB, bib)
    faults = [Fault("5xx-burst", "esearch", times=1), Fault("5xx-burst", "efetch", times=1)]
    with MisbehavingServer(FakeServices(), faults) as server:
        for name, value in server.env.items():
            monkeypatch.setenv(name, value)
        caplog.set_level(logging.DEBUG)
        copy = tmp_path / "copy.bib"
        shutil.copy(SEED_BIB, copy)
        options = EnrichOptions(offline=False, cache_dir=tmp_path / "cache2", sleep=lambda s: None)
        report = enrich_store(Store.load(copy), options)
        env = {**server.env, "BLINAREFS_CACHE_DIR": str(cache), "NCBI_API_KEY": SECRET,
               "BLINAREFS_OFFLINE": "0", "BLINAREFS_MAILTO": "t@example.org"}  # fmt: skip
        cli = run_cli("enrich", str(bib), "--only", "zugmaier2015longterm", env=env)
    assert cli.returncode == 0, cli.stderr
    assert sum(SECRET in p for p in server.paths) >= 3  # it was sent, to NCBI only
    assert all("/eutils/" in p for p in server.paths if SECRET in p)
    assert report.count("updated") == 7
    written = [p.read_bytes() for p in (cache, tmp_path / "cache2") for p in p.iterdir()]
    written += [bib.read_bytes(), copy.read_bytes()]
    assert len(written) >= 4
    assert not [b for b in written if SECRET.encode() in b]
    assert SECRET not in cli.stdout + cli.stderr
    assert any("urllib3" in r.name for r in caplog.records)  # the HTTP library did log
    assert not [r.getMessage() for r in caplog.records if SECRET in r.getMessage()]
    assert SECRET not in str(report.to_dict())
