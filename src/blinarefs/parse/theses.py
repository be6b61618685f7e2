"""The university of a thesis printed the way APA and IEEE print it.

Vancouver puts the university where a book's publisher goes ("[dissertation]. Springfield
(IL): University of Example; 2030."), and the readers find it there. APA prints it in the
parenthesis after the title ("Title (Doctoral dissertation, University of Example)."), and
IEEE after the kind, perhaps with the department first ("Ph.D. dissertation, Dept. Elect.
Eng., Univ. Example, Springfield, IL, USA, 2030."): the readers left the university out
(APA's also ran the parenthesis into the title).
"""

from __future__ import annotations

import re

from ..model import Reference

# Vancouver's kind in Portuguese and Spanish: "[dissertação]", "[tese de doutorado]", "[tesis
# doctoral]", "[tesis de licenciatura]"; read on the web: "[tesis doctoral en Internet]",
# "[dissertação na Internet]" (Citing Medicine's "[dissertation on the Internet]")
ROMANCE_KIND = (
    r"(?:tese|tesis|disserta[cç][aã]o)(?: doctoral| de (?:mestrado|doutorado|doutoramento"
    r"|maestr[ií]a|doctorado|licenciatura|grado))?"
)
ON_THE_INTERNET = r" (?:na|en|on the) Internet"

# "dissertation," or "thesis," then the university, perhaps after a department; the
# university is the part that names one
_KIND = r"(?:thesis|dissertation|tese|tesis|disserta[cç][aã]o)"
# the words that name a school
_SCHOOL_WORD = (
    r"(?:Univ|University|Universit\w*|Universidad|Universidade|Institute|Instituto|Institut"
    r"|College|Polytechnic|Hochschule)"
)
_SCHOOL = re.compile(
    rf"\b(?:thesis|dissertation|{ROMANCE_KIND}),\s*(?:(?:Dept|Department|School|Faculty|Div|Division)\b[^,()]*,\s*)?"
    rf"(?P<school>[^,()\[\]]*?\b{_SCHOOL_WORD}\b[^,()\[\]]*)",
    re.IGNORECASE,
)
# APA's parenthesis after the title: "(Doctoral dissertation, University of Example)",
# "(Master's thesis, ...)", "(Publication No. 123)"; APA 7 prints it in brackets
_APA_PARENTHESIS = re.compile(
    rf"(?<!\s)\s*[(\[](?:doctoral|master'?s?|ph\.?\s?d\.?|unpublished)[^()\[\]]*{_KIND}\b"
    r"[^()\[\]]*[)\]]?$",
    re.IGNORECASE,
)


# Brazil's ABNT (NBR 6023): "SOBRENOME, A. B. Title. 2030. 120 f. Tese (Doutorado em X) –
# Instituto de Y, Universidade de Exemplo, Cidade, 2030.": the kind, the degree and the
# school after the year and the count of leaves ("f.", "p."), where the readers take the
# kind's sentence for the title; the school may name its institute before it
_ABNT = re.compile(
    r"(?:^|\.\s)(?P<title>[^.]{3,}(?:\.\s(?!(?:1[5-9]|20)\d\d\.)[^.]+)*?)\.\s(?:1[5-9]|20)\d\d\.\s"
    r"(?:\d{1,4}\s?(?:f|fl|p)\.\s)?"
    r"(?:Tese|Disserta[cç][aã]o|Tesis|Trabalho de [Cc]onclus[aã]o de [Cc]urso|Monografia)"
    r"\s*\([^()]*\)\s*[–—-]\s*(?P<school>[^,]+?(?:,\s*[^,]+?)*?),\s*(?P<place>[^,]+?),"
    r"\s*(?:1[5-9]|20)\d\d"
)
# The names ABNT prints before the title: "COSTA, L. M.; ROE, J." (capitals, initials)
_ABNT_FAMILY = r"[A-ZÀ-Ý][A-ZÀ-Ý' -]+, "
_ABNT_NAME = rf"{_ABNT_FAMILY}[^.;]{{1,60}}\.(?:\s[A-ZÀ-Ý]\.)*"  # the last, closed by a full stop
_ABNT_NAMES = re.compile(
    rf"^(?:{_ABNT_FAMILY}[^.;]{{1,60}}(?:\.(?:\s[A-ZÀ-Ý]\.)*)?;\s)*{_ABNT_NAME}\s(?:et al\.\s)?"
)


# The degree and the kind as a sentence of their own after the title ("Title. Doctoral
# thesis, University", "Title. M.Sc. thesis, ...", "Title. Master's dissertation, ..."),
# which the readers ran into the title
_DEGREE_SENTENCE = re.compile(
    r"(?<=[^\W\d_]\)|[^\W\d_]{2}|\d\))\.\s+(?=(?:Doctoral|Doctorate|Ph\.\s?D\.|PhD|D\.\s?Phil\.|"
    r"M\.\s?Sc\.|MSc|M\.\s?S\.|MS|M\.\s?A\.|MA|M\.\s?Phil\.|MPhil|Master['’]?s|Bachelor['’]?s"
    rf"|Honou?rs|Unpublished)\s+{_KIND}\b)"
)
# A school's name, where the readers took it for a journal
_UNIVERSITY = re.compile(rf"\b(?:{_SCHOOL_WORD}|Faculdade|Facultad)\b")
# IEEE's quoted title before the kind: '"Title," Ph.D. dissertation, Dept. ...'
_QUOTED_BEFORE_KIND = re.compile(
    rf"[“\"](?P<title>[^“”\"]{{3,}}?)[,.]?[”\"][,.]?\s+(?:[\w.']+\s+){{0,3}}{_KIND}\b", re.I
)


