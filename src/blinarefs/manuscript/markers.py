"""Citation markers the markup knows, joined with those the decoder finds in the text.

The decoder reads typed syntax ("[3]", "(Roe, 2020)") and guesses at flattened digits.
A Word or JATS file says more: which digits were set superscript, which spans are
reference-manager fields and which works they cite. Where the markup speaks it wins; a
decoder's guess at flattened superscripts is dropped, since the source marks every
superscript; and for JATS, whose ``<xref>`` tags are all the citations there are, only the
markup counts. Digits the file sets as subscripts are indices, never citations.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence

from ..names import fold_ascii
from ..trace.candidates import DASHES, SYNTAX, Candidate
from ..trace.decode import Citation
from ..trace.infer import Decision
from ..trace.inline import after_reference_word
from ..trace.numberwords import RESIDUES
from ..trace.refindex import ReferenceIndex, opening_word
from .document import Marker


def as_citation(marker: Marker, index: ReferenceIndex) -> Citation:
    """A known marker as the trace's :class:`Citation`, resolved against ``index``."""
    missing: list[str] = []
    if marker.keys:
        keys = tuple(k for k in marker.keys if k in index.by_key or not index.references)
        missing = [k for k in marker.keys if k not in keys]
        # each number once: a sub-labelled reference's parts share theirs ("1a, 1b")
        numbered = (index.number_by_key[k] for k in keys if k in index.number_by_key)
        numbers = tuple(dict.fromkeys(numbered))
        if sorted(numbers) == sorted(marker.numbers):
            numbers = marker.numbers  # in the order printed, as plain text reads them
    else:
        numbers = marker.numbers
        found, missing = index.cited(numbers, marker.text)
        keys = tuple(found)
    return Citation(
        marker.text, marker.start, marker.end, numbers, keys, _kind(marker), tuple(missing)
    )


def _kind(marker: Marker) -> str:
    shown = marker.text.strip()
    if marker.superscript:
        return "superscript"
    if not marker.numbers:
        return "author-year" if marker.keys else "bracket"
    if shown.startswith("("):
        return "paren"
    return "bracket"


def _not_raised_citation(c: Citation, seen: int = 0) -> bool:
    """In a file that raises its citations, what the decoder reads that no raised run is: a
    typed superscript character ("km²", "R²"), a flattened superscript of one number (a
    gene's isoform, "arginase1"), a number in parentheses, there an equation's, a model's
    or an item's ("model (2)", "(3) N1P2K2"), and an author named with a year in the prose
    ("Roe et al (2020)"). A flattened group of several numbers ("cycle7, 8, 9") is a
    citation its author forgot to raise; digits with nothing between them ("gp130",
    "str.168", read as 1 and 30) are one number, a name's or a strain's, unless they are
    numbers in turn that go on from ``seen``, the highest the raised citations before it
    cite ("sedation.1314" after citation 13: a source that printed two raised citations with
    no comma)."""
    if c.kind == "superscript":
        numbers = sorted(c.numbers)
        in_turn = (
            numbers == list(range(numbers[0], numbers[0] + len(numbers))) if numbers else False
        )
        run_together = _SEPARATED.search(c.marker) is None and not (
            in_turn and numbers[-1] <= seen + len(numbers)
        )
        return not _flattened(c) or len(c.numbers) < 2 or bool(c.missing) or run_together
    if c.kind == "author-year":
        # "as Roe et al (2020) showed.¹²": a work named in the prose, the raised number its
        # citation; "(Roe, 2020)" in brackets stays (a convention mixed in)
        return not c.marker.lstrip().startswith(("(", "["))
    return c.kind == "paren" and bool(c.numbers)


def _flattened(c: Citation) -> bool:
    """A decoded superscript read from plain digits ("arginase1"), not from superscript
    characters (which the reader writes for raised groups)."""
    return c.kind == "superscript" and not any(ch in _RAISED for ch in c.marker)


