"""An abbreviated journal's name printed after the title with no full stop between, as
copies of SciELO's and other Vancouver lists lose it: "Roe E, Doe D. Made-up patterns of
example care in rural towns Rev Bras Exemplo. 2030;8(4):454-66."

With no full stop to end the title at, the readers run the journal into it and read an
article with a volume and pages but no journal. The journal is plain there: NLM's
abbreviated words ("Rev", "Bras", "J", "Sci", :data:`.features.JOURNAL_WORDS`), capitalised,
closing a title in sentence case (the word before them in lower case), the first of them
such a word and at least two of them. An article that has its volume and pages has a
journal; a title in title case, or one ending with a place's name ("... in Rio de
Janeiro"), has no such run and is left as read.
"""

from __future__ import annotations

import re

from ..model import Reference
from .features import JOURNAL_WORDS

# a journal's word: capitalised, perhaps with its abbreviation's full stop ("Rev.", "J.")
_WORD = re.compile(r"[A-Z][\w'’\-]*\.?")
# the words a journal's name keeps in lower case
_SMALL = frozenset({"of", "and", "&", "de", "da", "do", "e", "y", "in", "for"})
_LONGEST = 8


def journal_out_of_title(ref: Reference) -> Reference:
    """``ref`` with the journal's abbreviated name out of the end of the title, when no
    journal was read and the volume or the pages were."""
    if ref.container_title or ref.type != "article-journal" or not (ref.volume or ref.page):
        return ref
    words = ref.title.split()
    start = len(words)
    while start > 1 and len(words) - start < _LONGEST:
        word = words[start - 1]
        if not (_WORD.fullmatch(word) or (word in _SMALL and start < len(words))):
            break
        start -= 1
    while start < len(words) and words[start] in _SMALL:
        start += 1
    run = words[start:]
    if len(run) < 2 or start < 2 or not words[start - 1][:1].islower():
        return ref
    known = [w for w in run if w.rstrip(".").lower() in JOURNAL_WORDS]
    if run[0].rstrip(".").lower() not in JOURNAL_WORDS or len(known) < 2:
        return ref
    return ref.with_fields(title=" ".join(words[:start]), container_title=" ".join(run))