# Portuguese and Spanish print the kind after the title as a sentence, a clause or a bracket,
# perhaps after the place and the count of leaves ("Title. Springfield, Tese de Doutorado,
# Universidade ...", "Title, Dissertação de Mestrado, ...", "Title [Tese de Doutorado,
# Universidade ...]", "Title. 195f. Tese (Doutorado em X) - Universidade ...", "Title. Tesis
# doctoral. ...", "Title. Trabalho de Conclusão de Curso (Graduação) - ..."), and the readers
# ran it into the title. The kind's word must be followed by what only a kind is followed by
# (its degree, a bracket, a stop), so that a title opening "Dissertação sobre ..." stays.
_PLACE = r"[A-ZÀ-Ý][^\W\d_]+(?:\s(?:d[aeo]s?|del|[A-ZÀ-Ý][^\W\d_]+)){0,4}"
ROMANCE_KIND_AFTER_TITLE = re.compile(
    rf"(?:\.\s+(?:\d{{1,4}}\s?(?:f|fl|p)\.\s+)?(?:{_PLACE}[.,]\s+)?|,\s+|\s?[\[(])"
    r"(?:Tese|Tesis|Disserta[cç][aã]o|Dissertacao|Monografia|Trabalho de [Cc]onclus[aã]o)"
    r"(?=\s+de\s+(?:[Dd]outora|[Mm]estrado|[Dd]octorado|[Mm]aestr|[Ll]icenciatura|[Gg]rado"
    r"|[Cc]onclus|[Cc]urso)|\s*[.,(\[]|\s+(?:[Dd]octoral|apresentad|n[aã]o publicad))"
)


def thesis_school(ref: Reference) -> Reference:
    """``ref`` (a thesis) with its university as publisher, when none was read and it is
    printed after the kind, and its title without APA's parenthesis; a title read from
    the kind's words ("Ph.D. dissertation, Dept") is the quoted one printed before them."""
    if abnt := _abnt_thesis(ref):
        return abnt
    title = _APA_PARENTHESIS.sub("", ref.title).strip() or ref.title
    title, publisher = _romance_kind_apart(ref.source_text, title, ref.publisher)
    if (not title or re.search(_KIND, title, re.I)) and (
        quoted := _QUOTED_BEFORE_KIND.search(ref.source_text)
    ):
        title = quoted.group("title").strip()
    # a publisher closing a bracket it never opened ran on from APA 7's "[Doctoral
    # dissertation, Example University]. Repository. URL"
    publisher = "" if publisher.count("]") > publisher.count("[") else publisher
    if (degree := _DEGREE_SENTENCE.search(ref.source_text)) and title:
        at = ref.source_text.find(title)
        if 0 <= at < degree.start() < at + len(title):  # the title ran into the kind
            title = ref.source_text[at : degree.start()].strip()
            publisher = "" if re.fullmatch(_KIND, publisher, re.I) else publisher
    if not publisher and (found := _SCHOOL.search(ref.source_text)):
        publisher = found.group("school").strip(" .")
    container = ref.container_title
    if not publisher and container and not ref.volume and _UNIVERSITY.search(container):
        publisher, container = container, ""  # the school read as a journal
    if (title, publisher, container) == (ref.title, ref.publisher, ref.container_title):
        return ref
    return ref.with_fields(title=title, publisher=publisher, container_title=container)


def _romance_kind_apart(printed: str, title: str, publisher: str) -> tuple[str, str]:
    """``title`` without the Portuguese or Spanish kind printed after it, and ``publisher``
    unless it is that kind's words or the place printed before them; a title that ends
    before the kind keeps its end (the place before the kind, "Title. Springfield.
    Monografia ...", ran into it)."""
    at = printed.find(title) if title else -1
    found = ROMANCE_KIND_AFTER_TITLE.search(printed, max(at, 0)) if at >= 0 else None
    if found is None or found.start() <= at or found.start() > at + len(title) + 2:
        return title, publisher
    if ROMANCE_KIND_AFTER_TITLE.match(". " + publisher) or publisher in found.group():
        publisher = ""
    return printed[at : found.start()].strip(), publisher


def _abnt_thesis(ref: Reference) -> Reference | None:
    """ABNT's thesis, its title, school and place from the printed form; None for others."""
    m = _ABNT.search(_ABNT_NAMES.sub("", ref.source_text, count=1))
    if m is None:
        return None
    fields = {"title": m["title"].strip(), "publisher": m["school"].strip()}
    return ref.with_fields(**fields, publisher_place=ref.publisher_place or m["place"].strip())
