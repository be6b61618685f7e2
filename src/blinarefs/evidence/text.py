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
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "their",
        "there",
        "which",
        "who",
        "whom",
        "whose",
        "than",
        "then",
        "also",
        "not",
        "no",
        "nor",
        "but",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "during",
        "between",
        "among",
        "within",
        "without",
        "about",
        "against",
        "such",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "will",
        "would",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "we",
        "our",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "one",
        "both",
        "each",
        "other",
        "more",
        "most",
        "some",
        "any",
        "all",
        "only",
        "very",
        "so",
        "if",
        "while",
        "when",
        "where",
        "how",
        "what",
        "whether",
        "via",
        "per",
        "et",
        "al",
        "study",
        "studies",
        "shown",
        "showed",
        "show",
        "found",
        "reported",
        "report",
        "suggest",
        "suggested",
    ]
)
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "ly")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, whitespace collapsed, labels kept as a prefix
    of the sentence they introduce ("RESULTS: Overall survival ...")."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*#)|\n(?=[A-Z][A-Z /&-]{2,40}:\s)", text):
        if _HEADING.match(block):
            block = block.split("\n", 1)[1] if "\n" in block else ""
        block = " ".join(block.split())
        if not block:
            continue
        start = 0
        for m in _END.finditer(block):
            before = block[start : m.start()].rstrip('.!?"”’)] ')
            last = before.rsplit(" ", 1)[-1].lower().rstrip(".")
            if last in _NOT_AN_END or (len(last) == 1 and last.isalpha()):
                continue
            out.append(block[start : m.start() + 1].strip())
            start = m.end()
        out.append(block[start:].strip())
    return [s for s in out if len(s.split()) >= MIN_WORDS]


def strip_label(sentence: str) -> str:
    """The sentence without a structured abstract's label."""
    return _LABEL.sub("", sentence, count=1)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: enough that "improved", "improves" and "improvement" and
    "patients"/"patient" meet, cheap enough for thousands of sentences a second."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    """The indexed words of ``text``: lower-cased, stop words dropped, stemmed; a hyphenated
    word counts whole and by its parts ("sars-cov-2", "sars", "cov")."""
    out = []
    for token in _WORD.findall(text.lower()):
        if token in STOP or len(token) < 2:
            continue
        out.append(stem(token))
        if "-" in token:
            out += [stem(p) for p in token.split("-") if len(p) > 2 and p not in STOP]
    return out
