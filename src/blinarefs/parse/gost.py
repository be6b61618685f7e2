"""The Russian (and CIS) standard for references, GOST 7.1 / 7.0.5, read as its Vancouver twin.

Russian, Ukrainian and Belarusian journals and theses, and their authors writing in English,
print references by GOST: "Ivanov I.I., Petrov P.P. Title // Journal. – 2019. – Vol. 5,
No. 3. – P. 10–20." The marks say what each part is: " // " opens the journal or book a
part was printed in (Vancouver's "In:"), ". – " separates the areas (date, volume and
issue, pages), and the words name the numbers ("Т." or "Vol." a volume, "№" or "No." an
issue, "С." or "P." the pages; "456 с." or "456 p." alone the length of a whole book). Both
readers have seen Vancouver far more than this, so the journal stays glued to the title.
The twin keeps every word printed and only moves the marks into Vancouver's places:
"Ivanov I.I., Petrov P.P. Title. Journal. 2019;5(3):10–20."
"""

from __future__ import annotations

import re

# An area's separator: a full stop, a dash between spaces
_AREA = re.compile(r"\.\s+[–—-]\s+")
_PART_OF = " // "
# GOST R 7.0.5's areas with no dash: a full stop before a year or a number's word
_UNDASHED = re.compile(
    r"\.\s+(?=(?:1[5-9]|20)\d\d\b|(?:Т|Том|Vol|V|№|No|N|Вып|Iss|С|P|Pp|pp|p|S)\.?\s?\d|DOI)"
)
# The numbers by their words, Russian and English: volume, issue, pages
_VOLUME = re.compile(r"(?:^|(?<=\s))(?:Т|Том|Vol|V)\.\s?(?P<n>\d+[A-Za-z]?)\b")
_ISSUE = re.compile(r"(?:^|(?<=\s))(?:№|No\.|N|Вып\.|Iss\.)\s?(?P<n>\d+(?:[-–/]\d+)?)\b")
_PAGES = re.compile(
    r"(?:^|(?<=\s))(?:С|P|Pp|pp|p|S)\.\s?(?P<n>[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?)\b"
)
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# A whole book's length, "456 с.", "456 p.": no pages of a part (dropped from the twin)
_LENGTH = re.compile(r"\A\d+\s?(?:с|p|pp|S|л)\.?")
# "2-е изд.", "2nd ed.": the edition, as Vancouver prints it
_EDITION = re.compile(r"\A(?P<n>\d+)(?:-?е|-?nd|-?rd|-?th|-?st)?\s?(?:изд|ed)\.?(?:,?\s.*)?")
# "Moscow: Example Press, 2018": Vancouver's "Place: Publisher; Year"
# (or a thesis's "Moscow, 2015", the place alone)
_IMPRINT = re.compile(
    r"(?P<where>[^:,]{2,60})(?P<publisher>:\s?[^,]{2,100})?,\s?(?P<year>(?:1[5-9]|20)\d\d)"
)
# A book's editors after its title: "Book / ed. by K. Moe", "Книга / под ред. К. Мое"
_EDITED = re.compile(r"\A(?P<book>.+?) / (?:ed\. by|edited by|eds?\.|под ред\.) (?P<names>.+)")


def gost_twin(text: str) -> str | None:
    """The Vancouver twin of a GOST reference, or None when ``text`` is not in that form
    (no " // " and fewer than two ". – " areas)."""
    if _PART_OF not in text and len(_AREA.findall(text)) < 2:
        return None
    body = text.strip().rstrip(".")
    head, _, part_of = body.partition(_PART_OF)
    areas = _AREA.split(part_of or head)
    lead = head if part_of else areas.pop(0)
    container = areas.pop(0) if part_of else ""
    if part_of and not areas:  # "// Journal. 2019. Vol. 5. P. 10-20.": no dashes
        container, *areas = _UNDASHED.split(container)
    read = _numbers(areas)
    if read is None:
        return None
    numbers, imprint, editions, rest = read
    container = container.rstrip(".")
    if imprint:  # a book, or a part of one: "In: Book. 2nd ed. Place: Publisher; 2018. p. 5-9"
        pages = numbers.partition(":")[2]
        edited = _EDITED.fullmatch(container)
        book = (
            f"{_vancouver_names(edited['names'])}, editors. {edited['book']}"
            if edited
            else container
        )
        where = [f"In: {book}"] if container else []
        out = [*where, *editions, imprint, f"p. {pages}" if pages else ""]
    else:
        out = [container, *editions, numbers]
    lead = _DEGREE.sub(" [dissertation]", _DOTTED.sub(_undotted, lead.rstrip(".")))
    return ". ".join(p for p in (lead, *out, *rest) if p) + "."


