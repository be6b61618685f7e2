"""Whose claim is it: the authors' own (methods, results) or a fact borrowed from others?

Only a borrowed fact needs a citation. A sentence is the authors' own when it speaks in the
first person ("we", "our", "here"), describes a procedure ("cells were fixed in 70%
ethanol", "samples were incubated"), points at the manuscript's own figures and tables, or
sits in a Methods or Results section with nothing that says otherwise. It is borrowed
when it says so ("has been shown", "previous studies", "is known"), names an approval or a
guideline, or dates a past event ("in 1998"). Pure: one sentence and its section in, a
reason out.
"""

from __future__ import annotations

import re

_SECTIONS = (
    ("methods", re.compile(r"(?:materials?|methods?|methodology|experimental|procedures?|"
                           r"patients and|study design|participants|statistical analys)", re.I)),
    ("results", re.compile(r"(?:results?|findings)\b", re.I)),
    ("background", re.compile(r"(?:introduction|background|discussion|conclusions?|"
                              r"limitations|perspectives?|outlook|review)\b", re.I)),
)  # fmt: skip
_FIRST_PERSON = re.compile(
    r"\b(?:[Ww]e|[Oo]urs?|us|[Hh]ere|[Hh]erein|[Tt]his (?:study|work|paper|article)|"
    r"(?:the )?(?:present|current) study)\b"
)
_OWN_FIGURE = re.compile(
    r"\b(?:Fig(?:ure)?s?\.?|Tables?|Supplementa(?:l|ry)\s+(?:Fig(?:ure)?|Table)s?\.?)\s*S?\d"
)
_PROCEDURE = re.compile(
    r"\b(?:was|were|had been)\s+(?:then\s+|also\s+|first\s+|subsequently\s+)?"
    r"(?:incubated|washed|fixed|stained|centrifuged|cultured|harvested|treated|transfected|"
    r"analy[sz]ed|measured|calculated|performed|collected|obtained|recorded|extracted|"
    r"purified|amplified|sequenced|isolated|diluted|added|mixed|resuspended|seeded|injected|"
    r"an(?:a|e)sthetized|euthanized|sacrificed|randomi[sz]ed|enrolled|recruited|included|"
    r"excluded|assessed|evaluated|determined|used|carried out|conducted|defined|estimated|"
    r"applied|verified|quantified|prepared|grown|maintained|stored|kept|placed|plated|"
    r"imaged|scored|counted|genotyped|tested|examined|monitored|interviewed|surveyed|"
    r"selected|divided|categori[sz]ed|coded|adjusted|fitted|computed|normali[sz]ed|"
    r"transferred|exposed|immunized|infected|sampled|screened|"
    r"loaded|visualized|generated|constructed|"
    r"cloned|inserted|designed|acquired|processed|registered|approved by the)\b",
    re.I,
)
_BORROWED = re.compile(
    r"\b(?:ha(?:s|ve) (?:been|also been|previously been) (?:shown|reported|described|"
    r"demonstrated|proposed|suggested|found|identified|implicated|associated|linked|observed)|"
    r"(?:is|are) (?:well[- ])?(?:known|established|recognized|thought|believed|considered)|"
    r"it is (?:well )?(?:known|established|accepted)|previous(?:ly)? (?:stud|report|work|"
    r"research|shown|reported|described|demonstrated)\w*|(?:recent|several|many|numerous|"
    r"other|prior|earlier) (?:studies|reports|investigations|trials|authors)|"
    r"stud(?:y|ies) (?:have|has) (?:shown|found|reported|demonstrated)|according to|"
    r"(?:was|were) (?:first )?(?:approved|licensed|recommended|introduced|discovered|"
    r"described|reported|identified)|guidelines?|recommend(?:s|ed|ation)s?|"
    r"(?:in|since|until|by) (?:(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December) )?(?:19|20)\d\d\b|"
    r"(?:is|are|remains?) (?:the )?(?:most|leading|major|main|common|prevalent)\b|"
    r"worldwide|globally|affects? (?:about|approximately|over|more than)|"
    r"(?:estimated|reported) (?:to|that))",
    re.I,
)


_AGENCY = re.compile(r"\b(?:FDA|EMA|WHO|NICE|CDC|NCCN|ESMO|ASCO)\b")


def section_of(heading: str) -> str | None:
    """ "Materials and methods" -> "methods"; None for a heading that names no section."""
    words = heading.strip().lstrip("0123456789. ").strip()
    if len(words.split()) > 8:
        return None
    for name, pattern in _SECTIONS:
        if pattern.match(words):
            return name
    return None


def borrowed_reasons(sentence: str) -> tuple[str, ...]:
    """What says this sentence reports others' work or common knowledge."""
    found = [m.group() for m in _BORROWED.finditer(sentence)]
    found += _AGENCY.findall(sentence)
    return tuple(f"borrowed '{w}'" for w in found[:2])


def own_reason(sentence: str, section: str | None, borrowed: tuple[str, ...]) -> str:
    """Why the sentence is the authors' own work ("" when it is not). What says the fact is
    borrowed wins over everything but "here" ("Previous studies, ours included, ...")."""
    m = _FIRST_PERSON.search(sentence)
    if m and borrowed and m.group().lower() not in ("here", "herein"):
        return ""
    if m:
        return f"first person '{m.group()}'"
    m = _OWN_FIGURE.search(sentence)
    if m:
        return f"refers to the manuscript's own '{m.group()}'"
    m = _PROCEDURE.search(sentence)
    if m and not borrowed:
        return f"describes a procedure '{m.group()}'"
    if section in ("methods", "results") and not borrowed:
        return f"in the {section.capitalize()} section"
    return ""
