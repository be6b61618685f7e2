"""Where a reference list ends: the end of a printed reference, and what follows a list
in a pasted manuscript or web page (figure legends, tables, back matter, page furniture),
which is cut off and reported rather than swallowed into the last reference."""

from __future__ import annotations

import re

from .joiner import join_tokens

# The end of a printed reference: a closing mark, or an identifier AMA prints without a period,
# or an address without its scheme, as BMJ's style prints a web page's ("2013.example.org/
# handbook"; from the start of a run of the address's characters only: linear time).
ENDS_REFERENCE = re.compile(
    r"(?:[.?!)\]]|\b10\.\d{4,9}/\S+|\bPMID:?\s*\d+|\bPMC\d+|https?://\S+|\b\d{7,9}"
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|edu|gov|int|info)(?:/\S*)?)\s*$",
    re.I,
)  # (a bare PubMed id closes PLOS's "doi: 10.1038/nrg1272 14735121")

# What follows a reference list in a pasted manuscript or web page: a line opening with one
# of these ends the list (figure legends, tables, back matter, page furniture), in English
# and in the languages of the corpus's SciELO articles (Portuguese, Spanish), French, German;
# "Legends" alone is a heading only before a figure's or a table's legend.
# Page furniture is the web page's, not the manuscript's: what comes from it on is left out
# of the manuscript too (``manuscript_after``); the rest (legends, tables, notes) is read.
_FURNITURE = (
    r"sign in\b|download\b|cited by\b|copyright\b|©|"
    # a PDF's end-of-article boxes: how to cite it, the publisher's call for manuscripts
    r"cite this article\b|submit your (?:next )?manuscript\b"
)
_FURNITURE_LINE = re.compile(rf"^\s*(?:#+\s*)?(?:{_FURNITURE})", re.IGNORECASE)
# a figure's legend or a table: "Figure 2", "Fig. 2", "Abb. 2", "Table 1", "Tabela 1"
_FLOAT = (
    r"(?:fig(?:ure|ura)?s?|abbildung|abb)\b\.?\s*\d|"
    r"(?:table|tabela|tabla|tableau|tabelle|quadro|cuadro)\s+\d"
)
FLOAT_OPENS = re.compile(rf"^\s*(?:#+\s*)?(?:{_FLOAT})", re.IGNORECASE)
_AFTER_LIST = re.compile(
    rf"^\s*(?:#+\s*)?(?:{_FLOAT}|"
    r"supplementary\b|supporting information|material suplementa|"
    r"author(?:s'|s’)? contributions?|contribui[çc][õo]es dos autores|"
    r"contribuci[óo]n de los autores|contributions? des auteurs|"
    r"acknowledge?ments?\b|agradecimentos|agradecimientos|remerciements|danksagung|"
    r"funding\b|financiamento|financiaci[óo]n|financiamiento|"
    r"conflicts? of interest|conflitos? de interesses?|conflictos? de intereses?|"
    r"competing interests|declaration of|abbreviations\b|appendix\b|footnotes\b|"
    rf"figure legends?\b|legends? to figures|legends?\s+(?:fig|table)|legends?\s*$|{_FURNITURE})",
    re.IGNORECASE,
)

# The first word of those, alone on its line (a copy one token or one element a line)
_AFTER_LIST_WORD = re.compile(
    r"(?:fig|abb|table|tabela|tabla|tableau|tabelle|quadro|cuadro|supplementary|supporting|"
    r"material|authors?\b|contribu|acknowledge?ments?|agradecim|remerciements|danksagung|"
    r"funding|financia|conflict|conflito|competing|declaration|abbreviations|appendix|"
    r"footnotes|legends?|sign|download|cite|submit|copyright|©)",
    re.IGNORECASE,
)


def opensafter_list(
    lines: list[str], i: int, before: str, opener: re.Pattern[str] = _AFTER_LIST
) -> bool:
    """Whether line ``i`` opens what follows the list (``before``: the last line with text
    above it), or what ``opener`` names. A line of its own is read alone; a word alone on
    its line ("Funding", "Sign") only after the end of a reference (not "Sustainable" /
    "funding" of a title), read with the words that follow it ("Sign" / "in" / "via" ...)."""
    s = lines[i].strip()
    if " " in s:
        return bool(opener.match(s))
    if not _AFTER_LIST_WORD.match(s):
        return False
    if not (ENDS_REFERENCE.search(before) or before[-1:].isdigit()):
        return False
    return bool(opener.match(join_tokens(lines[i : i + 6])))


def after_list(
    lines: list[str], start: int, before: str, stop: int | None = None, floats: bool = False
) -> int | None:
    """The first line from ``start`` (up to ``stop``) that opens what follows a list (a
    figure legend, a table, back matter), or None. ``floats``: only a legend or a table,
    opening with a capital, as printed between two items of a list; a reference's title
    may open as back matter does ("Conflict of interest in medical research"), and a DOI
    copied a token a line reads as German's legend ("abb" / "." / "2019" of
    "10.1016/j.abb.2019.108082")."""
    opener = FLOAT_OPENS if floats else _AFTER_LIST
    for i in range(start, len(lines) if stop is None else stop):
        if floats and not lines[i].strip()[:1].isupper():
            pass
        elif opensafter_list(lines, i, before, opener):
            return i
        before = lines[i].strip() or before
    return None


def left_out(lines: list[str], i: int, number: int) -> str:
    rest = [x.strip() for x in lines[i : i + 400] if x.strip()]
    dropped = join_tokens(rest)
    if len(dropped) > 80:
        more = sum(1 for x in lines[i:] if x.strip())
        dropped = f"{dropped[:60]}… ({more} lines)"
    # legends, tables and notes are still the manuscript's (trace reads them); furniture not
    kept = "was left out of the list" if manuscript_after(lines, i) > i else "was left out"
    return f"line {i + 1}: text after reference {number} is not part of it and {kept}: {dropped!r}"


def list_end(lines: list[str], last_start: int, number: int, notes: list[str]) -> int:
    """Where the last item ends: at the first line after it that opens what follows a
    list, which is reported, or at the end."""
    end = after_list(lines, last_start + 1, lines[last_start].strip())
    if end is None:
        return len(lines)
    notes.append(left_out(lines, end, number))
    return end


def manuscript_after(lines: list[str], start: int) -> int:
    """Where the manuscript's own text after its list (figure legends, tables, notes, from
    line ``start``) ends: at the first line of page furniture ("Sign in via your
    Institution", "Download", "Cited by", a copyright line), or at the end."""
    before = ""
    for i in range(start, len(lines)):
        if opensafter_list(lines, i, before or ".", _FURNITURE_LINE):
            return i
        before = lines[i].strip() or before
    return len(lines)
