"""One token a line, an item's number is cut from its mark: "12" / "." and "[" / "12" / "]".

The folds put the number and its mark back on one line where an item can start, so the
list finder (``split.find_reference_section``) sees the candidates it sees in a list one
reference a line; which of them are the list's is decided there, by the longest run.
"""

from __future__ import annotations

import re

from .headings import is_list_heading
from .joiner import WEB_ENDINGS, join_tokens
from .numbering import AUTHOR_START, PARTICLE
from .numbering import after_identifier as _after_identifier


def fold_numbers(lines: list[str]) -> list[str]:
    """The lines with every cut number that can open an item put back together, and an HTML
    line break ("<br>", "<br />": a Markdown page's) blanked, each line as long as it was."""
    lines = [_HTML_BREAK.sub(lambda m: " " * len(m.group()), x) if "<" in x else x for x in lines]
    lines = [_RAISED_LABEL.sub(_lowered, x) if _raised_first(x) else x for x in lines]
    return _fold_split_numbers(_fold_brackets(lines))


# A list whose numbers were raised, copied as Unicode's superscript digits ("¹ Roe J", "¹²Roe
# J", from a web page or a word processor's export): the digits as any list's, one for one
_RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_RAISED_LABEL = re.compile(rf"^\s*[{_RAISED}]+")
_LOWERED = str.maketrans(_RAISED, "0123456789")


def _raised_first(line: str) -> bool:
    first = line.lstrip()[:1]
    return bool(first) and first in _RAISED


def _lowered(m: re.Match[str]) -> str:
    return m.group().translate(_LOWERED)


_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)


_BRACKETED_NUMBER = re.compile(r"[\[(]\d{1,6}[\])]")
QUOTES = "\"“‘'"
_CAPITAL_WORD = re.compile(r"[A-Z\u00C0-\u00DE\"“‘'](?!\d)")  # not a page, "S12"


def _folds(pair: tuple[str, str], number: str, after: str) -> bool:
    """Whether "[" / "12" / "]" (or "(" / "12" / ")") before ``after`` is an item's number:
    before a word, a quote or a year first ("(2005)"); "(12)" not before a lower-case word
    or a page ("S12"); a chemistry journal's "a) A. Roe, ...; b) ..." is an item; "[12]"
    before a bracketed note ("[No authors listed]"). A year ("(" / "2005" / ")" / "Title")
    is left to the list's sequence (``_fold_brackets``)."""
    if after in ("(", "[") or after[:1] in QUOTES:
        return True
    if pair[0] == "[":
        return after[:1].isalpha()
    return after == "a" or bool(_CAPITAL_WORD.match(after) or PARTICLE.match(after))


def _fold_brackets(lines: list[str]) -> list[str]:
    """One token a line cuts "[12]" into "[" / "12" / "]", and "(12)" likewise: put them
    back on the number's line (the others left blank) where ``_folds`` says. "(1990)" before
    a title is a year ("Roe J" / "(" / "1990" / ")" / "Title"), or the item 1990 of a list
    that reached it: it is an item's number only where the list's sequence calls for it, a
    candidate numbered one to three before it (or after it, for the first) with no other
    item's number between them."""
    out = list(lines)
    found: list[tuple[int, int, bool]] = []  # line, number, whether it could be a year
    before = ""  # the last line with text before the opening bracket
    for i in range(1, len(out) - 2):
        pair = (out[i - 1].strip(), out[i + 1].strip())
        after = next((x.strip() for x in out[i + 2 : i + 4] if x.strip()), "")
        if (
            pair in (("[", "]"), ("(", ")"))
            and out[i].strip().isdecimal()
            and (
                _folds(pair, out[i], after)
                or _number_again(out, i + 2, out[i])
                # "[" / "3" / "]" / "2031" / "Examplia", "[" / "3" / "]" / "1000" / "Examplia"
                or (
                    _at_reference_end(before)
                    and (_numbered_name(out, i + 2) or bool(_YEAR_LINE.match(after)))
                )
            )
        ):
            found.append((i, int(out[i]), pair[0] == "(" and bool(_YEAR_LINE.match(out[i]))))
        before = out[i - 1].strip() or before
    for k, (i, _, year) in enumerate(found):
        if year and not _in_sequence(found, k):
            continue
        pair = (out[i - 1].strip(), out[i + 1].strip())
        out[i - 1], out[i], out[i + 1] = "\n", f"{pair[0]}{out[i].strip()}{pair[1]}\n", "\n"
    return out


