"""The cited authors named after a lead-in phrase: "By analysing made-up records of 600
patients, the authors identified ...", "For a total of 98 constants, the authors found ...".

A sentence that goes on with a cited study often opens with how or on what the study worked
and names its authors only after the comma. It points back at the cited authors as surely as
"The authors found ..." does at the start, and it tells their method or finding, which the
citation before stands behind (benchmarks/claims_judging.md: a cited study's further finding
told a sentence after its marker **needs** that citation; an inherited link does). Judged on
dev and the fresh sets' tune halves, every such sentence was a cited study's work.

Only "the authors", "these authors", "the investigators", "the researchers" count, and only
with a verb of what they did: after a lead-in, "they" may be anything the phrase names ("By
day 5, they had formed colonies"). Not in the Methods or the Results, where "the authors" is
how some journals name the manuscript's own authors ("For each item, the authors assigned
...").

Pure: a sentence and its section in, the match (its group ``cue``) or None out.
"""

from __future__ import annotations

import re

# the lead-in: a phrase of how, on what, or when, up to its comma ("By integrating X and Y,",
# "Using data from nine cohorts,", "In a later analysis,"), then the authors and what they did;
# not a contrast ("In contrast, the authors found ..."), which opens what the cited work did not
# show, as "However" does
_LED = re.compile(
    r"(?!In contrast|On the other hand|In comparison|For comparison)"
    r"(?:By|Using|With|For|After|Based on|On|Through|In|When|Upon|From|Across|Among|Of)\b"
    r"[^,.;:()\[\]]{3,120},\s+"
    r"(?P<cue>(?:the|these) (?:authors|investigators|researchers))\s+"
    r"(?:also |further |then |subsequently |additionally )?"
    r"(?:found|showed|shown|saw|made|built|chose|ran|took|gave|[a-z]{3,}ed)\b"
)
_OWN_SECTIONS = ("methods", "results")


def led_pointer(sentence: str, section: str) -> re.Match[str] | None:
    """The cited authors named after ``sentence``'s lead-in phrase, as a match whose group
    ``cue`` is their name ("the authors"); None when the sentence does not open so, or
    stands in the Methods or the Results."""
    if section in _OWN_SECTIONS:
        return None
    return _LED.match(sentence)
