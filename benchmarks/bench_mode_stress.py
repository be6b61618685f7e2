"""Whether the decoder settles each manuscript's citation convention rightly when the
manuscript differs from the journal's copy: real articles perturbed (``perturb.py``) and
scored per perturbation, with every whole-article failure listed.

    BLINAREFS_CORPORA=DIR python benchmarks/bench_mode_stress.py [--split dev]
        [--files GLOB] [--only PERTURBATION]... [--every N] [--list] [--named]
        [--alphabetical] [--bare]

Each numbered article is scored in the renderings its markup allows: a bracket or paren
article printed; a superscript article printed ("^4^") and flattened ("disease.4"). Every
perturbation of ``perturb.PERTURBATIONS`` is applied to each rendering, except that a
printed superscript rendering is not flattened again (``flat-glued``, ``flat-spaced``,
``flat-closed``, ``spaced-counts``).
Author-year articles are decoded against their real reference list (``read_manuscript``)
as they stand and with invented numbers in the text (``noisy``): a few numbers must not
turn an author-year text into a numbered one.

In ``sublabel`` the decoder is given the list as one that sub-labels the numbers cited
with letters prints it (``3a``, ``3b``): a text cites parts only of a list that has them.

Under ``short`` (a short article: the first paragraphs alone) the list given ends at the
highest number those paragraphs cite, as a short article's own list does.

Under ``renumbered`` the list is numbered alphabetically, by its first authors and years
as ``read_manuscript`` reads them (:func:`alphabetical`), and every marker cites the same
references by their new numbers (``--named``: the list given to the decoder is renumbered
too, and printed in its new order). ``--alphabetical`` renumbers every article so before
each perturbation: how the decoder does on lists not numbered by first citation, in every
rendering (``--only asis --only flat-spaced``: flattened, spaced, bracket and paren).

Scoring is ``bench_markers.score`` (per cited number). A **whole-article failure** is a
rendering whose precision or recall over the article's markers falls under 50%
(``bench_markers._failed``): the decoder read the manuscript in the wrong convention, or
lost or invented most of its markers. In the mixed perturbations (``legend-other``,
``pasted``, ``pasted-run``, ``mixed``) the markers in the minority conventions are scored
apart too ("other recall"), and a rendering that lost more than half of them counts as a **minority
failure**: a manuscript that mixes conventions must lose no marker. Numbered articles are
decoded against placeholders (``r1..rN``), as ``bench_markers.py`` does; ``--named``
decodes them against their own lists as ``blinarefs trace`` reads them, authors and years
included, where a text that names works by author and year may be taken for one that
cites by name (``bench_markers_named.py``'s failures, under stress).

``--bare`` scores the articles of the style ``bare`` instead (numbers the markup neither
brackets nor raises, Wiley's and SciELO's: a reader sees flattened superscripts), in their
one rendering, perturbed as flattened superscripts are; their rows are named ``bare``
(IUCr's, author-year by the truth rule ``link-sign``, are left out).

``--every N`` scores one article in N (for a quick run); ``--list`` lists every failure
with the conventions the decoder took markers of. Tune on dev (or ``--files``) only.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from bench_markers import _failed, ratio, score
from corpora.extra_dev import outside
from corpora.jats_body import Marker, Rendering
from corpora.jats_truth import markers
from corpora.obtain import Article, articles
from perturb import OTHER_KIND, PERTURBATIONS, perturb
from perturb_floats import FLOATS, perturbed_float
from perturb_long import LONG, long_size, perturbed_long
from timing import print_table

from blinarefs.manuscript.read import read_manuscript
from blinarefs.model import Reference
from blinarefs.trace.decode import Decoding, decode_markers
from blinarefs.trace.refindex import ReferenceIndex

NUMBERED = ("bracket", "paren", "superscript")
AUTHOR_YEAR = ("asis", "noisy")
FLATTENING = ("flat-glued", "flat-spaced", "flat-closed", "spaced-counts")


@dataclasses.dataclass
class Row:
    """Sums over one (perturbation, style, rendering): cited numbers right, decoded,
    found, true; the minority convention's found and true; articles; failures."""

    scored: list[int] = dataclasses.field(default_factory=lambda: [0, 0, 0, 0])
    other: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    articles: int = 0
    failures: int = 0
    minority_failures: int = 0


