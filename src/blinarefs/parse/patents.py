"""Patents as printed in medical reference lists: their office and number, and who holds them.

Citing Medicine prints a patent's people with their role, and its holder after them:
"Roe J, Doe A, inventors; Acme Ltd, assignee. Title. United States patent US 1234567. 2030
Jan 5." AMA prints the inventors alone ("Roe J, inventor. Title. US patent 1,234,567.").
Neither reader knows the role words, so the names came out as one person "Roe J" whose
initials were "Doe A inventors", and the holder as a second author. Here the inventors are
the authors and the holder is kept as biblatex's ``holder`` (CSL has no variable for it).
"""

from __future__ import annotations

import re

from ..model import Reference
from .grammar_names import split_authors
from .prefilter import may_hold

# A patent names its office and number ("US Patent 1234567", "Patent WO2019123456"): the
# word alone is no sign, since "patent foramen ovale" and "patent ductus" are diseases. Its
# publication number alone names it too, with the office's kind code ("US 20100087469 A1",
# "EP 1234567 B1", "US 7,654,321 B2") or as WIPO prints it ("WO/2012/040040").
PATENT = re.compile(
    r"(?i:\b(?:(?:U\.?\s?S\.?|European|EP|WO|PCT|JP|CN|DE|GB|FR|CA|BR)\s)?(?:Patent|Pat\.)"
    r"(?:\s(?:Application|Appl\.?|No\.?|Nos\.?|Number))*:?\s?[A-Z]{0,2}\s?\d[\d,./ -]{3,}\w*)"
    r"|\b(?:US|EP|JP|CN|DE|GB|FR|CA|KR|AU)\s?(?:\d{1,3}(?:,\d{3}){2}|\d{6,11})\s?[ABU]\d?\b"
    r"|\bWO\s?/?\s?(?:19|20)\d{2}/\d{5,6}\b"
)
# What PATENT cannot match without, besides "patent" or "pat." in any case (an office's
# words; "pat" alone is in "patients"): an office's code before a digit (its number alone)
_PATENT_CODE = re.compile(r"(?:US|EP|JP|CN|DE|GB|FR|CA|KR|AU)\s?\d|WO\s?/?\s?[12]")


def patent_in(text: str) -> re.Match[str] | None:
    """PATENT's first match, searched for only where it may be (every reference is asked,
    twice, and few are patents)."""
    if may_hold(text, ("patent", "pat.")) or _PATENT_CODE.search(text):
        return PATENT.search(text)
    return None


# "Roe J, Doe A, inventors; Acme Ltd, assignee." and "Roe J, inventor." at the item's start
_INVENTOR = re.compile(r"\binventors?\b", re.IGNORECASE)
_ASSIGNEE = re.compile(r"\bassignees?\b", re.IGNORECASE)
_PEOPLE_AT_MOST = 600  # characters: the role word closes the item's first part
_HOLDER = "holder"  # biblatex's field for a patent's assignee


def as_patent(ref: Reference, container: str, note: str) -> Reference:
    """The entry of a reference printed as a patent: no journal, its number as the note,
    its inventors as authors and its holder apart."""
    if _names_patent(container):
        # "US Patent 1234567", "United States patent US 1234567" is no journal
        container, note = "", note or container
    if not container or _names_patent(ref.container_title_short):
        ref = ref.with_fields(container_title_short="")  # no journal, no abbreviation of one
    ref = _people(ref.with_fields(container_title=container, note=note))
    number = PATENT.search(ref.source_text)
    if number and "pat" not in number.group(0).lower():  # the number alone
        return _patent_number(ref, number.group(0))
    return ref.with_fields(type="patent")


def _names_patent(printed: str) -> bool:
    """Whether a field holds a patent's office and number, with at most a country's name
    before them."""
    found = PATENT.search(printed)
    if found is None:
        return False
    return found.end() == len(printed.rstrip(". ")) and not re.search(
        r"\d", printed[: found.start()]
    )


def _people(ref: Reference) -> Reference:
    roles = _roles(ref.source_text)
    names = split_authors(roles[0] + ".") if roles else None
    if roles is None or names is None or not names.names:
        return ref
    _, holder, end = roles
    extra = ref.extra + (((_HOLDER, holder),) if holder else ())
    title = ref.title
    if _INVENTOR.search(title) or _ASSIGNEE.search(title) or (holder and holder in title):
        title = _title_after(ref.source_text[end:])
    return ref.with_fields(
        author=names.names, author_truncated=names.truncated, title=title, extra=extra
    )


def _roles(printed: str) -> tuple[str, str, int] | None:
    """(inventors, holder, where the title starts) of "Roe J, Doe A, inventors; Acme Ltd,
    assignee. Title...", or None when the item does not open with inventors."""
    inventor = _INVENTOR.search(printed, 0, _PEOPLE_AT_MOST)
    if inventor is None or ";" in printed[: inventor.start()]:
        return None
    people = printed[: inventor.start()].rstrip(" ,")
    end = inventor.end()
    while end < len(printed) and printed[end] in " ;.":
        end += 1
    holder = ""
    assignee = _ASSIGNEE.search(printed, end, end + _PEOPLE_AT_MOST)
    if assignee and ";" not in printed[end : assignee.start()]:
        holder = printed[end : assignee.start()].rstrip(" ,")
        end = assignee.end()
        while end < len(printed) and printed[end] in " .":
            end += 1
    return (people, holder, end) if people else None


def _title_after(rest: str) -> str:
    """The title printed after the people: up to the office and number, without the
    country written out before them ("... fluid. United States patent US 123")."""
    number = PATENT.search(rest)
    head = (rest[: number.start()] if number else rest.split(". ", 1)[0]).strip(" .")
    return head.rsplit(". ", 1)[0] if ". " in head else head


def _patent_number(ref: Reference, number: str) -> Reference:
    """A patent whose publication number the readers cut into fields ("WO/2012" left in the
    title, "040040" read as pages, "1" of "A1" as the volume): the number is the note."""
    title, volume, page = ref.title.replace(number, ""), ref.volume, ref.page
    words = title.split()
    if words and number.startswith(words[-1]):
        words.pop()
    title = " ".join(words).strip(".,;: ")
    if volume and volume in number:
        volume = ""
    if page and all(part in number for part in page.split("-")):
        page = ""
    return ref.with_fields(
        type="patent", title=title, volume=volume, page=page, note=ref.note or number
    )
