"""More real material for the gaps left held out (stop 55): the articles session 54's set
(``extra_weak4``) found but left in their repositories over its cap of one journal's articles,
written outside the repository in a tuning two thirds and a check third.

    python benchmarks/corpora/extra_weak5.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s11]
    BLINAREFS_CORPORA=DIR python benchmarks/bench_parse.py \\
        --files '/tmp/s11/tune/*/*.xml' --no-speed
    BLINAREFS_CORPORA=DIR python benchmarks/bench_markers.py \\
        --files '/tmp/s11/tune/*/*.xml' --baseline none --misses flattened

Why: held out, SciELO titles stood under 95% and flattened superscript recall fell short in
SciELO and OUP articles, and the claims benchmark has judged every journal of the older sets.
``extra_weak4`` took at most ``extra_weak4.PER_JOURNAL`` articles of one journal from one
origin, so that two whole 2022 volumes of SciELO journals in a SciELO developer's copy of the
upload service (``robertatakenaka/scms-upload``: Revista de Saúde Pública, printed in English
with Vancouver lists cited by superscript, never judged for claims; Revista Latino-Americana
de Enfermagem, in Portuguese, cited so too) would not swamp its set; the rest waited for a
later draw. This set is that draw: every article ``extra_weak4.drawn`` finds in an origin of
``extra_weak4.WEAK4`` and does not take.

Each was kept by ``extra_weak4``'s rules (``extra_superscript.kept``: a DOI, a reference list,
the article's own Creative Commons or public-domain licence, once; outside the manifest, either
split, and every earlier extra set by DOI, PMCID, SHA-256 and origin path; read by one of the
two benchmarks, ``extra_weak3.worth_reading``; a SciELO repository's article filed under
``scielo``), so it is in no earlier set, ``extra_weak4``'s included. Only the wanted
publishers' articles (``extra_weak3.WANTED``) are written, to
``<target>/<half>/<publisher>/<id>.xml``; the half is drawn from the SHA-1 of the id with this
set's own salt (a third ``check``, read once by the lead; the rest ``tune``). The articles are
third-party texts under their own licences, read for evaluation only and never committed; the
repositories' own licences are in ``extra_weak4.LICENCES``.

The repositories are read at ``extra_weak4.WEAK4``'s commits (a local copy works too:
``--git-base 'DIR/{owner}+{name}'`` naming each one's git directory).
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import extra_weak4
from corpora.extra_dev import check_or_tune, recipe_arguments, report_counts
from corpora.extra_weak import write_kept
from corpora.extra_weak3 import WANTED

half = partial(check_or_tune, "weak5")  # this set's check third and tuning rest


def left(base: str, cache: Path, scratch: Path) -> Iterator[extra_weak4.Found]:
    """The articles ``extra_weak4`` found worth reading and left over its cap, in the order
    found."""
    ids = extra_weak4.drawn_identities(base, cache)
    for _, readable, taken in extra_weak4.drawn(base, cache, ids, scratch):
        chosen = {item[0] for item in taken}
        yield from (item for item in readable if item[0] not in chosen)


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    with tempfile.TemporaryDirectory() as tmp:
        return write_kept(left(base, cache, Path(tmp) / "a.xml"), WANTED, half, target, 0)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s11").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
