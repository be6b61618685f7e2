"""A cited work's text as sentences, and the words a sentence is indexed by.

Sources come as abstracts (structured ones with their labels, "RESULTS: ..."), JATS full
text flattened to paragraphs, or plain text with Markdown-style headings. A sentence ends at
``.``, ``!`` or ``?`` followed by a space and a capital, digit or bracket; abbreviations
("et al.", "vs.", "Fig.", "i.e.") and decimals do not end one. Headings, labels and very
short fragments are not sentences: they would be shown as evidence and say nothing.
"""

from __future__ import annotations

import functools
import re

from ..words import ABBREVIATIONS

_END = re.compile(r"(?<=[.!?])[\"”’)\]]?\s+(?=[A-Z0-9(\[“\"])")
# evidence sources add the abbreviations of methods and results sections
_NOT_AN_END = ABBREVIATIONS | {
    "e.g",
    "i.e",
    "ie",
    "eg",
    "sp",
    "spp",
    "suppl",
    "tab",
    "mo",
    "yr",
    "yrs",
    "wk",
    "wks",
    "min",
    "max",
}
_LABEL = re.compile(r"^\s*([A-Z][A-Z /&-]{2,40}):\s+")
_HEADING = re.compile(r"^\s*#+\s")
MIN_WORDS = 4

