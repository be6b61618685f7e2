"""A journal article's publisher or edition, printed between its journal and its year.

A reference manager (Zotero, Mendeley) prints in its Vancouver style every field of an
article's record, and records imported from some publishers carry fields a journal's
article has no use for: the publisher ("Examplia J Med. Springfield Press; 2030;12(3):
45-50", Vancouver's book imprint "Publisher; Year" before the volume), or an edition that
repeats the year ("PLoS Examplia. 2013 ed. 2013;8(4):e61234"). The readers, expecting the
journal before the year, took that sentence for the journal and ran the journal itself on
at the end of the title (or read "Journal. Publisher" as one journal).

A sentence between the journal and "; Year;" with a figure after it is the publisher
where it has two words or more and ends as a publisher's name does ("Press", "Group",
"Ltd", "Science", "Central"); one that is a year and "ed." is the edition. The journal is
the sentence before it, with no full stop inside (Vancouver prints abbreviated journals
without them).
"""

from __future__ import annotations

import re

from ..model import Reference

_YEAR = r"(?:1[89]|20)\d\d"
# the publisher's last word: a firm's form or a publisher's word
_PUBLISHER_END = (
    r"(?:Press|Publish(?:ing|ers?)|Group|Ltd|Limited|Inc|LLC|GmbH|AG|SA|BV|Co|Company"
    r"|Science|Sciences|Central|Media|Verlag|Society|Association|Foundation|Elsevier"
    r"|Wiley(?:-Blackwell)?|Springer|Karger|Thieme)"
)
_PUBLISHER = rf"[A-Z][\w&'’-]*(?: (?:of|and|&|for|[A-Z][\w&'’-]*))*? {_PUBLISHER_END}"
# ". Journal. Publisher; 2030;12" or ". Journal. 2013 ed. 2013 Mar 4;8": the journal with
# no full stop of its own, then the record's field, then the year (its date) and a figure
_RECORD = re.compile(
    rf"\. (?P<journal>[A-Z][^.;:]*[^\W_])\. "
    rf"(?:(?P<publisher>{_PUBLISHER}); |(?P<edition>{_YEAR}) ed\. )"
    rf"(?P<year>{_YEAR})(?: [A-Z][a-z]{{2,8}}(?: \d{{1,2}})?)? ?[;:(]? ?\d"
)


def journal_record(ref: Reference) -> Reference:
    """``ref``, a journal's article, with the journal read where a reference manager
    printed its record's publisher or edition after it, and the title without it."""
    if ref.type != "article-journal" or not ref.issued:
        return ref
    text = ref.source_text
    if "; " not in text and " ed. " not in text:
        return ref  # (no record's field printed, as most references)
    found = _RECORD.search(text)
    if found is None or int(found["year"]) != ref.issued[0]:
        return ref
    journal, extra = found["journal"], found["publisher"] or f"{found['edition']} ed"
    title = ref.title
    if title.endswith(f". {journal}"):
        title = title[: -len(journal) - 2]
    elif ref.container_title not in (extra, f"{journal}. {extra}", journal):
        return ref  # (the journal and the field read otherwise: left as read)
    unchanged = ref.container_title == journal and title == ref.title
    if (
        unchanged
        and ref.container_title_short == journal
        and (not found["publisher"] or ref.publisher)
    ):
        return ref  # (read right: only a publisher or a short form left unread is mended)
    # the journal as printed is its short form too, as the other journal menders set it
    fields: dict[str, object] = {
        "title": title,
        "container_title": journal,
        "container_title_short": journal,
    }
    if found["publisher"]:
        fields["publisher"] = found["publisher"]
    if ref.edition in (extra, found["edition"]):
        fields["edition"] = ""  # a year's "edition" is no edition of a journal
    return ref.with_fields(**fields)
