"""What a round trip changes in a value, named so that it is reported, never silent.

Readers and writers normalise on purpose. RIS and EndNote XML give a page range in pieces
and MEDLINE abbreviates it, and the store keeps it whole ("1234-56" is stored as
"1234-1256"); the parser does the same with a printed range. Classic BibTeX is ASCII, so a
ligature is spelled out ("ﬁ" comes back as "fi") and combining accents are composed; TeX
reads a run of spaces as one, so a value that needs an escape comes back with single
spaces. Each command that makes such a change reports it as an info finding (code
``normalised``) naming the entry, the field, the value before and after, and the kind of
change. This module compares and names; the commands report.

Not reported, because the value means the same: the dash of a range (BibTeX writes
``--``, the other formats ``-``) and TeX markup decoded to the character it stands for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .findings import Finding
from .model import CSL_KEY_OF_ATTR, CSL_TEXT_FIELDS, Name, Reference
from .richtext import plain

CODE = "normalised"
_SHOWN = 60  # characters of a value a message shows whole; longer ones around the change


@dataclass(frozen=True, slots=True)
class Normalisation:
    """One value a round trip changed: ``field`` is its CSL-JSON name, as loss reports use."""

    key: str
    field: str
    before: str
    after: str
    kind: str

    def message(self) -> str:
        before, after = _excerpts(self.before, self.after)
        return f'{self.field} "{before}" written as "{after}" ({self.kind})'

    def finding(self, source: str | None = None) -> Finding:
        return Finding("info", CODE, self.message(), key=self.key or None, source=source)


# -- naming a change ---------------------------------------------------------------------------

_LIGATURES = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# What writers and readers do to text, in the order they do it: (kind, normalisation).
_TEXT_STEPS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("rich-text tags left out", plain),
    ("whitespace collapsed", lambda s: " ".join(s.split())),
    ("ligature spelled out", lambda s: s.translate(_LIGATURES)),
    ("Unicode hyphen as -", lambda s: s.translate(_HYPHENS)),
    ("accents composed", lambda s: unicodedata.normalize("NFC", s)),
    ("compatibility character replaced", lambda s: unicodedata.normalize("NFKC", s)),
)
# A range's dash with the spaces around it (from the start of their run: linear).
_RANGE_DASH = re.compile(r"(?<!\s)\s*[-–—\u2010\u2011\u2012\u2212]+\s*")


def kind_of_change(before: str, after: str) -> str:
    """The normalisations that turn ``before`` into ``after`` ("ligature spelled out,
    accents composed"), or "changed" when none does. A step counts when ``after`` is
    already in its form and it changes what the steps before it left."""
    current, kinds = before, []
    for kind, step in _TEXT_STEPS:
        if step(after) == after and (done := step(current)) != current:
            current = done
            kinds.append(kind)
    return ", ".join(kinds) if current == after and kinds else "changed"


def range_form(page: str) -> str:
    """A page value with its range dash as one hyphen: how ranges are compared."""
    return _RANGE_DASH.sub("-", page.strip())


def page_kind(before: str, after: str) -> str | None:
    """How a page value changed; None when only the range dash differs."""
    from .pages import expand_page_range

    if range_form(before) == range_form(after):
        return None
    if expand_page_range(before) == after:
        return "page range expanded"
    return kind_of_change(before, after)


def change(key: str, field: str, before: str, after: str) -> Normalisation | None:
    """The change from ``before`` to ``after`` in one field, or None if there is none."""
    if before == after:
        return None
    kind = page_kind(before, after) if field == "page" else kind_of_change(before, after)
    return Normalisation(key, field, before, after, kind) if kind else None


# -- comparing references ----------------------------------------------------------------------


def _name_text(name: Name) -> str:
    given = " ".join(p for p in (name.given, name.dropping_particle) if p)
    return name.literal or ", ".join(p for p in (name.full_family, given, name.suffix) if p)


def compare(before: Reference, after: Reference) -> list[Normalisation]:
    """Every text field that holds a value in both and differs (a value only ``before``
    holds is a loss: the formats report those)."""
    pairs = [(f, before.get(f), after.get(f)) for f in CSL_TEXT_FIELDS]
    pairs.append(("printed-text", before.source_text, after.source_text))
    changes = (change(before.id, f, b, a) for f, b, a in pairs if b and a)
    return [c for c in changes if c]


_TEXT_ATTRS = (*CSL_KEY_OF_ATTR, "source_text")


def _plain(value: str, ascii: bool) -> bool:
    """Whether no TeX round trip can change ``value``: single-spaced (and ASCII, for
    classic BibTeX). Most values are, and skip the round trip."""
    return (value.isascii() or not ascii) and " ".join(value.split()) == value


def _not_plain(ref: Reference, ascii: bool) -> Reference | None:
    """``ref`` with only the text values a round trip may change, no names (None if there
    are none): each field is encoded alone, so the others need not make the trip."""
    odd = [a for a in _TEXT_ATTRS if (v := getattr(ref, a)) and not _plain(v, ascii)]
    if not odd:
        return None
    blank = {a: "" for a in _TEXT_ATTRS if a not in odd}
    return ref.with_fields(**blank, author=(), editor=())


def _name_parts(name: Name) -> tuple[str, ...]:
    return (name.family, name.given, name.non_dropping_particle, name.dropping_particle,
            name.suffix, name.literal)  # fmt: skip


def bibtex_changes(ref: Reference, *, ascii: bool) -> list[Normalisation]:
    """What writing ``ref`` as a BibTeX entry and reading it back changes (the store, and
    the bibtex and biblatex exports, which write the same values): fields written, then
    read as the store reads them, without the text in between; names one by one (the
    same people recur across a library, and each is read back once)."""
    from .bibtex import (
        bibtex_entry_type,
        name_read_back,
        reference_from_fields,
        reference_to_fields,
    )

    changes = []
    if (part := _not_plain(ref, ascii)) is not None:
        fields = [(name, value) for name, value, _ in reference_to_fields(part, ascii=ascii)]
        changes = compare(part, reference_from_fields(ref.id, bibtex_entry_type(ref), fields))
    for role in ("author", "editor"):
        for name in getattr(ref, role):
            if all(_plain(p, ascii) for p in _name_parts(name) if p):
                continue
            back = _name_text(name_read_back(name, ascii))
            if found := change(ref.id, role, _name_text(name), back):
                changes.append(found)
    return changes


def stored_changes(refs: Iterable[Reference], *, ascii: bool = False) -> list[Normalisation]:
    """What a store written with ``refs`` gives back changed."""
    return [c for ref in refs for c in bibtex_changes(ref, ascii=ascii)]


# -- parsed references -------------------------------------------------------------------------

# A printed page range, matched where its first page is printed; starts only at a word start.
_PRINTED_RANGE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]*\d+[A-Za-z]?\s*(?:[-–—\u2010\u2011\u2012\u2212]\s*)+"
    r"[A-Za-z]*\d+[A-Za-z]?"
)


def printed_page(ref: Reference) -> Normalisation | None:
    """The page range a parsed reference printed, when it was stored expanded ("836-47"
    printed, "836-847" stored); found in the printed text at the stored first page."""
    from .pages import expand_page_range

    first = ref.page.partition("-")[0]
    if not first or not ref.source_text or "-" not in ref.page:
        return None
    start = ref.source_text.find(first)
    while start >= 0:
        m = _PRINTED_RANGE.match(ref.source_text, start)
        if m and expand_page_range(m.group(0)) == ref.page:
            return change(ref.id, "page", m.group(0), ref.page)
        start = ref.source_text.find(first, start + 1)
    return None


def parsed_changes(refs: Iterable[Reference]) -> list[Normalisation]:
    """What the parser normalised in each reference it read (its printed text is kept)."""
    return [c for c in map(printed_page, refs) if c]


# -- showing a change --------------------------------------------------------------------------


def _excerpts(before: str, after: str) -> tuple[str, str]:
    """Short values whole; long ones from a little before their first difference to a little
    after their last, so the change shows in one line."""
    if len(before) <= _SHOWN and len(after) <= _SHOWN:
        return before, after
    head = _common_prefix(before, after)
    most = min(len(before), len(after)) - head
    tail = min(_common_prefix(before[::-1], after[::-1]), most)
    start = max(head - 20, 0)

    def cut(value: str) -> str:
        end = min(len(value) - tail + 20, len(value), start + _SHOWN)
        return ("..." if start else "") + value[start:end] + ("..." if end < len(value) else "")

    return cut(before), cut(after)


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start, compared a block at a time (values can be megabytes)."""
    n, block = 0, 4096
    while a[n : n + block] == b[n : n + block] and n < min(len(a), len(b)):
        n += block
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return min(n, len(a), len(b))
