"""The ACS's titled form, and MDPI's: "Roe, J.; Doe, K. Title of the Paper. J. Am. Chem.
Soc. 2019, 141, 1-10." The names are the ACS's ("Family, I. I."), the journal's year,
volume and pages its own (:mod:`.tails`), and the title lies between: it ends at a
sentence's stop, and the journal starts after it. Both the title, printed in title case,
and the journal are capitalised words with full stops, so the labeller, trained mostly on
sentence-case titles, splits them at the wrong stop or reads the title's first words as a
name. The split is read by rule: the journal is the longest run after a stop whose own
stops all follow an abbreviated word ("Curr. Drug Targets", "Yearbook of Physical
Anthropology"), so the title keeps its last whole word ("... in Medicine." | "Curr.").
"""

from __future__ import annotations

import re

from .stops import shortened
from .title_words import holds_title_word

# The names: "Roe, J. A.; van Doe, K.; et al. " or "Roe, J. et al. "
_FAMILY = r"(?:[a-z]{1,3} ){0,2}[^\W\d_][\w'’\-‐]*+(?: [^\W\d_][\w'’\-‐]*+)?"
_GIVEN = r"(?:[A-Z][a-z]?\.(?:[ \-‐](?=[A-Z][a-z]?\.))?)+"
_NAMES = re.compile(
    rf"(?:{_FAMILY}, {_GIVEN}(?:; |,? and ))*{_FAMILY}, {_GIVEN}(?:;? et al\.)? (?=[^\W\d_])"
)
# The journal after a sentence's stop, and the ACS's year, volume, issue and pages after it
_PLACE = re.compile(
    r"(?<=[.?!] )(?P<journal>[^\W\d_][^;()]{0,80}?(?: \([A-Z][^()\d]{1,40}\))?),? "
    r"(?P<year>(?:19|20)\d{2}), "
    r"(?P<vol>\d{1,5}[a-z]?)(?: ?\((?P<iss>\d+)\))?, "
    r"(?P<page>[A-Za-z]?\d+(?: ?[-–] ?[A-Za-z]?\d+)?)"
    r"(?:\. (?:https?://(?:dx\.)?doi\.org/|DOI:? ?)10\.\d{4,9}/\S+?)?\.?$"
)
_STOP = re.compile(r"(?<!\S)(\S+)[.?!] ")  # (a word from its start: read once)


def _abbreviated(word: str) -> bool:
    """Whether ``word`` (its stop left out) reads as a journal's abbreviated word: an
    initial, or ISO 4's shortening, which ends in a plural's "s" only as "Trans." does
    past four letters ("Foods", "Diseases" are whole words)."""
    plural = len(word) > 4 and word.endswith("s") and word != "Trans"
    return len(word) <= 2 or (shortened(word) and not plural)


def _journal_like(journal: str) -> bool:
    """A journal's name: no title word, and a stop only after an abbreviated word."""
    if holds_title_word(journal):
        return False
    return all(_abbreviated(m.group(1)) for m in _STOP.finditer(journal + " "))


def acs_titled(text: str) -> tuple[int, dict[str, object]] | None:
    """(where the journal starts, its fields with the title) when ``text`` (one line,
    single spaces) is printed in the ACS's titled form, else None."""
    names = _NAMES.match(text)
    if not names:
        return None
    at = names.end()
    while (m := _PLACE.search(text, at)) is not None:
        title = text[names.end() : m.start("journal")].rstrip()
        if _journal_like(m.group("journal")):
            if not title:
                return None  # the names, then the journal: no title printed
            fields: dict[str, object] = {
                "title": title.rstrip(".").rstrip(),
                "container_title": m.group("journal").strip().rstrip(","),
                "issued": (int(m.group("year")),),
                "volume": m.group("vol"),
                "page": m.group("page"),
            }
            if m.group("iss"):
                fields["issue"] = m.group("iss")
            return m.start("journal"), fields
        at = m.start("journal") + 1
    return None


_SENTENCE_END = re.compile(r"[.?!] (?=[^\W\d_])")


def title_then_journal(text: str, begin: int, end: int) -> int | None:
    """Where the journal starts in ``text[begin:end]``, a title then a journal with a
    sentence's stop between them ("Hepatitis E Pathogenesis. Viruses"), read as in the
    ACS's form: after the first stop whose rest reads as a journal's name; None when no
    stop does, or when the whole reads as one (no title there)."""
    if _journal_like(text[begin:end].lstrip(" ,")):
        return None  # the names, then the journal ("C. Roe, Made Rev. Lett. 120, 1 (2030)")
    for stop in _SENTENCE_END.finditer(text, begin, end):
        title = text[begin : stop.start()].strip(" ,")
        # (the title's last word is a whole one, "Dendrites.", not "Made. Up." of a journal;
        # so is a title of one word)
        last = title.rsplit(" ", 1)[-1]
        if (stop.group() == ". " and _abbreviated(last)) or (" " not in title and len(title) <= 4):
            continue
        if _journal_like(text[stop.end() : end]):
            return stop.end()
    return None
