"""Superscript-citation articles from public repositories no earlier recipe reads (session 42),
outside the manifest and every earlier extra set, written outside the repository in a tuning
two thirds and a check third.

    python benchmarks/corpora/extra_sup2.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s5]
    BLINAREFS_CORPORA=DIR python benchmarks/bench_markers.py \\
        --files '/tmp/s5/tune/*/*.xml' --misses flattened

Why: held out, flattened-superscript recall stood at 93.8% against 98.5% on dev, the loss in a
few long articles (OUP, Nature, SciELO) where the decoder kept the citations of only part of
the text; no dev or extra article showed it, so the tuning material was too narrow. The
origins here (``SUP2``) are two more of a content-mining project's Europe PMC downloads:
quantum-chemistry articles (Nature Communications, Scientific Reports, Chemical Science, the
Journal of Chemical Physics...) and meta-analyses with forest plots (Medicine and other
Wolters Kluwer journals, a Nature journal).

Kept as ``extra_superscript.kept`` keeps (a DOI, a reference list, the article's own Creative
Commons or public-domain licence; once), when no manifest entry (either split) and no article
of an earlier extra set shares its DOI, PMCID, SHA-256 or origin path
(``extra_more.earlier_identities`` grown by ``extra_more.MORE``), whose markup cites mostly
by superscript (``jats_truth.markers``), with at least ``extra_dev.MIN_PRINTED`` references
printed and tagged field by field; any publisher. Each is written to
``<target>/<half>/<publisher>/<id>.xml``; the half is drawn from the SHA-1 of the id (a
third ``check``, read once by the lead; the rest ``tune``). The articles are third-party
texts under their own licences, read for evaluation only and never committed; each
repository's own licence is in ``LICENCES``.

The repositories are read at the commits below (a local copy works too: ``--git-base
'DIR/{owner}+{name}'`` naming each one's git directory).
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import jats_truth
from corpora.extra_dev import check_or_tune, recipe_arguments, report_counts
from corpora.extra_more import MORE, earlier_identities
from corpora.extra_superscript import kept
from corpora.extra_weak import write_kept

# (repository, commit, paths): each at the newest commit of its default branch
SUP2 = [
    ("petermr/quantumchem", "55f90fe7bce1bf66127fd9d4625a274eae213f1f", r"(^|/)fulltext\.xml$"),
    ("petermr/forestplots", "f462518942af0806871a068317194cb5d7dfc96b", r"(^|/)fulltext\.xml$"),
]
LICENCES = {
    "petermr/quantumchem": "none stated (only this recipe; each article under its own CC licence)",
    "petermr/forestplots": "none stated (only this recipe; each article under its own CC licence)",
}


half = partial(check_or_tune, "sup2")  # this set's check third and tuning rest
SUPERSCRIPT = frozenset({"superscript"})  # the one citing style this set keeps


def cited_in(
    styles: frozenset[str], found: Iterable[tuple[str, str, str, bytes]], scratch: Path
) -> Iterator[tuple[str, str, str, bytes]]:
    """The articles of ``found`` whose markup cites mostly in one of ``styles`` (each read
    through a scratch file, since the truth's reader reads paths)."""
    for item in found:
        scratch.write_bytes(item[3])
        if jats_truth.markers(scratch).style in styles:
            yield item


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    ids = earlier_identities(base, cache)
    for _ in kept(MORE, base, cache, ids):
        pass  # session 41's set (``extra_more.py``), so that no article is in both
    with tempfile.TemporaryDirectory() as tmp:
        found = cited_in(SUPERSCRIPT, kept(SUP2, base, cache, ids), Path(tmp) / "article.xml")
        return write_kept(found, None, half, target)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s5").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
