"""Evidence for the judge of doubt (:mod:`.doubt`) about where a field ends, and about the
kind of work read.

The fields read wrong and not warned of on dev and the extra sets were mostly bounds: a
title cut at a comma with its rest read into the journal, an abbreviated journal split at
a full stop ("Microbiol. Lett." left in the title). The labeller's own hesitation over a
bound, how the list prints its titles, and a journal's form say where a bound is in doubt.
The kind of work read was judged by nothing, while a wrong one makes the reference wrong.
"""

from __future__ import annotations

import re

from .doubt_case import Case, comma_after_title, journal_key, last_words
from .features import JOURNAL_WORDS
from .title_words import DANGLING

# -- the bounds of the fields -------------------------------------------------------------


def labeller_edge_unsure(c: Case) -> float:
    """The labeller's chance that a token just outside the field is the field's: it nearly
    drew the bound elsewhere (:func:`.labeller.edges`)."""
    return c.edges.get(c.field, 0.0)


def title_cut_at_a_comma(c: Case) -> float:
    """The title is printed with a comma and a word after it, in a list whose titles are
    mostly not (their bound is a full stop): the rest of a title cut at its comma, read
    into the journal. Weighed for the title and for the journal."""
    if not c.ref.title or c.context.size < 5 or c.context.comma_titles * 2 >= c.context.size:
        return 0.0
    return float(comma_after_title(c.ref.source_text, c.ref.title))


def title_ends_in_a_dangling_word(c: Case) -> float:
    """The title's last word is one no title ends with ("... of", "... and the"): cut."""
    words = last_words(c.ref.title, 1)
    return float(bool(words) and words[-1].lower() in DANGLING)


_LETTERS = re.compile(r"[^\W\d_]+")  # (compiled once: every journal of a list is judged)


def abbreviated(journal: str) -> bool:
    """A journal named as abbreviation lists name it: a word journals abbreviate ("J",
    "Microbiol"), or words each capitalised with full stops between ("FEMS Immun. Lett.")."""
    words = _LETTERS.findall(journal)
    if any(w.lower() in JOURNAL_WORDS for w in words):
        return True
    return "." in journal and all(w[:1].isupper() for w in words)


def container_alone_unabbreviated(c: Case) -> float:
    """A journal printed by no other entry of the list, named unlike an abbreviation
    list's journals: a title's rest read as the journal more often than a journal."""
    name = c.ref.container_title
    key = journal_key(name)
    return float(bool(key) and c.context.containers[key] <= 1 and not abbreviated(name))


# -- the kind of work -----------------------------------------------------------------------


def type_located_as_an_article(c: Case) -> float:
    """Read as another kind of work, yet with a journal, a volume and pages: a journal's
    article read as a book or a page more often than not."""
    ref = c.ref
    return float(
        ref.type != "article-journal" and bool(ref.container_title and ref.volume and ref.page)
    )


def article_unlocated(c: Case) -> float:
    """A journal's article with no volume, no pages and no DOI: a web page, a report or a
    book read as an article (an article online first prints a DOI)."""
    ref = c.ref
    return float(ref.type == "article-journal" and not (ref.volume or ref.page or ref.doi))


def type_without_a_container(c: Case) -> float:
    """An article or a chapter read with no journal or book to be part of."""
    return float(c.ref.type in ("article-journal", "chapter") and not c.ref.container_title)


def article_with_a_publisher(c: Case) -> float:
    """A journal's article with a publisher read: a book's imprint after a title."""
    return float(c.ref.type == "article-journal" and bool(c.ref.publisher))
