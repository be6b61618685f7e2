"""Perturbations of real articles by what a copy prints between their citations: the floats a
JATS body leaves out (``corpora.jats_body`` skips tables, figures and supplements), pasted
into the text where a manuscript or a web copy puts them, for ``bench_mode_stress.py``.

* ``gap``: a long stretch that cites nothing, mid-article (after the paragraph at the
  middle of the text): a table of numbers (``GAP_ROWS`` rows of counts, percentages, ranges
  and P values drawn within the list's numbers, as a results table prints them), then a
  citation-free paragraph. Whether the decoder's state survives it: the citations after it
  must still be read, and the table's numbers cite nothing;
* ``tables``: a table whose cells cite (a review's summary of studies: a study's name with
  its citation glued, its year, its size, a share), pasted after the paragraph at the
  middle of the text, its rows citing in turn the numbers the text has cited last before
  it and the next ones it cites after it (a table numbered where it is first cited brings
  in a few numbers). The cells' citations are printed as the rendering prints its markers
  (``Roe et al.12`` flattened, ``Roe et al.^12^``, ``Roe et al. [12]``), and count in the truth.

The articles' own words are never changed; only invented blocks (``TABLE_HEAD``,
``GAP_ROW``, ``GAP_PROSE``, ``STUDY_ROW``) are inserted between paragraphs. Seeded.
"""

from __future__ import annotations

import random
import re

from corpora.jats_body import Marker, Rendering

FLOATS = ("gap", "tables")
SEED = 44
GAP_ROWS = 30
STUDY_ROWS = 8  # ``tables``: rows, each citing one number
TABLE_HEAD = "Table {k}. Invented outcomes by site\n\nSite\tCases\tShare (%)\tRange\tP"
GAP_ROW = "Site {a}\t{b}\t{c}.{d}\t({e}–{f})\t0.0{g}"
GAP_PROSE = (
    "The outcomes above were recorded at every site in the same way, by staff who did not "
    "know which group a participant belonged to, and were checked twice before analysis."
)
STUDY_HEAD = "Table {k}. Invented studies of burrowing voles\n\nStudy\tYear\tVoles\tSurvival (%)"
STUDY_ROW = "{name} et al{before}{marker}\t{year}\t{n}\t{share}"
NAMES = ("Roe", "Doe", "Vole", "Mole", "Hare", "Lark", "Wren", "Finch")


def perturbed_float(rendering: Rendering, how: str, size: int) -> Rendering:
    """``rendering`` (of an article citing a list of ``size``) perturbed ``how`` (one of
    ``FLOATS``)."""
    rng = random.Random(f"{SEED}:{how}:{len(rendering.text)}")
    at = _middle(rendering.text)
    if how == "gap":
        return _put(rendering, at, _gap(rng, size), ())
    if how == "tables":
        block, cells = _studies(rendering, at, rng)
        return _put(rendering, at, block, cells)
    raise ValueError(f"unknown perturbation {how!r}")


def _middle(text: str) -> int:
    """The end of the paragraph at the middle of ``text`` (its length, if it has one)."""
    ends = [m.start() for m in re.finditer(r"\n\n", text)]
    return ends[len(ends) // 2] if ends else len(text)


def _gap(rng: random.Random, size: int) -> str:
    top = max(2, size)
    rows = []
    for _ in range(GAP_ROWS):
        low = rng.randint(1, top)
        rows.append(
            GAP_ROW.format(
                a=rng.randint(1, top),
                b=rng.randint(1, top),
                c=rng.randint(1, 99),
                d=rng.randint(0, 9),
                e=low,
                f=low + rng.randint(1, 9),
                g=rng.randint(1, 9),
            )
        )
    return (
        "\n\n"
        + TABLE_HEAD.format(k=rng.randint(1, 4))
        + "\n"
        + "\n".join(rows)
        + ("\n\n" + GAP_PROSE)
    )


def _studies(
    rendering: Rendering, at: int, rng: random.Random
) -> tuple[str, tuple[tuple[int, int, tuple[int, ...]], ...]]:
    """The block of a table of studies, and its cells' markers (start and end within the
    block, numbers): its rows cite the last numbers cited before ``at`` and the next ones
    first cited after it, in turn."""
    before = sorted({n for m in rendering.markers if m.end <= at for n in m.numbers})
    seen = set(before)
    later: list[int] = []
    for m in sorted(rendering.markers, key=lambda m: m.start):
        if m.start >= at:
            for n in m.numbers:
                if n not in seen:
                    seen.add(n)
                    later.append(n)
    half = STUDY_ROWS // 2
    cited = [*before[-half:], *later[: STUDY_ROWS - min(half, len(before))]]
    printed, before_it = _marker_form(rendering)
    block = "\n\n" + STUDY_HEAD.format(k=rng.randint(1, 4))
    cells = []
    for i, n in enumerate(cited):
        marker = printed.format(n)
        row = STUDY_ROW.format(
            name=NAMES[i % len(NAMES)],
            before=before_it,
            marker=marker,
            year=rng.randint(1990, 2020),
            n=rng.randint(10, 400),
            share=rng.randint(20, 95),
        )
        start = len(block) + 1 + row.index(before_it + marker) + len(before_it)
        cells.append((start, start + len(marker), (n,)))
        block += "\n" + row
    return block, tuple(cells)


def _marker_form(rendering: Rendering) -> tuple[str, str]:
    """How the rendering prints a one-number marker ("{}", "^{}^", "[{}]", "({})", from
    its first one) and what comes between a study's name and it: "et al." glues a
    flattened superscript to its full stop ("Roe et al.12") unless most of the rendering's
    markers stand after a space, as a copy that spaces them prints them ("Roe et al. 12");
    a space comes before brackets."""
    text = rendering.text
    spaced = sum(text[m.start - 1 : m.start].isspace() for m in rendering.markers)
    for m in rendering.markers:
        printed = text[m.start : m.end]
        digits = re.search(r"\d+(?:[^\d\])^]+\d+)*", printed)
        if digits:
            form = printed[: digits.start()] + "{}" + printed[digits.end() :]
            glued = form.startswith("^") or (form == "{}" and 2 * spaced < len(rendering.markers))
            return form, "." if glued else ". "
    return "{}", "."


def _put(
    rendering: Rendering, at: int, block: str, cells: tuple[tuple[int, int, tuple[int, ...]], ...]
) -> Rendering:
    """``rendering`` with ``block`` inserted at ``at`` (a paragraph's end), the markers after
    it moved and ``cells`` (spans within ``block``) added to the truth."""
    text = rendering.text[:at] + block + rendering.text[at:]
    shift = len(block)
    moved = [
        m if m.start < at else Marker(m.start + shift, m.end + shift, m.numbers, m.kind)
        for m in rendering.markers
    ]
    kind = rendering.markers[0].kind if rendering.markers else "superscript"
    moved += [Marker(at + a, at + b, numbers, kind) for a, b, numbers in cells]
    return Rendering(text, tuple(sorted(moved, key=lambda m: m.start)))