_RAISED = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
_ONE_LETTER_CODES = frozenset("ACDEFGHIKLMNPQRSTVWY")  # the amino acids' one-letter codes
# Between two numbers of a group: a comma, a semicolon, a dash, a space or a word ("7, 8",
# "1–9", "7 and 8")
_SEPARATED = re.compile(rf"\d(?:\s*[{DASHES}‒,;]\s*|\s+(?:(?:and|to)\s+)?)\d")
_NAMED_PER_RAISED = 2  # citations by name a raised citation may stand beside in a raising text
_FLAT_HABIT = 5  # flattened citations that make a habit of typing them on the line
_FLAT_PER_RAISED = 4  # more flattened citations than this per raised run: no raising habit


def _flattens_beside(decoded: Sequence[Citation], lifted: int) -> bool:
    """Whether the file types its citations on the line, as a web page's copy leaves them
    ("per annum.8 It"), and only a stray run or two are raised (a unit's power, a note, the
    one citation its author did raise): a habit of flattened citations the decoder reads,
    several times the raised runs. Then the flattened stay citations, as in a file that
    raises none, and as its plain-text copy reads them."""
    flat = sum(1 for c in decoded if _flattened(c) and c.numbers)
    return flat >= _FLAT_HABIT and flat > _FLAT_PER_RAISED * lifted


def merge_known(
    decoded: Iterable[Citation],
    known: Sequence[Marker],
    index: ReferenceIndex,
    *,
    complete: bool = False,
    text: str = "",
) -> list[Citation]:
    """The decoded citations with the markup's markers put in, in text order.

    A decoded citation overlapping a known marker gives way to it; with ``complete``
    (JATS) only the known markers are kept. When the file raises its citations, the
    decoder's superscripts (typed "²", flattened guesses of one number) are dropped, and
    so are numbers in parentheses, which there number an equation or an item ("model
    (2)"), unless the words before them in ``text`` say they cite ("(ref. 3)", as a journal
    raising its citations prints one after a value); a flattened group of several numbers
    is a citation left unraised; a file that
    raises none may still flatten them (a manuscript pasted from a web page), so they stay,
    and so do they where a raised run or two stand beside a habit of them
    (:func:`_flattens_beside`).
    A marker that names nothing (an old field without its data) only says where a citation
    is: the decoder reads it.

    A manuscript that cites with typed numbers ("[3]", "(3)", see :func:`_typed_convention`)
    is read as its plain-text export would be: its raised digits are as likely powers,
    labels and names the form rules could not tell ("arginase¹", "S⁹⁰", "P⁴" of a tooth),
    so the decoder judges them (the reader shows them as superscript characters), against
    the convention, as it judges the superscripts of plain text. Its plain digits are not
    flattened citations (Word keeps what is raised), save a group of several numbers set
    apart ("nutrients 1, 2"): a citation left unbracketed, as in a raising text, which its
    plain-text export reads as one too."""
    # a file that raises its citations: then nothing else is a superscript citation. A raised
    # number or two in a text citing by name are a table's note or an affiliation
    # ("24-hour¹"), no habit: its "Kaza et al. (2018)" in the prose stays a citation
    decoded = list(decoded)
    lifted = sum(1 for m in known if m.superscript and (m.numbers or m.keys))
    named = sum(1 for c in decoded if c.kind == "author-year")
    raised = lifted > 0 and lifted * _NAMED_PER_RAISED >= named
    raised = raised and not _flattens_beside(decoded, lifted)
    known = [m for m in known if (m.keys or m.numbers) and not _residues_position(m, index, text)]
    typed = not complete and _typed_convention(decoded, known, index)
    if typed:
        known = [m for m in known if m.origin != "superscript-run"]
    out = [as_citation(m, index) for m in known]
    raised_starts = [m.start for m in known if m.superscript]
    reached = list(
        itertools.accumulate((max(m.numbers, default=0) for m in known if m.superscript), max)
    )
    if not complete:
        for c in decoded:
            if typed and _flattened(c) and _not_raised_citation(c):
                continue  # a single number or digits run together: a name's, a value's
            i = bisect.bisect_left(raised_starts, c.start)
            seen = reached[i - 1] if i else 0
            dropped = raised and not typed and _not_raised_citation(c, seen)
            if dropped and not after_reference_word(text, c.start):  # "(ref. 3)" cites
                continue
            under = [m for m in known if m.start < c.end and c.start < m.end]
            beside = _typed_beside(c, under, index) if under else c
            if beside is not None:
                out.append(beside)
    out.sort(key=lambda c: c.start)
    return out


