"""The Discussion echoing the study's own Results: the same figures, the same variables.

A Discussion opens by telling the study's results again before it compares them with
others' work, and it often drops the first person and the decimals ("About 64% (n = 32) of
the mills kept no records", where the Results printed "(n = 32; 64.2%)"; "Longer storage was
associated with lower yields" after the Results' table of storage and yields). Word lists
cannot tell such a sentence from a borrowed fact; the article can: its Results print the
same figures and name the same variables together. What counts as an echo, each piece
printed in the Results and not in the introduction (a national rate quoted in both, a
topic's words, are the world's, not the study's):

- two shares or counts: a share as printed ("17.0%") or rounded to a whole number as a
  Discussion rounds it ("About 17%"); a count of the study's units as the Results print it
  beside its share ("n = 32", "32 (60.4%)", "nine (17.0%)"). One integer share recurs by
  chance (a Results section prints dozens of them): one is not enough;
- or the variables and the outcome named together: three words of the sentence that one
  sentence of the Results names together (each two of them in one, as far as pairs tell),
  where the sentence tells its finding in the past tense as the Discussion tells the
  study's results; four where it does not (what is known is told in the present, "Damp storage
  reduces flour quality", and a topic's words recur in the Results).

On the judged sentences (fresh sets 44 to 57, tuning halves, and dev, stop 56) this took 22
flags judged the authors' own and none judged to need a citation; of 883 cited sentences of the
same Discussions with no sign of borrowing, 50 (6%) would pass for an echo without their
marker, about half of them the authors' own results set beside the cited ones.

:func:`echo_terms` reads the Results once (:func:`blinarefs.trace.looking_back.own_terms`
keeps what it finds among the study's own terms); :func:`echoes` weighs one sentence of
the Discussion with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import combinations, islice

from ..words import NUMBER_WORDS

# "17%", "60.4 %", "11,1%" (a decimal comma): a share as printed; not the level of an
# interval ("95% CI", "95%CI", "95% confidence interval"), which every study prints
_SHARE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?) ?%(?! ?(?:CI|[Cc]onfidence)\b)")
# "n = 32", "N=1,329": a count of the study's units
_N_IS = re.compile(r"\b[nN] ?= ?(\d{1,3}(?:,\d{3})+|\d+)\b")
# "32 (60.4%", "nine (17.0%": a count printed before its share
_COUNT_SHARE = re.compile(
    r"(?<![\w.,])(\d+|(?i:" + "|".join(NUMBER_WORDS) + r")) \((?=\d{1,3}(?:[.,]\d+)? ?%)"
)
# the tokens carry a prefix of their own: they share the set of the study's terms with
# group names, abbreviations and precise figures (:mod:`blinarefs.trace.looking_back`)
_EXACT, _ROUNDED, _COUNT = "echo share ", "echo about ", "echo count "
_WORD, _PAIR = "echo word ", "echo pair "
_EVIDENCE = 2  # pieces of evidence that make an echo: one share alone recurs by chance
# the words of a variable or an outcome: four letters or more, not the words any finding
# is told with ("associated", "higher", "patients"), which name no variable of this study
_NAMING = re.compile(r"[a-z][a-z0-9/-]{3,}")
_TOLD_WITH_WORDS = (
    # the words a finding is told with (singular, as :func:`_named` makes them)
    "associated association analysi compared factor found higher increase increased likely "
    "lower observed participant patient result showed significant significantly study "
    # ... the measures any study takes
    "average data level mean median number percentage proportion rate time total value week "
    "year "
    # ... and words that name nothing (four letters or more)
    "about addition after also although among another based because been before being "
    "between both could different does during each either even example from group hand have "
    "however including into less many more most much other over same since some such than "
    "that their them then there these they this those though through thu under upon used "
    "using very well were what when where wherea whether which while with within without "
    "would"
)
_TOLD_WITH = frozenset(_TOLD_WITH_WORDS.split())
# variables named together in one sentence of the Results: three where the sentence tells
# its finding in the past tense, as the Discussion tells the study's results ("Longer storage
# was associated with lower yields"), four where it does not (what is known is
# told in the present, "Damp storage reduces flour quality", and a topic's words recur)
NAMED = 3
_TRIED = 2_000


def _value(printed: str) -> float:
    return float(printed.replace(",", "."))


def _shares(text: str) -> list[str]:
    return [m.group(1) for m in _SHARE.finditer(text)]


def _counts(text: str) -> list[str]:
    found = [m.group(1).replace(",", "") for m in _N_IS.finditer(text)]
    for m in _COUNT_SHARE.finditer(text):
        number = m.group(1).lower()
        found.append(str(NUMBER_WORDS.index(number)) if number in NUMBER_WORDS else number)
    return found


def _tokens(text: str) -> set[str]:
    found = {_COUNT + n for n in _counts(text)}
    for share in _shares(text):
        value = _value(share)
        found |= {f"{_EXACT}{value:g}", f"{_ROUNDED}{int(value + 0.5)}"}
    return found


def _named(text: str) -> set[str]:
    """The words that may name a variable or an outcome, singular ("STIs" -> "sti")."""
    words = (w[:-1] if len(w) > 4 and w.endswith("s") else w for w in _NAMING.findall(text.lower()))
    return {w for w in words if w not in _TOLD_WITH}


def echo_terms(results: Iterable[str], introduction: str) -> frozenset[str]:
    """The shares and counts the Results (``results``, its sentences) print, less those the
    introduction prints too: each share as printed and rounded, each count of units; and the
    words naming the study's variables, each with every other one named in the same sentence
    of the Results, less the words the introduction uses (the topic's, not the study's)."""
    found: set[str] = set()
    known = _named(introduction)
    for text in results:
        found |= _tokens(text)
        named = sorted(_named(text) - known)
        found |= {_WORD + w for w in named}
        found |= {f"{_PAIR}{a} {b}" for a, b in combinations(named, 2)}
    return frozenset(found - _tokens(introduction))


def _named_together(sentence: str, terms: frozenset[str], size: int) -> tuple[str, ...]:
    """``size`` words of ``sentence`` that one sentence of the Results names together, as
    far as pairs tell: each two of them are named in one. A word named with fewer than
    ``size - 1`` of the others is no part of such a group: it is left out before the
    groups are tried, and at most ``_TRIED`` groups are (a sentence stays cheap)."""
    words = sorted(w for w in _named(sentence) if _WORD + w in terms)
    while True:
        kept = [
            w
            for w in words
            if sum(f"{_PAIR}{min(w, v)} {max(w, v)}" in terms for v in words) >= size - 1
        ]
        if kept == words:
            break
        words = kept
    for group in islice(combinations(words, size), _TRIED):
        if all(f"{_PAIR}{a} {b}" in terms for a, b in combinations(group, 2)):
            return group
    return ()


def echoes(sentence: str, terms: frozenset[str], past: bool) -> str:
    """Why ``sentence`` tells the study's own results again ("" when it does not): two of
    its shares and counts are printed in the Results (``terms``, from :func:`echo_terms`).
    A share printed with its decimals must match as printed; a whole one may be the
    Results' share rounded."""
    matched: list[str] = []
    for share in _shares(sentence):
        value = _value(share)
        rounded = value.is_integer() and f"{_ROUNDED}{int(value)}" in terms
        if f"{_EXACT}{value:g}" in terms or rounded:
            matched.append(f"{share}%")
    matched += [f"n = {n}" for n in _counts(sentence) if _COUNT + n in terms]
    if len(dict.fromkeys(matched)) < _EVIDENCE:
        named = _named_together(sentence, terms, NAMED if past else NAMED + 1)
        if named:
            return f"names the Results' {', '.join(repr(w) for w in named)} together"
        return ""
    shown = ", ".join(f"'{m}'" for m in dict.fromkeys(matched))
    return f"echoes the Results' figures {shown}"
