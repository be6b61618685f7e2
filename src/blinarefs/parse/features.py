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


# An ASCII token's kinds of character by translation: the loop in :func:`_kinds` says the
# same for every character, in Python
_ASCII_SHAPE = str.maketrans(
    {**dict.fromkeys(string.ascii_uppercase, "X"), **dict.fromkeys(string.ascii_lowercase, "x"),
     **dict.fromkeys(string.digits, "d")}
)  # fmt: skip


def _kinds(text: str) -> str:
    """Each character's kind: "X" a capital, "x" another letter, "d" a figure, else itself."""
    if text.isascii():
        return text.translate(_ASCII_SHAPE)
    return "".join(["X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
                    for c in text])  # fmt: skip


def shape(text: str) -> str:
    """ "Smith" -> "Xx", "LE" -> "X", "2017" -> "d", "836-47" -> "d-d": runs collapsed."""
    return _collapsed(_kinds(text))


def _collapsed(kinds: str) -> str:
    """Runs of one kind collapsed (by groupby: a third of the time a pattern's "\1" takes),
    the first six kept."""
    return "".join([kind for kind, _ in groupby(kinds)])[:6]


# What a token shows its neighbours, by offset: its word and shape and flags one away, its
# word alone two away.
_OFFSETS = (-2, -1, 1, 2)
# The prefixes of what a token shows its neighbours, in _OFFSETS' order, in UTF-8
_SEEN_AT = tuple(f"{off}:".encode() for off in _OFFSETS)
_TWO_BEFORE, _BEFORE, _AFTER, _TWO_AFTER = (p + b"w=" for p in _SEEN_AT)


@lru_cache(maxsize=4096)
def _shape_seen(kinds: str) -> tuple[bytes, bytes, bytes]:
    """A shape's feature as the token has it, as the token after it sees it and as the
    token before it does ("shape=Xx", "-1:shape=Xx", "1:shape=Xx"). Cached by the kinds of
    character, which far fewer than the words are: "Xxxxx" is every capitalised word of
    five letters."""
    own = f"shape={_collapsed(kinds)}".encode()
    return own, _SEEN_AT[1] + own, _SEEN_AT[2] + own


def _seen(name: str) -> tuple[bytes, bytes, bytes]:
    """A flag's feature as the token has it, and as the tokens one away see it."""
    own = name.encode()
    return own, _SEEN_AT[1] + own, _SEEN_AT[2] + own


# The flags, each made and prefixed once (they are what a token shows its neighbours too)
_YEAR_FLAG, _MONTH_FLAG, _INITIALS_FLAG, _RANGE_FLAG = map(
    _seen, ("year", "month", "initials", "range")
)
_CUE_FLAGS = {word: _seen(f"cue={cue}") for word, cue in CUES.items()}
_LEN = tuple(f"len={k}".encode() for k in range(9))
_DIGITS = tuple(f"digits={k}".encode() for k in range(6))


def word_features(text: str, glued: bool) -> tuple[tuple[str, ...], ...]:
    """Features of the token alone, as crfsuite's "name=value" strings, then what it shows
    the tokens at each of ``_OFFSETS`` (prefixed: "-1:w=smith"): its word, shape and flags
    one away, its word alone two away. (What :func:`_encoded` makes, as text.)"""
    return tuple(tuple(x.decode() for x in part) for part in _encoded(text, glued))


@lru_cache(maxsize=65536)
def _encoded(text: str, glued: bool) -> tuple[tuple[bytes, ...], ...]:
    """``word_features`` as crfsuite reads them, in UTF-8. Cached: the same words recur
    down a list; handed bytes, pycrfsuite takes them as they are, where it encodes every
    string it is handed, for every token of every reference, each time. A new word still
    costs more than all its later lookups (a reference brings a dozen): so the word is
    encoded once and prefixed in bytes, and the features that are the same for many words
    (a shape, a flag, a length) are made and prefixed once, not for each word."""
    low = text.lower()
    word = low.encode()
    shaped, shaped_before, shaped_after = _shape_seen(_kinds(text))
    own = [b"w=" + word, shaped, _LEN[min(len(text), 8)]]
    if len(text) > 3:
        own.append(b"suf3=" + low[-3:].encode())
    if glued:
        own.append(b"glued")
    if text.isdigit():
        own.append(_DIGITS[min(len(text), 5)])
    flags = []
    if text[:1] in _YEAR_FIRST and _YEAR.match(text):
        flags.append(_YEAR_FLAG)
    if low.rstrip(".") in MONTHS:
        flags.append(_MONTH_FLAG)
    if low in _CUE_FLAGS:
        flags.append(_CUE_FLAGS[low])
    if text.isalpha():  # initials are letters; a range holds a figure
        if is_initials(text):
            flags.append(_INITIALS_FLAG)
    elif _RANGE.match(text):
        flags.append(_RANGE_FLAG)
    flagged: tuple[tuple[bytes, ...], ...] = ((), (), ())  # as the token, before and after
    if flags:  # most words raise none
        flagged = tuple(zip(*flags, strict=True))
        own += flagged[0]
    if low in JOURNAL_WORDS:
        own.append(b"jword")
    if low in PARTICLES:
        own.append(b"particle")
    if text.startswith(("http", "www.")):
        own.append(b"url")
    if text.startswith("10.") and "/" in text:
        own.append(b"doi")
    if text.startswith("PMC") and text[3:].isdigit():
        own.append(b"pmc")
    return (
        tuple(own),
        (_TWO_BEFORE + word,),
        (_BEFORE + word, shaped_before, *flagged[1]),
        (_AFTER + word, shaped_after, *flagged[2]),
        (_TWO_AFTER + word,),
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
    stops = 0  # full stops so far; what the tokens after the last one show of them:
    stopped = _STOPS[0]
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
            (*own[0], _POS[10 * i // n], stopped, *after_year, *two_before[1],
             *before[2], *after[3], *two_after[4])
        )  # fmt: skip
        if token.text in ".?!" and _is_stop(tokens, i):
            stops += 1
            stopped = _STOPS[min(stops, 6)]
        if not after_year and token.text[:1] in _YEAR_FIRST and _YEAR.match(token.text):
            after_year = _AFTER_YEAR
    return out
