"""A report's number, as Citing Medicine prints it: "Owl survey 2029. Report No.: EI-14.
Example City: Example Institute; 2030." (also "Technical Report No. 14", "Report no. 14").

Neither reader has a field for it, so the number stayed in the title ("Owl survey 2029.
Report No.: EI-14") or was read as the pages ("...; 2030. Report No.: EI-14.", a document's
code "(WHO/EX/2030.1)"), and the work was a book. The work is a report; the number is its
number (CSL's ``number``, BibTeX's ``number`` of a ``@techreport``: the model's ``issue``,
:data:`..model.REPORT_NUMBER`), which Citing Medicine prints "Report No.: EI-14".
"""

from __future__ import annotations

import re

from ..model import Reference
from .prefilter import searched_where
from .webpages import MONTH
from .years import date_parts

# "Report No.: EI-2029-14", "Technical Report No. 14", "Report no 14", "Tech Rep 14",
# "Technical Report 12" (a number, with no "No.", only after "Technical")
_TECHNICAL = r"(?:Technical|Tech\.?) (?:Report|Rep\.?)"
_LABEL = (
    r"(?:(?:Technical |Tech\.? )?(?:Report|Rep\.?) (?:No\.?|Number):? ?"
    rf"|{_TECHNICAL} (?=[A-Z]{{0,6}}-?\d))"
)
_NUMBER = re.compile(rf"(?:(?<=\. )|^){_LABEL}(?P<n>[\w./-]+?)\.?$", re.IGNORECASE)
# The same anywhere in the printed text, as a part of its own
_PRINTED = re.compile(
    rf"(?:(?<=[.,;(] )|(?<= \()|^){_LABEL}(?P<n>[\w./-]*\d[\w./-]*?)\.?(?=[.,;)]|$)", re.I
)
# The label, perhaps with the number's letters, read as a journal: "Tech. Rep. EX-"
_LABEL_ONLY = re.compile(rf"{_TECHNICAL}(?: (?:No\.?|Number):?)? ?[A-Z]{{0,6}}-?$", re.I)
# A document's code, read as pages: letters, then parts apart by slashes ("WHO/EX/2030.1")
_CODE = re.compile(r"(?<![A-Z\d])[A-Z][A-Z\d]+(?:/[\w.-]+)+")
# The same code closing the reference in parentheses after the year, as the World Health
# Organization's documents print it: "Geneva: Example Organization; 2030. (WHO/EX/2030.1)."
_CLOSING_CODE = re.compile(r"(?<=[.;] )\((?P<n>[A-Z][A-Z\d]+(?:/[\w.-]+)+)\)\.?$")
# The kinds of work a report's number makes a report: read as a book or a document
_REPORTED = frozenset({"book", "document", "report"})


# APA's number in parentheses after the title: "Title (Report No. 12).", "Title (Example
# Technical Report No. EX-12).", "Title (WHO Technical Report Series No. 12)." (the
# series' name before the label); a reader may have cut
# the title at the label's full stop ("Title (Example Technical Report No")
_APA = re.compile(
    r" \((?P<series>[^()]{0,60}?)(?:Technical |Tech\.? )?(?:Report|Rep\.?)(?: Series)?"
    r"(?: No\.?| Number)"
    r"(?::? ?(?P<n>[\w./-]*\d[\w./-]*))?\)?$"
)
# Each pattern searched only where the words it needs are (every entry is asked): a
# report's label, "Rep" as printed or in any case, and a code's slash
_apa = searched_where(_APA, ("Rep",), case_blind=False)
_number = searched_where(_NUMBER, ("rep",))
_printed = searched_where(_PRINTED, ("rep",))
_closed_by_code = searched_where(_CLOSING_CODE, ("/",), case_blind=False)


def report_number(ref: Reference) -> Reference:
    """``ref`` as a report with its number when its title ends with one, or is printed
    right before APA's parenthesis that holds one (a reader left it out of the title)."""
    titled = _with_parenthesis(ref)
    if (apa := _apa(titled.title)) and titled.title[: apa.start()].strip():
        return _apa_number(titled, apa)
    found = _number(ref.title)
    if found is None or ref.volume or ref.container_title or ref.issue:
        return ref
    title = ref.title[: found.start()].strip(" .")
    if not title:
        return ref
    return ref.with_fields(type="report", title=title, issue=found["n"])


