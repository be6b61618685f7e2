"""Superscripts a copy spaced after the comma of each item they support, in a manuscript
that spaces them all: "fatores como tabagismo, 9 comorbidades, 24 maior uso de
medicamentos, 15 incapacidade" (SciELO's Revista de Saúde Pública keeps a space either
side of each raised number). The superscript stands after the item's comma, so the next
item begins with it; a count there would count the word after it, which is then a noun in
the plural or a unit ("asthma, 12 patients", "visits, 1 year"). The rule of
:mod:`blinarefs.trace.spaced` that offers such a run to the order alone asks ten or more
(a label's or a count's small numbers), and takes none the text cited before: a list of
risk factors cites the same few references again and again, and small ones. Asked only of a
manuscript read as spacing its superscripts (:func:`~blinarefs.trace.decode.decode_markers`).
Pure and bounded: a few characters either side of the run.
"""

from __future__ import annotations

import re

from .candidates import expand_numbers, words
from .numberwords import UNIT_WORDS
from .quantities import RATE_UNITS
from .spaced import a_label_after_a_space, after_an_items_comma

# An item's word (or its aside's close), its comma or semicolon, one space: "tabagismo, 9",
# "(cardiovasculares), 24", "crônicas); 11"
_AFTER_AN_ITEM = re.compile(r"(?:[^\W\d_]|\))[,;][^\S\n]$")
# The word the clause goes on with after the run, and one space
_NEXT_WORD = re.compile(r"[^\S\n]([^\W\d_][^\W\d_-]*)")
# Singular units of time and number a count of one takes ("1 year", "1 ano", "1 vez")
_SINGULAR_UNITS = words("year month week day hour dose time ano mês mes semana dia hora vez año")
_UNITS = UNIT_WORDS | RATE_UNITS | words("h ul g")
# The verbs a count is the subject of ("12 were", "12 foram"; "-ed": "12 failed")
_A_COUNTS_VERB = words("were was had are is foram eram era foi são estavam fueron eran")


def counted(word: str, numbers: tuple[int, ...]) -> bool:
    """Whether ``word`` after the run can be the noun a count of ``numbers`` counts: a
    plural ("12 patients", "9 comorbidades", "3 estudios"), a unit ("10 mg", "10 nM"), or
    a count of one's unit ("1 year", "1 vez"); or the verb a count is the subject of ("12
    were", "12 failed"). A singular noun, an adjective, a gerund or an article is counted
    by no number above one ("15 incapacidade", "4 indicando", "4 en la")."""
    lower = word.lower()
    return (
        lower.endswith(("s", "ed"))
        or lower in _A_COUNTS_VERB
        or lower.replace("µ", "u").replace("μ", "u") in _UNITS
        or any(ch.isupper() for ch in word[1:])  # a unit's symbol: "10 nM", "5 mL", "3 kDa"
        or (numbers == (1,) and lower in _SINGULAR_UNITS)
    )


def an_items_citation(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` after an item's comma (or semicolon) and one
    space, before one space and a lower-case word no count counts or a place's name
    ("Springfield, 35 Southern Examplia,"), sits as a superscript
    spaced after what it supports, not as a count after a sentence's opening phrase ("Of
    these, 12 failed"), a quantity's word or in a list of counts
    (:func:`~blinarefs.trace.spaced.after_an_items_comma`), nor as a label listed with
    another ("patients 1, 12, and 17")."""
    numbers = expand_numbers(text[start:end])
    if not numbers or not _AFTER_AN_ITEM.search(text, max(0, start - 3), start):
        return False
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    if not word.group(1)[0].islower():
        if not _a_places_name(text, end):
            return False
    elif counted(word.group(1), numbers) or _an_elided_count(text, start, word.group(1)):
        return False
    return after_an_items_comma(text, start - 1, start, end, numbers) and not (
        a_label_after_a_space(text, start, end)
    )


# Two capitalised words after the run, then punctuation, an aside or another number: a
# place's name ("Springfield, 35 Southern Examplia,", "Zona Norte (82,0%)", "Região Sul 7")
_TWO_NAMES = re.compile(r"[^\S\n]([^\W\d_]+)[^\S\n]([^\W\d_]+)(?=[,.;:)]|[^\S\n][(\d])")


def _a_places_name(text: str, end: int) -> bool:
    """Whether a place's name of two capitalised words follows the run ending at
    ``end``: a count counts no name ("12 Santa Casa hospitals" goes on with its noun)."""
    m = _TWO_NAMES.match(text, end)
    return m is not None and all(w[0].isupper() and not w.isupper() for w in m.groups())


# Where the item before the run opens: a clause's or an aside's punctuation, a sentence
_AN_ITEM_OPENS = re.compile(r"[,;:(\n]|[.!?][^\S\n]")
_A_BARE_NUMBER = re.compile(r"(?<![\w.,])\d+(?![\w]|[.,]\d)")


def _an_elided_count(text: str, start: int, word: str) -> bool:
    """Whether the item before the run's comma holds a count and the word the run goes on
    with, as a list of counts that leaves out its verb prints them: "of the 58 genes, 7
    were shared with one model, 3 with the other" (the second count's "were shared"
    elided); a citation's next word owes nothing to the item before."""
    comma = start - 2
    lo = max(0, comma - 80)
    opens = [m.end() for m in _AN_ITEM_OPENS.finditer(text, lo, comma)]
    item = text[opens[-1] if opens else lo : comma]
    return (
        _A_BARE_NUMBER.search(item) is not None
        and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", item) is not None
    )
