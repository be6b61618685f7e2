"""The citations of a Word stream: reference-manager fields (Zotero, Mendeley, EndNote;
field codes, content controls, Zotero's and Mendeley's bookmarks) with the works they cite,
and raised digits that read as citations; then one reference per cited work, keyed. What
:mod:`.docx` assembles into a manuscript; kept apart because it reads the citations, not
the document's layout (its list, its notes, its sections).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import replace

from ..model import Reference
from ..names import fold_ascii
from .document import Marker
from .docx_raised import (
    alone_in_cell,
    cited_part,
    note_after_a_value,
    past_punctuation,
    raised_groups,
    repeated_labels,
)
from .docx_walk import Field, Paragraph, Stream
from .fields import FieldCitation, is_bibliography, is_citation_code, read_field, read_mendeley_tag
from .front_block import front_end
from .superscript import SUPERSCRIPT_DIGITS, citation_numbers

# A marker on its way: the works a field cites travel with it until keys are assigned.
Pending = tuple[Marker, FieldCitation | None]
# The origin of a field's citation typed over to cite other works (see typed_over): a field
# still, read from its text as a field without its works' data is
TYPED_OVER = "field:typed-over"


def citations(
    stream: Stream, properties: dict[str, str], problems: list[str], typed: list[str]
) -> tuple[list[Pending], int | None]:
    """Field and superscript markers of one stream, and where a bibliography field starts.
    ``problems`` gets what could not be read; ``typed`` the text of each citation typed
    over by hand, read as typed (see :func:`typed_over`)."""
    text = stream.text
    found: list[Pending] = []
    bib_start = None

    def kept(start: int, end: int, cited: FieldCitation | None) -> FieldCitation | None:
        """The field's citation; None, with its place kept as a citation read from its
        text (``TYPED_OVER``), when its text was typed over to cite other works."""
        if cited is not None and typed_over(text[start:end], cited):
            typed.append(" ".join(text[start:end].split()))
            add(start, end, None, TYPED_OVER)
            return None
        return cited

    def add(
        start: int, end: int, cited: FieldCitation | None, origin: str, superscript: bool = False
    ) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        shown = text[start:end]
        numbers = citation_numbers(shown)
        if numbers is None and cited is not None:
            start, numbers = _named_numbers(text, start, end)
            shown = text[start:end]
        found.append((Marker(start, end, numbers or (), (), origin, shown, superscript), cited))

    for f in stream.fields:
        code = f.code
        if is_bibliography(code):
            bib_start = f.start if bib_start is None else min(bib_start, f.start)
            continue
        if not is_citation_code(code):
            continue
        cited = _read(code, f, problems)
        if cited is not None and kept(f.start, f.end, cited) is None:
            continue  # read from its text
        add(f.start, f.end, cited, f"field:{cited.manager}" if cited else "field:unreadable")
    for span in stream.controls:
        if span.name.startswith("MENDELEY_BIBLIOGRAPHY"):
            bib_start = span.start if bib_start is None else min(bib_start, span.start)
            continue
        try:
            cited = read_mendeley_tag(span.name)
        except ValueError as exc:
            problems.append(f"a Mendeley citation's data cannot be read: {exc}")
            continue
        if kept(span.start, span.end, cited) is not None:
            add(span.start, span.end, cited, "field:mendeley")
    marked: set[tuple[int, int, str]] = set()  # LibreOffice can write a mark twice
    for span in stream.bookmarks:
        code = _bookmark_code(span.name, properties)
        if code.startswith(("BIBL", "ZOTERO_BIBL")) or is_bibliography(code):
            bib_start = span.start if bib_start is None else min(bib_start, span.start)
        elif code and (span.start, span.end, code) not in marked:
            marked.add((span.start, span.end, code))
            cited = kept(span.start, span.end, _read(code, None, problems))
            if cited:
                add(span.start, span.end, cited, f"field:{cited.manager}")
    sups = _reach(sorted((sup.start, sup.end) for sup in stream.superscripts))
    found = [(_as_superscript(m, *sups), c) for m, c in found]
    # a field's own result, or a cross-reference to a note (its number raised as the note's
    # mark is: a note, never a work)
    notes = [(f.start, f.end) for f in stream.fields if _NOTE_REFERENCE.match(f.code.lstrip())]
    taken_starts, taken_reach = _reach(sorted([*((m.start, m.end) for m, _ in found), *notes]))
    front = front_end(stream)
    para_of = _paragraph_at(stream)
    if bib_start is not None:
        # a bibliography in a list Word numbers: its first label is the list's, not the body's
        first = para_of(bib_start)
        if first is not None and not text[first.start : bib_start].strip():
            bib_start = first.label_start
    seen = 0  # the highest number a raised citation cited so far
    for sup in raised_groups(stream.superscripts, text):
        if sup.start < front or (bib_start is not None and sup.start >= bib_start):
            continue
        i = bisect.bisect_left(taken_starts, sup.end) - 1
        if i >= 0 and taken_reach[i] > sup.start:
            continue  # a field's own superscript result, or a note's number
        sup = past_punctuation(text, sup)
        para = para_of(sup.start)
        part = cited_part(text, sup, para.start if para else 0, stream.subscripts, seen)
        if part is None and para is not None and para.cell:
            part = alone_in_cell(text, sup, para.start, para.end)
        elif (
            part
            and para is not None
            and para.cell
            and note_after_a_value(text, part[0], para.start)
        ):
            part = None  # "45.2¹": a table's note on a value
        if part:
            add(part[0], part[1], None, "superscript-run", superscript=True)
            seen = max(seen, *found[-1][0].numbers, 0)
    found.sort(key=lambda pair: pair[0].start)
    raised = [i for i, (m, c) in enumerate(found) if c is None and m.origin == "superscript-run"]
    labels = repeated_labels(
        text, [(found[i][0].start, found[i][0].end, found[i][0].numbers) for i in raised]
    )
    if labels:
        dropped = {raised[i] for i in labels}
        found = [pair for i, pair in enumerate(found) if i not in dropped]
    return found, bib_start


# Word's cross-reference to a footnote or endnote: "NOTEREF _Ref123 \f \h"
_NOTE_REFERENCE = re.compile(r"NOTEREF\b", re.IGNORECASE)

# A year as references and author-year citations print it
YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def typed_over(shown: str, cited: FieldCitation) -> bool:
    """Whether a citation's text was typed over to cite other works than its field holds:
    the manager was told to keep the text as the user set it (``by_hand``), and that text,
    an author-year citation, names none of the field's works' first authors and prints none
    of their years ("(Muscatine & Porter 1977)" over a field of Baker 2003 and Berkelmans
    2006, a field reused to cite another work). A reader sees the text, and the manager
    keeps it: it is read as typed, as in the same manuscript saved as plain text. A text
    reworded around the same works still cites them: one that names them ("Baker (2003)"),
    or prints their year, as users edit a citation without citing another work (an
    organisation's name shortened, "(WHO, 2019)"; a misspelt or swapped name corrected; the
    names typed outside beside a capitalised locator or prefix, "(2016, Table 2)", "(See
    2016)"). Where a work's first author or year is unknown, nothing says the text names
    another."""
    printed = {int(year) for year in YEAR.findall(shown)}
    if not cited.by_hand or not cited.items or not printed:
        return False
    families, years = [], set()
    for item in cited.items:
        ref = item.reference
        if ref is None or not ref.author or not ref.author[0].family or ref.year is None:
            return False
        families.append(fold_ascii(ref.author[0].family).lower())
        years.add(ref.year)
    if printed & years or not _NAME_WORD.search(shown):
        return False  # their year, or a year alone ("(2016)", the names typed outside)
    words = set(re.findall(r"\w+", fold_ascii(shown).lower()))
    return not any(set(re.findall(r"\w+", family)) & words for family in families)


# a word a name is written with: a capital, then letters ("Muscatine", "WHO"; not "p", "et")
_NAME_WORD = re.compile(r"\b[^\W\d_a-z][^\W\d_]+")


# The number a field's result ends with when it names the author first: EndNote's
# "Morton [7]" (the author is inside the field; Zotero leaves it out).
_TRAILING_GROUP = re.compile(r"[\[(][\d\s,;\-–—‐‑−]+[\])]$")


def _named_numbers(text: str, start: int, end: int) -> tuple[int, tuple[int, ...] | None]:
    """Where the numbered part of a field's result starts, and its numbers; years are not
    numbers ("Roe (2020)" is an author-year citation)."""
    m = _TRAILING_GROUP.search(text, start, end)
    if m and m.start() > start and not text[m.start() - 1].isalnum():
        numbers = citation_numbers(m.group())
        if numbers and max(numbers) < 1000:
            return m.start(), numbers
    return start, None


def _reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted spans' starts, and the furthest end of the spans up to each: whether any span
    before a point reaches past another is then one bisection, not a scan of them all (a
    long manuscript has thousands of raised runs and fields)."""
    return [s for s, _ in spans], list(itertools.accumulate((e for _, e in spans), max))