def _in_sequence(found: list[tuple[int, int, bool]], k: int) -> bool:
    """Whether the year-like candidate ``found[k]`` has a neighbour in the list's sequence:
    the nearest candidate before it numbered one to three less among the year-like ones
    after the last that is surely an item, or the same after it."""
    number = found[k][1]
    for step, near in ((-1, range(k - 1, -1, -1)), (1, range(k + 1, len(found)))):
        for j in near:
            other, year = found[j][1], found[j][2]
            if 1 <= (number - other) * -step <= 3:
                return True
            if not year:
                break  # an item's number no year could be: the sequence is that one
    return False


def _number_again(lines: list[str], j: int, outer: str) -> bool:
    """Whether line ``j`` holds the item's number printed again, the journal's own under
    a list's ("36" / "." / "1" / "." / "Roe", a list pooled from several articles, whose
    references kept their numbers): a number less than the item's (the same number is
    ``_fold_split_numbers``'s), not a year, its mark, then a capital; with no mark, a
    name ("36" / "." / "1" / "Roe" / "J")."""
    inner = lines[j].strip() if j < len(lines) else ""
    marked = j + 1 < len(lines) and lines[j + 1].strip() in (".", ")")
    if not inner.isdecimal() or _YEAR_LINE.match(inner):
        return False
    if not 0 < int(inner) < int(outer) + (not marked):  # "1" / "." / "1" / "Roe" / "J" too
        return False
    after = [x.strip() for x in lines[j + 1 + marked : j + 6] if x.strip()]
    if not after or not (_CAPITAL_WORD.match(after[0]) or PARTICLE.match(after[0])):
        return False
    # with no mark ("36" / "." / "1" / "Roe" / "J"), only before a name: a family name and
    # its initials or its comma
    return marked or (len(after) > 1 and bool(re.fullmatch(r"[A-Z]{1,4}|,", after[1])))


