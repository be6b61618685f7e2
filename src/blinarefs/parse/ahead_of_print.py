"""PubMed's "Epub ahead of print" after a journal's name: a note, never the journal's or a
publisher's (split out of :mod:`.journals`, whose rules move text between the title and the
journal)."""

from __future__ import annotations

import re

from ..model import Reference

# A journal's note run into its name or read as a book's publisher after its place ("Cereb
# Cortex: Epub ahead of print."): no journal is named so and no publisher prints that
_AHEAD_OF_PRINT = re.compile(r"(?:E-?pub(?:lished)?|Published) ahead of print\.?", re.I)
_NOTE_AFTER_JOURNAL = re.compile(rf"[:.,;] ?{_AHEAD_OF_PRINT.pattern}$", re.I)


def journal_ahead_of_print(ref: Reference) -> Reference:
    """ "Title. Made Up J: Epub ahead of print.": the journal, and its note no part of it
    (read as one, a later reading took "Made Up J" for a book's place and the note for its
    publisher)."""
    if (note := _NOTE_AFTER_JOURNAL.search(ref.container_title)) and note.start() > 0:
        journal = ref.container_title[: note.start()].rstrip()
    elif _AHEAD_OF_PRINT.fullmatch(ref.publisher.strip()) and not ref.container_title:
        journal = ref.publisher_place
    else:
        return ref
    if not journal:
        return ref
    return ref.with_fields(
        type="article-journal", container_title=journal, container_title_short=journal,
        publisher="", publisher_place="",
    )  # fmt: skip
