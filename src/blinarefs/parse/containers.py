"""A journal's or proceedings' name as printed, where the labeller cuts it wrong: a meeting's
place in parentheses after its proceedings, a journal's section after a comma, and the
comma-separated "Year, Title, Journal, Volume" form whose short title is read as the journal.
"""

from __future__ import annotations

import re

from ..model import Reference

# A meeting's name: its proceedings, its conference or symposium (and the Portuguese and
# Spanish words for them)
MEETING = re.compile(
    r"\b(?:Proc|Proceedings|Conference|Congress|Symposium|Workshop|Meeting|Anais|Actas"
    r"|Simp[óo]sio|Congresso|Congreso|Encontro)\b"
)
# The place and year of a meeting in parentheses after its name: "(Lisboa, 2031)"
_PLACE_YEAR = re.compile(r"\([^()\d]{2,60}?,? (?:19|20)\d\d\)")
# What opens the name of the book or proceedings a paper is in: "em:", "in:", "In:", "En:"
_IN_WORK = re.compile(r"\b(?:em|in|In|En|en):\s?")


def meeting_in_parentheses(ref: Reference) -> Reference:
    """A paper in a meeting's proceedings printed with the meeting's place and year in
    parentheses after them, as physics and engineering lists print it ("A. Roe, em:
    Proceedings of the 4th Conference on Rivers, Lakes and Seas (Lisboa, 2031)."): the
    labeller runs the place into the proceedings ("... Seas (Lisboa") or, with no title,
    cuts their name at a comma. The proceedings are the name as printed, from "em:" or
    "in:" when no title was read, to the parenthesis; the type, a conference paper's."""
    container, printed = ref.container_title, ref.source_text
    at = printed.find(container) if container and not ref.volume else -1
    if at < 0:
        return ref
    place = _PLACE_YEAR.search(printed, at)
    if place is None or place.start() > at + len(container) + 200:
        return ref
    start = at
    opened = list(_IN_WORK.finditer(printed, 0, at))
    if not ref.title and opened and ". " not in printed[opened[-1].end() : at]:
        start = opened[-1].end()
    name = printed[start : place.start()].strip(" ,;")
    if not MEETING.search(name) or name == container:
        return ref
    kind = "paper-conference" if ref.type == "article-journal" else ref.type
    return ref.with_fields(container_title=name, container_title_short="", type=kind)


# A journal's section or series printed after its name and a comma, before the volume:
# "Acta Fict., Sect. D 71", "Fict. Trans., Ser. B: Biol. 12", "J. Fict., Part A 5"; or its
# country ("Proceedings of the Fictional Academy of Sciences, USA 108")
_SECTION = re.compile(
    r"\.?,? (?:(?:Sect|Section|Ser|Series|Part)\.? [A-Z]\b(?:: [^,\d]{2,60}?)?"
    r"|(?<=, )(?:USA|U\.S\.A\.|UK|U\.K\.))(?= [A-Z]?\d)"
)
_AROUND_NAME = " ,.”’\"'"  # the title's closing quote and marks, before a journal's name
_SECTION_ALONE = re.compile(r"(?:Sect|Section|Ser|Series|Part)\.? [A-Z]\b(?:: [^,\d]{2,60})?")


def journal_section(ref: Reference) -> Reference:
    """A journal with its section after a comma ("Acta Fict., Sect. D 71, 113 (2031)"): the
    labeller ends the journal at the comma, or takes the section alone for it (the name
    before it left out, or read as the title). The journal is its name and its section."""
    container, printed = ref.container_title, ref.source_text
    at = printed.find(container) if container and ref.volume else -1
    if at < 0:
        return ref
    if section := _SECTION.match(printed, at + len(container)):
        return ref.with_fields(
            container_title=printed[at : section.end()], container_title_short=""
        )
    if not _SECTION_ALONE.fullmatch(container):
        return ref
    before = printed[:at].rstrip(" ,")
    title = ref.title
    if title and before.rstrip(".").endswith(title.rstrip(".")):
        # the journal read as the title: the title is the quoted one before it, if any
        quoted = re.search(r"“\s*([^“”]+?),?”", before[: before.rfind(title)])
        return ref.with_fields(
            container_title=f"{before[before.rfind(title) :]}, {container}",
            title=quoted.group(1) if quoted else "",
        )
    named = before[before.rfind(title) + len(title) :] if title and title in before else ""
    name = named.strip(_AROUND_NAME)
    if not name or any(c.isdigit() for c in name) or len(name) > 80:
        return ref
    journal = named.lstrip(_AROUND_NAME)
    return ref.with_fields(container_title=f"{journal}, {container}")


def short_title_before_journal(ref: Reference) -> Reference:
    """ "Roe F. 2031, Questions and answers, Am. Fict., 2, 30-1.": after the year, a title,
    the journal and the volume, each closed by a comma. A short title there is read as the
    journal (and the journal left out), or left out before it ("2031, Frogs, Nature, 2"):
    with no title read, the two parts before the volume are the title and the journal."""
    container, printed, volume = ref.container_title, ref.source_text, ref.volume
    if ref.title or not container or not volume:
        return ref
    parts = re.search(
        rf"(?:19|20)\d\d[a-z]?, (?P<title>[^,].+?), (?P<journal>[^,\d]{{2,80}}?),? "
        rf"{re.escape(volume)}\b",
        printed,
    )
    if parts is None:
        return ref
    title, journal = parts.group("title").strip(), parts.group("journal").strip()
    if container.rstrip(".") not in (title.rstrip("."), journal.rstrip(".")):
        return ref
    if re.fullmatch(r"(?:v|vol|volume|t|tome?)\.?", journal, re.I):
        return ref  # "Book, vol. 2": the word of a book's volume, no journal
    return ref.with_fields(title=title, container_title=journal, container_title_short="")
