"""What makes a sentence a statement of fact that needs a source: figures (percentages,
counts, effect sizes, p values, dates) and reported findings ("showed", "led to"), each
named, unless hedged ("could still show") or about what the manuscript will do. Pure: a
sentence in, its reasons out; :mod:`blinarefs.trace.claims` weighs them with the
sentence's provenance (whose words they are) and section.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_P_VALUE = re.compile(r"[Pp]\s*[<=>≤≥]\s*0?\.\d+")
# not a search's quoted operator: 'combined using the Boolean operators “AND,” “OR,”'
_EFFECT = re.compile(r"(?<![“\"‘'])\b(?:HR|OR|RR|95% CI)\b|hazard ratio|odds ratio")
POPULATION = ("patients", "children", "adults", "infants", "participants", "subjects", "cases")
# Starts only where a number starts: linear on "1,1,1,..." (issue 18); the digit comes
# first in the pattern so that the engine skips to digits fast
_COUNT = re.compile(
    r"\d(?<![\d,]\d)[\d,]*\s+(?:(?:out\s+)?of\s+\d+|(?:[a-z-]+\s+)?(?:"
    + "|".join(POPULATION)
    + r")\b)"
)
_DATE = re.compile(rf"{_MONTH}\s+(?:19|20)\d\d\b")


def _contains(*parts: str) -> Callable[[str], bool]:
    return lambda text: any(map(text.__contains__, parts))


# (label, a cheap test, the pattern that runs only when the test passes): this runs on every
# sentence, and a substring test or a search for one character costs a fraction of a regex
# pass over literals
_GATED: tuple[tuple[str, Callable[[str], object], re.Pattern[str]], ...] = (
    ("P value", re.compile("[<=>≤≥]").search, _P_VALUE),
    ("effect size", _contains("HR", "OR", "RR", "CI", "ratio"), _EFFECT),
    ("count", _contains(" of ", *POPULATION), _COUNT),
    ("date", re.compile(_MONTH).search, _DATE),
)
_FINDING_WORDS = frozenset(
    [
        "show",
        "shows",
        "showed",
        "shown",
        "found",
        "demonstrated",
        "demonstrates",
        "report",
        "reports",
        "reported",
        "approved",
        "approval",
        "improved",
        "improves",
        "increased",
        "increases",
        "decreased",
        "decreases",
        "reduced",
        "reduces",
        "achieved",
        "confirms",
        "confirmed",
        "significant",
        "significantly",
        "superior",
        "inferior",
        "prolonged",
        "prolongs",
    ]
)
# each finding word contains one of these (every word no other one is part of)
_FINDING_STEMS = tuple(
    sorted(w for w in _FINDING_WORDS if not any(u in w for u in _FINDING_WORDS - {w}))
)
_FINDING_PHRASES = ("resulted in", "led to", "failed to", "associated with")
YEARS = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"\S+")
_NOT_LETTERS = str.maketrans({c: " " for c in ".,;:!?()[]{}\"'“”‘’"})


def _percentage(sentence: str, lower: str) -> str | None:
    """The first share the sentence prints, whole: "40.7%", and with a decimal comma between
    digits as Portuguese and Spanish print it, "59,5%" (not "5%")."""
    i = sentence.find("%")
    while i > 0:
        j = i - 1 if sentence[i - 1] == " " else i
        k = j
        while k > 0 and (
            sentence[k - 1].isdigit()
            or sentence[k - 1] == "."
            or (sentence[k - 1] == "," and k > 1 and sentence[k - 2].isdigit())
        ):
            k -= 1
        if k < j and sentence[k].isdigit():
            return sentence[k : i + 1]
        i = sentence.find("%", i + 1)
    return "percent" if "percent" in lower else None


_MODALS = frozenset(["can", "could", "may", "might", "will", "should"])
_KEPT_AT = frozenset(["at", "on", "via", "online", "here", "under"])


def _where(words: list[str], i: int) -> bool:
    """ "Code can be found on GitHub": where a thing is kept, no reported finding ("it can
    be found naturally infected", "in 30% of patients" are findings)."""
    return (
        words[i] == "found"
        and 1 < i < len(words) - 1
        and words[i - 1] == "be"
        and words[i - 2] in _MODALS
        and words[i + 1] in _KEPT_AT
    )


def _figure_talk(words: list[str], i: int) -> bool:
    """ "The regions sequenced are shown with a flag", "is shown below the name": the
    manuscript's figure or table described in the present passive, no reported finding ("was
    shown", "has been shown", "is shown to reduce", "it is shown that" still report one)."""
    return (
        words[i] == "shown"
        and i > 0
        and words[i - 1] in ("is", "are")
        and (i + 1 == len(words) or words[i + 1] not in ("to", "that"))
    )


# a finding word a few words after one of these is a guess or a prospect, not a report: "could
# still show", "may significantly enhance", "will likely result in reduced", "If confirmed"
_HEDGES = frozenset(
    [
        "may",
        "might",
        "could",
        "would",
        "will",
        "should",
        "likely",
        "potential",
        "potentially",
        "if",
        "whether",
        # "it is plausible that prolonged ...", "probably increased": a guess, said so
        "plausible",
        "possibly",
        "perhaps",
        "probably",
        "presumably",
    ]
)
# "holds significant promise", "a significant advantage": an evaluation, not a measured effect
# ... "a significant unmet need", "significant challenges", "has significant implications
# for": an evaluation too
_PROSPECTS = frozenset(
    ["promise", "potential", "advantage", "advantages", "importance", "breakthrough",
     "unmet", "need", "needs", "challenge", "challenges", "implication", "implications"]
)  # fmt: skip


# "the data associated with a deposit", "files that are not directly associated with an
# entry", "a user account associated with the ORCID id": records tied to one another, as data
# papers describe their archive, not an association found between two conditions
_RECORDS = frozenset(
    ["data", "dataset", "datasets", "file", "files", "record", "records", "metadata",
     "account", "accounts", "entry", "entries", "tag", "tags", "identifier", "identifiers"]
)  # fmt: skip
# ... the record and "associated with" a relative clause apart at most, one more word beside
# ("account on IIRMC"); not "datasets that demonstrate trends associated with"
_RELATIVE = frozenset(
    ["that", "which", "is", "are", "was", "were", "have", "has", "been", "not", "directly",
     "also", "all", "on", "in", "of", "for", "the", "a", "an", "each"]
)  # fmt: skip


def _records(before: list[str]) -> bool:
    """Do the words before "associated with" end on a record and its relative clause?"""
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _RECORDS:
            return sum(w not in _RELATIVE for w in before[k + 1 :]) <= 1
    return False


# "the question of whether cannabis use ... is associated with", "might suggest that one use
# is associated with", "to investigate why it failed to": a clause that only asks or guesses,
# however long it runs (up to its comma: "Whether A acts is unclear, but it was shown that B"
# still reports B)
_OPENS = re.compile(
    r"\bwhether\b|\b(?:may|might|could|would)\s+(?:\w+\s+)?(?:suggest|indicate|imply|mean)"
    r"\s+that\b"
    # "to investigate more why the made-up plan failed to ...", "to understand how": a question
    r"|\b(?:investigat|examin|explor|understand|clarif|elucidat)\w*\s+(?:\w+\s+)?(?:why|how)\b"
    # "It is thus possible that ...", "It is tempting to speculate that ...", "This may be
    # the reason why ...", "could explain why": a guess the authors offer as one
    r"|\bit is (?:\w+ )?(?:possible|conceivable|tempting to \w+) that\b"
    r"|\b(?:may|might|could) (?:also )?(?:explain|be (?:the|a|one) (?:\w+ )?reason) why\b"
    # "it is therefore important to determine ...": what should be done, a rationale (not
    # "It is important to note that ...", which goes on to state a fact)
    r"|\bit is (?:\w+ )?(?:important|essential|crucial|necessary|critical|vital) to "
    r"(?!(?:note|point|know|recogni[sz]e|remember|mention|emphasi[sz]e|stress|highlight|"
    r"underline|state|acknowledge|consider|be|keep|bear|reali[sz]e|understand that)\b)"
)
_CLAUSE_ENDS = re.compile(r"[,;:]")


def _open_clauses(lower: str) -> Callable[[int], bool]:
    """A test of whether a position of ``lower`` sits in a clause that only asks or guesses
    (each pattern runs once over the sentence, whatever the number of findings in it)."""
    opened = (
        [m.end() for m in _OPENS.finditer(lower)]
        if any(map(lower.__contains__, ("whether", " that", " why", " how", "it is ")))
        else []
    )
    if not opened:
        return lambda at: False
    ends = [m.start() for m in _CLAUSE_ENDS.finditer(lower)]

    def open_at(at: int) -> bool:
        i = bisect_right(opened, at)
        j = bisect_right(ends, at)
        return i > 0 and (j == 0 or opened[i - 1] > ends[j - 1])

    return open_at


# "an improved understanding", "that increased activity": a finding word that only describes
# the noun after it; when the first verb after it is a guess ("... may facilitate", "... could
# promote"), the sentence guesses about that thing and reports nothing
_ATTRIBUTIVE = frozenset(
    ["improved", "increased", "decreased", "reduced", "prolonged", "significant"]
)
_DETERMINERS = frozenset(["a", "an", "the", "that", "this", "these", "those", "its", "their"])
_CHANGES = frozenset(["increases", "decreases"])
_CONNECTIVES = frozenset(["therefore", "thus", "hence", "however", "moreover", "conversely"])
_GUESSES = frozenset(["may", "might", "could", "would", "will", "should"])
_AUXILIARIES = _GUESSES | frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can"]
)


