"""Citation markers on real articles: precision and recall of the cited numbers, as printed
and with superscripts flattened, per source and per convention, dev and held-out apart.

    BLINAREFS_CORPORA=DIR python benchmarks/bench_markers.py [--split heldout]
        [--baseline REV[,REV]] [--show ARTICLE] [--misses printed|flattened]
        [--rerender paren|after|before|spaced|spaced-after|parens|closed|printed|printed-after
         |mixed
         [--permute]]
        [--stress tail|sparse|cut|wordy] [--source NAME]... [--left-out NAME[,NAME]]
        [--files GLOB] [--weak SHARE] [--titles]

The corpus is the JATS articles of ``benchmarks/corpora`` (recipe and manifest there; the
articles live outside the repository). The truth is the articles' own markup, read by
``corpora.jats_truth.markers``: the body as a reader sees it, every ``<xref ref-type="bibr">``
with the reference numbers it cites, rendered twice: *printed* (superscripts as Pandoc's
``^1,2^``) and *flattened* (superscripts glued to the text before them, as a web copy gives
them). Only numbered articles (style bracket, paren, superscript) are scored; author-year
markers inside them are left out of both sides. Articles of the style ``bare`` (numbers the
markup neither brackets nor raises: Wiley's and SciELO's plain xrefs, which a reader sees as
flattened superscripts in both renderings) are scored apart: their own rows, failures and
weak articles, after the numbered ones, in no target and no count of the rest. An xref
printing a sign and no number (IUCr's "(Roe, 2030 ▸)") is author-year, by the truth rule
``link-sign`` of ``jats_body``, counted per source on the last line; an article it leaves
author-year is not scored (counted there too). Plain xrefs in an article whose markup raises
the marks glued to them (``5<sup>,</sup>6``, ``1<sup>)</sup>``) are printed raised, by the
truth rule ``raised-mark`` of ``jats_raised``: the article is scored as the superscript
article it is (counted per source there too).

Scoring is per cited number: a decoded marker's number is right when a true marker it
overlaps cites that number (precision); a true marker's number is found when a decoded
marker overlapping it cites it (recall). An article whose precision or recall falls under
50% is a whole-article failure; every article under 80% in a rendering is listed with the
convention its markup uses and the conventions the decoder took markers of, so that an
article read in the wrong convention shows as such. The decoder is given the list size and
nothing else (the placeholders ``r1..rN``), as when a list is parsed without enrichment;
``--titles`` gives it each reference's title too, as the markup tags it (a parsed list has
its titles: digits glued to a name the cited work's title prints cite it,
``trace/titled_tails.py``).

The baseline, run in the same run on the same texts, is the decoder of another revision
(``--baseline REV[,REV]``; by default ``3f855b2``, the decoder before issue 14; ``none``
skips it), exported with ``git archive`` and run in a child process. Tune on ``--split
dev`` only; report ``--split heldout``.

``--rerender`` scores the bracket articles re-printed in another convention (``rerender.py``:
their text and marker positions real, the markers printed as parenthesised numbers or as
flattened superscripts after or before the punctuation, before it after a space, after it
and a space, in parentheses before it or closed by one (``disease4).``), or as printed
superscripts ``^4^`` from the printed rendering; ``--permute`` renumbers the list as an
alphabetical list does): many more articles of the conventions the corpus has few of.

``--stress tail|sparse`` makes every scored article cite few of its references (its last
paragraphs, or one marker in four: ``rerender.stress``), as a short text or one that cites
most of its list in tables does: where an article is decoded wrongly as a whole.
``--stress cut`` gives the decoder only the first nine tenths of the list (``rerender.listed``),
as a list cut short or one that lost items does, and scores it against every number the
text cites: the numbers past the cut list are citations still (``check`` calls them dangling).

``--left-out`` names publishers (the manifest's sources) to keep out of tuning: their rows
are summed apart ("left-out" against "tuned-on", both dev), and ``--misses`` and ``--show``
never list their articles, so that a rule written for the others can be checked on
publishers it was not written for. ``--source`` (repeatable) keeps the articles of those
sources only.

``--files GLOB`` scores JATS files outside the manifest instead (more dev material, kept
outside the repository): each file's source is its folder's name, its split "files", its
convention the one its markup uses most and its list size its ``<ref>`` count.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from corpora.extra_dev import outside
from corpora.jats_truth import markers, references
from corpora.obtain import articles
from markers_misses import Found, misses, show
from markers_rules import TruthRules
from rerender import HOW, PRINTED, STRESS, listed, rerender, stress
from timing import print_table

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_markers

ROOT = Path(__file__).resolve().parent.parent
NUMBERED = ("bracket", "paren", "superscript")
APART = "bare"  # scored and reported apart from NUMBERED: its own rows, failures, weak list
RENDERINGS = ("printed", "flattened")
BEFORE = "3f855b2"  # the decoder before issue 14: the baseline
WEAK = 0.8  # an article under this precision or recall in a rendering is listed
TARGETS = {"bracket": 0.99, "paren": 0.99, "superscript": 0.97}  # issue 14; superscripts flattened
_CHILD = """
import json, sys
from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations
out = []
for text, size in json.load(sys.stdin):
    refs = [Reference(id=f"r{n}", number=n) for n in range(1, size + 1)]
    out.append([[c.start, c.end, list(c.numbers)] for c in decode_citations(text, refs)])
