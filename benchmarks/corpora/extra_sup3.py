"""More superscript and bare-number articles (session 51), from public repositories no earlier
recipe reads, outside the manifest and every earlier extra set, written outside the repository
in a tuning two thirds and a check third.

    python benchmarks/corpora/extra_sup3.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s8]
    BLINAREFS_CORPORA=DIR python benchmarks/bench_markers.py \\
        --files '/tmp/s8/tune/*/*.xml' --baseline none --misses flattened

Why: held out, a few numbered and ``bare`` articles still failed as a whole in a flattened
rendering and recall stood at 94.3%, while no dev or tuning article failed any more: the
tuning material no longer showed what the held-out did. The origins here (``SUP3``) are an
encyclopedia builder's Europe PMC downloads (chemistry, sustainability, carbon-capture and
climate corpora on two branches: Nature Communications, Scientific Reports, the Royal Society
of Chemistry's and Wiley's chemistry journals, BMJ Open...), a document-analysis tool's
sample corpora (diesel chemistry, essential oils) and a publisher-XML converter's test samples
(Oxford journals among them; four commits of its history, as later ones removed some).

Kept as ``extra_superscript.kept`` keeps (a DOI, a reference list, the article's own Creative
Commons or public-domain licence; once), when no manifest entry (either split) and no article
of an earlier extra set shares its DOI, PMCID, SHA-256 or origin path
(``extra_weak2.drawn_identities`` grown by ``extra_weak2.WEAK2``; none of their files
written), whose markup cites mostly by superscript or by bare numbers
(``jats_truth.markers``); any publisher, and however many references it prints (the marker
benchmark reads only the list's size, and most of these articles tag their references as
element citations only). Each is written to ``<target>/<half>/<publisher>/<id>.xml``; the
half is drawn from the SHA-1 of the id (a third ``check``, read once by the lead; the rest
``tune``). The articles are third-party texts under their own licences, read for evaluation
only and never committed; each repository's own licence is in ``LICENCES``.

The repositories are read at the commits below (a local copy works too: ``--git-base
'DIR/{owner}+{name}'`` naming each one's git directory).
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora.extra_dev import check_or_tune, recipe_arguments, report_counts
from corpora.extra_sup2 import cited_in
from corpora.extra_superscript import kept
from corpora.extra_weak import write_kept
from corpora.extra_weak2 import WEAK2, drawn_identities

# the markup's citing styles this set is for (``jats_truth.markers(...).style``)
STYLES = frozenset({"superscript", "bare"})
# (repository, commit, paths): the fewest commits that together hold every article
SUP3 = [
    # the default branch's newest commit (chemistry and sustainability corpora), then two of
    # branch udita's (carbon capture, climate), which later commits removed
    *(("semanticClimate/encyclopedia", commit, r"^research_app/data/.*\.xml$") for commit in (
        "ae5e83fffbe0717b9193a5f6bf1cfc1736e4a21d",
        "63bc3ac1937a36929c38b84a9473ec429ce8b6df",
        "6fb74a24521a662e983ccde5a98933033b79ddea",
    )),
    # two commits of its history that together hold its two corpora (diesel chemistry,
    # essential oils: Europe PMC downloads)
    *(("petermr/docanalysis", commit, r"(^|/)(fulltext|PMC\d+)\.xml$") for commit in (
        "6736590a31b48e58ea8120b6a23ebc94bfe10aba",
        "39ee3e7c03504e112fdfa24453b6daaa4c0b284f",
    )),
    # four commits of its history (2014-2024) that together hold all its publisher samples
    *(("kermitt2/Pub2TEI", commit, r"^(Samples|src/test/resources)/.*\.n?xml$") for commit in (
        "cde0d840185f046f29c4d51f40056f45c4218bd9",
        "20e9225d10fa32f098a398e14ffb04f1c34a9c8d",
        "ce4fac7accdb8ad33ec3d4404db11761e5fc65fa",
        "4e0a8c478bb13dd08bf55210ce351b1510d5a0ee",
    )),
]  # fmt: skip
LICENCES = {
    "semanticClimate/encyclopedia": "Apache-2.0 (Europe PMC open-access full texts; each "
    "article under its own CC licence)",
    "petermr/docanalysis": "Apache-2.0 (Europe PMC open-access full texts; each article "
    "under its own CC licence)",
    "kermitt2/Pub2TEI": "Apache-2.0 (publisher samples; each article under its own CC licence)",
}


half = partial(check_or_tune, "sup3")  # this set's check third and tuning rest


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    ids = drawn_identities(base, cache)
    for _ in kept(WEAK2, base, cache, ids):
        pass  # session 50's set (``extra_weak2.py``), so that no article is in both
    with tempfile.TemporaryDirectory() as tmp:
        found = cited_in(STYLES, kept(SUP3, base, cache, ids), Path(tmp) / "article.xml")
        return write_kept(found, None, half, target, least=0)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s8").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
