"""Vancouver's journal "[Internet]" with its publisher before the date, as NLM's Citing
Medicine prints an article read online (and Zotero's Vancouver style from a web record):
"Title. Int J Examples [Internet]. Examplia Press; 2030 Mar 1 [cited 2031 Jan 2];136:E359–86."

The publisher sits where Vancouver's journal tail has the year, so the readers took it for
the journal (the journal's name left out, or run into the title: "Title. Int J Examples").
The name before the medium is the journal, the words between it and the year's semicolon
its publisher; the access date in brackets is no date of the work (read as such already).
"""

from __future__ import annotations

import re

from ..model import Reference
from .grammar_mends import norm_value

# ". <journal> [Internet]. <publisher>; <year>" (searched from a full stop, each part
# bounded: linear in the reference's length)
_INTERNET = re.compile(
    r"\. (?P<journal>[^.;\[\]]{2,100}) \[Internet\]\. "
    r"(?:(?P<publisher>[^;\[\]]{2,120}?); )?(?:19|20)\d{2}\b"
)


def journal_before_internet(ref: Reference) -> Reference:
    """``ref`` with the journal printed before "[Internet]" as its journal and the words
    before the year, if any, as its publisher, where the readers took the publisher for
    the journal (or the two together), or ran the journal into the title and read none."""
    if ref.type != "article-journal" or "[Internet]" not in ref.source_text:
        return ref
    found = _INTERNET.search(ref.source_text)
    if found is None:
        return ref
    journal, publisher = found["journal"].strip(), (found["publisher"] or "").strip()
    read, printed = norm_value(ref.container_title), norm_value(publisher)
    run_in = ref.title.endswith(f". {journal}")  # "Title. Int J Examples"
    took = read == printed or (read.startswith(norm_value(journal)) and printed in read)
    if not ((printed and took) or (not read and run_in)):
        return ref  # the journal read (as printed, "J Ex [Internet]"), or another form
    title = ref.title
    if run_in:
        title = title[: -len(journal) - 2]
    return ref.with_fields(title=title, container_title=journal,
                           publisher=ref.publisher or publisher.rstrip("."))  # fmt: skip
