"""A journal article's date printed last, after its pages, as BibTeX's plainnat and
abbrvnat print it: "J Examples, 41(3):163–183, Jul 2030. doi: 10.5555/x".

The labeller knows this date before an ending's full stop; with more printed after it (a
DOI, PubMed's ISSNs) it took "Jul 2030" for the title's words and no year was read. The
date is read from the print when it follows the pages read, and no other date was.
"""

from __future__ import annotations

import re

from ..model import Reference
from .month_before_year import MONTH
from .years import date_parts

# "163–183, Jul 2030." (the pages' last number, then the month perhaps, the year and a stop)
_AFTER_PAGES = re.compile(
    rf"(?<![\d\w])(?P<last>\d+), (?:(?P<month>{MONTH}) )?(?P<year>(?:19|20)\d{{2}})\.(?= |$)"
)


def date_after_pages(ref: Reference) -> Reference:
    """``ref`` dated by the date printed right after its pages, when it had none."""
    if ref.issued or not ref.page or ref.type != "article-journal":
        return ref
    last = ref.page.split("-")[-1]
    for found in _AFTER_PAGES.finditer(ref.source_text):
        if found["last"] == last:
            return ref.with_fields(issued=date_parts(found["year"], found["month"]))
    return ref
