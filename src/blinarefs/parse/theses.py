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

# "dissertation," or "thesis," then the university, perhaps after a department; the
# university is the part that names one
_KIND = r"(?:thesis|dissertation|tese|tesis|disserta[cç][aã]o)"
_SCHOOL = re.compile(
    rf"\b{_KIND},\s*(?:(?:Dept|Department|School|Faculty|Div|Division)\b[^,()]*,\s*)?"
    r"(?P<school>[^,()]*?\b(?:Univ|University|Universit\w*|Universidad|Universidade|"
    r"Institute|Instituto|Institut|College|Polytechnic|Hochschule)\b[^,()]*)",
    re.IGNORECASE,
)
# APA's parenthesis after the title: "(Doctoral dissertation, University of Example)",
# "(Master's thesis, ...)", "(Publication No. 123)"
_APA_PARENTHESIS = re.compile(
    rf"\s*\((?:doctoral|master'?s?|ph\.?\s?d\.?|unpublished)[^()]*{_KIND}\b[^()]*\)?$",
    re.IGNORECASE,
)


def thesis_school(ref: Reference) -> Reference:
    """``ref`` (a thesis) with its university as publisher, when none was read and it is
    printed after the kind, and its title without APA's parenthesis."""
    title = _APA_PARENTHESIS.sub("", ref.title).strip() or ref.title
    publisher = ref.publisher
    if not publisher and (found := _SCHOOL.search(ref.source_text)):
        publisher = found.group("school").strip(" .")
    if (title, publisher) == (ref.title, ref.publisher):
        return ref
    return ref.with_fields(title=title, publisher=publisher)
