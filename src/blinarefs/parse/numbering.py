"""Which numbered lines make the list: the longest run of increasing numbers.

A line that opens with a number is not always an item: a volume, a page, a year, the
decimals of "BEAST 1.7" or the day of a date cut one token a line can stand at the start of
a line. The list is the run of candidates whose numbers increase, as long as it can be; a
list may start at any number, skip numbers and, in a copy that keeps only the references a
page cites, jump by hundreds. What the numbers say about the copy is reported.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from .joiner import join_tokens

# "Della Starza I," "van der Sluis IM," "Müller N." : a Vancouver author opening a reference.
AUTHOR_START = re.compile(
    r"^(?:[a-z]{1,4}\s+){0,2}[A-Z\u00C0-\u024F][\w'’\-]*(?:\s+[A-Z\u00C0-\u024F][\w'’\-]*)?"
    r"\s+[A-Z\u00C0-\u024F]{1,4}(?:-[A-Z])?[,.;]"
)
_PARTICLES = "van|von|de|da|das|di|do|dos|del|della|der|den|du|la|le|ten|ter"
# (or glued to the name by a copy, "deMora K": a name, not a word of a title)
PARTICLE = re.compile(rf"(?:{_PARTICLES})(?:\b|(?=[A-Z\u00C0-\u00DE][a-z]))")


def _after_decimal(lines: list[str], j: int) -> bool:
    """Whether line ``j`` holds the decimals of a number in a title, one token a line:
    "FAKE" / "1" / "." / "7.", or the last part of a version's "Version" / "2" / "." / "1" /
    "." / "3." (a list's number follows the end of a reference, "200-10" / "." / "7.")."""
    seen: list[str] = []
    for k in range(j - 1, max(-1, j - 14), -1):
        if lines[k].strip():
            seen.append(lines[k].strip())
            if len(seen) == 7:
                break
    k = 0
    while k + 2 < len(seen) and seen[k] == "." and seen[k + 1].isdigit() and len(seen[k + 1]) <= 3:
        k += 2
        if seen[k].isalpha():
            return True
    return False


def _after_word(lines: list[str], j: int) -> bool:
    """Whether the number at line ``j`` follows a bare word, one token a line: a volume
    after its journal ("PLoS Comput Biol" / "7" / "." / "doi"), a book's "volume 1.", not
    the end of a reference (a full stop, a page, an identifier)."""
    seen: list[str] = []  # the last two lines with text of the eight before it, in order
    for k in range(j - 1, max(0, j - 8) - 1, -1):  # (read back: it is asked of every item)
        if text := lines[k].strip():
            seen.insert(0, text)
            if len(seen) == 2:
                break
    if len(seen) == 2 and seen[1] == "." and seen[0].lower() in ("no", "vol", "nº"):
        return True  # "Special Publication No. 5."
    # a word after a word or a comma: not the end of a DOI or an address ("...tb00079" /
    # "." / "x")
    return len(seen) == 2 and (seen[0].isalpha() or seen[0] == ",") and seen[1].isalpha()


def _after_slash(lines: list[str], j: int) -> bool:
    """Whether the number at line ``j`` follows a slash, one token a line: the rest of a
    word ("FICT79" / "/" / "150" / "." / "Neuron"); a reference does not end with one, but
    for a web address ("https://fict.org/ar/"). (Not after a hyphen: a copy that lost a
    reference's last page leaves "e126" / "–" before the next item's number.)"""
    before = next((x.strip() for x in reversed(lines[max(0, j - 8) : j]) if x.strip()), "")
    return before[-1:] == "/" and not after_identifier(lines, j)


def after_identifier(lines: list[str], j: int) -> bool:
    """Whether the number at line ``j`` follows a DOI or an address with no space, one token
    a line: the "29." of "doi: 10.1080/pdp.21.1.25.29." before "PubMed". A long address
    ("https://example.org/a-page-named-by-its-many-words/") takes dozens of lines: the
    look back reaches its start."""
    before = [x for x in lines[max(0, j - _IDENTIFIER_LINES) : j] if x.strip()]
    # the rebuilt text is the lines' text with spaces put between some: what the pattern
    # needs ("/" or "www." in a run ending in "." or "/") is in their text without them, or
    # nowhere; most lines fail this at once, without rebuilding 80 lines
    glued = "".join(x.strip() for x in before)
    if not glued.endswith((".", "/")) or ("/" not in glued and "www." not in glued):
        return False
    return bool(_OPEN_IDENTIFIER.search(join_tokens(before)))


_IDENTIFIER_LINES = 80  # one token a line, the lines a DOI or an address may take
# (a DOI may be cut right after its prefix's slash: "doi: 10.1000/" then the next item;
# an address may be a site's own path, "Available from: /pmc/articles/PMC1234567/", as a
# reference manager saves a page of PMC's, rebuilt "from: / pmc/...")
_OPEN_IDENTIFIER = re.compile(r"(?:\b10\.\d{4,9}(?=/)|https?://|www\.|(?<=from: )/ ?)\S*[./]$")


def longest_run(starts: dict[int, tuple[int, str]], lines: list[str]) -> list[int]:
    """Line indexes of the longest run of increasing item numbers: 1, 2, 3... as a rule,
    but a list may start at any number (the second page of a list) and skip numbers (a copy
    that lost items, a list printing only some). The item after a line is one of: the first
    later line that opens one of the next three numbers, or one of the nearest three of the
    next 50 candidates that open a larger number (more than ``_MAX_SKIP`` on only before a
    capital, and not a year); of these, the one that starts the longest run (so a "2" in a
    later reference's text, "Bowtie 2", does not take the place of the 4 that follows 1 in
    a list that skips), then as ``_next_item`` says. The longest run wins; among equals,
    one starting at 1, then one printed with a list's mark ("12." rather than a bare "2017"),
    then one not starting at a year, then one whose number does not follow a bare word (a
    volume, "PLoS Comput Biol" / "1" / "."), then the last (reference lists close a
    manuscript). Run lengths are computed from the end so that the cost stays n log n.

    One token a line, a list printed "12." gives "12" / "." (put back together), so where
    most numbers of the run alone on their lines carry a mark, a bare one is a number of a
    title ("(2007)" / "25" / "BEAST: ..."), which filled a number the list skips or ended
    the list inside its last reference: the run is found again without such numbers."""
    run = _run(starts, lines)
    alone = [i for i in run if not starts[i][1]]
    bare = [i for i in alone if not _mark(lines[i])]
    if bare and 2 * len(bare) < len(alone):
        run = _run({i: s for i, s in starts.items() if s[1] or _mark(lines[i])}, lines)
    return run


def _run(starts: dict[int, tuple[int, str]], lines: list[str]) -> list[int]:
    """``longest_run`` over the candidates ``starts``."""
    # the first line at or after each index that holds text: an item is never empty, so
    # the item after line i starts after some text ("2." / "21 U.S. Code": 21 is its text)
    text_at = [len(lines)] * (len(lines) + 1)
    for k in range(len(lines) - 1, -1, -1):
        text_at[k] = k if lines[k].strip() else text_at[k + 1]
    by_number: dict[int, list[int]] = {}
    for i, (number, _) in starts.items():
        by_number.setdefault(number, []).append(i)  # indexes come in increasing order
    order = sorted(starts)

    def _may_jump(j: int) -> bool:  # before a name, not a year ("2024 Elsevier Ltd.")
        k = text_at[j + 1]
        opening = starts[j][1] or (lines[k].strip() if k < len(lines) else "")
        return opening[:1].isupper() and not _YEAR.match(lines[j].lstrip())

    length: dict[int, int] = {}
    following: dict[int, int] = {}

    opened: dict[int, int] = {}
    identified: dict[int, bool] = {}

    def _after_identifier(j: int) -> bool:
        """``after_identifier``, once a line: it may rebuild the lines before ``j``, and
        each candidate is weighed as an option of several others."""
        if j not in identified:
            identified[j] = after_identifier(lines, j)
        return identified[j]

    texts: dict[int, str] = {}

    def _text(j: int) -> str:
        """The start of the text after the number at line ``j``, rebuilt (one token a line,
        from the next lines), past a number printed twice."""
        if j not in texts:
            text = starts[j][1] or join_tokens([x for x in lines[j + 1 : j + 12] if x.strip()][:8])
            texts[j] = text.removeprefix(f"{starts[j][0]}.").lstrip()
        return texts[j]

    def _opening(j: int) -> int:
        """How the text after the number at line ``j`` opens: 3 as an author does ("Holme
        P,", ASM's "Jones SA 2012"), 2 with a capital, a particle, an address, a quote or a
        bracket, 0
        with a lower-case word ("doi: 10...", "ed.", a DOI's "s2.13"), 1 otherwise (a year,
        the next item's "363.", a mark, a name a site writes in lower case before a
        sentence: "fictblog. Title", "cn-fict: Title"). A number printed twice ("2." /
        "2." / "Roe") is read past."""
        if j not in opened:
            text = _text(j)
            if AUTHOR_START.match(text) or _AUTHOR_YEAR.match(text):
                opened[j] = 3
            elif text[:1].isupper() or text[:1] in '"“‘([' or _OPENS_ITEM.match(text):
                opened[j] = 2
            elif _LOWER_CASE_NAME.match(text):
                opened[j] = 1
            else:
                opened[j] = int(not text[:1].islower())
        return opened[j]

    def _next_item(i: int, options: list[int]) -> int:
        """The option that starts the longest run; among equals, of two numbers in a row the
        next one, a skip rather than a jump, a number that is not the decimals of a title's
        "BEAST 1.7.", nor a volume after its journal ("Biol" / "7" / "." / "doi: ..." /
        "21379319" / "7."), one whose text opens as a reference does (``_opening``: "397." /
        "Holme P," rather than the pages' "397." / "doi"; "4." / "Dwyer GS," rather than the
        decimals' "4" / "Ma"), one that does not end a DOI ("...25" / "." / "29" / "." /
        "PubMed"), then the nearest of those that do not leave one of the two items far
        longer than the other would (a "7." inside item 6 that would leave item 7 holding two
        references)."""
        most = max(length[j] for j in options)
        tied = sorted({j for j in options if length[j] == most})
        if len(tied) == 1:
            return tied[0]
        # a list prints its numbers alike: "2." after "1.", not the bare "2" of a title
        # after its year ("(2012)" / "2" / "Characterization...", one token a line)
        tied = [j for j in tied if _mark(lines[j]) == _mark(lines[i])] or tied
        # no item opens with a lower-case word: "12." / "ed." is an edition's number, not
        # the next item of a list that skips on to "96." / "Roe"
        tied = [j for j in tied if _opening(j)] or tied
        # two numbers in a row, the next number and another ("(2015) 367." / "363." /
        # "Montedo"; "8." / "21 U.S. Code"): the next number is the item
        for j, k in [(j, k) for j in tied for k in tied if text_at[j + 1] == k]:
            nexts = [x for x in (j, k) if starts[x][0] == starts[i][0] + 1]
            if len(nexts) == 1 and j in tied and k in tied:
                tied.remove(k if nexts == [j] else j)
        # a skip rather than a jump to an identifier's digits (28, then "e58131." / "PMid")
        tied = [j for j in tied if starts[j][0] <= starts[i][0] + _MAX_SKIP] or tied
        tied = [j for j in tied if not _after_decimal(lines, j)] or tied
        tied = [j for j in tied if not _after_word(lines, j)] or tied
        best_opening = max(_opening(j) for j in tied)
        tied = [j for j in tied if _opening(j) == best_opening]
        tied = [j for j in tied if not _after_identifier(j)] or tied
        longer = {j: max(j - i, following.get(j, len(lines)) - j) for j in tied}
        even = min(longer.values())
        return min(j for j in tied if longer[j] <= 1.5 * even + 4)

    for pos in range(len(order) - 1, -1, -1):
        i = order[pos]
        number = starts[i][0]
        options = []
        for step in (1, 2, 3):
            nexts = by_number.get(number + step, [])
            k = bisect.bisect_right(nexts, i)
            # the next number: the first few lines that open it (a title's "2" may come
            # before the item's "2."); a skip: the first
            options += nexts[k : k + (3 if step == 1 else 1)]
        near = (
            j
            for j in order[pos + 1 : pos + 51]
            if number < starts[j][0] and (starts[j][0] <= number + _MAX_SKIP or _may_jump(j))
        )
        options += itertools.islice(near, 3)
        if not starts[i][1]:
            options = [j for j in options if text_at[i + 1] < j]
        # a number alone on its line (one token a line): a list skips to an item, not to
        # "58." / "s2.13" of a DOI; and no item opens with a number or a mark right after a
        # DOI ("ajb.91." / "12." / "1960"). A line that goes on ("12. http://...") is an item.
        options = [
            j
            for j in options
            if starts[j][1]
            or (
                # the next number, but not one counting an edition or a volume ("12." /
                # "ed.": no item opens with such an abbreviation)
                ((starts[j][0] == number + 1 and not _COUNTED.match(_text(j))) or _opening(j))
                and (_opening(j) != 1 or not _after_identifier(j))
                and not _after_slash(lines, j)
            )
        ]
        length[i] = 1
        if options:
            following[i] = nxt = _next_item(i, options)
            length[i] = 1 + length[nxt]
    # among runs as long, one starting at 1, then one printed as a list's number ("6." /
    # "Roe", not the bare years "2017" / "July" of a short list's references, one token a
    # line), then one not starting at a year ("2006." ending a title), then one not after
    # a bare word, then the last (the other tests asked only of the longest runs' starts)
    heads = _merged_away(order, following, starts, _opening)
    longest = max((length[i] for i in heads), default=0)
    best = max(
        (i for i in heads if length[i] == longest),
        key=lambda i: (
            starts[i][0] == 1,
            bool(starts[i][1] or _mark(lines[i])),
            not _YEAR.match(lines[i].lstrip()),
            not _after_word(lines, i),
            i,
        ),
        default=None,
    )
    run = []
    while best is not None:
        run.append(best)
        best = following.get(best)
    return run


def _mark(line: str) -> str:
    """How a number is printed: "[" and "]", ".", ")", or bare ("12 ." is "12.")."""
    s = "".join(line.split()[:2])
    digits = s.lstrip("[(")
    rest = digits.lstrip("0123456789")
    after = (rest[1:] if rest[:1].islower() else rest)[:1]  # "1a.": a part's (sublabels.py)
    return s[: len(s) - len(digits)] + (after if after in ".)]" else "")


# Lower-case words an item may open with: a particle ("van Dongen S", and glued to the name
# by a copy, "vanderGon HAC"), an address, the first part of a chemistry journal's item
# ("a) A. Roe, B. Doe, Made. Chem. 2030, 56, 9910; b) ..."); and a name that opens with a
# number, as ``folds._numbered_name`` reads it: "3D Examplia", "23andMe", "1000 Examplia"
# (not a year: "ajb.91." / "12." / "1960" after a DOI is no item; nor a decimal's digits,
# "worldwide. 2.0 Lyon", nor a small number before a word, which a title's decimals are)
_OPENS_ITEM = re.compile(
    rf"{PARTICLE.pattern}|(?:{_PARTICLES}){{1,3}}[A-Z]|https?:|www\.|a\)\s*[A-Z]"
    r"|(?:d|l|dell|dall|degli)['’][A-Z]"  # an elided particle: "d’Avignon DA", "dell'Oro"
    r"|[1-9]\d{0,5}[^\W\d_]*[A-Z]|(?!(?:19|20)\d\d\b)[1-9]\d{2,5}(?:,\d{3})* [A-Z][a-z]"
)
# An author a web site or a company writes in lower case, then its title: "fictblog.
# Title", "cn-fict: Title"; longer than the words that follow a volume ("ed.", "doi:")
_LOWER_CASE_NAME = re.compile(r"[a-z][a-z-]{3,40}[.:] [A-Z][a-z]")
# What a number counts, after it: "13. ed.", "2. rev.", "3. vol." (a short lower-case
# abbreviation and its full stop)
_COUNTED = re.compile(r"[a-z]{1,5}\.(?:\s|$)")
# ASM's author before the year, with no mark: "Jones SA 2012 Title"
_AUTHOR_YEAR = re.compile(
    r"[A-Z][\w'’-]{0,40}(?: [A-Z][\w'’-]{0,40})? [A-Z]{1,4} (?:1[89]|20)\d\d\b"
)


def _merged_away(
    order: list[int],
    following: dict[int, int],
    starts: dict[int, tuple[int, str]],
    opening: Callable[[int], int],
) -> list[int]:
    """The lines that may start the list: of two runs that go on with the same item, the
    one whose text opens more as a reference does (``opening``), then the one whose number
    is nearer that item's, is kept. The other starts inside the first item ("44. Rocha SM.
    ... 3. ed. Rio de Janeiro" and "45. ..."; "1. ... Version 1. Lancaster" and "2. ...": a
    list that does not start at 1, or an item 1 that prints "1." again) and would cut its
    head off; but in a list that skips numbers, "5. Roe J. ... 13. ed." before "17. ...":
    the edition's "13." is nearer 17 and opens with no name."""
    kept: dict[int, int] = {}  # the item a run goes on with -> its start kept so far
    alone = []
    for i in order:
        nxt = following.get(i)
        if nxt is None:
            alone.append(i)
        elif nxt not in kept or (opening(i), starts[i][0]) > (
            opening(kept[nxt]),
            starts[kept[nxt]][0],
        ):
            kept[nxt] = i
    return alone + list(kept.values())


# Numbers a list skips at once as a rule (gaps of up to 28 occur in real copies). A larger
# jump (a copy that keeps only the references a page cites: 27, 102, 104...) is taken to
# an item that opens with a capital, unless the number is a year's ("2008." of a copy one
# token a line, "2024 Elsevier Ltd."), and reported.
_MAX_SKIP = 50
_YEAR = re.compile(r"[\[(]?(?:1[89]|20)\d\d\b")


def numbering_notes(numbers: list[int], lines: list[int]) -> list[str]:
    """What a reader should know about the list's numbers (``lines``: where each item
    starts): where it starts when not at 1, which numbers it skips (items a copy lost: check
    the source), and where it jumps by more than ``_MAX_SKIP`` at once."""
    notes = []
    if numbers[0] != 1:
        notes.append(f"line {lines[0]}: the reference list starts at number {numbers[0]}, not 1")
    gaps = [
        (a, b, at)
        for (a, b), at in zip(itertools.pairwise(numbers), lines[1:], strict=True)
        if b - a > 1
    ]
    missing = [f"{a + 1}" if b - a == 2 else f"{a + 1}-{b - 1}" for a, b, _ in gaps]
    if missing:
        shown = ", ".join(missing[:10]) + (
            f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        )
        notes.append(f"line {lines[0]}: the reference list skips number(s) {shown}")
    jumps = [f"{a} to {b} (line {at})" for a, b, at in gaps if b - a > _MAX_SKIP]
    if jumps:
        shown = ", ".join(jumps[:5]) + (f" and {len(jumps) - 5} more" if len(jumps) > 5 else "")
        notes.append(
            f"line {lines[0]}: the reference list jumps by more than {_MAX_SKIP} numbers at "
            f"once, from {shown}: every item was kept under its printed number; check that "
            "the copy did not lose the references in between"
        )
    return notes
