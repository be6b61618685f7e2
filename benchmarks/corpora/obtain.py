"""The real-world JATS corpus: where it lives, what is in it, and how to rebuild it.

    python benchmarks/corpora/obtain.py [--target DIR] [--cache DIR] [--git-base TEMPLATE]
    python benchmarks/corpora/obtain.py --check | --summary

The articles are third-party texts, so the repository holds only ``manifest.json`` (which
public repository, commit and path each file comes from, with its licence and split); this
script fetches each listed repository at its commit into a cache (a partial clone: only the
listed files are downloaded), checks each file against its SHA-256, writes it to
``<target>/jats/<source>/<id>.xml``, and writes
``<target>/MANIFEST.json`` and ``<target>/READY``. Every benchmark finds the corpus through
``corpus_dir()`` (``$BLINAREFS_CORPORA``, else ``~/.cache/blinarefs/corpora``) and
``articles()``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
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
    from lxml import etree

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


def _git(git_dir: Path, *args: str) -> bytes:
    done = subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True)
    return done.stdout


GITHUB = "https://github.com/{owner}/{name}.git"


def repository(repo: str, commit: str, cache: Path, base: str = GITHUB) -> Path:
    """A git directory that has ``commit``: a local clone where ``base`` names one, else a
    partial clone in the cache (trees only; each file is fetched when it is first read),
    fetching the commit by its id or, where the server will not, every branch and pull
    request. ``base`` has ``{owner}`` and ``{name}`` to fill in."""
    owner, name = repo.split("/")
    url = base.format(owner=owner, name=name)
    if Path(url).is_dir():
        return Path(url)
    git_dir = cache / f"{owner}+{name}.git"
    if not git_dir.exists():
        git_dir.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["git", "clone", "-q", "--bare", "--filter=blob:none", url, str(git_dir)],
            check=True,
            capture_output=True,
        )
    try:
        _git(git_dir, "cat-file", "-e", f"{commit}^{{commit}}")
    except subprocess.CalledProcessError:
        try:
            _git(git_dir, "fetch", "-q", "origin", commit)
        except subprocess.CalledProcessError:
            _git(git_dir, "fetch", "-q", "origin", "+refs/pull/*/head:refs/pull/*/head")
    return git_dir


def list_files(git_dir: Path, commit: str) -> list[str]:
    """Every path at ``commit`` (a name that is not UTF-8 keeps its bytes as surrogates)."""
    names = _git(git_dir, "ls-tree", "-r", "-z", "--name-only", commit)
    return names.decode(errors="surrogateescape").split("\0")[:-1]


def read_file(git_dir: Path, commit: str, path: str) -> bytes:
    return _git(git_dir, "show", f"{commit}:{path}")


def obtain(target: Path, cache: Path, base: str = GITHUB, manifest: Path = MANIFEST) -> int:
    """Rebuild the corpus; returns how many files failed their checksum."""
    rows = load_manifest(manifest)
    bad = 0
    for row in rows:
        commit = str(row["commit"])
        git_dir = repository(str(row["repo"]), commit, cache, base)
        data = read_file(git_dir, commit, str(row["path_in_repo"]))
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            print(f"{row['file']}: checksum differs from the manifest; skipped", file=sys.stderr)
            bad += 1
            continue
        if row.get("article_index") is not None:
            data = split_articles(data)[int(str(row["article_index"]))]
        out = target / str(row["file"])
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    (target / "MANIFEST.json").write_text(manifest.read_text(encoding="utf-8"), encoding="utf-8")
    (target / "READY").write_text(f"{len(rows) - bad} articles\n", encoding="utf-8")
    return bad


STYLES = ("bracket", "paren", "superscript", "bare", "author-year", "none")


def summary(rows: list[dict[str, object]]) -> str:
    """Per source: articles, references, printed references, marker styles, split (Markdown)."""
    by_source: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        by_source.setdefault(str(row["source"]), []).append(row)
    head = ["source", "articles", "refs", "printed", *STYLES, "dev", "heldout"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    order = sorted(by_source.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for source, group in [*order, ("all", rows)]:
        cells = [
            len(group),
            sum(int(str(r["n_refs"])) for r in group),
            sum(int(str(r["n_printed_refs"])) for r in group),
            *(sum(r["marker_style"] == s for r in group) for s in STYLES),
            *(sum(r["split"] == s for r in group) for s in ("dev", "heldout")),
        ]
        lines.append(f"| {source} | " + " | ".join(f"{c:,}" for c in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--target", type=Path, default=None, help="default: corpus_dir()")
    ap.add_argument(
        "--cache",
        type=Path,
        default=Path.home() / ".cache" / "blinarefs" / "git",
        help="where the partial clones are kept (default: ~/.cache/blinarefs/git)",
    )
    ap.add_argument("--check", action="store_true", help="only count what is already present")
    ap.add_argument("--summary", action="store_true", help="print the manifest's figures")
    ap.add_argument(
        "--git-base",
        default=GITHUB,
        help="where the repositories are, e.g. /mirrors/{owner}+{name}/repo (default: GitHub)",
    )
    ap.add_argument(
        "--manifest",
        type=Path,
        default=MANIFEST,
        help="build the articles of another manifest, e.g. the first held-out part's: "
        "git show ae0e319:benchmarks/corpora/manifest.json > first.json (default: this one)",
    )
    args = ap.parse_args(argv)
    target = args.target or corpus_dir()
    if args.summary:
        print(summary(load_manifest()))
        return 0
    if args.check:
        present = articles(root=target)
        print(f"{len(present)} of {len(load_manifest())} articles present in {target}")
        return 0 if len(present) == len(load_manifest()) else 1
    try:
        bad = obtain(target, args.cache, args.git_base, args.manifest)
    except subprocess.CalledProcessError as exc:
        said = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
        print(f"git {' '.join(exc.cmd[1:4])}: {said[-1] if said else 'failed'}", file=sys.stderr)
        return 1
    print(f"corpus written to {target} ({bad} failed)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
