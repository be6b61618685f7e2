"""No pattern meets user text in more than linear time (issue 18).

Every regular expression compiled at module level in blinarefs is run over pathological
runs: each character class the patterns use, and the pieces that made the old patterns
backtrack ("." runs, "\\cite" repeated, "1,", "[@", "2020;("), bare and after a prefix
that opens a match. The time on 8x the text must grow less than 25x (linear: 8x;
quadratic: 64x; the wide ratio keeps both well clear of the line, on short runs that
cost little); runs that stay under a floor are too fast to tell and pass. The patterns
that are searched only in a bounded window are checked through the function that bounds
them. Then the public entry points on the shapes the hostile test found, in the same way.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable

import pytest

import blinarefs

SMALL, LARGE = 250, 2_000
FLOOR = 0.01  # CPU seconds at LARGE below which growth is too noisy to judge
MAX_GROWTH = 25.0

PIECES = (".", ". ;", ";", ",", "1,", "1", "a", "A", "Aa ", " ", "\n", "-", "--", "1-",
          "(", "[", "{", "<", "\\", "\\cite", "cite", "\\cite[", "\\cite{a", "[@", "@", "@a.",
          "^", "~", "&", "2020;(", "1990;", "(1)", "[1]", "10.", "doi:", "Smith A, ",
          "Smith et al. ", "et al", "A.", "'", '"', "*", "_", "#", "$", "%", "</", "e",
          "–", "Roe J.A., ", "2 pg. 3, ")  # fmt: skip
PREFIXES = ("", "\\", "[", "1 ")
# Patterns that backtrack on a run but only ever see a bounded piece of text (the entry
# points below meet them on the hostile shapes): why each is safe.
BOUNDED = {
    "blinarefs.parse.acs_titles._NAMES": "match()ed at a reference's start, never searched",
    "blinarefs.parse.name_forms_dotted._FAMILY_FIRST": "match()ed at a reference's start",
    "blinarefs.parse.name_forms_dotted._INITIALS_FIRST": "match()ed at a reference's start",
    "blinarefs.parse.name_forms_dotted._MORE_NAMES": "match()ed where the names end, once",
    "blinarefs.parse.reference._JOURNAL_TAIL": "searched in the last TAIL_WINDOW characters",
    "blinarefs.parse.grammar_books._BOOK_TAIL": "searched in the last TAIL_WINDOW characters",
    "blinarefs.parse.conjoined_names._CONJOINED": "fullmatch()ed on one piece of a "
    "semicolon list, of 160 characters at most",
    "blinarefs.parse.grammar_books._AFTER_SEMICOLON": "match()ed once, after a reference's "
    "last semicolon, never searched",
    "blinarefs.parse.unstopped_publishers._UNSTOPPED": "searched in the last 200 characters",
    "blinarefs.trace.author_year._AUTHOR_PART": "fullmatch on a parenthesis of at most 300 "
    "characters",
    "blinarefs.trace.author_year._AUTHOR_NARRATIVE": "searched 120 characters before a (year)",
    "blinarefs.trace.author_year._AUTHOR_BARE": "searched 80 characters before a bare year",
    "blinarefs.trace.study_names._GROUP": "match()ed at a glued digit run's start, on the run",
    "blinarefs.trace.valuelike._ACRONYM_COMPOUND": "fullmatch on the token before a raised "
    "number, at most 24 characters",
    "blinarefs.trace.author_year._AUTHOR_LOOSE": "searched in a part of a parenthesis of at most "
    "300 characters",
    "blinarefs.trace.sentences._BLOCK_LINE": "match()ed at a line's start, never searched",
    "blinarefs.trace.sentences._NUMBERED_HEADING": "match()ed at a line's start, never searched",
    "blinarefs.parse.agencies._FIRST_SENTENCE": "match()ed at a title's start, never searched",
    "blinarefs.parse.tails._ACS_ALONE": "match()ed at a reference's start, never searched",
    "blinarefs.parse.doubt_case._COMMA_WORD": "match()ed once, right after a title",
    "blinarefs.parse.title_ends._LANGUAGE_NOTE": "fullmatch on the words of one bracket",
    "blinarefs.parse.theses._ABNT": "searched once in a thesis's own reference, never a page",
    "blinarefs.pandoc.numbered._IN_TEXT_LOCATOR": "match()ed right after one citation",
    "blinarefs.pages._RANGE": "fullmatch()ed (one start, linear), never searched",
    "blinarefs.parse.unnumbered._YEAR_THEN_MARK": "searched (reference_like) only in items "
    "under 1,200 characters, and in run-on pieces of 600 characters at most",
    "blinarefs.parse.unnumbered._MARK_THEN_YEAR": "the same, the other order",
    "blinarefs.parse.doubt_evidence._NUMBER_CLOSING": "searched in a title's last 60 characters",
    "blinarefs.parse.unnumbered._JOURNAL_YEAR": "match()ed at a line's start, never searched",
    "blinarefs.trace.name_like._AUTHOR_PAIR": "searched in the 40 characters before a glued word",
    "blinarefs.trace.glued._TOKEN_BEFORE": "searched in the 40 characters before a digit run",
    "blinarefs.trace.versions._VERSION": "searched in the 30 characters before a digit run",
    "blinarefs.trace.in_turn._NAME": "fullmatch on the 40 characters before a digit run",
    "blinarefs.trace.inline._SHARED_PART": "fullmatch on a part of a parenthesis of at most "
    "200 characters",
    "blinarefs.trace.inline._LABELLED": "fullmatch on a part of a parenthesis of at most "
    "200 characters",
    "blinarefs.pandoc.named._PART": "match()ed in a citation of at most LONGEST characters",
    "blinarefs.pandoc.named._NARRATIVE": "fullmatch on a citation of at most LONGEST characters",
    "blinarefs.pandoc.named._NAMES_BEFORE": "searched in the NAMES_REACH characters before a "
    "parenthesis",
    "blinarefs.parse.tails._NAMES_ONLY": "match()ed or fullmatch()ed at a reference's start "
    "(one start, its words possessive), never searched",
    "blinarefs.parse.bmj_imprints._PLACE_FIRST": "match()ed at the publisher read's start, "
    "never searched",
    "blinarefs.parse.online_pages._YEAR_ONLY": "match()ed once, right after the title read",
    "blinarefs.parse.titles_to_publisher._REST": "fullmatch()ed (one start, linear) on the "
    "gap between a book's title and its publisher, never searched",
}


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.walk_packages(blinarefs.__path__, "blinarefs."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{info.name}.{name}", value))
    return found


def _seconds(fn: Callable[[str], object], text: str) -> float:
    """CPU time of this process: other jobs on a shared machine do not inflate it."""
    start = time.process_time()
    fn(text)
    return time.process_time() - start


def _growth(fn: Callable[[str], object], make: Callable[[int], str]) -> tuple[float, float]:
    """(time at LARGE, growth from SMALL to LARGE); the small run is timed only when the
    large one is slow enough to judge."""
    large = _seconds(fn, make(LARGE))
    if large < FLOOR:
        return large, 1.0
    small = min(_seconds(fn, make(SMALL)) for _ in range(3))
    large = min(large, _seconds(fn, make(LARGE)))
    return large, large / max(small, 1e-6)


def _run(piece: str, prefix: str, tail: str) -> Callable[[int], str]:
    return lambda n: prefix + piece * (n // len(piece)) + tail


def _scan(pattern: re.Pattern[str]) -> Callable[[str], object]:
    def scan(text: str) -> object:
        return [m.span() for m in pattern.finditer(text)], pattern.match(text)

    return scan


PATTERNS = _patterns()


def test_the_scan_finds_the_patterns():
    names = {name for name, _ in PATTERNS}
    assert len(names) > 80
    assert "blinarefs.trace.syntax._LATEX" in names and "blinarefs.trace.factual._COUNT" in names


@pytest.mark.parametrize("name", sorted({n for n, _ in PATTERNS} - set(BOUNDED)))
def test_every_module_pattern_is_linear(name):
    pattern = dict(PATTERNS)[name]
    slow = []
    for piece in PIECES:
        for prefix in PREFIXES:
            for tail in ("", "x!") if not prefix else ("x!",):
                _, growth = _growth(_scan(pattern), _run(piece, prefix, tail))
                if growth > MAX_GROWTH:
                    slow.append(f"{prefix!r} + {piece!r} * n + {tail!r}: {growth:.0f}x")
    assert slow == [], f"{name} grows faster than linear on: {slow[:5]}"


REFERENCE = "1. Madeup A, Invented B. A made-up title. J Test. 2020;1(2):3-4.\n"


def _entry_points() -> dict[str, Callable[[str], object]]:
    from blinarefs.bibtex import reference_from_fields
    from blinarefs.enrich.text import strip_markup
    from blinarefs.model import Reference
    from blinarefs.pandoc.convert import to_pandoc
    from blinarefs.parse import parse_reference_list
    from blinarefs.trace.claims import factual_reasons
    from blinarefs.trace.manuscript import trace_manuscript

    refs = [Reference(id="madeup2020", title="A made-up title", issued=(2020,), number=1)]
    return {
        "parse": lambda text: parse_reference_list(f"{REFERENCE}2. {text}\n"),
        "trace": lambda text: trace_manuscript(f"A claim [1]. {text} [1].", refs),
        "pandoc": lambda text: to_pandoc(f"A claim [1]. {text}\u00b9.", refs),
        "claims": factual_reasons,
        "BibTeX pages": lambda text: reference_from_fields("k", "article", [("pages", text)]),
        "markup": strip_markup,
    }


SHAPES = {  # the runs the hostile test timed (issue 18), and their neighbours
    "full stops": _run(".", "Madeup A. Title", "x"),
    "stops and spaces": _run(". ;", "Madeup A. Title", "x"),
    "backslash cite": _run("cite", "\\", ""),
    "cite commands": _run("\\cite[", "", ""),
    "count": _run("1,", "", ""),
    "pandoc bracket": _run("@", "[", ""),
    "journal tail": _run("2020;(", "Madeup A. Title. J Test. ", ""),
    "book tail": _run("a", "Madeup A. Title. City: ", "; 2020"),
    "spaces before a dash": _run(" ", "1", "x"),
    "angle brackets": _run("<", "", ""),
    "capitals before a year": _run("A", "(", " 2020)"),
    "capitals before (year)": _run("A", "", " (2020)"),
}


@pytest.mark.parametrize("entry", sorted(_entry_points()))
def test_entry_points_are_linear_on_the_hostile_shapes(entry):
    fn = _entry_points()[entry]
    slow = []
    for shape, make in SHAPES.items():
        seconds, growth = _growth(fn, make)
        if growth > MAX_GROWTH:
            slow.append(f"{shape}: {growth:.0f}x ({seconds:.2f} s at {LARGE:,})")
    assert slow == [], f"{entry} grows faster than linear on: {slow}"