STOP = frozenset(
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with",
        "as", "is", "are", "was", "were", "be", "been", "being", "this", "that", "these", "those",
        "it", "its", "their", "there", "which", "who", "whom", "whose", "than", "then", "also",
        "not", "no", "nor", "but", "into", "onto", "over", "under", "after", "before", "during",
        "between", "among", "within", "without", "about", "against", "such", "can", "could", "may",
        "might", "must", "shall", "should", "will", "would", "has", "have", "had", "do", "does",
        "did", "we", "our", "they", "them", "he", "she", "his", "her", "one", "both", "each",
        "other", "more", "most", "some", "any", "all", "only", "very", "so", "if", "while", "when",
        "where", "how", "what", "whether", "via", "per", "et", "al", "study", "studies", "shown",
        "showed", "show", "found", "reported", "report", "suggest", "suggested",
    }
)  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Greek letters spelt as authors spell them in plain text (PGC-1α, PGC1a, TNF-alpha)
_GREEK = str.maketrans({"α": "a", "β": "b", "γ": "g", "δ": "d", "κ": "k", "μ": "u", "ε": "e"})
_GREEK_LETTER = re.compile("[αβγδκμε]")  # translating costs more than looking
_GLUED = re.compile(r"(?<=[a-z])-(?=\d)|(?<=\d)-(?=[a-z]\b)")  # IL-6 is IL6, PGC-1a is PGC1a
# a sentence that is a bibliography entry ("Yan N, Regalado-Magdos AD, ..."), not prose
_REFERENCE_ENTRY = re.compile(r"^(?:\[?\d+\]?\.?\s+)?(?:[A-Z][\w'’-]+ [A-Z]{1,3}[,.]\s+){2,}")
# section headings: an abstract's own, those that may continue it, and plain-text ones
_ABSTRACT = re.compile(r"^(?:abstract|summary|author summary)$", re.IGNORECASE)
_ABSTRACT_PART = re.compile(
    r"^(?:background|introduction and aims?|objectives?|aims?|purpose|context|importance|design"
    r"|setting|participants|methods?|results|findings|conclusions?|interpretation|significance"
    r"|main outcome measures?|methodology/principal findings|conclusions/significance)$",
    re.IGNORECASE,
)
_PLAIN_HEADING = re.compile(
    r"^(?:abstract|summary|author summary|introduction|background|results|discussion|methods"
    r"|materials and methods|methods summary|conclusions?|references|acknowledge?ments?)$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"\(([A-Za-z][A-Za-z0-9α-ω-]{1,9})\)")
_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ies", "ed", "es", "s", "ly")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, whitespace collapsed, labels kept as a prefix
    of the sentence they introduce ("RESULTS: Overall survival ...")."""
    return [sentence for sentence, _ in split_source(text)]


def split_source(text: str) -> list[tuple[str, bool]]:
    """The sentences of ``text``, each with whether it is in the lead: the abstract (or
    summary) of a full text, where a citing author most often found what they cite. The
    text before any heading is taken as lead (Europe PMC's full text starts with its
    abstract; an abstract alone is all lead); a heading outside the abstract's own
    (BACKGROUND, RESULTS ...) ends it, and an "Abstract" heading starts it again.
    Bibliography entries are not sentences."""
    out: list[tuple[str, bool]] = []
    lead, once = True, False
    for block in re.split(r"\n\s*\n|\n(?=\s*#)|\n(?=[A-Z][A-Z /&-]{2,40}:\s)", text):
        heading, plain = "", False
        if _HEADING.match(block):
            heading, _, block = block.partition("\n")
            heading = heading.strip().lstrip("#").strip() or "-"
        elif _PLAIN_HEADING.match(block.strip()):
            heading, block, plain = block.strip(), "", True
        if heading:
            lead = bool(_ABSTRACT.match(heading) or (lead and _ABSTRACT_PART.match(heading)))
            once = plain and lead
        block = " ".join(block.split())
        if not block:
            continue
        out += [(s, lead) for s in _sentences(block) if not _REFERENCE_ENTRY.match(s)]
        if once:  # a plain "Abstract" line heads one paragraph: nothing closes it
            lead = once = False
    # single spaces (the block's whitespace was collapsed): words are spaces plus one
    return [pair for pair in out if pair[0].count(" ") + 1 >= MIN_WORDS]


def _sentences(block: str) -> list[str]:
    out, start = [], 0
    for m in _END.finditer(block):
        before = block[start : m.start()].rstrip('.!?"”’)] ')
        last = before.rsplit(" ", 1)[-1].lower().rstrip(".").lstrip("([")
        closed = block[start : m.start()].rstrip(".!?").endswith((")", "]"))  # "(Fig. 1c)."
        if not closed and (last in _NOT_AN_END or (len(last) == 1 and last.isalpha())):
            continue
        out.append(block[start : m.start() + 1].strip())
        start = m.end()
    out.append(block[start:].strip())
    return out


def strip_label(sentence: str) -> str:
    """The sentence without a structured abstract's label."""
    return _LABEL.sub("", sentence, count=1)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: enough that "improved", "improves" and "improvement",
    "inhibits" and "inhibition", "patients"/"patient" meet, cheap enough for thousands of
    sentences a second."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    """The indexed words of ``text``: lower-cased, Greek letters spelt out, stop words
    dropped, stemmed; a name's hyphen before a digit dropped (IL-6 and IL6, PGC-1α and
    PGC1α meet); a hyphenated word counts whole and by its parts ("sars-cov2", "sars", "cov")."""
    low = text.lower()
    if not low.isascii() and _GREEK_LETTER.search(low):
        low = low.translate(_GREEK)
    return [term for token in _WORD.findall(low) for term in _token_terms(token)]


@functools.lru_cache(maxsize=65536)
def _token_terms(token: str) -> tuple[str, ...]:
    """What one lower-cased token adds to :func:`terms`: worked out once per distinct token,
    since a source's sentences and the claims citing it repeat the same words."""
    if token in STOP or len(token) < 2:
        return ()
    out = []
    if "-" in token:
        token = _GLUED.sub("", token)
        if "-" in token:
            out += [stem(p) for p in token.split("-") if len(p) > 2 and p not in STOP]
    out.append(stem(token))
    return tuple(out)


def acronyms(text: str) -> dict[str, list[str]]:
    """The source's own abbreviations, from their definitions: "uncoupling protein 1 (UCP1)"
    gives ``{"ucp1": ["uncoupl", "protein", "1"]}`` (as :func:`terms`). The long form is the
    words before the brackets from the last one that starts with the abbreviation's first
    letter, within its length plus two words; an abbreviation whose long form is not found
    that way (a citation, "(Fig. 2)") is left out."""
    out: dict[str, list[str]] = {}
    for m in _ACRONYM.finditer(text):
        short = m.group(1)
        if sum(c.isupper() for c in short) < 2 or short.lower() in out:
            continue
        letters = [c for c in short if c.isalpha()]
        words = re.findall(r"[\w-]+", text[max(0, m.start() - 120) : m.start()])
        words = words[-(len(letters) + 2) :]
        first = short[0].lower()
        starts = [i for i, w in enumerate(words) if w[0].lower() == first]
        if not starts or (len(words) - starts[0] < 2 and len(letters) > 2):
            continue
        long_form = terms(" ".join(words[starts[0] :]))
        key = terms(short)
        if long_form and len(key) == 1 and key[0] not in long_form:
            out[key[0]] = long_form
    return out
