"""A legislature's bill cited by its number: "HR 1234 Example Relief Act. Introduced 12
January 2030."

A bill has no author: its number ("H.R. 1234", "HR 1234", "S. 987", "H.Res. 5") opens the
reference and is part of its title, as the legislature's own records name it. The
readers, having seen few bills, take the number for a person's name ("S. 987": an
author "S") or run the bill's state and its date into the title ("... Act. Introduced 12
January 2030"), and find no year, since no year stands where a reference's date does.
What the bill's state says is printed as a sentence of its own after the title, with the
day it came to pass ("Introduced <date>.", "Passed by the House 19 June 2029.",
"Enacted <date>."): the title ends before it and the year is the date's; without it the
title ends before the page's address ("... Act, 2030 https://...").
"""

from __future__ import annotations

import re

from ..model import Reference
from .years import YEAR, loose_date

# The bill's number, opening the reference: the House's and the Senate's bills and
# resolutions
_NUMBER = re.compile(r"(?:H\.\s?R\.|HR|S\.|H\.\s?Res\.|S\.\s?Res\.|H\.\s?J\.\s?Res\.)\s?\d{1,5}\b")
# its day, day first or month first ("12 January 2030", "January 12, 2030")
_MONTH = r"[A-Z][a-z]{2,8}\.?"
_DAY = rf"\d{{1,2}} {_MONTH} {YEAR.pattern}|{_MONTH} \d{{1,2}}, {YEAR.pattern}"
# The state the bill reached and its day, a sentence of its own after the title
_STATE = re.compile(
    r"[.,;]\s+(?P<state>(?:Introduced|Passed|Reported|Enacted|Signed|Referred)\b[^.]{0,80}?)"
    rf"(?:,| on)?\s+(?P<day>{_DAY})\.?\s*$"
)
_ADDRESS = re.compile(r"(?<!\s)\s+(?:(?:Available(?: at| from)?:?\s+)?(?:https?://|www\.))")


def bill_by_number(ref: Reference) -> Reference:
    """``ref`` read as a bill when its printed text opens with a bill's number and goes on
    with its title, ended by the bill's state and date or by the page's address."""
    text = ref.source_text.strip()
    if not _NUMBER.match(text):
        return ref
    if state := _STATE.search(text):
        title = text[: state.start()]
        # the bill's date; a year read from the title is the title's
        issued = loose_date(state["day"]) or ref.issued
        return ref.with_fields(title=title.strip(), author=(), issued=issued)
    if (address := _ADDRESS.search(text)) and (title := text[: address.start()].strip(" .")):
        return ref.with_fields(title=title, author=())
    return ref
