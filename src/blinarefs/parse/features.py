"""What the sequence labeller sees of each token: small named features, one idea each.

A feature is a function of the token and its place in the reference. The labeller learns
the weights; here we only say what could matter: the token's shape, whether it could be a
year, a month, initials, a page range, a word journals abbreviate, a cue such as "In:",
"eds", "et al", "doi" or "PMID", and where it stands (how many full stops came before it,
how far into the reference it is). Neighbours' features are copied in with an offset.
"""

from __future__ import annotations

import re

from ..bibtex import MONTH_MACROS
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
    "doi": "doi", "pmid": "pmid", "pmcid": "pmcid", "pubmed": "pubmed", "epub": "epub",
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
_RANGE = re.compile(r"[A-Za-z]{0,3}\d+.*[-–—].*\d")


def shape(text: str) -> str:
    """ "Smith" -> "Xx", "LE" -> "X", "2017" -> "d", "836-47" -> "d-d": runs collapsed."""
    out: list[str] = []
    for ch in text:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def word_features(tok: Token) -> dict[str, str | float]:
    """Features of the token alone."""
    t = tok.text
    low = t.lower()
    f: dict[str, str | float] = {"w": low, "shape": shape(t), "len": str(min(len(t), 8))}
    if len(t) > 3:
        f["suf3"] = low[-3:]
    if not tok.space_before:
        f["glued"] = 1.0
    if t.isdigit():
        f["digits"] = str(min(len(t), 5))
    if _YEAR.match(t):
        f["year"] = 1.0
    if low.rstrip(".") in MONTHS:
        f["month"] = 1.0
    if low in CUES:
        f["cue"] = CUES[low]
    if low in JOURNAL_WORDS:
        f["jword"] = 1.0
    if low in PARTICLES:
        f["particle"] = 1.0
    if t.isalpha() and is_initials(t):
        f["initials"] = 1.0
    if _RANGE.match(t):
        f["range"] = 1.0
    if t.startswith(("http", "www.")):
        f["url"] = 1.0
    if t.startswith("10.") and "/" in t:
        f["doi"] = 1.0
    if t.startswith("PMC") and t[3:].isdigit():
        f["pmc"] = 1.0
    return f


def position_features(tokens: list[Token], i: int, stops_before: int) -> dict[str, str | float]:
    """Where the token stands: its share of the way through, and the sentence it is in."""
    return {
        "pos": str(min(9, 10 * i // max(1, len(tokens)))),
        "stops": str(min(stops_before, 6)),
        "first": 1.0 if i == 0 else 0.0,
        "last": 1.0 if i == len(tokens) - 1 else 0.0,
    }


def _is_stop(tokens: list[Token], i: int) -> bool:
    """A full stop that ends a part: followed by a space, not after an initial."""
    if tokens[i].text not in ".?!":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or nxt.space_before


def sequence_features(tokens: list[Token]) -> list[dict[str, str | float]]:
    """The feature dictionaries of a whole reference (the labeller's input)."""
    own = [word_features(t) for t in tokens]
    out: list[dict[str, str | float]] = []
    stops = 0
    seen_year = 0.0
    for i in range(len(tokens)):
        f: dict[str, str | float] = dict(own[i])
        f.update(position_features(tokens, i, stops))
        f["after_year"] = seen_year
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < len(tokens):
                nb = own[j]
                f[f"{off}:w"] = nb["w"]
                f[f"{off}:shape"] = nb["shape"]
                for key in ("year", "month", "cue", "initials", "range"):
                    if key in nb:
                        f[f"{off}:{key}"] = nb[key]
            else:
                f[f"{off}:edge"] = 1.0
        out.append(f)
        if _is_stop(tokens, i):
            stops += 1
        if "year" in own[i]:
            seen_year = 1.0
    return out
