"""Numbers a one-token-a-line copy cut off their marks: "[" / "12" / "]" and "12" / ".",
put back on one line before :mod:`.split` looks for the items (the other lines left blank,
so line numbers stay)."""

from __future__ import annotations

import re

from .joiner import WEB_ENDINGS
from .numbering import PARTICLE
from .numbering import after_identifier as _after_identifier

QUOTES = "\"“‘'"
_YEAR_LINE = re.compile(r"\A\s*(?:19|20)\d{2}\s*$")
_CAPITAL_WORD = re.compile(r"[A-Z\u00C0-\u00DE\"“‘'](?!\d)")  # not a page, "S12"


def _folds(pair: tuple[str, str], number: str, after: str) -> bool:
    """Whether "[" / "12" / "]" (or "(" / "12" / ")") before ``after`` is an item's number:
    before a word, a quote or a year first ("(2005)"); "(12)" not before a lower-case word
    or a page ("S12"), nor a year ("(" / "2005" / ")" / "Title"); a chemistry journal's
    "a) A. Roe, ...; b) ..." is an item."""
    if after == "(" or after[:1] in QUOTES:
        return True
    if pair[0] == "[":
        return after[:1].isalpha()
    return not _YEAR_LINE.match(number) and (
        after == "a" or bool(_CAPITAL_WORD.match(after) or PARTICLE.match(after))
    )


def fold_brackets(lines: list[str]) -> list[str]:
    """One token a line cuts "[12]" into "[" / "12" / "]", and "(12)" likewise: put them
    back on the number's line (the others left blank) where ``_folds`` says."""
    out = list(lines)
    for i in range(1, len(out) - 2):
        pair = (out[i - 1].strip(), out[i + 1].strip())
        after = next((x.strip() for x in out[i + 2 : i + 4] if x.strip()), "")
        if (
            pair in (("[", "]"), ("(", ")"))
            and out[i].strip().isdigit()
            and _folds(pair, out[i], after)
        ):
            out[i - 1], out[i], out[i + 1] = "\n", f"{pair[0]}{out[i].strip()}{pair[1]}\n", "\n"
    return out


def fold_split_numbers(lines: list[str]) -> list[str]:
    """One token a line cuts "12." into "12" and ".": put the number and its mark back on
    one line (the mark's line left blank, so line numbers stay) where a reference can start:
    before anything but a number (a year excepted), and not after the mark that sets off a
    volume or a page ("2020:12.", "1-12."). Among the candidates, the run 1, 2, 3... is
    chosen as for any list."""
    out = list(lines)
    before = second = third = ""  # the last three lines with text
    for i in range(len(out) - 2):
        s = out[i].strip()
        if (
            s.isdigit()
            and out[i + 1].strip() in (".", ")")
            # "pp 12." is a page, "392 pp" / "12." a book's page count and the next item
            and (before not in _BEFORE_A_NUMBER or (before == "pp" and second.isdigit()))
            # "volume 3.", "No. 3.": a number such a word calls for, not a list's
            and before.lower() not in _NUMBERED_WORDS
            and not (
                before == "." and (second.lower() in _NUMBERED_WORDS or second in _NUMBER_MARKS)
            )
            # the day of a date "Epub 2006/12/19.", not the end of a URL ".../" / "2" / "."
            and not (before == "/" and third == "/" and second.isdigit() and len(second) <= 2)
            # "12." twice after a full stop: the list's number, then the journal's ("2." /
            # "2." / "Bignami"), not a volume before the number ("Res 42." / "42." / "Kim")
            and (
                not out[i + 2].strip()[:1].isdigit()
                or (_YEAR_LINE.match(out[i + 2]) and not _in_identifier(out, i))
                or before in (")", "]")  # "...(in Japanese)" / "10" / "." / "21 U.S. Code"
                or (
                    before == "."
                    and out[i + 2].strip() == s
                    and out[i + 3 : i + 4] == [out[i + 1]]
                    # not a DOI ending in the number: "fso.15.37." / "37." / "Ahmed"
                    and not _after_identifier(out, i)
                    # nor a page: "Ltd. p." / "190." / "190." / "Anderson"
                    and second.lower() not in ("p", "pp")
                )
                or _chemical_name(out, i + 2)  # "8" / "." / "2" / "-" / "Cyano-6-..."
            )
            # the end of a DOI before a PubMed id: "...25" / "." / "29" / "." / "PubMed"
            and not (out[i + 2].strip().lower() in _IDENTIFIER_TAIL and _in_identifier(out, i))
            # a file's name: ".../11" / "." / "pdf" (not the name "Gov")
            and out[i + 2].strip() not in WEB_ENDINGS
            # the same number twice, not after a full stop: the pages, then the list's
            # number ("(2002)" / "24" / "." / "24" / "." / "Vivaldini")
            and not (
                before != "." and out[i + 2].strip() == s and out[i + 3 : i + 4] == [out[i + 1]]
            )
        ):
            out[i], out[i + 1] = f"{s}{out[i + 1].strip()}\n", "\n"
        if s:
            before, second, third = s, before, second
    return out


def _in_identifier(lines: list[str], i: int) -> bool:
    """Whether the number at line ``i`` (then ".") goes on with the DOI or URL before it:
    "10.1556/ABiol" / "." / "65" / "." / "2014" / "." / "4", or ends it before what follows
    one ("...25" / "." / "29" / "." / "PubMed"); not the next item after a DOI, "...x" /
    "." / "115" / "." / "2010" / "IUCN"."""
    if (
        not (lines[i + 3 : i + 4] != [] and lines[i + 3].strip() in (".", "/", "-", "_"))
        and lines[i + 2].strip().lower() not in _IDENTIFIER_TAIL
    ):
        return False
    return _after_identifier(lines, i)


def _chemical_name(lines: list[str], i: int) -> bool:
    """Whether a chemical's name opens at line ``i``, one token a line: "2" / "-" /
    "Cyano", "1" / "," / "2" / "-" / "dichloro" (a reference may open with one; a page range
    "2" / "-" / "4" is no name)."""
    seen = [x.strip() for x in lines[i : i + 6]]
    k = 0
    while k + 1 < len(seen) and seen[k].isdigit() and len(seen[k]) <= 2 and seen[k + 1] == ",":
        k += 2
    return (
        k + 2 < len(seen)
        and seen[k].isdigit()
        and len(seen[k]) <= 2
        and seen[k + 1] in ("-", "‐")
        and seen[k + 2][:1].isalpha()
    )  # "115. 2010 IUCN Red List..."


_BEFORE_A_NUMBER = frozenset({":", "-", "–", "(", "pp"})
_NUMBERED_WORDS = frozenset(("volume", "vol", "part", "chapter", "suppl", "supplement", "number"))
_NUMBER_MARKS = frozenset(("No", "Nº", "Pt"))  # "Publication No. 5." (not "Sousa R No")
# What follows a DOI, never an item's first word: "...25.29. PubMed: 11842976."
_IDENTIFIER_TAIL = frozenset(("pubmed", "pmid", "pmcid", "epub"))
