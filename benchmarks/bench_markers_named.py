"""Citation markers decoded against the article's real reference list, authors and years
included: whether a numbered article that names a work by author and year now and then
("Roe et al. (2013) showed", "as detailed in Doe (2018)") is still read as numbered.

    BLINAREFS_CORPORA=DIR python benchmarks/bench_markers_named.py [--split dev|heldout]
        [--files GLOB] [--rendering printed|flattened] [--list] [--misses [--show STEM]]

``bench_markers.py`` decodes against placeholders (``r1..rN``: no authors, no years), so an
author-year reading never competes there; here the list is the one ``read_manuscript``
reads from the article, as ``blinarefs trace`` gives it. Scored per cited number as in
``bench_markers.score``, every convention counted: for a numbered article the author-year
markers are left out (as there), for an author-year article they are what is scored (its
decoded author-year citations resolve to the list's numbers). An article under 50% precision
or recall is a whole-article failure. The dev split unless told (``--split heldout`` for
the figures reported; ``--files``: dev material outside the manifest). To compare with
another revision, run it with that revision's ``src`` first on ``PYTHONPATH``
(``git archive REV src | tar -x -C DIR``).
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import defaultdict

from bench_markers import _failed, ratio, score
from corpora.extra_dev import outside
from corpora.jats_truth import markers
from corpora.obtain import articles
from markers_misses import misses

from blinarefs.manuscript.read import read_manuscript
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.refindex import ReferenceIndex

STYLES = ("bracket", "paren", "superscript", "author-year")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--files", help="score these JATS files (a glob, quoted) instead")
    parser.add_argument("--rendering", choices=("printed", "flattened"), default="flattened")
    parser.add_argument("--list", action="store_true", help="list every failed article")
    parser.add_argument(
        "--misses", action="store_true", help="print every missed and spurious number"
    )
    parser.add_argument("--show", help="with --misses: only this article (its file name stem)")
    args = parser.parse_args()
    if args.misses and args.split == "heldout" and not args.files:
        parser.error("--misses shows the text around each marker: dev or --files only")
    chosen = [
        a
        for a in (outside(args.files) if args.files else articles(split=args.split))
        if a.marker_style in STYLES and (not args.show or a.path.stem == args.show)
    ]
    if not chosen:
        print("no articles: set BLINAREFS_CORPORA to the corpus (benchmarks/corpora)")
        return 2
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    failures: list[str] = []
    for art in chosen:
        rendering = getattr(markers(art.path), args.rendering)
        truth = rendering.markers
        if art.marker_style == "author-year":  # scored as numbers cited, like the others
            truth = [dataclasses.replace(m, kind="named") for m in truth]
        index = ReferenceIndex.build(read_manuscript(art.path).references)
        found = [(c.start, c.end, c.numbers) for c in decode_citations(rendering.text, index)]
        scored = score(truth, found, index.size or art.n_refs)
        if args.misses:
            shown = dataclasses.replace(rendering, markers=truth)
            misses(shown, found, index.size or art.n_refs, f"{art.source}/{art.path.stem}")
        row = totals[art.marker_style]
        failed = _failed(scored)
        for i, v in enumerate((*scored, 1, failed)):
            row[i] += v
        if failed:
            right, decoded, got, true = scored
            failures.append(
                f"{art.marker_style} {art.source}/{art.path.stem}: precision "
                f"{ratio(right, decoded)} recall {ratio(got, true)} ({true} true)"
            )
    for style, (right, decoded, got, true, n, failed) in sorted(totals.items()):
        print(
            f"{style:12} articles {n:4}  precision {ratio(right, decoded):>6}  recall "
            f"{ratio(got, true):>6}  whole-article failures {failed}"
        )
    if args.list:
        print("\n".join(failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
