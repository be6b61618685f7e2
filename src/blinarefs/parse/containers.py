"""A journal's or proceedings' name as printed, where the labeller cuts it wrong: a meeting's
place in parentheses after its proceedings, a journal's section after a comma, and the
comma-separated "Year, Title, Journal, Volume" form whose short title is read as the journal.
"""

from __future__ import annotations

import re

from ..model import Reference
from .presentations import DAY_RANGE
from .years import loose_date

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
# NLM's meeting: its name, then its days and its place after semicolons ("In: 12th Example
# Congress; 2030 May 3-5; Springfield, IL.", "Proceedings of the Example Meeting; 3-5 May
# 2030; Springfield."): the days between the semicolons, the place up to a full stop
_MEETING_DAYS = re.compile(r"; (?P<days>[^;.]{4,40}); (?P<place>[^;.]{2,80}?)(?=\.|$)")
# where the meeting's name opens: after a sentence's full stop or "In:"
_MEETING_OPENS = re.compile(r"(?:\. |\b(?:In|in|En|em):\s?)(?=[^.]*$)")


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


# the types the readers give a meeting's paper they read no meeting in
_UNMET = frozenset({"article-journal", "book", "document"})


def meeting_days_place(ref: Reference) -> Reference:
    """A paper of a meeting cited as NLM prints one, its name, days and place apart by
    semicolons ("Title. In: 12th Example Congress; 2030 May 3-5; Springfield, IL. p. 45.",
    or with no "In:"): the readers cut the name at a number or a small word ("Proceedings
    of the"), lost it, ran the days and the place into it, or ran it into the title. The
    meeting is the container, its first day the date when none was read, its place the
    place when none was; the type, a conference paper's where the readers made an
    article, a book or an unknown document of it."""
    printed = ref.source_text
    if ref.volume or ref.type == "speech":
        return ref
    for days in _MEETING_DAYS.finditer(printed):
        date = loose_date(DAY_RANGE.sub("", days["days"] + "."))
        opens = list(_MEETING_OPENS.finditer(printed, 0, days.start()))
        if date is None or not opens:
            continue
        name = printed[opens[-1].end() : days.start()].strip()
        # the title's last sentence, the meeting's name or its first words, run into it
        head, stop, last = ref.title.rpartition(". ")
        title = head if stop and last and name.startswith(last) else ref.title
        if ";" in name or not MEETING.search(name) or name in title:
            continue  # (a name before other parts: "Meeting; 6-7 June; 2030; Place")
        kind = "paper-conference" if ref.type in _UNMET else ref.type
        return ref.with_fields(
            title=title,
            container_title=name,
            container_title_short="",
            type=kind,
            issued=ref.issued or date,
            publisher_place=ref.publisher_place or days["place"].strip(),
        )
    return ref


# A journal's section or series printed after its name and a comma, before the volume:
# "Acta Fict., Sect. D 71", "Fict. Trans., Ser. B: Biol. 12", "J. Fict., Part A 5"; or its
# country ("Proceedings of the Fictional Academy of Sciences, USA 108")
_SECTION = re.compile(
    r"\.?,? (?:(?:Sect|Section|Ser|Series|Part)\.? [A-Z]\b(?:: [^,\d]{2,60}?)?"
    r"|(?<=, )(?:USA|U\.S\.A\.|UK|U\.K\.))(?= [A-Z]?\d)"
)
# What every match of short_title_before_journal's pattern opens with: a year and a comma
_YEAR_COMMA = re.compile(r"(?:19|20)\d\d[a-z]?, ")
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
    # (the pattern is made for each volume, and compiled anew for most: asked only of a
    # text that holds the volume and the year and comma every match opens with)
    if volume not in printed or not _YEAR_COMMA.search(printed):
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
