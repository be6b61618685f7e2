"""A superscript a copy spaced after a year or a share, in a manuscript that spaces them
all: "rose to 2.4% in 2031 5 and to 3.1% in 2035", "em 2029 16 para medir", "in 2027, 11
which counted", "between 31.2% 19 and 40.5%". A sentence that dates or measures a finding
cites the work right after the value, and a year or a share counts nothing, so the number
after it is a count only where its noun or a count's verb follows ("in 2031 5 patients",
"Em 2030, 15 morreram"), a date's or a share's word does ("2031 5 de março", "em 2031 5 em
cada 10"), or the list of values goes on with one ("in 2031 5 and 6").
:func:`~blinarefs.trace.quantities.spaced_quantity` reads the same after a year only where
the clause ends or goes on in English. Asked only of a manuscript read as spacing its
superscripts (:func:`~blinarefs.trace.decode.decode_markers`). Pure: a few characters either
side of the run.
"""

from __future__ import annotations

import re

from .candidates import expand_numbers, words
from .cited_items import counted
from .numberwords import FOLLOWERS, QUANTITY_GOVERNORS

# A year, its comma perhaps, and one space right before the run ("2031 ", "2027, "), or a
# share ("31.2% ", "40,5%, ")
_A_VALUE_THEN_SPACE = re.compile(r"(?:(?<![\d.,/-])(?:19|20)\d\d|\d%),?[^\S\n]$")
# The word after the run and one space, in lower case
_NEXT_WORD = re.compile(r"[^\S\n]([^\W\d_A-Z][^\W\d_]*)")
# ... then one more number, a value or a share: "5 and 6", "5 e 1,8%" (not a list's value)
_ANOTHER_NUMBER = re.compile(r"[^\S\n]\d+(?!\d|[.,]\d|[^\S\n]?%)")
# The words of a date, a share or a value that a count goes on with: "5 de março", "3 em
# cada 10", "5 of them", "5 to 10", "5 por 1.000", "5 mil"
_A_COUNTS_WORDS = words(
    "de do da dos das del of em en in a à to por per ou or cada each mil milhões millones "
    "million thousand out"
)
# The past of a verb a count is the subject of, by its ending: "morreram", "murieron"
_A_COUNTS_PAST = ("ram", "ron")


def after_a_value(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` follows a year or a share (and its comma) and a
    space, and the clause goes on with a lower-case word that is no noun a count counts, no
    verb it is the subject of and no date's or share's word, with no number of its list
    after it ("in 2031 5 and 3.1% in", "em 2029 16 para", "in 2027, 11 which"), nor an
    adjective and a counted noun ("Between 2030 and 2032, 28 eligible sites"); a count
    of one takes any noun ("in 2031 1 death"), so one is taken only before a word a
    citation is followed by."""
    if not _A_VALUE_THEN_SPACE.search(text, max(0, start - 7), start):
        return False
    numbers = expand_numbers(text[start:end])
    word = _NEXT_WORD.match(text, end)
    if not numbers or word is None:
        return False
    nxt = word.group(1)
    if counted(nxt, numbers) or nxt in _A_COUNTS_WORDS or nxt.endswith(_A_COUNTS_PAST):
        return False
    if numbers == (1,) and nxt not in FOLLOWERS:
        return False
    if nxt not in FOLLOWERS | QUANTITY_GOVERNORS:  # "28 eligible articles": its adjective
        then = _NEXT_WORD.match(text, word.end())
        if then is not None and counted(then.group(1), numbers):
            return False
    return _ANOTHER_NUMBER.match(text, word.end()) is None