def _fold_split_numbers(lines: list[str]) -> list[str]:
    """One token a line cuts "12." into "12" and ".": put the number and its mark back on
    one line (the mark's line left blank, so line numbers stay) where a reference can start:
    before anything but a number (a year excepted), and not after the mark that sets off a
    volume or a page ("2020:12.", "1-12."). Among the candidates, the run 1, 2, 3... is
    chosen as for any list."""
    out = list(lines)
    before = second = third = fourth = ""  # the last four lines with text
    for i in range(len(out) - 2):
        s = out[i].strip()
        if (
            (
                s.isdecimal()
                and out[i + 1].strip() in (".", ")")
                # "(36)" / "1" / "." / "Roe": the item's number is the bracketed one; not
                # a year closing the reference before ("(2006)" / "23" / ".": both are
                # candidates, and the list's run takes the one in sequence)
                and not (_BRACKETED_NUMBER.fullmatch(before) and not _YEAR_LINE.match(before[1:-1]))
                # "pp 12." is a page, "392 pp" / "12." a book's page count and the next item
                and (
                    before not in _BEFORE_A_NUMBER
                    or (before == "pp" and second.isdecimal())
                    # "Available at:" / "9." / "Roe": an address lost in the copy, no page
                    or (before == ":" and second.lower() in _BEFORE_AN_ADDRESS)
                    # a reference that ends at its colon ("...(n/a):" / "9." / "Roe" / "J" /
                    # ","): a page is not followed by a name and its initials
                    or (before == ":" and _name_after(out, i + 2))
                )
                # "volume 3.", "No. 3.": a number such a word calls for, not a list's
                and before.lower() not in _NUMBERED_WORDS
                # "IAC, p. 48.": a page; after a page count, "100 p." / "48." or a catalogue's
                # "138 pages p." / "48.", the next item
                and not (
                    before == "."
                    and second.lower() in ("p", "pp")
                    and not (third.isdecimal() or (third.lower() == "pages" and fourth.isdecimal()))
                    # "Poster p." / "n.p." ending a reference, then "41." / "Roe" / "M" / ","
                    and not _name_after(out, i + 2)
                )
                and not (
                    before == "." and (second.lower() in _NUMBERED_WORDS or second in _NUMBER_MARKS)
                )
                # the day of a date "Epub 2006/12/19." is not an item's number; but the end of
                # an address, ".../iss1/57/" / "5" / "." / "Roe", is no date and the next item
                and not (
                    before == "/"
                    and third == "/"
                    and second.isdecimal()
                    and len(second) <= 2
                    and fourth.isdecimal()
                )
                # "12." twice after a full stop: the list's number, then the journal's ("2." /
                # "2." / "Bignami"), not a volume before the number ("Res 42." / "42." / "Kim")
                and (
                    not out[i + 2].strip()[:1].isdecimal()
                    or (_YEAR_LINE.match(out[i + 2]) and not _in_identifier(out, i))
                    or before in (")", "]")  # "...(in Japanese)" / "10" / "." / "21 U.S. Code"
                    # "36" / "." / "1" / "." / "Roe": the reference's own number after the list's
                    or (second.lower() not in ("p", "pp") and _number_again(out, i + 2, s))
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
                    # the list's raised number printed again, glued to the first name:
                    # "12" / "." / "12Roe" / "J"
                    or _glued_again(s, out[i + 2].strip())
                    # a name that opens with a number, after the end of a reference or at
                    # the list's start: "12" / "." / "1000" / "Examplia", "3D", "23andMe"
                    # (a volume follows its journal's word: "Res" / "12" / "." / "3Dprint")
                    or (_at_reference_end(before) and _numbered_name(out, i + 2))
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
            )
            or _part_label(s, out[i + 1].strip(), out[i + 2].strip())
        ):
            out[i], out[i + 1] = f"{s}{out[i + 1].strip()}\n", "\n"
        if s:
            before, second, third, fourth = s, before, second, third
    return out


def _name_after(lines: list[str], j: int) -> bool:
    """Whether an author's name and initials open at line ``j``, one token a line ("Roe" /
    "M" / ",", "Roe" / "C" / "." / "J"): what opens a reference, never what follows a page."""
    ahead = [x for x in lines[j : j + 8] if x.strip()][:4]
    return bool(AUTHOR_START.match(join_tokens(ahead)))


def _at_reference_end(before: str) -> bool:
    """Whether a line after ``before`` (the last line with text, "" at the start) can open
    a reference: not after a word ("Res" / "12" / ".": a volume; "Chapter" / "12" / ".") nor
    inside a volume's or a page's marks (";", ":", ","); after a reference's closing mark,
    its last page or identifier ("...fict.3.44" / "6" / ".", an address's file type,
    ".../guide" / "." / "pdf" / "3" / "."), or a list's heading."""
    last = before[-1:]
    if before in WEB_ENDINGS:  # (in lower case: "Biomed Res Int" / "12" / "." is a volume)
        return True
    return not last or not (last.isalpha() or last in ",;:([-–") or is_list_heading(before)


def _numbered_name(lines: list[str], j: int) -> bool:
    """Whether what opens at line ``j`` is a reference that opens with a number, one token a
    line: a name ("1000" / "Examplia", "100" / "," / "000" / "Examplia", "4th" / "Examplia";
    in one token with a capital, "3D", "23andMe") or a title ("12" / "ways" / "to"; not a
    unit, "5" / "mg", nor a page count, "345" / "pp"). A volume's pages follow it with a
    mark ("12" / "." / "345" / "-"), not with a word."""
    seen = [x.strip() for x in lines[j : j + 6] if x.strip()]
    if seen and _DIGITS_CAPITAL.fullmatch(seen[0]):
        return True
    k = 0  # past a number's thousands: "100" / "," / "000"
    while (
        k + 2 < len(seen)
        and seen[k].isdecimal()
        and seen[k + 1] == ","
        and _THOUSANDS.fullmatch(seen[k + 2])
    ):
        k += 2
    if k + 1 >= len(seen):
        return False
    number, word = seen[k], seen[k + 1]
    if _ORDINAL.fullmatch(number):
        return bool(_NAME_WORD.fullmatch(word))
    return (
        number.isdecimal()
        and not _YEAR_LINE.match(number)
        and (
            bool(_NAME_WORD.fullmatch(word))
            or (word.isalpha() and word.islower() and len(word) > 3)
        )
    )


_THOUSANDS = re.compile(r"\d{3}")
_DIGITS_CAPITAL = re.compile(r"\d{1,6}[^\W\d_]*[A-Z][^\W_]*")
_ORDINAL = re.compile(r"\d{1,6}(?:st|nd|rd|th)")


def _glued_again(number: str, after: str) -> bool:
    """Whether ``after`` is the item's number printed again and glued to a name, "12Roe":
    a copy of a list whose raised numbers sat before the names, under the list's own."""
    return after.startswith(number) and bool(_NAME_WORD.fullmatch(after[len(number) :]))


_NAME_WORD = re.compile(r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]\w*")  # "Roe", "LaFerla"
_PART = re.compile(r"\d{1,4}[a-z]")


def _part_label(s: str, mark: str, after: str) -> bool:
    """Whether "1a" / "." / "Roe" is a sub-labelled list's part "1a." before its first
    author's name (parse/sublabels.py decides whether the list sub-labels at all)."""
    return mark in (".", ")") and bool(_PART.fullmatch(s)) and after[:1].isupper()


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


# A line holding a year alone, 1900-2099 ("(" / "1990" / ")"): a list's number can be one
_YEAR_LINE = re.compile(r"\A\s*(?:19|20)\d{2}\s*$")


def _chemical_name(lines: list[str], i: int) -> bool:
    """Whether a chemical's name opens at line ``i``, one token a line: "2" / "-" /
    "Cyano", "1" / "," / "2" / "-" / "dichloro" (a reference may open with one; a page range
    "2" / "-" / "4" is no name)."""
    seen = [x.strip() for x in lines[i : i + 6]]
    k = 0
    while k + 1 < len(seen) and seen[k].isdecimal() and len(seen[k]) <= 2 and seen[k + 1] == ",":
        k += 2
    return (
        k + 2 < len(seen)
        and seen[k].isdecimal()
        and len(seen[k]) <= 2
        and seen[k + 1] in ("-", "‐")
        and seen[k + 2][:1].isalpha()
    )  # "115. 2010 IUCN Red List..."


_BEFORE_A_NUMBER = frozenset({":", "-", "–", "(", "pp"})
# The words an address follows after a colon ("Available at:", "from:", "Disponível em:",
# "Disponible en:"): a number after them is never a page
_BEFORE_AN_ADDRESS = frozenset(("at", "from", "em", "en", "url"))
_NUMBERED_WORDS = frozenset(("volume", "vol", "part", "chapter", "suppl", "supplement", "number"))
_NUMBER_MARKS = frozenset(("No", "Nº", "Pt"))  # "Publication No. 5." (not "Sousa R No")
# What follows a DOI, never an item's first word: "...25.29. PubMed: 11842976."
_IDENTIFIER_TAIL = frozenset(("pubmed", "pmid", "pmcid", "epub"))
