"""What the sequence labeller sees of each token: small named features, one idea each.

A feature is a function of the token and its place in the reference. The labeller learns
the weights; here we only say what could matter: the token's shape, whether it could be a
year, a month, initials, a page range, a word journals abbreviate, a cue such as "In:",
"eds", "et al", "doi" or "PMID", and where it stands (how many full stops came before it,
how far into the reference it is). Neighbours' features are copied in with an offset.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from itertools import groupby

from ..model import MONTH_MACROS
from ..names import PARTICLES, is_initials
from .tokens import Token

MONTHS = frozenset(MONTH_MACROS) | frozenset(
    {"sept", "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december", "spring", "summer", "autumn", "fall", "winter",
     # other languages real lists carry
     "abr", "mai", "ago", "set", "out", "dez", "ene", "dic", "fev", "janv", "févr", "avr",
     "juil", "déc", "mär", "okt"}
)  # fmt: skip
# Words that open or close a field in many styles (lower-cased).
CUES = {
    "in": "in", "ed": "ed", "eds": "ed", "editor": "ed", "editors": "ed", "editores": "ed",
    "hrsg": "ed", "ed.": "ed", "edn": "edition", "edition": "edition", "et": "et", "al": "al",
    "doi": "doi", "pmid": "pmid", "medline": "pmid", "pmcid": "pmcid", "pubmed": "pubmed",
    "epub": "epub",
    "available": "available", "disponível": "available", "accessed": "accessed",
    "acesso": "accessed", "cited": "accessed", "retrieved": "accessed", "suppl": "suppl",
    "supplement": "suppl", "abstr": "abstract", "abstract": "abstract", "vol": "vol",
    "no": "no", "pp": "pp", "p": "pp", "pages": "pp", "press": "publisher",
    "publishers": "publisher", "publishing": "publisher", "university": "university",
    "thesis": "thesis", "dissertation": "thesis", "patent": "patent", "report": "report",
    "http": "url", "https": "url", "www": "url", "url": "url", "isbn": "isbn",
    "preprint": "preprint", "biorxiv": "preprint", "medrxiv": "preprint", "arxiv": "preprint",
    "dataset": "dataset", "software": "software", "version": "version", "ahead": "ahead",
    "print": "print", "online": "online", "internet": "internet", "and": "and", "&": "and",
    "group": "group", "consortium": "group", "committee": "group", "organization": "group",
    "investigators": "group", "conference": "meeting", "congress": "meeting",
    "meeting": "meeting", "proceedings": "meeting", "symposium": "meeting",
}  # fmt: skip
# Words journal titles abbreviate (a starter list; the model learns the rest from shapes).
JOURNAL_WORDS = frozenset(
    {"j", "med", "clin", "res", "am", "int", "engl", "proc", "natl", "acad", "sci", "biol",
     "chem", "phys", "rev", "ann", "arch", "br", "eur", "soc", "lett", "nat", "cell",
     "dis", "infect", "immunol", "oncol", "cancer", "blood", "haematol", "hematol", "pediatr",
     "epidemiol", "neurol", "psychiatry", "gen", "intern", "surg", "genet", "mol", "pharmacol",
     "microbiol", "physiol", "endocrinol", "cardiol", "rep", "curr", "opin", "trends", "front",
     "plos", "bmc", "bmj", "lancet", "jama", "nucleic", "acids", "environ", "health", "public",
     "nutr", "ther", "transl", "assoc", "dev", "ecol", "evol", "syst", "appl", "med.",
     "periodontol", "dent", "bras", "rev.", "saude", "saúde", "publica", "pública", "cad"}
)  # fmt: skip
_YEAR = re.compile(r"(?:1[89]|20)\d{2}[a-z]?$")
_YEAR_FIRST = ("1", "2")  # what _YEAR opens with, asked first of every token
# "836-47", "e1-e12", "S12–S19": a number, then a dash with a digit after it. The first dash
# and the last digit of the line, each found once: linear on a long token.
_RANGE = re.compile(r"\A[A-Za-z]{0,3}\d[^-–—\n]*[-–—][^\n]*\d")


# An ASCII token's shape by translation, its runs collapsed by groupby (a third of the time
# a pattern's "\1" takes): the loop below says the same for every character, in Python
_ASCII_SHAPE = str.maketrans(
    {**dict.fromkeys(string.ascii_uppercase, "X"), **dict.fromkeys(string.ascii_lowercase, "x"),
     **dict.fromkeys(string.digits, "d")}
)  # fmt: skip


def shape(text: str) -> str:
    """ "Smith" -> "Xx", "LE" -> "X", "2017" -> "d", "836-47" -> "d-d": runs collapsed."""
    if text.isascii():
        return "".join([kind for kind, _ in groupby(text.translate(_ASCII_SHAPE))])[:6]
    out: list[str] = []
    for ch in text:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


# What a token shows its neighbours, by offset: its word and shape and flags one away, its
# word alone two away.
_OFFSETS = (-2, -1, 1, 2)


def _own(text: str, glued: bool) -> tuple[list[str], list[str]]:
    """The features of the token alone, as crfsuite's "name=value" strings, and the flags
    among them that its neighbours see too."""
    low = text.lower()
    f = [f"w={low}", f"shape={shape(text)}", f"len={min(len(text), 8)}"]
    if len(text) > 3:
        f.append(f"suf3={low[-3:]}")
    if glued:
        f.append("glued")
    if text.isdigit():
        f.append(f"digits={min(len(text), 5)}")
    flags = []
    if _YEAR.match(text):
        flags.append("year")
    if low.rstrip(".") in MONTHS:
        flags.append("month")
    if low in CUES:
        flags.append(f"cue={CUES[low]}")
    if text.isalpha() and is_initials(text):
        flags.append("initials")
    if _RANGE.match(text):
        flags.append("range")
    f += flags
    if low in JOURNAL_WORDS:
        f.append("jword")
    if low in PARTICLES:
        f.append("particle")
    if text.startswith(("http", "www.")):
        f.append("url")
    if text.startswith("10.") and "/" in text:
        f.append("doi")
    if text.startswith("PMC") and text[3:].isdigit():
        f.append("pmc")
    return f, flags


def word_features(text: str, glued: bool) -> tuple[tuple[str, ...], ...]:
    """Features of the token alone, as crfsuite's "name=value" strings, then what it shows
    the tokens at each of ``_OFFSETS`` (prefixed: "-1:w=smith"): its word, shape and flags
    one away, its word alone two away. (What :func:`_encoded` makes, as text.)"""
    return tuple(tuple(x.decode() for x in part) for part in _encoded(text, glued))


# The prefixes of what a token shows its neighbours, in _OFFSETS' order, in UTF-8
_SEEN_AT = tuple(f"{off}:".encode() for off in _OFFSETS)


@lru_cache(maxsize=65536)
def _encoded(text: str, glued: bool) -> tuple[tuple[bytes, ...], ...]:
    """``word_features`` as crfsuite reads them, in UTF-8. Cached: the same words recur
    down a list, and making these strings is most of the labeller's input's time; handed
    bytes, pycrfsuite takes them as they are, where it encodes every string it is handed,
    for every token of every reference, each time (a fifth of the time ``Tagger.set``
    takes). Each string is encoded once, and prefixed in bytes for the neighbours: making
    and encoding each prefixed string anew cost two fifths of a new word's time."""
    features, flags = _own(text, glued)
    own = tuple([x.encode() for x in features])
    near = (own[0], own[1], *[x.encode() for x in flags])
    two_before, before, after, two_after = _SEEN_AT
    return (
        own,
        (two_before + own[0],),
        tuple([before + x for x in near]),
        tuple([after + x for x in near]),
        (two_after + own[0],),
    )