def _as_superscript(marker: Marker, starts: list[int], reach: list[int]) -> Marker:
    """A field whose shown text is set superscript is flagged so, as superscript runs are:
    a raised span (``starts``, ``reach``: see :func:`_reach`) holds it."""
    i = bisect.bisect_right(starts, marker.start) - 1
    if i >= 0 and reach[i] >= marker.end and marker.end > marker.start:
        return replace(marker, superscript=True)
    return marker


def shifted(pending: list[Pending], by: int) -> list[Pending]:
    return [(m.shifted(by), c) for m, c in pending] if by else pending


def _paragraph_at(stream: Stream):
    starts = [p.start for p in stream.paragraphs]

    def paragraph_of(offset: int) -> Paragraph | None:
        i = bisect.bisect_right(starts, offset) - 1
        return stream.paragraphs[i] if i >= 0 else None

    return paragraph_of


def _read(code: str, f: Field | None, problems: list[str]) -> FieldCitation | None:
    try:
        return read_field(code, f.all_data if f else "")
    except ValueError as exc:
        problems.append(f"a citation field cannot be read: {exc}")
        return None


def _bookmark_code(name: str, properties: dict[str, str]) -> str:
    """Zotero's bookmark mode (and Mendeley's in LibreOffice): the code is split over custom
    properties NAME_1, NAME_2..."""
    parts = []
    n = 1
    while f"{name}_{n}" in properties:
        parts.append(properties[f"{name}_{n}"])
        n += 1
    return "".join(parts).strip()


