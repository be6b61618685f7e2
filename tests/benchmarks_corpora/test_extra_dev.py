"""The extra dev set: no article of the manifest (either split) comes in, by DOI, PMCID,
checksum or path; the files read back as articles of split "files"."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from corpora import extra_dev

LICENCE = (
    '<permissions><license xlink:href="https://creativecommons.org/licenses/by/4.0/">'
    "</license></permissions>"
)
REF = (
    '<ref id="r{n}"><label>{n}</label><mixed-citation publication-type="journal">'
    "<person-group><name><surname>Roe</surname><given-names>J</given-names></name>"
    "</person-group>. <article-title>A made-up study {n}</article-title>. "
    "<source>Fict J</source>. <year>2030</year>;<volume>{n}</volume>:"
    "<fpage>1{n}</fpage>-<lpage>2{n}</lpage>.</mixed-citation></ref>"
)


def article(doi: str, pmcid: str, refs: int = 5) -> bytes:
    back = "".join(REF.format(n=n) for n in range(1, refs + 1))
    return (
        '<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta>'
        f'<article-id pub-id-type="doi">{doi}</article-id>'
        f'<article-id pub-id-type="pmc">{pmcid}</article-id>{LICENCE}</article-meta></front>'
        f"<back><ref-list>{back}</ref-list></back></article>"
    ).encode()


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def committed(origin: Path, files: dict[str, bytes]) -> str:
    """A git repository at ``origin`` holding ``files``; its one commit."""
    for name, data in files.items():
        (origin / name).parent.mkdir(parents=True, exist_ok=True)
        (origin / name).write_bytes(data)
    git(origin, "init", "-q")
    git(origin, "add", ".")
    git(origin, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "papers")
    return git(origin, "rev-parse", "HEAD")


def test_no_manifest_article_comes_in_and_the_files_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    origin = tmp_path / "someone+papers"
    files = {
        "a/PMC1/fulltext.xml": article("10.9999/fict.1", "PMC1"),  # DOI in the manifest
        "a/PMC2/fulltext.xml": article("10.9999/fict.2", "PMC2"),  # PMCID in the manifest
        "a/PMC3/fulltext.xml": article("10.9999/fict.3", "PMC3"),  # same file as a held-out
        "a/PMC4/fulltext.xml": article("10.9999/fict.4", "PMC4"),  # new: kept
        "a/PMC5/fulltext.xml": article("10.9999/FICT.4", "PMC5"),  # the same DOI again
        "a/PMC6/fulltext.xml": article("10.9999/fict.6", "PMC6", refs=2),  # too few printed
    }
    commit = committed(origin, files)
    manifest = [
        {"doi": "10.9999/FICT.1", "file": "jats/x/PMC100.xml", "path_in_repo": "p",
         "sha256": "", "repo": "o/r", "split": "heldout"},
        {"doi": "10.9999/other", "file": "jats/x/PMC2.xml", "path_in_repo": "q",
         "sha256": "", "repo": "o/r", "split": "dev"},
        {"doi": "10.9999/else", "file": "jats/x/x.xml", "path_in_repo": "r", "repo": "o/r",
         "sha256": hashlib.sha256(files["a/PMC3/fulltext.xml"]).hexdigest(),
         "split": "heldout"},
    ]  # fmt: skip
    monkeypatch.setattr(extra_dev, "load_manifest", lambda: manifest)
    monkeypatch.setattr(extra_dev, "ORIGINS", [("someone/papers", commit, r"/fulltext\.xml$")])
    monkeypatch.setattr(extra_dev, "EXTRA", {"someone/papers": "test"})
    target = tmp_path / "extra"
    base = f"{tmp_path}/{{owner}}+{{name}}/.git"
    counts = extra_dev.build(base, tmp_path / "cache", target, per_publisher=10)
    assert counts == {"someone+papers": 1}
    assert [p.name for p in (target / "someone+papers").iterdir()] == ["PMC4.xml"]
    (found,) = extra_dev.outside(f"{target}/*/*.xml")
    assert (found.source, found.split, found.n_refs) == ("someone+papers", "files", 5)


def test_a_glob_that_matches_nothing_says_so_in_one_line(tmp_path):
    """``--files`` with a glob matching no file: one line naming the glob, not a traceback
    (bench_parse crashed on an empty ``max``; every benchmark taking ``--files`` shares this)."""
    import sys

    glob = f"{tmp_path}/nothing/*.xml"
    bench = Path(extra_dev.__file__).parents[1] / "bench_parse.py"
    run = subprocess.run(
        [sys.executable, str(bench), "--files", glob, "--no-speed"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert run.returncode != 0
    assert run.stderr.strip().count("\n") == 0 and glob in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
