"""The Discussion and the Conclusions look back on the study's own results.

After the Methods and Results, a manuscript restates what it found before it compares it
with others' work; the comparison carries its citations, the restatement needs none, and
it often drops the first person ("PS group achieved decreased reoperation rates",
"Importantly, the 2-year NRM incidence did not differ between treatment arms"). What marks
a restatement, where no sign of borrowing says otherwise:

- the Conclusions as a whole: they sum up the study's own results (a review's, "closing",
  its own argument; a figure there is a cited study's, which keeps its flag);
- a test's statistic (a P value, an odds or hazard ratio): a cited study's statistic comes
  with its citation;
- the study's own groups, arms and measures by the names its Methods and Results gave them
  ("the PS group", "arm C", an abbreviation such as "NRM" defined there and not in the
  introduction);
- a precise figure of the Results again ("40.7%", "0.93");
- a count of the study's people, or their share, as its Methods or Results counted them
  ("in all 12 participants", "Two patients had ..." where the Results told of two patients,
  "in 40% of patients" after "22 patients (40%)"): a cited study's people come with its
  citation;
- "The results showed", "The pooled data indicated", "The study also shows", "Thus, the
  results clearly demonstrated", "With regard to X, the results did not show", "The sleep and
  diet results among the participants showed", "The study in question revealed": the study's
  results, told in the past tense the Discussion uses for them.

Pure: :func:`own_terms` reads the Methods and Results once, :func:`restated` weighs one
sentence with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..words import NUMBER_WORDS
from .echo import echo_terms, echoes
from .factual import FIGURES, POPULATION
from .provenance import AGENCY, OTHER_WORK, POINTS_BACK, strong_reasons

LOOKING_BACK = ("discussion", "conclusions", "closing")
# "PS group", "HI groups", "control arm", "wool group", "bortezomib-based arm": a group's name
# is the word before "group" or "arm", not a determiner or a kind of group ("the groups",
# "each arm", "age group")
_NOT_A_NAME = (
    r"(?!(?:the|a|an|each|this|that|these|those|every|either|one|two|both|same|other|whole|"
    r"all|any|study|age|ethnic|risk|working|focus|research|support|reference|blood|"
    r"functional|side|which|per|by|in|of|and|or|to|for)\s)"
)
_GROUP = re.compile(
    rf"\b({_NOT_A_NAME}[A-Za-z][A-Za-z0-9/+-]*\s+(?:group|arm|cohort)s?)\b"
    # "arm C", "group A", "Group 2", "cohort B"
    r"|\b((?:[Aa]rm|[Gg]roup|[Cc]ohort)\s+(?:[A-Z]|\d{1,2})\b)(?![.,]\d)"
)
# "non-relapse mortality (NRM)", "pedicle screw (PS)": an abbreviation the text defines
_DEFINED = re.compile(r"\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)")
_STATISTIC = ("P value", "effect size")
# ... after a lead-in of a few words, with an adverb: "Thus, the results clearly demonstrated",
# "Taken together, these findings showed", "This trial showed" (one that goes on with a cited
# trial is linked to it before)
# ... or after a longer lead-in ("With regard to made-up self-care, the results did not show"),
# with the measures named before the noun ("The sleep and diet results showed") or after it
# ("The results among the participants showed", "The study in question revealed"), or denied
# ("did not show")
_RESULTS_TOLD = re.compile(
    r"^(?:[\w-]+(?: [\w-]+){0,5},\s+)?(?:[Tt]he|[Tt]hese|[Tt]his) "
    r"(?:pooled |overall |present |main |(?:[\w-]+ ){1,4}(?=results\b))?"
    r"(?:results?|data|analys[ie]s|findings|study|trial) "
    r"(?:in question |among (?:the )?(?:participants|patients|respondents) |obtained )?"
    r"(?:also |clearly |further |thus |together )?(?:did not |does not |do not )?"
    r"(?:shows?|showed|indicated?|demonstrated?|revealed?|suggested|confirmed|found)\b"
)
# a figure precise enough not to recur by chance: "40.7%", "0.93" (a round "50%" may)
_FIGURE = re.compile(r"(?<![\d.,])\d+\.\d+%?(?![\d.,]\d)")
# "12 participants", "Two patients", "22 eligible cases": people counted, in digits or words
_COUNTED = re.compile(
    r"(?<![\w.,\u2013-])(\d+|(?i:"
    + "|".join(NUMBER_WORDS)
    + r"))\s+(?:[a-z-]+\s+)?("
    + "|".join(POPULATION)
    + r")\b"
)
# ... and their share, "in 40% of patients" or "22 patients (40%)": a round share recurs by
# chance, not with the same people counted the same way
_POPULATION = "|".join(POPULATION)
_SHARE = re.compile(
    rf"(?<![\d.,])(\d+(?:\.\d+)?) ?% of (?:the |all )?(?:[a-z-]+ )?({_POPULATION})\b"
    rf"|\b({_POPULATION}) \((\d+(?:\.\d+)?) ?%\)"
)
# a study or trial by its name ("the EXAMPLE trial", "SAMPLE studies"): the study's own, when
# its Methods name it so; another, set beside it, when not
NAMED_STUDY = re.compile(r"\b([A-Z][A-Z0-9-]{3,})\s+(?:study|trial|studies|trials)\b")


def _group_names(text: str) -> set[str]:
    return {
        " ".join((m.group(1) or m.group(2)).lower().rstrip("s").split())
        for m in _GROUP.finditer(text)
    }


def _counts(text: str) -> set[str]:
    """The people ``text`` counts, each as "12 participants" (a number word as its digits),
    and their shares, each as "40% of patients"."""
    found = set()
    for m in _COUNTED.finditer(text):
        number = m.group(1).lower()
        if number in NUMBER_WORDS:
            number = str(NUMBER_WORDS.index(number))
        found.add(f"{number} {m.group(2)}")
    for m in _SHARE.finditer(text):
        found.add(f"{m.group(1) or m.group(4)}% of {m.group(2) or m.group(3)}")
    return found


def own_terms(studied: Iterable[tuple[str, str]], introduction: str) -> frozenset[str]:
    """The names the study's Methods and Results (``studied``: each sentence with its
    section) give its own groups, arms and measures, less those the introduction already
    uses: a group's name lower-cased and singular ("ps group", "arm c"), an abbreviation
    the Methods define, as printed ("NRM"; one the Results define names what was found, a
    gene or a protein, as much the world's as the study's), a precise figure of the Results
    ("40.7%"), the people counted ("12 participants", "40% of patients") and the Results'
    shares and counts (:func:`blinarefs.trace.echo.echo_terms`)."""
    names: set[str] = set()
    for section, text in studied:
        names |= _group_names(text) | _counts(text)
        if section == "methods":
            names |= set(_DEFINED.findall(text))
        else:
            names |= set(_FIGURE.findall(text))
    words = set(re.findall(r"[A-Za-z0-9-]+", introduction)) | set(_FIGURE.findall(introduction))
    lower = " ".join(introduction.lower().split())
    echoed = echo_terms((text for section, text in studied if section == "results"), introduction)
    return echoed | frozenset(
        n for n in names if ((n not in lower) if " " in n else (n not in words))
    )


# "Two gene clusters were identified with differential expression in the made-up arm",
# "According to the result of the fit test, the pass rate was 73.5%": in the Discussion, as in
# the Methods and Results, what the study found and the rule or test it followed; what it
# found when the sentence restates the study's own results (:func:`restated`). A reporting
# verb ("was reported", "were described"), a year or a guideline still names others' work
_FOUND_HERE = re.compile(r"borrowed '(?:(?:was|were) identified|according to)'", re.IGNORECASE)
# ... and "previous" where the sentence sets the study's result beside earlier work ("The results
# for the CDR agree with previous studies", judged own as "Our data support previous studies"
# is) or points back within the article ("As previously shown, only 17% (n = 9) ..."); the
# earlier work is cited where the Discussion tells it
_PREVIOUS = re.compile(r"borrowed 'previous(?:ly)? \w+'", re.IGNORECASE)
_BESIDE_PREVIOUS = re.compile(
    r"\b(?:agree[sd]?|consistent|in line|in agreement|in accordance|similar|corroborat\w*|"
    r"confirm\w*|support\w*|contrast\w*|unlike|contrary)(?: [\w-]+){0,3}? previous(?:ly)?\b",
    re.IGNORECASE,
)


def found_here(sentence: str, borrowed: tuple[str, ...]) -> bool:
    """May the Discussion's ``sentence`` be weighed by :func:`restated` despite ``borrowed``?
    Only when each cue is one that marks the study's own work in its Methods and Results
    ("were identified", "according to the ..."), and holds there no more
    (:func:`blinarefs.trace.provenance.strong_reasons`: "according to Roe" still names Roe)."""
    beside = any(_PREVIOUS.fullmatch(b) for b in borrowed) and (
        _BESIDE_PREVIOUS.search(sentence) or POINTS_BACK.match(sentence)
    )
    cues = tuple(b for b in borrowed if not (beside and _PREVIOUS.fullmatch(b)))
    return (
        bool(borrowed)
        and all(_FOUND_HERE.fullmatch(b) for b in cues)
        and not strong_reasons(sentence, "results", cues)
    )


def restated(sentence: str, section: str, facts: Iterable[str], terms: frozenset[str]) -> str:
    """Why a sentence of the Discussion or the Conclusions restates the study's own results
    ("" when it does not, or when ``section`` is neither). The caller has found no sign
    that the fact is borrowed."""
    if section not in LOOKING_BACK:
        return ""
    if section == "conclusions":
        return "in the Conclusions, which sum up the study's own results"
    if section == "closing":
        figure = any(f.startswith(FIGURES) for f in facts)  # a cited work's
        return "" if figure else "in a review's Conclusions, which sum up its own argument"
    stat = next((f for f in facts if f.startswith(_STATISTIC)), None)
    if stat:
        return f"a statistic restated in the Discussion ({stat})"
    m = _RESULTS_TOLD.match(sentence)
    if m:
        return f"the study's results told in the Discussion '{m.group()}'"
    others = {m.group(1) for m in NAMED_STUDY.finditer(sentence)} - terms
    if others:  # the own results set beside another named study's: a comparison
        return ""
    named = _group_names(sentence) & terms
    named |= {w for w in re.findall(r"[A-Za-z0-9-]+", sentence) if w in terms}
    if named:
        return f"names the study's own '{sorted(named)[0]}' (from its Methods and Results)"
    figures = [f for f in _FIGURE.findall(sentence) if f in terms]
    if figures:
        return f"restates the Results' figure '{figures[0]}'"
    counted = sorted(_counts(sentence) & terms)
    if counted:
        return f"counts the study's own '{counted[0]}' (as its Methods or Results do)"
    return echoes(sentence, terms, told_in_past(sentence, facts))


# The study's own results are told in the past tense ("The obtained cells showed ...",
# "differentiation resulted in ..."); what is known, in the present or the perfect ("Mutants
# of this class can escape ...", "Better algorithms have increased ...")
_PAST_FINDING = re.compile(
    r"reported finding '(?:\w+ed|showed|found|shown|resulted in|led to|failed to)'"
)
_NOT_PAST = re.compile(r"\b(?:is|are|has|have|remains?|can)\b", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:[a-z]{3,}ed|had|did)\b")
# ... or a state told with "was" or "were" ("were associated with", "was significant")
_STATE = re.compile(r"reported finding '(?:associated with|significant(?:ly)?|superior|inferior)'")


def told_in_past(sentence: str, facts: Iterable[str]) -> bool:
    """Does the sentence tell its finding (``facts``, from :mod:`blinarefs.trace.factual`)
    in the past tense, with no present or perfect beside it?"""
    found = [f for f in facts if f.startswith("reported finding")]
    was = " was " in sentence or " were " in sentence
    past = (
        all(_PAST_FINDING.fullmatch(f) or (was and _STATE.fullmatch(f)) for f in found)
        if found
        # ... or, with no finding word, any verb in the past ("The made-up route represented
        # 52.8% of patients")
        else was or _PAST_VERB.search(sentence) is not None
    )
    return past and _NOT_PAST.search(sentence) is None


# a sentence that tells of other work without a cue of borrowing: "In a study of 959
# made-up pipes", "A survey using ...", "similar to that of a study with", "Roe et al", or a
# trend of the world over the years ("In recent decades, ... increased"); not a cohort or a
# series, which are as often the study's own ("in both cohorts")
_OTHERS_TOLD = re.compile(
    r"\b(?:an?|another|other|these|those|both|two|three|several|some|many) (?:[\w-]+ ){0,2}?"
    r"(?:stud(?:y|ies)|trials?|surveys?|reports?|meta-analys[ie]s)\b"
    # ... other people at work: "some other scholars", "other researchers", "reported
    # by", "Roe reported that" (a study's participants who report are its own, read before)
    r"|\b(?:other|some|several|many) (?:[\w-]+ ){0,2}?(?:authors|scholars|researchers|"
    r"investigators)\b|\breported (?:by|that)\b"
    r"|\bet al\b|\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:\w+ )?(?:years|decades)\b",
    re.IGNORECASE,
)


# ... or names an outside source: a guideline, a recommendation, an agency ("WHO")
_GUIDELINE = re.compile(r"guideline|recommend", re.IGNORECASE)


def _outside(borrowed: tuple[str, ...]) -> bool:
    """Does a borrowed cue name others' work or an outside source?"""
    return any(OTHER_WORK.search(b) or _GUIDELINE.search(b) or AGENCY.search(b) for b in borrowed)


