"""Perturbations of real articles toward the long ones where flattened superscripts lose
citations held out (reviews with lists past 100 or 200 references, dense groups and long
ranges), for ``bench_mode_stress.py``: so that a loss of that kind can be seen on dev.

* ``offset``: every citation's number and the list moved up by ``OFFSET`` (the list's
  first ``OFFSET`` references uncited), so that the numbers cited run into the hundreds;
* ``long``: the article's text repeated, each copy citing its own part of a list
  ``COPIES`` times as long (numbers offset by the list's size each time), as a review
  whose list runs past 200 references cites them: first citations rising through the
  hundreds over a long text;
* ``dense``: every other single-number marker (but a name's) printed as a dense group with
  a long range (``12–16,20``), the numbers after it in the list (as a review's groups cite);
* ``ahead``: a few single-number markers early in the text (but a name's) cite, beside
  their own number, one first cited far later (``12,48``: a review cited ahead of its
  turn), so that the first citations between look like repeats to a decoder whose state
  the far number moved.

The articles' words are never changed; only markers re-printed and texts repeated.
"""

from __future__ import annotations

from corpora.jats_body import Marker, Rendering
from perturb import remarked, renumbered
from rerender import numbers_printed

LONG = ("offset", "long", "dense", "ahead")
OFFSET = 200
COPIES = 4
DENSE_RANGE = 5  # ``dense``: the range's length
DENSE_AFTER = 4  # ``dense``: the lone number after the range, this far past its end
AHEAD_AT = (0.1, 0.2, 0.3)  # ``ahead``: markers this far through the text cite ahead ...
AHEAD_BY = 0.5  # ... a number first cited this far further through the first citations


def long_size(how: str, size: int) -> int:
    """The size of the list the decoder is given under ``how``."""
    if how == "offset":
        return size + OFFSET
    if how == "long":
        return size * COPIES
    return size


def perturbed_long(rendering: Rendering, how: str, size: int) -> Rendering:
    """``rendering`` (of an article citing a list of ``size``) perturbed ``how`` (one of
    ``LONG``)."""
    if how == "offset":
        return renumbered(rendering, {n: n + OFFSET for n in range(1, size + 1)})
    if how == "long":
        return repeated(rendering, size, COPIES)
    if how == "dense":
        return densified(rendering, size)
    if how == "ahead":
        return cited_ahead(rendering)
    raise ValueError(f"unknown perturbation {how!r}")


def repeated(rendering: Rendering, size: int, copies: int) -> Rendering:
    """The text ``copies`` times over, copy ``k`` citing references ``k * size + n``."""
    texts: list[str] = []
    found: list[Marker] = []
    length = 0
    for k in range(copies):
        part = renumbered(rendering, {n: n + k * size for n in range(1, size + 1)})
        found.extend(
            Marker(m.start + length, m.end + length, m.numbers, m.kind) for m in part.markers
        )
        texts.append(part.text)
        length += len(part.text) + 2
    return Rendering("\n\n".join(texts), tuple(found))


def densified(rendering: Rendering, size: int) -> Rendering:
    """Every other numbered marker citing one number ``n`` (digits alone, as a flattened or
    printed superscript prints them; not one glued to a name, "Weinberg8", which cites the
    work it names) re-printed citing ``n..n+DENSE_RANGE-1`` and the
    number ``DENSE_AFTER`` past them, within the list."""
    text = rendering.text
    k = 0

    def change(m: Marker, marker: str) -> tuple[str, tuple[int, ...]]:
        nonlocal k
        numbers = m.numbers
        digits = marker.strip("^[]()")
        glued = text[m.start - 1 : m.start].isalpha()  # "Weinberg8": a narrative citation
        if m.kind != "author-year" and len(m.numbers) == 1 and digits.isdigit() and not glued:
            k += 1
            n = m.numbers[0]
            top = n + DENSE_RANGE - 1 + DENSE_AFTER
            if k % 2 == 0 and top <= size:
                numbers = (*range(n, n + DENSE_RANGE), top)
                sep = ", " if marker.startswith(("[", "(")) else ","
                marker = marker.replace(digits, numbers_printed(numbers, sep))
        return marker, numbers

    return remarked(rendering, change)


def cited_ahead(rendering: Rendering) -> Rendering:
    """The single-number markers (digits alone, not glued to a name) nearest each share
    :data:`AHEAD_AT` of the markers re-printed citing also the number first cited
    :data:`AHEAD_BY` further through the text's first citations, where it is not the next
    one: ``12`` -> ``12,48``."""
    text = rendering.text
    ordered = sorted(rendering.markers, key=lambda m: m.start)
    firsts: list[int] = []
    for m in ordered:
        firsts.extend(n for n in m.numbers if n not in firsts)
    shares = [int(len(ordered) * share) for share in AHEAD_AT]
    k = -1

    def change(m: Marker, marker: str) -> tuple[str, tuple[int, ...]]:
        nonlocal k
        k += 1
        digits = marker.strip("^[]()")
        glued = text[m.start - 1 : m.start].isalpha()
        if not shares or k < shares[0] or len(m.numbers) != 1 or glued or not digits.isdigit():
            return marker, m.numbers
        shares.pop(0)
        n = m.numbers[0]
        at = firsts.index(n) if n in firsts else len(firsts)
        far = firsts[min(len(firsts) - 1, at + int(len(firsts) * AHEAD_BY))]
        if far <= n + 1:
            return marker, m.numbers
        sep = ", " if marker.startswith(("[", "(")) else ","
        return marker.replace(digits, numbers_printed((n, far), sep)), (n, far)

    return remarked(rendering, change)