def _subject_of_guess(words: list[str], i: int) -> bool:
    """Does the finding word at ``i`` describe the subject of a guess ("an improved
    understanding of X may facilitate", "Increased activity of X could promote"), or name it
    ("Therefore, increases in X may represent"), not what a verb before it says ("this can
    be a significant issue where X may be limited")?"""
    if words[i] in _CHANGES and words[i + 1 : i + 2] == ["in"]:
        # "Therefore, increases in X may represent ...": the noun, subject of a guess
        if i and words[i - 1] not in _DETERMINERS and words[i - 1] not in _CONNECTIVES:
            return False
    elif words[i] not in _ATTRIBUTIVE or (i and words[i - 1] not in _DETERMINERS):
        return False
    clause = words[:i]  # since the last "that", which opens a clause of its own
    clause = clause[len(clause) - clause[::-1].index("that") :] if "that" in clause else clause
    if any(w in _AUXILIARIES or w in ("be", "been") for w in clause):
        return False
    verb = next((w for w in words[i + 1 : i + 16] if w in _AUXILIARIES), "")
    return verb in _GUESSES


# "these reports", "This report": the noun names reports (or the manuscript itself), it
# reports no finding ("Roe reports that", "These reports showed" still do; "some reports
# indicate" and "most reports" name others' work without a cue of their own, and keep it)
_REPORT_NAMED_BY = _DETERMINERS | frozenset(["such", "our", "each", "his", "her"])


