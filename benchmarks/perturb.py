"""Real articles perturbed the way real manuscripts differ from the journal's copy, for
``bench_mode_stress.py``: where a decoder that first settles the manuscript's convention
(its "mode") and then reads every marker by it fails on a whole article.

Each perturbation takes a rendering of a real article (``corpora.jats_body``: its text and
its true markers) and returns another, its truth moved with the text. Seeded: every run
makes the same texts. The made-up sentences (``NOISE``) are invented here; the articles'
own words are never changed, only markers re-printed, deleted or given sub-labels, and
whole invented sentences put at paragraph ends.

* ``few``: one numbered marker in ``FEW`` kept: a long text citing little;
* ``few-paragraphs``: only the markers of ``PARAGRAPHS`` paragraphs kept (a text citing in
  its introduction and nowhere else);
* ``short``: the first ``SHORT`` paragraphs alone, with their markers (a letter, a brief
  report, a short communication: ``bench_mode_stress.py`` gives the decoder a list that
  ends at the highest number they cite, as such an article's own list does);
* ``noisy``: an invented sentence of gene names, units, statistics, list items, figure and
  equation numbers after every other paragraph (``NOISE``): numbers that are no citations;
* ``flat-glued``, ``flat-spaced``: every marker a flattened superscript, glued to the
  punctuation after the word ("disease.4") or after a space ("disease 4.");
* ``flat-closed``: every marker a flattened superscript closed by a parenthesis, before
  the punctuation ("disease4).", Japanese journals' "4)" raised);
* ``spaced-counts``: ``flat-spaced``, and a paragraph of counts in parentheses
  (``COUNTS``: "in asthma (3), fibrosis (1)", a cohort's groups) after the middle one:
  clean "(n)" that outnumber the few spaced citations a first reading sees;
* ``legend-other``: the last quarter of the paragraphs (where a JATS body puts figure
  legends) in another convention than the body (``OTHER``), as a manuscript whose legends
  and tables were pasted from elsewhere;
* ``pasted``: one paragraph, in the middle, in another convention;
* ``pasted-run``: a run of consecutive cited paragraphs (a third of them, at least two), in
  the middle, in another convention: a section pasted from another author's copy, a
  sizeable minority that is no stray paragraph;
* ``mixed``: the cited paragraphs in turn in the article's own convention and in the two
  others of bracketed, parenthesised and flattened superscripts after the punctuation
  (``.1`` in one paragraph, ``[4]`` and ``(5)`` in the next ones): a manuscript pieced
  together from several copies, whose every convention must keep its markers;
* ``no-list``: the text as it stands, its reference list missing (printed in a separate
  file, or not pasted): ``bench_mode_stress.py`` gives the decoder no list, so that no list
  size bounds the numbers;
* ``furniture``: page furniture a PDF copy leaves between paragraphs (``FURNITURE``: a
  running head with the journal's volume, issue and pages, a page number on its own line,
  "Page 3 of 12"), every third paragraph: numbers that cite nothing, in lines of their own;
* ``unnumbered``: the text as it stands, its reference list printed without numbers (a
  copy that dropped them; ``bench_mode_stress.py`` gives the decoder the list so);
* ``sublabel``: one single-number marker in three given sub-labels ("[3a,b]", "^3a^",
  "disease.3a,b"), as a list that sub-labels its references prints them; the truth is the
  number, as the benchmark truth reads "3a" (the reference 3's part);
* ``renumbered``: the list numbered in another order than first citation, as a journal
  that numbers it alphabetically (SciELO, some OUP, Elsevier and physics journals) or keeps
  an earlier version's numbers does: every marker cites the same references by their new
  numbers, printed as it was (``[4]``, ``(4, 9)``, ``^4^``, ``disease.4,9``), a group's
  numbers sorted and runs joined (``[7]–[10]`` may become ``[3, 12, 18, 30]``). The new
  order is the one given (``bench_mode_stress.py``: the list sorted by first author and
  year), else a seeded random one.

The markers put in another convention are of kind ``"other"`` in the truth, so that the
benchmark can ask whether the minority convention of a mixed manuscript lost its markers.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from corpora.jats_body import Marker, Rendering
from rerender import DROP, KEEP, MIXED, numbers_printed, restyle

FEW = 10
PARAGRAPHS = 3
SHORT = 5  # ``short``: the paragraphs kept
LEGENDS = 0.75  # ``legend-other``: the paragraphs after this share of them
# Another convention for a minority of a manuscript's markers: a body that cites in
# brackets or parentheses with legends flattened from superscripts, a superscript body
# with bracketed ones.
OTHER = {"bracket": "after", "paren": "after", "superscript": "bracket"}
OTHER_KIND = "other"
RUN_SHARE = 3  # ``pasted-run``: one cited paragraph in this many, in a run
SEED = 35
# Invented sentences: the numbers ({}) are drawn small, as counts, doses and labels are,
# so that they fall among the list's numbers.
NOISE = (
    "Levels of IL{} and CD{} rose in {} of the samples (P < 0.0{}).",
    "A dose of {} mg/m2 was given on days 1-{} of each cycle, over {} cycles.",
    "Variants of TP53, KRAS{} and Nxf{} were found in {} patients (Table {}).",
    "Scores rose from {} to {} points (95% CI, {}-{}; Figure {}).",
    "The groups were (1) controls, (2) treated mice and (3) relapsed mice.",
    "Model {} fitted better than model {} (equation {}), with {} degrees of freedom.",
    "Cells were grown at 37 °C in 5% CO2 for {} days, then split 1:{}.",
    "Of the {} sites, {} reported H2O2 levels above {} µmol/L in week {}.",
)
# A cohort's groups counted in parentheses, invented (``spaced-counts``): counts drawn from
# 1 to ``COUNTED``, as a small study's are, among the list's first numbers.
COUNTS = (
    "The grafts were single in asthma ({}), fibrosis ({}) and emphysema ({}), and double "
    "in fibrosis ({}) and sarcoid ({}).",
    "All took a steroid with azathioprine ({}) or mofetil ({}), and tacrolimus ({}) or "
    "cyclosporine ({}).",
    "Before the study they had had boluses ({}), antibodies ({}) or neither ({}).",
)
COUNTED = 9
# Page furniture, invented: a running head with its pages, a page number, a page count
FURNITURE = (
    "Journal of Invented Studies. 2019;{volume}({issue}):{first}–{last}.",
    "{page}",
    "Page {page} of {pages}",
)
ARTICLE_PAGES = (4, 12)  # how many pages the running head's article spans
FURNITURE_EVERY = 3
PERTURBATIONS = (
    "asis",
    "few",
    "few-paragraphs",
    "short",
    "noisy",
    "noisy-few",
    "flat-glued",
    "flat-spaced",
    "flat-closed",
    "spaced-counts",
    "legend-other",
    "pasted",
    "pasted-run",
    "mixed",
    "sublabel",
    "furniture",
    "unnumbered",
    "no-list",
    "renumbered",
)
FLAT = {"flat-glued": "after", "flat-spaced": "spaced", "flat-closed": "closed"}  # rerender's
_SLOT = re.compile(r"\{\}")


def perturb(
    rendering: Rendering,
    how: str,
    style: str,
    size: int,
    seed: int = SEED,
    order: Sequence[int] | None = None,
) -> Rendering:
    """``rendering`` (of an article whose markup cites in ``style``, with ``size``
    references) perturbed ``how`` (one of ``PERTURBATIONS``); ``order``: under
    ``renumbered``, each reference's new number (``order[n - 1]`` for reference ``n``)."""
    rng = random.Random(f"{seed}:{how}:{len(rendering.text)}")
    if how == "asis":
        return rendering
    if how == "few":
        return restyle(rendering, lambda _, k: KEEP if k % FEW == 0 else DROP, size)
    if how == "few-paragraphs":
        cited = sorted({_paragraph_of(rendering.text, m.start) for m in rendering.markers})
        kept = set(rng.sample(cited, min(PARAGRAPHS, len(cited))))
        return restyle(rendering, lambda p, _: KEEP if p in kept else DROP, size)
    if how == "short":
        return shortened(rendering, SHORT)
    if how == "noisy":
        return noisy(rendering, rng, size)
    if how == "noisy-few":
        return noisy(perturb(rendering, "few", style, size, seed), rng, size)
    if how in FLAT:
        return restyle(rendering, lambda *_: FLAT[how], size)
    if how == "spaced-counts":
        return counted(perturb(rendering, "flat-spaced", style, size, seed), rng)
    if how == "legend-other":
        last = rendering.text.count("\n\n")
        return _other(rendering, lambda p: p >= LEGENDS * last, style, size)
    if how == "pasted":
        cited = sorted({_paragraph_of(rendering.text, m.start) for m in rendering.markers})
        middle = cited[len(cited) // 2] if cited else -1
        return _other(rendering, lambda p: p == middle, style, size)
    if how == "pasted-run":
        cited = sorted({_paragraph_of(rendering.text, m.start) for m in rendering.markers})
        run = max(2, len(cited) // RUN_SHARE)
        start = max(0, (len(cited) - run + 1) // 2)
        pasted = set(cited[start : start + run])
        return _other(rendering, lambda p: p in pasted, style, size)
    if how == "mixed":
        return mixed(rendering, style, size)
    if how == "sublabel":
        return sublabelled(rendering)
    if how == "furniture":
        return furnished(rendering, rng, size)
    if how in ("unnumbered", "no-list"):
        return rendering  # the list changes (bench_mode_stress.py), not the text
    if how == "renumbered":
        if order is None:
            order = list(range(1, size + 1))
            rng.shuffle(order)
        return renumbered(rendering, {n: order[n - 1] for n in range(1, len(order) + 1)})
    raise ValueError(f"unknown perturbation {how!r}")


def shortened(rendering: Rendering, paragraphs: int) -> Rendering:
    """The first ``paragraphs`` paragraphs of ``rendering`` and their markers: a short
    article's whole text."""
    cut = -1
    for _ in range(paragraphs):
        cut = rendering.text.find("\n\n", cut + 1)
        if cut < 0:
            return rendering
    return Rendering(rendering.text[:cut], tuple(m for m in rendering.markers if m.end <= cut))


def _paragraph_of(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset)


def _other(rendering: Rendering, chosen: Callable[[int], bool], style: str, size: int) -> Rendering:
    """The markers of the ``chosen`` paragraphs printed in the other convention
    (``OTHER``), their truth of kind ``OTHER_KIND``."""
    other = OTHER[style]
    made = restyle(rendering, lambda p, _: other if chosen(p) else KEEP, size)
    text = made.text
    marked = tuple(
        Marker(m.start, m.end, m.numbers, OTHER_KIND)
        if m.kind != "author-year" and chosen(_paragraph_of(text, m.start))
        else m
        for m in made.markers
    )
    return Rendering(text, marked)


def mixed(rendering: Rendering, style: str, size: int) -> Rendering:
    """The cited paragraphs in turn in the article's own convention and in the others of
    ``rerender.MIXED`` (a superscript article's own being its flattened form); the markers
    re-printed in another are of kind ``OTHER_KIND``."""
    own = "after" if style == "superscript" else style
    turn = [KEEP, *(c for c in MIXED if c != own)]
    cited = sorted({_paragraph_of(rendering.text, m.start) for m in rendering.markers})
    order = {p: i for i, p in enumerate(cited)}
    made = restyle(rendering, lambda p, _: turn[order.get(p, 0) % len(turn)], size)
    text = made.text
    marked = tuple(
        Marker(m.start, m.end, m.numbers, OTHER_KIND)
        if m.kind != "author-year" and order.get(_paragraph_of(text, m.start), 0) % len(turn)
        else m
        for m in made.markers
    )
    return Rendering(text, marked)


def noisy(rendering: Rendering, rng: random.Random, size: int) -> Rendering:
    """An invented sentence (``NOISE``, in turn) after every other paragraph, its numbers
    drawn from 1 to the list's length: numbers among the cited ones that cite nothing."""
    text = rendering.text
    ends = [m.start() for m in re.finditer(r"\n\n", text)] + [len(text)]
    insert: dict[int, str] = {}
    for i, end in enumerate(ends):
        if i % 2:
            continue
        template = NOISE[(i // 2) % len(NOISE)]
        insert[end] = " " + _SLOT.sub(lambda _: str(rng.randint(1, max(2, size))), template)
    return _inserted(rendering, insert)


def counted(rendering: Rendering, rng: random.Random) -> Rendering:
    """``rendering`` with a paragraph of ``COUNTS`` after its middle paragraph."""
    ends = [m.start() for m in re.finditer(r"\n\n", rendering.text)] or [len(rendering.text)]
    line = " ".join(_SLOT.sub(lambda _: str(rng.randint(1, COUNTED)), t) for t in COUNTS)
    return _inserted(rendering, {ends[len(ends) // 2]: f"\n\n{line}"})


def furnished(rendering: Rendering, rng: random.Random, size: int) -> Rendering:
    """A line of page furniture (``FURNITURE``, in turn) after every ``FURNITURE_EVERY``-th
    paragraph, its volume and pages drawn from 1 to the list's length, so that they fall
    among the cited numbers as an early page's do."""
    ends = [m.start() for m in re.finditer(r"\n\n", rendering.text)]
    insert: dict[int, str] = {}
    for i, end in enumerate(ends):
        if i % FURNITURE_EVERY == FURNITURE_EVERY - 1:
            template = FURNITURE[(i // FURNITURE_EVERY) % len(FURNITURE)]
            first, page = rng.randint(1, max(2, size)), rng.randint(1, max(2, size))
            line = template.format(
                volume=rng.randint(1, max(2, size)),
                issue=rng.randint(1, 12),
                first=first,
                last=first + rng.randint(*ARTICLE_PAGES),
                page=page,
                pages=page + rng.randint(*ARTICLE_PAGES),
            )
            insert[end] = f"\n\n{line}"
    return _inserted(rendering, insert)


def _inserted(rendering: Rendering, insert: dict[int, str]) -> Rendering:
    """``rendering`` with ``insert[offset]`` put at each offset (never inside a marker)."""
    text, out, pos = rendering.text, [], 0
    shift: list[tuple[int, int]] = []  # (offset, characters inserted before it)
    added = 0
    for offset in sorted(insert):
        out.append(text[pos:offset])
        out.append(insert[offset])
        added += len(insert[offset])
        shift.append((offset, added))
        pos = offset
    out.append(text[pos:])

    def moved(at: int) -> int:
        by = 0
        for offset, total in shift:
            if offset <= at:
                by = total
        return at + by

    markers = tuple(
        Marker(moved(m.start), moved(m.start) + m.end - m.start, m.numbers, m.kind)
        for m in rendering.markers
    )
    return Rendering("".join(out), markers)


def remarked(
    rendering: Rendering, change: Callable[[Marker, str], tuple[str, tuple[int, ...]]]
) -> Rendering:
    """``rendering`` with each marker, in order (one inside another's span is skipped),
    printed as ``change(marker, printed)`` gives it, with the numbers it cites then: the text
    between markers kept, every marker's place moved to match."""
    text, out, found = rendering.text, [], []
    pos = length = 0
    for m in sorted(rendering.markers, key=lambda m: m.start):
        if m.start < pos:
            continue
        marker, numbers = change(m, text[m.start : m.end])
        out.append(text[pos : m.start])
        length += m.start - pos
        found.append(Marker(length, length + len(marker), numbers, m.kind))
        out.append(marker)
        length += len(marker)
        pos = m.end
    out.append(text[pos:])
    return Rendering("".join(out), tuple(found))


def sublabelled(rendering: Rendering) -> Rendering:
    """One single-number marker in three printed with sub-labels: "3a", then "3a,b", in
    turn, inside its brackets, carets or parentheses, or after its flattened digits."""
    k = 0

    def change(m: Marker, marker: str) -> tuple[str, tuple[int, ...]]:
        nonlocal k
        if m.kind != "author-year" and len(m.numbers) == 1:
            k += 1
            digits = str(m.numbers[0])
            at = marker.find(digits)
            if k % 3 == 0 and at >= 0:
                letters = "a" if k % 2 else "a,b"
                at += len(digits)
                marker = marker[:at] + letters + marker[at:]
        return marker, m.numbers

    return remarked(rendering, change)


_BESIDE = re.compile(r" ?[,;–-]? ?")  # between two markers a journal prints as one group
_WRAPPED = re.compile(r"(?P<open>\^?[\[(]?)(?P<inner>.*?)(?P<close>[\])]?\^?)", re.S)


def renumbered(rendering: Rendering, new: dict[int, int]) -> Rendering:
    """Every numbered marker citing the same references by their ``new`` numbers, printed
    in its own convention: its brackets, parentheses or carets kept, its group's numbers
    sorted and joined as before (``", "`` or ``","``), runs as ranges. Markers printed side
    by side (``[2], [3, 4]``) are one group to a journal, which prints it sorted: their new
    numbers are sorted across them (``[9], [15, 24]``, never ``[24], [9, 15]``)."""
    text = rendering.text
    numbered = sorted(
        (m for m in rendering.markers if m.kind != "author-year"), key=lambda m: m.start
    )
    renamed: dict[int, tuple[int, ...]] = {}  # a marker's start -> its new numbers
    run: list[Marker] = []
    for m in [*numbered, None]:
        if m is not None and run and _BESIDE.fullmatch(text[run[-1].end : m.start]):
            run.append(m)
            continue
        pool = sorted(new.get(n, n) for r in run for n in set(r.numbers))
        for r in run:
            renamed[r.start], pool = (
                tuple(sorted(pool[: len(set(r.numbers))])),
                pool[len(set(r.numbers)) :],
            )
        run = [m] if m is not None else []

    def change(m: Marker, marker: str) -> tuple[str, tuple[int, ...]]:
        shape = _WRAPPED.fullmatch(marker)
        if m.start in renamed and shape and any(c.isdigit() for c in shape["inner"]):
            numbers = renamed[m.start]
            sep = ", " if ", " in shape["inner"] else ","
            return shape["open"] + numbers_printed(numbers, sep) + shape["close"], numbers
        return marker, m.numbers

    return remarked(rendering, change)
