"""The small sources (session 43): JATS full texts of the small society and open-access
biomedical journals, from public repositories no earlier recipe reads, outside the manifest and
every earlier extra set, written outside the repository in a tuning two thirds and a check
third.

    python benchmarks/corpora/extra_small.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s6]
    BLINAREFS_CORPORA=DIR python benchmarks/bench_parse.py \\
        --files '/tmp/s6/tune/*/*.xml' --no-speed

Why: held out, every source of 100 references or more stood at 97.6% of fields or above, but
five small journals under 95% (the Journal of Global Health, MMWR, Molecular & Cellular
Proteomics, Aging and Disease, Food & Nutrition Research), each with fewer than 25
references, and the dev split held too few of their kind to tune on. The origins here
(``SMALL``) are a COVID-19 content-mining corpus's Europe PMC downloads (a search on
coronaviruses and one on N95 masks: MMWR, Eurosurveillance, the Western Pacific Surveillance
and Response Journal, the Journal of Global Health, Global Health: Science and Practice and
many Korean, Indian, Turkish and African society journals) and a PMC reader's sample files
(ACG Case Reports Journal, one file holding several articles).

Kept as ``extra_superscript.kept`` keeps (a DOI, a reference list, the article's own Creative
Commons or public-domain licence; once), when no manifest entry (either split) and no article
of an earlier extra set shares its DOI, PMCID, SHA-256 or origin path (the earlier sets'
identities drawn again from their recipes' origins, ``extra_more.MORE`` and
``extra_sup2.SUP2`` included; none of their files opened). Only a small source's articles
are kept: a DOI prefix the catalogue names no publisher for (``catalogue.PUBLISHERS``; the
catalogue then files it under its journal), with at least ``extra_dev.MIN_PRINTED``
references printed and tagged field by field. Each is written to
``<target>/<half>/<journal>/<id>.xml``; the half is drawn from the SHA-1 of the id (a third
``check``, read once by the lead; the rest ``tune``). The articles are third-party texts under
their own licences, read for evaluation only and never committed; each repository's own
licence is in ``LICENCES``.

The repositories are read at the commits below (a local copy works too: ``--git-base
'DIR/{owner}+{name}'`` naming each one's git directory).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora.catalogue import PUBLISHERS
from corpora.extra_dev import check_or_tune, recipe_arguments, report_counts
from corpora.extra_more import MORE, earlier_identities
from corpora.extra_sup2 import SUP2
from corpora.extra_superscript import kept
from corpora.extra_weak import WEAK_PREFIXES, write_kept

# (repository, commit, paths): each at the newest commit of its default branch
SMALL = [
    ("anjackson/openVirus", "a8e26f7f577970ab36d5d8b1e8702ad680cba158",
     r"^(n95|searches/[^/]+)/PMC\d+/fulltext\.xml$"),
    ("ropensci/tidypmc", "d9739ce3ef6f57832f56bb488de80c48b58e1f91",
     r"^inst/extdata/PMC[0-9_PMC]+\.xml$"),
]  # fmt: skip
LICENCES = {
    "anjackson/openVirus": "none stated (only this recipe; each article under its own CC licence)",
    "ropensci/tidypmc": "GPL-3 (package sample files; each article under its own CC licence)",
}


half = partial(check_or_tune, "small")  # this set's check third and tuning rest


def each_article(blob: bytes) -> Iterator[bytes]:
    """The articles one file holds: each child of an ``<articles>`` file (as PMC's service
    returns several at once), else the file itself."""
    try:
        root = etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        yield blob
        return
    if etree.QName(root).localname != "articles":
        yield blob
        return
    for child in root:
        if isinstance(child.tag, str) and etree.QName(child).localname == "article":
            yield etree.tostring(child, encoding="utf-8", xml_declaration=True)


def small_only(
    found: Iterable[tuple[str, str, str, bytes]],
) -> Iterator[tuple[str, str, str, bytes]]:
    """The articles of ``found`` whose DOI prefix names no publisher the catalogue knows."""
    for item in found:
        prefix = item[1].split("/")[0]
        if prefix not in PUBLISHERS and prefix not in WEAK_PREFIXES:
            yield item


def before_small(base: str, cache: Path) -> tuple:
    """``extra_more.earlier_identities`` grown by sessions 41 and 42's sets (``MORE``,
    ``SUP2``): what this set's articles must not share, so that no article is in two."""
    ids = earlier_identities(base, cache)
    for earlier in (MORE, SUP2):
        for _ in kept(earlier, base, cache, ids):
            pass  # ``kept`` adds each kept article's identities to ``ids``
    return ids


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<journal>``."""
    found = kept(SMALL, base, cache, before_small(base, cache), each_article)
    return write_kept(small_only(found), None, half, target)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s6").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
