"""Paragraphs and sentences of a manuscript's body, as spans into its text.

Pure and linear. A sentence ends at ``.``, ``!`` or ``?`` followed by a space and what can
start a sentence (a capital, a digit, a quote, a bracket), or at the end of its paragraph;
a flattened superscript right after the full stop ("chemotherapy.2 In March") belongs to
the sentence it closes. Abbreviations ("et al.", "vs.", "e.g.", "Fig.", initials) and
decimals ("P < .001", "38.1") do not end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..parse.running_heads import blank_furniture, furniture_lines
from ..textlines import lines_with_ends
from ..words import ABBREVIATIONS
from .labels import RECORD, statement_label
from .sections import opens_abstract_part, section_of

if TYPE_CHECKING:  # decoding uses the paragraphs (pasted.py): no import at run time
    from .decode import Citation

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«([{*_\\@"
_PUNCT = re.compile(r"[.!?]+")
# A list item's bullet at its paragraph's start is the list's form, not the sentence's words:
# each copy of one manuscript prints it its own way (Word's and LibreOffice's "•" or "◦",
# Pandoc's plain "- ", Markdown's "* ", a typed "– "), and a claim quoted with it would read
# differently from copy to copy. A list's numbers ("1.", "(a)") are words a reader cites.
_BULLET = re.compile(r"[•◦▪▫‣⁃∙●○■□–*-][ \t]+(?=\S)")
_BLOCK_LINE = re.compile(
    r"\s*(?:#{1,6}\s|%|\\(?:section|subsection|subsubsection|chapter|paragraph|title|maketitle"
    r"|begin|end|label|bibliography|printbibliography|nocite)\b)"
)
# A LaTeX line of commands alone (\bibliographystyle{plainnat}, \clearpage): markup, a block
# of its own, so that the prose before it is not read as a heading with it
LATEX_ONLY = re.compile(r"(?:\\[A-Za-z]+\*?(?:\[[^\[\]]*\])*(?:\{[^{}]*\})*\s*)+")


def _markup_line(stripped: str) -> bool:
    """A line of LaTeX commands alone, none a citation (which belongs to its sentence)."""
    return stripped[:1] == "\\" and "cite" not in stripped and bool(LATEX_ONLY.fullmatch(stripped))


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# A line this long was never wrapped by hand: in a block where such lines are common, every
# line is a paragraph (Word's and LibreOffice's "Save as text" write one paragraph a line,
# no blank line between). A few among many wrapped lines are a PDF copy's table rows or
# notes (a PDF's text has no blank line at all): one in ``_FEW_LONG`` or fewer, in a block
# of ``_MANY_LINES`` lines or more, leaves the block wrapped.
_UNWRAPPED = 150
_FEW_LONG = 20
_MANY_LINES = 20
_MIN_WRAP = 50  # narrower lines are a list's or a table's, not wrapped prose


def without_furniture(text: str, furniture: frozenset[int] | None = None) -> str:
    """``text`` with a PDF's page furniture (``furniture``: its line indices, found when
    not given) turned to spaces, every offset kept."""
    lines = lines_with_ends(text)
    furniture = furniture_lines(lines) if furniture is None else furniture
    return "".join(blank_furniture(lines, furniture)) if furniture else text


def split_paragraphs(
    text: str, start: int = 0, end: int | None = None, furniture: frozenset[int] | None = None
) -> list[Paragraph]:
    """Blocks separated by blank lines; a Markdown heading, a LaTeX structure command or a
    TeX comment line is a block of its own even without blank lines around it, and so is
    each line of a block whose lines were never wrapped (see ``_UNWRAPPED``). A PDF's page
    furniture (:mod:`blinarefs.parse.running_heads`) is left out of the paragraph's text
    (spaces in its place, so offsets hold) without ending it: a sentence runs on over a
    page break. ``furniture``: the furniture's line indices, when the caller has found them
    in the whole text and left those lines blank in ``text`` already."""
    end = len(text) if end is None else end
    out: list[Paragraph] = []
    block_start: int | None = None
    block_end = start
    if furniture is None:
        furniture = furniture_lines(lines_with_ends(text))
        text = without_furniture(text, furniture)

    def add(a: int, b: int) -> None:
        out.append(Paragraph(len(out), a, b, text[a:b]))

    def close() -> None:
        nonlocal block_start
        if block_start is None:
            return
        lines = text[block_start:block_end].split("\n")
        long = sum(len(line.strip()) > _UNWRAPPED for line in lines)
        filled = sum(bool(line.strip()) for line in lines)
        unwrapped = len(lines) > 1 and long > 0
        unwrapped = unwrapped and (filled < _MANY_LINES or long * _FEW_LONG > filled)
        width = _wrap_width(lines)
        pos, first = block_start, block_start
        ended = False  # the last line with text ended a sentence
        for i, line in enumerate(lines):
            lead = len(line) - len(line.lstrip())
            after = lines[i + 1] if i + 1 < len(lines) else ""
            if unwrapped and line.strip():
                add(pos + lead, pos + len(line.rstrip()))
            elif not unwrapped and after and _title_line(line, after, width):
                if (ended or _names_section(line)) and first < pos:
                    # a heading after a paragraph's last line, or one naming a section
                    # after a title page's last line ("Jane Roe1 and John Doe2" / "Abstract")
                    add(first, pos - 1)
                    first = pos + lead
                add(first, pos + len(line.rstrip()))
                first = pos + len(line) + 1 + len(after) - len(after.lstrip())
            elif not unwrapped and after and _last_line(line, after, width):
                add(first, pos + len(line.rstrip()))
                first = pos + len(line) + 1 + len(after) - len(after.lstrip())
            if line.strip():
                ended = line.rstrip().endswith((".", "!", "?"))
            pos += len(line) + 1
        if not unwrapped:
            add(first, block_end)
        block_start = None

    pos = start
    line_no = text.count("\n", 0, start)
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        line = text[pos:line_end]
        stripped = line.strip()
        line_no += 1
        if line_no - 1 in furniture:
            pass  # a page's head or foot: neither text nor a break
        elif not stripped:
            close()
        elif _BLOCK_LINE.match(line) or _markup_line(stripped):
            close()
            lead = len(line) - len(line.lstrip())
            block_start, block_end = pos + lead, pos + len(line.rstrip())
            close()
        else:
            if block_start is None:
                block_start = pos + len(line) - len(line.lstrip())
            block_end = pos + len(line.rstrip())
        pos = line_end + 1
    close()
    return out


# a numbered sub-heading under a heading ("2. Methods" / "2.1. Sample collection")
_NUMBERED_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]")


def _title_line(line: str, after: str, width: int) -> bool:
    """Whether a line of a block, ``after`` the next, ends a paragraph of its own: a title or
    a heading ("Introduction") above the next line, in a short document saved as text a
    paragraph a line, none of whose lines is long enough to show it (``_UNWRAPPED``). A
    line wrapped by hand runs close to the block's ``width`` (its longest line); one under
    half of it, with no punctuation to end a sentence and a capital (or a numbered
    sub-heading, "2.1. Samples") after it, ended there."""
    line, after = line.strip(), after.lstrip()
    opens = after[:1].isupper() or bool(_NUMBERED_HEADING.match(after))
    return bool(line) and 2 * len(line) < width and line[-1] not in ".!?:;,-" and opens


def _names_section(line: str) -> bool:
    """A line that is only a section's name ("Abstract", "Background", "Methods"): a heading
    wherever it stands, even under lines that end no sentence (a title, a byline)."""
    return 0 < len(line.split()) <= 3 and section_of(line) is not None


def _wrap_width(lines: list[str]) -> int:
    """The width a block's lines were wrapped at: its longest lines', less the few a copy
    from a PDF holds that no one wrapped (a table's row, ``_UNWRAPPED``)."""
    widths = sorted(len(line.strip()) for line in lines if line.strip())
    wrapped = [w for w in widths if w <= _UNWRAPPED] or widths or [0]
    return wrapped[(len(wrapped) * 9) // 10] if len(wrapped) >= _MANY_LINES else wrapped[-1]


def _last_line(line: str, after: str, width: int) -> bool:
    """Whether a line of a wrapped block (a PDF's text, without blank lines) is a
    paragraph's last: well short of the width the others run to (or of any width, before a
    run-in label such as "Competing interests." or "Received:"), closing a sentence, with
    a capital after it; or any line before a structured abstract's labelled part
    ("Results: ...") or the article's history ("Received: ..."). Only in blocks of lines
    wrapped at ``_MIN_WRAP`` or wider."""
    line, after = line.strip(), after.lstrip()
    if width < _MIN_WRAP or not after[:1].isupper():
        return False
    if opens_abstract_part(after) or RECORD.match(after):
        return True  # a title page's last line ends no sentence ("Received: 3 May 2020")
    closes = line.endswith((".", "!", "?", ".)", '."', ".”"))
    return closes and (0 < len(line) < width * 0.7 or bool(statement_label(after)))


def _abbreviation_before(text: str, dot: int) -> bool:
    i = dot
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    word = text[i:dot]
    if len(word) == 1:
        return True  # initials "M. R.", and "e.g." / "i.e."
    return word.lower() in ABBREVIATIONS


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPENERS


def split_sentences(
    text: str,
    citations: Iterable[Citation] = (),
    paragraphs: Iterable[Paragraph] | None = None,
) -> list[Sentence]:
    """The sentences of every paragraph (by default, of the whole text)."""
    cite_end = {c.start: c.end for c in citations}
    # a full stop right after a marker ends its sentence, whatever the marker ends with: a
    # part's letter ("bind¹b. Salts") is no initial
    cited_ends = set(cite_end.values())
    paras = split_paragraphs(text) if paragraphs is None else paragraphs
    out: list[Sentence] = []
    for para in paras:
        bullet = _BULLET.match(text, para.start, para.end)
        sent_start = bullet.end() if bullet else para.start
        for m in _PUNCT.finditer(text, para.start, para.end):
            if (
                m.group()[0] == "."
                and len(m.group()) == 1
                and m.start() not in cited_ends
                and _abbreviation_before(text, m.start())
            ):
                continue
            j = m.end()
            while j < para.end and text[j] in _CLOSERS:
                j += 1
            if j in cite_end:
                j = cite_end[j]
                while j < para.end and text[j] in _CLOSERS:
                    j += 1
            else:
                j = _cited_after_stop(text, j, para.end, cite_end)
            if j == m.end() and _abbreviation_cited(text, m.start(), j, para.end, cite_end):
                continue
            if j < para.end:
                if not text[j].isspace():
                    continue
                k = j
                while k < para.end and text[k].isspace():
                    k += 1
                if k < para.end and not _starts_sentence(text[k]):
                    continue
            _add(out, text, sent_start, j, para.index)
            sent_start = j
        _add(out, text, sent_start, para.end, para.index)
    return out


def _cited_after_stop(text: str, j: int, end: int, cite_end: dict[int, int]) -> int:
    """Where a sentence ends whose citation is printed after its full stop ("in 2009,
    respectively. (5) Human infection ..."; WPSAR and other journals print them so, and
    Thieme its superscripts: "were seen. 3 4 Then"): past the bracketed marker, or the
    flattened superscript's digits, when the next sentence starts after it, or the paragraph
    ends. Bracketed markers may follow one another ("seen. [2, 3][4]. The") and close with a
    second full stop of their own ("was seen. [2,3]. The", as authors type them after the
    stop by habit): past them and that stop too. A marker followed by lower case is the next
    sentence's subject ("[4] reported"); bare digits with a stop ("done. 2. Next") are a
    list's label, never read so."""
    k = j
    while k < end and text[k] == " ":
        k += 1
    if k == j or k not in cite_end or not (text[k] in "([" or text[k].isdigit()):
        return j
    after = cite_end[k]
    if text[k] in "([":
        while after in cite_end and text[after] in "([":
            after = cite_end[after]
        if text.startswith(".", after):
            after += 1
    rest = after
    while rest < end and text[rest].isspace():
        rest += 1
    if rest == end or (rest > after and _starts_sentence(text[rest])):
        return after
    return j


# abbreviations that stand inside a sentence as often as at its end: a genus's species
# ("Examplia sp.", "spp."), a variety, a list's "etc."
_INSIDE = frozenset({"sp", "spp", "subsp", "var", "etc"})


def _abbreviation_cited(text: str, dot: int, j: int, end: int, cite_end: dict[int, int]) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation the sentence goes on after,
    past its citation: "Examplia sp. (41) but ...", "widgets, etc. [5-9], and ...". After
    "sp." or "etc.", a citation and then lower case or a clause's mark are the sentence's
    own (after any other word, "[4] reported" opens the next sentence)."""
    if text[dot] != "." or j != dot + 1:
        return False
    i = dot
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    if text[i:dot].lower() not in _INSIDE:
        return False
    k = j
    while k < end and text[k] == " ":
        k += 1
    if k == j or k not in cite_end:
        return False
    rest = cite_end[k]
    while rest < end and text[rest] == " ":
        rest += 1
    return rest < end and (text[rest].islower() or text[rest] in ",;:)")


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], paragraph))