def _residues_position(m: Marker, index: ReferenceIndex, text: str) -> bool:
    """Whether a raised number glued to an amino acid's code is its position in the chain
    ("F¹²⁶", "Ser⁴⁷³"), not a citation: past the end of the list, as the decoder reads
    "Arg^394^" (see valuelike.py). A text names a protein's residues again and again, each
    a dangling citation if read so; within the list the number may cite ("Ile¹⁷" can end a
    clause)."""
    size = index.size
    if m.origin != "superscript-run" or not m.numbers or not size or min(m.numbers) <= size:
        return False
    word = re.search(r"(?<![^\W\d_])[^\W\d_]{1,3}$", text[max(0, m.start - 4) : m.start])
    if word is None:
        return False
    code = word.group()
    if len(code) == 1:
        return code in _ONE_LETTER_CODES
    return code[0].isupper() and code[1:].islower() and code.lower() in RESIDUES


def _typed_beside(c: Citation, fields: Sequence[Marker], index: ReferenceIndex) -> Citation | None:
    """What an author-year citation typed beside fields in one parenthesis names outside
    their text ("(Roe et al., 2017; " typed before a field's "Doe et al., 2021)"): those
    works, and the names that match none (a dangling citation, as plain text reads it);
    None when the fields hold all it names, or a raised run (not a field) is inside it."""
    if c.kind != "author-year" or not all(m.origin.startswith("field:") for m in fields):
        return None
    first, last = min(m.start for m in fields), max(m.end for m in fields)
    outside = c.marker[: max(0, first - c.start)] + " " + c.marker[max(0, last - c.start) :]
    held = {k for m in fields for k in m.keys}
    keys = tuple(k for k in c.keys if k not in held and _named_in(index, k, outside))
    missing = tuple(name for name in c.missing if name.split()[0] in outside)
    if not keys and not missing:
        return None
    numbers = tuple(dict.fromkeys(index.number_by_key[k] for k in keys if k in index.number_by_key))
    return Citation(c.marker, c.start, c.end, numbers, keys, c.kind, missing)


def _named_in(index: ReferenceIndex, key: str, text: str) -> bool:
    """Whether the first author of the work of ``key`` is named in ``text``, or the word its
    entry opens with, as plain text finds a work with no author read ("(Anonymous, 2022)")."""
    ref = index.by_key.get(key)
    if ref is None:
        return False
    family = ref.author[0].full_family.split() if ref.author else []
    if family and family[-1] in text:
        return True
    opening = opening_word(ref)
    return (
        bool(opening)
        and re.search(rf"\b{re.escape(opening)}\b", fold_ascii(text).lower()) is not None
    )


def _no_raised_close_call(c: Candidate) -> bool:
    """A candidate :func:`merge_known` would drop where the raised runs are the citations."""
    if c.kind == "superscript":
        return len(c.numbers) < 2
    return c.kind == "paren" and bool(c.numbers)


def cites_raised(
    decoded: Sequence[Citation], known: Sequence[Marker], index: ReferenceIndex
) -> bool:
    """Whether the raised runs are the manuscript's citations: it raises some, does not
    cite with typed numbers, and types no habit of flattened ones beside a stray raised run
    (see :func:`merge_known`)."""
    known = [m for m in known if m.keys or m.numbers]
    lifted = sum(1 for m in known if m.superscript)
    return (
        lifted > 0
        and not _typed_convention(decoded, known, index)
        and not _flattens_beside(decoded, lifted)
    )


