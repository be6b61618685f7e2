"""Where a DOI or a web address cut into pieces goes on, for the joiner (``joiner.py``).

A careless copy cuts "doi: 10.1016/S0140-6736(13)60937-X" into "10" / "." / "1016" / "/" /
... ; inside an identifier the pieces join without spaces, and what follows it (a PubMed
id, a year, the next sentence) is set apart. Kept apart from the joiner's rules for
printed text because an identifier's rules are the opposite of a sentence's.
"""

from __future__ import annotations

import re

from .years import YEAR

HYPHENS = "-‐‑"  # the hyphens publishers print: ASCII, U+2010, U+2011

# The word being rebuilt is an identifier: its pieces join without spaces; also an address
# a print glued to the word before it ("Retrieved 3 May 2031, fromhttps://...")
IDENTIFIER = re.compile(r"^(?:[a-z]*https?:|www\.|10\.\d|\S*doi\.org/|arxiv:)", re.I)
# What follows a DOI or a URL rather than continuing it ("... 10.1093/nar/gkw1. PMID: 1").
_AFTER_IDENTIFIER = re.compile(r"(?:PMID|PMCID|PMC\d*|DOI|URL|ISBN|ISSN|WOS|EPUB)$", re.I)
_ARXIV_ID = re.compile(r"arxiv:\d{4}\.\d{4,5}(?:v\d+)?\.$", re.I)  # complete, then a full stop
_CAPITAL_WORD = re.compile(r"[A-Z][^\W\d_]*\b")


def doi_starts(ahead: tuple[str, ...]) -> bool:
    """``ahead`` opens a DOI's prefix after "10": ".", "1016", "/" ("...51–4. 10.1016/j")."""
    return len(ahead) >= 2 and ahead[0] == "." and ahead[1].isdigit() and len(ahead[1]) >= 4


def _identifier_goes_on(ahead: tuple[str, ...]) -> bool:
    """``ahead`` holds more of a DOI after a number: "." or "/" then digits ("2031" /
    "." / "150843"), not a year's ";" or the full stop closing the reference."""
    return len(ahead) >= 2 and ahead[0] in "./" and ahead[1][:1].isdigit()


def in_identifier(word: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """Whether ``tok`` continues the DOI or URL rebuilt so far (``word``)."""
    prev = word[-1]
    if (prev.isalnum() and tok[0].isalnum()) or prev == "," or _ARXIV_ID.match(word):
        return False
    if tok[0] in "“”":  # a typographic quote is in no address: "https://example.org/ for “Title”"
        return False
    if prev in ".;" and tok[0].isupper():
        # "...0008-5472.CAN-23-0910" and "CRAN.R-project.org" go on; "...2948. PMID: 1",
        # ". PMC123" and ". Epub" do not
        if _AFTER_IDENTIFIER.match(tok):
            return False
        marks = (*HYPHENS, "_", "/") + ((".", ";") if word.startswith("10.") else ())
        return (
            not _CAPITAL_WORD.match(tok)
            or (tok.isupper() and ahead[:1] != () and ahead[0] in marks)
            # "10.1238/Physica.Topical.106a00048": a mark, then more of the identifier
            or (
                len(ahead) >= 2
                and ahead[0] in marks
                and ahead[1][:1].isdigit()
                # not a year after the identifier ("...70015-4.Inmunología. 2011;30"),
                # but a year inside it, more of it after a mark ("Fict.Lab.2031.150843")
                and (not YEAR.fullmatch(ahead[1]) or _identifier_goes_on(ahead[2:]))
            )
        )
    if prev == ";" and YEAR.fullmatch(tok):  # "http://example.org/data;2015": the year after
        return False
    if tok == "(":  # "S0140-6736(13)60937-X", "(19980815/30)17:15", not "10.1000/x (2010)"
        close = ahead.index(")") if ")" in ahead else 0
        after = ahead[close + 1 : close + 3]
        if not (
            close > 0
            and ahead[0].isalnum()
            and all(t.isalnum() or t in "/.-_%~=&+" for t in ahead[:close])
        ):
            return False
        if after[:1] and after[0][0].isalnum():
            return True
        if word.startswith("10."):
            # a DOI's own parentheses: "1092-4388(2030/11-0044)" holds a "/", and
            # "ACS.203011_36(6).20300515A" goes on after them; a year after a DOI,
            # "10.1000/x (2030).", does neither
            goes_on = len(after) > 1 and after[0] == "." and after[1][:1].isdigit()
            return "/" in ahead[:close] or goes_on
        # a web address's file goes on after it: "...%20(ROCA%202).pdf"; not a year
        # after an address, "https://example.org/data (2030) [accessed ...]"
        return len(after) > 1 and after[0] in "._-/~" and after[1].islower()
    if tok == "[":  # "(2000)081[2714:DHSATD]2.0.CO;2", not "arXiv:1409.1556 [cs.CV]"
        return len(ahead) >= 2 and ahead[0].isalnum() and ahead[1] == ":"
    return True


# PubMed's date and location of a paper online before its issue, rebuilt so far: "2030
# Jun 6:blood.2030012345", ":S0140-6736(30)01234-5", ":2030.05.01.123456" (a preprint's)
_LOCATION = re.compile(r"(?:19|20)\d\d [A-Z][a-z]{2} \d{1,2}:[\w.()\-‐‑]*$")
_LOCATION_PIECE = re.compile(r"[\w()\-‐‑]+|\.")


def in_location(out: str, tok: str, ahead: tuple[str, ...]) -> bool | None:
    """Whether ``tok`` continues the location PubMed prints after such a date (its pieces
    join as an identifier's do: "blood" / "." / "2030012345"); None when ``out`` ends with
    no such location. A full stop then a word that is no more of it ("doi", "Epub",
    "Online", "PMID") ends it."""
    if not _LOCATION.search(out[-60:]):
        return None
    if out.endswith("."):
        return bool(
            _LOCATION_PIECE.fullmatch(tok)
            and (tok[0].isdigit() or (tok.isupper() and not _AFTER_IDENTIFIER.match(tok)))
        )
    return bool(_LOCATION_PIECE.fullmatch(tok))
