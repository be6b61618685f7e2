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
    before the year, if any, as its publisher, where the journal read was that journal, the
    publisher, none, or both together."""
    if ref.type != "article-journal" or "[Internet]" not in ref.source_text:
        return ref
    found = _INTERNET.search(ref.source_text)
    if found is None:
        return ref
    journal, publisher = found["journal"].strip(), (found["publisher"] or "").strip()
    read = norm_value(ref.container_title)
    if read and read != norm_value(publisher) and not read.startswith(norm_value(journal)):
        return ref  # another journal read: not this form
    title = ref.title
    if title.endswith(f". {journal}"):  # "Title. Int J Examples": the journal run into it
        title = title[: -len(journal) - 2]
    return ref.with_fields(title=title, container_title=journal,
                           publisher=ref.publisher or publisher.rstrip("."))  # fmt: skip