def cited_references(pending: list[Pending], text: str) -> tuple[list[Reference], list[Marker]]:
    """One reference per cited work, in order of first citation, keyed; markers with keys
    and with their text as shown. A work cited through two managers (or two libraries) is
    one work when its DOI, or its title and year, agree; two items of one library are two
    works however alike (a record entered twice): the manager prints an entry for each, and
    each citation prints its own item's number. Nor are two items one work when the
    manager's own citations tell them apart by a letter after the year ("2019a", "2019b":
    it prints an entry for each), or one citation holds both ("[3,4]", "(Roe, 2019a,
    2019b)": it prints a number or a year for each)."""
    from ..keys import assign_keys

    refs: list[Reference] = []
    slot: dict[str, int] = {}  # identity, DOI or title+year -> index in refs
    libraries: list[set[str]] = []  # per reference, the libraries its items come from
    letters: list[set[str]] = []  # per reference, the letters its citations print its year with
    members: list[set[str]] = []  # per reference, the identities of its items
    letter = _year_letters(pending)
    together = _cited_together(pending)
    for _, cited in pending:
        if cited is None:
            continue
        for item in cited.items:
            ref = item.reference
            if item.identity in slot or ref is None:
                continue
            library = _library(cited.manager, item.identity)
            mine = letter.get(item.identity, "")
            apart = together.get(item.identity, set())
            same = [
                k
                for k in _work_keys(ref)
                if k in slot
                and library not in libraries[slot[k]]
                and not (mine and letters[slot[k]] - {mine})
                and not members[slot[k]] & apart
            ]
            if same:
                slot[item.identity] = slot[same[0]]
                libraries[slot[same[0]]].add(library)
                letters[slot[same[0]]] |= {mine} - {""}
                members[slot[same[0]]].add(item.identity)
                continue
            for key in (item.identity, *_work_keys(ref)):
                slot.setdefault(key, len(refs))
            slot[item.identity] = len(refs)
            refs.append(ref)
            libraries.append({library})
            letters.append({mine} - {""})
            members.append({item.identity})
    keyed = assign_keys(refs)
    markers = []
    for marker, cited in pending:
        shown = text[marker.start : marker.end]
        if cited is not None:
            found = [slot[i.identity] for i in cited.items if i.identity in slot]
            keys = tuple(dict.fromkeys(keyed[n].id for n in found))
            marker = replace(marker, keys=keys)
        markers.append(replace(marker, text=shown))
    return keyed, markers


def _cited_together(pending: list[Pending]) -> dict[str, set[str]]:
    """Per item, the other items a citation holds beside it."""
    out: dict[str, set[str]] = {}
    for _, cited in pending:
        if cited is not None and len(cited.items) > 1:
            identities = {item.identity for item in cited.items}
            for identity in identities:
                out.setdefault(identity, set()).update(identities - {identity})
    return out


def _year_letters(pending: list[Pending]) -> dict[str, str]:
    """The letter each item's year is printed with in its manager's own text of a citation
    ("(Chhabra et al., 2019b)" -> "b"), where the citation holds one item of that year."""
    out: dict[str, str] = {}
    for _, cited in pending:
        if cited is None or not cited.shown:
            continue
        years = Counter(i.reference.year for i in cited.items if i.reference and i.reference.year)
        for item in cited.items:
            year = item.reference.year if item.reference else None
            if year and years[year] == 1:
                m = re.search(rf"\b{year}([a-z])\b", cited.shown)
                if m:
                    out.setdefault(item.identity, m.group(1))
    return out


def _library(manager: str, identity: str) -> str:
    """The library an item comes from: a Zotero URI's user or group ("…/users/12/items/AB"),
    an EndNote record's database; the manager's one library otherwise."""
    if "/items/" in identity:
        return f"{manager}:{identity.rpartition('/items/')[0]}"
    if identity.startswith(("endnote:", "refman:")):
        return identity.rpartition(":")[0]
    return manager


def _work_keys(ref: Reference) -> list[str]:
    out = [f"doi:{ref.doi.lower()}"] if ref.doi else []
    if ref.title and ref.year:
        out.append(f"title:{' '.join(ref.title.lower().split())}:{ref.year}")
    return out


def superscripts_shown(text: str, pending: list[Pending]) -> str:
    """Superscript citation digits written as Unicode superscripts (same length, so every
    span holds): the text then says what the reader sees, and any decoder reads it as it is
    meant."""
    out, last = [], 0
    for marker, _ in sorted(pending, key=lambda pair: pair[0].start):
        if marker.superscript:
            out += [
                text[last : marker.start],
                text[marker.start : marker.end].translate(SUPERSCRIPT_DIGITS),
            ]
            last = marker.end
    out.append(text[last:])
    return "".join(out)
