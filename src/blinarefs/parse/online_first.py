"""PubMed's form of a paper published online before its issue, read whole by the grammar.

"Title. Journal. 2030 Jun 6:ciaa424. doi: ... Epub ahead of print.": the location after the
date is the publisher's identifier, no page (it becomes one when the issue is printed). The
labeller, trained mostly on papers in their issues, reads that location as the pages and
often runs the journal and the date into the title; the grammar reads the form itself. Its
reading was kept, but the fields the labeller read otherwise lowered the entry's confidence
(0.40-0.80) with no field named as doubtful: a confidence nobody could act on. Where the
printed text is that form exactly, the grammar's reading is sure.
"""

from __future__ import annotations

import re

from ..model import MONTH_MACROS, Reference

# What may follow the date: the location, up to the full stop before the DOI or the note
_AFTER_DATE = r"(?::\s?\S+?)?\.(?:\s|$)"


def read_as_online_first(grammar: Reference) -> bool:
    """Whether ``grammar`` read PubMed's online-first form: a journal with no volume, a
    day of publication and the note "Epub ahead of print", printed as "Title. Journal.
    2030 Jun 6[:location]." right after the title."""
    issued = grammar.issued or ()
    if (
        grammar.volume
        or grammar.note != "Epub ahead of print"
        or len(issued) < 3
        or not (grammar.title and grammar.container_title)
    ):
        return False
    year, month, day = issued[:3]
    date = f"{year} {MONTH_MACROS[month - 1]}\\.? {day}"
    form = (
        rf"{re.escape(grammar.title)}[.?!]\s{re.escape(grammar.container_title)}\.?\s"
        rf"{date}{_AFTER_DATE}"
    )
    return re.search(form, grammar.source_text, re.IGNORECASE) is not None
