"""The full stop an abbreviation keeps when it also ends a field.

In the styles that abbreviate with full stops (Nature's, the ACS's, Elsevier's numbered
styles), the stop after a journal's last abbreviated word and after the last author's last
initial is printed once and does two jobs: it ends the abbreviation and separates the
field from the next. The readers cut fields at that stop and leave it out, which gives
"Nat. Med" and "Okafor, C. N": abbreviations that are no longer any style's, printed so in
every bibliography and export. The stop is given back where the field is written in that
style; a journal whose last word is a whole word ("Nat. Rev. Cancer", "Mol. Cell") keeps
none, since ISO 4 never shortens it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Name, Reference

# A name written as initials with stops, the last one's lost: "C. N", "J.-P. L"
_INITIALS_CUT = re.compile(r"(?:[A-Z]\.(?:\s|-)?)+[A-Z]")
# A journal abbreviated with stops: some word before its last ends in one ("J. Clin. Invest")
_DOTTED = re.compile(r"\b[A-Z][a-z]{0,10}\.\s+(?:\S+\s+)*?(?P<last>[A-Z][a-z]{1,11})$")
# ... or with none before its last word: "Dalton Trans", "Nano Lett"
_ONE_WORD_LAST = re.compile(r"(?:\S{1,30}\s)?(?P<last>[A-Z][a-z]{1,11})")
# Words that end a journal's name whole: ISO 4 shortens by cutting a word after a
# consonant, so hardly any shortened word ends in a vowel or "y" (but "Sci."), nor as
# "-ing", "-ics", "-tion", "-ment", "-ness" or "-ism" do; and short whole words it leaves
# alone (and the single words MDPI and others name journals by)
_WHOLE_END = re.compile(r"(?:[aeiouy]|ing|ics|tion|ment|ness|ism)$")
_WHOLE = frozenset(
    {"blood", "bone", "brain", "cancer", "cancers", "cell", "cells", "chest", "diabetes",
     "genes", "gut", "heart", "kidney", "lancet", "liver", "molecules", "neuron", "nutrients",
     "pain", "plants", "sleep", "thorax", "toxins", "viruses", "vision"}
)  # fmt: skip


# ISO 4's shortenings that do end in a vowel ("Sci." of "Science", "Bio.", "Geo.")
_SHORT_IN_A_VOWEL = frozenset({"sci", "bio", "geo"})


def shortened(word: str) -> bool:
    """Whether ``word`` (no stop) reads as ISO 4's shortening of a word, not a whole one."""
    low = word.lower()
    if low in _SHORT_IN_A_VOWEL:
        return True
    return low not in _WHOLE and not _WHOLE_END.search(low)


# What follows a journal printed with its stop: its volume, issue or year ("Nat. Med. 27",
# "Nat. Med. (2030)", "in press", IEEE's "IEEE Trans. Med. Imag., vol. 7"), or, after one
# with no stop inside, the year and a comma
_STOP_BEFORE_NUMBERS = re.compile(r"\.(?:,?\s*(?:[(\d]|in press)|,\s*(?:vol|no|pp?)\.)")
_STOP_BEFORE_YEAR = re.compile(r"\.,? (?:19|20)\d\d,")


def _printed_before(journal: str, after: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` prints ``journal`` with ``after`` right after it: what searching
    for the journal's escaped name and ``after`` finds, without a pattern made for each
    journal (compiled anew for every one, they pushed the rules' own out of ``re``'s
    cache, to be compiled again)."""
    at = text.find(journal)
    while at >= 0:
        if after.match(text, at + len(journal)):
            return True
        at = text.find(journal, at + 1)
    return False


def _name_with_stop(name: Name) -> Name:
    if _INITIALS_CUT.fullmatch(name.given):
        return replace(name, given=name.given + ".")
    return name


def abbreviation_stops(ref: Reference) -> Reference:
    """``ref`` with the stops its abbreviated journal and initials were printed with."""
    changes: dict[str, object] = {}
    names = tuple(_name_with_stop(n) for n in ref.author)
    if names != ref.author:
        changes["author"] = names
    journal = ref.container_title
    article = journal and ref.type.startswith("article")
    # the stop printed after the journal, before its volume or year ("Nat. Med. 27, 1-9",
    # the RSC's "Chem. Sci., 2030, 11, 1"); after a journal of one or two words with none
    # inside, where the year closed by a comma follows it, as only the ACS's and the RSC's
    # forms print it ("Dalton Trans. 2015, 44"), never the NLM's, whose stop ends the
    # journal ("Dalton Trans. 2015;44")
    found = _DOTTED.search(journal) if article else None
    after = _STOP_BEFORE_NUMBERS
    if article and not found:
        found = _ONE_WORD_LAST.fullmatch(journal)
        after = _STOP_BEFORE_YEAR
    if found and shortened(found["last"]) and _printed_before(journal, after, ref.source_text):
        changes["container_title"] = journal + "."
        if ref.container_title_short == journal:
            changes["container_title_short"] = journal + "."
    return ref.with_fields(**changes) if changes else ref
