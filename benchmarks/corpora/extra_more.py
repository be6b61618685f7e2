"""More tuning material for the publishers whose held-out scores still lag (session 41): their
JATS full texts from public repositories that no earlier origin holds, outside the manifest
and every earlier extra set, written outside the repository in a tuning two thirds and a
check third.

    python benchmarks/corpora/extra_more.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s4]
    python benchmarks/bench_parse.py --files '/tmp/s4/tune/*/*.xml' --no-speed
    python benchmarks/bench_markers.py --files '/tmp/s4/tune/*/*.xml' --misses flattened

Why: on the grown held-out part SAGE and T&F authors, SciELO authors and titles, BMJ and
Liebert titles and OUP containers stood under 95%, while the tuning sets held few of their
articles (``/tmp/extra_weak/tune``: 5 SAGE, 15 BMJ, no SciELO), so a rule was judged on too
few. The origins here (``MORE``) are SciELO's own repositories (test fixtures and sample
packages: Acta Amazonica, Brazilian Journal of Medical and Biological Research, Revista de
Saude Publica), the Europe PMC downloads of a text-mining client's examples and of a
content-mining tool's test corpora, and a PDF-extraction project's test articles.

Kept as ``extra_superscript.kept`` keeps (a DOI, a reference list, the article's own
Creative Commons or public-domain licence; once), when no manifest entry (either split) and
no article of an earlier extra set shares its DOI, PMCID, SHA-256 or origin path: the earlier
sets' identities are drawn again from their recipes' origins (``earlier_identities``, the
same reading ``extra_weak.build`` does; no earlier set's files are opened). Only the lagging
publishers' articles (``WANTED``, by DOI prefix) with at least ``extra_dev.MIN_PRINTED``
references printed and tagged field by field are written, to
``<target>/<half>/<publisher>/<id>.xml``; the half is drawn from the SHA-1 of the id (a
third ``check``, read once by the lead; the rest ``tune``). The articles are third-party
texts under their own licences, read for evaluation only and never committed; each
repository's own licence is in ``LICENCES``.

The repositories are read at the commits below (a local copy works too: ``--git-base
'DIR/{owner}+{name}'`` naming each one's git directory).
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora.extra_dev import (
    check_or_tune,
    manifest_identities,
    recipe_arguments,
    report_counts,
)
from corpora.extra_superscript import kept
from corpora.extra_weak import weak_origins, write_kept

# the publishers whose held-out fields lag (``catalogue.PUBLISHERS``' names)
WANTED = {"sage", "tandf", "scielo", "bmj", "oup", "liebert"}
# (repository, commit, paths): each commit is the one of the repository's history that holds
# the most of its lagging publishers' articles
MORE = [
    ("scieloorg/dsm", "c0da281094fe7d9b8f36fbbc69e2f9fbbe1aa5a2", r"^tests/fixtures/.*\.xml$"),
    ("scieloorg/Web", "8f9d3e0b8df3ef8d81c1d321ff19a1211f43c19a",
     r"^htdocs/xsl/plus/teste/[^/]+\.xml$"),
    ("scieloorg/kernel", "f926b880c43775fbcbf14702d9100276f17be77f", r"^tests/[^/]+\.xml$"),
    ("scieloorg/opac", "0eb300bad8f872a4f56a7fc9ea3c37e39d53129d", r"^opac/tools/[^/]+\.xml$"),
    ("petermr/pygetpapers", "74cb48c3c5c669265f8510b2936ad3d7a7b9e2e3",
     r"(^|/)PMC\d+/fulltext\.xml$"),
    ("petermr/pygetpapers", "b1591b7dac245c553faad8e27235a400fa85dff5",
     r"(^|/)PMC\d+/fulltext\.xml$"),
    ("petermr/ami", "a073b910105df6d1c97cc85b6acf0486fc4f6f31", r"(^|/)PMC\d+/fulltext\.xml$"),
    ("CeON/CERMINE", "57aefa764bdd15830bfbc68c7074f45211d1fe3f",
     r"^cermine-impl/src/test/resources/.*-content[^/]*\.xml$"),
]  # fmt: skip
LICENCES = {
    "scieloorg/dsm": "BSD-2-Clause (SciELO's test fixtures)",
    "scieloorg/Web": "none stated (only this recipe; each article under its own CC licence)",
    "scieloorg/kernel": "BSD-style, SciELO (test fixture)",
    "scieloorg/opac": "BSD-style, SciELO (sample file)",
    "petermr/pygetpapers": "Apache-2.0 (Europe PMC open-access full texts)",
    "petermr/ami": "Apache-2.0 (Europe PMC open-access test corpora)",
    "CeON/CERMINE": "AGPL-3.0 (test articles; each under its own CC licence)",
}


half = partial(check_or_tune, "more")  # this set's check third and tuning rest


def earlier_identities(base: str, cache: Path) -> tuple:
    """The manifest's identities grown by every article the earlier extra sets' recipes keep
    (their origins read in their order, as ``extra_weak.build`` reads them)."""
    ids = manifest_identities()
    for _ in kept(weak_origins(), base, cache, ids):
        pass  # ``kept`` adds each kept article's DOI, PMCIDs and checksum to ``ids``
    return ids


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    found = kept(MORE, base, cache, earlier_identities(base, cache))
    return write_kept(found, WANTED, half, target)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s4").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
