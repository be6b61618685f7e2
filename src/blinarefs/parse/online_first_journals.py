"""BMJ's note of a paper published online before its issue, after the journal's name:
"Title. Example Gut Published Online First: 29 June 2030. doi: ...". BMJ's journals print
it so, with no year before the note ("Gut 2030;", "Ann Example.", "[Published Online
First: ...]" are printed too), and the labeller, which has seen few of them, runs the
journal and the note into the title, or reads the note as a book's place. The journal is
the words between the title's last full stop and the note; the title ends at that stop.
"""

from __future__ import annotations

import re

from ..model import Reference
from .years import loose_date

# The note and its date: "Published Online First: 29 June 2030", "published online: 2030",
# in square brackets or not, the date alone in them too ("Published Online First: [29 Jun
# 2030]", as copied from a BMJ journal's page); the note's words may be run into the field
# read before it
_NOTE = re.compile(
    r"\[?[Pp]ublished [Oo]nline(?: [Ff]irst)?:\s?\[?(?P<date>\d{1,2}\s\S+\s\d{4}|\d{4})\b"
)
# The journal's year, printed before the note ("Gut 2030. Published Online First")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A journal as NLM abbreviates it: capitalised words with no full stop ("Br J Sports Med")
_JOURNAL = re.compile(r"[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|of|and|the|in|for|&)){0,9}")
# Where the title ends: its full stop (or question or exclamation mark) before the journal
_TITLE_END = re.compile(r"[.?!]\s")


def journal_before_online_first(ref: Reference) -> Reference:
    """``ref`` with BMJ's "Journal Published Online First: date." read as a journal's
    article in that journal (the title cut at its stop before the journal's name, no place
    nor publisher), or as it was when the journal read is already that name."""
    note = _NOTE.search(ref.source_text)
    if not note or ref.type == "chapter":
        return ref
    # the journal's year and its stop or semicolon before the note, left out
    head = ref.source_text[: note.start()].rstrip().rstrip(".;").rstrip()
    if len(head) > 5 and head[-5].isspace() and _YEAR.fullmatch(head, len(head) - 4):
        head = head[:-5].rstrip()
    ends = list(_TITLE_END.finditer(head))
    if not ends:
        return ref
    start = ends[-1].end()
    journal = head[start:]
    if not _JOURNAL.fullmatch(journal) or ref.container_title == journal:
        return ref
    title = ref.title
    at = ref.source_text.find(title) if title else -1
    if at < 0 or at >= start:
        return ref
    if at + len(title) > ends[-1].start():  # the journal (and the note) run into the title
        stop = ends[-1].group()[0]
        title = ref.source_text[at : ends[-1].start()] + ("" if stop == "." else stop)
    issued = ref.issued or loose_date(note["date"]) or (int(note["date"][-4:]),)
    return ref.with_fields(
        title=title, container_title=journal, container_title_short=journal,
        type="article-journal", publisher="", publisher_place="", issued=issued,
    )  # fmt: skip
