"""A citation between a plural noun and a verb in the singular, in a copy that spaces its
superscripts: "o uso de remédios inseguros entre idosos 3 foi maior", "the share of
unsafe drugs among patients 3 was higher". A count of two or more is the subject of a
verb in the plural ("3 foram", "3 were"); a label follows a noun in the singular ("grupo
3 foi", "Patient 2 was"); so a number after a plural and before "foi" or "was" is neither,
and the copy spaced the superscript of the phrase before it. Asked only of a manuscript
read as spacing its superscripts (:func:`~blinarefs.trace.decode.decode_markers`). Pure:
a word either side of the run.
"""

from __future__ import annotations

import re

from .candidates import expand_numbers, words
from .numberwords import DETERMINERS, FOLLOWERS, LABEL_WORDS, QUANTITY_GOVERNORS
from .spaced import a_label_after_a_space

# A plural in lower case right before the run's space: "idosos 3", "patients 3"
_A_PLURAL_THEN_SPACE = re.compile(r"(?<![^\W_])([^\W\d_A-Z]{3,}s)[^\S\n]$")
# The verb right after the run
_NEXT_WORD = re.compile(r"[^\S\n]([^\W\d_]+)\b")
# "to be" and "to have" in the singular: Portuguese, Spanish, English
SINGULAR_VERBS = words("foi é era está esteve tem teve fue es era está tuvo was is has had")
# Plurals that govern a count or a label, or name no thing ("days 3", "these 3")
_NOT_A_THING = QUANTITY_GOVERNORS | LABEL_WORDS | DETERMINERS | FOLLOWERS


def before_a_singular_verb(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` after a space follows a plural noun and comes
    before a verb in the singular ("idosos 3 foi maior", "patients 3 was higher"): no
    count of two or more and no label sits so. A count of one takes the singular ("1
    was"), so one number of one is left out."""
    numbers = expand_numbers(text[start:end])
    if not numbers or numbers == (1,) or a_label_after_a_space(text, start, end):
        return False
    verb = _NEXT_WORD.match(text, end)
    if verb is None or verb.group(1) not in SINGULAR_VERBS:
        return False
    plural = _A_PLURAL_THEN_SPACE.search(text, max(0, start - 40), start)
    return plural is not None and plural.group(1) not in _NOT_A_THING
