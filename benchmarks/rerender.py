"""Real articles re-printed in another citation convention: more material for the conventions
the corpus has few articles of.

The corpus has over a hundred bracket-style articles and only a handful that print
parenthesised numbers; a decoder tuned on six articles of a kind learns little about it. A
bracket article's text is real (its gene symbols, statistics, equations "(11)", list
labels), and so is where its markers sit and which numbers they cite; only the way the
markers are printed is re-made, as a journal of the other convention prints them:

* ``paren``: ``[4]`` -> ``(4)``, ``[7]–[10]`` -> ``(7–10)``, ``[1, 3]`` -> ``(1, 3)``;
* ``after``: a superscript after the punctuation (AMA, Vancouver), flattened by a copy:
  ``disease [4].`` -> ``disease.4``, ``shown [1, 2], and`` -> ``shown,1,2 and``;
* ``before``: a superscript before the punctuation (Nature, Science), flattened:
  ``disease [4].`` -> ``disease4.``;
* ``spaced``: the same with the space a copy of some journals leaves before a superscript
  (F1000, some SciELO journals): ``disease [4].`` -> ``disease 4.``;
* ``spaced-after``: after the punctuation and a space (some SciELO journals):
  ``disease [4]. The`` -> ``disease. 4 The``, ``shown [1, 2] in`` -> ``shown 1,2 in``;
* ``parens``: a superscript printed in parentheses (Cambridge, some SciELO journals),
  flattened before the punctuation: ``disease [4, 5].`` -> ``disease(4,5).``;
* ``closed``: a superscript printed with a closing parenthesis, as Japanese journals print
  it (Industrial Health, J Atheroscler Thromb), flattened: ``disease [4].`` ->
  ``disease4).``, ``shown [1, 2], and`` -> ``shown1, 2), and``;
* ``mixed``: a manuscript that mixes conventions, paragraph by paragraph in turn: brackets
  ``[4]``, parenthesised ``(4)``, flattened superscripts after the punctuation ``disease.4``
  (as a manuscript pieced together from several authors' copies is);
* ``printed`` and ``printed-after``: a superscript printed as one (Pandoc's ``^4^``), before
  or after the punctuation, in the printed rendering, whose other superscripts (units,
  isotopes, footnote letters) stay printed too: ``disease [4].`` -> ``disease^4^.`` or
  ``disease.^4^``.

``stress`` makes an article cite few of its references (its tail, or one marker in four):
what a short text, or one that cites most of its list in tables, gives the decoder; or
(``wordy``) prints one marker in three inside parentheses with words, "(see 12)", "(ref. 12)",
"(refs 3–5)", "(ver 12)" (Portuguese); or (``cut``) gives the decoder a list shorter than the
numbers the text cites, as a list cut short, or one that lost items in a copy, does
(``listed``).

``permute`` also renumbers the list by a fixed random permutation, as a journal that numbers
its list alphabetically does: the first citations then come in no order. Truth spans move
with the text. Used by ``bench_markers.py --rerender``; tune on dev only.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from corpora.jats_body import Marker, Rendering

STRESS = ("tail", "sparse", "cut", "wordy")
TAIL = 0.7  # where the tail begins: the first paragraph after this share of the text
SPARSE = 4  # one marker in this many is kept
CUT = 0.9  # ``cut``: the share of the list the decoder is given (its last references lost)
HOW = (
    "paren",
    "after",
    "before",
    "spaced",
    "spaced-after",
    "parens",
    "closed",
    "printed",
    "printed-after",
    "mixed",
)
MIXED = ("bracket", "paren", "after")  # ``mixed``: each paragraph's convention, in turn
WORDY = ("see {}", "ref. {}", "refs {}", "see ref. {}", "ver {}", "reference {}", "e.g. {}")
PRINTED = ("printed", "printed-after")  # re-printed from the printed rendering, not the flattened
_PUNCT = re.compile(r"[.,;:]")


def numbers_printed(numbers: tuple[int, ...], sep: str) -> str:
    """(1, 3, 4, 5) -> "1, 3–5" (or "1,3–5"): how a numbered style prints a group."""
    parts: list[str] = []
    ordered = sorted(set(numbers))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{ordered[i]}–{ordered[j]}")
        else:
            parts.extend(str(n) for n in ordered[i : j + 1])
        i = j + 1
    return sep.join(parts)


def rerender(
    rendering: Rendering, how: str, size: int, permute: bool = False, seed: int = 14
) -> Rendering:
    """The same text with its numbered markers printed ``how`` (see the module docstring);
    author-year markers stay as they are."""
    if how == "mixed":
        return restyle(
            rendering, lambda paragraph, _: MIXED[paragraph % len(MIXED)], size, permute, seed
        )
    return restyle(rendering, lambda *_: how, size, permute, seed)


KEEP, DROP = "keep", "drop"  # ``restyle``: a marker left as printed, or deleted


def restyle(
    rendering: Rendering,
    style_of: Callable[[int, int], str],
    size: int,
    permute: bool = False,
    seed: int = 14,
) -> Rendering:
    """The same text with each numbered marker printed as ``style_of(paragraph, k)`` says
    (its paragraph's index and its own among the numbered markers): one of ``HOW``, ``KEEP``
    (as it stands) or ``DROP`` (deleted with the spaces before it). A re-printed marker's
    ``kind`` is its new convention; a kept one's stays."""
    mapping = list(range(1, size + 1))
    if permute:
        random.Random(seed).shuffle(mapping)
    renumber = {n: mapping[n - 1] for n in range(1, size + 1)}
    text = rendering.text
    out: list[str] = []
    found: list[Marker] = []
    pos = 0  # how far ``text`` is copied
    length = 0  # the length of what is written
    paragraph = 0
    k = -1  # the numbered marker's index
    for m in sorted(rendering.markers, key=lambda m: m.start):
        if m.start < pos:
            continue  # overlaps the one before (never in the corpus' truth)
        before, end = text[pos : m.start], m.end
        paragraph += before.count("\n\n")
        k += m.kind != "author-year"
        now = KEEP if m.kind == "author-year" else style_of(paragraph, k)
        if now == DROP:
            out.append(before.rstrip(" "))
            length += len(out[-1])
            pos = end
            continue
        if now == KEEP:
            marker, numbers, kind = text[m.start : m.end], m.numbers, m.kind
        elif now in ("paren", "bracket"):
            numbers = tuple(sorted(renumber.get(n, n) for n in m.numbers))
            marker, kind = numbers_printed(numbers, ", "), now
            marker = f"({marker})" if now == "paren" else f"[{marker}]"
        else:
            numbers = tuple(sorted(renumber.get(n, n) for n in m.numbers))
            marker, kind = numbers_printed(numbers, ","), "superscript"
            if now == "parens":
                marker = f"({marker})"
            elif now == "closed":
                marker = f"{numbers_printed(numbers, ', ')})"
            elif now in PRINTED:
                marker = f"^{marker}^"
            before = before.rstrip(" ") + " " * (now == "spaced")
            punct = _PUNCT.match(text, end)
            if (
                now in ("after", "spaced-after", "printed-after")
                and punct
                and before[-1:].isalnum()
            ):
                before += punct.group()
                end += 1
            before += " " * (now == "spaced-after")
        out.append(before)
        length += len(before)
        found.append(Marker(length, length + len(marker), numbers, kind))
        out.append(marker)
        length += len(marker)
        pos = end
    out.append(text[pos:])
    return Rendering("".join(out), tuple(found))


def stress(rendering: Rendering, how: str) -> Rendering:
    """The same article made to cite few of its references, as a short text or one that
    cites most of its list in tables does: ``tail``, its last paragraphs (from the first
    after 70% of the text); ``sparse``, every marker but one in four deleted (author-year
    markers stay); ``wordy``, every third numbered marker printed in parentheses with words
    ("(see 12)", "(refs 3–5)": ``WORDY`` in turn); ``cut`` leaves the text as it is (see
    :func:`listed`)."""
    if how == "cut":
        return rendering
    if how == "wordy":
        return _wordy(rendering)
    text, markers = rendering.text, sorted(rendering.markers, key=lambda m: m.start)
    if how == "tail":
        cut = text.find("\n\n", int(len(text) * TAIL))
        if cut < 0:
            return rendering
        cut += 2
        kept = [m for m in markers if m.start >= cut]
        return Rendering(text[cut:], tuple(_moved(m, -cut) for m in kept))
    out: list[str] = []
    found: list[Marker] = []
    pos = length = 0
    for k, m in enumerate(markers):
        if m.start < pos:
            continue
        kept = k % SPARSE == 0 or m.kind == "author-year"
        before = text[pos : m.start] if kept else text[pos : m.start].rstrip(" ")
        out.append(before)
        length += len(before)
        if kept:
            found.append(_moved(m, length - m.start))
            out.append(text[m.start : m.end])
            length += m.end - m.start
        pos = m.end
    out.append(text[pos:])
    return Rendering("".join(out), tuple(found))


def _wordy(rendering: Rendering) -> Rendering:
    """Every third numbered marker in parentheses with words, after a space and before the
    punctuation a superscript after it stood after."""
    text, out, found = rendering.text, [], []
    pos = length = k = 0
    for m in sorted(rendering.markers, key=lambda m: m.start):
        if m.start < pos:
            continue
        before, marker = text[pos : m.start], text[m.start : m.end]
        if m.kind != "author-year":
            k += 1
            if k % 3 == 0:
                words = WORDY[(k // 3) % len(WORDY)]
                marker = f"({words.format(numbers_printed(m.numbers, ', '))})"
                before = before.rstrip(" ")
                punct = (
                    before[-1:] if before[-1:] in ".,;:" else ""
                )  # "disease.4" -> "disease (see 4)."
                before = before[: len(before) - len(punct)] + " "
                marker += punct
        out.append(before)
        length += len(before)
        found.append(Marker(length, length + len(marker), m.numbers, m.kind))
        out.append(marker)
        length += len(marker)
        pos = m.end
    out.append(text[pos:])
    return Rendering("".join(out), tuple(found))


def listed(size: int, how: str | None) -> int:
    """The list's length the decoder is given: under ``cut``, its first nine tenths (at
    least one reference lost), so that the numbers cited past it are citations all the
    same, which a decoder should keep and call dangling."""
    if how != "cut" or size < 2:
        return size
    return min(size - 1, int(size * CUT))


def _moved(m: Marker, by: int) -> Marker:
    return Marker(m.start + by, m.end + by, m.numbers, m.kind)