# What a token beyond either end shows, in word_features' order: its offset and "edge"
_EDGE: tuple[tuple[bytes, ...], ...] = ((), *((f"{off}:edge".encode(),) for off in _OFFSETS))
_POS = tuple(f"pos={k}".encode() for k in range(10))
_STOPS = tuple(f"stops={k}".encode() for k in range(7))
_AFTER_YEAR = (b"after_year",)


def _is_stop(tokens: list[Token], i: int) -> bool:
    """A full stop that ends a part: followed by a space, not after an initial."""
    if tokens[i].text not in ".?!":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or nxt.space_before


def sequence_features(tokens: list[Token]) -> list[tuple[bytes, ...]]:
    """The features of a whole reference (the labeller's input, in UTF-8): each token's own,
    where it stands (its tenth of the way through, how many full stops came before it,
    whether a year did), and its neighbours' words, shapes and flags, prefixed with their
    offset."""
    n = len(tokens)
    # two edges padded on each side: the neighbour at offset k of token i is at i + 2 + k
    padded = [_EDGE, _EDGE]
    padded += [_encoded(t.text, not t.space_before and i > 0) for i, t in enumerate(tokens)]
    padded += [_EDGE, _EDGE]
    out: list[tuple[bytes, ...]] = []
    stops = 0
    after_year: tuple[bytes, ...] = ()  # _AFTER_YEAR once a year has been seen
    # each token with the four around it, in one pass (the labeller's input is made for
    # every reference: indexing five lists a token cost a sixth of this function's time);
    # the padded windows are longer than the tokens, and end with them. Each token's
    # features are one tuple built in one go: appending to a list piece by piece cost a
    # third more, and crfsuite reads a tuple as it reads a list
    windows = (padded, padded[1:], padded[2:], padded[3:], padded[4:])
    around = zip(tokens, *windows, strict=False)
    for i, (token, two_before, before, own, after, two_after) in enumerate(around):
        out.append(
            (*own[0], _POS[10 * i // n], _STOPS[min(stops, 6)], *after_year, *two_before[1],
             *before[2], *after[3], *two_after[4])
        )  # fmt: skip
        if token.text in ".?!" and _is_stop(tokens, i):
            stops += 1
        if not after_year and token.text[:1] in _YEAR_FIRST and _YEAR.match(token.text):
            after_year = _AFTER_YEAR
    return out
