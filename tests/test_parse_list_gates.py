"""The cheaper forms of the patterns a long list asks of every item and every line give the
old forms' answers (issue 13: parse speed).

Whether an item reads as a reference (a year, and a volume's numbers, a DOI or pages before
or after it) is now two searches, one per order, where one pattern tried both at every
character; a sentence's end glued to the next is looked for from its full stop; a running
head's separators are looked for only in a line that holds their marks, and a book's left
pages' heads only where heads recur. Hypothesis checks each against the old pattern, kept
here as the specification, on text made of the pieces those forms are printed with.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs.parse.closing import close_names
from blinarefs.parse.glued_years import GLUED_SENTENCE
from blinarefs.parse.running_heads import _mirrored, _separated_head, furniture_lines
from blinarefs.parse.unnumbered import reference_like

# The patterns as they were (stop 54), the specification of the new forms
OLD_REFERENCE_LIKE = re.compile(
    r"\b(?:1[89]|20)\d{2}[a-z]?\b.*(?:\d+\s*[:(,]\s*\d|\bdoi\b|\bpp?\.|[A-Z][a-z]+:\s|https?://)"
    r"|(?:\d+\s*[:(,]\s*\d|\bdoi\b|\bpp?\.|https?://).*\b(?:1[89]|20)\d{2}[a-z]?\b",
    re.IGNORECASE,
)
OLD_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]+\b(?!\.\w))")
_BULLET = re.compile(r"\s[•·]\s")
_BAR = re.compile(r"\s\|\s")


def _pieces(*pieces: str, size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


ITEM_TEXT = _pieces(
    "Roe J", ", ", ". ", "Made-up title", "J Ex", " 2030", "2030a", "1899", "20301", " 12:3",
    "12 (3)", "4, 5", "doi", "DOI: ", "pp.", "p. 7", "PP.", "Springfield: ", "http://", "HTTPS://",
    "\n", " ", ":", "(", ",", "x", "ſ", "K", "Dα: ",
)  # fmt: skip
GLUED_TEXT = _pieces(
    "of medicines", ".", "Turin", "Title", "ab", "A", "x", " ", "http://ex.org/a", "roe@ex.org",
    "www.", ".Roe", "rev.From", "Ex", "w", "\n", "é", "Ab.c",
)  # fmt: skip
HEAD_TEXT = _pieces(
    "Journal of Examples", " • ", " · ", "•", " | ", "|", "Volume 12", "vol. 3", " 2030 ", "1. ",
    "Roe J", " ", "PubMed", "x",
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(ITEM_TEXT)
def test_an_item_reads_as_a_reference_as_the_one_pattern_read_it(text):
    assert reference_like(text) == bool(OLD_REFERENCE_LIKE.search(text))


@settings(max_examples=1000, deadline=None)
@given(GLUED_TEXT)
def test_glued_sentences_are_found_where_the_old_pattern_found_them(text):
    spans = [m.span() for m in GLUED_SENTENCE.finditer(text)]
    assert spans == [m.span() for m in OLD_GLUED_SENTENCE.finditer(text)]


def _old_separated_head(line: str) -> bool:
    from blinarefs.parse import running_heads as rh

    parted = len(_BULLET.findall(line)) >= 2 or (
        len(_BAR.findall(line)) >= 2 and bool(rh._VOLUME.search(line)) and not line.startswith("|")
    )
    return (
        parted
        and len(line) <= rh._SHORT
        and bool(rh.YEAR_IN_TEXT.search(line))
        and not rh._ITEM_START.match(line)
        and not rh._link_labels(line)
    )


@settings(max_examples=1000, deadline=None)
@given(HEAD_TEXT)
def test_a_head_parted_by_bullets_or_bars_is_found_as_before(line):
    assert _separated_head(line) == _old_separated_head(line)


def test_invented_lists_are_still_read_so():
    # both orders of a year and a mark; neither alone
    assert reference_like("Roe J. Made-up title. J Ex. 2030;12:3-9.")
    assert reference_like("Roe J, 12:3-9, the year after it: 2030")
    assert not reference_like("Roe J. Made-up title. Springfield Press.")
    assert not reference_like("Roe J. Made-up title. 2030.")
    # a glued sentence is set apart; a URL's or a short word's full stop is not
    assert close_names("Roe J. Made-up guide of medicines.Turin: Examplia Press; 2030.") == (
        "Roe J. Made-up guide of medicines. Turin: Examplia Press; 2030."
    )
    assert "ex.Org" in close_names("Roe J. See http://ex.Org/a for more. 2030.")
    assert "ab.Cd" in close_names("Roe J. Title ab.Cd. 2030.")
    # a head parted by bullets, one parted by bars with its volume; a line with neither
    assert _separated_head("Journal of Examples • 2030 • Volume 12")
    assert _separated_head("JOURNAL OF EXAMPLES | VOLUME 12 | 2030")
    assert not _separated_head("Journal of Examples, 2030, Volume 12")
    # no head recurring, none mirrored; a book's left page's head found after its right one's
    assert _mirrored(["12 Journal of Examples 2030", "Roe J. Title."], set()) == set()
    lines = [f"Examplia Journal 2030 {n}\n" if n % 2 else f"{n} Examplia Journal 2030\n"
             for n in range(1, 9)]  # fmt: skip
    assert _mirrored(lines, {0, 2, 4, 6}) == {1, 3, 5, 7}
    assert furniture_lines(["1. Roe J. Title. J Ex. 2030;1:2.\n"]) == frozenset()
