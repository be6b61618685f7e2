"""More real material for the large publishers whose held-out fields lag (session 50): their JATS
full texts from public repositories no earlier recipe reads, outside the manifest and every
earlier extra set, written outside the repository in a tuning two thirds and a check third.

    python benchmarks/corpora/extra_weak2.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s7]
    BLINAREFS_CORPORA=DIR python benchmarks/bench_parse.py \\
        --files '/tmp/s7/tune/*/*.xml' --no-speed

Why: held out, BMJ and SciELO titles, SAGE and T&F authors and OUP titles stood under 95%
while dev read them at 98-100%, and the tuning sets held few of their articles (5 SAGE and 15
BMJ in ``/tmp/extra_weak/tune``): the origins read so far were exhausted. The origins here
(``WEAK2``) are two climate-research literature corpora of a content-mining project, each a
set of Europe PMC downloads: a climate-justice literature review (2010-2024; OUP's
policy, health and economics journals, SAGE, BMJ, T&F) and a corpus builder's test and pilot
corpora (climate anxiety, ocean heatwaves, air quality in India, climate change; four commits
of its history, as later ones moved or removed them).

Kept as ``extra_superscript.kept`` keeps (a DOI, a reference list, the article's own Creative
Commons or public-domain licence; once), when no manifest entry (either split) and no article
of an earlier extra set shares its DOI, PMCID, SHA-256 or origin path (``drawn_identities``:
the earlier sets' identities drawn again from their recipes' origins, ``extra_small.SMALL``
included; none of their files opened). Only the lagging publishers' articles (``WANTED``, by
DOI prefix) with at least ``extra_dev.MIN_PRINTED`` references printed and tagged field by
field are written, to ``<target>/<half>/<publisher>/<id>.xml``; the half is drawn from the
SHA-1 of the id (a third ``check``, read once by the lead; the rest ``tune``). The articles
are third-party texts under their own licences, read for evaluation only and never
committed; each repository's own licence is in ``LICENCES``.

The repositories are read at the commits below (a local copy works too: ``--git-base
'DIR/{owner}+{name}'`` naming each one's git directory).
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora.extra_dev import check_or_tune, recipe_arguments, report_counts
from corpora.extra_small import SMALL, before_small, each_article
from corpora.extra_superscript import kept
from corpora.extra_weak import write_kept

# the publishers whose held-out fields lag (``catalogue.PUBLISHERS``' names)
WANTED = {"sage", "bmj", "tandf", "oup", "scielo"}
# (repository, commit, paths)
WEAK2 = [
    # the newest commit of its default branch: 100 Europe PMC full texts
    ("semanticClimate/climate-justice-lit-review", "941df6c016fbf4629ecc8015203297cbe847a329",
     r"^fin_climate_justice/PMC\d+/fulltext\.xml$"),
    # the four commits of its history (branches tab_fig, subhangi, shreya, akalya) that
    # together hold all its corpora's articles of these publishers (the default branch's
    # newest keeps one of them)
    *(("semanticClimate/semantic_corpus", commit, r"\.xml$") for commit in (
        "3b41bc01d7ee643e70e17f15138c47f16cc4e448",
        "43424be87642715bc349601be47913074fa65a26",
        "1da8b61917408033c406cfae1da557e51c991f68",
        "94a3cdf0792f34135527402eb3732daee9ca644a",
    )),
]  # fmt: skip
LICENCES = {
    "semanticClimate/climate-justice-lit-review": "Apache-2.0 (Europe PMC open-access full "
    "texts; each article under its own CC licence)",
    "semanticClimate/semantic_corpus": "Apache-2.0 (Europe PMC open-access full texts; each "
    "article under its own CC licence)",
}


half = partial(check_or_tune, "weak2")  # this set's check third and tuning rest


def drawn_identities(base: str, cache: Path) -> tuple:
    """The identities of the manifest and of every earlier extra set (``extra_small``'s
    included): what this set's articles must not share."""
    ids = before_small(base, cache)
    for _ in kept(SMALL, base, cache, ids, each_article):
        pass  # session 43's set, so that no article is in two
    return ids


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    found = kept(WEAK2, base, cache, drawn_identities(base, cache))
    return write_kept(found, WANTED, half, target)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s7").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
