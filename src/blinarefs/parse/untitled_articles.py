"""An article read with no title, whose title the labeller took into the journal.

A short title in title case before an NLM journal ("Roe J, Doe A. Snowball Sampling. Ex
Dev Med Educ. 2030;14(3).", "Made-Up Decisions in Nursing Practice. Nurs Forum.") reads to
the labeller as the first sentence of a journal's name, and the article comes out with no
title. :func:`.journals.title_from_container` gives such a sentence back only where it
reads like a title's end (a word in small letters, three words or more); with no title read
at all, an article having always one, its first sentence is the title when the rest is a
journal's name of two words or more and the sentence ends in a whole word.
"""

from __future__ import annotations

import re

from .features import JOURNAL_WORDS
from .journals import _journal_like

_SENTENCE_END = re.compile(r"[.?!]\s+(?=[A-Z])")
_ABBREVIATED = re.compile(r"\b[^\W\d_]+\.\s")


def title_from_untitled_journal(fields: dict[str, object], sure: dict[str, float]) -> None:
    """With a journal, a volume or pages and no title, the journal's first sentence as the
    title where it ends in a whole word and the rest reads as a journal of two words or
    more ("Snowball Sampling." | "Ex Dev Med Educ")."""
    container = fields.get("container_title")
    if fields.get("title") or not isinstance(container, str):
        return
    if not (fields.get("volume") or fields.get("page")):
        return
    for m in _SENTENCE_END.finditer(container):
        head, journal = container[: m.start()].strip(), container[m.end() :].strip()
        words = head.split()
        last = words[-1].lower() if words else ""
        if (
            len(words) >= 2
            and not _ABBREVIATED.search(head + " ")
            and len(last) >= 4
            and last.isalpha()
            and last not in JOURNAL_WORDS
            and len(journal.split()) >= 2
            and _journal_like(journal, titled=False)
        ):
            fields["title"], fields["container_title"] = head, journal
            sure["title"] = sure.get("container_title", 1.0)
            return
