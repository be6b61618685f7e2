"""The labels a journal prints before its statements about the article rather than the
literature: who did what, who paid, who approved ("Competing interests:", "Funding."), and
the article's history and record ("Received: 3 May 2020 Accepted: ...", "Trial
registration: ... registered on 6 July 2010", "Keywords: ..."). What follows such a label
is no claim that needs a source.

Pure: a paragraph's or a line's text in, whether (and as what) it opens with one.
"""

from __future__ import annotations

import re

_END_MATTER = (
    r"(?:conflicts?[- ]of[- ]interest|competing interests?|disclosures?|declarations?"
    r"(?: of interests?)?|funding|acknowledge?ments?|authorship|(?:authors?['’]?s?['’]? )?"
    r"contributions?|contributors|data (?:sharing|availability)|availability of data"
    r"|financial support|ethic(?:s|al) (?:approval|statement|committee)|ethics|data accessibility"
    r"|provenance and peer review|patient consent|consent for publication|informed consent"
    r"|abbreviations)"
)
# a PDF copy can drop the space between a run-in label's words ("Competinginterests.")
END_MATTER = _END_MATTER.replace(" ", " ?").replace("[- ?]", "[- ]?")
DISCLOSURE = re.compile(END_MATTER + r"\b[^.:\n]{0,40}[:.]", re.IGNORECASE)
DISCLOSURE_HEADING = re.compile(END_MATTER + r"\W*", re.IGNORECASE)
# a colon after each: "Received a letter ..." opens a sentence of the body
RECORD = re.compile(
    r"(?:received|revised|accepted|published(?: online)?|available online|trial registration"
    r"|date registered|registration|keywords?|key words|citation|copyright|correspondence"
    r"|(?:academic )?editor|edited by|reviewed by|article history|open access)\s?:",
    re.IGNORECASE,
)


def statement_label(text: str) -> str:
    """What the labelled statement ``text`` opens with is ("disclosure", "the article's
    history or record"), or "" when it opens with no such label."""
    if DISCLOSURE.match(text):
        return "disclosure"
    if RECORD.match(text):
        return "the article's history or record"
    return ""
