"""What the whole text says of the word before a run of digits: counted once, when a run
first needs it.

A flattened superscript and a name's own digits look alike run by run ("SARS-CoV33",
"PHT1;2", "mesylate 15"); the rest of the text tells them apart: whether the word stands
alone elsewhere, whether the text prints that name with that number again. These counts
are over the whole text, so :mod:`blinarefs.trace.superscripts` keeps one
:class:`WordsAround` per text and asks it for each run it judges. Pure.
"""

from __future__ import annotations

import re
from collections import Counter

from .alone import WordCounts, word_counts
from .candidates import ORDER_ONLY, WEAK, Candidate, expand_numbers
from .glued import LONGEST_RANGE
from .punctuated import GREEK
from .textpos import after_is_boundary, at_clause_end, word_before

# A word in mixed case that occurs on its own: "CoV" of "SARS-CoV", not of "SARS-CoV-2"
_MIXED_CASE = re.compile(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*s?\b(?![-‐]\d)")
# A name in capitals with its digits and a semicolon before a member's number: "PHT1;"
_SEMICOLON_NAME = re.compile(r"(?<![A-Z])[A-Z]+\d+;(?=\d)")
_SEMICOLON_NAME_END = re.compile(r"(?<![A-Z])[A-Z]+\d+;$")
_WORD_NUMBER = re.compile(r"(?<![^\W_])[^\W\d_][\w-]* \d+(?!\d)")  # "mesylate 15"
SHORTEST_WORD = 2  # letters of a word that may stand alone more than it carries digits


class WordsAround:
    """The text's counts of words and names, each made on first use (most texts need few)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.mixed: set[str] | None = None  # words in mixed case that occur on their own
        self.words: WordCounts | None = None  # words alone, "Tg2576": names ending in digits
        self.semicolons: Counter[str] | None = None  # "PHT1;": names numbered after ";"
        self.labels: Counter[str] | None = None  # "mesylate 15": a word, a space, a number

    def counts(self) -> WordCounts:
        """The text's words alone and names with digits, counted once (:mod:`.alone`)."""
        self.words = self.words or word_counts(self.text)
        return self.words

    def more_a_word(self, start: int) -> bool:
        """Whether the word glued to the run at ``start`` stands alone in the text more
        often than it carries digits (any number glued to it, counted as names are)."""
        word, _ = word_before(self.text, start)
        if len(word) < SHORTEST_WORD or GREEK.search(word):
            return False  # "p16,24", "Gαi2,43": a letter alone or a Greek one is a name's part
        return self.counts().more_alone(word)

    def mostly_alone(self, start: int) -> bool:
        """Whether the word glued to the run at ``start`` is used mostly alone
        (:meth:`.alone.WordCounts.mostly_alone`)."""
        return self.counts().mostly_alone(word_before(self.text, start)[0])

    def after_a_word_mostly_alone(self, start: int, end: int) -> Candidate | None:
        """A weak reading, for the order to decide, of a group or a number of two digits
        glued to a word the text uses mostly alone, wherever the clause goes."""
        numbers = expand_numbers(self.text[start:end])
        if not numbers or (len(numbers) == 1 and numbers[0] < 10) or len(numbers) > LONGEST_RANGE:
            return None  # a member's digit, or a range no citation spans ("Kernow-C1-69,")
        if not after_is_boundary(self.text, end) or not self.mostly_alone(start):
            return None
        return Candidate(start, end, "superscript", WEAK, numbers, why=(ORDER_ONLY,))

    def labelled(self, start: int, end: int) -> bool:
        """Whether the word before the run after a space names that number more than once
        ("the mesylate 15." and then "the unpurified mesylate 15 was"): a thing's label
        (a compound's, a patient's), which a citation after a word seldom repeats so."""
        if self.labels is None:
            self.labels = Counter(m.group() for m in _WORD_NUMBER.finditer(self.text))
        return self.labels[self.text[word_before(self.text, start - 1)[1] : end]] > 1

    def a_family_member(self, start: int) -> bool:
        """Whether the run after a semicolon numbers a member of a family that the text
        names more than once so ("SiPHT1;2, SiPHT1;3", "OsPHT1;8 ... AtPHT1;9": plants'
        gene nomenclature); "with CAP3;39 see" names no family."""
        name = _SEMICOLON_NAME_END.search(self.text, max(0, start - 20), start)
        if name is None:
            return False
        if self.semicolons is None:
            self.semicolons = Counter(_SEMICOLON_NAME.findall(self.text))
        return self.semicolons[name.group()] > 1

    def a_mixed_case_word_alone(self, start: int, end: int) -> bool:
        """Whether a run at a clause end is glued to a word in mixed case that stands alone
        elsewhere, with a number no name of that case carries ("SARS-CoV33." where
        "SARS-CoV" occurs on its own): a citation, as after an acronym that stands alone
        ("in PDAC100."); "IgG4" and "mAb2" carry one digit."""
        text = self.text
        word, _ = word_before(text, start)
        mixed = word[1:] != word[1:].lower() and not word.isupper()
        if not mixed or end - start < 2 or not at_clause_end(text, end):
            return False
        self.mixed = self.mixed if self.mixed is not None else set(_MIXED_CASE.findall(text))
        return word in self.mixed
