"""The references a manuscript may cite, looked up the ways its markers name them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..model import Reference
from ..names import PARTICLES, fold_ascii
from .candidates import DASHES

UNDATED = 0  # the year under which a reference printed without one is looked up
# A work printed without a year is cited so: "(Roe, n.d.)", "Roe et al. (in press)"
UNDATED_WORDS = r"(?i:in\s+press|forthcoming)|n\.\s?d\.?(?!\w)|s\.\s?d\.(?!\w)"
# what an entry prints that is not its date: the day its page was seen, and "n.d."
_ACCESSED = re.compile(
    r"(?i)\b(?:last\s+)?(?:accessed|retrieved|cited|viewed|consulted)\b[^\])]{0,60}"
)
_NO_DATE = re.compile(rf"(?<!\w)(?:{UNDATED_WORDS})")


@dataclass(frozen=True)
class ReferenceIndex:
    """The references a manuscript may cite, looked up by number, key and author-year.

    ``numbered`` is True when the references carry their printed numbers (entries without
    one then have no number); otherwise numbers are positions in the list, and keyed
    citations are renumbered by first citation. A list that sub-labels a reference's works
    ("1a", "1b") has several entries of one number: ``by_number`` holds the first, ``parts``
    all of them, and every entry's key has the number in ``number_by_key``. A reference
    printed without a year ("in press", "n.d.") is found in ``by_author_year`` under year
    ``UNDATED``, as a citation naming it without a year ("Roe et al. (in press)") looks it up.
    ``by_opening`` holds each reference under the first word it prints, folded: a work is
    cited by what its entry opens with ("Anonymous. Title. 2022." as "(Anonymous, 2022)"),
    whether or not the parser took that word for an author.
    """

    references: tuple[Reference, ...] = ()
    by_number: dict[int, Reference] = field(default_factory=dict)
    by_key: dict[str, Reference] = field(default_factory=dict)
    by_author_year: dict[tuple[str, int], list[Reference]] = field(default_factory=dict)
    numbered: bool = False
    number_by_key: dict[str, int] = field(default_factory=dict)
    parts: dict[int, tuple[Reference, ...]] = field(default_factory=dict)
    by_opening: dict[str, list[Reference]] = field(default_factory=dict)

    @classmethod
    def build(cls, references: Iterable[Reference]) -> ReferenceIndex:
        refs = tuple(references)
        numbered = any(r.number is not None for r in refs)
        entries: dict[int, list[Reference]] = {}
        for pos, ref in enumerate(refs, start=1):
            if not numbered:
                entries.setdefault(pos, [ref])
            elif ref.number is not None:  # an entry added later without a number has none
                same = entries.setdefault(ref.number, [])
                if not same or ref.label:  # a part of a sub-labelled reference, or the first
                    same.append(ref)
        by_author_year: dict[tuple[str, int], list[Reference]] = {}
        for ref in refs:
            if ref.author:
                for name in _name_forms(ref.author[0].full_family):
                    by_author_year.setdefault((name, ref.year or UNDATED), []).append(ref)
        by_opening: dict[str, list[Reference]] = {}
        for ref in refs:
            if opening := opening_word(ref):
                by_opening.setdefault(opening, []).append(ref)
        by_number = {n: same[0] for n, same in entries.items()}
        number_by_key = {ref.id: n for n, same in entries.items() for ref in same}
        parts = {n: tuple(same) for n, same in entries.items() if len(same) > 1}
        by_key = {r.id: r for r in refs}
        return cls(
            refs, by_number, by_key, by_author_year, numbered, number_by_key, parts, by_opening
        )

    def cited(self, numbers: Sequence[int], marker: str) -> tuple[list[str], list[str]]:
        """The keys a marker citing ``numbers`` names, and what it names that the list does
        not have: each number's reference, all its parts ("1") or those the marker letters
        ("1a", "1a,b", "3a-c"); a letter no part has is missing ("1d")."""
        lettered = _letters(marker) if self.parts else {}
        keys: list[str] = []
        missing: list[str] = []
        for n in numbers:
            same = self.parts.get(n)
            if same is None:
                ref = self.by_number.get(n)
                keys += [ref.id] if ref is not None else []
                missing += [str(n)] if ref is None and self.references else []
                continue
            wanted = lettered.get(n)
            if not wanted:
                keys += [r.id for r in same]
                continue
            by_label = {r.label: r.id for r in same}
            keys += [by_label[f"{n}{x}"] for x in wanted if f"{n}{x}" in by_label]
            missing += [f"{n}{x}" for x in wanted if f"{n}{x}" not in by_label]
        return keys, missing

    def named(self, name: str, year: int) -> list[Reference]:
        """The references of a first author and year; a body ("Human Mortality Database")
        also by its last word, as a list parsed from plain text may hold it; and else those
        whose entry opens with the name and prints the year: "(Anonymous, 2022)" of
        "Anonymous. The regional report 2021. 2022.", which the parser reads as a title with
        another year."""
        folded = fold_ascii(name.removesuffix("'s").removesuffix("’s")).lower()  # "Poe's"
        return (
            self.by_author_year.get((folded, year))
            or (self.by_author_year.get((folded.split()[-1], year)) if " " in folded else None)
            or [
                r
                for r in self.opening_with(folded)
                if (r.year is None if year == UNDATED else _dated(r.source_text, str(year)))
            ]
        )

    def opening_with(self, name: str) -> list[Reference]:
        """The references whose printed entry opens with this name, folded ("anonymous",
        "world health organization"), closed as an author is ("Anonymous.", "Anonymous,";
        not "Agency Wb, ...", a longer name), where the parser did not
        read it as the first author (those are found by author and year, or not at all: a
        year that is not theirs may be printed as the date the page was seen)."""
        out = []
        for ref in self.by_opening.get(name.split()[0], []) if name else ():
            if ref.author and name in _name_forms(ref.author[0].full_family):
                continue
            text = fold_ascii(ref.source_text).lower()
            first = _FIRST_WORD.match(text)
            at = first.start(1) if first else 0
            if text.startswith(name, at) and _CLOSED.match(text, at + len(name)):
                out.append(ref)
        return out

    @property
    def size(self) -> int | None:
        """The highest number in the list, or None when no list is known."""
        return max(self.by_number) if self.by_number else None


# the word an entry opens with, after its printed number if it has one ("12. ", "[3] ")
_FIRST_WORD = re.compile(r"\A(?:\W*\d+\W+)?([a-z][\w'-]*)")


def opening_word(ref: Reference) -> str:
    """The first word a reference's printed entry gives, folded ("anonymous"); "" if none."""
    first = _FIRST_WORD.match(fold_ascii(ref.source_text).lower())
    return first.group(1) if first else ""