_GUESS = re.compile(
    r"\b(?:may|might|could|would|likely|possibly|perhaps|probably|presumably)\b", re.IGNORECASE
)


def discussed_own(
    sentence: str,
    section: str,
    facts: Iterable[str],
    borrowed: Iterable[str],
    quiet: bool,
    after_cited: bool,
    terms: frozenset[str],
) -> str:
    """Why a sentence of the Discussion with no marker is the authors' own talk ("" when it
    is not), judged on the fresh sets' tune halves of thirteen rounds: a Discussion
    compares the study with others' work where it cites it, and what it says in between is
    the study's own results, reasoning and outlook. Only a sign of others' work (a cue such
    as "previous studies" or "has been shown", "a study of ...", "et al", another named
    study, a guideline or an agency) keeps such a sentence borrowed:

    - ``quiet``: its paragraph cites nothing. A date, "is considered" or a figure there is
      the authors' own (6 of 36 such flags needed a source);
    - a guess ("may", "could", "likely", "possibly"): the authors' reasoning or outlook;
    - its finding told in the past tense where the sentence before it cites nothing
      (``after_cited`` false), with at most a weak cue ("in 2031", "according to the
      scores", "were reported as"): the study's results told again without the first
      person. After a cited sentence the same tense tells the cited study's results."""
    if section != "discussion":
        return ""
    borrowed = tuple(borrowed)
    if _outside(borrowed) or _OTHERS_TOLD.search(sentence):
        return ""
    if {m.group(1) for m in NAMED_STUDY.finditer(sentence)} - terms:
        return ""  # set beside another named study: a comparison
    if quiet:
        return "in a Discussion paragraph that cites nothing (the authors' own talk)"
    m = _GUESS.search(sentence)
    if m:
        return f"a guess in the Discussion '{m.group()}' (the authors' reasoning)"
    if not after_cited and told_in_past(sentence, facts):
        return "a finding told in the past tense in the Discussion, after no cited sentence"
    return ""
