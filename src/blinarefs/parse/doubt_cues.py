"""Evidence for the judge of doubt (:mod:`.doubt`) from what the printed reference and its
list show beside the field read: a journal the parser knows nothing like, a title that
ends in a journal's first words, a volume printed where the list's style prints none, and
a journal's article printed with a book's cues.

The fields read wrong and not warned of on dev and the extra sets were mostly bounds the
labeller drew at a comma or a full stop inside a title or a journal ("FEMS Microbiol.
Lett." split at its full stops, a title's rest read as the journal), and kinds read
against what was printed (an article with a book's editors or publisher). Tried and left out,
for they did not earn their place on dev and the extra sets: a verb in the journal alone
(the journal unlike a journal weighs it), and a book read where a journal's "12(3):45" was
printed.
"""

from __future__ import annotations

import re

from .doubt_case import Case, volume_place
from .features import JOURNAL_WORDS
from .prefilter import searched_where
from .title_words import JOURNAL_NOUNS, holds_title_word

# -- a journal that reads like none --------------------------------------------------------

_WORDS = re.compile(r"[^\W\d_]+")
# A verb a title's sentence holds and a journal's name does not: the forms of "be" and
# "have", the modals, and a lower-case word ending as a past or a present participle,
# except those spelled-out journals' names hold ("applied", "advanced", "nursing")
_AUXILIARY = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did",
     "can", "could", "may", "might", "will", "would", "should", "must"}
)  # fmt: skip
_PARTICIPLE = re.compile(r"\b[a-z]{3,}(?:ed|ing)\b")
_JOURNAL_PARTICIPLES = frozenset(
    {"applied", "advanced", "integrated", "related", "based", "nursing", "engineering",
     "computing", "publishing", "imaging", "learning", "processing", "modeling", "modelling",
     "training", "banking", "marketing", "accounting", "teaching", "reasoning", "programming",
     "networking", "manufacturing", "mining", "planning", "building", "housing", "writing",
     "reading", "speaking", "hearing", "aging", "ageing", "breeding", "farming", "feeding",
     "bleeding", "lasting"}
)  # fmt: skip


def known_journal_word(name: str) -> bool:
    """Whether a word of ``name`` is one the parser knows journals by: an abbreviation
    journals use ("J", "Microbiol") or a noun of a spelled-out journal ("Reviews")."""
    return any(
        (w := x.lower()) in JOURNAL_WORDS or w in JOURNAL_NOUNS for x in _WORDS.findall(name)
    )


def holds_a_verb(text: str) -> bool:
    """Whether ``text`` holds a verb a sentence has and a journal's name has not."""
    words = _WORDS.findall(text)
    if any(w in _AUXILIARY for w in words):
        return True
    return any(w not in _JOURNAL_PARTICIPLES for w in _PARTICIPLE.findall(text))


def container_unlike_a_journal(c: Case) -> float:
    """A journal with no word the parser knows journals by that reads like a title's
    sentence instead: a title's word in it, a verb, or over eight words. Where the
    labeller ended a title too early, its rest is read as such a journal, and the title
    is cut too."""
    name = c.ref.container_title
    if not name or known_journal_word(name):
        return 0.0
    return float(holds_title_word(name) or holds_a_verb(name) or len(name.split()) > 8)


# -- a title that ends in a journal's first words ------------------------------------------

# A word a journal's name opens with and a title's sentence seldom ends with: an acronym in
# capitals ("FEMS", "BMC"), or an abbreviation journals use, capitalised ("Am", "Int")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _journal_like(word: str) -> bool:
    core = word.rstrip(".")
    return bool(_ACRONYM.fullmatch(core)) or (core[:1].isupper() and core.lower() in JOURNAL_WORDS)


def title_ends_in_a_journal_opening(c: Case) -> float:
    """The title's last sentence, after its last full stop, is one to three words each of
    which reads as a journal's ("... in biofilms. FEMS Microbiol."): the journal's first
    words read into the title, and the journal cut."""
    head, stop, tail = c.ref.title.rstrip(" .").rpartition(". ")
    words = tail.split()
    return float(bool(stop and head) and 1 <= len(words) <= 3 and all(map(_journal_like, words)))


# -- a volume where the style prints none --------------------------------------------------


def volume_out_of_place(c: Case) -> float:
    """The volume is printed otherwise than most volumes of its list (lists of five volumes
    or more): after something else than the list's volumes are (a year, a mark), or before
    the journal. A style prints every journal's volume alike, so a volume found elsewhere
    is likely a page, an issue or a year, or its journal is not the journal."""
    usual = c.context.usual_volume_place  # (found once a list, not once an entry)
    if not c.ref.volume or usual is None:
        return 0.0  # (no style most volumes follow: the entry's own place is not looked for)
    return float(volume_place(c.ref) not in ("?", usual))


# -- a kind of work against its printed cues -----------------------------------------------

# A book's cues: its editors, its publisher's last word, its edition, its ISBN or "In:"
_BOOK_CUES = re.compile(
    r"\(eds?\.?\)|\beds?\.,|\bedn\b|\bISBN\b|\bIn:\s|\b(?:Press|Publishers?|Publishing|Verlag)\b"
)

# _BOOK_CUES searched only where what each cue prints is (every journal's article is asked)
_book_cue = searched_where(
    _BOOK_CUES,
    ("(ed", "ed.,", "eds.,", "edn", "ISBN", "In:", "Press", "Publish", "Verlag"),
    case_blind=False,
)


def article_with_book_cues(c: Case) -> float:
    """A journal's article read where a book's cues were printed: editors, a publisher,
    an edition, an ISBN, "In:"."""
    return float(c.ref.type == "article-journal" and bool(_book_cue(c.ref.source_text)))


def container_before_title(c: Case) -> float:
    """The journal read is printed before the title read: a style prints a work's title
    first, so the title's first words were read as the journal ("Roe J 2030 Falls of a
    town. Made J. 12, 1" read with "Falls of" as the journal)."""
    title, journal, printed = c.ref.title, c.ref.container_title, c.ref.source_text
    at_title = printed.find(title) if title else -1
    at_journal = printed.find(journal) if journal else -1
    return float(0 <= at_journal < at_title)
