"""More real material for the publishers whose held-out fields and superscript recall lag
(session 53): their JATS full texts from public repositories no earlier recipe reads, outside
the manifest and every earlier extra set, written outside the repository in a tuning two
thirds and a check third.

    python benchmarks/corpora/extra_weak3.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s9]
    BLINAREFS_CORPORA=DIR python benchmarks/bench_parse.py \\
        --files '/tmp/s9/tune/*/*.xml' --no-speed
    BLINAREFS_CORPORA=DIR python benchmarks/bench_markers.py \\
        --files '/tmp/s9/tune/*/*.xml' --baseline none --misses flattened

Why: held out, SAGE authors and BMJ, SciELO and OUP titles stood under 95%, and flattened
superscript recall at 94.4% fell short mostly in OUP, Nature, SciELO and Wiley articles,
while dev read all of these at 98-100%: the tuning sets held too few of these publishers'
articles. The origins here (``WEAK3``) are a publisher's own JATS samples for its typesetting
vendors (Nature Publishing Group's journals; the commit before the folder was removed),
SciELO's test fixtures of two of its services, a biomedical reading system's test papers
(PMC full texts: Nature's Scientific Reports, Cell Death & Disease and Nature Communications,
SAGE, Wiley) and a PDF-conversion evaluator's CC BY subset of a PMC sample (Wiley's
Scandinavian journals).

Kept as ``extra_superscript.kept`` keeps (a DOI, a reference list, the article's own Creative
Commons or public-domain licence; once; each article of a PMC article set read on its own,
``articles_of``), when no manifest entry (either split) and no article of an earlier extra set
shares its DOI, PMCID, SHA-256 or origin path (``drawn_identities``:
``extra_weak2.drawn_identities`` grown by ``extra_weak2.WEAK2`` and ``extra_sup3.SUP3``; none
of their files written). Only the wanted publishers' articles (``WANTED``, by DOI prefix)
that one of the two benchmarks reads are written (``worth_reading``: at least
``extra_dev.MIN_PRINTED`` references printed and tagged field by field, or citing by
superscript or bare numbers however few it prints), to ``<target>/<half>/<publisher>/<id>.xml``;
the half is drawn from the SHA-1 of the id (a third ``check``, read once by the lead; the rest
``tune``). The articles are third-party texts under their own licences, read for evaluation
only and never committed; each repository's own licence is in ``LICENCES``.

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

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import extra_weak2, jats_truth
from corpora.extra_dev import MIN_PRINTED, check_or_tune, printed, recipe_arguments, report_counts
from corpora.extra_sup3 import STYLES, SUP3
from corpora.extra_superscript import kept
from corpora.extra_weak import write_kept
from corpora.obtain import split_articles

# the publishers whose held-out fields or superscript recall lag (``catalogue.PUBLISHERS``'
# names)
WANTED = {"sage", "bmj", "oup", "scielo", "nature", "wiley", "tandf"}
# (repository, commit, paths)
WEAK3 = [
    # the last commit (2013, on master) holding the publisher's JATS samples for its vendors
    ("Shalu1990/nlm-documents", "b07dd1aebd6ee7128940fad889c892c03b7cca7a",
     r"^samples_for_vendors/[A-Z]+/JATS version/[^/]+\.xml$"),
    # a Revista de Saúde Pública test article (2018, master)
    ("scieloorg/catalogmanager", "9165b8aa15436ad15faa51436bed683df84c777b",
     r"^api/tests/test_files/.*\.xml$"),
    # an Engenharia Sanitária e Ambiental test article (2020; later commits cut its list)
    ("scieloorg/opac-airflow", "2b251479d9eb2ece28961531f012b5d7c5bad975",
     r"^airflow/tests/fixtures/.*\.xml$"),
    # a biomedical reading system's test papers (PMC full texts): the commit of two of its
    # branches (2019) that holds the most of them
    ("clulab/reach", "221f9e2390a852d5b9435cdb91590cfaf29a0bef", r"^papers/.*\.nxml$"),
    # a PDF-conversion evaluator's example data: ten CC BY articles of a PMC sample (2010-11)
    ("elifesciences/sciencebeam-judge", "9eb8281d23c1e66b8537f3bbba4d0d7876627be9",
     r"^example-data/pmc-sample-1943-cc-by-subset/.*\.nxml$"),
]  # fmt: skip
LICENCES = {
    "Shalu1990/nlm-documents": "LGPL-3.0 (the publisher's samples; each article under its own "
    "CC licence, the others not kept)",
    "scieloorg/catalogmanager": "BSD-2-Clause (each article under its own CC licence)",
    "scieloorg/opac-airflow": "BSD-2-Clause (each article under its own CC licence)",
    "elifesciences/sciencebeam-judge": "MIT (each article under CC BY)",
    "clulab/reach": "its own licence (free for research, not for commercial use; recipe only: "
    "each article under its own CC licence)",
}


half = partial(check_or_tune, "weak3")  # this set's check third and tuning rest


def drawn_identities(base: str, cache: Path) -> tuple:
    """The identities of the manifest and of every earlier extra set (``extra_weak2``'s and
    ``extra_sup3``'s included): what this set's articles must not share."""
    ids = extra_weak2.drawn_identities(base, cache)
    for _ in kept(extra_weak2.WEAK2 + SUP3, base, cache, ids):
        pass  # sessions 50 and 51's sets, so that no article is in two
    return ids


def articles_of(blob: bytes) -> list[bytes]:
    """The articles one file holds (``obtain.split_articles``: each of a PMC article set, as
    PMC's service returns one article wrapped in one); a file that does not parse is returned
    whole, for ``catalogue.describe`` to refuse."""
    try:
        return split_articles(blob)
    except etree.XMLSyntaxError:
        return [blob]


def worth_reading(
    found: Iterable[tuple[str, str, str, bytes]], scratch: Path
) -> Iterator[tuple[str, str, str, bytes]]:
    """The articles of ``found`` that one of the two benchmarks reads: those printing at least
    ``extra_dev.MIN_PRINTED`` references (the parse benchmark) and those citing by superscript
    or bare numbers however many they print (the marker benchmark reads the list's size only).
    Each is read through a scratch file, since both readers read paths."""
    for item in found:
        scratch.write_bytes(item[3])
        if printed(scratch) >= MIN_PRINTED or jats_truth.markers(scratch).style in STYLES:
            yield item


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    found = kept(WEAK3, base, cache, drawn_identities(base, cache), articles_of)
    with tempfile.TemporaryDirectory() as tmp:
        return write_kept(worth_reading(found, Path(tmp) / "article.xml"), WANTED, half, target, 0)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s9").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