def _named_report(words: list[str], i: int) -> bool:
    """Is the finding word at ``i`` the noun "report(s)" after a determiner?"""
    return words[i] in ("report", "reports") and i > 0 and words[i - 1] in _REPORT_NAMED_BY


def _hedged(words: list[str], i: int, asked: bool) -> bool:
    """A finding word that only guesses ("could still show"), is only asked about
    (``asked``: a clause that asks or guesses holds it), only describes what a guess is
    about ("an improved understanding ... may facilitate") or praises ("significant
    promise"): an outlook or an opinion, which needs no source (claims_judging.md)."""
    if asked or any(w in _HEDGES for w in words[max(0, i - 6) : i]):
        return True
    if _subject_of_guess(words, i):
        return True
    return words[i].startswith("significant") and any(w in _PROSPECTS for w in words[i + 1 : i + 2])


def _phrase_at(lower: str, phrase: str) -> int:
    """Where ``phrase`` first stands as words of its own (-1: nowhere): "led to" is no part
    of "coupled to" or "called to"."""
    at = lower.find(phrase)
    while at > 0 and lower[at - 1].isalpha():
        at = lower.find(phrase, at + 1)
    return at


def _hedged_at(lower: str, phrase: str, at: int, asked: bool) -> bool:
    """A finding phrase (at ``at``) a guess opens ("This may have led to", "could be
    associated with"), or a clause that asks or guesses holds (``asked``); or records tied
    to one another."""
    words = lower[max(0, at - 200) : at].translate(_NOT_LETTERS).split()
    if phrase == "associated with" and _records(words[-6:]):
        return True
    return asked or any(w in _HEDGES for w in words[-6:])


# "In summary, ...", "Taken together, ...", "To summarize the impact of X, it is clear that
# ...": the manuscript sums up its own argument (a review's section, or the study's results),
# whose sources the sentences before carry; a figure or a year in it is still one to source
_SUMS_UP = re.compile(
    r"(?:In (?:summary|sum|conclusion)|To (?:summari[sz]e|sum up|conclude)\b[^,;:.]{0,80}"
    r"|Taken together|Collectively|Altogether|All in all),\s"
)
# the labels of a figure's reasons: a figure is a fact to source wherever it is restated
FIGURES = ("percentage", "count", "date", "P value", "effect size")


def sums_up(sentence: str, facts: tuple[str, ...]) -> bool:
    """Does the sentence sum up the manuscript's own argument, with no figure of its own?"""
    return (
        _SUMS_UP.match(sentence) is not None
        and not any(f.startswith(FIGURES) for f in facts)
        and YEARS.search(sentence) is None
    )


def factual_reasons(sentence: str) -> tuple[str, ...]:
    """Why a sentence reads as a statement of fact that needs a source; () when it does not."""
    lower = sentence.lower()
    found: list[tuple[str, str | None]] = [("percentage", _percentage(sentence, lower))]
    for label, gate, pattern in _GATED:
        if gate(sentence):
            m = pattern.search(sentence)
            found.append((label, m and m.group()))
    word = None
    asked = _open_clauses(lower)
    if any(map(lower.__contains__, _FINDING_STEMS)):  # most sentences have none: no split
        spans = list(_WORD.finditer(lower.translate(_NOT_LETTERS)))
        words = [m.group() for m in spans]
        word = next(
            (
                w
                for i, w in enumerate(words)
                if w in _FINDING_WORDS
                and not _where(words, i)
                and not _figure_talk(words, i)
                and not _named_report(words, i)
                and not _hedged(words, i, asked(spans[i].start()))
            ),
            None,
        )
    word = word or next(
        (
            p
            for p in _FINDING_PHRASES
            if (at := _phrase_at(lower, p)) >= 0 and not _hedged_at(lower, p, at, asked(at))
        ),
        None,
    )
    found.append(("reported finding", word))
    return tuple(f"{label} '{text.strip()}'" for label, text in found if text)
