"""More superscript articles for the marker decoder: JATS full texts whose citations are printed
as superscripts, from a public repository no origin of the manifest holds, written outside the
repository in a tuning half and a check half.

    python benchmarks/corpora/extra_superscript.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/extra_oup]
    python benchmarks/bench_markers.py --baseline none --files '/tmp/extra_oup/tune/*/*.xml'
    python benchmarks/bench_markers.py --baseline none --files '/tmp/extra_oup/check/*/*.xml'
    python benchmarks/corpora/extra_superscript.py --more [--target /tmp/s3/more]
    python benchmarks/bench_markers.py --baseline none --files '/tmp/s3/more/*/*.xml'

Why: on held-out articles the flattened-superscript recall of one publisher, Oxford University
Press (10.1093), stood far under the others', and the manifest's dev split held no article of
an OUP journal that prints superscripts. The origin in ``SUPERSCRIPT_ORIGINS`` is a text-mining
project's Europe PMC downloads (synthetic biology and microbiology queries): its OUP articles
are of the Journal of Antimicrobial Chemotherapy, Cardiovascular Research and DNA Research,
beside Nature Research, ASGCT, ACS, SAGE, Liebert, F1000 and others that print superscripts.

Kept: every article of an origin that ``catalogue.describe`` keeps (a DOI, a reference list
and a Creative Commons or public-domain licence of its own), whose markup cites mostly by
superscript (``jats_truth.markers``), and that no manifest entry shares (DOI, PMCID, SHA-256
or origin path: ``extra_dev.manifest_identities``; the manifest holds both splits and every
article of the first corpus, ``ae0e319``). Each is written to
``<target>/<half>/<publisher>/<id>.xml``: the half (``tune`` or ``check``) is drawn from the
SHA-1 of its id, so that rules are written on one half and judged on the other (the check
half is read as totals and whole-article failures only). The articles are third-party texts,
read for evaluation only and never committed.

Origins and licences: ``J-E-J-S/pyminer`` (MIT; the journal-miner project's test corpora
``Test_1`` and ``test_2``, removed from the tree after commit ``09c0f47``), each article under
its own CC BY / CC BY-NC licence as Europe PMC's open-access subset gives it.

``--more``: a second, larger set (the "131 superscript articles" of docs/tracing.md), one
folder per publisher, no halves, from the text-mining corpora in ``MORE_ORIGINS`` (their
``fulltext.xml`` files), leaving out the manifest's articles and the first set's. The set
measured in sessions 33 and 34 was built so, and this recipe gives the same 131 articles.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import jats_truth
from corpora.catalogue import describe
from corpora.extra_dev import manifest_identities, recipe_arguments, report_counts
from corpora.obtain import list_files, read_file, repository

# (repository, commit, paths): the commit is reachable from the repository's main branch.
SUPERSCRIPT_ORIGINS = [
    (
        "J-E-J-S/pyminer",
        "09c0f474e1e253f9780b33c39ae57b1cdaad24bf",
        r"^(Test_1|test_2)/PMC\d+/fulltext\.xml$",
    ),
]
# (repository, commit, paths) of the --more set: ContentMine's and its authors' Europe PMC
# downloads (climate, crops, diagrams, dictionaries), each article under its own licence
MORE_ORIGINS = [
    (repo, commit, r"(^|/)fulltext\.xml$")
    for repo, commit in (
        ("petermr/openDiagram", "6641b3758f4f8ab4e7758e644b6850ab33c49f4b"),
        ("petermr/dictionary", "475fd3acad31748c62a365914e15f714bad3d3c3"),
        ("petermr/pyami", "465d215b77e6397eb4a2a5d2e3751f8317b625ed"),
        ("petermr/amilib", "8d71ec7c1c824059a6eb7332f137afdbce1d2292"),
        ("ContentMine/norma", "2970a4d172ef3f128647165613b58251ea1e6b70"),
        ("petermr/pt195", "529628a63a5bb672dc2c3abb12a07a3f53ea2aca"),
        ("shiwani-w/Adaptation-Strategies", "d90a877bca6008dcefcd269d901e9efb3eab7f02"),
    )
]
LICENCES = {
    "J-E-J-S/pyminer": "MIT (Europe PMC open-access full texts)",
    **{repo: "Apache-2.0" for repo in ("petermr/openDiagram", "petermr/dictionary",
                                       "petermr/pyami", "petermr/amilib", "ContentMine/norma")},
    "petermr/pt195": "none stated (only this recipe; each article under its own CC licence)",
    "shiwani-w/Adaptation-Strategies": "none stated (only this recipe; each article under "
    "its own CC licence)",
}  # fmt: skip


def half(ident: str) -> str:
    """The half an article belongs to, fixed by its id: about half of each publisher each."""
    draw = int(hashlib.sha1(f"superscript {ident}".encode()).hexdigest()[:8], 16) / 2**32
    return "tune" if draw < 0.5 else "check"


def build(base: str, cache: Path, target: Path, more: bool = False) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>`` (``more``:
    per ``<publisher>``, the first set's articles left out)."""
    ids = manifest_identities()
    if more:
        for _ in kept(SUPERSCRIPT_ORIGINS, base, cache, ids):
            pass  # the first set's identities, so that no article is in both
    counts: Counter[str] = Counter()
    for ident, _, source, blob in kept(
        MORE_ORIGINS if more else SUPERSCRIPT_ORIGINS, base, cache, ids
    ):
        folder = source if more else f"{half(ident)}/{source}"
        out = target / folder / f"{ident}.xml"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(blob)
        if jats_truth.markers(out).style != "superscript":
            out.unlink()
            continue
        counts[folder] += 1
    return counts


def kept(
    origins: list,
    base: str,
    cache: Path,
    ids: tuple,
    articles: Callable[[bytes], Iterable[bytes]] = lambda blob: (blob,),
) -> Iterator[tuple[str, str, str, bytes]]:
    """(id, DOI, publisher, file) of each article the catalogue keeps that no earlier one shares
    (DOI, PMCID, SHA-256, origin path); ``ids`` grows as articles are kept. ``articles`` gives
    the articles one file holds (by default the file itself)."""
    dois, pmcids, shas, paths = ids
    for repo, commit, pattern in origins:
        git_dir = repository(repo, commit, cache, base)
        for name in filter(re.compile(pattern).search, list_files(git_dir, commit)):
            if (repo, name) in paths:
                continue
            held = list(articles(read_file(git_dir, commit, name)))
            # a file's name identifies its article only when it holds one
            named = re.findall(r"PMC\d+", name) if len(held) == 1 else []
            for blob in held:
                info = describe(blob)
                if info is None:
                    continue
                doi, pmcid = str(info["doi"]).lower(), info["pmcid"]
                found = {str(i) for i in (pmcid, *named) if i}
                sha = hashlib.sha256(blob).hexdigest()
                if doi in dois or found & pmcids or sha in shas:
                    continue
                dois.add(doi)
                pmcids.update(found)
                shas.add(sha)
                ident = str(pmcid or re.sub(r"[^A-Za-z0-9.-]+", "_", doi))
                yield ident, doi, str(info["source"]), blob


def main(argv: list[str] | None = None) -> int:
    ap = recipe_arguments(__doc__, "/tmp/extra_oup")
    ap.add_argument(
        "--more", action="store_true", help="the larger set (default target /tmp/s3/more)"
    )
    args = ap.parse_args(argv)
    target = (
        Path("/tmp/s3/more") if args.more and args.target == Path("/tmp/extra_oup") else args.target
    )
    return report_counts(build(args.git_base, args.cache, target, args.more), target)


if __name__ == "__main__":
    sys.exit(main())