def _numbers(areas: list[str]) -> tuple[str, str, list[str], list[str]] | None:
    """The areas after the title as Vancouver's "2019;5(3):10-20", a book's imprint, its
    editions, and the areas kept as printed (a DOI); None when no year is printed."""
    year = volume = issue = pages = imprint = ""
    editions: list[str] = []
    rest: list[str] = []
    for area in (a.strip().rstrip(".") for a in areas):
        if _YEAR.fullmatch(area):
            year = area
        elif m := _IMPRINT.fullmatch(area):
            # a place with no publisher ("Moscow, 2015") is left to the printed text: in
            # Vancouver's place the place would be read as the publisher
            year = m["year"]
            imprint = f"{m['where']}{m['publisher']}; {year}" if m["publisher"] else year
        elif _LENGTH.fullmatch(area):
            continue
        elif m := _EDITION.fullmatch(area):
            editions.append(f"{m['n']}{_ordinal(m['n'])} ed")
        elif any(p.search(area) for p in (_VOLUME, _ISSUE, _PAGES)):
            volume = _found(_VOLUME, area) or volume
            issue = _found(_ISSUE, area) or issue
            pages = _found(_PAGES, area) or pages
        else:
            rest.append(area)
    if not year:
        return None
    numbers = year + (f";{volume}" if volume else "") + (f"({issue})" if issue else "")
    numbers += f":{pages.replace(' ', '')}" if pages else ""
    return numbers, imprint, editions, rest


# A thesis's degree after its title: "Title: Cand. Sci. (Med.) dissertation", "Title : дис.
# ... канд. мед. наук"; the twin prints Vancouver's "[dissertation]" for it
_DEGREE = re.compile(
    r"\s?:\s(?=[^:]*(?:dissertation|thesis|дис\.|диссертаци|автореф))[^:]+$", re.IGNORECASE
)
# An author's dotted initials, "Иванов И.И.," "Ivanov I.I. Title": Vancouver's "Иванов ИИ,"
_DOTTED = re.compile(
    r"(?<![^\s,])(?P<family>[^\W\d_][\w'-]+) (?P<initials>[A-ZА-ЯЁ]\.(?:\s?[A-ZА-ЯЁ]\.){0,2})"
    r"(?=[,\s])"
)
# An editor's name initials first, "K. Moe", "К.К. Мое"
_INITIALS_FIRST = re.compile(r"(?P<initials>(?:[^\W\d_]\.\s?){1,3})(?P<family>[^\W\d_][\w'-]+)")


def _undotted(m: re.Match[str]) -> str:
    """ "Иванов И.И.," -> "Иванов ИИ,"; before a space the name's full stop stays."""
    initials = re.sub(r"[.\s]", "", m["initials"])
    closing = "" if m.string[m.end() : m.end() + 1] == "," else "."
    return f"{m['family']} {initials}{closing}"


def _vancouver_names(names: str) -> str:
    """ "K. Moe, P.P. Roe" -> "Moe K, Roe PP": the editors as Vancouver prints them."""
    out = []
    for name in re.split(r",\s*|\s+(?:and|и)\s+", names.strip().rstrip(".")):
        m = _INITIALS_FIRST.fullmatch(name.strip())
        initials = re.sub(r"[.\s]", "", m["initials"]) if m else ""
        out.append(f"{m['family']} {initials}" if m else name)
    return ", ".join(out)


def _found(pattern: re.Pattern[str], area: str) -> str:
    m = pattern.search(area)
    return m["n"] if m else ""


def _ordinal(n: str) -> str:
    if n[-2:] in ("11", "12", "13"):
        return "th"
    return {"1": "st", "2": "nd", "3": "rd"}.get(n[-1], "th")