json.dump(out, sys.stdout)
"""


def score(truth: Sequence, found: Found, size: int) -> tuple[int, int, int, int]:
    """(right, decoded, found, true) cited numbers; author-year truth is left out of both,
    and so are true numbers past the list (the loader reads "[32: 273]" as 32 to 273)."""
    spans = sorted(truth, key=lambda m: m.start)
    starts = [m.start for m in spans]
    covered: dict[int, set[int]] = defaultdict(set)
    right = decoded = 0
    for start, end, numbers in found:
        i = max(0, bisect.bisect_right(starts, start) - 1)
        hits = []
        while i < len(spans) and spans[i].start < end:
            if spans[i].end > start:
                hits.append(i)
            i += 1
        if any(spans[h].kind == "author-year" for h in hits):
            continue
        cited = {n for h in hits for n in spans[h].numbers}
        decoded += len(numbers)
        right += sum(1 for n in numbers if n in cited)
        for h in hits:
            covered[h].update(numbers)
    true = got = 0
    for i, m in enumerate(spans):
        if m.kind == "author-year":
            continue
        listed = {n for n in m.numbers if n <= size}
        true += len(listed)
        got += len(listed & covered[i])
    return right, decoded, got, true


def baseline_decoder(revision: str) -> tuple[Path, tempfile.TemporaryDirectory] | None:
    tmp = tempfile.TemporaryDirectory(prefix="blinarefs-baseline-")
    archive = subprocess.run(
        ["git", "archive", revision, "src/blinarefs"], cwd=ROOT, capture_output=True, check=False
    )
    if archive.returncode:
        print(
            f"baseline {revision!r} not found: {archive.stderr.decode().strip()}", file=sys.stderr
        )
        return None
    subprocess.run(["tar", "-x", "-C", tmp.name], input=archive.stdout, check=True)
    return Path(tmp.name) / "src", tmp


def run_baseline(src: Path, jobs: list[tuple[str, int]]) -> list[Found]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return [[(a, b, tuple(n)) for a, b, n in art] for art in json.loads(done.stdout)]


def ratio(a: int, b: int) -> str:
    return f"{a / b:.1%}" if b else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument(
        "--baseline", default=BEFORE, help="git revisions, comma-separated, or 'none'"
    )
    parser.add_argument("--show", help="print the misses of one article (its file name stem)")
    parser.add_argument(
        "--misses",
        choices=RENDERINGS,
        help="list every missed and spurious number of the dev articles in one rendering, "
        "with its context (dev only: held-out misses are never looked at)",
    )
    parser.add_argument(
        "--rerender",
        choices=HOW,
        help="score the bracket articles re-printed as parenthesised numbers, or as flattened "
        "superscripts after or before the punctuation, spaced before or after it, or in "
        "parentheses, or closed by a parenthesis ('disease4).', closed), or as printed "
        "superscripts ('^4^', printed and printed-after), or "
        "mixing brackets, parentheses and superscripts paragraph by paragraph (mixed) "
        "(see rerender.py)",
    )
    parser.add_argument(
        "--permute", action="store_true", help="with --rerender: number the list in no order"
    )
    parser.add_argument(
        "--stress",
        choices=STRESS,
        help="make each article cite few of its references: its last paragraphs (tail), or "
        "one marker in four (sparse); or give the decoder the first nine tenths of the list "
        "(cut); or print one marker in three in parentheses with words, '(see 12)' (wordy) "
        "(see rerender.py)",
    )
    parser.add_argument(
        "--source", action="append", default=[], help="only the articles of this source (repeat)"
    )
    parser.add_argument(
        "--left-out",
        default="",
        help="sources, comma-separated, kept out of tuning: summed apart, never listed by "
        "--misses or --show",
    )
    weak_help = "list the renderings under this precision or recall (default %(default)s)"
    parser.add_argument("--weak", type=float, default=WEAK, help=weak_help)
    parser.add_argument(
        "--titles",
        action="store_true",
        help="give the decoder each reference's title as the markup tags it, not the list's "
        "size alone (not with --permute)",
    )
    parser.add_argument(
        "--files",
        help="score these JATS files (a glob, quoted) instead of the corpus; source: the folder",
    )
    args = parser.parse_args()
    left_out = {s for s in args.left_out.split(",") if s}
    if args.misses and args.split != "dev":
        parser.error("--misses lists dev articles only (--split dev)")
    if args.permute and not args.rerender:
        parser.error("--permute goes with --rerender")
    if args.permute and args.titles:  # the list is renumbered
        parser.error("--titles cannot go with --permute")
    styles = ("bracket",) if args.rerender else (*NUMBERED, APART)
    chosen = [
        a
        for a in (
            outside(args.files)
            if args.files
            else articles(split=None if args.split == "all" else args.split)
        )
        if a.marker_style in styles and (not args.source or a.source in args.source)
    ]
    if not chosen:
        print("no articles: set BLINAREFS_CORPORA to the corpus (benchmarks/corpora)")
        return 2
    texts: list[tuple[str, str, str, str, str, object, int]] = []
    given: list[int] = []  # the list's length the decoder is given (``--stress cut``)
    rules = TruthRules()  # the declared truth rules met, per source
    titles: list[dict[int, str]] = []  # each reference's title, with ``--titles``
    for art in chosen:
        truth = markers(art.path)
        scored_as = rules.style(art.source, truth, art.marker_style)
        if scored_as is None:
            continue
        titled = {r.number: r.title or "" for r in references(art.path)} if args.titles else {}
        for rendering in RENDERINGS:
            r, style = getattr(truth, rendering), scored_as
            if args.rerender:
                if args.rerender != "paren" and (rendering == "printed") != (
                    args.rerender in PRINTED
                ):
                    continue  # superscripts printed ("^4^") from the printed rendering only
                r = rerender(r, args.rerender, art.n_refs, args.permute)
                style = args.rerender if args.rerender in ("paren", "mixed") else "superscript"
            if args.stress:
                r = stress(r, args.stress)
            texts.append((art.split, style, art.source, art.path.stem, rendering, r, art.n_refs))
            given.append(listed(art.n_refs, args.stress))
            titles.append(titled)
    decoded = [
        decode_markers(
            r.text,  # type: ignore[attr-defined]
            [Reference(id=f"r{n}", number=n, title=t.get(n, "")) for n in range(1, size + 1)],
        )
        for (*_, r, _), size, t in zip(texts, given, titles, strict=True)
    ]
    ours = [[(c.start, c.end, c.numbers) for c in d.citations] for d in decoded]
    bases: list[tuple[str, list[Found]]] = []
    for revision in [] if args.baseline == "none" else args.baseline.split(","):
        made = baseline_decoder(revision)
        if made:
            jobs = [(r.text, n) for (*_, r, _), n in zip(texts, given, strict=True)]  # type: ignore[attr-defined]
            bases.append((revision, run_baseline(made[0], jobs)))
    width = 4 * (1 + len(bases))
    totals: dict[tuple, list[int]] = defaultdict(lambda: [0] * (width + 1))
    # each keyed by whether the article's style is APART; weak: every rendering of an
    # article under --weak, with what was chosen
    failures: dict[bool, list[str]] = {False: [], True: []}
    weak: dict[bool, list[str]] = {False: [], True: []}
    failed_before = {False: [0] * len(bases), True: [0] * len(bases)}
    for k, (split, style, source, stem, rendering, r, size) in enumerate(texts):
        s = score(r.markers, ours[k], size)  # type: ignore[attr-defined]
        before = [score(r.markers, found[k], size) for _, found in bases]  # type: ignore[attr-defined]
        if _failed(s):
            failures[style == APART].append(f"{split} {source}/{stem} {rendering}")
        for j, b in enumerate(before):
            failed_before[style == APART][j] += _failed(b)
        keys = [(split, style, source, rendering), (split, style, "ALL", rendering)]
        if left_out:
            part = "left-out" if source in left_out else "tuned-on"
            keys.append((split, style, f"ALL {part}", rendering))
        for key in keys:
            row = totals[key]
            for i, v in enumerate(x for scored in (s, *before) for x in scored):
                row[i] += v
            row[width] += 1
        if source in left_out:
            continue  # publishers the rules are checked on, not written for
        if _failed(s, args.weak):
            weak[style == APART].append(_article_line(texts[k], s, decoded[k].conventions()))
        if args.show == stem:
            show(r, ours[k], rendering)
        if args.misses == rendering:
            misses(r, ours[k], size, f"{style} {source}/{stem}")
    _print_rows({k: t for k, t in totals.items() if k[1] != APART}, bases, width)
    _print_lists(failures[False], weak[False], bases, failed_before[False], args.weak)
    verdict = True
    for (split, style, source, rendering), t in totals.items():
        if (
            source != "ALL"
            or style == APART
            or (style == "superscript") != (rendering == "flattened")
        ):
            continue
        goal = TARGETS[style]
        p, r = (t[0] / t[1] if t[1] else 1), (t[2] / t[3] if t[3] else 1)
        ok = p >= goal and r >= goal
        verdict &= ok
        print(f"{split} {style} {rendering}: precision {p:.1%}, recall {r:.1%} "
              f"{'meets' if ok else 'MISSES'} the target ({goal:.0%})")  # fmt: skip
    print("meets the target" if verdict and not failures[False] else "MISSES the target")
    apart = {k: t for k, t in totals.items() if k[1] == APART}
    if apart:
        print(f"\n{APART} articles (no brackets, no superscript in the markup), apart:")
        _print_rows(apart, bases, width)
        _print_lists(failures[True], weak[True], bases, failed_before[True], args.weak)
    rules.print()
    return 0


def _print_rows(totals: dict[tuple, list[int]], bases: list, width: int) -> None:
    """The table of one part of the rows: per split, style, source and rendering."""
    rows = []
    for (split, style, source, rendering), t in sorted(totals.items()):
        rows.append(
            (split, style, source, rendering, t[width], t[3],
             *(ratio(t[i], t[i + 1]) for i in range(0, width, 2)))
        )  # fmt: skip
    print_table(
        ("split", "style", "source", "rendering", "articles", "true numbers", "precision",
         "recall", *(f"{rev} {what}" for rev, _ in bases for what in ("precision", "recall"))),
        rows,
    )  # fmt: skip


def _print_lists(
    failures: list[str], weak: list[str], bases: list, before: list[int], under: float
) -> None:
    """The whole-article failures (the baselines' counts first) and the renderings under
    ``under``, one a line."""
    for (revision, _), n in zip(bases, before, strict=True):
        print(f"whole-article failures of {revision}: {n}")
    print(f"whole-article failures: {len(failures)}" + "".join(f"\n  {f}" for f in failures))
    print(
        f"articles under {under:.0%} in a rendering: {len(weak)}"
        + "".join(f"\n  {w}" for w in weak)
    )


def _failed(scored: tuple[int, int, int, int], under: float = 0.5) -> bool:
    """Precision or recall under 50%: a whole-article failure (under ``under``: weak)."""
    right, decoded, got, true = scored
    return bool((decoded and right / decoded < under) or (true and got / true < under))


def _article_line(text: tuple, scored: tuple[int, int, int, int], chosen: dict[str, int]) -> str:
    """One weak article's rendering: its figures, the convention its markup uses and the
    conventions the decoder took markers of (how many each), so that an article decoded
    wrongly as a whole shows which convention it was taken for."""
    split, style, source, stem, rendering, *_ = text
    right, decoded, got, true = scored
    took = ", ".join(f"{family} {n}" for family, n in sorted(chosen.items(), key=lambda x: -x[1]))
    return (
        f"{split} {source}/{stem} {rendering}: precision {ratio(right, decoded)} "
        f"recall {ratio(got, true)} ({true} true); markup {style}, decoder took "
        f"{took or 'nothing'}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
