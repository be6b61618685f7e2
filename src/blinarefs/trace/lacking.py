"""Gaps, which state no fact to source: what is not known ("It remains unclear whether
...", :func:`knowledge_gap`), and what the field lacks: a gap told by what the literature
lacks ("there is no such system reported to date", "although not reported to date in
made-up towns", "X has never been reported.", "surprisingly few methods have been proposed to
...", "we are aware of only one previous study of ..."), or a need ("Better invented pipes are
urgently needed").

Such a sentence asserts nothing another work could be cited for (benchmarks/claims_judging.md:
a knowledge gap is **no**, a need statement is framing, **no**), yet its words ("reported",
"have been proposed", "improved", "superior") read as a borrowed finding. It still needs a
source where it rests on a fact of its own: a concession or a contrast after the gap ("no
report yet, although the system is among the most studied", judged **needs**), a finding
outside the gap's clause ("Although not reported in humans, X was shown to ..."), a reason
after the need ("..., since X was shown to ..."), a figure or a year. Pure: a sentence and its
factual reasons in (as the claims reader makes them, each with its words quoted), the gap's
words out; :func:`blinarefs.trace.claims.find_claims` asks it with the other gaps in what is
known.
"""

from __future__ import annotations

import re

from .factual import FIGURES, YEARS, factual_reasons
from .provenance import borrowed_reasons

# "It remains unknown how ...", "It is not yet clear whether ...": a gap in what is known,
# which asserts nothing to source (claims_judging.md), whatever dates or figures it names
_GAP = re.compile(
    r"(?:\b\w+,\s+)?(?:It|This) (?:remains|is|was) (?:still |currently |as yet |yet )?"
    r"(?:unknown|unclear|not (?:yet )?(?:known|clear))\b"
)


def knowledge_gap(sentence: str) -> bool:
    """Does the sentence only say what is not known ("It remains unclear whether ...")?"""
    return _GAP.match(sentence) is not None  # anchored: fails on the first word or two


_SINCE = r"(?:to date|so far|yet|until now|thus far|previously|before)"
_GAPS = re.compile(
    # "there is no chromosomally integrated system reported to date that ..."
    rf"\b(?:no|not any)\b[^.;,]{{0,100}}?\b(?:reported|described|published|documented) {_SINCE}"
    # "Although not reported to date in humans", "has not yet been described so far"
    rf"|\bnot (?:yet )?(?:been )?(?:reported|described|documented|studied|investigated|"
    rf"explored|examined) {_SINCE}"
    # "X has never been reported.", "To date, X has not been reported.": the gap ends its
    # clause (not "has not been reported in humans", which may rest on a study of animals)
    r"|\b(?:has|have) (?:never|not|not yet) been (?:reported|described|documented|published)"
    r"(?=\s*[.;]|\s*$)"
    # "surprisingly few methods have been proposed", "few studies have examined" (not "a few
    # studies have shown", which tells what they showed)
    r"|(?<!\ba )\bfew (?:[\w-]+ ){0,3}?(?:have|has) (?:yet )?(?:been )?(?:proposed|developed|"
    r"reported|described|published|examined|investigated|addressed|explored|studied)\b"
    # "To our knowledge, no invented test has been reported for X": the same gap, hedged
    r"|\bto (?:the best of )?(?:our|my) knowledge,? (?:there (?:is|are) )?(?:no|not any)\b"
    r"[^.;:]{0,150}?\b(?:has|have) (?:yet )?been (?:reported|described|published|documented|"
    r"developed|proposed|performed|conducted)\b"
    # "we are aware of only one previous study investigating X", "We are not aware of any
    # report on X": the same hedged gap, told by what the authors know of
    r"|\b(?:we are|I am) (?:not )?aware of (?:no|any|only (?:one|two|a few|a single))"
    r" (?:[\w-]+ ){0,2}?(?:stud(?:y|ies)|reports?|publications?|trials?|works?)\b"
    # "there are only a few reports about X", "there is a lack of understanding of how ...":
    # what is written about X, not a fact of X
    r"|\bthere (?:is|are|has been|have been|has existed|exists|remains) (?:still |only |very )*"
    r"(?:an? )?(?:(?:few|little|limited|scarce)|(?:[\w-]+ )?lack of) (?:[\w-]+ ){0,2}?"
    r"(?:reports?|studies|data|information|research|literature|understanding|knowledge)\b"
    # "its use in X remains to be demonstrated": a question left open
    r"|\b(?:remains?|remained) (?:yet |still )?to be (?:fully |further |clearly )?"
    r"(?:characteri[sz]ed|demonstrated|determined|elucidated|established|clarified|investigated|explored|"
    r"identified|defined|understood|examined|studied|tested|shown|proven)\b",
    re.IGNORECASE,
)
# the words without which no gap above can be told (a cheap gate before the search)
_GAP_WORDS = re.compile(r"few|no|never|remain|lack|little|limited|scarce|aware", re.IGNORECASE)
# "X and Y are critically required.", "is still urgently needed", "is highly desirable": a
# need, urged, at the end of its clause (not "is required for catalysis", a fact; nor a bare
# "are needed.", which may count: "Two copies are needed.")
_NEEDS = re.compile(
    r"\b(?:is|are|remains?) (?:still |thus |therefore |now |also |so )?(?:urgently|critically|"
    r"badly|highly|greatly|sorely|desperately|clearly|strongly) (?:needed|required|desired|"
    r"desirable|warranted|demanded)(?=\s*[.;,:]|\s*$)",
    re.IGNORECASE,
)
# a concession or a contrast after the gap holds a fact of its own
_AFTER = re.compile(
    r"[;:]|,\s*(?:although|though|but|whereas|while|yet|even though|despite)\b"
    r"|\s(?:although|though|even though|despite|whereas)\s",
    re.IGNORECASE,
)
# a leading concession: the gap's ("Although not reported to date in humans, X is not
# unexpected"), or one before it ("Despite its use, few methods have been proposed")
_LEADING = re.compile(r"\A(?:\w+,\s+)?(?:Although|Though|While|Despite|Even though)\b[^,]*,")
# a clause before the gap ("X was found in Y, but its role remains to be understood"): what
# it tells is outside the gap
_CLAUSE = re.compile(r"[;:]|,\s*(?:but|and|whereas|while|yet)\s")


def lacking(sentence: str, facts: tuple[str, ...]) -> str:
    """The words by which ``sentence`` tells a gap in what is reported or a need, or "" when
    it does not, or when a fact stands beside the gap (see the module's docstring): ``facts`` are
    the whole sentence's factual and borrowed reasons, each with its words quoted."""
    m = _GAPS.search(sentence) if _GAP_WORDS.search(sentence) else None
    m = m or (_NEEDS.search(sentence) if "ed" in sentence or "desirable" in sentence else None)
    if m is None or any(f.startswith(FIGURES) for f in facts) or YEARS.search(sentence):
        return ""
    lead = _LEADING.match(sentence)
    # a need ends its clause: what follows it ("..., since X was shown to ...") is another
    start, end = 0, m.end() if m.re is _NEEDS else len(sentence)
    if lead and m.end() <= lead.end():  # the gap in the concession, the claim after it
        end = lead.end()
    elif lead:
        start = lead.end()
    else:
        start = max((c.end() for c in _CLAUSE.finditer(sentence, 0, m.start())), default=0)
    if _AFTER.search(sentence, m.end(), end):
        return ""
    outside = f"{sentence[:start]} {sentence[end:]}"
    if outside.strip() and (factual_reasons(outside) or borrowed_reasons(outside)):
        return ""
    return m.group()
