"""A body's name in capitals opening an ABNT reference: "EXAMPLE BANK. Title.", "EMPRESA DE
PESQUISA EXEMPLAR (EPE). (2030) Title.".

ABNT prints every author's entry word in capitals: a person's family then a comma and the
given names ("ROE, Ana."), a body's whole name with no comma. The readers, which take a
name of capitals for a person's family and initials (Vancouver's "ROE AB"), split such a
body's name into a family and given names ("EXAMPLE" | "BANK"), or kept its first word
only. A first sentence of two words in capitals or more, with no comma, whose last word
is no initials (four letters or more, a vowel among them: not "ROE LDCF"), is the body's
name where the readers found in it the only author.
"""

from __future__ import annotations

import re

from ..model import Name, Reference

# The first sentence: words in capitals (small words too), maybe the acronym in brackets
_SENTENCE = re.compile(r"\A(?P<name>[^\s.,;:()][^.,;:()]{2,120}?(?: \([A-Z]{2,}\))?)\.\s")
_VOWEL = re.compile(r"[AEIOUÀ-ÖØ-Ý]")


def capital_body(ref: Reference) -> Reference:
    """``ref`` with the name in capitals that opens it as its one author, where the
    readers read it as one person's."""
    if len(ref.author) != 1 or ref.author[0].literal:
        return ref
    text = ref.source_text
    first = text.partition(" ")[0]  # a word of capitals that no comma or stop closes
    if (
        len(first) < 2
        or not first.isupper()
        or first[-1] in ",."
        or not (m := _SENTENCE.match(text))
    ):
        return ref
    name = m["name"]
    words = re.sub(r" \([A-Z]{2,}\)$", "", name).split()
    last = words[-1]
    if len(words) < 2 or not all(w.isupper() for w in words) or re.search(r"\d", name):
        return ref
    if len(last) < 4 or not last.isalpha() or not _VOWEL.search(last):
        return ref  # "ROE LDCF": a person's family and initials
    person = ref.author[0]
    # its family one or more of the words, its "initials" the letters of another
    # ("EXAMPLE" | "B. A. N. K.")
    read = [*person.full_family.split(), re.sub(r"[.\s-]", "", person.given)]
    if not all(w.upper() in words for w in read if w):
        return ref
    return ref.with_fields(author=(Name(literal=name),))
