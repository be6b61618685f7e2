"""A word the text uses mostly alone carries no digits of its own: two glued to it cite.

"the AMOC30 shows", "within this stage24.": a gene's or a strain's symbol comes with its
number each time it is named, a word that stands alone again and again does not. Pure: the
text and the counts of its words (:class:`WordCounts`), counted once for every stage.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .candidates import DASHES, Candidate
from .textpos import WORD_ALONE, word_before

# a run of letters and the digits that end it, where they end it: "Tg2576", "me1" of
# "H3K27me1"; not where they open a group ("Sea47,49" twice is a citation glued twice to one
# word, no name "Sea47"; "TAP2" stands as itself: "TAP1, and TAP2,11")
_NAME_DIGITS = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\d+(?!\d|,\d)")
MOSTLY, OFTEN = 3, 3  # alone three times as often as with digits, and three times at least


@dataclass(frozen=True)
class WordCounts:
    """How often each word of a text stands on its own and each name carries its digits:
    counted once a text (:func:`word_counts`), for the candidates' stage and the features'
    alike, so that both ask the same question of the same counts."""

    alone: Counter[str]  # lower-cased words standing on their own
    names: Counter[str]  # "Tg2576" -> how often it occurs where its digits end it
    carried: Counter[str]  # "Tg" -> how often it carries digits so, whichever

    def mostly_alone(self, word: str) -> bool:
        """Whether ``word`` stands alone ``MOSTLY`` times as often as it carries digits,
        and ``OFTEN`` times at least: a word, not a name numbered each time it is named."""
        return self.alone[word.lower()] >= max(OFTEN, MOSTLY * self.carried[word])

    def more_alone(self, word: str) -> bool:
        """Whether ``word`` stands alone more often than it carries digits."""
        return self.alone[word.lower()] > self.carried[word]


@lru_cache(maxsize=2)
def word_counts(text: str) -> WordCounts:
    """The :class:`WordCounts` of ``text``, counted once for all the stages that ask (the
    decoder weighs the same body it gathered candidates from)."""
    names: Counter[str] = Counter()
    carried: Counter[str] = Counter()
    for m in _NAME_DIGITS.finditer(text):
        names[m.group()] += 1
        carried[m.group(1)] += 1
    return WordCounts(Counter(w.lower() for w in WORD_ALONE.findall(text)), names, carried)


def mostly_alone(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` names more than a family member's one digit (a group, or two
    digits) and the word glued to it is used mostly alone (:meth:`WordCounts.mostly_alone`).
    Not a letter's or a unit's digits ("column C18,", "0.3 MPa49."), a short lower-case
    word's ("ppk, ppk26,", "(aba2-11,": a gene's or an allele's symbol) nor a study's named
    with its number ("the AML17 trial")."""
    word, ws = word_before(text, cand.start)
    if (
        not past_a_members(cand)
        or len(word) < 2
        or (word.islower() and len(word) <= SHORT_NAME)
        or AFTER_A_VALUE.search(text, max(0, ws - 3), ws)
        or _A_NUMBERED_STUDY.match(text, cand.end)
    ):
        return False
    return word_counts(text).mostly_alone(word)


SHORT_NAME = 4  # letters of a lower-case word that may be a gene's symbol ("ppk", "leu")
_A_NUMBERED_STUDY = re.compile(r" (?:trials?|study|studies|cohorts?|protocols?)\b")
AFTER_A_VALUE = re.compile(r"\d[ \u00a0]?$")  # "0.3 MPa": a unit after its value


def past_a_members(cand: Candidate) -> bool:
    """A group, or a number of two digits: no family member's one digit ("Notch1")."""
    return len(cand.numbers) > 1 or (bool(cand.numbers) and cand.numbers[0] >= 10)


def shorter_mostly_alone(prefix: str, lead: str, again: int, tokens: Counter[str]) -> bool:
    """Whether the name a glued run repeats stands alone, shorter by a citation of two
    digits or more, ``MOSTLY`` times as often as the run itself (and ``OFTEN`` at least):
    "JRA-5566" each time the reanalysis "JRA-55" (seen alone again and again) is cited,
    "miR-16-5p18" beside "miR-16-5p" in every paragraph. A name with digits of its own or a
    hyphen only ("CD133" beside "CD13" is a member of one family, one digit apart). By one
    digit only after a name's own digits that number no family ("COVID-199" each time
    "COVID-19", printed alone again and again, cites 9; not "MMP-13" beside "MMP-1" and
    "MMP-9")."""
    if prefix.isalpha():
        return False
    for k in range(len(lead)):
        name = prefix + lead[:k]
        if k == len(lead) - 1 and (not k or numbered_family(prefix, lead[:k], tokens)):
            continue
        if name[-1:].isalnum() and lead[k] != "0":
            alone = tokens.get(name, 0)
            if alone >= max(OFTEN, MOSTLY * again):
                return True
    return False


def a_numbered_name_alone(name: str, token: str, tokens: Counter[str]) -> bool:
    """Whether ``name`` carries digits of its own after a hyphen ("COVID-19", "BG-11"),
    numbers no family, and stands alone ``MOSTLY`` times as often as the whole ``token``
    glued (and ``OFTEN`` at least): digits glued on where the clause goes on ("the
    COVID-1935 datasets", "on BG-1130 plates") are no member's, but a citation's."""
    stem = name.rstrip("0123456789")
    digits = name[len(stem) :]
    if not digits or stem[-1:] not in DASHES or numbered_family(stem, digits, tokens):
        return False
    return tokens.get(name, 0) >= max(OFTEN, MOSTLY * tokens.get(token, 0))


def numbered_family(stem: str, digits: str, tokens: Counter[str]) -> bool:
    """Whether ``stem`` carries other small numbers elsewhere ("MMP-1", "MMP-8")."""
    return any(tokens.get(f"{stem}{d}", 0) for d in range(1, 31) if str(d) != digits)


def a_members_name_alone(prefix: str, lead: str, tokens: Counter[str]) -> bool:
    """Whether a word of letters carries one digit as a name that stands alone, ``MOSTLY``
    times as often as with the run's digits ``lead`` (and ``OFTEN`` at least), and no other
    member of a family ("Minimap2" again and again, then "Minimap24.": the name, then a
    citation; not "CD44" beside "CD4" and "CD8", members of one family)."""
    name = prefix + lead[0]
    if lead[0] == "0" or tokens.get(name, 0) < max(OFTEN, MOSTLY * tokens.get(prefix + lead, 0)):
        return False
    # the name's digit then citations ("Minimap22", "Minimap24") are no other members
    return not any(tokens.get(f"{prefix}{d}", 0) for d in range(31) if str(d)[0] != lead[0])