_CLOSED = re.compile(r"\s?[.,;:(]")


def _name_forms(family: str) -> set[str]:
    """ "van der Sluis" is cited as "van der Sluis" or "Sluis"; compare folded to ASCII. A
    family read with its initials still after it ("Organization WH") is cited without them
    ("Organization et al., 2008")."""
    folded = fold_ascii(family).lower().strip()
    words = folded.split()
    forms = {folded}
    printed = family.split()
    while len(printed) > 1 and _initials(printed[-1]):
        printed.pop()
    forms.add(fold_ascii(" ".join(printed)).lower())
    while words and words[0] in PARTICLES:
        words = words[1:]
        if words:
            forms.add(" ".join(words))
    if m := _BRACKETED_ACRONYM.match(family):  # "[USDA] US Department of Agriculture"
        forms |= {m[1].lower(), fold_ascii(family[m.end() :]).lower().strip()}
    return forms


# a body's short name printed before it, as the text cites it (APA and the weed science
# journals: "[USDA] US Department of Agriculture (2017)", cited "(USDA 2017)")
_BRACKETED_ACRONYM = re.compile(r"\[([A-Z][A-Za-z&]{1,11})\]\s*")


def _initials(word: str) -> bool:
    """Capitals a list printed after a family name ("WH" of "Organization WH": a body a
    reference manager split into family and given names, printed in Vancouver's way)."""
    letters = word.removesuffix(".")
    return 0 < len(letters) <= 3 and letters.isascii() and letters.isalpha() and letters.isupper()


# "1a", "1a,b", "3a–c", "1a, 2b": the parts a citation names by their letters after a number
_LETTERED = re.compile(rf"(?<!\d)(\d{{1,6}})([a-z](?:\s*[{DASHES},]\s*[a-z](?![a-z\d]))*)(?![a-z])")


# a marker a reader shows raised ("¹b": a Word file's superscript run) names its parts too
_RAISED_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _letters(marker: str) -> dict[int, list[str]]:
    """Number -> the letters a marker gives it ("3a–c, 4b": {3: [a, b, c], 4: [b]})."""
    out: dict[int, list[str]] = {}
    for m in _LETTERED.finditer(marker.translate(_RAISED_DIGITS)):
        letters = out.setdefault(int(m.group(1)), [])
        for item in m.group(2).replace(" ", "").split(","):
            lo, hi = item[0], item[-1]
            letters += [chr(c) for c in range(ord(lo), ord(hi) + 1) if chr(c) not in letters]
    return out


def printed_year(source: str, year: str) -> bool:
    """Whether a reference prints this year and letter ("2019b"), not as part of a longer
    number or word."""
    at = source.find(year)
    while at != -1:
        after = source[at + len(year) : at + len(year) + 1]
        if not after.isalnum() and not source[at - 1 : at].isdigit():
            return True
        at = source.find(year, at + 1)
    return False


def _dated(source: str, year: str) -> bool:
    """Whether an entry prints this year as its own: not as the day its page was seen
    ("[Last accessed: 10/24/2022]"), nor beside "n.d."."""
    if _NO_DATE.search(source):
        return False
    return printed_year(_ACCESSED.sub("", source), year)
