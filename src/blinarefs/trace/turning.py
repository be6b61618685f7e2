"""A sentence that opens by pointing back ("These data", "In this trial", "They") but turns
from the cited work it points at: it inherits no citation (benchmarks/claims_judging.md: a link
is wrong when the sentence turns to the authors' own work or makes a claim the cited work
does not make).

Four ways a pointing sentence turns, each judged wrong on the fresh sets' tune halves:

- it sets what it points at beside the study's own data ("These data are reaffirmed in the
  survey, in which ...", "These findings are consistent with our results") or beside earlier
  work ("These findings are consistent with previous research", claims_judging.md round 10):
  the agreement is the authors' observation, theirs to make (:func:`set_beside`);
- it sets itself against the work just cited ("In this trial, in contrast to the aforementioned
  studies, X was replaced with Y"): what follows is not what those studies did;
- "They" or "Their" after the authors' own cited sentence names the authors' own things,
  unless that sentence names people ("The mice that we generated offer a tool [10]. They
  represent a resource ...": the mice, not the tool's authors);
- it looks ahead or explains, and its pointer does not name the cited authors: an outlook in
  the present tense ("These data therefore open the possibility of a new direction ...", "This
  paves the way for ...", "These results might guide further research"), an explanation in
  other words than "may explain" ("Such differences may possibly account for ...", "This may
  be due to ...", "is likely due to"). The authors' outlook or reasoning, which the cited work
  does not make; "They concluded that X may be due to Y, and recommended further research"
  reports the cited authors' own, and goes on inheriting. "This finding opened a new course",
  in the past, is the cited work's place in history.

Pure: a sentence (and the one before) in, a reason or a yes out.
"""

from __future__ import annotations

import re

# "are reaffirmed in the survey", "is consistent with our", "agree with previous": the verb
# that sets two bodies of data side by side, then the study's own data or earlier work
_BESIDE = re.compile(
    r"\b(?:(?:is|are|was|were) (?:also |further |thus |again )?(?:(?:confirmed|reaffirmed|"
    r"corroborated|supported|replicated|reproduced|echoed|mirrored|borne out|reflected) "
    r"(?:in|by)|(?:consistent|in line|in agreement|in accordance|concordant|comparable|"
    r"similar) (?:with|to))|agree[sd]? with) (?:(?:those|that) of )?"
    r"(?P<whose>our|the (?:present|current)|this (?:study|work|survey|trial|sample)|"
    r"(?:the )?(?:previous|prior|earlier)|(?P<bare>the (?:study|survey|sample)\b(?! (?:of|by)\b)))",
    re.IGNORECASE,
)
# "in contrast to the aforementioned studies", "unlike these trials": against the work cited
_AGAINST = re.compile(
    r"\b(?:in contrast (?:to|with)|contrary to|unlike|different (?:from|to|with)|as opposed to) "
    r"(?:all |both )?(?:the (?:aforementioned|above[- ]?mentioned|above|previous|earlier|former|"
    r"cited)|these|those)\b",
    re.IGNORECASE,
)
# a sentence that names people, whom a following "They" may mean: "Roe et al.", "Roe and
# colleagues", "the authors", "investigators", "researchers", "the group of"
_NAMES_PEOPLE = re.compile(
    r"\bet al\b|\b(?:colleagues|co-?workers|authors|investigators|researchers|group|team)\b",
    re.IGNORECASE,
)
# an outlook or an explanation in words the linker's own list (claims._OUTLOOK) lacks
_AHEAD = re.compile(
    r"\b(?:further (?:research|studies|investigations?|experiments)"
    r"|(?:may|might|could) (?:\w+ )?(?:account for|be (?:due to|attributed to|ascribed to|"
    r"explained by))|(?:probably|likely|presumably|possibly) (?:due to|because of|"
    r"attributable to)|paves? the way|opens? (?:up )?(?:the |a |new )?"
    r"(?:\w+ )?(?:possibilit(?:y|ies)|avenues?|directions?|doors?|opportunit(?:y|ies)))\b",
    re.IGNORECASE,
)
# a pointer that names the cited authors, whose outlook or explanation a sentence may report
_AUTHORS = re.compile(
    r"(?:They|Their|(?:The|These|Those) (?:authors|investigators|researchers))\b", re.IGNORECASE
)
# "Their study", "Their results": the pointing word itself names the cited work
_THEIR_WORK = re.compile(
    r"Their (?:\w+ )?(?:study|studies|work|results|findings|data|analys[ie]s|models?|trials?|"
    r"reports?|surveys?|cohorts?|papers?|experiments?|methods?|approach|review)\b",
    re.IGNORECASE,
)


def set_beside(sentence: str, section: str) -> str:
    """Why a pointing sentence sets what it points at beside the study's own data or earlier
    work ("" when it does not): the authors' own observation. "the study", "the survey",
    "the sample" with no name are the study's own in the Discussion only, where a cited
    one is "that study" or named."""
    m = _BESIDE.search(sentence)
    if m is None or (m.group("bare") and section != "discussion"):
        return ""
    return f"sets the cited work beside '{m.group('whose')}' (the authors' own observation)"


def turns_away(sentence: str, previous: str, authors_cited: bool, pointed: str) -> bool:
    """Does a sentence that opens by pointing back turn from what the sentence before
    (``previous``) cited? ``pointed``: the sentence from its pointing word on ("They found
    ..."); ``authors_cited``: the sentence before is the authors' own (it speaks in the first
    person), so its citation names a tool of theirs, and a bare "They" their own things."""
    if _AGAINST.search(sentence):
        return True
    if _AHEAD.search(sentence) and not _AUTHORS.match(pointed):
        return True
    if authors_cited and re.match(r"(?:They|Their)\b", pointed, re.IGNORECASE):
        return not (_NAMES_PEOPLE.search(previous) or _THEIR_WORK.match(pointed))
    return False
