"""A reference list's heading: "References", "Bibliography", "9 Bibliografia", and the
other languages' words, as a line of its own, not a word of a title cut one token a line.
"""

from __future__ import annotations

import re

# A section number may stand before it ("9 References", "7.2. Bibliography", "IX. References",
# a thesis's chapter), and theses and articles in the corpus's other languages (Italian,
# Portuguese, Spanish, French, German) head it in theirs.
_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\.?\s+)?"
    r"(references|reference list|bibliography|literature cited|works cited|"
    r"citations|references and notes|"
    r"bibliografia|bibliografía|bibliographie|riferimenti bibliografici|"
    r"refer[êe]ncias(?: bibliogr[áa]ficas)?|referencias(?: bibliogr[áa]ficas)?|"
    r"r[ée]f[ée]rences(?: bibliographiques)?|literatur|literaturverzeichnis)\s*:?\s*$",
    re.IGNORECASE,
)


def is_list_heading(line: str) -> bool:
    """Whether a line is a reference list's heading ("References", "Bibliography")."""
    return bool(_HEADING.match(line))


def list_headings(lines: list[str]) -> list[int]:
    """The indices of the lines that head a reference list."""
    return [i for i, line in enumerate(lines) if _HEADING.match(line) and _stands_alone(lines, i)]


def _stands_alone(lines: list[str], i: int) -> bool:
    """Whether the heading word at line ``i`` is not a word of a sentence cut one token a
    line: "Catalog of fishes: genera" / "," / "species" / "," / "references" / "." is a title,
    and taking it for the list's heading would drop every item before it (as "patent" /
    "citations" / ":" would)."""
    before = next((x.strip() for x in reversed(lines[max(0, i - 3) : i]) if x.strip()), "")
    after = next((x.strip() for x in lines[i + 1 : i + 4] if x.strip()), "")
    # "patent" / "citations" / ":" is a title's words: after a word, a heading is neither
    # lower case nor followed by a colon or a lower-case word
    inside = before[-1:].isalpha() and (
        lines[i].strip().islower()
        or after == ":"
        or after[:1].islower()
        # "Text and" / "References" / "Section": no heading follows a word that joins
        # its phrase to the next word (a sentence never ends with one)
        or before.lower() in _JOINING_WORDS
    )
    # "monitoring" / "-" / "references" / "/" is a word of an address or a compound
    joined = before in _JOINING or after in _JOINING
    return (
        before[-1:] not in (",", ";") and after not in (".", ",", ";") and not inside and not joined
    )


_JOINING = frozenset(("-", "‐", "‑", "/", "_"))  # marks inside a word or an address
# Articles, conjunctions and prepositions, in the corpus's languages, that a title's next
# word follows ("Text and References", "Guide to the Literature", "Manual de Referencias")
_JOINING_WORDS = frozenset(
    ("and", "or", "of", "the", "a", "an", "to", "for", "in", "on", "with", "e", "y", "ou",
     "de", "da", "do", "das", "dos", "del", "la", "el", "und", "der", "die", "et", "des")
)  # fmt: skip
