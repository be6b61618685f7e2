"""How the evidence benchmarks match a shown sentence to the annotators' evidence sentence.

``hit`` is the one rule every evidence benchmark and the ranker's training labels use
(docs/evidence.md, "How a shown sentence is matched to the annotators'").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from blinarefs.evidence.text import MIN_WORDS, split_sentences, terms

_PLAIN = re.compile(r"[a-z0-9]+")
T = TypeVar("T")


def gold_sentences(gold: list[str]) -> list[tuple[str, list[str]]]:
    """The annotators' evidence as sentences, each as its plain words (:func:`plain`) and its
    indexed words: a span of two sentences is two (one shown sentence can only hold one of
    them), and a fragment under four words ("Vpx") is no sentence: any sentence naming the
    protein would match it."""
    out = []
    for span in gold:
        for sentence in split_sentences(span) or [span]:
            words = terms(sentence)
            if len(sentence.split()) >= MIN_WORDS and words:
                out.append((plain(sentence), words))
    return out


def plain(text: str) -> str:
    """The words of ``text`` as written, lower-cased, punctuation and other characters left
    out: what two copies of one passage have in common however they were encoded."""
    return " ".join(_PLAIN.findall(text.lower()))


def hit(shown: list[str], gold: list[str]) -> bool:
    """An annotator's sentence is shown when one shown sentence holds most (80%) of its indexed
    words, or is a piece of it holding at least half of them: the text cut the sentence where
    the annotators did not (its words run on in the annotated sentence, :func:`plain`). A
    shorter sentence that only shares its words is another sentence (a heading "3.4
    Experiments with topic-sensitive LexRank.", the abstract's shorter version of a result),
    not the annotated one: before 2026-12-04 any shown sentence with 80% of its own words in
    the annotated one counted."""
    for text, words in gold_sentences(gold):
        want = set(words)
        for s in shown:
            common = len(want & set(terms(s))) / len(want)
            if common >= 0.8 or (common >= 0.5 and plain(s) in text):
                return True
    return False


def annotated(items: list[dict], build: Callable[[str], T]) -> Iterator[tuple[dict, T]]:
    """Each citation with annotated evidence, and the index of its cited text: built by
    ``build`` once per cited text, however many citations share it."""
    indexes: dict[str, T] = {}
    for item in items:
        if item["evidence"]:
            if item["ref"] not in indexes:
                indexes[item["ref"]] = build(item["source"])
            yield item, indexes[item["ref"]]
