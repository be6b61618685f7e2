"""Numbers in parentheses that count or number items rather than cite, in the forms clinical
and nursing texts print them. A plain copy of a text that cites by superscripts reads them
as parenthesised citations on a thin margin (a close call the reader is asked to look at),
where the Word file, whose raised runs are its citations, leaves them as text; so the two
copies of one manuscript got different verdicts. Each form is read from the characters
around the parenthesis alone, whatever the manuscript's convention:

- a number spelt and then given in figures: "four (4) studies", "quatro (4) estudos",
  "tres (3) ensayos": the parenthesis repeats the word before it, and a citation is
  seldom printed right after a word that spells its own number (the one risk, a pronoun
  "one (1) in adults", is taken: the form is the count's, far more often);
- a count with its share: "(33; 82.5%)", "(24; 60%)": a number beside a percentage in one
  parenthesis is how many make that share;
- the items of a list printed one a paragraph, each label opening its paragraph: a
  "Highlights" block, "(1) First app for ...", then "(2) ..." on the next paragraph. The
  reader of lists (``inline._looks_like_list``) looks for the next label within the
  paragraph, as items run on in a sentence ("(1) the dose, (2) the schedule"); a copy that
  keeps each item a paragraph of its own, blank lines between (Pandoc's), hid the list.

Pure and local: each test looks at a few words or the neighbouring lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Numbers as words, in English, Portuguese and Spanish (the languages of the journals the
# trace reads most; numberwords.py keeps the same three): one to twenty, and the tens
_SPELT: dict[int, frozenset[str]] = {
    n: frozenset(spelt.split())
    for n, spelt in {
        1: "one um uma uno una un",
        2: "two dois duas dos",
        3: "three três tres",
        4: "four quatro cuatro",
        5: "five cinco",
        6: "six seis",
        7: "seven sete siete",
        8: "eight oito ocho",
        9: "nine nove nueve",
        10: "ten dez diez",
        11: "eleven onze once",
        12: "twelve doze doce",
        13: "thirteen treze trece",
        14: "fourteen catorze quatorze catorce",
        15: "fifteen quinze quince",
        16: "sixteen dezesseis dezasseis dieciséis",
        17: "seventeen dezessete dezassete diecisiete",
        18: "eighteen dezoito dieciocho",
        19: "nineteen dezenove dezanove diecinueve",
        20: "twenty vinte veinte",
        30: "thirty trinta treinta",
        40: "forty quarenta cuarenta",
        50: "fifty cinquenta cincuenta",
        60: "sixty sessenta sesenta",
        70: "seventy setenta",
        80: "eighty oitenta ochenta",
        90: "ninety noventa",
    }.items()
}
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[^\S\n]?$")
_SPELT_REACH = 16  # the longest word above and its space
_SHARE = re.compile(r"(?<!\d)\d+(?:[.,]\d+)?[^\S\n]?%")  # (?<!\d): linear if searched
_ITEM_REACH = 400  # how long a paragraph that is a list's item may be
_ITEM_OPENS = re.compile(r"(?<![^\S\n])[^\S\n]+([^\W\d_])")  # a space, then the item's first word


def spelt_before(text: str, start: int, numbers: tuple[int, ...]) -> bool:
    """Whether the parenthesis at ``start`` gives in figures the one number the word before
    it spells: "four (4)", "Quatro (4)"."""
    if len(numbers) != 1 or numbers[0] not in _SPELT:
        return False
    m = _WORD_BEFORE.search(text, max(0, start - _SPELT_REACH), start)
    return m is not None and m.group(1).lower() in _SPELT[numbers[0]]


def beside_a_share(parts: Iterable[str]) -> bool:
    """Whether one of a parenthesis's parts between semicolons is a share ("82.5%", "60 %"):
    the number beside it is the count that makes the share, "(33; 82.5%)"."""
    return any(_SHARE.fullmatch(part.strip()) for part in parts)


def _opens_line(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] == "\n"


def items_a_paragraph_each(text: str, start: int, numbers: tuple[int, ...]) -> bool:
    """Whether the parenthesis at ``start`` labels an item of a list printed one item a
    paragraph: it opens its line and a capitalised word follows it (the item's first, "(1)
    As úlceras", whatever word it is), and the paragraph before opens with the label before
    it or the paragraph after with the label after it ("(1) ..." then "(2) ...", blank
    lines between or none)."""
    if len(numbers) != 1 or not _opens_line(text, start):
        return False
    n = numbers[0]
    first = _ITEM_OPENS.match(text, start + len(f"({n})"))
    if first is None or not first.group(1).isupper():
        return False
    after = text.find("\n", start, start + _ITEM_REACH)
    if after != -1:
        nxt = after
        while nxt < len(text) and text[nxt] == "\n":
            nxt += 1
        if text.startswith(f"({n + 1})", nxt):
            return True
    if n < 2:
        return False
    end = start
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    before = text.rfind("\n", max(0, end - _ITEM_REACH), end)
    if end == start or (before == -1 and end - _ITEM_REACH > 0):
        return False
    return text.startswith(f"({n - 1})", before + 1)
