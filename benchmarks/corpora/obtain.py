"""The real-world JATS corpus: where it lives, what is in it, and how to rebuild it.

    python benchmarks/corpora/obtain.py [--target DIR] [--cache DIR] [--check]

The articles are third-party texts, so the repository holds only ``manifest.json`` (which
public repository, commit and path each file comes from, with its licence and split); this
script fetches each listed repository at its commit into a cache, copies the files to
``<target>/jats/<source>/<file>``, checks each against its SHA-256, and writes
``<target>/MANIFEST.json`` and ``<target>/READY``. Every benchmark finds the corpus through
``corpus_dir()`` (``$BLINAREFS_CORPORA``, else ``~/.cache/blinarefs/corpora``) and
``articles()``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"


def corpus_dir() -> Path:
    """Where the corpus is: ``$BLINAREFS_CORPORA``, else the user's cache."""
    env = os.environ.get("BLINAREFS_CORPORA")
    return Path(env) if env else Path.home() / ".cache" / "blinarefs" / "corpora"


@dataclass(frozen=True)
class Article:
    """One article of the manifest; ``path`` is where it is in the corpus."""

    file: str
    source: str
    repo: str
    commit: str
    path_in_repo: str
    article_index: int | None
    sha256: str
    licence: str
    journal: str
    publisher: str
    doi: str | None
    marker_style: str
    n_refs: int
    n_printed_refs: int
    n_markers: int
    split: str
    path: Path


def load_manifest(manifest: Path = MANIFEST) -> list[dict[str, object]]:
    return list(json.loads(manifest.read_text(encoding="utf-8"))["articles"])


def articles(
    split: str | None = None,
    source: str | None = None,
    marker_style: str | None = None,
    root: Path | None = None,
    manifest: Path = MANIFEST,
) -> list[Article]:
    """The manifest's articles that are present in the corpus, filtered; a benchmark passes
    ``split="heldout"`` for its reported figures and never tunes on those."""
    base = root or corpus_dir()
    out = []
    for row in load_manifest(manifest):
        art = Article(**row, path=base / str(row["file"]))  # type: ignore[arg-type]
        if split not in (None, art.split) or source not in (None, art.source):
            continue
        if marker_style not in (None, art.marker_style) or not art.path.is_file():
            continue
        out.append(art)
    return out


def split_articles(data: bytes) -> list[bytes]:
    """The articles of a file: the file itself, or each ``<article>`` of a PMC article set
    serialised on its own (lxml's serialisation, as the manifest's files were made)."""
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    root = etree.fromstring(data, parser)
    if etree.QName(root).localname == "article":
        return [data]
    found = [
        el for el in root if isinstance(el.tag, str) and etree.QName(el).localname == "article"
    ]
    return [etree.tostring(el, encoding="utf-8", xml_declaration=True) for el in found]


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def fetch_commit(repo: str, commit: str, cache: Path) -> Path:
    """A checkout of ``repo`` at ``commit`` in the cache (fetched by its id, only that commit,
    falling back to a full clone where the server does not allow that)."""
    dest = cache / repo.replace("/", "+") / commit
    if (dest / ".done").exists():
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    url = f"https://github.com/{repo}.git"
    _git("init", "-q", cwd=dest)
    try:
        _git("fetch", "-q", "--depth", "1", url, commit, cwd=dest)
    except subprocess.CalledProcessError:
        _git("fetch", "-q", url, "+refs/heads/*:refs/remotes/origin/*", cwd=dest)
    _git("-c", "advice.detachedHead=false", "checkout", "-q", commit, cwd=dest)
    (dest / ".done").touch()
    return dest


def obtain(target: Path, cache: Path) -> int:
    """Rebuild the corpus; returns how many files failed their checksum or were missing."""
    rows = load_manifest()
    bad = 0
    for row in rows:
        checkout = fetch_commit(str(row["repo"]), str(row["commit"]), cache)
        data = (checkout / str(row["path_in_repo"])).read_bytes()
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            print(f"{row['file']}: checksum differs from the manifest; skipped", file=sys.stderr)
            bad += 1
            continue
        if row.get("article_index") is not None:
            data = split_articles(data)[int(str(row["article_index"]))]
        out = target / str(row["file"])
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    (target / "MANIFEST.json").write_text(MANIFEST.read_text(encoding="utf-8"), encoding="utf-8")
    (target / "READY").write_text(f"{len(rows) - bad} articles\n", encoding="utf-8")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--target", type=Path, default=None, help="default: corpus_dir()")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "blinarefs" / "git")
    ap.add_argument("--check", action="store_true", help="only count what is already present")
    args = ap.parse_args(argv)
    target = args.target or corpus_dir()
    if args.check:
        present = articles(root=target)
        print(f"{len(present)} of {len(load_manifest())} articles present in {target}")
        return 0 if len(present) == len(load_manifest()) else 1
    bad = obtain(target, args.cache)
    print(f"corpus written to {target} ({bad} failed)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