def _typed_convention(
    decoded: Sequence[Citation], known: Sequence[Marker], index: ReferenceIndex
) -> bool:
    """Whether the manuscript cites with typed numbers rather than raised ones: at least
    three typed numeric citations, and more of them than raised groups the reader took for
    citations. A reference manager's field printing its numbers on the line ("[3]", "(3)")
    is such a citation too: the manager prints every citation it holds so, and a raised
    digit beside them is as likely a power or a table's note ("day²", "0.747)¹"). When most
    raised groups name numbers past the reference list, those are no citations of it
    ("S²¹⁴", "T⁹²": residues, in an article of 46 references) and are not counted; a few
    past it are citations that dangle."""
    groups = [m for m in known if m.origin == "superscript-run"]
    inside = [m for m in groups if all(n in index.by_number for n in m.numbers)]
    raised = len(inside) if index.references and 2 * len(inside) < len(groups) else len(groups)
    spans = [(m.start, m.end) for m in known]
    typed = sum(
        1
        for c in decoded
        if c.kind in ("bracket", "paren")
        and c.numbers
        and not any(s < c.end and c.start < e for s, e in spans)
    )
    typed += sum(
        1 for m in known if m.origin.startswith("field:") and m.numbers and not m.superscript
    )
    # "equation (1)" thrice beside thirty flattened citations ("confined3).") cites nothing
    return typed >= 3 and typed > raised and not _flattens_beside(decoded, typed)


def merged_decisions(
    decisions: Iterable[Decision],
    citations: Sequence[Citation],
    known: Sequence[Marker],
    *,
    complete: bool = False,
    raised: bool = False,
) -> tuple[Decision, ...]:
    """The decoder's decisions that still stand after :func:`merge_known`, with each known
    marker as a certain decision of its own: the checks that read decisions (conventions
    mixed, uncertain markers) then see the citations the trace has. Where the raised runs
    are the citations (``raised``, :func:`cites_raised`), what :func:`merge_known` drops
    (numbers in parentheses, a single flattened digit) is no close call either."""
    kept = {(c.start, c.end) for c in citations}
    known = [m for m in known if (m.keys or m.numbers) and (m.start, m.end) in kept]
    spans = [(m.start, m.end) for m in known]
    out = [
        Decision(
            Candidate(m.start, m.end, _kind(m), SYNTAX, m.numbers, m.keys, printed=True),
            True,
            float("inf"),
            "markup",
            certain=True,
        )
        for m in known
    ]
    if not complete:
        for d in decisions:
            a, b = d.candidate.start, d.candidate.end
            if any(s < b and a < e for s, e in spans):
                continue
            if raised and not d.accepted and _no_raised_close_call(d.candidate):
                continue
            if not d.accepted or (a, b) in kept:
                out.append(d)
    out.sort(key=lambda d: d.candidate.start)
    return tuple(out)


def outside_lowered(
    text: str,
    citations: Iterable[Citation],
    decisions: Iterable[Decision],
    lowered: Sequence[tuple[int, int]],
) -> tuple[list[Citation], tuple[Decision, ...]]:
    """The decoder's citations and decisions less those whose digits the file sets as
    subscripts (``lowered``, in text order): an index ("CO₂", a model's "CP₍₁,₂,₃₎", with or
    without its brackets lowered) is neither a citation nor a close call. A plain-text copy
    flattens them and cannot tell."""
    starts = [a for a, _ in lowered]

    def low(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < lowered[i][1]

    def index_digits(start: int, end: int) -> bool:
        digits = [i for i in range(start, end) if text[i].isdigit()]
        return bool(digits) and all(low(i) for i in digits)

    kept = [c for c in citations if not index_digits(c.start, c.end)]
    return kept, tuple(d for d in decisions if not index_digits(d.candidate.start, d.candidate.end))
