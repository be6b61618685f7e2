"""Talks and posters as AMA prints them: "Roe J. Title. Poster presented at: 62nd Annual
Meeting of the Example Society; December 5-8, 2030; Springfield, IL."

Neither reader knows the form: the meeting came out as the journal of an article ("Paper
presented at: 62nd Annual Meeting...") with the days and the place as its note, and every
style then printed it as an article "Epub ahead of print". The work is CSL's ``speech`` (what
Zotero's "presentation" is exported as); the meeting is kept as its container (CSL's
``event-title``), what kind of presentation it was as the note (CSL's ``genre``: "Poster"),
its first day as the date and the place as ``publisher_place`` (``event-place``). Nothing
else is read from the text.
"""

from __future__ import annotations

import re

from ..model import Reference
from .prefilter import searched_where
from .years import loose_date

# "Paper presented at:", "Poster presented at", "Poster session presented at", "Presented
# at:": the kind of talk before it
_PRESENTED = re.compile(
    r"\b(?:(?P<kind>Paper|Poster|Abstract|Oral presentation|Presentation)(?: session)? )?"
    r"[Pp]resented(?: at\b:?|$)"
)
# (searched only where its word is: every entry is asked)
_presented = searched_where(_PRESENTED, ("resented",), case_blind=False)
# The kind printed in brackets after the title: "Title [poster]. Presented at the ..."
_BRACKETED_KIND = re.compile(
    r"(?<!\s)\s*\[(?P<kind>poster|abstract|paper|oral presentation)\]", re.I
)
# APA 7's kind in brackets after the title, then the meeting and its place: "Title
# [Poster presentation]. Example Society Annual Meeting, Springfield, IL, United States."
_APA_KIND = re.compile(
    r" \[(?P<kind>Poster|Paper|Conference|Oral|Virtual) (?:presentation|session)\]\. "
    r"(?P<meeting>[^,.]{3,200}), (?P<place>[^.]{2,120}?)\.?(?= https?://|$)"
)
# What the form's own words give, whatever the readers made of them
READ_FROM_WORDS = frozenset({"title", "container_title", "issued", "publisher_place", "note"})
# "December 5-8, 2030", "Dec 5, 2030", "2030 Dec 5-8", "5-8 December 2030": the first day
DAY_RANGE = re.compile(r"(?<=\d)\s*[-–]\s*\d{1,2}(?=\D)")


def presented_at(ref: Reference) -> Reference:
    """``ref`` as a presentation at a meeting when its printed text says it was one, with
    the meeting, its date and its place in the fields; else ``ref`` unchanged."""
    printed = ref.source_text
    found = _presented(printed)
    if found is None and (apa := _APA_KIND.search(printed)) and not ref.volume:
        return _apa_presentation(ref, apa)
    if found is None or ref.volume:
        return ref
    parts = [p.strip(" .") for p in printed[found.end() :].split(";")]
    # "Presented at the Annual Meeting of ...": the article is the sentence's, not the name's
    meeting = parts[0][4:] if parts[0].startswith("the ") and ":" not in found.group() else parts[0]
    if not meeting or len(parts) < 2:
        return ref
    date = loose_date(DAY_RANGE.sub("", parts[1] + "."))  # "2030 May 3-5": the 3rd
    if date is None:
        return ref
    place = parts[2] if len(parts) > 2 and not re.search(r"\d{4}", parts[2]) else ""
    kind = found.group("kind") or ""  # "Poster" (of "Poster session presented at")
    # the readers ran the words, or the words and the meeting, into the title
    inside = _PRESENTED.search(ref.title)
    if inside and not (inside.group("kind") or inside.group().endswith((":", "at"))):
        inside = None  # "... as presented": a title's own word
    title = ref.title[: inside.start()].strip(" .") if inside and inside.start() else ref.title
    if title not in printed[: found.start()]:
        title = _title_before(printed[: found.start()], ref) or title
    if bracketed := _BRACKETED_KIND.search(title):
        kind = kind or bracketed["kind"].capitalize()
        title = (title[: bracketed.start()] + title[bracketed.end() :]).strip(" .")
    return ref.with_fields(
        title=title,
        type="speech",
        container_title=meeting,
        container_title_short="",
        issued=date,
        publisher_place=place.rstrip("."),
        note=kind,
        page="" if ref.page and ref.page in printed[found.end() :] else ref.page,
    )


def _title_before(before: str, ref: Reference) -> str:
    """The title as printed between the authors and the "presented at" words, for when a
    reader took the meeting for the title: the sentence after the last author's name (its
    initials end at the first full stop) up to the words; "" when no author is found."""
    if not ref.author:
        return ""
    at = before.rfind(ref.author[-1].full_family)
    stop = before.find(". ", at) if at >= 0 else -1
    return before[stop + 2 :].strip(" .") if stop >= 0 else ""


def _apa_presentation(ref: Reference, found: re.Match[str]) -> Reference:
    """APA 7's presentation: the title as printed before the bracket, the meeting and its
    place after it, the kind ("Poster") as the note; the date is the one the readers read
    after the names ("(2030, March 5-8)")."""
    before = ref.source_text[: found.start()]
    read = ref.title.split(" [")[0]  # the readers may have kept the bracket
    title = read if read and before.endswith(read) else ""
    # else the sentence after the names, without APA's date "(2030, March 5-8)."
    title = title or re.sub(r"^\([^()]*\d{4}[^()]*\)\.\s*", "", _title_before(before, ref))
    kind = found["kind"] if found["kind"] in ("Poster", "Paper") else "Presentation"
    return ref.with_fields(
        title=title.strip(" ."),
        type="speech",
        container_title=found["meeting"].strip(),
        container_title_short="",
        publisher="",
        publisher_place=found["place"].strip(),
        note=kind,
    )