def renderings(art: Article) -> list[tuple[str, Rendering]]:
    truth = markers(art.path)
    if art.marker_style == "bare":  # the printed text is the same; IUCr's cite by name
        return [] if truth.style == "author-year" else [("flattened", truth.flattened)]
    if art.marker_style == "superscript":
        return [("flattened", truth.flattened), ("printed", truth.printed)]
    return [("printed", truth.printed)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev",), default="dev")
    parser.add_argument("--files", help="score these JATS files (a glob, quoted) instead")
    parser.add_argument(
        "--only", action="append", choices=(*PERTURBATIONS, *LONG, *FLOATS), default=[]
    )
    parser.add_argument("--every", type=int, default=1, help="score one article in N")
    parser.add_argument("--list", action="store_true", help="list every failure")
    parser.add_argument(
        "--named",
        action="store_true",
        help="decode numbered articles against their own lists (authors and years), not "
        "placeholders",
    )
    parser.add_argument(
        "--alphabetical",
        action="store_true",
        help="number every list alphabetically (the perturbation renumbered) before perturbing it",
    )
    parser.add_argument(
        "--bare",
        action="store_true",
        help="score the bare articles (flattened superscripts in the markup's own text) instead",
    )
    args = parser.parse_args()
    chosen = (outside(args.files) if args.files else articles(split=args.split))[:: args.every]
    styles = ("bare",) if args.bare else (*NUMBERED, "author-year")
    chosen = [a for a in chosen if a.marker_style in styles]
    if not chosen:
        print("no articles: set BLINAREFS_CORPORA to the corpus (benchmarks/corpora)")
        return 2
    hows = args.only or [*PERTURBATIONS, *LONG, *FLOATS]
    rows: dict[tuple[str, str, str], Row] = defaultdict(Row)
    failures: list[str] = []
    for art in chosen:
        if art.marker_style == "author-year":
            _author_year(art, hows, rows, failures)
            continue
        alphabetical_too = args.alphabetical or "renumbered" in hows
        listed = read_manuscript(art.path).references if args.named or alphabetical_too else []
        index = ReferenceIndex.build(listed) if args.named else placeholders(art.n_refs)
        order = alphabetical(listed, art.n_refs)
        if args.alphabetical:
            index = renumbered_list(index, order)
        # the same list as a copy that dropped its numbers gives it: numbers are positions
        unnumbered = ReferenceIndex.build(
            [dataclasses.replace(r, number=None) for r in index.references]
        )
        missing = ReferenceIndex.build([])  # the list not in the manuscript at all
        style = "superscript" if art.marker_style == "bare" else art.marker_style  # as printed
        for rendering, base in renderings(art):
            if args.alphabetical:
                base = perturb(base, "renumbered", style, art.n_refs, order=order)
            for how in hows:
                if (
                    how in FLATTENING
                    and rendering == "printed"
                    and art.marker_style == "superscript"
                ) or (how == "renumbered" and args.alphabetical):
                    continue
                if how in LONG:  # a longer list: placeholders as many
                    r = perturbed_long(base, how, art.n_refs)
                    given = placeholders(long_size(how, art.n_refs))
                elif how in FLOATS:
                    r, given = perturbed_float(base, how, art.n_refs), index
                else:
                    r = perturb(base, how, style, art.n_refs, order=order)
                    given = {"unnumbered": unnumbered, "no-list": missing}.get(how, index)
                if how == "sublabel":
                    given = sub_labelled(index, r)
                if how == "renumbered":
                    given = renumbered_list(index, order)
                if how == "short":
                    given = cited_part(index, r)
                d = decode_markers(r.text, given)
                found = [(c.start, c.end, c.numbers) for c in d.citations]
                line = f"{how} {art.marker_style} {art.source}/{art.path.stem} {rendering}"
                size = long_size(how, art.n_refs) if how in LONG else art.n_refs
                _add(rows[how, art.marker_style, rendering], r.markers, found, size, d, line,
                     failures)  # fmt: skip
    _report(rows, failures, args.list)
    return 0


def placeholders(size: int) -> ReferenceIndex:
    """A list of ``size`` references numbered 1 to ``size`` (``r1..rN``), nothing else."""
    return ReferenceIndex.build([Reference(id=f"r{n}", number=n) for n in range(1, size + 1)])


_SUB_LABEL = re.compile(r"\d[a-z]")


def sub_labelled(index: ReferenceIndex, r: Rendering) -> ReferenceIndex:
    """The list as one that sub-labels its references prints it: each number the text
    cites with a letter ("3a", "3a,b") in two parts, "3a" and "3b", so that the decoder
    knows the list's sub-labels as it does from a real list's."""
    lettered = {m.numbers[0] for m in r.markers if _SUB_LABEL.search(r.text, m.start, m.end)}
    refs: list[Reference] = []
    for ref in index.references:
        if ref.number in lettered:
            n = ref.number
            refs.append(dataclasses.replace(ref, label=f"{n}a"))
            refs.append(dataclasses.replace(ref, id=f"{ref.id}b", label=f"{n}b"))
        else:
            refs.append(ref)
    return ReferenceIndex.build(refs)


def cited_part(index: ReferenceIndex, r: Rendering) -> ReferenceIndex:
    """The list of a short article made of a longer one's first paragraphs: its references
    up to the highest number those paragraphs cite (numbered by first citation, they cite
    nearly all of them)."""
    top = max((n for m in r.markers for n in m.numbers), default=0)
    return ReferenceIndex.build([ref for ref in index.references if (ref.number or 0) <= top])


def alphabetical(listed: Sequence[Reference], size: int) -> list[int]:
    """Each reference's number (``out[n - 1]`` for reference ``n``) in the list sorted by
    first author's family name (or an organisation's name) and year, as an alphabetical
    list numbers them; references the reader did not number sort last, in their order."""
    by_number = {r.number: r for r in listed if r.number}

    def key(n: int) -> tuple[bool, str, int, int]:
        ref = by_number.get(n)
        first = ref.author[0] if ref and ref.author else None
        name = (first.family or first.literal).casefold() if first else ""
        year = ref.issued[0] if ref and ref.issued else 0
        return not name, name, year or 9999, n

    out = [0] * size
    for rank, n in enumerate(sorted(range(1, size + 1), key=key), start=1):
        out[n - 1] = rank
    return out


def renumbered_list(index: ReferenceIndex, order: Sequence[int]) -> ReferenceIndex:
    """The list ``index`` holds with each reference numbered ``order[n - 1]``, in that
    order."""
    moved = [
        dataclasses.replace(r, number=order[r.number - 1])
        if r.number and r.number <= len(order)
        else r
        for r in index.references
    ]
    return ReferenceIndex.build(sorted(moved, key=lambda r: r.number or 0))


def _author_year(
    art: Article, hows: Sequence[str], rows: dict[tuple[str, str, str], Row], failures: list[str]
) -> None:
    """An author-year article against its real list, as it stands and with numbers."""
    index = ReferenceIndex.build(read_manuscript(art.path).references)
    base = markers(art.path).flattened
    base = Rendering(base.text, tuple(dataclasses.replace(m, kind="named") for m in base.markers))
    for how in hows:
        if how not in AUTHOR_YEAR:
            continue
        r = perturb(base, how, "author-year", index.size or art.n_refs)
        d = decode_markers(r.text, index)
        found = [(c.start, c.end, c.numbers) for c in d.citations]
        line = f"{how} author-year {art.source}/{art.path.stem} flattened"
        _add(rows[how, "author-year", "flattened"], r.markers, found, index.size or art.n_refs,
             d, line, failures)  # fmt: skip


def _add(
    row: Row,
    truth: Sequence[Marker],
    found: list,
    size: int,
    d: Decoding,
    line: str,
    failures: list[str],
) -> None:
    s = score(truth, found, size)
    for i, v in enumerate(s):
        row.scored[i] += v
    row.articles += 1
    other = [m for m in truth if m.kind == OTHER_KIND]
    lost_other = False
    if other:
        _, _, got, true = score(other, found, size)
        row.other[0] += got
        row.other[1] += true
        lost_other = bool(true and got / true < 0.5)
    failed = _failed(s)
    row.failures += failed
    row.minority_failures += lost_other
    if failed or lost_other:
        right, dec, got, true = s
        took = ", ".join(
            f"{k} {n}" for k, n in sorted(d.conventions().items(), key=lambda x: -x[1])
        )
        what = "FAILURE" if failed else "minority lost"
        failures.append(
            f"{what}: {line}: precision {ratio(right, dec)} recall {ratio(got, true)} "
            f"({true} true); decoder took {took or 'nothing'}"
        )


def _report(rows: dict[tuple[str, str, str], Row], failures: list[str], listed: bool) -> None:
    table = []
    total: dict[str, Row] = defaultdict(Row)
    for (how, style, rendering), row in sorted(rows.items()):
        right, dec, got, true = row.scored
        table.append(
            (how, style, rendering, row.articles, true, ratio(right, dec), ratio(got, true),
             ratio(*row.other), row.failures, row.minority_failures)
        )  # fmt: skip
        t = total[how]
        t.scored = [a + b for a, b in zip(t.scored, row.scored, strict=True)]
        t.other = [a + b for a, b in zip(t.other, row.other, strict=True)]
        t.articles += row.articles
        t.failures += row.failures
        t.minority_failures += row.minority_failures
    for how, t in total.items():
        right, dec, got, true = t.scored
        table.append((how, "ALL", "", t.articles, true, ratio(right, dec), ratio(got, true),
                      ratio(*t.other), t.failures, t.minority_failures))  # fmt: skip
    print_table(
        ("perturbation", "style", "rendering", "renderings", "true numbers", "precision",
         "recall", "other recall", "failures", "minority lost"),
        table,
    )  # fmt: skip
    whole = sum(t.failures for t in total.values())
    minority = sum(t.minority_failures for t in total.values())
    print(f"whole-article failures: {whole}; minority conventions lost: {minority}")
    if listed:
        print("\n".join(failures))


if __name__ == "__main__":
    raise SystemExit(main())
