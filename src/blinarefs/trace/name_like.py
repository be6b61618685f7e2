"""Whether the word a flattened superscript is glued to is a name that owns its digits.

A gene symbol, a strain, a tool ("Nxf2 ... Nxf7", "Trip13" again and again, "Minimap2" in
every paragraph) carries its digits wherever the manuscript names it; a word ("leukemia",
"decade12") or an author cited by name ("Tenorio34") does not. Kept apart from the priors
(:mod:`blinarefs.trace.features`) since it is one question asked of the whole text: how
each word is used across it (:class:`Vocabulary`, counted once), then a few look-ups per
candidate. Its reasons weigh against the prior of a run glued to a word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .alone import WordCounts, word_counts
from .candidates import Candidate, plural_of_capitals
from .cited_nouns import a_cited_noun
from .textpos import word_before

RECURS = 3  # a long word glued to the same digits this often, never alone, is a name ("Island3")
# a word glued to the same digits this often, whose number was cited before it first came
# and which a citation follows once ("Minimap24"), is a name whatever else the word does: a
# program's or a method's ("Minimap2", "Smart-seq2" in every paragraph); not an author cited
# by name each time he is named ("Tenorio34", "Kohn8")
OFTEN = 5
_DIGITS = re.compile(r"\d*")
_LOCUTION = re.compile(r"\b[Ii]n (?:vitro|vivo|situ|silico|planta|utero|ovo)$")
_GLUED = re.compile(r"(?<![^\W_])([^\W\d_]+)(\d+)(?!\d)")


@dataclass(frozen=True)
class Vocabulary:
    """How each word is used across the whole manuscript."""

    words: WordCounts  # alone, and names where their digits end them (the stages' one count)
    digits: dict[str, set[str]]  # word -> the digit strings glued to it anywhere
    names: Counter[str]  # "Nxf2" -> how often it occurs, opening a group too
    first: dict[str, int]  # "Nxf2" -> where it first occurs
    cited: dict[int, int]  # a number -> where a candidate first names it

    @classmethod
    def of(cls, text: str, candidates: Sequence[Candidate] = ()) -> Vocabulary:
        digits: dict[str, set[str]] = {}
        names: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m in _GLUED.finditer(text):
            digits.setdefault(m.group(1), set()).add(m.group(2))
            names[m.group()] += 1
            first.setdefault(m.group(), m.start(2))
        cited: dict[int, int] = {}
        for c in candidates:
            for n in c.numbers:
                cited[n] = min(cited.get(n, c.start), c.start)
        return cls(word_counts(text), digits, names, first, cited)

    def a_name_again(self, word: str, digits: str) -> bool:
        """Whether ``word`` and its ``digits`` recur often as a name: its number named before
        it first occurs, and once at least with a citation glued after it ("Minimap2" in
        every paragraph, "Minimap24" where it is cited); not an author cited again and
        again by name ("Tenorio34", "Kohn8": never glued to more digits)."""
        name = word + digits
        if (
            self.names[name] < OFTEN
            or self.cited.get(int(digits), self.first[name]) >= self.first[name]
        ):
            return False
        return any(len(d) > len(digits) and d.startswith(digits) for d in self.digits[word])


def _a_name_in_a_pair(word: str, digits: str, vocab: Vocabulary) -> bool:
    """Whether ``word`` after another and "and" is a name whose digits are its own, not an
    author's glued to a citation: in capitals ("EGFR and HER2"), or glued to the same digits
    ``RECURS`` times and never alone ("Egfr and Erbb2" again and again)."""
    if len(word) > 1 and word.isupper():
        return True
    return not vocab.words.alone[word.lower()] and vocab.names[word + digits] >= RECURS


def name_reasons(text: str, cand: Candidate, vocab: Vocabulary) -> list[tuple[str, float]]:
    """Why the word a flattened run is glued to looks like a gene, protein or strain name."""
    word, i = word_before(text, cand.start)
    if not word or word == "al" or _LOCUTION.search(text, max(0, i - 3), i + len(word)):
        return []  # "et al.", "in vitro19": no name, however often glued to a citation
    if a_cited_noun(text, word, i):
        return []  # "a recent paper27", "Haozhu Cave15" again and again: no gene's name
    alone = vocab.words.alone[word.lower()]
    digits = _DIGITS.match(text, cand.start).group()  # type: ignore[union-attr]  # "21" of "21,25"
    if text[i - 1 : i].isdigit() and len(digits) > 1:
        # "Mrpl32p29", "DBG2OLC65": the letters after a name's own digits ("p", "OLC") are
        # no word whose other uses tell anything; the name as a whole was weighed (glued.py)
        return []
    if vocab.a_name_again(word, digits):
        return [(f"'{word}{digits}' recurs ({vocab.names[word + digits]} times)", -3.0)]
    if len(word) >= 6 and word[1:].islower() and (alone or vocab.names[word + digits] < RECURS):
        return []  # "decade12", "Winnicott16": a long word or name, however rare
    if word.islower() and len(word) >= INFLECTED_LENGTH and _INFLECTED.search(word):
        return []  # "as described9" each time, "cell lines3,11" and "cell lines22": a word
    if YEAR_AFTER_NAME.match(text, cand.end) or (
        _AUTHOR_PAIR.search(text, max(0, i - 40), i) and not _a_name_in_a_pair(word, digits, vocab)
    ):
        return []  # "Dias20 (2011)", "Cunha & Vieira-da-Silva9": an author's name
    if plural_of_capitals(word) and vocab.words.alone[word[:-1].lower()]:
        return []  # "via TNTs2,4,5.", "in TNTs1,27,": a plural, glued to one citation or another
    out: list[tuple[str, float]] = []
    variants = vocab.digits.get(word, set())
    if alone < sum(vocab.names.get(word + d, 0) for d in variants):  # more a name than a word
        others = sorted(variants - {digits})
        if others:
            shown = ", ".join(word + d for d in others[:3])
            out.append((f"'{word}' carries other digits too ({shown})", -2.0))
        if vocab.words.names[word + digits] > 1:
            out.append((f"'{word}{digits}' recurs", -1.5))
    # "Tlr5", "Nxf2", "ptc1 and ptc2": a name; but "well5" in a short text is a word
    if alone == 0 and (out or not word.islower()):
        out.append((f"'{word}' never stands alone", -1.5))
        if len(word) <= 4:
            out.append((f"'{word}' is short, like a gene symbol", -1.5))
    return out


_AUTHOR_PAIR = re.compile(  # "Cunha & Vieira-da-Silva9"; not "Ndrg1 and Flt1", "°C and dpp2"
    r"(?<![\w'°-])[A-Z][^\W\d_'-]*(?:['-][^\W\d_]+)*\s+(?:&|e|and)\s+(?:[A-Z][^\W\d_'-]*\s+)?$"
)
# An English word's inflection: a verb's past or -ing form, an adverb, a plural (not
# "-os", "-us", "-is", "-ss", "-as": "nanos", "virus"). Gene and strain names in lower case
# are short ("hid1", "leu2", "reaper1") and seldom end so, however often they carry digits
_INFLECTED = re.compile(r"(?:ed|ing|ly|ies|[^aiosu]s)$")
INFLECTED_LENGTH = 5
YEAR_AFTER_NAME = re.compile(r" \((?:19|20)\d\d[a-z]?\)")
