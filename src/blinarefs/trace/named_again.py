"""A demonstrative before a noun the cited sentence named: "This pathway" after "... signals
through a made-up pathway [4]", "These monocytes" after "... relied on monocytes [5]".

A review goes on with a cited study's object by naming it again: the thing the citation
stands behind, told one sentence further ("Roe made a made-up nanogel [3]. This nanogel
released ...", "These mice failed to ..."; benchmarks/claims_judging.md: a cited study's
further finding **needs** that citation, and an inherited link gives it). Any "This/These +
noun" as a pointer was tried at stop 60 and was right only 9 times in 13: the noun there
often names something new ("This breakthrough lets nurses ..."). Here the noun must be one the
cited sentence printed (the same word, or its stem: "this activation" after
"activating", "this comparison" after "compared"), so the sentence is about the same thing.

Pure: a sentence and the cited sentence before it in, the match (its group ``cue``) or None.
"""

from __future__ import annotations

import re

# the lead words a continuation opens with (as claims._CONTINUES reads them), then "This",
# "These" or "Such" and up to four words of the noun phrase; the pointer (group ``cue``) is
# the demonstrative and the phrase's words, read with the k-th pattern for k words
_LEAD = (
    r"(?:(?:Moreover|Furthermore|In addition|Also|Notably|Importantly|Indeed|Interestingly|"
    r"Additionally|Specifically|In particular|Subsequently|Again|Similarly|Likewise)\s*,?\s+)?"
)
_OPENING = re.compile(
    _LEAD + r"(?P<dem>(?i:This|These|Such))\s+(?P<phrase>[\w-]+(?:\s+[\w-]+){0,3})"
)
_POINTER = [
    re.compile(_LEAD + rf"(?P<cue>(?i:This|These|Such)(?:\s+[\w-]+){{{k}}})") for k in range(5)
]
# what ends the noun phrase: a preposition, a conjunction, a verb's auxiliary, an adverb
_ENDS = re.compile(
    r"the|a|an|of|in|on|for|with|from|to|by|at|as|and|or|but|is|are|was|were|be|been|has|"
    r"have|had|can|could|may|might|will|would|should|must|did|does|do|not|also|that|which|"
    r"who|whose|than|thus|then|only|further|still|often|both"
)
# words that say how, not what: they name nothing of the cited sentence
_EMPTY = re.compile(
    r"new|novel|recent|important|unique|significant|different|similar|specific|potential|"
    r"additional|other|same|current|present|previous|such|first|second|major|main|"
    r"particular|latter|former"
)
# a singular noun's endings in "-s": "process", "analysis", "virus", "series"
_NOUN_S = ("ss", "is", "us", "ies")
# a guess ("This activation may serve as a brake ...", "which may then cause ..."): whose
# reasoning it is, the cited work's or the authors', the noun does not tell
_GUESS = re.compile(r"\b(?:may|might|could)\b", re.IGNORECASE)
# where "These gene sets" or "this ratio in the control group" is the study's own as often
# as the cited work's: over the tuning folders, about a quarter of such links in the
# Discussion were wrong (the study's own gene sets, supplementary files and groups),
# a twentieth in the introduction and reviews
_OWN_SECTIONS = ("methods", "results", "discussion", "conclusions")
_WORD = re.compile(r"[^\W_][\w-]*")
MIN_STEM = 4  # "mice", "cells": a shorter common beginning is chance


def _verb_s(word: str) -> bool:
    """ "makes", "forces": a verb after the pronoun "This", not a noun it points with."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(_NOUN_S)


def _phrase_words(demonstrative: str, phrase: str) -> list[str]:
    """The words of the noun phrase after the demonstrative, up to the first word that
    ends it, or a verb in the past after the first word ("These mice failed"). After "This"
    a word in "-s" is a verb: the pronoun's ("This makes the estimator robust") or its
    singular noun's ("This pathway drives"); not "This process" or "This analysis"."""
    words = []
    for i, word in enumerate(phrase.split()):
        lower = word.lower()
        if _ENDS.fullmatch(lower) or (i and lower.endswith("ed") and "-" not in lower):
            break
        if demonstrative.lower() == "this" and _verb_s(lower):
            break
        words.append(word)
    return words


def _same(word: str, other: str) -> bool:
    """One word, in two forms ("pathway" and "pathways", "activation" and "activating"):
    they share their beginning up to the last three letters of the shorter one; an acronym
    ("ROS") only as printed."""
    if word.isupper() or other.isupper():
        return word == other
    a, b = word.lower(), other.lower()
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= max(MIN_STEM, min(len(a), len(b)) - 3)


def named_again(sentence: str, cited: str, section: str = "") -> re.Match[str] | None:
    """``sentence`` opening with "This/These/Such" and a noun ``cited`` (the sentence before,
    which carries the citation) printed, as a match whose group ``cue`` is the pointer
    ("This pathway"); None otherwise, and in the sections that tell the study's own work
    or look back on it (``section``: the Methods, Results, Discussion, Conclusions)."""
    if section in _OWN_SECTIONS:
        return None
    m = _OPENING.match(sentence)
    if m is None or _GUESS.search(sentence):
        return None
    said = _phrase_words(m.group("dem"), m.group("phrase"))
    words = [w for w in said if not _EMPTY.fullmatch(w.lower())]
    before = _WORD.findall(cited)
    if not any(_same(w, p) for w in words if len(w) >= 2 for p in before):
        return None
    return _POINTER[len(said)].match(sentence)
