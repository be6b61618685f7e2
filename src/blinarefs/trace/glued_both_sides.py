"""A flattened superscript glued to the next word as well as to the one before it.

Where a journal's markup leaves no space after a raised number, a copy prints
"different garden groups15tends to", "Roe et al.31also noted", "Doe et al.19(2031)
showed", "(SGS – Springfield Garden Survey)11is": the digits sit inside one printed token,
where :func:`~blinarefs.trace.textpos.after_is_boundary` sees a name's or a unit's
("H1N1", "CD4pos"). The text tells them apart: a citation sits between two words the
text prints on their own elsewhere ("groups" and "tends"), or after "et al." or a closed
aside, before such a word or a year's parenthesis; a name that carries digits is printed
again with them, and a chemical formula's or a gene's letters are no words of the text.

Medium: a citation's form; the order of first citations decides as for any other. Pure;
the text's words are counted once.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .candidates import MEDIUM, Candidate, expand_numbers
from .punctuated import is_et_al

# The word before the run, of three letters or more, in lower case but for its first
# letter ("groups", "Malaysia"); or "et al." ("al." then the run); or an aside's close after
# a letter ("Survey)")
_WORD_BEFORE = re.compile(r"(?<![^\W_])([^\W\d_][^\W\d_A-Z]{2,})$")
_AL_BEFORE = re.compile(r"(?<![^\W_])al\.$")
_CLOSE_BEFORE = re.compile(r"[^\W\d_]\)$")
# The word after the run, whole, in lower case, or a year's parenthesis: "tends ", "(2031)"
_WORD_AFTER = re.compile(r"([^\W\d_A-Z]{2,})(?![\w-])")
_YEAR_AFTER = re.compile(r"\((?:19|20)\d\d[a-z]?\)")
# A word as printed on its own, in any case
_A_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")


@lru_cache(maxsize=2)
def _words(text: str) -> Counter[str]:
    """How often each word stands on its own in ``text``, in lower case."""
    return Counter(w.lower() for w in _A_WORD.findall(text))


def glued_both_sides(text: str, start: int, end: int) -> Candidate | None:
    """A reading of the run ``text[start:end]`` glued to the word after it as a
    superscript whose markup left no space after it: after a word the text prints on its
    own, "et al." or a closed aside, and before a lower-case word the text prints on its
    own or a year's parenthesis ("groups15tends", "et al.19(2031)", "Survey)11is")."""
    if start < 3 or (not text[end : end + 1].isalpha() and text[end : end + 1] != "("):
        return None
    numbers = expand_numbers(text[start:end])
    if not numbers:
        return None
    after = _WORD_AFTER.match(text, end)
    words = _words(text)
    if after is not None:
        if words[after.group(1)] == 0:
            return None
    elif not _YEAR_AFTER.match(text, end):
        return None
    lo = max(0, start - 40)
    word = _WORD_BEFORE.search(text, lo, start)
    if word is not None:
        if words[word.group(1).lower()] == 0:
            return None
    elif not (
        (_AL_BEFORE.search(text, lo, start) and is_et_al(text, start - 3))
        or (_CLOSE_BEFORE.search(text, lo, start) and _an_aside_closes(text, start - 1))
    ):
        return None
    return Candidate(start, end, "superscript", MEDIUM, numbers, why=("glued to the next word",))


ASIDE_LENGTH = 120  # characters an aside's parenthesis is looked back for


def _an_aside_closes(text: str, close: int) -> bool:
    """Whether the parenthesis closing at ``close`` closes a prose aside, opened after a
    space ("the survey (SGS – Springfield Garden Survey)"), not a formula's group glued to
    what comes before it ("0.0077(Age)2", "f(x)2": a square)."""
    opening = text.rfind("(", max(0, close - ASIDE_LENGTH), close)
    return opening > 0 and text[opening - 1].isspace()