def number_not_pages(ref: Reference) -> Reference:
    """``ref`` with the report's number its printed text gives ("Report No.: EI-14") as its
    number: out of the pages where a reader read it there, or where no reader kept it; and
    a document's code read as pages (no page has slashes)."""
    if (closing := _closed_by_code(ref.source_text)) and not (ref.issue or ref.volume):
        return _closing_code(ref, closing["n"]) if ref.type in _REPORTED else ref
    printed = _printed(ref.source_text)
    number = printed["n"] if printed else ""
    if number and ref.type == "article-journal" and not ref.page and ref.volume:
        # IEEE's "Example Univ., Place, Tech. Rep. 12, 2030.": the institution was read as
        # a journal and the number as its volume; or, the institution and place read as
        # publisher and place, the label and the number's letters as the journal ("Tech.
        # Rep. EX-" of "Tech. Rep. EX-12")
        labelled = _LABEL_ONLY.match(ref.container_title)
        if ref.volume == number or (
            labelled and f"{ref.container_title}{ref.volume}".endswith(number)
        ):
            publisher = ref.publisher or ("" if labelled else ref.container_title)
            return ref.with_fields(
                type="report",
                publisher=publisher,
                issue=number,
                container_title="",
                container_title_short="",
                volume="",
            )
    if number and ref.issue == number and ref.type in _REPORTED:
        return ref.with_fields(type="report")  # the number read, the work left a book
    if printed and ref.page and _page_in_number(ref, printed):
        return _number_not_range(ref, number)
    if ref.issue or ref.volume or ref.type not in _REPORTED:
        return ref
    if ref.page and (ref.page == number or _CODE.fullmatch(ref.page)):
        return ref.with_fields(type="report", issue=ref.page, page="")
    if number and not ref.page and number not in ref.title:
        return ref.with_fields(type="report", issue=number)
    return ref


def _closing_code(ref: Reference, code: str) -> Reference:
    """A report with the code its reference closes with as its number; where a reader took
    the code for the place (or the pages), the place printed before the publisher."""
    place = ref.publisher_place
    if place.strip("() ") == code and ref.publisher:
        before = re.search(
            rf"(?:^|[.;] )(?P<place>[A-Z][^.;:()]{{1,40}}?(?: \([A-Z]{{2,}}\))?): ?"
            rf"{re.escape(ref.publisher)}",
            ref.source_text,
        )
        place = before["place"] if before else ""
    page = "" if ref.page.strip("() ") == code else ref.page
    return ref.with_fields(type="report", issue=code, publisher_place=place, page=page)


def _with_parenthesis(ref: Reference) -> Reference:
    """``ref`` with the parenthesis printed right after its title put back in it."""
    at = ref.source_text.find(ref.title) if ref.title else -1
    rest = ref.source_text[at + len(ref.title) :] if at >= 0 else ""
    if not rest.startswith(" (") or ")" not in rest:
        return ref
    return ref.with_fields(title=ref.title + rest[: rest.index(")") + 1])


def _apa_number(ref: Reference, found: re.Match[str]) -> Reference:
    """APA's "Title (Example Technical Report No. 12)": the title without the parenthesis,
    the number from the printed text where the reader cut it off, the series' name (when
    one is printed before the label) as the collection."""
    number = found["n"]
    if not number:
        label = re.escape(found.group().strip(" ()"))
        printed = re.search(rf"{label}\.? ?(?P<n>[\w./-]*\d[\w./-]*)\)", ref.source_text)
        number = printed["n"] if printed else ref.issue
    if not number:
        return ref
    # the series' name with its kind ("Example Technical Report"), where one is printed
    series = found.group().strip(" ()").rsplit(" No", 1)[0].rsplit(" Number", 1)[0]
    series = series if found["series"].strip() else ""
    return ref.with_fields(
        type="report",
        title=ref.title[: found.start()].strip(),
        issue=number,
        collection_title=ref.collection_title or series,
        page="" if ref.page == number else ref.page,
    )


# a month the labeller read as the container of a chapter: "2030 Mar. 45 p. Report No.: ..."
_MONTH_ALONE = re.compile(MONTH)


def _page_in_number(ref: Reference, printed: re.Match[str]) -> bool:
    """Whether the pages were read from inside the report's number ("Report No.:
    EA-2030-12" gives a range "2030-12"): their first number printed nowhere else."""
    first = re.match(r"\d+", ref.page)
    if first is None or ref.type not in (*_REPORTED, "chapter", "article-journal"):
        return False
    page = rf"(?<!\d){first.group()}\s?[-–]\s?\w" if "-" in ref.page else ""
    seen = [m.start() for m in re.finditer(page or rf"(?<!\d){first.group()}(?!\d)",
                                           ref.source_text)]  # fmt: skip
    return bool(seen) and all(printed.start("n") <= at < printed.end("n") for at in seen)


def _number_not_range(ref: Reference, number: str) -> Reference:
    """A report whose number was read as its pages: the number, no pages; a month read as a
    chapter's or a journal's container is the month of the year (a report is in no
    container)."""
    month = ref.container_title if _MONTH_ALONE.fullmatch(ref.container_title) else ""
    if ref.type not in _REPORTED and not (month and not ref.volume):
        return ref
    issued = ref.issued
    if month and issued and len(issued) == 1:
        issued = date_parts(str(issued[0]), month)
    return ref.with_fields(
        type="report", issue=number, page="", container_title="" if month else ref.container_title,
        container_title_short="" if month else ref.container_title_short, issued=issued,
    )  # fmt: skip
