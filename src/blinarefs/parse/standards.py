"""A standard, as reference lists print it: its designation where an author or the start of
the title stands, or a sentence after the title:

    ISO 14971:2030. Medical devices: example risks. Geneva: ISO; 2030.
    Example Standards Body. ISO/IEC 17025:2030. General requirements for ... Geneva; 2030.
    Example Institute. Performance standards for example testing. 30th ed. CLSI
        supplement M100. Wayne, PA: CLSI; 2030.

The labeller knows books, not standards: a designation printed first was read as a
corporate author ("ISO 14971:2030"), one printed before the title as the title's first
sentence, and the work as a book. A designation is what finds a standard again (a
library's catalogue, the body's shop), so it is kept as the standard's number (CSL's
``number`` of a ``standard``, which the model keeps as the issue, as a report's), the
title is the title alone, and the type is CSL's ``standard``.
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from .editions import EDITION_AFTER

# The bodies whose designations lists print, as they print them: international (ISO, IEC,
# their joint and technical series), European and national (EN, BS, DIN, NF, UNE, ABNT
# NBR, AS/NZS, CSA, JIS, GB), IEEE's "Std", each with a space before its number ...
_BODY = (
    r"(?:ISO(?:/(?:IEC|TS|TR|IEEE|ASTM))*|IEC|(?:BS |DIN |NF |UNE-|AS/NZS |ABNT )?EN(?: ISO)?"
    r"|BS(?: ISO)?|DIN(?: ISO)?|NF|UNE|(?:ABNT )?NBR(?: ISO)?|AS/NZS|CSA|JIS|GB(?:/T)?"
    r"|IEEE Std)"
)
# ... and those whose numbers start with letters: ASTM's ("E1234-30"), ANSI's with its
# partner ("ANSI/AAMI ST79"), the laboratory's CLSI (NCCLS before 2005) with the kind of
# document it prints ("CLSI supplement M100", "CLSI document EP05-A3")
_LETTERED = (
    r"(?:ASTM|ANSI(?:/[A-Z]{2,6})?"
    r"|(?:CLSI|NCCLS)(?: (?:document|supplement|guideline|standard|report))?)"
)
_YEAR = r"(?:19|20)\d\d"
# A designation, whole: "ISO 14971:2030", "ISO/IEC 17025:2030", "EN ISO 13485:2030",
# "ASTM E1234-30", "IEEE Std 1234-2030", "GB/T 7714-2030", "ISO 9001:2030/Amd 1:2031",
# "GB 1234.56 -2030" (a copy's space before the year).
# A gene's or a strain's name has no space before its digits ("NF2", "GB1", "ENPP1"), and
# a body's letters before a bare year are a name and its year ("Roe BS 2030", "GBD 2030").
DESIGNATION = re.compile(
    rf"(?<![\w/-])(?:{_BODY} (?!{_YEAR}(?![\d:/-]|\.\d))|{_LETTERED} [A-Z]{{0,3}} ?)"
    rf"\d(?:\.?[\dA-Z])*(?: ?-[\dA-Z]+)*(?: ?: ?{_YEAR})?(?:/Amd ?\d+(?::{_YEAR})?)?(?![\w/])"
)
# A designation printed after its body's name, as a sentence of its own
_AFTER_BODY = re.compile(rf"(?<=\w)\. ({DESIGNATION.pattern})$")
# What stands between a designation and the title it heads: a mark ("ISO 9001 explained"
# is a book's title that names a standard)
_BETWEEN = re.compile(r"(?<!\s)\s*[.:,;–—-]\s*")  # (from a space run's start: linear)


def standard(ref: Reference) -> Reference:
    """``ref`` read as the standard its printed designation names, if it prints one where a
    standard's designation stands; else ``ref`` unchanged."""
    if ref.issue or not (ref.type in _STANDALONE or _undated_article(ref)):
        return ref
    names = [n.literal for n in ref.author if n.literal]
    if len(names) == len(ref.author) == 1 and DESIGNATION.fullmatch(names[0]):
        return _as_standard(ref, names[0], author=())
    if len(names) == len(ref.author) == 1 and (tail := _AFTER_BODY.search(names[0])):
        # the body and its designation read as one author: "EXAMPLE BODY. NBR 1234"
        body = Name(literal=names[0][: tail.start()])
        return _as_standard(ref, tail.group(1), author=(body,))
    head = DESIGNATION.match(ref.title)
    if head and (rest := _BETWEEN.match(ref.title, head.end()) or _dated_head(ref.title, head)):
        return _as_standard(ref, head.group(), title=ref.title[rest.end() :])
    before = _printed_before_title(ref)
    if before:
        return _as_standard(ref, before[0], title=before[1])
    return _designation_after_title(ref)


