"""The sentences by which authors announce their own study and claim its results as theirs.

A claim told in the authors' own study is no borrowed fact, though it may read like one: the
introduction's closing paragraph announces the study ("Herein, we report ...") and the
Discussion opens on it ("In this phase III study ...", "We found that ..."). The claims
reader asks these before it flags a sentence as an uncited fact (`trace/claims.py`,
`trace/own_work.py`).
"""

from __future__ import annotations

import re

# "Herein, we report ...", "In this study, we performed ...", "This work presents ...": the
# sentence that announces the study (an introduction ends with it); the sentences after it in
# its paragraph go on with the authors' own work, which they often tell without "we" ("A
# unique complex is described. It shows a remarkable reactivity ..."). Not a review: "Here,
# we review ..." announces others' work.
_ANNOUNCES = re.compile(
    r"\b(?:(?:[Hh]ere(?:in)?|[Ii]n (?:this|the present|the current) (?:study|work|paper|"
    r"article)),? we|[Tt]his (?:study|work|paper|article) (?:reports|presents|describes|shows))"
    r"\b(?!,? (?:also )?(?:review|summari[sz]e|overview|discuss))"
)


# ... and, in the introduction's closing paragraph, what the authors did, in the past tense:
# "To tell the grades apart, we first collected all datasets ... This microarray included 24
# specimens and found ..." (not "we review", "we know", "we hypothesize that")
_WE_DID = re.compile(
    r"\b[Ww]e (?:(?:first|then|also|further|therefore|thus|next|subsequently|recently) )?"
    r"(?:[a-z]{2,}ed|found|built|made|sought|undertook|chose|ran|took|began)\b"
    r"(?<!\bneed)(?<!\bhypothesi[sz]ed)(?<!\bexpected)(?<!\breasoned)(?<!\bassumed)"
    r"(?<!\breviewed)(?<!\bsummari[sz]ed)(?<!\bdiscussed)"
)


# "In this phase III study of weekly tablets, ...", "In this cross-sectional trial, ...", "In
# this sample": a Discussion opening on the study, or the people it counted; after a cited
# sentence the same words may go on with the cited study, "the present" ones may not ("In the
# present series", "In the current casuistic", a Portuguese writer's case series)
_THIS_STUDY = re.compile(
    r"\A(?:\w+,\s+)?(?:In|Through) (?P<this>this|the present|the current) "
    r"(?:(?:[\w-]+ ){1,3}(?:study|trial|analysis)|(?:[\w-]+ )?(?:sample|series|casuistics?))\b"
)


def own_study_frame(sentence: str, after_cited: bool = False) -> str:
    """Why ``sentence`` is the authors' own: it opens on a study as "this" one ("In this
    phase III study"), or, even after a cited sentence (``after_cited``), as "the present"
    one; or ""."""
    m = _THIS_STUDY.match(sentence) if sentence[:1] in "IT" or ", " in sentence[:30] else None
    if m is None or (after_cited and m.group("this") == "this"):
        return ""
    return f"opens on the study as this one ('{m.group()}')"


# ... and, in the Discussion, a result the authors claim as theirs: "We found that X predicted
# Y. However, Z was not associated with Y." goes on with the study's results without "we"
_OWN_FINDING = re.compile(
    r"\b(?:[Ww]e (?:also |further |first )?(?:found|observed|showed|demonstrated|noted|"
    r"detected|saw)|(?:[Oo]ur|[Tt]he (?:present|current)) (?:\w+ )?(?:data|results|findings|"
    r"analys[ie]s|study) (?:also )?"
    r"(?:show|showed|indicate|indicated|demonstrate|demonstrated|reveal|revealed|suggest|"
    r"suggested)|[Ii]n our (?:\w+ )?(?:study|cohort|trial|sample|population|series|analysis|"
    r"casuistics?)"  # "In our casuistic": a Portuguese writer's case series
    r"|(?:results|findings|data) (?:from|of) (?:this|the present|the current|our) (?:\w+ )?"
    r"(?:study|trial|analysis))\b"
)


def announces(sentence: str, closing: bool = False, discussion: bool = False) -> str:
    """The words by which ``sentence`` announces the authors' own study ("Herein, we"), or
    ""; ``closing``: the sentence closes the introduction, where "we collected" does;
    ``discussion``: it stands in the Discussion, where "We found", "In our study" do."""
    m = _ANNOUNCES.search(sentence) if " we" in sentence or "This " in sentence else None
    if m is None and closing and "we " in sentence.lower():
        m = _WE_DID.search(sentence)
    if m is None and discussion:
        m = _OWN_FINDING.search(sentence)
    return m.group() if m else ""
