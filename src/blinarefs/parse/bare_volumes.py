"""A journal's volume printed alone after its name, with no pages: an article whose
e-locator the list left out, as SAGE's styles print one ("Roe J (2030) Title. Exampl Med
J 8." in SAGE's Harvard, "Title. Exampl Med J; 8. Epub ahead of print 2030." in SAGE's
Vancouver).

With no pages after it, the labeller does not take the number for a volume: the
Harvard form is read as a book whose title runs on into the journal's name and volume,
the Vancouver form as a journal named with its volume. An abbreviated journal's name
(NLM's words, "J", "Med", "Soc", :data:`.features.JOURNAL_WORDS`, capitalised) and a
number of four digits at most, closing the reference, are the journal and its volume:
no book's title ends with a journal's abbreviated name and a number; and no journal is
named with a semicolon and a number.
"""

from __future__ import annotations

import re

from ..model import Reference
from .features import JOURNAL_WORDS

# "Title. Exampl Med J 8": the title's last sentence, capitalised words and a number
_LAST_SENTENCE = re.compile(
    r"(?<=[^\W_])[.?!] (?P<journal>(?:[A-Z][\w'’\-]*\.? ){1,6})(?P<volume>\d{1,4})$"
)
# "Exampl Med J; 8": a journal read with its volume after a semicolon; anchored at the
# start, so that a search does not try every start (quadratic)
_SEMICOLON_VOLUME = re.compile(r"\A(?P<journal>.*[^\W\d_]\.?); ?(?P<volume>\d{1,4})")
_NUMBER_AT_END = re.compile(r"\d{1,4}\.?")


def journal_and_volume_out_of_title(ref: Reference) -> Reference:
    """``ref``, read as a book or a document with no imprint whose title ends with an
    abbreviated journal's name and a number that close the reference, as an article in
    that journal and volume."""
    if ref.type not in ("book", "document") or ref.publisher or ref.container_title:
        return ref
    m = _LAST_SENTENCE.search(ref.title)
    if not m or ref.volume or ref.page:
        return ref
    at = ref.source_text.find(ref.title)
    end = at + len(ref.title) - len(m["volume"])
    if at < 0 or not _NUMBER_AT_END.fullmatch(ref.source_text[end:].strip()):
        return ref  # (the number closes the reference: no imprint, no link after it)
    journal = m["journal"].strip()
    if not any(w.rstrip(".").lower() in JOURNAL_WORDS for w in journal.split()):
        return ref
    title = ref.title[: m.start() + (ref.title[m.start()] in "?!")]
    return ref.with_fields(
        type="article-journal", title=title, container_title=journal, volume=m["volume"]
    )


def volume_out_of_journal(ref: Reference) -> Reference:
    """``ref`` with the volume read into its journal's name after a semicolon ("Exampl
    Med J; 8") as its volume, when it has none."""
    if ref.volume or ref.type != "article-journal":
        return ref
    m = _SEMICOLON_VOLUME.fullmatch(ref.container_title)
    if not m:
        return ref
    return ref.with_fields(container_title=m["journal"], volume=m["volume"])