# The kinds a standard was read as: a work that stands alone
_STANDALONE = ("book", "report", "document", "webpage", "standard")


def _undated_article(ref: Reference) -> bool:
    """An "article" with no volume, issue or pages: what is left when a standard's body
    ("NBR 12345, "Title", Example Assoc., Place (2030).") was read as its journal."""
    return ref.type == "article-journal" and not (ref.volume or ref.page)


def _as_standard(ref: Reference, designation: str, **fields: object) -> Reference:
    """``ref`` as the standard ``designation`` names, with ``fields``; a body read as a
    journal is its publisher."""
    if ref.type == "article-journal" and not ref.publisher:
        # its imprint as ISO 690 orders it, "Body, Place"
        body, _, place = ref.container_title.rpartition(", ")
        fields["publisher"] = body or place
        fields["publisher_place"] = ref.publisher_place or (place if body else "")
        fields["container_title"] = fields["container_title_short"] = ""
    # the designation as its body prints it: a copy's spaces around the year's colon out
    number = re.sub(r" ?: ?", ":", designation)
    return ref.with_fields(type="standard", issue=number, **fields)


def _dated_head(title: str, head: re.Match[str]) -> re.Match[str] | None:
    """The space between a designation that ends with its year and the capital that opens
    the title ("GB 1234-2030 Example standards"): a designation's year ends it."""
    if not re.search(rf"[-:]\s?{_YEAR}$", head.group()):
        return None
    return re.compile(r" (?=[A-Z])").match(title, head.end())


def _printed_before_title(ref: Reference) -> tuple[str, str] | None:
    """The designation printed right before the title the readers found, when it and the
    words between them were left out of every field (the title's own first words, as in
    "ISO 12345: Example sector - General requirements"): the designation and the whole
    title."""
    text, title = ref.source_text, ref.title
    at = text.find(title) if title else -1
    if at < 0:
        return None
    for m in DESIGNATION.finditer(text, 0, at):
        if not _starts_sentence(text, m.start()):
            continue  # "Roe ISO, Title": initials, not a designation
        between = text[m.end() : at]
        lead = _BETWEEN.match(between)
        words = between[lead.end() :] if lead else between
        # the words between are the title's, not a sentence of their own
        if lead and ". " not in words and (not words or words[-1] in " -–—:"):
            return m.group(), (words + title).strip()
    return None


def _starts_sentence(text: str, at: int) -> bool:
    """Whether ``at`` starts the text or a sentence of it (after a full stop, a colon or a
    closing parenthesis, as after an author-date year)."""
    return at == 0 or text[:at].rstrip().endswith((".", ":", ")"))


def _designation_after_title(ref: Reference) -> Reference:
    """A designation printed as the title's last sentence ("... testing. 30th ed. CLSI
    supplement M100"): the number, and an edition printed before it the edition."""
    m = re.search(rf"\.\s+({DESIGNATION.pattern})\.?$", ref.title)
    if m is None:
        return ref
    title = ref.title[: m.start() + 1]
    changes: dict[str, object] = {}
    edition = EDITION_AFTER.search(title)
    if edition:
        title = title[: edition.start()]
        changes["edition"] = ref.edition or edition.group(1)
    changes["title"] = title.strip().rstrip(".")
    return _as_standard(ref, m.group(1), **changes)


# What the printed designation settles: the kind of work, and its authors (a designation
# read as one was taken out; one printed with it is the body's name, as printed)
STANDARD_FIELDS = frozenset({"type", "author"})


def is_standard(ref: Reference) -> bool:
    """Whether ``ref`` was read as a standard by its printed designation."""
    return ref.type == "standard" and DESIGNATION.fullmatch(ref.issue) is not None
