"""Whether a run of words is an organisation's name: title-case words, one of them a word
only organisations have ("Office of the Examiner", "Ministry of Examples (XX)"), or an
acronym ("WHO", "WHO/EXF"). Apart from :mod:`.agencies` because the readers of bodies
printed elsewhere in an entry (after people, opening it, in a chain of units) ask the same
question of their words; :mod:`.agencies` re-exports every name.
"""

from __future__ import annotations

import re

from .doubt_cues import holds_a_verb
from .one_name import ORGANISATION_WORDS, is_organisation

# The lower-case words a name in title case keeps (in the languages of the corpora).
SMALL_WORDS = frozenset((
    "of", "the", "and", "for", "on", "at", "in", "to", "à", "de", "da", "do", "dos", "das",
    "del", "della", "des", "du", "e", "y", "et", "la", "le", "el", "für", "und", "&", "em", "na",
    "no", "nas", "nos", "para", "en", "por", "los", "las",
))  # fmt: skip
# An acronym, or two agencies' joined by a slash ("WHO/EXAMPLEF"): one author
ACRONYMS = r"[A-Z]{2,8}(?:/[A-Z]{2,8})*"


def is_body_name(text: str) -> bool:
    """ "Office of the Examiner", "Instituto de Pesquisas Inventadas", "Ministry of
    Examples (XX)": title-case words, one of them a word only organisations have; not a
    sentence of a title ("Examples of testing in practice")."""
    words = text.split()
    if not all(0 < len(part.split()) <= 12 for part in text.split(", ")) or ":" in text:
        return False  # an agency's units may follow it: "Ministry of Examples, Office of Tests"
    if not all(w[0].isupper() or w[0] in "(" or w.lower() in SMALL_WORDS for w in words):
        return False
    # a word only organisations have: "for" or "of" alone would take "Guidelines for Use"
    return (
        bool(ORGANISATION_WORDS.search(text))
        and is_organisation(text)
        and not re.search(r"\d", text)
    )


def body_units(text: str) -> list[str]:
    """ "Ministry of Examples (XX), Agency of Tests", "Example Society of Hearts; Example
    Society of Kidneys": an agency and its units, or bodies a semicolon lists, each a
    body's name (one author each); nothing when a part is no body's name."""
    parts = [p.strip() for p in re.split(r"[,;] ", text)]
    return parts if len(parts) > 1 and all(is_body_name(p) for p in parts) else []


def name_like(head: str) -> bool:
    """A name in title case, as a body's is printed: every word capitalised but the small
    ones, no figure, no colon, no verb."""
    words = head.split()
    return (
        0 < len(words) <= 12
        and not re.search(r"[\d:]", head)
        and all(w[0].isupper() or w[0] == "(" or w in SMALL_WORDS for w in words)
        and not holds_a_verb(head)
    )
