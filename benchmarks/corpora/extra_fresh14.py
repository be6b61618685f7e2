"""Never-tuned material for the claims benchmark and the marker decoder (stop 61): the JATS full
texts of public repositories no earlier recipe read (JATS converters' and readers' fixtures, a
preprint platform's data, a SciELO tool's test files), of journals that cite by number, outside
the manifest and every earlier extra set, written outside the repository in a tuning two thirds
and a check third.

    python benchmarks/corpora/extra_fresh14.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s14]
    BLINAREFS_CORPORA=DIR python benchmarks/bench_markers.py \\
        --files '/tmp/s14/tune/*/*.xml' --baseline none

Why: the check third of ``extra_fresh13`` had been read twice, and its tuning two thirds held no
journal the claims rounds had not judged. The repositories below were found by name and by the
files they hold (``find_repos``, ``find_files``: JATS converters and readers, eLife's preprint
and Libero tools, PLOS's citation processor, SciELO's tool forks) and copied; every XML blob of
their whole histories was read for an article with a DOI, a reference list and an open licence.
They hold few: F1000Research, PLOS ONE, bioRxiv, Scientific Reports, Psychosomatic Medicine and
General Practice (an OJS journal), Growth and Form, International Braz J Urol (SciELO). Most
repositories searched held none, or only articles an earlier recipe had read (the list is in
``benchmarks/corpora/README.md``).

Kept as ``extra_fresh13`` keeps (``extra_superscript.kept``: a DOI, a reference list, the
article's own Creative Commons or public-domain licence; once; each article of a PMC article set
read on its own), when no manifest entry (either split) and no article any earlier recipe read,
``extra_fresh13``'s included, shares its DOI, PMCID, SHA-256 or origin path
(``drawn_identities``), and when its markup cites by number (``extra_history.numbered``).
Each is written to ``<target>/<half>/<publisher>/<id>.xml`` (``extra_weak.write_kept``, every
publisher); the half is drawn from the SHA-1 of the id with this set's own salt (a third
``check``, read once by the lead; the rest ``tune``), fixed before any article was read. The
articles are third-party texts under their own licences, read for evaluation only and never
committed; each repository's own licence is in ``LICENCES``.

The repositories are read at the commits below, found by reading each one's history for the
commits that hold its articles (a local copy works too: ``--git-base 'DIR/{owner}+{name}'``
naming each one's git directory).
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import extra_fresh13
from corpora.extra_dev import check_or_tune, recipe_arguments, report_counts

# (repository, commit, paths): the commits of each history that hold its articles
FRESH14 = [
    # a document converter's JATS fixtures: F1000Research and PLOS ONE articles (2019)
    ("stencila/encoda", "87fec0da2627dbecafc3d381e59ea9163ce40453",
     r"^src/codecs/jats/__fixtures__/(f1000|plosone)[^/]*/main\.jats\.xml$"),
    ("stencila/encoda", "eddf94d759c89fbbcba43e0e45928524f2e31c67",
     r"^src/codecs/jats/__fixtures__/[^/]+\.xml$"),
    # a preprint platform's data: bioRxiv preprints it reviewed (2022)
    ("elifesciences/enhanced-preprints-data", "2bae914aab2d49f4a51114c4de1a7fc028c3f472",
     r"^data/10\.1101/[^/]+/[^/]+\.xml$"),
    # a JATS ingester's test articles (a bioRxiv preprint, 2019)
    ("libero/jats-ingester", "8c9c898418cb488357b9fbd3b89297252d1c3e40",
     r"^tests/assets/[^/]+\.xml$"),
    # a citation processor's fixture (PLOS ONE, 2014)
    ("PLOS/rich_citations_processor", "6e1d7934a9fac5ee519a45f272a121665f907a83",
     r"^spec/fixtures/[^/]+\.xml$"),
    # JATS readers' examples: an OJS journal's article (Psychosomatic Medicine and General
    # Practice), a PMC article (Scientific Reports), an article of Growth and Form
    ("Vitaliy-1/JATSParser", "9fe7c719ef64955badfbec2708c0179c1f5d3187", r"^example/[^/]+\.xml$"),
    ("paperai/LightJATS", "c3015355cc56ba98e304bb77a7088dfe2c23fa54", r"^jats2ljats/[^/]+\.xml$"),
    ("kryonknowledgeworks/jats-xml-to-html-convertor-new",
     "2abc567371573465c8ebb64424b077808f0b95aa", r"^src/test/resources/sample/[^/]+\.xml$"),
    # a SciELO developer's fork of the XML toolkit: an HTML generator's fixture (2022)
    ("robertatakenaka/packtools", "25b35029ba75bf7c079fc1abec787c7daba63188",
     r"^tests/fixtures/htmlgenerator/[^/]+/[^/]+\.xml$"),
]  # fmt: skip
LICENCES = {
    "stencila/encoda": "Apache-2.0 (test fixtures; each article under its own CC licence)",
    "elifesciences/enhanced-preprints-data": "none stated (only this recipe; each preprint "
    "under its own CC licence)",
    "libero/jats-ingester": "MIT (each article under its own CC licence)",
    "PLOS/rich_citations_processor": "MIT (each article under its own CC licence)",
    "Vitaliy-1/JATSParser": "GPL-3.0 (the reader; each article under its own CC licence)",
    "paperai/LightJATS": "MIT (each article under its own CC licence)",
    "kryonknowledgeworks/jats-xml-to-html-convertor-new": "none stated (only this recipe; each "
    "article under its own CC licence)",
    "robertatakenaka/packtools": "BSD-2-Clause (SciELO's; each article under its own CC licence)",
}


half = partial(check_or_tune, "fresh14")  # this set's check third and tuning rest


def drawn_identities(base: str, cache: Path) -> tuple:
    """Every identity an earlier recipe reads: ``extra_fresh13.drawn_identities`` grown by
    ``extra_fresh13``'s own origins (stop 60's set, so that no article is in two)."""
    ids = extra_fresh13.drawn_identities(base, cache)
    return extra_fresh13.grown(ids, extra_fresh13.FRESH13, base, cache)


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    ids = drawn_identities(base, cache)
    return extra_fresh13.write_numbered(FRESH14, ids, half, base, cache, target)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s14").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
