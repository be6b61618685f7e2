"""Digits a flattened copy has outside its prose, which cite nothing: the affiliation
numbers of the title and author block a text opens with ("Jane Roe1,2"), and the digits
inside a web address, a DOI or an e-mail address ("www.example.org/faqs2.asp"). Pure and
bounded: the first characters of the text, and the word before a run.
"""

from __future__ import annotations

import re

# A sentence ending in prose ("... systems. Networks", "... trial.1 It"): a title and
# author block has none.
_SENTENCE_END = re.compile(r"[a-z]{2}[.?!][\d,–-]{0,8}\s+[A-Z]")
BYLINE_WITHIN = 3000  # how far into a text its title and author block may run
# A line of the author block that holds its correspondence note ("*To whom correspondence
# should be addressed. E-mail: ...", "Corresponding Author: ..., Tel: ... E-mail: ..."), whose
# full stops end no sentence of prose
_CORRESPONDENCE = re.compile(r"correspond|\be-?mail\b", re.I)


def _prose_before(text: str, pos: int) -> bool:
    """Whether a sentence of prose ends in ``text[:pos]``: not the question a title asks
    on the first line ("What Does the Evidence Show?"), nor a full stop of the author
    block's correspondence note."""
    for m in _SENTENCE_END.finditer(text, 0, pos):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.start())
        line_end = line_end if line_end >= 0 else pos
        if line_start == 0 and text[m.start() + 2] == "?" and line_end == m.start() + 3:
            continue
        if not _CORRESPONDENCE.search(text, line_start, line_end):
            return True
    return False


_CLOSED = re.compile(r"[)\]>\"”’]")
_BARE_DOI = re.compile(r"10\.\d{4,9}/")  # "10.1000/dataset.12.d3456", without "doi:"


def in_address(text: str, start: int) -> bool:
    """Whether the digits at ``start`` are inside a web address, a DOI or an e-mail address
    ("www.example.org/faqs2.asp", "doi:10.1000/x12", "10.1000/x12"): they cite nothing.
    The word is looked at back to its start, at most 200 characters (linear)."""
    word = text[max(0, start - 200) : start].rsplit(None, 1)[-1:]
    if not word:
        return False
    # after the bracket or quote that closes an address the digits are the text's again
    # ("(http://example.org/a.php).30": a citation after it)
    w = _CLOSED.split(word[0].lower())[-1].lstrip("(<[")
    return "://" in w or "@" in w or w.startswith(("www.", "doi:")) or bool(_BARE_DOI.match(w))


def byline_end(text: str) -> int:
    """Where a text's title and author block ends, when it opens with one: its affiliation
    digits ("Jane Roe1,2", "Daniel A Doe1 2 * E-mail"), flattened by a copy as citations
    are, are no citations. The block ends at the first Abstract/Introduction-like heading
    or the first line of 30 words or more (a paragraph of a saved text), as a Word file's
    does (:data:`~blinarefs.manuscript.superscript.FRONT_END`), within the first
    characters only and with no sentence of prose before it: else 0 (a text that opens
    with its prose, a short paragraph or hard-wrapped lines before its first heading)."""
    from ..manuscript.superscript import FRONT_END

    pos = 0
    for line in text[:BYLINE_WITHIN].splitlines(keepends=True):
        shown = line.strip()
        words = len(shown.split())
        if (FRONT_END.match(shown) and words <= 40) or words >= 30:
            return 0 if _prose_before(text, pos) else pos
        pos += len(line)
    return 0
