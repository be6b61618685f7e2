"""More superscript articles for the marker decoder: JATS full texts whose citations are printed
as superscripts, from a public repository no origin of the manifest holds, written outside the
repository in a tuning half and a check half.

    python benchmarks/corpora/extra_superscript.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/extra_oup]
    python benchmarks/bench_markers.py --baseline none --files '/tmp/extra_oup/tune/*/*.xml'
    python benchmarks/bench_markers.py --baseline none --files '/tmp/extra_oup/check/*/*.xml'

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
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
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
LICENCES = {"J-E-J-S/pyminer": "MIT (Europe PMC open-access full texts)"}


def half(ident: str) -> str:
    """The half an article belongs to, fixed by its id: about half of each publisher each."""
    draw = int(hashlib.sha1(f"superscript {ident}".encode()).hexdigest()[:8], 16) / 2**32
    return "tune" if draw < 0.5 else "check"


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    dois, pmcids, shas, paths = manifest_identities()
    counts: Counter[str] = Counter()
    for repo, commit, pattern in SUPERSCRIPT_ORIGINS:
        git_dir = repository(repo, commit, cache, base)
        for name in filter(re.compile(pattern).search, list_files(git_dir, commit)):
            blob = read_file(git_dir, commit, name)
            info = describe(blob)
            if info is None or (repo, name) in paths:
                continue
            doi, pmcid = str(info["doi"]).lower(), info["pmcid"]
            ids = {str(i) for i in (pmcid, *re.findall(r"PMC\d+", name)) if i}
            if doi in dois or ids & pmcids or hashlib.sha256(blob).hexdigest() in shas:
                continue
            dois.add(doi)
            pmcids.update(ids)
            ident = str(pmcid or re.sub(r"[^A-Za-z0-9.-]+", "_", doi))
            folder = f"{half(ident)}/{info['source']}"
            out = target / folder / f"{ident}.xml"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(blob)
            if jats_truth.markers(out).style != "superscript":
                out.unlink()
                continue
            counts[folder] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/extra_oup").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
