"""A title of capitalised words parted by commas, read as more names: "Roe J. Stress,
Appraisal, and Coping. Springfield: Example Press 2030." The labeller, which sees names
parted by commas, ran the names on into the title ("Stress", "Appraisal", "Coping") and
left no title; the grammar, which knows that a full stop after the initials closes a
Vancouver list, could not read BMJ's imprint with no semicolon before its year, so nothing
corrected it. No name follows that stop: the names are those before it, the title the
sentence after it.
"""

from __future__ import annotations

import re

from ..model import Reference
from .grammar_names import NAMES_END, split_authors
from .unmarked_chapters import sentence_ends

# a title opens with a word of two letters or more; not with an initial (the names'
# initials are dotted, "Roe J. A., Doe P. Title", "Doe Z-M. E, Moe K", and that stop
# closes no list), a suffix ("III, Poe N.L."), or "and" ("Roe,J. and Doe,A. (2030) Title")
_OPENING = re.compile(r"(?<![\w'’])[A-Z\d][\w'’]*[a-z\d]")  # (from a word's start: linear)
# initials after a word read as a name: a name indeed ("Fish K", "Adams L. A.")
_ET_AL = re.compile(r"\bet al\b")
_INITIALS = re.compile(r"(?<!\s)\s+[A-Z](?:[A-Z]{0,2}\b|\.)")  # (one run of spaces: linear)
# a year alone after the sentence, closed by its full stop (the year of an author-date
# style, which follows the names, never the title)
_YEAR_SENTENCE = re.compile(r"\.\s+(?:19|20)\d{2}[a-z]?\.")


def title_not_names(ref: Reference) -> Reference:
    """``ref`` with the names printed before the list's full stop and the sentence after it
    as the title, where names were read from that sentence and it holds a comma."""
    text = ref.source_text.rstrip()
    words = [n.family or n.literal for n in ref.author]
    first = NAMES_END.match(text)
    if first is None or all(len(w) < 2 or w in first.group() for w in words):
        return ref  # (asked first, as cheap: every name read is printed where the names are)
    found = split_authors(text)
    if found is None or found.editors or not all(n.family for n in found.names):
        return ref
    if not _OPENING.match(found.rest):
        return ref
    head = text[: len(text) - len(found.rest)]
    ends = sentence_ends(found.rest)
    sentence = found.rest[: ends[0]] if ends else ""
    if "," not in sentence or ref.title == sentence or _ET_AL.search(sentence):
        return ref  # ("Roe J, Doe P. Moe, et al. Title": names go on after the stop)
    if _YEAR_SENTENCE.match(found.rest, ends[0]):
        return ref  # the author-date styles' year after the names: Chicago's "Roe, J.
        # Michael, and Kim Doe. 2030.", whose given name follows the initial's stop
    # a word of the sentence read as a name (no initial: "Roe J. A. Title" is no such)
    taken = [w for w in words if len(w) > 1 and w not in head and w in sentence]
    if not taken or any(_INITIALS.match(sentence, sentence.find(w) + len(w)) for w in taken):
        return ref  # every name read is printed before the stop, or is a name
    return ref.with_fields(
        author=found.names, author_truncated=found.truncated, title=sentence.strip()
    )
