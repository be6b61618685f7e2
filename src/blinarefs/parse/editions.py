"""A book's edition as real lists print it, in their languages.

"2nd ed.", "3rd edn", "5a ed." and "5.ª ed." (Portuguese, Spanish), "2e éd." (French), "4. Aufl."
(German). The labeller learnt the English forms; in the others it reads the number as
punctuation and the word as the book's title or its place ("In: Roe J, Hrsg. Innere
Medizin. 4. Aufl. Stuttgart: Thieme" gave the book "Aufl. Stuttgart: Thieme").
"""

from __future__ import annotations

import re

from .labeller import Labelled, texts_of
from .token_index import all_of, may_match_word

# The edition's ordinal mark and word
EDITION_MARK = r"(?:st|nd|rd|th|a|ª|e|er|ème)"
EDITION_WORD = r"(?:edn|edition|ed|aufl|auflage|éd|édition|edición|edição)"
_NUMBER = re.compile(rf"\d{{1,2}}{EDITION_MARK}?", re.I)
# Elsevier's and Chicago's edition in words: "third ed.", "Second edition"
ORDINAL_WORDS = {
    w: str(n)
    for n, w in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
         "ninth", "tenth"), 1
    )
}  # fmt: skip
_SHORTEST_ORDINAL = min(map(len, ORDINAL_WORDS))  # a shorter word is none (asked before lower())
_WORD = re.compile(EDITION_WORD, re.I)
# ... its words, as a set: what a token must be (in lower case) for _WORD to match it
_WORDS = frozenset(EDITION_WORD.removeprefix("(?:").removesuffix(")").split("|"))
# "Handbook of Child Psychology. 6. ed": an edition printed after a book's title, which may
# close with its question ("Pobreza: de que se trata? 3. ed", the mark kept in the title),
# or in parentheses ("Analysis of Made-up Data (2nd ed)", "Data(2nd ed.)"), or with a space
# alone (or a comma) where the ordinal is English's and the word abbreviated, as Nucleic Acids
# Research prints a book ("Made-up Works 2nd edn. Example Press, Springfield."; a title may
# hold a written-out one, "Example Atlas 7th Edition"); Portuguese and Spanish qualify it
# ("2. ed. atual.", "3. ed. rev. e ampl.", "2a ed. corr.": revised, updated, enlarged)
_QUALIFIED = (
    r"(?:[,.]?\s+(?:[ey]\s+)?(?:rev(?:isada|ista)?|atual(?:izada)?|actualizada|ampl(?:iada)?"
    r"|aum(?:entada)?|corr(?:igida)?)\.?){0,3}"
)
EDITION_AFTER = re.compile(
    rf"(?:\.|(?<=[?!])|(?<!\s)\s*\(|\s[-–—]|,?\s(?=\d{{1,2}}(?:st|nd|rd|th)\s(?:edn|ed)\b))"
    rf"\s*(\d{{1,2}}){EDITION_MARK}?\.?\s*{EDITION_WORD}\.?{_QUALIFIED}\)?$",
    re.I,
)
# What follows an edition's number in its field: "2nd ed.", "5a", "4. Aufl."
EDITION_TAIL = re.compile(rf"(?<=\d)\.?(?:{EDITION_MARK}|º)?\.?(?: ?{EDITION_WORD}\.?)?$", re.I)


def _imprint_follows(labelled: list[Labelled], i: int, at: int) -> bool:
    """Whether an ordinal edition printed straight after the title, its full stop lost
    ("Title 3rd ed London: Press; 2030"), is one: an ordinal's mark, then the word, then
    the place (or publisher) of the imprint."""
    after = labelled[at + 1 : at + 2]
    marked = re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", labelled[i].token.text) is not None
    return marked and bool(after) and after[0].label in ("place", "publisher")


def editions_in_words(labelled: list[Labelled]) -> list[Labelled]:
    """The number and word of an edition ("4. Aufl.", "2e éd.", "3rd ed") are the edition,
    whatever the labeller read; a number alone before "ed" is not one unless a full stop
    or an ordinal mark ties them ("Roe J, 2 eds" is not printed; "2. ed" and "2nd ed" are)."""
    if not may_match_word(labelled, _WORDS):  # (no edition's word, as most entries)
        return labelled
    words = list(texts_of(labelled))
    out = list(labelled)
    for i, word in enumerate(words[:-1]):
        # (a number's first character asked first: every token of every entry is visited)
        if not (
            (word[:1].isdigit() and _NUMBER.fullmatch(word))
            or (len(word) >= _SHORTEST_ORDINAL and word.lower() in ORDINAL_WORDS)
        ):
            continue
        stop = words[i + 1] == "."
        at = i + 1 + stop
        if stop and word.isdigit() and words[at : at + 1] in (["ª"], ["º"]):
            at += 1  # Spanish's and Portugal's ordinal after its full stop: "2.ª ed."
        if at >= len(words) or not _WORD.fullmatch(words[at]):
            continue
        if word.isdigit() and not stop:
            continue
        if i and words[i - 1] not in (".", ",", "(", ";") and not _imprint_follows(out, i, at):
            continue  # "Table 2 ed" or a volume: not after a field's end
        if words[at + 1 : at + 2] == [":"]:
            continue  # "..., 3rd ed: Guidelines": a series' name inside a title
        for k in range(i, at + 1):
            out[k] = out[k]._replace(label="edition")
        _parenthesis_out(out, words, i, at)
    return out


def _parenthesis_out(out: list[Labelled], words: list[str], i: int, at: int) -> None:
    """APA's edition in parentheses after the title, "Title (3rd ed.). Press": the marks
    around it belong to no field (the title kept its "(", "Made-up textbook (")."""
    close = at + 1 + (words[at + 1 : at + 2] == ["."])
    if i and words[i - 1] == "(" and words[close : close + 1] == [")"]:
        for k in (i - 1, *range(at + 1, close + 1)):
            out[k] = out[k]._replace(label="other")


_IMPRINT_END = frozenset({";", ","})
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d[a-z]?")
_FIELD_OF_BOOK = frozenset({"container", "title", "other", "place", "publisher"})


def imprint_after_edition(labelled: list[Labelled]) -> list[Labelled]:
    """ "Book. 4. Aufl. Stuttgart: Thieme; 2019": what follows an edition and its full stop
    up to the semicolon or comma before the year, when one colon parts it into two runs of
    words, is the place and the publisher (the labeller read the run after a German or
    French edition as the book)."""
    ends = all_of(labelled, "edition")
    if not ends or ends[-1] + 2 >= len(labelled) or labelled[ends[-1] + 1].token.text != ".":
        return labelled  # (no edition, as most entries: nothing to copy)
    out = list(labelled)
    start = ends[-1] + 2
    end = next(
        (k for k in range(start, len(labelled)) if labelled[k].token.text in _IMPRINT_END),
        -1,
    )
    words = list(texts_of(labelled)[start:end])
    if end < 0 or words.count(":") != 1 or labelled[end + 1 : end + 2] == []:
        return out
    if not _YEAR.fullmatch(labelled[end + 1].token.text) or any(
        x.label not in _FIELD_OF_BOOK for x in labelled[start:end]
    ):
        return out
    colon = start + words.index(":")
    if colon == start or colon == end - 1:
        return out
    for k in range(start, end):
        label = "place" if k < colon else "other" if k == colon else "publisher"
        out[k] = out[k]._replace(label=label)
    out[start - 1] = out[start - 1]._replace(label="other")
    out[end] = out[end]._replace(label="other")
    out[end + 1] = out[end + 1]._replace(label="year")  # read as the book's, or the title's
    return out
